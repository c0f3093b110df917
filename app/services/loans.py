"""A loan's life up to its money reaching the member: the simulation (both methods side by
side), the application (a petition a supervisor decides), approval (the loan exists, terms
fixed, waiting for disbursement) and disbursement (the schedule fixed from the disbursement date,
the principal into the member's savings, their external account or cash from the drawer, the
opening fee kept)."""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select

from ..domain.errors import FieldError
from ..domain.loan_cost import Disclosure, disclosure
from ..domain.loan_products import check_application, late_rate_of, opening_fee
from ..domain.messages import Msg, N_
from ..domain.money import currency, to_minor
from ..domain.permissions import Permission
from ..domain.profiles import NORMAL_SIDE, PRODUCT_CODES, PRODUCT_LABELS, Product
from ..domain.schedule import METHOD_NAMES, LoanTerms, Method, Schedule, build_schedule
from ..models import Account, AccountHolder, Branch, Loan, Member, OutgoingTransfer, Petition
from . import accounts, cash_ops, drawer, ledger as ledger_svc, petitions, settings
from .context import Actor, Ledger, UnitOfWork
from .errors import Conflict, NotFound, ValidationError, invalid
from .ledger import Line
from . import loan_products as loan_products_svc
from .loan_products import require_active, rules_of
from .loan_terms import loan_terms, roll_of, write_installments
from .members import display_name
from .operations import Override

APPLY = "loan.apply"
APPROVED, ACTIVE, PAID, CANCELLED = "approved", "active", "paid", "cancelled"
DESTINATIONS = ("savings", "transfer", "cash")


@dataclass(frozen=True)
class LoanApplication:
    member_id: int
    product_id: int
    amount: Decimal
    months: int
    rate: Decimal                       # a fraction of the year: 0.156
    method: Method = Method.FRENCH
    grace_principal: int = 0
    purpose: str = ""


@dataclass(frozen=True)
class Simulation:
    schedule: Schedule
    disclosure: Disclosure


def _field(exc: FieldError) -> ValidationError:
    return ValidationError(exc.field, exc.msg)


def _terms(uow: UnitOfWork, app: LoanApplication, disbursed: date) -> tuple[LoanTerms, object]:
    row = require_active(uow, app.product_id)
    rules = rules_of(row)
    cur = currency(row.currency)
    if app.amount != app.amount.quantize(cur.quantum):
        raise invalid("amount", N_("The amount has more decimals than the currency."))
    try:
        check_application(rules, app.amount, app.months, app.rate, app.grace_principal)
    except FieldError as exc:
        raise _field(exc) from None
    rounding = settings.values(uow)["rounding"]
    terms = LoanTerms(principal=app.amount, annual_rate=app.rate, months=app.months, disbursed=disbursed,
                      method=app.method, day_count=rules.day_count, rounding=rounding,
                      multiple=rules.multiple, grace_principal=app.grace_principal,
                      insurance_rate=rules.insurance_rate, currency=cur,
                      fees=opening_fee(rules, app.amount, cur, rounding))
    return terms, roll_of(uow, rules.business_days)


def _build(terms: LoanTerms, roll) -> Schedule:  # noqa: ANN001
    try:
        return build_schedule(terms, roll)
    except FieldError as exc:
        raise _field(exc) from None


def simulate(ledger: Ledger, actor: Actor, app: LoanApplication) -> dict[Method, Simulation]:
    """French and German side by side, disbursed on the business date; writes nothing."""
    with UnitOfWork(ledger, actor, Permission.READ, read_only=True) as uow:
        terms, roll = _terms(uow, app, uow.business_date())
        out = {}
        for method in Method:
            s = _build(replace(terms, method=method), roll)
            out[method] = Simulation(s, disclosure(s))
        return out


def _member(uow: UnitOfWork, member_id: int) -> Member:
    member = uow.session.get(Member, member_id)
    if member is None:
        raise NotFound(Msg.of(N_("Member {id} does not exist."), id=member_id))
    return member


def apply(ledger: Ledger, actor: Actor, app: LoanApplication) -> petitions.PetitionView:
    """File the application; a supervisor approves it (the loan then waits for disbursement)."""
    with UnitOfWork(ledger, actor, Permission.PETITION_FILE) as uow:
        member = _member(uow, app.member_id)
        if member.status != "active":
            raise Conflict(Msg.of(N_("Only an active member can borrow (this one is {status})."),
                                  status=member.status))
        if len(app.purpose) > 200:
            raise invalid("purpose", N_("Describe the purpose in up to 200 characters."))
        _build(*_terms(uow, app, uow.business_date()))
        petition = petitions.file_in(uow, APPLY, {
            "product_id": app.product_id, "amount": str(app.amount), "months": app.months,
            "rate": str(app.rate), "method": app.method.value, "grace_principal": app.grace_principal,
            "purpose": app.purpose.strip()}, member.id)
        uow.commit()
        return petitions._view(uow, petition)


def _application(petition: Petition) -> LoanApplication:
    p = petition.payload
    return LoanApplication(petition.member_id, p["product_id"], Decimal(p["amount"]), p["months"],
                           Decimal(p["rate"]), Method(p["method"]), p["grace_principal"], p["purpose"])


def _describe(uow: UnitOfWork, petition: Petition) -> list[Msg]:
    a = _application(petition)
    product = loan_products_svc.product(uow, a.product_id)     # withdrawn since: still described
    out = [Msg.of(N_("Loan {product}: {amount} over {months} months at {rate} % a year, {method}."),
                  product=product.name, amount=a.amount, months=a.months,
                  rate=(a.rate * 100).normalize(), method=Msg.of(METHOD_NAMES[a.method]))]
    if a.purpose:
        out.append(Msg.of(N_("Purpose: {purpose}"), purpose=a.purpose))
    return out


def _approve(uow: UnitOfWork, petition: Petition) -> None:
    a = _application(petition)
    member = _member(uow, petition.member_id)
    terms, roll = _terms(uow, a, uow.business_date())
    _build(terms, roll)
    product = require_active(uow, a.product_id)
    rules = rules_of(product)
    count = uow.session.execute(select(func.count()).select_from(Loan).where(
        Loan.member_id == member.id)).scalar_one()
    branch = uow.session.get(Branch, member.branch_id)
    cur = terms.currency
    cap = settings.values(uow)["late_interest_cap"]
    loan = Loan(number=f"{branch.code}-{member.number:06d}-{PRODUCT_CODES[Product.LOAN]}{count + 1:02d}",
                member_id=member.id, product_id=product.id, petition_id=petition.id, status=APPROVED,
                purpose=a.purpose, principal=to_minor(a.amount, cur), currency=cur.code,
                annual_rate=str(a.rate), months=a.months, method=a.method.value,
                day_count=terms.day_count.value, rounding=terms.rounding,
                multiple=to_minor(terms.multiple, cur), grace_principal=a.grace_principal,
                insurance_rate=str(terms.insurance_rate),
                late_rate=str(late_rate_of(rules.late_rate, a.rate, cap)), fees=to_minor(terms.fees, cur),
                business_days=rules.business_days, allocation=",".join(rules.allocation))
    uow.session.add(loan)
    uow.session.flush()
    uow.audit("loan.approve", "loan", loan.id, member=member.id, amount=str(a.amount))


def _loan(uow: UnitOfWork, loan_id: int, *, lock: bool = False) -> Loan:
    q = select(Loan).where(Loan.id == loan_id)
    loan = uow.session.execute(q.with_for_update() if lock else q).scalar_one_or_none()
    if loan is None:
        raise NotFound(Msg.of(N_("Loan {id} does not exist."), id=loan_id))
    return loan


def _open_loan_account(uow: UnitOfWork, loan: Loan, member: Member) -> Account:
    profile = uow.profile()
    acc = Account(number=loan.number, name=PRODUCT_LABELS[Product.LOAN], kind="member",
                  product=Product.LOAN.value, normal_side=NORMAL_SIDE[Product.LOAN],
                  chart_code=profile.member_chart[Product.LOAN], currency=loan.currency,
                  branch_id=member.branch_id, member_id=member.id, status="active",
                  allow_negative=False, balance=0, held=0, postings=0, opened_on=uow.business_date())
    uow.session.add(acc)
    uow.session.flush()
    uow.session.add(AccountHolder(account_id=acc.id, member_id=member.id, role="holder",
                                  since=uow.business_date()))
    uow.audit("account.open", "account", acc.id, product=Product.LOAN.value, member=member.id)
    return acc


def _destination(uow: UnitOfWork, member: Member, destination: str, savings_account_id: int | None,
                 amount: Decimal, override: Override | None) -> Account:
    if destination == "savings":
        acc = uow.session.get(Account, savings_account_id) if savings_account_id else None
        if acc is None or acc.member_id != member.id or acc.product != Product.SAVINGS.value \
                or acc.status != "active":
            raise invalid("account", N_("Choose one of the member's savings accounts."))
        return acc
    if destination == "transfer":
        if not member.bank_account:
            raise invalid("destination", N_("The member has no external account registered."))
        return accounts.internal(uow, Product.CLEARING)
    if destination == "cash":
        _ds, drawer_acc = drawer.require_open(uow)
        checks = cash_ops.cash_checks(uow, amount, member.id, settings.values(uow), into_drawer=False)
        if checks.refusal is not None:
            raise Conflict(checks.refusal)
        if checks.needs_override:
            if override is None:
                raise invalid("override", N_("A supervisor must approve this much cash at the counter."))
            petition = petitions.file_in(uow, cash_ops.OVERRIDE, {
                "operation": "loan_disbursement", "account": member.number, "amount": str(amount)}, member.id)
            petitions.on_the_spot(uow, petition, override.username, override.password)
        return drawer_acc
    raise invalid("destination", N_("Disburse into a savings account, by transfer or in cash."))


@dataclass(frozen=True)
class Disbursement:
    loan_id: int
    number: str
    entry_id: int
    receipt: str
    paid_out: Decimal
    fee: Decimal
    schedule: Schedule


def disburse(ledger: Ledger, actor: Actor, loan_id: int, destination: str,
             savings_account_id: int | None = None, override: Override | None = None) -> Disbursement:
    """Fix the schedule from today and pay the principal out, less the opening fee."""
    with UnitOfWork(ledger, actor, Permission.POST) as uow:
        loan = _loan(uow, loan_id, lock=True)
        if loan.status != APPROVED:
            raise Conflict(Msg.of(N_("Loan {number} is {status}: only an approved loan is disbursed."),
                                  number=loan.number, status=loan.status))
        member = _member(uow, loan.member_id)
        if member.status != "active":
            raise Conflict(Msg.of(N_("Only an active member can borrow (this one is {status})."),
                                  status=member.status))
        today = uow.business_date()
        terms = loan_terms(loan, today)
        schedule = _build(terms, roll_of(uow, loan.business_days))
        cur = terms.currency
        paid_out = terms.principal - terms.fees
        target = _destination(uow, member, destination, savings_account_id, paid_out, override)
        loan_acc = _open_loan_account(uow, loan, member)
        title = N_("Loan disbursement")
        lines = [Line(loan_acc.id, terms.principal, title), Line(target.id, -paid_out, title)]
        if terms.fees:
            lines.append(Line(accounts.internal(uow, Product.FEE_INCOME).id, -terms.fees, "Opening fee"))
        posted = ledger_svc.post(uow, kind=f"loan.disburse.{destination}", description=title, lines=lines,
                                 idempotency_key=f"loan-{loan.id}-disburse", acted_by_member_id=member.id)
        if destination == "transfer":
            uow.session.add(OutgoingTransfer(
                entry_id=posted.entry_id, member_id=member.id, petition_id=loan.petition_id,
                amount=to_minor(paid_out, cur), currency=cur.code, beneficiary=display_name(member)[:140],
                account=member.bank_account, bank_name="", reference=f"{posted.receipt} {loan.number}"[:140],
                status="pending"))
            uow.audit("transfer.queue", "entry", posted.entry_id, member=member.id)
        loan.status, loan.account_id, loan.disbursed_on = ACTIVE, loan_acc.id, today
        loan.disbursement_entry_id = posted.entry_id
        loan.level = to_minor(schedule.level_amount, cur)
        write_installments(uow, loan, schedule)
        uow.audit("loan.disburse", "loan", loan.id, entry=posted.entry_id, destination=destination)
        uow.commit()
        return Disbursement(loan.id, loan.number, posted.entry_id, posted.receipt, paid_out, terms.fees,
                            schedule)


def cancel_approved(ledger: Ledger, actor: Actor, loan_id: int, reason: str) -> None:
    """The member gives up an approved loan before it is disbursed (a supervisor records it)."""
    if not reason.strip():
        raise invalid("reason", N_("Say why the loan is cancelled."))
    with UnitOfWork(ledger, actor, Permission.PETITION_DECIDE) as uow:
        loan = _loan(uow, loan_id, lock=True)
        if loan.status != APPROVED:
            raise Conflict(Msg.of(N_("Only an approved loan not yet disbursed can be cancelled.")))
        loan.status, loan.closed_on = CANCELLED, uow.business_date()
        uow.audit("loan.cancel", "loan", loan.id, reason=reason.strip()[:200])
        uow.commit()


petitions.register(APPLY, petitions.KindSpec(N_("Loan application"), _describe, _approve))
