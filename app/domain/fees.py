"""Fees and taxes on operations (DOMAIN.md, "Fees and taxes").

A fee rule per operation: fixed and/or percentage, with a minimum and a maximum; VAT on the fee
where the profile has it (IVA 15% in Ecuador), rounded per commission.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from .messages import N_
from .money import Currency, round_money

ZERO = Decimal(0)


@dataclass(frozen=True)
class FeeRule:
    operation: str
    fixed: Decimal = ZERO
    percent: Decimal = ZERO          # 0.5 means 0.5 %
    minimum: Decimal = ZERO
    maximum: Decimal | None = None
    vat: bool = True                 # VAT applies to this fee where the profile has VAT


@dataclass(frozen=True)
class Charges:
    fee: Decimal
    vat: Decimal

    @property
    def total(self) -> Decimal:
        return self.fee + self.vat


NO_CHARGES = Charges(ZERO, ZERO)


def charges(rule: FeeRule | None, amount: Decimal, vat_rate: Decimal, cur: Currency,
            rounding: str = "half_up") -> Charges:
    """The fee on `amount` and the VAT on that fee, each rounded to the currency."""
    if rule is None:
        return NO_CHARGES
    fee = rule.fixed + amount * rule.percent / Decimal(100)
    if fee and fee < rule.minimum:
        fee = rule.minimum
    if rule.maximum is not None and fee > rule.maximum:
        fee = rule.maximum
    fee = round_money(fee, cur, rounding)
    vat = round_money(fee * vat_rate, cur, rounding) if rule.vat and fee else ZERO
    return Charges(fee, round_money(vat, cur, rounding))


# The operations that can carry a fee, with their labels (later capabilities add theirs).
FEE_OPERATIONS: dict[str, str] = {
    "cash_deposit": N_("Cash deposit"),
    "cash_withdrawal": N_("Cash withdrawal"),
}
