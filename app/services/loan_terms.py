"""A loan's terms as the schedule engine takes them, its business-day rule, and its installment
rows: written at disbursement, superseded and rewritten after a prepayment, read as dues."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import select

from ..domain.day_count import DayCount
from ..domain.loan_payments import Due, Period
from ..domain.money import currency, from_minor, to_minor
from ..domain.schedule import LoanTerms, Method, Roll, Schedule
from ..models import Loan, LoanInstallment
from . import settings
from .context import UnitOfWork

OPEN, PAID, SUPERSEDED = "open", "paid", "superseded"


def roll_of(uow: UnitOfWork, rule: str) -> Roll | None:
    """The institution's calendar (weekends, holidays, the administrator's changes) when due
    dates move to the next business day."""
    return settings.calendar(uow).roll_forward if rule == "following" else None


def loan_terms(loan: Loan, disbursed: date | None = None) -> LoanTerms:
    cur = currency(loan.currency)
    return LoanTerms(principal=from_minor(loan.principal, cur), annual_rate=Decimal(loan.annual_rate),
                     months=loan.months, disbursed=disbursed or loan.disbursed_on,
                     method=Method(loan.method), first_due=loan.first_due,
                     day_count=DayCount(loan.day_count), rounding=loan.rounding,
                     multiple=from_minor(loan.multiple, cur), grace_principal=loan.grace_principal,
                     insurance_rate=Decimal(loan.insurance_rate), currency=cur,
                     fees=from_minor(loan.fees, cur))


def write_installments(uow: UnitOfWork, loan: Loan, schedule: Schedule) -> None:
    cur = currency(loan.currency)
    for i in schedule.installments:
        uow.session.add(LoanInstallment(
            loan_id=loan.id, number=i.number, due_date=i.due_date, days=i.days,
            principal=to_minor(i.principal, cur), interest=to_minor(i.interest, cur),
            insurance=to_minor(i.insurance, cur), late_interest=0, paid_principal=0, paid_interest=0,
            paid_insurance=0, paid_late_interest=0, late_exact="0", interest_from=i.start,
            # a grace installment of a 0 % loan owes nothing: settled as written
            status=OPEN if i.payment else PAID))


def live_rows(uow: UnitOfWork, loan_id: int, *, lock: bool = False) -> list[LoanInstallment]:
    """The installments in force (paid and open), by number."""
    q = select(LoanInstallment).where(LoanInstallment.loan_id == loan_id,
                                      LoanInstallment.status != SUPERSEDED).order_by(LoanInstallment.number)
    if lock:
        q = q.with_for_update()
    return list(uow.session.execute(q).scalars())


def period_of(rows: list[LoanInstallment], row: LoanInstallment, loan: Loan) -> Period:
    """The period of installment `row` as written: its interest runs from `interest_from` (or,
    for rows written before it was kept, from the previous installment's due date)."""
    cur = currency(loan.currency)
    before = [r for r in rows if r.number < row.number]
    start = row.interest_from or (max(before, key=lambda r: r.number).due_date if before
                                  else loan.disbursed_on)
    balance = sum(r.principal for r in rows if r.number >= row.number and r.status != SUPERSEDED)
    return Period(start, row.due_date, row.days, from_minor(balance, cur), from_minor(row.interest, cur),
                  from_minor(row.insurance, cur))


def owed(row: LoanInstallment) -> dict[str, int]:
    """What the installment still owes per component, in minor units."""
    return {"late_interest": row.late_interest - row.paid_late_interest,
            "insurance": row.insurance - row.paid_insurance,
            "interest": row.interest - row.paid_interest,
            "principal": row.principal - row.paid_principal}


def due_of(row: LoanInstallment, cur) -> Due:  # noqa: ANN001
    o = owed(row)
    return Due(row.number, row.due_date, *(from_minor(o[k], cur) for k in
                                            ("late_interest", "insurance", "interest", "principal")))


def outstanding_principal(rows: list[LoanInstallment]) -> int:
    return sum(r.principal - r.paid_principal for r in rows if r.status == OPEN)
