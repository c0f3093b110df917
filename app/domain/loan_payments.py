"""Paying a loan (DOMAIN.md): a payment settles the oldest installment first, each in the
product's order (by default late interest, fees and insurance, interest, principal); what is left
once the installment now running is settled prepays principal. Late interest runs on overdue
principal only, for the days overdue. Statuses, as the seed's table shows them: paid, overdue,
current (vigente: the one now running, next to fall due), upcoming (por vencer: later ones)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal, localcontext
from enum import StrEnum
from typing import Sequence

from .day_count import DayCount, period_days, year_fraction
from .messages import N_
from .money import Currency, round_money

ZERO = Decimal(0)


class InstallmentStatus(StrEnum):
    PAID = "paid"
    OVERDUE = "overdue"
    UPCOMING = "upcoming"
    CURRENT = "current"


STATUS_LABELS = {InstallmentStatus.PAID: N_("Paid"), InstallmentStatus.OVERDUE: N_("Overdue"),
                 InstallmentStatus.UPCOMING: N_("Upcoming"), InstallmentStatus.CURRENT: N_("Current")}


class PrepaymentMode(StrEnum):
    SHORTER_TERM = "shorter_term"
    LOWER_INSTALLMENT = "lower_installment"


PREPAYMENT_LABELS = {PrepaymentMode.SHORTER_TERM: N_("Shorter term (same installment)"),
                     PrepaymentMode.LOWER_INSTALLMENT: N_("Lower installment (same term)")}


@dataclass(frozen=True)
class Due:
    """What installment `number` still owes, per component."""
    number: int
    due_date: date
    late_interest: Decimal
    insurance: Decimal
    interest: Decimal
    principal: Decimal

    @property
    def total(self) -> Decimal:
        return self.late_interest + self.insurance + self.interest + self.principal


@dataclass(frozen=True)
class Allocation:
    number: int
    parts: dict[str, Decimal]        # component -> amount applied

    @property
    def total(self) -> Decimal:
        return sum(self.parts.values(), ZERO)


def payable_now(dues: Sequence[Due], today: date) -> list[Due]:
    """The installments a payment settles before it prepays: every overdue one and the one now
    running (the first not yet due), oldest first."""
    ordered = sorted((d for d in dues if d.total > 0), key=lambda d: d.number)
    overdue = [d for d in ordered if d.due_date < today]
    later = [d for d in ordered if d.due_date >= today]
    return overdue + later[:1]


def allocate(amount: Decimal, dues: Sequence[Due], order: Sequence[str]) -> tuple[list[Allocation], Decimal]:
    """Apply `amount` to `dues` (oldest first), each in `order`; returns the allocations and what
    is left over (the prepayment)."""
    left = amount
    result = []
    for due in sorted(dues, key=lambda d: d.number):
        parts: dict[str, Decimal] = {}
        for component in order:
            owed = getattr(due, component)
            take = min(owed, left)
            if take > 0:
                parts[component] = take
                left -= take
        if parts:
            result.append(Allocation(due.number, parts))
        if left == 0:
            break
    return result, left


def late_interest_exact(overdue_principal: Decimal, annual_rate: Decimal, days: int,
                        basis: int) -> Decimal:
    """Late interest of `days` days on the overdue principal, unrounded: principal x rate x days
    / basis. An overdue run adds these up and rounds only the total (`late_to_book`)."""
    if days <= 0 or overdue_principal <= 0 or annual_rate <= 0:
        return ZERO
    with localcontext() as ctx:
        ctx.prec = 40
        return overdue_principal * annual_rate * days / basis


def late_to_book(exact_total: Decimal, booked: int, rounding: str = "half_up") -> int:
    """The minor units to add to an installment whose overdue run has earned `exact_total` minor
    units so far (full precision) when `booked` are already on it: the rounded total less what
    is booked, so per-day rounding never adds up to cents over a month."""
    mode = ROUND_HALF_EVEN if rounding == "half_even" else ROUND_HALF_UP
    return max(0, int(exact_total.quantize(Decimal(1), rounding=mode)) - booked)


@dataclass(frozen=True)
class Period:
    """The installment now running, as written: interest and insurance for the whole period of
    `days` days from `start`, on `balance` (the principal outstanding during it)."""
    start: date
    due_date: date
    days: int
    balance: Decimal
    interest: Decimal
    insurance: Decimal


def earned_to(p: Period, today: date, annual_rate: Decimal, day_count: DayCount, cur: Currency,
              rounding: str = "half_up") -> tuple[Decimal, Decimal]:
    """(interest, insurance) the running period has earned by `today`, for a payoff or a
    prepayment (Ley 16/2011, art. 30: the member does not pay the cost of the time left): the
    interest on the balance for the days elapsed, the insurance pro rata; the whole period's
    once it is due."""
    elapsed = period_days(day_count, p.start, today, False) if today > p.start else 0
    if today >= p.due_date or elapsed >= p.days:
        return p.interest, p.insurance
    if elapsed <= 0:
        return ZERO, ZERO
    interest = round_money(p.balance * annual_rate * year_fraction(day_count, p.start, today, False),
                           cur, rounding)
    insurance = round_money(p.insurance * elapsed / p.days, cur, rounding)
    return min(interest, p.interest), min(insurance, p.insurance)


def status_of(due_date: date, outstanding: Decimal, today: date, first_open: bool) -> InstallmentStatus:
    """`first_open`: this is the earliest unpaid installment not yet overdue (the one running)."""
    if outstanding <= 0:
        return InstallmentStatus.PAID
    if due_date < today:
        return InstallmentStatus.OVERDUE
    return InstallmentStatus.CURRENT if first_open else InstallmentStatus.UPCOMING
