"""Institution settings shared by every desk, declared once: type, default per profile, range.

Scalar settings live in institution.settings (JSON) and change through the settings service with
audit; tables (fees, holidays) have their own rows. Each declaration validates a typed value."""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Callable

from .errors import FieldError
from .messages import Msg, N_


@dataclass(frozen=True)
class Setting:
    key: str
    label: str
    kind: type                      # Decimal, int, bool, str
    defaults: dict[str, object]     # per profile code
    minimum: Decimal | int | None = None
    maximum: Decimal | int | None = None
    choices: tuple[str, ...] = ()
    unit: str = ""                  # how the desk shows and reads it: UNITS

    def parse(self, raw: object) -> object:
        try:
            if self.kind is Decimal:
                value: object = Decimal(str(raw))
                if not value.is_finite():
                    raise InvalidOperation
            elif self.kind is int:
                value = int(raw)
            elif self.kind is bool:
                value = raw if isinstance(raw, bool) else str(raw).lower() in ("1", "true", "yes", "on")
            else:
                value = str(raw)
        except (InvalidOperation, ValueError, TypeError):
            raise FieldError(self.key, Msg.of(N_("This is not a valid value."))) from None
        if self.minimum is not None and value < self.minimum:  # type: ignore[operator]
            raise FieldError(self.key, Msg.of(N_("Use {minimum} or more."), minimum=self.minimum))
        if self.maximum is not None and value > self.maximum:  # type: ignore[operator]
            raise FieldError(self.key, Msg.of(N_("Use {maximum} or less."), maximum=self.maximum))
        if self.choices and value not in self.choices:
            raise FieldError(self.key, Msg.of(N_("Choose one of: {choices}."),
                                              choices=", ".join(self.choices)))
        return value


# money: an amount in the institution's currency and number format; rate: a fraction shown as a
# percentage (0.15 -> 15 %); minutes; flag (a check box); choice (one of `choices`)
UNITS = ("money", "rate", "minutes", "flag", "choice")
NUMBER_FORMATS = ("1.234,56", "1,234.56", "1 234,56")


def _both(value: object) -> dict[str, object]:
    return {"es-coop": value, "ec-coop": value}


_D = Decimal
SETTINGS: tuple[Setting, ...] = (
    Setting("mandatory_contribution", N_("Mandatory contribution"), Decimal,
            {"es-coop": _D("300.00"), "ec-coop": _D("25.00")}, _D(0), unit="money"),
    Setting("cash_soft_limit", N_("Cash per operation: warn above"), Decimal,
            {"es-coop": _D("600.00"), "ec-coop": _D("3000.00")}, _D(0), unit="money"),
    Setting("cash_hard_limit", N_("Cash per operation: supervisor above"), Decimal,
            {"es-coop": _D("999.99"), "ec-coop": _D("9000.00")}, _D(0), unit="money"),
    Setting("drawer_ceiling", N_("Drawer cash ceiling"), Decimal,
            {"es-coop": _D("3000.00"), "ec-coop": _D("20000.00")}, _D(0), unit="money"),
    Setting("spanish_cash_limit_on", N_("Refuse cash payments of 1,000 EUR or more"), bool,
            {"es-coop": True, "ec-coop": False}, unit="flag"),
    Setting("spanish_cash_limit", N_("Cash payment limit (Ley 7/2012)"), Decimal,
            _both(_D("1000.00")), _D(0), unit="money"),
    Setting("aml_threshold", N_("Cash reported to the FIU from (alone or 30 days)"), Decimal,
            {"es-coop": _D("0"), "ec-coop": _D("10000.00")}, _D(0), unit="money"),
    Setting("vat_rate", N_("VAT on commissions"), Decimal,
            {"es-coop": _D("0"), "ec-coop": _D("0.15")}, _D(0), _D(1), unit="rate"),
    Setting("withholding_rate", N_("Withholding on returns"), Decimal,
            {"es-coop": _D("0.19"), "ec-coop": _D("0.02")}, _D(0), _D(1), unit="rate"),
    Setting("rounding", N_("Rounding"), str, _both("half_up"), choices=("half_up", "half_even"),
            unit="choice"),
    Setting("number_format", N_("Number format"), str,
            {"es-coop": "1.234,56", "ec-coop": "1,234.56"}, choices=NUMBER_FORMATS, unit="choice"),
    Setting("late_interest_cap", N_("Late interest: at most this share of the contract rate"),
            Decimal, _both(_D("1.1")), _D(1), _D(3), unit="rate"),
    Setting("idle_lock_minutes", N_("Lock the desk after idle minutes"), int, _both(5), 1, 240,
            unit="minutes"),
)
BY_KEY: dict[str, Setting] = {s.key: s for s in SETTINGS}


CHOICE_LABELS = {"half_up": N_("Half up (0.005 -> 0.01)"),
                 "half_even": N_("Half even (0.005 -> 0.00, 0.015 -> 0.02)")}


def defaults_for(profile_code: str) -> dict[str, object]:
    return {s.key: s.defaults[profile_code] for s in SETTINGS}


def to_json(values: dict[str, object]) -> dict[str, object]:
    return {k: (str(v) if isinstance(v, Decimal) else v) for k, v in values.items()}


def from_json(profile_code: str, stored: dict[str, object]) -> dict[str, object]:
    """Typed values: stored ones parsed, missing ones from the profile's defaults."""
    values = defaults_for(profile_code)
    for key, raw in stored.items():
        if key in BY_KEY:
            values[key] = BY_KEY[key].parse(raw)
    return values


Parser = Callable[[object], object]


_PERCENT = re.compile(r"\s*([0-9]{1,3})(?:[.,]([0-9]{1,4}))?\s*%?\s*")


def parse_percent(key: str, text: str) -> Decimal:
    """A rate typed as a percentage ("15", "2,5 %", "0.25") as the fraction stored (0.15)."""
    match = _PERCENT.fullmatch(text)
    if match is None:
        raise FieldError(key, Msg.of(N_("Type a percentage such as 15 or 2,5.")))
    whole, fraction = match.group(1), match.group(2) or "0"
    return (Decimal(f"{whole}.{fraction}") / 100).normalize()


def percent_text(value: Decimal, decimal: str) -> str:
    """0.15 -> "15", 0.025 -> "2,5" (with the institution's decimal symbol)."""
    text = format((value * 100).normalize(), "f")
    return text.replace(".", decimal)
