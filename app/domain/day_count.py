"""Day-count conventions of loan interest (DOMAIN.md, "Loans and amortization").

A period's interest is balance x nominal annual rate x `year_fraction(start, end)`:
- 30/360: a whole month is 30 days (the period rate is nominal / 12); an irregular period counts
  its days the 30E/360 way (every day 31 is taken as 30);
- actual/360 and actual/365: the calendar days between the dates over 360 or 365;
- actual/actual (ISDA): the days falling in each calendar year over that year's length.
"""
from __future__ import annotations

import calendar
from datetime import date
from decimal import Decimal
from enum import StrEnum

from .messages import N_


class DayCount(StrEnum):
    THIRTY_360 = "30/360"
    ACTUAL_360 = "actual/360"
    ACTUAL_365 = "actual/365"
    ACTUAL_ACTUAL = "actual/actual"


DAY_COUNT_LABELS = {
    DayCount.THIRTY_360: N_("30/360 (30 days a month)"),
    DayCount.ACTUAL_360: N_("Actual/360"),
    DayCount.ACTUAL_365: N_("Actual/365"),
    DayCount.ACTUAL_ACTUAL: N_("Actual/actual"),
}


def add_months(start: date, months: int, day: int | None = None) -> date:
    """`start` moved by `months` calendar months on day `day` (default: start's), clamped to the
    month's length: 31 January + 1 month is 28 or 29 February."""
    index = start.year * 12 + start.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(day or start.day, calendar.monthrange(year, month)[1]))


def days_30e_360(start: date, end: date) -> int:
    """30E/360: every day 31 counts as 30."""
    d1, d2 = min(start.day, 30), min(end.day, 30)
    return 360 * (end.year - start.year) + 30 * (end.month - start.month) + d2 - d1


def period_days(convention: DayCount, start: date, end: date, whole_month: bool) -> int:
    """The days a period's interest is computed on: 30 for a whole month under 30/360."""
    if convention == DayCount.THIRTY_360:
        return 30 if whole_month else days_30e_360(start, end)
    return (end - start).days


def year_fraction(convention: DayCount, start: date, end: date, whole_month: bool) -> Decimal:
    """The fraction of a year between `start` and `end` (exact, unrounded)."""
    if convention == DayCount.THIRTY_360:
        return Decimal(period_days(convention, start, end, whole_month)) / 360
    if convention == DayCount.ACTUAL_360:
        return Decimal((end - start).days) / 360
    if convention == DayCount.ACTUAL_365:
        return Decimal((end - start).days) / 365
    fraction = Decimal(0)
    cursor = start
    while cursor < end:
        year_end = date(cursor.year + 1, 1, 1)
        stop = min(end, year_end)
        fraction += Decimal((stop - cursor).days) / (366 if calendar.isleap(cursor.year) else 365)
        cursor = stop
    return fraction


def year_basis(convention: DayCount) -> int:
    """The days of a year for daily interest (late interest) under the convention."""
    return 365 if convention in (DayCount.ACTUAL_365, DayCount.ACTUAL_ACTUAL) else 360
