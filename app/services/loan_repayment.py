"""Repaying a loan at the counter, in cash or from the member's savings account.

The payment settles every overdue installment and the one now running, oldest first, each in
the loan's order (late interest, fees and insurance, interest, principal by default); a partial
payment stops where the money does. What is left prepays principal: the member chooses a shorter
term (same installment) or a lower installment (same dates), and the rest of the schedule is
recomputed from the last installment settled. A payoff or a prepayment pays the running
installment's interest and insurance only up to today (the cost of the time left is not owed),
and the recomputed remainder's interest runs from today. One entry: the cash or the savings account on one
side; late interest, insurance, interest and principal each to its own account."""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from ..domain.day_count import DayCount, period_days
from ..domain.loan_payments import Due, PrepaymentMode, allocate, earned_to, payable_now
from ..domain.messages import Msg, N_
from ..domain.money import currency, from_minor, to_minor
from ..domain.permissions import Permission
from ..domain.profiles import Product
from ..domain.schedule import Schedule, build_schedule, remainder_terms
from ..models import Account, FundsDeclaration, Loan, LoanInstallment, LoanPayment, Member
from . import accounts, cash_ops, drawer, ledger as ledger_svc, petitions, settings
from .context import Actor, Ledger, UnitOfWork
from .errors import Conflict, invalid
from .ledger import Line
from .loan_terms import (OPEN, PAID, SUPERSEDED, due_of, live_rows, loan_terms, period_of, roll_of,
                         write_installments)
from .loan_late import Accrual, accrual
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
    not_charged: Decimal = Decimal(0)            # the running period's cost of the days left


@dataclass(frozen=True)
class RepaymentResult:
    entry_id: int
    receipt: str
    plan: RepaymentPlan
    payment_id: int


@dataclass
class _Work:
    plan: RepaymentPlan
    loan: Loan
    rows: list[LoanInstallment]
    allocations: list
    schedule: Schedule | None
    late: dict[int, Accrual | None]          # late interest earned since the last close, per row
    running: tuple[int, int, int, int] | None  # (number, interest, insurance, days) earned to today


def _running_to_date(loan: Loan, rows: list[LoanInstallment], running: Due,
                     today: date) -> tuple[Due, tuple[int, int, int, int] | None]:
    """The installment now running as a payoff or a prepayment owes it: the interest and insurance
    earned up to today (None: the whole period has run)."""
    cur = currency(loan.currency)
    row = next(r for r in rows if r.number == running.number)
    period = period_of(rows, row, loan)
    interest, insurance = earned_to(period, today, Decimal(loan.annual_rate), DayCount(loan.day_count),
                                    cur, loan.rounding)
    if (interest, insurance) == (period.interest, period.insurance):
        return running, None
    i, s = max(to_minor(interest, cur), row.paid_interest), max(to_minor(insurance, cur), row.paid_insurance)
    days = period_days(DayCount(loan.day_count), period.start, today, False)
    return (replace(running, interest=from_minor(i - row.paid_interest, cur),
                    insurance=from_minor(s - row.paid_insurance, cur)), (row.number, i, s, days))


def _plan(uow: UnitOfWork, req: RepaymentRequest, *, lock: bool) -> _Work:
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
    now = payable_now([replace(d, late_interest=d.late_interest + from_minor(late[r.number].minor, cur))
                       if late[r.number] else d for r, d in ((r, due_of(r, cur)) for r in open_rows)], today)
    now_numbers = {d.number for d in now}
    later_principal = sum((from_minor(r.principal - r.paid_principal, cur) for r in open_rows
                           if r.number not in now_numbers), Decimal(0))
    due_now = sum((d.total for d in now), Decimal(0))
    # A payoff or a prepayment pays the running installment's cost only up to today.
    to_date, running = now, None
    if now and now[-1].due_date >= today:
        short, running = _running_to_date(loan, rows, now[-1], today)
        to_date = now[:-1] + [short]
    payoff = sum((d.total for d in to_date), Decimal(0)) + later_principal
    if req.amount > payoff:
        raise invalid("amount", N_("That is more than the {payoff} that settles the loan today."),
                      payoff=payoff)
    settles = req.amount == payoff
    prepaying = settles or req.amount > due_now
    if not prepaying:
        running = None
    not_charged = Decimal(0)
    if running:
        row = next(r for r in rows if r.number == running[0])
        not_charged = from_minor(row.interest - running[1] + row.insurance - running[2], cur)
    allocations, left = allocate(req.amount, to_date if prepaying else now, loan.allocation.split(","))
    parts: dict[str, Decimal] = {}
    for a in allocations:
        for k, v in a.parts.items():
            parts[k] = parts.get(k, Decimal(0)) + v
    choice = left > 0 and not settles
    new_level = new_last = None
    schedule = None
    if choice and req.prepayment is not None:
        last_now = max(now_numbers)
        keep = from_minor(loan.level, cur) if req.prepayment == PrepaymentMode.SHORTER_TERM else None
        terms = remainder_terms(loan_terms(loan), later_principal - left, last_now + 1, keep,
                                max(r.number for r in open_rows), today if running else None)
        schedule = build_schedule(terms, roll_of(uow, loan.business_days))
        new_level, new_last = schedule.level_amount, schedule.installments[-1].number
    member = uow.session.get(Member, loan.member_id)
    plan = RepaymentPlan(loan.number, display_name(member), loan.currency, req.amount, due_now, payoff,
                         parts, left, settles, choice, new_level, new_last, not_charged)
    return _Work(plan, loan, rows, allocations, schedule, late, running)


def preview(ledger: Ledger, actor: Actor, req: RepaymentRequest) -> RepaymentPlan:
    with UnitOfWork(ledger, actor, Permission.POST, read_only=True) as uow:
        return _plan(uow, req, lock=False).plan          # reads only: nothing is accrued here


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
        work = _plan(uow, req, lock=True)
        plan, loan, rows, allocations, schedule = work.plan, work.loan, work.rows, work.allocations, work.schedule
        if plan.needs_prepayment_choice and req.prepayment is None:
            raise invalid("prepayment", N_("The payment is more than what is due: choose a shorter "
                                           "term or a lower installment for the rest."))
        cur = currency(loan.currency)
        source, declare = _source(uow, req, loan, req.amount)
        today = uow.business_date()
        by_number = {r.number: r for r in rows}
        for number, earned in work.late.items():    # accrued up to today before it is paid
            if earned:
                earned.apply(by_number[number], today)
        if work.running:                            # a payoff or a prepayment inside the period
            number, interest, insurance, days = work.running
            row = by_number[number]
            row.interest, row.insurance, row.days = interest, insurance, days
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
