"""Card PINs. A teller resets one with the member's authenticator code (or the signed form when
they have none): a temporary PIN, handed over once on a PIN mailer or e-mailed through the
outbox as the seed does, that the card asks to change. The member, not the teller, changes it:
the old PIN and the new one twice, typed in a masked window turned to them; three wrong old PINs
lock it until the next reset. A PIN is kept only as argon2id over its HMAC under the institution
key (vault.slow_hash), never in clear, never in the audit log."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime

from ..domain import cards as rules
from ..domain.cards import Status
from ..domain.messages import Msg, N_
from ..domain.permissions import Permission
from ..models import Card, Member
from ..models.base import utcnow
from . import otp, outbox, vault
from .cards import CardView, _view, card_in, card_ref, describe
from .context import Actor, Ledger, UnitOfWork
from .errors import Conflict, ValidationError, invalid
from .letterhead import Letterhead, letterhead
from .members import display_name
from .receipts import local_time

PURPOSE = "card-pin"
PRINT, EMAIL = "print", "email"


@dataclass(frozen=True)
class TemporaryPin:
    """What the teller hands over, once: the PIN is in no other place."""
    card: CardView
    pin: str = field(repr=False)
    member_name: str
    member_address: str
    issued_at: datetime
    delivery: str
    outbox_id: int | None
    letterhead: Letterhead | None = None
    timezone: str = "UTC"


def _usable(c: Card) -> None:
    if c.status == Status.BLOCKED:
        raise Conflict(Msg.of(N_("The {card} is blocked: unblock it before its PIN changes."), card=describe(c)))
    if c.status != Status.ACTIVE:
        raise Conflict(Msg.of(N_("The {card} is cancelled: its PIN never changes again."), card=describe(c)))


def mail_text(t: TemporaryPin, institution: str, translate: Callable[[str], str] = lambda s: s) -> str:
    """The e-mail's body, as the seed's "GENERACION DE CLAVE" message."""
    at = local_time(t.issued_at, t.timezone)
    return Msg.of(N_(
        "Dear {name},\n\nA temporary PIN was generated for your card:\n\nCard number: {number}\n"
        "Card type: {kind}\nDate: {date}\nTime: {time}\nTemporary PIN: {pin}\n\nChange it at the "
        "branch or at a cash machine before you use the card: it works until you do.\n\n"
        "If you did not ask for this, tell {institution} at once."),
        name=t.member_name, number=t.card.number, kind=Msg.of(rules.KIND_LABELS[t.card.kind]),
        date=f"{at:%d/%m/%Y}", time=f"{at:%H:%M:%S}", pin=t.pin, institution=institution).render(translate)


def reset(ledger: Ledger, actor: Actor, card_id: int, *, delivery: str = PRINT, otp_code: str | None = None,
          translate: Callable[[str], str] = lambda s: s, at: datetime | None = None) -> TemporaryPin:
    """A new temporary PIN (the old one stops working, a locked PIN is unlocked)."""
    if delivery not in (PRINT, EMAIL):
        raise invalid("delivery", N_("Print the PIN mailer or send it by e-mail."))
    with UnitOfWork(ledger, actor, Permission.ACCESS) as uow:
        c = card_in(uow, card_id, lock=True)
        _usable(c)
        member = uow.session.get(Member, c.member_id)
        if delivery == EMAIL and not member.email:
            raise invalid("delivery", N_("The member has no e-mail address: print the PIN mailer."))
        method = otp.confirmation_in(uow, member.id, otp_code, at=at)
        c = card_in(uow, card_id, lock=True)
        pin, now = rules.temporary_pin(member.birth_date), at or utcnow()
        c.pin_hash = vault.slow_hash(ledger.hasher, ledger.key, PURPOSE, f"{c.token}:{pin}")
        c.pin_must_change, c.pin_failures, c.pin_locked = True, 0, False
        outbox.cancel_for_member(uow, member.id, "temporary_pin", "reissued", ref=card_ref(c.id))
        uow.session.flush()
        t = TemporaryPin(_view(uow, c), pin, display_name(member), member.address, now, delivery, None,
                         letterhead(uow), uow.profile().timezone)
        if delivery == EMAIL:
            msg = outbox.queue_in(uow, kind="temporary_pin", channel=outbox.EMAIL, recipient=member.email,
                                  member_id=member.id, secret=True, at=now, ref=card_ref(c.id),
                                  subject=Msg.of(N_("Temporary PIN of your card {number}"),
                                                 number=t.card.number).render(translate),
                                  body=mail_text(t, uow.institution().name, translate))
            t = replace(t, outbox_id=msg.id)
        uow.audit("card.pin_reset", "card", c.id, member=member.id, delivery=delivery,
                  confirmed_by=method, number=t.card.number)
        uow.commit()
        return t


def _wrong_old_pin(uow: UnitOfWork, card_id: int, checked_hash: str) -> ValidationError:
    """Count the wrong PIN (committed though the change is refused); the third locks it. A PIN
    reset committed in between is not charged with it."""
    uow.discard()
    c = card_in(uow, card_id, lock=True)
    if c.pin_hash != checked_hash:
        raise Conflict(Msg.of(N_("The PIN of the {card} was reset meanwhile: type the new one."),
                              card=describe(c)))
    c.pin_failures += 1
    c.pin_locked = c.pin_failures >= rules.MAX_PIN_FAILURES
    uow.audit("card.pin_fail", "card", c.id, member=c.member_id, failures=c.pin_failures,
              locked=c.pin_locked)
    uow.commit()
    if c.pin_locked:
        return invalid("old_pin", N_("Wrong PIN, the third in a row: the PIN is locked. The branch "
                                     "issues a new one."))
    return invalid("old_pin", N_("That is not the card's PIN ({left} tries left)."),
                   left=rules.MAX_PIN_FAILURES - c.pin_failures)


def change(ledger: Ledger, actor: Actor, card_id: int, *, old_pin: str, new_pin: str, new_pin_again: str,
           otp_code: str | None = None, at: datetime | None = None) -> CardView:
    """The member's own change: the old PIN (the temporary one after a reset), the new one twice;
    the rules of DOMAIN.md; their authenticator code when they have one."""
    with UnitOfWork(ledger, actor, Permission.ACCESS) as uow:
        c = card_in(uow, card_id, lock=True)
        _usable(c)
        if c.pin_locked:
            raise Conflict(Msg.of(N_("The PIN of the {card} is locked after wrong tries: reset it first."),
                                  card=describe(c)))
        if not c.pin_hash:
            raise Conflict(Msg.of(N_("The {card} has no PIN yet: reset it to issue a temporary one."),
                                  card=describe(c)))
        member = uow.session.get(Member, c.member_id)
        if not vault.slow_verify(ledger.hasher, ledger.key, PURPOSE, c.pin_hash, f"{c.token}:{old_pin}"):
            raise _wrong_old_pin(uow, card_id, c.pin_hash)
        if (problem := rules.pin_problem(new_pin, member.birth_date)) is not None:
            raise ValidationError("new_pin", problem)
        if new_pin == old_pin:
            raise invalid("new_pin", N_("Choose a PIN other than the current one."))
        if new_pin_again != new_pin:
            raise invalid("new_pin_again", N_("The two new PINs differ: type it again."))
        method = otp.confirmation_in(uow, member.id, otp_code, at=at)
        c = card_in(uow, card_id, lock=True)
        c.pin_hash = vault.slow_hash(ledger.hasher, ledger.key, PURPOSE, f"{c.token}:{new_pin}")
        c.pin_must_change, c.pin_failures = False, 0
        uow.audit("card.pin_change", "card", c.id, member=member.id, confirmed_by=method,
                  number=rules.masked(c.first6, c.last4))
        uow.commit()
        return _view(uow, c)

