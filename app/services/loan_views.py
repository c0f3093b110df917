"""What the desk shows of loans: a member's loans as the seed's table has them (number,
description, amount, principal balance, amount due, next payment date, grant date, status) and a
loan's live schedule (what each installment owed, what was paid, its status today)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select

from ..domain.loan_cost import Disclosure, disclosure
from ..domain.loan_payments import InstallmentStatus, payable_now, status_of
from ..domain.messages import N_
from ..domain.money import currency, from_minor
from ..domain.permissions import Permission
from ..domain.schedule import LoanTerms, build_schedule
from ..models import Loan, LoanProduct, Member
from .context import Actor, Ledger, UnitOfWork
from .letterhead import Letterhead, letterhead
from .loan_terms import OPEN, due_of, live_rows, loan_terms, roll_of
from .loans import _loan
from .members import display_name

LOAN_STATUS_LABELS = {"approved": N_("Approved, not disbursed"), "active": N_("Current"),
                      "overdue": N_("In arrears"), "paid": N_("Paid off"), "cancelled": N_("Cancelled")}


@dataclass(frozen=True)
class LoanRow:
    id: int
    number: str
    product: str
    purpose: str
    amount: Decimal
    balance: Decimal
    amount_due: Decimal
    next_due: date | None
    granted: date | None
    status: str                       # approved | active | overdue | paid | cancelled
    currency: str


@dataclass(frozen=True)
class InstallmentView:
    number: int
    due_date: date
    days: int
    principal: Decimal
    interest: Decimal
    insurance: Decimal
    late_interest: Decimal
    payment: Decimal                  # what it owed in all, late interest included
    paid: Decimal
    owed: Decimal
    status: InstallmentStatus


@dataclass(frozen=True)
class LoanDetail:
    row: LoanRow
    member_id: int
    member_name: str
    terms: LoanTerms
    disclosure: Disclosure
    installments: tuple[InstallmentView, ...]
    late_rate: Decimal
    letterhead: Letterhead
    member_document: str = ""
    allocation: tuple[str, ...] = ()
    business_days: str = "none"
    installment: Decimal = Decimal(0)        # the French installment / German principal in force


def _installments(uow: UnitOfWork, loan: Loan) -> list[InstallmentView]:
    cur = currency(loan.currency)
    today = uow.business_date()
    out, first_open = [], True
    for r in live_rows(uow, loan.id):
        m = lambda v: from_minor(v, cur)  # noqa: E731
        total = r.principal + r.interest + r.insurance + r.late_interest
        paid = r.paid_principal + r.paid_interest + r.paid_insurance + r.paid_late_interest
        owed = total - paid if r.status == OPEN else 0
        status = status_of(r.due_date, m(owed), today, first_open and r.due_date >= today)
        if status == InstallmentStatus.CURRENT:
            first_open = False
        out.append(InstallmentView(r.number, r.due_date, r.days, m(r.principal), m(r.interest),
                                   m(r.insurance), m(r.late_interest), m(total), m(paid), m(owed), status))
    return out


def _row(uow: UnitOfWork, loan: Loan, product: str) -> LoanRow:
    cur = currency(loan.currency)
    amount = from_minor(loan.principal, cur)
    if loan.status != "active":
        balance = amount if loan.status == "approved" else Decimal(0)
        return LoanRow(loan.id, loan.number, product, loan.purpose, amount, balance, Decimal(0), None,
                       loan.disbursed_on, loan.status, loan.currency)
    rows = [r for r in live_rows(uow, loan.id) if r.status == OPEN]
    today = uow.business_date()
    now = payable_now([due_of(r, cur) for r in rows], today)
    balance = from_minor(sum(r.principal - r.paid_principal for r in rows), cur)
    overdue = any(d.due_date < today for d in now)
    upcoming = [d.due_date for d in now if d.due_date >= today]
    return LoanRow(loan.id, loan.number, product, loan.purpose, amount, balance,
                   sum((d.total for d in now), Decimal(0)), upcoming[0] if upcoming else None,
                   loan.disbursed_on, "overdue" if overdue else "active", loan.currency)


def loans_of(ledger: Ledger, actor: Actor, member_id: int) -> list[LoanRow]:
    with UnitOfWork(ledger, actor, Permission.READ, read_only=True) as uow:
        rows = uow.session.execute(select(Loan, LoanProduct.name).join(
            LoanProduct, LoanProduct.id == Loan.product_id).where(Loan.member_id == member_id)
            .order_by(Loan.id.desc())).all()
        return [_row(uow, loan, name) for loan, name in rows]


def loan_detail(ledger: Ledger, actor: Actor, loan_id: int) -> LoanDetail:
    with UnitOfWork(ledger, actor, Permission.READ, read_only=True) as uow:
        loan = _loan(uow, loan_id)
        product = uow.session.get(LoanProduct, loan.product_id)
        member = uow.session.get(Member, loan.member_id)
        terms = loan_terms(loan, loan.disbursed_on or uow.business_date())
        contract = build_schedule(terms, roll_of(uow, loan.business_days))
        return LoanDetail(_row(uow, loan, product.name), member.id, display_name(member), terms,
                          disclosure(contract), tuple(_installments(uow, loan)), Decimal(loan.late_rate),
                          letterhead(uow), member.document, tuple(loan.allocation.split(",")),
                          loan.business_days, from_minor(loan.level, currency(loan.currency))
                          if loan.level else contract.level_amount)
