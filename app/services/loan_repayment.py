"""Repaying a loan at the counter, in cash or from the member's savings account.

The payment settles every overdue installment and the one now running, oldest first, each in
the loan's order (late interest, fees and insurance, interest, principal by default); a partial
payment stops where the money does. What is left prepays principal: the member chooses a shorter
term (same installment) or a lower installment (same dates), and the rest of the schedule is
recomputed from the last installment settled. One entry: the cash or the savings account on one
side; late interest, insurance, interest and principal each to its own account."""
from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal

from ..domain.loan_payments import PrepaymentMode, allocate, payable_now
from ..domain.messages import Msg, N_
from ..domain.money import currency, from_minor, to_minor
from ..domain.permissions import Permission
from ..domain.profiles import Product
from ..domain.schedule import build_schedule, remainder_terms
from ..models import Account, FundsDeclaration, LoanPayment, Member
from . import accounts, cash_ops, drawer, ledger as ledger_svc, petitions, settings
from .context import Actor, Ledger, UnitOfWork
from .errors import Conflict, invalid
from .ledger import Line
from .loan_terms import (OPEN, PAID, SUPERSEDED, due_of, live_rows, loan_terms, roll_of,
                         write_installments)
from .loan_late import accrual
from .loans import ACTIVE, PAID as LOAN_PAID, _loan
from .members import display_name
from .operations import Override

INCOME = {"late_interest": Product.LATE_INTEREST_INCOME, "insurance": Product.INSURANCE_PAYABLE,
          "interest": Product.INTEREST_INCOME}


@dataclass(frozen=True)
class RepaymentRequest:
    loan_id: int
    amount: Decimal
    source: str                                  # cash | account
    acting_member_id: int
    savings_account_id: int | None = None
    prepayment: PrepaymentMode | None = None
    override: Override | None = None
    funds_origin: str = ""


@dataclass(frozen=True)
class RepaymentPlan:
    loan_number: str
    member_name: str
    currency: str
    amount: Decimal
    due_now: Decimal                             # overdue + the installment now running
    payoff: Decimal                              # what settles the whole loan today
    parts: dict[str, Decimal]                    # component -> total applied
    prepaid: Decimal
    settles_loan: bool
    needs_prepayment_choice: bool
    new_level: Decimal | None = None             # after a prepayment: the installment in force
    new_last_number: int | None = None           # ... and the last installment


@dataclass(frozen=True)
class RepaymentResult:
    entry_id: int
    receipt: str
    plan: RepaymentPlan
    payment_id: int


def _plan(uow: UnitOfWork, req: RepaymentRequest, *, lock: bool):  # noqa: ANN202
    cash_ops._check_amount(req.amount)
    loan = _loan(uow, req.loan_id, lock=lock)
    if loan.status != ACTIVE:
        raise Conflict(Msg.of(N_("Loan {number} is {status}: there is nothing to repay."),
                              number=loan.number, status=loan.status))
    cur = currency(loan.currency)
    if req.amount != req.amount.quantize(cur.quantum):
        raise invalid("amount", N_("The amount has more decimals than the currency."))
    rows = live_rows(uow, loan.id, lock=lock)
    open_rows = [r for r in rows if r.status == OPEN]
    today = uow.business_date()
    # Late interest earned since the last end of day (a weekend, a holiday) is due today too.
    late = {r.number: accrual(r, loan, today) for r in open_rows}
    now = payable_now([replace(due_of(r, cur), late_interest=due_of(r, cur).late_interest
                               + from_minor(late[r.number], cur)) for r in open_rows], today)
    now_numbers = {d.number for d in now}
    later_principal = sum((from_minor(r.principal - r.paid_principal, cur) for r in open_rows
                           if r.number not in now_numbers), Decimal(0))
    due_now = sum((d.total for d in now), Decimal(0))
    payoff = due_now + later_principal
    if req.amount > payoff:
        raise invalid("amount", N_("That is more than the {payoff} that settles the loan today."),
                      payoff=payoff)
    allocations, left = allocate(req.amount, now, loan.allocation.split(","))
    parts: dict[str, Decimal] = {}
    for a in allocations:
        for k, v in a.parts.items():
            parts[k] = parts.get(k, Decimal(0)) + v
    settles = req.amount == payoff
    choice = left > 0 and not settles
    new_level = new_last = None
    schedule = None
    if choice and req.prepayment is not None:
        last_now = max(now_numbers)
        keep = from_minor(loan.level, cur) if req.prepayment == PrepaymentMode.SHORTER_TERM else None
        terms = remainder_terms(loan_terms(loan), later_principal - left, last_now + 1, keep,
                                max(r.number for r in open_rows))
        schedule = build_schedule(terms, roll_of(uow, loan.business_days))
        new_level, new_last = schedule.level_amount, schedule.installments[-1].number
    member = uow.session.get(Member, loan.member_id)
    plan = RepaymentPlan(loan.number, display_name(member), loan.currency, req.amount, due_now, payoff,
                         parts, left, settles, choice, new_level, new_last)
    return plan, loan, rows, allocations, schedule, late


def preview(ledger: Ledger, actor: Actor, req: RepaymentRequest) -> RepaymentPlan:
    with UnitOfWork(ledger, actor, Permission.POST, read_only=True) as uow:
        return _plan(uow, req, lock=False)[0]          # reads only: nothing is accrued here


def _source(uow: UnitOfWork, req: RepaymentRequest, loan, amount: Decimal) -> tuple[Account, bool]:  # noqa: ANN001
    """The account paid from, and whether the member must declare where the cash comes from."""
    if req.source == "account":
        acc = uow.session.get(Account, req.savings_account_id) if req.savings_account_id else None
        if acc is None or acc.product != Product.SAVINGS.value or acc.status != "active":
            raise invalid("account", N_("Choose a savings account to pay from."))
        cash_ops.acting_role(uow, acc, req.acting_member_id)
        return acc, False
    if req.source == "cash":
        _ds, drawer_acc = drawer.require_open(uow)
        checks = cash_ops.cash_checks(uow, amount, req.acting_member_id, settings.values(uow),
                                      into_drawer=True)
        if checks.refusal is not None:
            raise Conflict(checks.refusal)
        if checks.needs_declaration and not req.funds_origin.strip():
            raise invalid("funds_origin", N_("Write where the money comes from (the member's "
                                             "declaration)."))
        if checks.needs_override:
            if req.override is None:
                raise invalid("override", N_("A supervisor must approve this much cash at the counter."))
            petition = petitions.file_in(uow, cash_ops.OVERRIDE, {
                "operation": "loan_repayment", "account": loan.number, "amount": str(amount)},
                req.acting_member_id)
            petitions.on_the_spot(uow, petition, req.override.username, req.override.password)
        return drawer_acc, checks.needs_declaration
    raise invalid("source", N_("Pay in cash or from a savings account."))


def repay(ledger: Ledger, actor: Actor, req: RepaymentRequest, idempotency_key: str) -> RepaymentResult:
    with UnitOfWork(ledger, actor, Permission.POST) as uow:
        if (done := ledger_svc.existing(uow, idempotency_key)) is not None:
            raise Conflict(Msg.of(N_("This repayment was posted already (receipt {receipt})."),
                                  receipt=done.receipt))
        plan, loan, rows, allocations, schedule, late = _plan(uow, req, lock=True)
        if plan.needs_prepayment_choice and req.prepayment is None:
            raise invalid("prepayment", N_("The payment is more than what is due: choose a shorter "
                                           "term or a lower installment for the rest."))
        cur = currency(loan.currency)
        source, declare = _source(uow, req, loan, req.amount)
        today = uow.business_date()
        by_number = {r.number: r for r in rows}
        for number, minor in late.items():          # accrued up to today before it is paid
            if minor:
                by_number[number].late_interest += minor
                by_number[number].late_accrued_to = today
        for a in allocations:
            row = by_number[a.number]
            for k, v in a.parts.items():
                setattr(row, f"paid_{k}", getattr(row, f"paid_{k}") + to_minor(v, cur))
            if all(getattr(row, f"paid_{k}") >= getattr(row, k)
                   for k in ("late_interest", "insurance", "interest", "principal")):
                row.status, row.paid_on = PAID, today
        if plan.prepaid and (schedule is not None or plan.settles_loan):
            for row in rows:
                if row.status == OPEN and row.number > max(a.number for a in allocations):
                    row.status = SUPERSEDED
            if schedule is not None:
                write_installments(uow, loan, schedule)
                loan.level = to_minor(schedule.level_amount, cur)
        title = N_("Loan repayment")
        principal = plan.parts.get("principal", Decimal(0)) + plan.prepaid
        lines = [Line(source.id, req.amount, title)]
        for k, product in INCOME.items():
            if plan.parts.get(k):
                lines.append(Line(accounts.internal(uow, product).id, -plan.parts[k], title))
        if principal:
            lines.append(Line(loan.account_id, -principal, title))
        posted = ledger_svc.post(uow, kind=f"loan.repay.{req.source}", description=title, lines=lines,
                                 idempotency_key=idempotency_key, acted_by_member_id=req.acting_member_id)
        if declare:
            uow.session.add(FundsDeclaration(entry_id=posted.entry_id, member_id=req.acting_member_id,
                                             origin=req.funds_origin.strip()[:2000]))
            uow.audit("funds_declaration.add", "entry", posted.entry_id, member=req.acting_member_id)
        m = lambda k: to_minor(plan.parts.get(k, Decimal(0)), cur)  # noqa: E731
        payment = LoanPayment(loan_id=loan.id, entry_id=posted.entry_id, business_date=today,
                              amount=to_minor(req.amount, cur), late_interest=m("late_interest"),
                              insurance=m("insurance"), interest=m("interest"), principal=m("principal"),
                              prepaid=to_minor(plan.prepaid, cur),
                              prepayment_mode=req.prepayment.value if plan.prepaid and req.prepayment else "",
                              source=req.source)
        uow.session.add(payment)
        uow.session.flush()
        if plan.settles_loan:
            loan.status, loan.closed_on = LOAN_PAID, today
            acc = uow.session.get(Account, loan.account_id)
            acc.status, acc.closed_on = "closed", today
            uow.audit("loan.settle", "loan", loan.id)
        uow.audit("loan.repay", "loan", loan.id, entry=posted.entry_id, amount=str(req.amount),
                  prepaid=str(plan.prepaid), mode=payment.prepayment_mode)
        uow.commit()
        return RepaymentResult(posted.entry_id, posted.receipt, plan, payment.id)
