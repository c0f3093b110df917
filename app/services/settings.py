"""Institution settings, the fee schedule and the business calendar, shared by every desk."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select

from ..domain.calendar import BusinessCalendar
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
    if key not in BY_KEY:
        raise invalid("name", N_("Unknown setting {key}."), key=key)
    with UnitOfWork(ledger, actor, Permission.INSTITUTION_ADMIN) as uow:
        inst = uow.institution()
        try:
            value = BY_KEY[key].parse(raw)
        except FieldError as exc:
            raise ValidationError(exc.field, exc.msg) from None
        current = values(uow)
        current[key] = value
        inst.settings = to_json(current)
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
