"""Leaving membership: a petition for an active member (who is "leaving" while it waits), which a
supervisor other than the maker approves. Approval settles everything in the same transaction:
the mandatory and the voluntary capital and any savings balance go to the member's registered
external account (posted to clearing, queued for the next transfer file), every account is
closed and the member is marked as left. It is refused while refunds are waiting, money is held,
a loan is outstanding, or a card is not cancelled (a credit card settled first)."""
from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select

from ..domain.messages import Msg, N_
from ..domain.money import currency, from_minor, to_minor
from ..domain.permissions import Permission
from ..domain.profiles import Product
from ..models import Loan, Account, Member, OutgoingTransfer, Petition
from . import accounts, cards, ledger as ledger_svc, petitions
from .context import Actor, Ledger, UnitOfWork
from .errors import Conflict, NotFound, invalid
from .ledger import Line
from .members import _record, display_name
from .refunds import REFUND

LEAVE = "member.leave"
SETTLED_PRODUCTS = (Product.CAPITAL_MANDATORY.value, Product.CAPITAL_VOLUNTARY.value,
                    Product.CAPITAL.value, Product.SAVINGS.value)


def _member(uow: UnitOfWork, member_id: int) -> Member:
    member = uow.session.get(Member, member_id)
    if member is None:
        raise NotFound(Msg.of(N_("Member {id} does not exist."), id=member_id))
    return member


def _open_accounts(uow: UnitOfWork, member_id: int) -> list[Account]:
    return list(uow.session.execute(select(Account).where(
        Account.member_id == member_id, Account.status == "active").order_by(Account.id)).scalars())


def _blockers(uow: UnitOfWork, member: Member) -> Msg | None:
    if uow.session.execute(select(Petition.id).where(
            Petition.kind == REFUND, Petition.member_id == member.id,
            Petition.status == petitions.PENDING)).first():
        return Msg.of(N_("A refund of this member is waiting: decide it first."))
    if uow.session.execute(select(Petition.id).where(
            Petition.kind == "loan.apply", Petition.member_id == member.id,
            Petition.status == petitions.PENDING)).first():
        return Msg.of(N_("A loan application of this member is waiting: decide it first."))
    loan = uow.session.execute(select(Loan.number).where(
        Loan.member_id == member.id, Loan.status.in_(("approved", "active")))).scalars().first()
    if loan is not None:
        return Msg.of(N_("Loan {number} is not settled yet: a member with an outstanding loan "
                         "cannot leave."), number=loan)
    card = cards.open_card_in(uow, member.id)
    if card is not None:
        return Msg.of(N_("The {card} is not cancelled: cancel it first (a member with a card cannot "
                         "leave)."), card=cards.describe(card))
    for acc in _open_accounts(uow, member.id):
        if acc.held:
            return Msg.of(N_("Account {number} has money on hold: release it first."), number=acc.number)
        if acc.product not in SETTLED_PRODUCTS and acc.balance:
            return Msg.of(N_("Account {number} is not settled yet: a member with an outstanding "
                             "loan or card cannot leave."), number=acc.number)
    return None


def request_leaving(ledger: Ledger, actor: Actor, member_id: int, reason: str = "",
                    otp_code: str | None = None) -> petitions.PetitionView:
    with UnitOfWork(ledger, actor, Permission.PETITION_FILE) as uow:
        member = _member(uow, member_id)
        if member.status != "active":
            raise Conflict(Msg.of(N_("Only an active member can ask to leave (this one is {status})."),
                                  status=member.status))
        if not member.bank_account:
            raise invalid("bank_account", N_("Register the member's external account first: the "
                                             "capital is paid back to it."))
        if (blocker := _blockers(uow, member)) is not None:
            raise Conflict(blocker)
        petition = petitions.file_for_member(uow, LEAVE, {"reason": reason.strip()[:500],
                                                          "account": member.bank_account,
                                                          "bank_name": member.bank_name},
                                             member.id, otp_code)
        _record(uow, member, "status", member.status, "leaving", petition.id)
        member.status = "leaving"
        uow.audit("member.status", "member", member.id, status="leaving", petition=petition.id)
        uow.commit()
        return petitions._view(uow, petition)


def _settlement(uow: UnitOfWork, member: Member) -> list[tuple[Account, Decimal]]:
    return [(a, from_minor(a.balance, currency(a.currency))) for a in _open_accounts(uow, member.id)]


def _describe(uow: UnitOfWork, petition: Petition) -> list[Msg]:
    member = _member(uow, petition.member_id)
    out = [Msg.of(N_("{name} leaves the cooperative: every account is settled and closed."),
                  name=display_name(member))]
    total = Decimal(0)
    for acc, balance in _settlement(uow, member):
        if balance:
            out.append(Msg.of(N_("{account}: {amount} paid back"), account=acc.number, amount=balance))
            total += balance
    out.append(Msg.of(N_("{amount} in all, by transfer to the external account {account}."),
                      amount=total, account=petition.payload["account"]))
    if petition.payload.get("reason"):
        out.append(Msg.of(N_("The member's reason: {reason}"), reason=petition.payload["reason"]))
    return out


def _execute(uow: UnitOfWork, petition: Petition) -> None:
    member = _member(uow, petition.member_id)
    if (blocker := _blockers(uow, member)) is not None:
        raise Conflict(blocker)
    accs = _open_accounts(uow, member.id)
    ledger_svc.lock_accounts(uow, [a.id for a in accs])
    lines, total = [], Decimal(0)
    for acc, balance in _settlement(uow, member):
        if balance:
            lines.append(Line(acc.id, balance, "Settlement on leaving"))
            total += balance
    if total:
        clearing = accounts.internal(uow, Product.CLEARING)
        title = N_("Settlement on leaving membership")
        posted = ledger_svc.post(uow, kind="member.leave.settlement", description=title,
                                 lines=lines + [Line(clearing.id, -total)],
                                 idempotency_key=f"petition-{petition.id}", acted_by_member_id=member.id)
        cur = currency(uow.institution().currency)
        uow.session.add(OutgoingTransfer(
            entry_id=posted.entry_id, member_id=member.id, petition_id=petition.id,
            amount=to_minor(total, cur), currency=cur.code, beneficiary=display_name(member)[:140],
            account=petition.payload["account"], bank_name=petition.payload.get("bank_name", ""),
            reference=f"{posted.receipt} {title}"[:140], status="pending"))
        uow.audit("transfer.queue", "entry", posted.entry_id, member=member.id)
    for acc in accs:
        acc.status = "closed"
        uow.audit("account.close", "account", acc.id, reason="leaving")
    _record(uow, member, "status", member.status, "left", petition.id)
    member.status = "left"
    uow.audit("member.status", "member", member.id, status="left", petition=petition.id)


def _withdrawn(uow: UnitOfWork, petition: Petition) -> None:
    member = _member(uow, petition.member_id)
    if member.status == "leaving":
        _record(uow, member, "status", member.status, "active", petition.id)
        member.status = "active"
        uow.audit("member.status", "member", member.id, status="active", petition=petition.id)


petitions.register(LEAVE, petitions.KindSpec(N_("Leaving membership"), _describe, _execute, _withdrawn))


def leaving_preview(ledger: Ledger, actor: Actor, member_id: int) -> tuple[list[tuple[str, Decimal]], Decimal, Msg | None]:
    """What leaving would pay back now: (account number, balance) of each account with money,
    the total, and why it cannot be filed yet (None when it can)."""
    with UnitOfWork(ledger, actor, Permission.READ, read_only=True) as uow:
        member = _member(uow, member_id)
        rows = [(a.number, b) for a, b in _settlement(uow, member) if b]
        blocker = _blockers(uow, member)
        if blocker is None and not member.bank_account:
            blocker = Msg.of(N_("Register the member's external account first: the capital is "
                                "paid back to it."))
        return rows, sum((b for _n, b in rows), Decimal(0)), blocker
