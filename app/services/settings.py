"""Institution settings, the fee schedule and the business calendar, shared by every desk."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select

import holidays

from ..domain.calendar import BusinessCalendar, package_holidays
from ..domain.errors import FieldError
from ..domain.fees import FeeRule
from ..domain.messages import N_
from ..domain.money import InvalidAmount, currency, from_minor, to_minor
from ..domain.permissions import Permission
from ..domain.profiles import get_profile
from ..domain.settings import BY_KEY, from_json, to_json
from ..models import FeeRuleRow, HolidayOverride
from .context import Actor, Ledger, UnitOfWork
from .errors import ValidationError, invalid


def values(uow: UnitOfWork) -> dict[str, object]:
    inst = uow.institution()
    return from_json(inst.profile, inst.settings or {})


def get_settings(ledger: Ledger, actor: Actor) -> dict[str, object]:
    with UnitOfWork(ledger, actor, Permission.READ, read_only=True) as uow:
        return values(uow)


def set_setting(ledger: Ledger, actor: Actor, key: str, raw: object) -> dict[str, object]:
    return set_settings(ledger, actor, {key: raw})


def set_settings(ledger: Ledger, actor: Actor, changes: dict[str, object]) -> dict[str, object]:
    """Change several settings at once: every value is checked first (a bad one names its
    setting and nothing is written); one audit row per setting that really changed."""
    for key in changes:
        if key not in BY_KEY:
            raise invalid("name", N_("Unknown setting {key}."), key=key)
    with UnitOfWork(ledger, actor, Permission.INSTITUTION_ADMIN) as uow:
        inst = uow.institution()
        current = values(uow)
        parsed: dict[str, object] = {}
        for key, raw in changes.items():
            try:
                parsed[key] = BY_KEY[key].parse(raw)
            except FieldError as exc:
                raise ValidationError(exc.field, exc.msg) from None
        changed = sorted(k for k, v in parsed.items() if current[k] != v)
        if not changed:
            return current
        current.update(parsed)
        inst.settings = to_json(current)
        for key in changed:
            uow.audit("setting.change", "institution", inst.id, key=key)
        uow.commit()
        return current


def fee_rule(uow: UnitOfWork, operation: str) -> FeeRule | None:
    row = uow.session.execute(select(FeeRuleRow).where(FeeRuleRow.operation == operation)).scalar_one_or_none()
    if row is None:
        return None
    cur = currency(uow.institution().currency)
    return FeeRule(operation, from_minor(row.fixed, cur), Decimal(row.percent),
                   from_minor(row.minimum, cur),
                   None if row.maximum is None else from_minor(row.maximum, cur), row.vat)


@dataclass(frozen=True)
class FeeInput:
    operation: str
    fixed: Decimal = Decimal(0)
    percent: Decimal = Decimal(0)
    minimum: Decimal = Decimal(0)
    maximum: Decimal | None = None
    vat: bool = True


def fee_rules(ledger: Ledger, actor: Actor) -> list[FeeInput]:
    """The fee schedule, by operation."""
    with UnitOfWork(ledger, actor, Permission.READ, read_only=True) as uow:
        cur = currency(uow.institution().currency)
        rows = uow.session.execute(select(FeeRuleRow).order_by(FeeRuleRow.operation)).scalars()
        return [FeeInput(r.operation, from_minor(r.fixed, cur), Decimal(r.percent),
                         from_minor(r.minimum, cur), None if r.maximum is None else from_minor(r.maximum, cur),
                         r.vat) for r in rows]


def set_fee_rule(ledger: Ledger, actor: Actor, rule: FeeInput) -> None:
    with UnitOfWork(ledger, actor, Permission.INSTITUTION_ADMIN) as uow:
        cur = currency(uow.institution().currency)
        if not rule.operation or len(rule.operation) > 40:
            raise invalid("kind", N_("Name the operation (1 to 40 characters)."))
        for name in ("fixed", "percent", "minimum"):
            if getattr(rule, name) < 0:
                raise invalid("amount", N_("Fees cannot be negative."))
        if rule.maximum is not None and rule.maximum < rule.minimum:
            raise invalid("amount", N_("The maximum fee is below the minimum."))
        try:
            fixed, minimum = to_minor(rule.fixed, cur), to_minor(rule.minimum, cur)
            maximum = None if rule.maximum is None else to_minor(rule.maximum, cur)
        except InvalidAmount as exc:
            raise ValidationError("amount", exc.msg) from None
        row = uow.session.execute(select(FeeRuleRow).where(FeeRuleRow.operation == rule.operation)
                                  ).scalar_one_or_none()
        if row is None:
            row = FeeRuleRow(operation=rule.operation)
            uow.session.add(row)
        row.fixed, row.percent, row.minimum, row.maximum, row.vat = (
            fixed, str(rule.percent), minimum, maximum, rule.vat)
        uow.session.flush()
        uow.audit("fee_rule.set", "fee_rule", row.id, operation=rule.operation)
        uow.commit()


def calendar(uow: UnitOfWork) -> BusinessCalendar:
    inst = uow.institution()
    rows = uow.session.execute(select(HolidayOverride)).scalars().all()
    return BusinessCalendar(get_profile(inst.profile).country, inst.region,
                            extra=frozenset(r.day for r in rows if r.closed),
                            removed=frozenset(r.day for r in rows if not r.closed))


@dataclass(frozen=True)
class HolidayView:
    day: date
    name: str
    closed: bool          # the institution does not open
    source: str           # "calendar" (the holidays package), "added" or "opened" (overrides)


def _names_in(country: str, region: str | None, year: int, language: str) -> dict[date, str]:
    """The package's holiday names in the staff user's language, where it has them."""
    try:
        return dict(holidays.country_holidays(country, subdiv=region, years=year, observed=True,
                                              language=language))
    except (NotImplementedError, KeyError, ValueError):
        return {}


def holidays_of(ledger: Ledger, actor: Actor, year: int, language: str = "en") -> list[HolidayView]:
    """The year's holidays of the institution's country and region, with the administrator's
    overrides: days added as closed, package holidays on which the institution opens."""
    with UnitOfWork(ledger, actor, Permission.READ, read_only=True) as uow:
        cal = calendar(uow)
        rows = {r.day: r for r in uow.session.execute(select(HolidayOverride)).scalars()
                if r.day.year == year}
        local = _names_in(cal.country, cal.region, year, language) if language != "en" else {}
        days: dict[date, HolidayView] = {}
        for day, name in package_holidays(cal.country, cal.region, year).items():
            name = local.get(day, name)
            row = rows.get(day)
            opened = row is not None and not row.closed
            days[day] = HolidayView(day, name, not opened, "opened" if opened else "calendar")
        for day, row in rows.items():
            if row.closed and day not in days:
                days[day] = HolidayView(day, row.name, True, "added")
        return [days[d] for d in sorted(days)]


def remove_holiday_override(ledger: Ledger, actor: Actor, day: date) -> None:
    """Back to the calendar's own verdict for `day`."""
    with UnitOfWork(ledger, actor, Permission.INSTITUTION_ADMIN) as uow:
        row = uow.session.get(HolidayOverride, day)
        if row is not None:
            uow.session.delete(row)
            uow.audit("holiday.remove", "holiday", day.isoformat())
            uow.commit()


def set_holiday(ledger: Ledger, actor: Actor, day: date, closed: bool, name: str = "") -> None:
    """Close the institution on `day` (closed=True) or open it on a package holiday."""
    with UnitOfWork(ledger, actor, Permission.INSTITUTION_ADMIN) as uow:
        row = uow.session.get(HolidayOverride, day)
        if row is None:
            row = HolidayOverride(day=day)
            uow.session.add(row)
        row.closed, row.name = closed, name.strip()[:100]
        uow.audit("holiday.set", "holiday", day.isoformat(), closed=closed)
        uow.commit()
