"""The amortization schedule of a loan (DOMAIN.md, "Loans and amortization"). Pure: no database,
no clock.

French: one level installment (principal + interest), the annuity that repays the loan with
each period's interest factor (nominal / 12 for whole months under 30/360, the period's days
under the actual day-counts), rounded once to the installment multiple; the interest of each
period is the balance x its factor, rounded; principal = installment - interest. German: equal
principal (the amount over the amortizing periods, rounded to the multiple) plus each period's
interest. Either way the last installment takes the remaining balance exactly, and where
rounding up would repay the loan early the schedule ends there. Grace periods pay interest only.
Credit-life insurance is the monthly rate x the balance before the installment, its own column.

Due dates keep the first due date's day of the month (by default the disbursement's), clamped to short months; with a
business-day rule they move to the next business day, and under the actual day-counts the
interest follows the moved dates (under 30/360 a month stays 30 days).
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from decimal import ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal, localcontext
from enum import StrEnum
from typing import Callable

from .day_count import DayCount, add_months, period_days, year_fraction
from .errors import FieldError
from .messages import Msg, N_
from .money import Currency, currency, round_money

MAX_MONTHS = 600
Roll = Callable[[date], date]
ZERO = Decimal(0)


class Method(StrEnum):
    FRENCH = "french"
    GERMAN = "german"


METHOD_LABELS = {Method.FRENCH: N_("French (equal installments)"),
                 Method.GERMAN: N_("German (equal principal)")}
METHOD_NAMES = {Method.FRENCH: N_("French"), Method.GERMAN: N_("German")}


@dataclass(frozen=True)
class LoanTerms:
    """What a schedule is computed from. Rates are fractions: 0.156 is 15.60 % a year;
    `insurance_rate` is a fraction of the balance a month. `fixed_amount` keeps a given French
    installment (or German principal) instead of computing it: a prepayment that shortens the
    term. `first_number` numbers the installments of a recomputed remainder on."""
    principal: Decimal
    annual_rate: Decimal
    months: int
    disbursed: date
    method: Method = Method.FRENCH
    first_due: date | None = None
    day_count: DayCount = DayCount.THIRTY_360
    rounding: str = "half_up"
    multiple: Decimal = Decimal("0.01")
    grace_principal: int = 0
    insurance_rate: Decimal = ZERO
    currency: Currency = field(default_factory=lambda: currency("EUR"))
    fees: Decimal = ZERO
    fixed_amount: Decimal | None = None
    first_number: int = 1
    interest_from: date | None = None   # a remainder's first period runs from this day (a prepayment)

    @property
    def first_due_date(self) -> date:
        return self.first_due or add_months(self.disbursed, 1)

    @property
    def due_day(self) -> int:
        """The day of the month installments fall on: the first due date's, or by default the
        disbursement's (a loan of 31 January falls due on 28 February, then 31 March)."""
        return self.first_due.day if self.first_due else self.disbursed.day

    def nominal_due(self, number: int) -> date:
        """Installment `number`'s due date before any business-day move."""
        return add_months(self.first_due_date, number - 1, day=self.due_day)


@dataclass(frozen=True)
class Installment:
    number: int
    due_date: date
    days: int
    principal: Decimal
    interest: Decimal
    insurance: Decimal
    balance: Decimal            # principal outstanding after this installment
    start: date | None = None   # the day the period's interest runs from

    @property
    def payment(self) -> Decimal:
        return self.principal + self.interest + self.insurance


@dataclass(frozen=True)
class Schedule:
    terms: LoanTerms
    installments: tuple[Installment, ...]
    level_amount: Decimal       # the French installment or the German principal, as rounded

    def total(self, column: str) -> Decimal:
        return sum((getattr(i, column) for i in self.installments), ZERO)


def _fail(name: str, text: str, **params: object) -> FieldError:
    return FieldError(name, Msg.of(text, **params))


def check_terms(t: LoanTerms) -> None:
    """FieldError naming the first bad term."""
    q = t.currency.quantum
    if not t.principal.is_finite() or t.principal <= 0:
        raise _fail("principal", N_("The amount lent must be greater than zero."))
    if t.principal != t.principal.quantize(q):
        raise _fail("principal", N_("The amount lent has more decimals than the currency."))
    if not t.annual_rate.is_finite() or not ZERO <= t.annual_rate < 1:
        raise _fail("rate", N_("The rate must be from 0 up to 100 % a year."))
    if not 1 <= t.months <= MAX_MONTHS:
        raise _fail("months", N_("The term must be from 1 to {max} months."), max=MAX_MONTHS)
    if t.method not in tuple(Method):
        raise _fail("method", N_("The method is French or German."))
    if not 0 <= t.grace_principal < t.months:
        raise _fail("grace_principal", N_("The grace periods must be fewer than the installments."))
    if not t.multiple.is_finite() or t.multiple <= 0 or t.multiple % q != 0:
        raise _fail("installment_multiple", N_("The installment multiple must be a positive "
                                               "amount in the currency's units, like 0.01 or 1."))
    if not t.insurance_rate.is_finite() or not ZERO <= t.insurance_rate < Decimal("0.1"):
        raise _fail("insurance_rate", N_("The insurance rate must be from 0 up to 10 % a month."))
    first = t.first_due_date
    if not t.disbursed < first <= add_months(t.disbursed, 12):
        raise _fail("first_due", N_("The first due date must come after the disbursement and "
                                    "within a year of it."))
    if t.rounding not in ("half_up", "half_even"):
        raise _fail("rounding", N_("Rounding is half-up or half-even."))
    if not t.fees.is_finite() or t.fees < 0 or t.fees >= t.principal:
        raise _fail("fees", N_("The fees must be from zero up to less than the amount lent."))
    if not 1 <= t.first_number <= t.months:
        raise _fail("first_number", N_("There is no installment {n} in {months}."),
                    n=t.first_number, months=t.months)
    if t.fixed_amount is not None and t.fixed_amount <= 0:
        raise _fail("installment", N_("The installment must be greater than zero."))


def _to_multiple(value: Decimal, t: LoanTerms) -> Decimal:
    mode = ROUND_HALF_EVEN if t.rounding == "half_even" else ROUND_HALF_UP
    return ((value / t.multiple).quantize(Decimal(1), rounding=mode) * t.multiple).quantize(
        t.currency.quantum)


@dataclass(frozen=True)
class _Period:
    start: date
    due: date
    days: int
    factor: Decimal             # interest = balance x factor


def _periods(t: LoanTerms, roll: Roll | None) -> list[_Period]:
    """The periods from installment `first_number` to the last (`months`) of the loan."""
    first = t.first_due_date
    regular_first = first == add_months(t.disbursed, 1)
    actual = t.day_count != DayCount.THIRTY_360

    def end_of(k: int) -> tuple[date, date]:       # (due date, date the interest runs to)
        if k < 0:
            return t.disbursed, t.disbursed
        nominal = t.nominal_due(k + 1)
        due = roll(nominal) if roll else nominal
        return due, (due if actual else nominal)
    periods, start = [], t.interest_from or end_of(t.first_number - 2)[1]
    for k in range(t.first_number - 1, t.months):
        due, end = end_of(k)
        whole = (k > 0 or regular_first) and not (t.interest_from and k == t.first_number - 1)
        periods.append(_Period(start, due, period_days(t.day_count, start, end, whole),
                               t.annual_rate * year_fraction(t.day_count, start, end, whole)))
        start = end
    return periods


def _annuity(principal: Decimal, factors: list[Decimal]) -> Decimal:
    """The level payment that repays `principal` over periods with these interest factors."""
    if all(f == 0 for f in factors):
        return principal / len(factors)
    growth, annuity_sum = Decimal(1), Decimal(0)
    for f in reversed(factors):       # sum of the growth of each payment to the end
        annuity_sum += growth
        growth *= 1 + f
    return principal * growth / annuity_sum


def _run(t: LoanTerms, periods: list[_Period], level: Decimal) -> list[Installment] | None:
    """The installments with this level amount; None when it does not cover a period's interest."""
    cur, mode = t.currency, t.rounding
    balance, rows = t.principal, []
    last = len(periods) - 1
    for k, p in enumerate(periods):
        interest = round_money(balance * p.factor, cur, mode)
        insurance = round_money(balance * t.insurance_rate, cur, mode)
        if t.first_number - 1 + k < t.grace_principal:
            principal = ZERO
        elif k == last:
            principal = balance
        else:
            principal = level - interest if t.method == Method.FRENCH else level
            if principal <= 0:
                return None
            principal = min(principal, balance)
        balance -= principal
        rows.append(Installment(t.first_number + k, p.due, p.days, principal, interest, insurance,
                                balance, p.start))
        if balance == 0:
            break
    return rows


def build_schedule(t: LoanTerms, roll: Roll | None = None) -> Schedule:
    """The schedule of `t`; FieldError when a term is out of range. `roll` moves a due date
    to a business day (None: due dates stay where the months put them)."""
    check_terms(t)
    periods = _periods(t, roll)
    amortizing = periods[max(0, t.grace_principal - t.first_number + 1):]
    with localcontext() as ctx:
        ctx.prec = 40
        if t.fixed_amount is not None:
            level = t.fixed_amount
        elif t.method == Method.FRENCH:
            level = _to_multiple(_annuity(t.principal, [p.factor for p in amortizing]), t)
        else:
            level = _to_multiple(t.principal / len(amortizing), t)
        level = max(level, t.multiple)
        rows = _run(t, periods, level)
        while rows is None:          # rounded below a period's interest: the next multiple up
            level += t.multiple
            rows = _run(t, periods, level)
    return Schedule(t, tuple(rows), level)


def weekends_only(day: date) -> date:
    """The business-day rule without a holiday calendar: Saturday and Sunday move to Monday."""
    from datetime import timedelta
    return day + timedelta(days=(7 - day.weekday()) % 7) if day.weekday() >= 5 else day


def remainder_terms(t: LoanTerms, balance: Decimal, next_number: int, keep: Decimal | None,
                    last_number: int | None = None, since: date | None = None) -> LoanTerms:
    """The rest of a loan after a prepayment: `balance` outstanding after installment
    `next_number - 1`, on the loan's own dates from installment `next_number` to `last_number`
    (the last in force; by default the contract's); `keep` holds the installment (a shorter
    term) or None to recompute it over the same dates (a lower installment); `since`, the day the
    prepayment was made inside a period, starts the first period's interest there."""
    return replace(t, principal=balance, first_number=next_number, fixed_amount=keep, fees=ZERO,
                   months=last_number or t.months, interest_from=since)
