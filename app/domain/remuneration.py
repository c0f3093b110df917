"""The yearly remuneration of voluntary capital (DOMAIN.md): interest on each day's balance,
actual/365, at the year's rate; the profile's withholding on the gross; both rounded once per
member and payment, to the currency's minor unit with the profile's rounding."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal, localcontext
from typing import Iterable

from .money import Currency, round_money


def year_interest(opening: Decimal, changes: Iterable[tuple[date, Decimal]], year: int,
                  rate: Decimal) -> Decimal:
    """Exact (unrounded) interest of `year` on a balance that is `opening` on 1 January and
    moves by each (day, delta) of `changes` from that day on: the sum over the year's days of
    the day's closing balance x rate / 365 (actual/365: a leap year has 366 days of interest)."""
    first, end = date(year, 1, 1), date(year + 1, 1, 1)
    by_day: dict[date, Decimal] = {}
    for day, delta in changes:
        if day < first:
            opening += delta
        elif day < end:
            by_day[day] = by_day.get(day, Decimal(0)) + delta
    with localcontext() as ctx:
        ctx.prec = 50
        balance_days = Decimal(0)
        balance, since = opening, first
        for day in sorted(by_day):
            balance_days += balance * (day - since).days
            balance, since = balance + by_day[day], day
        balance_days += balance * (end - since).days
        return balance_days * rate / 365


@dataclass(frozen=True)
class Remuneration:
    gross: Decimal
    withheld: Decimal
    net: Decimal


def remuneration(interest: Decimal, withholding_rate: Decimal, cur: Currency,
                 rounding: str = "half_up") -> Remuneration:
    """Gross rounded once; the withholding on the rounded gross, rounded once; net the rest.
    25.00 gross at 19% -> 4.75 withheld, 20.25 net."""
    gross = round_money(interest, cur, rounding)
    withheld = round_money(gross * withholding_rate, cur, rounding)
    return Remuneration(gross, withheld, gross - withheld)


def closing_date(year: int) -> date:
    """Remuneration is dated 31 December of its year."""
    return date(year, 12, 31)


def days_in(year: int) -> int:
    return (date(year + 1, 1, 1) - date(year, 1, 1)).days


__all__ = ["Remuneration", "closing_date", "days_in", "remuneration", "year_interest"]
