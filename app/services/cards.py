"""Payment cards at the counter: a debit card linked to one of the member's savings accounts, or
a credit card with a limit and an account of its own for what the member will owe on it. The
teller types the number of the card handed over (or scans it); only its first 6 and last 4 digits
and a peppered token are kept, so the full number is in no table, log, audit record or document.
A card is blocked at once without any code (lost, stolen...), unblocked with the member's
authenticator code (or the signed form when they have none), and cancelled for good. Purchases,
statements and card payments come later; nothing here pretends them."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import func, select

from ..domain import cards as rules
from ..domain.cards import Kind, Status
from ..domain.errors import FieldError
from ..domain.messages import Msg, N_
from ..domain.money import currency, from_minor, to_minor
from ..domain.permissions import Permission
from ..domain.profiles import Product
from ..models import Account, Card, Member
from ..models.base import utcnow
from . import otp, outbox, vault
from .context import Actor, Ledger, UnitOfWork
from .errors import Conflict, NotFound, ValidationError, invalid
from .letterhead import Letterhead, letterhead
from .members import display_name, open_member_account

TOKEN_PURPOSE = "card-number"
MAX_CREDIT_CARDS = 10


@dataclass(frozen=True)
class CardView:
    id: int
    member_id: int
    kind: Kind
    brand: str
    number: str                  # masked: 550975XXXXXX7026
    status: Status
    block_reason: str
    account_number: str
    credit_limit: Decimal | None
    owed: Decimal | None         # credit cards: what the member owes on it
    currency: str
    expires_on: date | None
    pin_state: str               # none | temporary | set | locked
    issued_at: datetime


@dataclass(frozen=True)
class CardRequest:
    member_id: int
    kind: str
    number: str = field(repr=False)      # as typed; never stored nor printed
    expiry: str                  # MM/YY as printed
    account_id: int | None = None        # debit: the savings account it draws on
    credit_limit: Decimal | None = None  # credit: the limit


def pin_state(c: Card) -> str:
    if c.pin_locked:
        return "locked"
    if not c.pin_hash:
        return "none"
    return "temporary" if c.pin_must_change else "set"


def _view(uow: UnitOfWork, c: Card) -> CardView:
    acc = uow.session.get(Account, c.account_id) if c.account_id else None
    cur = currency(acc.currency if acc else uow.institution().currency)
    credit = c.kind == Kind.CREDIT
    return CardView(c.id, c.member_id, Kind(c.kind), c.brand, rules.masked(c.first6, c.last4),
                    Status(c.status), c.block_reason, acc.number if acc else "",
                    from_minor(c.credit_limit, cur) if credit else None,
                    from_minor(acc.balance, cur) if credit and acc else None, cur.code,
                    c.expires_on, pin_state(c), c.issued_at)


def card_ref(card_id: int) -> str:
    """What an outbox message about this card names (its temporary PIN)."""
    return f"card:{card_id}"


def _stop_pin_mail(uow: UnitOfWork, c: Card, reason: str) -> None:
    """A temporary PIN still waiting to be e-mailed must not go out for a card that stopped."""
    outbox.cancel_for_member(uow, c.member_id, "temporary_pin", reason, ref=card_ref(c.id))


def card_in(uow: UnitOfWork, card_id: int, *, lock: bool = False) -> Card:
    q = select(Card).where(Card.id == card_id)
    c = uow.session.execute(q.with_for_update() if lock else q).scalar_one_or_none()
    if c is None:
        raise NotFound(Msg.of(N_("Card {id} does not exist."), id=card_id))
    return c


def describe(c: Card) -> Msg:
    """"debit card 550975XXXXXX7026 (Mastercard)", for "The {card} is not active."."""
    return Msg.of(N_("{kind} {number} ({brand})"), brand=c.brand,
                  kind=Msg.of(rules.KIND_NOUNS[Kind(c.kind)]), number=rules.masked(c.first6, c.last4))


def cards_of(ledger: Ledger, actor: Actor, member_id: int) -> list[CardView]:
    with UnitOfWork(ledger, actor, Permission.READ, read_only=True) as uow:
        rows = uow.session.execute(select(Card).where(Card.member_id == member_id)
                                   .order_by(Card.status != Status.ACTIVE.value, Card.id)).scalars()
        return [_view(uow, c) for c in rows]


def get(ledger: Ledger, actor: Actor, card_id: int) -> CardView:
    with UnitOfWork(ledger, actor, Permission.READ, read_only=True) as uow:
        return _view(uow, card_in(uow, card_id))


def _checked(uow: UnitOfWork, req: CardRequest, member: Member) -> tuple[Kind, str, date, Account | None, int]:
    try:
        kind = Kind(req.kind)
    except ValueError:
        raise invalid("kind", N_("Choose a debit or a credit card.")) from None
    try:
        digits = rules.card_number(req.number)
        expires = rules.parse_expiry(req.expiry)
    except FieldError as e:
        raise ValidationError(e.field, e.msg) from None
    if expires < uow.business_date():
        raise invalid("expires_on", N_("This card has expired: issue one that has not."))
    account, limit = None, 0
    if kind == Kind.DEBIT:
        account = uow.session.get(Account, req.account_id) if req.account_id else None
        if account is None or account.member_id != member.id or account.product != Product.SAVINGS \
                or account.status != "active":
            raise invalid("account", N_("Link the card to one of the member's open savings accounts."))
    else:
        cur = currency(uow.institution().currency)
        amount = req.credit_limit
        if amount is None or not amount.is_finite() or amount <= 0:
            raise invalid("credit_limit", N_("Give the card a limit above zero."))
        if amount != amount.quantize(cur.quantum):
            raise invalid("credit_limit", N_("Use at most {n} decimals."), n=cur.exponent)
        limit = to_minor(amount, cur)
    return kind, digits, expires, account, limit


def _credit_account(uow: UnitOfWork, member: Member) -> Account:
    count = uow.session.execute(select(func.count()).select_from(Account).where(
        Account.member_id == member.id, Account.product == Product.CREDIT_CARD.value)).scalar_one()
    if count >= MAX_CREDIT_CARDS:
        raise Conflict(Msg.of(N_("The member has {n} credit card accounts already."), n=count))
    return open_member_account(uow, member, Product.CREDIT_CARD, f"{count + 1:02d}")


def issue(ledger: Ledger, actor: Actor, req: CardRequest) -> CardView:
    """Record the card handed to the member (active, without a PIN until one is issued)."""
    with UnitOfWork(ledger, actor, Permission.ACCESS) as uow:
        member = uow.session.get(Member, req.member_id)
        if member is None:
            raise NotFound(Msg.of(N_("Member {id} does not exist."), id=req.member_id))
        if member.status != "active":
            raise Conflict(Msg.of(N_("Member {number} is {status}: cards are for active members."),
                                  number=member.number, status=member.status))
        kind, digits, expires, account, limit = _checked(uow, req, member)
        token = vault.pepper(ledger.key, TOKEN_PURPOSE, digits)
        if uow.session.execute(select(Card.id).where(Card.token == token)).first():
            raise invalid("card_number", N_("This card is issued already."))
        if kind == Kind.CREDIT:
            account = _credit_account(uow, member)
        c = Card(member_id=member.id, kind=kind.value, brand=rules.brand_of(digits), first6=digits[:6],
                 last4=digits[-4:], token=token, account_id=account.id, credit_limit=limit,
                 expires_on=expires, status=Status.ACTIVE.value, block_reason="", pin_hash="",
                 pin_must_change=False, pin_failures=0, pin_locked=False, issued_at=utcnow(),
                 issued_by=uow.staff_id)
        uow.session.add(c)
        uow.session.flush()
        uow.audit("card.issue", "card", c.id, member=member.id, kind=kind.value,
                  number=rules.masked(c.first6, c.last4), account=account.number)
        uow.commit()
        return _view(uow, c)


def _set_status(uow: UnitOfWork, c: Card, status: Status, reason: str = "") -> None:
    c.status, c.block_reason, c.status_changed_at = status.value, reason, utcnow()


def block(ledger: Ledger, actor: Actor, card_id: int, reason: str) -> CardView:
    """At once, without any code: the member says it is lost or stolen."""
    if reason not in rules.BLOCK_REASONS:
        raise invalid("block_reason", N_("Say why the card is blocked."))
    with UnitOfWork(ledger, actor, Permission.ACCESS) as uow:
        c = card_in(uow, card_id, lock=True)
        if c.status != Status.ACTIVE:
            raise Conflict(Msg.of(N_("The {card} is not active."), card=describe(c)))
        _set_status(uow, c, Status.BLOCKED, reason)
        _stop_pin_mail(uow, c, "card blocked")
        uow.audit("card.block", "card", c.id, member=c.member_id, reason=reason,
                  number=rules.masked(c.first6, c.last4))
        uow.commit()
        return _view(uow, c)


def unblock(ledger: Ledger, actor: Actor, card_id: int, *, otp_code: str | None = None,
            at: datetime | None = None) -> CardView:
    """With the member's authenticator code (or their signature on the form when they have none);
    a stolen card or one used by someone else stays blocked."""
    with UnitOfWork(ledger, actor, Permission.ACCESS) as uow:
        c = card_in(uow, card_id, lock=True)
        if c.status != Status.BLOCKED:
            raise Conflict(Msg.of(N_("The {card} is not blocked."), card=describe(c)))
        if c.block_reason in rules.FINAL_BLOCKS:
            raise Conflict(Msg.of(N_("A card blocked as stolen or used by someone else stays blocked: "
                                     "cancel it and issue a new one.")))
        method = otp.confirmation_in(uow, c.member_id, otp_code, at=at)    # a wrong code raises
        _set_status(uow, c, Status.ACTIVE)
        uow.audit("card.unblock", "card", c.id, member=c.member_id, confirmed_by=method,
                  number=rules.masked(c.first6, c.last4))
        uow.commit()
        return _view(uow, c)


def cancel(ledger: Ledger, actor: Actor, card_id: int, reason: str) -> CardView:
    """For good; a credit card only once nothing is owed on it (its account closes with it)."""
    if not reason.strip():
        raise invalid("reason", N_("Say why the card is cancelled."))
    with UnitOfWork(ledger, actor, Permission.ACCESS) as uow:
        c = card_in(uow, card_id, lock=True)
        if c.status == Status.CANCELLED:
            raise Conflict(Msg.of(N_("The {card} is cancelled already."), card=describe(c)))
        if c.kind == Kind.CREDIT:
            acc = uow.session.execute(select(Account).where(Account.id == c.account_id)
                                      .with_for_update()).scalar_one()
            if acc.balance or acc.held:
                raise Conflict(Msg.of(N_("{amount} is owed on the {card}: settle it first."),
                                      amount=from_minor(acc.balance, currency(acc.currency)), card=describe(c)))
            acc.status, acc.closed_on = "closed", uow.business_date()
            uow.audit("account.close", "account", acc.id, reason="card cancelled")
        _set_status(uow, c, Status.CANCELLED, "")
        _stop_pin_mail(uow, c, "card cancelled")
        c.pin_hash, c.pin_must_change = "", False
        uow.audit("card.cancel", "card", c.id, member=c.member_id, reason=reason.strip()[:200],
                  number=rules.masked(c.first6, c.last4))
        uow.commit()
        return _view(uow, c)


def open_card_in(uow: UnitOfWork, member_id: int) -> Card | None:
    """The member's first card that is not cancelled (it keeps them from leaving)."""
    return uow.session.execute(select(Card).where(
        Card.member_id == member_id, Card.status != Status.CANCELLED.value).order_by(Card.id)).scalars().first()


REQUESTS = {"unblock": N_("Unblock the card"), "pin_reset": N_("A new temporary PIN for the card")}


@dataclass(frozen=True)
class RequestForm:
    """What the form a member without an authenticator signs says: who, which card, what."""
    action: str
    card: CardView
    member_name: str
    member_document: str
    member_address: str
    teller: str
    at: datetime
    timezone: str
    letterhead: Letterhead


def request_form(ledger: Ledger, actor: Actor, card_id: int, action: str) -> RequestForm:
    if action not in REQUESTS:
        raise invalid("kind", N_("Unknown card request."))
    with UnitOfWork(ledger, actor, Permission.ACCESS, read_only=True) as uow:
        c = card_in(uow, card_id)
        member = uow.session.get(Member, c.member_id)
        return RequestForm(action, _view(uow, c), display_name(member), member.document, member.address,
                           uow.staff.full_name or uow.staff.username, utcnow(), uow.profile().timezone,
                           letterhead(uow))
