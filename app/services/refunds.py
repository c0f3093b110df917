"""Refunds of voluntary capital: always a petition that a supervisor other than the maker approves;
the approval posts the refund in the same transaction. The money goes to the member's registered
external account (posted to clearing and left for the next transfer file) or, where the profile
has savings, to one of the member's savings accounts. A refund never exceeds the refundable
voluntary capital, counting the other refunds still waiting. The mandatory contribution is only
refunded when the member leaves (the leaving petition settles it)."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select

from ..domain.messages import Msg, N_
from ..domain.money import currency, to_minor
from ..domain.permissions import Permission
from ..domain.profiles import Product
from ..models import Account, Member, OutgoingTransfer, Petition
from . import accounts, cash_ops, ledger as ledger_svc, petitions
from .context import Actor, Ledger, UnitOfWork
from .contributions import _capital_accounts, _summary
from .errors import Conflict, NotFound, invalid
from .ledger import Line
from .members import display_name

REFUND = "capital.refund"
TRANSFER, SAVINGS = "transfer", "savings"
DESTINATIONS = (TRANSFER, SAVINGS)


@dataclass(frozen=True)
class RefundRequest:
    member_id: int
    amount: Decimal
    destination: str                  # TRANSFER or SAVINGS
    savings_account_id: int | None = None
    reason: str = ""
    otp_code: str | None = None       # the member's authenticator code, when they have one


@dataclass(frozen=True)
class Refundable:
    voluntary: Decimal
    pending: Decimal                  # other refunds waiting for approval
    currency: str

    @property
    def available(self) -> Decimal:
        return max(Decimal(0), self.voluntary - self.pending)


def _pending_refunds(uow: UnitOfWork, member_id: int, except_id: int | None = None) -> Decimal:
    rows = uow.session.execute(select(Petition).where(
        Petition.kind == REFUND, Petition.member_id == member_id,
        Petition.status == petitions.PENDING)).scalars()
    return sum((Decimal(p.payload["amount"]) for p in rows if p.id != except_id), Decimal(0))


def _refundable(uow: UnitOfWork, member: Member, except_id: int | None = None) -> Refundable:
    summary = _summary(uow, member)
    return Refundable(summary.voluntary, _pending_refunds(uow, member.id, except_id), summary.currency)


def refundable(ledger: Ledger, actor: Actor, member_id: int) -> Refundable:
    with UnitOfWork(ledger, actor, Permission.READ, read_only=True) as uow:
        return _refundable(uow, _member(uow, member_id))


def _member(uow: UnitOfWork, member_id: int) -> Member:
    member = uow.session.get(Member, member_id)
    if member is None:
        raise NotFound(Msg.of(N_("Member {id} does not exist."), id=member_id))
    return member


def _savings_of(uow: UnitOfWork, member: Member, account_id: int | None) -> Account:
    if Product.SAVINGS not in uow.profile().default_products:
        raise invalid("destination", N_("This institution has no savings accounts: refund to the "
                                        "member's external account."))
    acc = uow.session.get(Account, account_id) if account_id else None
    if acc is None or acc.member_id != member.id or acc.product != Product.SAVINGS.value \
            or acc.status != "active":
        raise invalid("account", N_("Choose one of the member's savings accounts."))
    return acc


def request_refund(ledger: Ledger, actor: Actor, req: RefundRequest) -> petitions.PetitionView:
    """File the refund petition (nothing moves until a supervisor approves it)."""
    amount = cash_ops._check_amount(req.amount)
    if req.destination not in DESTINATIONS:
        raise invalid("destination", N_("Refund to the external account or to a savings account."))
    with UnitOfWork(ledger, actor, Permission.PETITION_FILE) as uow:
        member = _member(uow, req.member_id)
        if member.status != "active":
            raise Conflict(Msg.of(N_("Only an active member's voluntary capital is refunded; "
                                     "leaving membership settles the rest.")))
        payload: dict = {"amount": str(amount), "destination": req.destination,
                         "reason": req.reason.strip()[:500]}
        if req.destination == TRANSFER:
            if not member.bank_account:
                raise invalid("destination", N_("The member has no registered external account: "
                                                "register it first (Change bank account)."))
            payload |= {"account": member.bank_account, "bank_name": member.bank_name}
        else:
            payload["savings_account_id"] = _savings_of(uow, member, req.savings_account_id).id
        room = _refundable(uow, member)
        if amount > room.available:
            raise invalid("amount", N_("At most {available} of voluntary capital can be refunded "
                                       "(voluntary capital {voluntary}, other refunds waiting "
                                       "{pending})."), available=room.available,
                          voluntary=room.voluntary, pending=room.pending)
        petition = petitions.file_for_member(uow, REFUND, payload, member.id, req.otp_code)
        uow.commit()
        return petitions._view(uow, petition)


def _describe(uow: UnitOfWork, petition: Petition) -> list[Msg]:
    p = petition.payload
    amount = Decimal(p["amount"])
    if p["destination"] == TRANSFER:
        out = [Msg.of(N_("Refund {amount} of voluntary capital by transfer to the external account "
                         "{account}."), amount=amount, account=p["account"])]
    else:
        acc = uow.session.get(Account, p["savings_account_id"])
        out = [Msg.of(N_("Refund {amount} of voluntary capital to savings account {account}."),
                      amount=amount, account=acc.number if acc else "?")]
    member = uow.session.get(Member, petition.member_id)
    room = _refundable(uow, member, except_id=petition.id)
    out.append(Msg.of(N_("Voluntary capital now {voluntary}; other refunds waiting {pending}."),
                      voluntary=room.voluntary, pending=room.pending))
    if p.get("reason"):
        out.append(Msg.of(N_("The member's reason: {reason}"), reason=p["reason"]))
    return out


def _execute(uow: UnitOfWork, petition: Petition) -> None:
    p = petition.payload
    member = _member(uow, petition.member_id)
    amount = Decimal(p["amount"])
    capital = next((a for a in _capital_accounts(uow, member.id)
                    if a.product in (Product.CAPITAL_VOLUNTARY.value, Product.CAPITAL.value)), None)
    if capital is None:
        raise Conflict(Msg.of(N_("This member has no open capital account.")))
    ledger_svc.lock_accounts(uow, [capital.id])
    room = _refundable(uow, member, except_id=petition.id)
    if amount > room.available:
        raise Conflict(Msg.of(N_("The voluntary capital is now {voluntary}: it no longer covers "
                                 "this refund of {amount}."), voluntary=room.voluntary, amount=amount))
    if p["destination"] == TRANSFER:
        target = accounts.internal(uow, Product.CLEARING)
        kind, title = "capital.refund.transfer", N_("Refund of voluntary capital by transfer")
    else:
        target = _savings_of(uow, member, p["savings_account_id"])
        kind, title = "capital.refund.savings", N_("Refund of voluntary capital to savings")
    posted = ledger_svc.post(uow, kind=kind, description=title,
                             lines=[Line(capital.id, amount, title), Line(target.id, -amount)],
                             idempotency_key=f"petition-{petition.id}", acted_by_member_id=member.id)
    if p["destination"] == TRANSFER:
        uow.session.add(OutgoingTransfer(
            entry_id=posted.entry_id, member_id=member.id, petition_id=petition.id,
            amount=to_minor(amount, currency(capital.currency)), currency=capital.currency,
            beneficiary=display_name(member)[:140], account=p["account"],
            bank_name=p.get("bank_name", ""), reference=f"{posted.receipt} {title}"[:140],
            status="pending"))
        uow.session.flush()
        uow.audit("transfer.queue", "entry", posted.entry_id, member=member.id)


petitions.register(REFUND, petitions.KindSpec(N_("Refund of voluntary capital"), _describe, _execute))
