"""Loan products (the administrator's catalogue) and what an application must respect.

Rates are fractions (0.156 is 15.60 % a year); insurance is a fraction of the balance a month;
the late interest rate is capped at `cap` x the contract rate (the profile's setting, 1.1 by
default), whatever the product says.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from .day_count import DayCount
from .errors import FieldError
from .messages import Msg, N_
from .money import Currency, round_money
from .schedule import MAX_MONTHS, Method

COMPONENTS = ("late_interest", "insurance", "interest", "principal")
COMPONENT_LABELS = {"late_interest": N_("Late interest"), "insurance": N_("Fees and insurance"),
                    "interest": N_("Interest"), "principal": N_("Principal")}
DEFAULT_ORDER = COMPONENTS
BUSINESS_DAY_RULES = {"none": N_("Due dates stay where they fall"),
                      "following": N_("Moved to the next business day")}


@dataclass(frozen=True)
class ProductRules:
    code: str
    name: str
    method: Method
    rate_min: Decimal
    rate_max: Decimal
    term_min: int
    term_max: int
    amount_min: Decimal
    amount_max: Decimal
    day_count: DayCount = DayCount.THIRTY_360
    insurance_rate: Decimal = Decimal(0)
    late_rate: Decimal = Decimal(0)
    fee_rate: Decimal = Decimal(0)          # of the amount lent, at disbursement
    fee_fixed: Decimal = Decimal(0)
    business_days: str = "none"
    allocation: tuple[str, ...] = field(default=DEFAULT_ORDER)
    multiple: Decimal = Decimal("0.01")
    grace_max: int = 0


def _fail(name: str, text: str, **params: object) -> FieldError:
    return FieldError(name, Msg.of(text, **params))


def check_product(p: ProductRules, cur: Currency, cap: Decimal) -> None:
    """FieldError naming the first field out of range."""
    if not p.code.strip() or len(p.code) > 12:
        raise _fail("code", N_("Give the product a short code (up to 12 characters)."))
    if not p.name.strip():
        raise _fail("name", N_("Give the product a name."))
    if p.method not in tuple(Method):
        raise _fail("method", N_("The method is French or German."))
    if not Decimal(0) <= p.rate_min <= p.rate_max < 1:
        raise _fail("rate_max", N_("The rates go from the minimum up to the maximum, below 100 %."))
    if not 1 <= p.term_min <= p.term_max <= MAX_MONTHS:
        raise _fail("term_max", N_("The terms go from the minimum up to the maximum, 1 to {max} months."),
                    max=MAX_MONTHS)
    if not Decimal(0) < p.amount_min <= p.amount_max:
        raise _fail("amount_max", N_("The amounts go from a minimum above zero up to the maximum."))
    if p.amount_min != p.amount_min.quantize(cur.quantum) or p.amount_max != p.amount_max.quantize(cur.quantum):
        raise _fail("amount_max", N_("The amounts have more decimals than the currency."))
    if p.day_count not in tuple(DayCount):
        raise _fail("day_count", N_("Choose a day count."))
    if not Decimal(0) <= p.insurance_rate < Decimal("0.1"):
        raise _fail("insurance_rate", N_("The insurance rate must be from 0 up to 10 % a month."))
    if p.late_rate < 0 or p.late_rate > cap * p.rate_max:
        raise _fail("late_rate", N_("Late interest may not exceed {cap} times the contract rate "
                                    "(at most {limit} % here)."), cap=cap,
                    limit=(cap * p.rate_max * 100).quantize(Decimal("0.01")))
    if not Decimal(0) <= p.fee_rate < Decimal("0.1") or p.fee_fixed < 0:
        raise _fail("fee_rate", N_("The opening fee must be from 0 up to 10 % plus a fixed amount."))
    if p.business_days not in BUSINESS_DAY_RULES:
        raise _fail("business_days", N_("Due dates stay or move to the next business day."))
    if sorted(p.allocation) != sorted(COMPONENTS):
        raise _fail("allocation", N_("The repayment order lists late interest, fees and insurance, "
                                     "interest and principal, each once."))
    if p.multiple <= 0 or p.multiple % cur.quantum != 0:
        raise _fail("multiple", N_("The installment multiple must be a positive amount in the "
                                   "currency's units, like 0.01 or 1."))
    if not 0 <= p.grace_max < p.term_min:
        raise _fail("grace_max", N_("The grace periods must be fewer than the shortest term."))


def check_application(p: ProductRules, amount: Decimal, months: int, rate: Decimal, grace: int) -> None:
    """An application within the product's ranges; FieldError naming the field."""
    if not p.amount_min <= amount <= p.amount_max:
        raise _fail("amount", N_("This product lends from {min} to {max}."), min=p.amount_min,
                    max=p.amount_max)
    if not p.term_min <= months <= p.term_max:
        raise _fail("months", N_("This product's term is {min} to {max} months."), min=p.term_min,
                    max=p.term_max)
    if not p.rate_min <= rate <= p.rate_max:
        raise _fail("rate", N_("This product's rate is from {min} % to {max} %."),
                    min=(p.rate_min * 100).normalize(), max=(p.rate_max * 100).normalize())
    if not 0 <= grace <= p.grace_max:
        raise _fail("grace_principal", N_("This product allows up to {max} installments of grace."),
                    max=p.grace_max)


def opening_fee(p: ProductRules, amount: Decimal, cur: Currency, rounding: str) -> Decimal:
    return round_money(amount * p.fee_rate, cur, rounding) + p.fee_fixed


def late_rate_of(product_late_rate: Decimal, contract_rate: Decimal, cap: Decimal) -> Decimal:
    """The late interest rate a loan actually charges: the product's, at most cap x contract."""
    return min(product_late_rate, cap * contract_rate)
