"""The end of day's loan job: installments left unpaid past their due date are overdue, and their
overdue principal (only that) earns the loan's late interest for each day overdue, accrued on the
installment (it is income when collected)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select

from ..domain.day_count import DayCount, year_basis
from ..domain.loan_payments import late_interest_exact, late_to_book
from ..domain.messages import Msg, N_
from ..models import Loan, LoanInstallment
from . import end_of_day
from .context import UnitOfWork
from .loan_terms import OPEN


@dataclass(frozen=True)
class Accrual:
    exact: Decimal          # the overdue run's late interest so far, minor units, full precision
    minor: int              # what to add to the installment's booked late interest

    def apply(self, row: LoanInstallment, day: date) -> None:
        row.late_exact, row.late_accrued_to = str(self.exact), day
        row.late_interest += self.minor


def accrual(row: LoanInstallment, loan: Loan, day: date) -> Accrual | None:
    """The late interest the overdue principal of `row` has earned since it was last accrued (or
    since its due date) up to `day`, not yet on the row; None when it has earned nothing more.
    The run's total is kept at full precision and only its rounding is booked."""
    start = row.late_accrued_to or row.due_date
    principal = row.principal - row.paid_principal
    days = (day - start).days
    if row.status != OPEN or row.due_date >= day or days <= 0 or principal <= 0:
        return None
    exact = Decimal(row.late_exact or "0") + late_interest_exact(
        Decimal(principal), Decimal(loan.late_rate), days, year_basis(DayCount(loan.day_count)))
    return Accrual(exact, late_to_book(exact, row.late_interest, loan.rounding))


def _job(uow: UnitOfWork, day: date) -> str:
    rows = uow.session.execute(
        select(LoanInstallment, Loan).join(Loan, Loan.id == LoanInstallment.loan_id)
        .where(LoanInstallment.status == OPEN, LoanInstallment.due_date < day, Loan.status == "active")
        .order_by(LoanInstallment.loan_id, LoanInstallment.number)).all()
    loans: dict[int, int] = {}
    overdue = 0
    for row, loan in rows:
        overdue += 1
        if (earned := accrual(row, loan, day)) is None:
            continue
        earned.apply(row, day)
        if earned.minor:
            loans[loan.id] = loans.get(loan.id, 0) + earned.minor
    for loan_id, minor in loans.items():
        uow.audit("loan.late_interest", "loan", loan_id, day=day.isoformat(), minor=minor)
    return Msg.of(N_("Loans: {overdue} installments overdue, late interest on {loans} loans."),
                  overdue=overdue, loans=len(loans)).render()


end_of_day.register_job("loans.late_interest", N_("Accruing late interest on overdue loans"), _job,
                        before="ledger.check")
