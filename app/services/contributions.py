"""Capital contributions at the counter: the mandatory one first (it makes an applicant an active
member), voluntary ones after; paid in cash through the teller's drawer (the cash rules apply) or,
in profiles with savings, from the member's savings account. The capital section of the member
file reads `capital_summary`.

Where the capital lives: the Spanish profile keeps a mandatory and a voluntary capital account per
member; the Ecuadorian one keeps one account of contribution certificates, and the entry kind says
which part each movement belongs to (capital.mandatory.* / capital.voluntary.*).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select

from ..domain.contributions import (ENTRY_KINDS, KIND_LABELS, Kind, Source, contribution_refusal,
                                    next_kind)
from ..domain.messages import Msg, N_
from ..domain.money import currency, from_minor, to_minor
from ..domain.permissions import Permission
from ..domain.profiles import Product
from ..models import Account, Branch, Collection, Entry, Member, Posting, SepaMandate
from . import accounts, cash_ops, drawer, ledger as ledger_svc, settings
from .context import Actor, Ledger, UnitOfWork
from .errors import Conflict, InsufficientFunds, NotFound, invalid
from .ledger import Line, receipt_label
from .members import _record, display_name
from .operations import OperationPreview, OperationResult, Override, PreviewLine

OPERATION = "capital_contribution"
CAPITAL_PRODUCTS = (Product.CAPITAL_MANDATORY.value, Product.CAPITAL_VOLUNTARY.value, Product.CAPITAL.value)


@dataclass(frozen=True)
class ContributionRequest:
    member_id: int
    kind: Kind
    amount: Decimal
    source: Source
    acting_member_id: int
    savings_account_id: int | None = None
    funds_origin: str = ""
    override: Override | None = None


@dataclass(frozen=True)
class CapitalMovement:
    entry_id: int
    business_date: date
    receipt: str
    part: Kind
    kind: str                  # the entry kind
    amount: Decimal            # positive in, negative out


@dataclass(frozen=True)
class CapitalSummary:
    member_id: int
    currency: str
    mandatory: Decimal
    voluntary: Decimal
    mandatory_amount: Decimal   # what the profile asks for
    next_kind: Kind
    movements: tuple[CapitalMovement, ...]   # newest first

    @property
    def total(self) -> Decimal:
        return self.mandatory + self.voluntary


def _capital_accounts(uow: UnitOfWork, member_id: int) -> list[Account]:
    return list(uow.session.execute(select(Account).where(
        Account.member_id == member_id, Account.product.in_(CAPITAL_PRODUCTS),
        Account.status == "active").order_by(Account.id)).scalars())


def _part_of(acc: Account, entry_kind: str) -> Kind:
    if acc.product == Product.CAPITAL_MANDATORY.value:
        return Kind.MANDATORY
    if acc.product == Product.CAPITAL_VOLUNTARY.value:
        return Kind.VOLUNTARY
    return Kind.MANDATORY if entry_kind.startswith("capital.mandatory") else Kind.VOLUNTARY


def _movements(uow: UnitOfWork, accs: list[Account]) -> list[CapitalMovement]:
    if not accs:
        return []
    by_id = {a.id: a for a in accs}
    rows = uow.session.execute(
        select(Posting.account_id, Posting.amount, Entry.id, Entry.business_date, Entry.kind,
               Entry.receipt_year, Entry.receipt_no, Branch.code)
        .join(Entry, Entry.id == Posting.entry_id).join(Branch, Branch.id == Entry.branch_id)
        .where(Posting.account_id.in_(by_id)).order_by(Posting.id.desc())).all()
    out = []
    for account_id, amount, entry_id, day, kind, year, number, code in rows:
        acc = by_id[account_id]
        out.append(CapitalMovement(entry_id, day, receipt_label(code, year, number), _part_of(acc, kind),
                                   kind, from_minor(-amount, currency(acc.currency))))
    return out


def _summary(uow: UnitOfWork, member: Member) -> CapitalSummary:
    accs = _capital_accounts(uow, member.id)
    cur = currency(uow.institution().currency)
    moves = _movements(uow, accs)
    mandatory = sum((m.amount for m in moves if m.part == Kind.MANDATORY), Decimal(0)).quantize(cur.quantum)
    voluntary = sum((m.amount for m in moves if m.part == Kind.VOLUNTARY), Decimal(0)).quantize(cur.quantum)
    required = settings.values(uow)["mandatory_contribution"]
    return CapitalSummary(member.id, cur.code, mandatory, voluntary, required, next_kind(mandatory),
                          tuple(moves))


def capital_summary(ledger: Ledger, actor: Actor, member_id: int) -> CapitalSummary:
    with UnitOfWork(ledger, actor, Permission.READ, read_only=True) as uow:
        member = uow.session.get(Member, member_id)
        if member is None:
            raise NotFound(Msg.of(N_("Member {id} does not exist."), id=member_id))
        return _summary(uow, member)


def _target(accs: list[Account], kind: Kind) -> Account:
    wanted = {Kind.MANDATORY: Product.CAPITAL_MANDATORY.value, Kind.VOLUNTARY: Product.CAPITAL_VOLUNTARY.value}
    for acc in accs:
        if acc.product in (wanted[kind], Product.CAPITAL.value):
            return acc
    raise Conflict(Msg.of(N_("This member has no open capital account.")))


def _plan(uow: UnitOfWork, req: ContributionRequest) -> tuple[OperationPreview, Account, Account | None, Member]:
    amount = cash_ops._check_amount(req.amount)
    member = uow.session.get(Member, req.member_id)
    if member is None:
        raise NotFound(Msg.of(N_("Member {id} does not exist."), id=req.member_id))
    try:
        kind, source = Kind(req.kind), Source(req.source)
    except ValueError:
        raise invalid("kind", N_("Choose a mandatory or a voluntary contribution, in cash or from "
                                 "savings.")) from None
    summary = _summary(uow, member)
    accs = _capital_accounts(uow, member.id)
    target = _target(accs, kind)
    cash_ops.acting_role(uow, target, req.acting_member_id)
    acting = uow.session.get(Member, req.acting_member_id)
    cfg = settings.values(uow)
    cur = currency(target.currency)
    refusal = contribution_refusal(member.status, kind, amount, summary.mandatory,
                                   summary.mandatory_amount)
    warnings: list[Msg] = []
    needs_override = declaration = False
    savings: Account | None = None
    if source == Source.SEPA:
        if uow.profile().country != "ES":
            raise invalid("source", N_("Direct debits (SEPA) are for the Spanish profile."))
        active_mandate(uow, member.id)
        lines = [PreviewLine(Msg.of(N_("Direct debit from {account}"), account=member.bank_account), amount)]
    elif source == Source.CASH:
        checks = cash_ops.cash_checks(uow, amount, acting.id, cfg, into_drawer=True)
        warnings += checks.warnings
        refusal = refusal or checks.refusal
        needs_override, declaration = checks.needs_override, checks.needs_declaration
        lines = [PreviewLine(Msg.of(N_("Cash received")), amount)]
    else:
        if Product.SAVINGS not in uow.profile().default_products:
            raise invalid("source", N_("This institution has no savings accounts: take the "
                                       "contribution in cash."))
        savings = uow.session.get(Account, req.savings_account_id) if req.savings_account_id else None
        if savings is None or savings.member_id != member.id or savings.product != Product.SAVINGS.value:
            raise invalid("account", N_("Choose one of the member's savings accounts."))
        cash_ops.acting_role(uow, savings, req.acting_member_id)
        available = from_minor(savings.balance - savings.held, cur)
        if refusal is None and amount > available:
            refusal = Msg.of(cash_ops.NOT_ENOUGH, available=available, total=amount)
        lines = [PreviewLine(Msg.of(N_("From savings account {number}"), number=savings.number), amount)]
    if kind == Kind.MANDATORY and member.status == "applicant":
        warnings.append(Msg.of(N_("Paying it makes {name} an active member."), name=display_name(member)))
    after = (summary.mandatory if kind == Kind.MANDATORY else summary.voluntary) + amount
    preview = OperationPreview(OPERATION, Msg.of(KIND_LABELS[kind]), target.number,
                               display_name(member), display_name(acting), amount, Decimal(0),
                               Decimal(0), after.quantize(cur.quantum), target.currency, tuple(lines),
                               tuple(warnings), needs_override, declaration, refusal)
    return preview, target, savings, acting


def preview(ledger: Ledger, actor: Actor, req: ContributionRequest) -> OperationPreview:
    with UnitOfWork(ledger, actor, Permission.POST, read_only=True) as uow:
        return _plan(uow, req)[0]


def execute(ledger: Ledger, actor: Actor, req: ContributionRequest, idempotency_key: str) -> OperationResult:
    """Post the contribution; refusals raise and nothing is written. The same key posts once."""
    with UnitOfWork(ledger, actor, Permission.POST) as uow:
        result = execute_in(uow, req, idempotency_key)
        uow.commit()
        return result


def execute_in(uow: UnitOfWork, req: ContributionRequest, idempotency_key: str) -> OperationResult:
    """The contribution inside the caller's unit of work (the counter, or the end of day's
    periodic contributions); the caller commits."""
    uow.require(Permission.POST)
    if (done := ledger_svc.existing(uow, idempotency_key)) is not None:
        return OperationResult(done.entry_id, done.receipt, _plan(uow, req)[0], True)
    source = Source(req.source)
    if source == Source.CASH:
        _ds, source_acc = drawer.require_open(uow)
        ledger_svc.lock_accounts(uow, [source_acc.id])
    plan, target, savings, acting = _plan(uow, req)
    ledger_svc.lock_accounts(uow, [target.id] + ([savings.id] if savings else []))
    if plan.refusal is not None:
        raise (InsufficientFunds if plan.refusal.text == cash_ops.NOT_ENOUGH else Conflict)(plan.refusal)
    kind = Kind(req.kind)
    mandate = None
    if source == Source.CASH:
        cash_ops.authorise(uow, plan, req.override, req.funds_origin, acting.id,
                           {"operation": OPERATION, "account": target.number, "amount": str(plan.amount)})
    elif source == Source.SAVINGS:
        source_acc = savings
    else:
        mandate = active_mandate(uow, req.member_id)
        source_acc = accounts.internal(uow, Product.CLEARING)
    posted = ledger_svc.post(uow, kind=ENTRY_KINDS[(kind, source)], description=plan.title.text,
                             # the capital line first: the receipt shows the capital account
                             lines=[Line(target.id, -plan.amount, plan.title.text),
                                    Line(source_acc.id, plan.amount)],
                             idempotency_key=idempotency_key, acted_by_member_id=acting.id)
    if source == Source.CASH:
        cash_ops.declare(uow, plan, posted.entry_id, acting.id, req.funds_origin)
    if mandate is not None:
        cur = currency(target.currency)
        uow.session.add(Collection(entry_id=posted.entry_id, member_id=req.member_id, mandate_id=mandate.id,
                                   capital_account_id=target.id, amount=to_minor(plan.amount, cur),
                                   currency=cur.code, due_date=uow.business_date(), status="pending"))
        uow.audit("collection.queue", "entry", posted.entry_id, member=req.member_id)
    notices: tuple[Msg, ...] = ()
    member = uow.session.get(Member, req.member_id)
    if kind == Kind.MANDATORY and member.status == "applicant":
        _record(uow, member, "status", member.status, "active")
        member.status = "active"
        uow.audit("member.status", "member", member.id, status="active", entry=posted.entry_id)
        notices = (Msg.of(N_("{name} is now an active member."), name=display_name(member)),)
    return OperationResult(posted.entry_id, posted.receipt, plan, notices=notices)


def active_mandate(uow: UnitOfWork, member_id: int) -> SepaMandate:
    """The member's active SEPA mandate for their registered external account."""
    member = uow.session.get(Member, member_id)
    mandate = uow.session.execute(select(SepaMandate).where(
        SepaMandate.member_id == member_id, SepaMandate.status == "active",
        SepaMandate.iban == member.bank_account).order_by(SepaMandate.id.desc())).scalars().first()
    if mandate is None:
        raise Conflict(Msg.of(N_("The member has no signed SEPA mandate for their external account: "
                                 "register it first.")))
    return mandate
