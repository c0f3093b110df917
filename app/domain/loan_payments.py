"""Paying a loan (DOMAIN.md): a payment settles the oldest installment first, each in the
product's order (by default late interest, fees and insurance, interest, principal); what is left
once the installment now running is settled prepays principal. Late interest runs on overdue
principal only, for the days overdue. Statuses: paid, overdue, upcoming (the next one to fall
due), current (later ones)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Sequence

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


def late_interest(overdue_principal: Decimal, annual_rate: Decimal, days: int, basis: int,
                  cur: Currency, rounding: str = "half_up") -> Decimal:
    """Late interest of `days` days on the overdue principal: principal x rate x days / basis."""
    if days <= 0 or overdue_principal <= 0 or annual_rate <= 0:
        return ZERO
    return round_money(overdue_principal * annual_rate * days / basis, cur, rounding)


def status_of(due_date: date, outstanding: Decimal, today: date, first_open: bool) -> InstallmentStatus:
    """`first_open`: this is the earliest unpaid installment not yet overdue."""
    if outstanding <= 0:
        return InstallmentStatus.PAID
    if due_date < today:
        return InstallmentStatus.OVERDUE
    return InstallmentStatus.UPCOMING if first_open else InstallmentStatus.CURRENT
