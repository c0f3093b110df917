"""The end of day's loan job: installments left unpaid past their due date are overdue, and their
overdue principal (only that) earns the loan's late interest for each day overdue, accrued on the
installment (it is income when collected)."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import select

from ..domain.day_count import DayCount, year_basis
from ..domain.loan_payments import late_interest
from ..domain.messages import Msg, N_
from ..domain.money import currency, from_minor, to_minor
from ..models import Loan, LoanInstallment
from . import end_of_day
from .context import UnitOfWork
from .loan_terms import OPEN


def accrual(row: LoanInstallment, loan: Loan, day: date) -> int:
    """Late interest (minor units) the overdue principal of `row` has earned since it was last
    accrued (or since its due date) up to `day`, not yet added to the row."""
    start = row.late_accrued_to or row.due_date
    principal = row.principal - row.paid_principal
    days = (day - start).days
    if row.status != OPEN or row.due_date >= day or days <= 0 or principal <= 0:
        return 0
    cur = currency(loan.currency)
    amount = late_interest(from_minor(principal, cur), Decimal(loan.late_rate), days,
                           year_basis(DayCount(loan.day_count)), cur, loan.rounding)
    return to_minor(amount, cur)


def _job(uow: UnitOfWork, day: date) -> str:
    rows = uow.session.execute(
        select(LoanInstallment, Loan).join(Loan, Loan.id == LoanInstallment.loan_id)
        .where(LoanInstallment.status == OPEN, LoanInstallment.due_date < day, Loan.status == "active")
        .order_by(LoanInstallment.loan_id, LoanInstallment.number)).all()
    loans: dict[int, int] = {}
    overdue = 0
    for row, loan in rows:
        overdue += 1
        minor = accrual(row, loan, day)
        if row.principal > row.paid_principal:
            row.late_accrued_to = day
        if minor:
            row.late_interest += minor
            loans[loan.id] = loans.get(loan.id, 0) + minor
    for loan_id, minor in loans.items():
        uow.audit("loan.late_interest", "loan", loan_id, day=day.isoformat(), minor=minor)
    return Msg.of(N_("Loans: {overdue} installments overdue, late interest on {loans} loans."),
                  overdue=overdue, loans=len(loans)).render()


end_of_day.register_job("loans.late_interest", N_("Accruing late interest on overdue loans"), _job,
                        before="ledger.check")
