"""The institution's business calendar: weekends plus the holidays of its country and region
(the `holidays` package), with the administrator's additions and removals (DOMAIN.md)."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

import holidays


def package_holidays(country: str, region: str | None, year: int) -> dict[date, str]:
    """Holidays of `country` (and `region`) in `year`, from the `holidays` package. Where the law
    moves a holiday (Ecuador), the package lists the original date and the observed one: keep only
    the observed rest day."""
    cal = holidays.country_holidays(country, subdiv=region, years=year, observed=True,
                                    language="en_US")      # pinned: names are matched below
    days = dict(sorted(cal.items()))
    if country != "EC":
        return days
    for moved, name in [(d, n) for d, n in days.items() if n.endswith(" (observed)")]:
        base = name.removesuffix(" (observed)")
        for original in [d for d, n in days.items() if n == base and abs((d - moved).days) <= 7]:
            del days[original]
    return days


@dataclass(frozen=True)
class BusinessCalendar:
    """Which days the institution opens. `extra` adds closing days, `removed` reopens days the
    package lists (both kept by the administrator)."""
    country: str
    region: str | None
    extra: frozenset[date] = field(default_factory=frozenset)
    removed: frozenset[date] = field(default_factory=frozenset)

    def holidays_of(self, year: int) -> dict[date, str]:
        days = {d: n for d, n in package_holidays(self.country, self.region, year).items()
                if d not in self.removed}
        for d in self.extra:
            if d.year == year:
                days.setdefault(d, "")
        return days

    def is_business_day(self, day: date) -> bool:
        if day.weekday() >= 5:
            return False
        if day in self.extra:
            return False
        return day in self.removed or day not in package_holidays(self.country, self.region, day.year)

    def next_business_day(self, day: date) -> date:
        nxt = day + timedelta(days=1)
        while not self.is_business_day(nxt):
            nxt += timedelta(days=1)
        return nxt

    def roll_forward(self, day: date) -> date:
        """`day` if it is a business day, else the next one."""
        return day if self.is_business_day(day) else self.next_business_day(day)
