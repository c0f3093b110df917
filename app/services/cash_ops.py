"""Cash deposits and withdrawals on a savings account at the counter.

preview_*: what would happen (fees, taxes, resulting balance, limits, anti-money-laundering),
writing nothing. deposit/withdraw: the same checks again under locks, then one entry with the
operation, its fee and its VAT, moving the teller's drawer.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal

from sqlalchemy import func, select

from ..domain.cash import CashLimits, LimitVerdict, needs_funds_declaration, spanish_cash_refusal
from ..domain.fees import charges
from ..domain.messages import Msg, N_
from ..domain.money import currency, from_minor
from ..domain.permissions import Permission
from ..domain.profiles import Product
from ..models import (Account, AccountHolder, Entry, FundsDeclaration, Member, Posting,
                      Representative)
from . import accounts, drawer, ledger as ledger_svc, petitions, settings
from .context import Actor, Ledger, UnitOfWork
from .errors import Conflict, InsufficientFunds, NotFound, PermissionDenied, invalid
from .ledger import Line
from .members import display_name
from .operations import OperationPreview, OperationResult, Override, PreviewLine

DEPOSIT, WITHDRAWAL = "cash_deposit", "cash_withdrawal"
OVERRIDE = "cash.override"
ACTING_ROLES = ("holder", "joint_holder", "authorised", "representative")
CASH_KINDS = (DEPOSIT, WITHDRAWAL)
# Cash that crosses the counter for a member, counted for the origin-of-funds threshold and the
# monthly report (loans move cash too).
CASH_REPORTED = CASH_KINDS + ("loan.repay.cash", "loan.disburse.cash")
NOT_ENOUGH = N_("The available balance is {available}: not enough for {total}.")


@dataclass(frozen=True)
class CashRequest:
    account_id: int
    amount: Decimal
    acting_member_id: int
    funds_origin: str = ""
    override: Override | None = None


def _check_amount(amount: object) -> Decimal:
    if not isinstance(amount, Decimal) or not amount.is_finite():
        raise invalid("amount", N_("Type an amount."))
    if amount <= 0:
        raise invalid("amount", N_("The amount must be greater than zero."))
    return amount


def _cash_last_30_days(uow: UnitOfWork, member_id: int) -> Decimal:
    since = uow.business_date() - timedelta(days=30)
    cur = currency(uow.institution().currency)
    total = uow.session.execute(
        select(func.coalesce(func.sum(func.abs(Posting.amount)), 0))
        .join(Entry, Entry.id == Posting.entry_id).join(Account, Account.id == Posting.account_id)
        .where(Entry.acted_by_member_id == member_id, Entry.kind.in_(CASH_REPORTED),
               Entry.business_date > since, Account.product == Product.CASH_DRAWER.value,
               Entry.reverses_entry_id.is_(None))).scalar_one()
    return from_minor(total, cur)


@dataclass(frozen=True)
class CashChecks:
    """What the cash rules say of an amount of cash crossing the counter."""
    warnings: list[Msg]
    needs_override: bool
    needs_declaration: bool
    refusal: Msg | None


def cash_checks(uow: UnitOfWork, amount: Decimal, acting_id: int, cfg: dict, *,
                into_drawer: bool) -> CashChecks:
    """The Spanish cash-payment limit, the teller's soft and hard limits, Ecuador's
    origin-of-funds threshold (alone or over 30 days) and, for cash coming in, the drawer's
    ceiling: shared by every operation that moves cash at the counter."""
    refusal = spanish_cash_refusal(amount, cfg["spanish_cash_limit"], cfg["spanish_cash_limit_on"])
    warnings: list[Msg] = []
    limits = CashLimits(cfg["cash_soft_limit"], cfg["cash_hard_limit"], cfg["drawer_ceiling"])
    verdict = limits.verdict(amount)
    if verdict == LimitVerdict.WARN:
        warnings.append(Msg.of(N_("Above the teller's usual limit of {limit}: check the cash twice."),
                               limit=limits.soft))
    needs_override = verdict == LimitVerdict.OVERRIDE
    if needs_override:
        warnings.append(Msg.of(N_("Above the limit of {limit}: a supervisor must approve."),
                               limit=limits.hard))
    declaration = False
    threshold = cfg["aml_threshold"]
    if threshold and needs_funds_declaration(amount, _cash_last_30_days(uow, acting_id), threshold):
        declaration = needs_override = True
        warnings.append(Msg.of(N_("Cash of {threshold} or more in 30 days: the member declares the "
                                  "origin of the funds and a supervisor approves. It will be "
                                  "reported to the financial intelligence unit."), threshold=threshold))
    if into_drawer:
        ds = drawer.open_session(uow)
        if ds is not None:
            drawer_acc = uow.session.get(Account, ds.account_id)
            if from_minor(drawer_acc.balance, currency(drawer_acc.currency)) + amount > limits.drawer_ceiling:
                warnings.append(Msg.of(N_("The drawer will hold more than {ceiling}: move cash to "
                                          "the vault after this operation."), ceiling=limits.drawer_ceiling))
    return CashChecks(warnings, needs_override, declaration, refusal)


def acting_role(uow: UnitOfWork, acc: Account, acting_member_id: int) -> str:
    """How the person at the counter may act on `acc` (holder, authorised, representative of
    the organisation that holds it...); PermissionDenied when they may not."""
    role = uow.session.execute(select(AccountHolder.role).where(
        AccountHolder.account_id == acc.id, AccountHolder.member_id == acting_member_id,
        AccountHolder.until.is_(None))).scalar_one_or_none()
    if role is None and uow.session.execute(select(Representative.id).where(
            Representative.organisation_id == acc.member_id,
            Representative.person_id == acting_member_id,
            Representative.until.is_(None))).first():
        role = "representative"          # acts for the organisation that holds the account
    if role not in ACTING_ROLES:
        raise PermissionDenied(Msg.of(N_("This person is neither a holder nor authorised on "
                                         "account {number}."), number=acc.number))
    return role


def _plan(uow: UnitOfWork, op: str, req: CashRequest) -> tuple[OperationPreview, Account, Member]:
    amount = _check_amount(req.amount)
    acc = uow.session.get(Account, req.account_id)
    if acc is None or acc.kind != "member":
        raise NotFound(Msg.of(N_("Account {id} does not exist."), id=req.account_id))
    if acc.product != Product.SAVINGS.value:
        raise invalid("account", N_("Cash deposits and withdrawals are for savings accounts."))
    if acc.status != "active":
        raise Conflict(Msg.of(N_("Account {number} is {status}."), number=acc.number, status=acc.status))
    acting_role(uow, acc, req.acting_member_id)
    owner = uow.session.get(Member, acc.member_id)
    acting = uow.session.get(Member, req.acting_member_id)
    cur = currency(acc.currency)
    cfg = settings.values(uow)
    ch = charges(settings.fee_rule(uow, op), amount, cfg["vat_rate"], cur, cfg["rounding"])
    booked = from_minor(acc.balance, cur)
    available = from_minor(acc.balance - acc.held, cur)
    if op == DEPOSIT:
        after = booked + amount - ch.total
        lines = [PreviewLine(Msg.of(N_("Cash received")), amount)]
    else:
        after = booked - amount - ch.total
        lines = [PreviewLine(Msg.of(N_("Cash paid out")), amount)]
    if ch.fee:
        lines.append(PreviewLine(Msg.of(N_("Fee")), ch.fee))
    if ch.vat:
        lines.append(PreviewLine(Msg.of(N_("VAT on the fee")), ch.vat))
    warnings: list[Msg] = []
    refusal = None
    if op == WITHDRAWAL and amount + ch.total > available:
        refusal = Msg.of(NOT_ENOUGH, available=available, total=amount + ch.total)
    if op == DEPOSIT and amount <= ch.total:
        refusal = Msg.of(N_("The fees are larger than the deposit."))
    checks = cash_checks(uow, amount, acting.id, cfg, into_drawer=op == DEPOSIT)
    warnings += checks.warnings
    refusal = refusal or checks.refusal
    needs_override, declaration = checks.needs_override, checks.needs_declaration
    title = Msg.of(N_("Cash deposit")) if op == DEPOSIT else Msg.of(N_("Cash withdrawal"))
    preview = OperationPreview(op, title, acc.number, display_name(owner), display_name(acting),
                               amount, ch.fee, ch.vat, after, acc.currency, tuple(lines),
                               tuple(warnings), needs_override, declaration, refusal)
    return preview, acc, acting


def authorise(uow: UnitOfWork, plan: OperationPreview, override: Override | None,
              funds_origin: str, acting_id: int, payload: dict) -> None:
    """Before posting cash: the declaration the plan asks for is written, and a supervisor on
    the spot approves what is over the limit (a petition filed and approved in this unit)."""
    if plan.needs_declaration and not funds_origin.strip():
        raise invalid("funds_origin", N_("Write where the money comes from (the member's "
                                         "declaration)."))
    if plan.needs_override:
        if override is None:
            raise PermissionDenied(Msg.of(N_("A supervisor must approve this operation at "
                                             "the counter.")))
        petition = petitions.file_in(uow, OVERRIDE, payload, acting_id)
        petitions.on_the_spot(uow, petition, override.username, override.password)


def declare(uow: UnitOfWork, plan: OperationPreview, entry_id: int, acting_id: int,
            funds_origin: str) -> None:
    """The member's origin-of-funds declaration, kept with the entry (for the monthly report)."""
    if plan.needs_declaration:
        uow.session.add(FundsDeclaration(entry_id=entry_id, member_id=acting_id,
                                         origin=funds_origin.strip()[:2000]))
        uow.audit("funds_declaration.add", "entry", entry_id, member=acting_id)


def preview(ledger: Ledger, actor: Actor, op: str, req: CashRequest) -> OperationPreview:
    with UnitOfWork(ledger, actor, Permission.POST, read_only=True) as uow:
        return _plan(uow, op, req)[0]


def execute(ledger: Ledger, actor: Actor, op: str, req: CashRequest,
            idempotency_key: str) -> OperationResult:
    """Post the operation. Refusals, a missing drawer, a missing override or declaration raise;
    nothing is written then. The same key posts once."""
    if op not in CASH_KINDS:
        raise invalid("kind", N_("Unknown operation {kind}."), kind=op)
    with UnitOfWork(ledger, actor, Permission.POST) as uow:
        if (done := ledger_svc.existing(uow, idempotency_key)) is not None:
            return OperationResult(done.entry_id, done.receipt, _plan(uow, op, req)[0], True)
        ds, drawer_acc = drawer.require_open(uow)
        ledger_svc.lock_accounts(uow, [req.account_id, drawer_acc.id])
        plan, acc, acting = _plan(uow, op, req)
        if plan.refusal is not None:
            raise (InsufficientFunds if plan.refusal.text == NOT_ENOUGH else Conflict)(plan.refusal)
        authorise(uow, plan, req.override, req.funds_origin, acting.id,
                  {"operation": op, "account": acc.number, "amount": str(plan.amount)})
        fee_income = accounts.internal(uow, Product.FEE_INCOME)
        tax = accounts.internal(uow, Product.TAX_PAYABLE)
        if op == DEPOSIT:
            lines = [Line(drawer_acc.id, plan.amount), Line(acc.id, -plan.amount, "Cash deposit")]
        else:
            lines = [Line(acc.id, plan.amount, "Cash withdrawal"), Line(drawer_acc.id, -plan.amount)]
        if plan.fee:
            lines += [Line(acc.id, plan.fee, "Fee"), Line(fee_income.id, -plan.fee)]
        if plan.vat:
            lines += [Line(acc.id, plan.vat, "VAT"), Line(tax.id, -plan.vat)]
        posted = ledger_svc.post(uow, kind=op, description=plan.title.text, lines=lines,
                                 idempotency_key=idempotency_key, acted_by_member_id=acting.id)
        declare(uow, plan, posted.entry_id, acting.id, req.funds_origin)
        uow.commit()
        return OperationResult(posted.entry_id, posted.receipt, plan)


def _describe_override(uow: UnitOfWork, petition) -> list[Msg]:  # noqa: ANN001
    p = petition.payload
    text = {DEPOSIT: N_("Allow a cash deposit of {amount} on account {account} above the "
                        "teller's limit."),
            WITHDRAWAL: N_("Allow a cash withdrawal of {amount} on account {account} above the "
                           "teller's limit.")}.get(
        p["operation"], N_("Allow a cash contribution of {amount} to account {account} above the "
                           "teller's limit."))
    return [Msg.of(text, amount=Decimal(p["amount"]), account=p["account"])]


def _noop(uow: UnitOfWork, petition) -> None:  # noqa: ANN001
    """The operation itself posts in the same transaction, right after the approval."""


petitions.register(OVERRIDE, petitions.KindSpec(N_("Cash over the limit"), _describe_override, _noop))
