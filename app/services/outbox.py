"""The outbox (ARCHITECTURE.md): a message to a member is stored in the operation's own
transaction and goes out later, e-mailed by a dispatcher that claims it first (see
outbox_dispatch) or printed at the desk. A message that carries a secret keeps its body
encrypted under the institution key and loses it once sent."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from ..domain.messages import Msg, N_
from ..domain.outbox import CANCELLABLE, DUE, RETRYABLE, STATUS_LABELS, Status
from ..domain.permissions import Permission
from ..models import Member, OutboxMessage
from ..models.base import utcnow
from . import vault
from .context import Actor, Ledger, UnitOfWork
from .errors import Conflict, NotFound, invalid

PURPOSE = "outbox"
EMAIL, PRINT = "email", "print"


def queue_in(uow: UnitOfWork, *, kind: str, channel: str, recipient: str, subject: str, body: str,
             member_id: int | None = None, secret: bool = False,
             at: datetime | None = None, ref: str = "") -> OutboxMessage:
    """Store a message to send (due at once); audited with its id and kind (never its body or
    recipient)."""
    at = at or utcnow()
    msg = OutboxMessage(kind=kind, ref=ref, channel=channel, recipient=recipient, subject=subject,
                        body_enc=vault.encrypt(uow.ledger.key, PURPOSE, body), secret=secret,
                        member_id=member_id, created_by=uow.staff_id, status=Status.QUEUED.value, attempts=0,
                        last_error="", claimed_by="", created_at=at, next_attempt_at=at)
    uow.session.add(msg)
    uow.session.flush()
    uow.audit("outbox.queue", "outbox_message", msg.id, kind=kind, channel=channel, secret=secret)
    return msg


def body_of(uow: UnitOfWork, msg: OutboxMessage) -> str:
    """The clear body of a message not yet sent ("" once a secret one was sent and erased)."""
    return vault.decrypt(uow.ledger.key, PURPOSE, msg.body_enc) if msg.body_enc else ""


@dataclass(frozen=True)
class OutboxView:
    id: int
    created_at: datetime
    kind: str
    channel: str
    recipient: str
    subject: str
    status: str
    attempts: int
    next_attempt_at: datetime | None
    last_error: str
    sent_at: datetime | None
    member_number: int | None
    secret: bool


KIND_LABELS = {"credential_letter": N_("Online access letter"), "temporary_pin": N_("Temporary PIN")}


def messages(ledger: Ledger, actor: Actor, *, statuses: Iterable[str] | None = None,
             limit: int = 500) -> list[OutboxView]:
    """The latest messages first (never their bodies)."""
    q = (select(OutboxMessage, Member.number).outerjoin(Member, Member.id == OutboxMessage.member_id)
         .order_by(OutboxMessage.created_at.desc(), OutboxMessage.id.desc()).limit(limit))
    if statuses is not None:
        q = q.where(OutboxMessage.status.in_(list(statuses)))
    with UnitOfWork(ledger, actor, Permission.READ, read_only=True) as uow:
        return [OutboxView(m.id, m.created_at, m.kind, m.channel, m.recipient, m.subject, m.status,
                           m.attempts, m.next_attempt_at if m.status in DUE else None, m.last_error,
                           m.sent_at, number, m.secret)
                for m, number in uow.session.execute(q)]


def _locked(uow: UnitOfWork, message_id: int) -> OutboxMessage:
    msg = uow.session.execute(select(OutboxMessage).where(OutboxMessage.id == message_id)
                              .with_for_update()).scalar_one_or_none()
    if msg is None:
        raise NotFound(Msg.of(N_("Message {id} is not in the outbox."), id=message_id))
    return msg


def retry(ledger: Ledger, actor: Actor, message_id: int, *, now: datetime | None = None) -> None:
    """Send a failed message with the next dispatch instead of waiting."""
    with UnitOfWork(ledger, actor, Permission.OUTBOX) as uow:
        msg = _locked(uow, message_id)
        if msg.status not in RETRYABLE:
            raise Conflict(Msg.of(N_("Only a failed message can be retried; this one is {status}."),
                                  status=Msg.of(STATUS_LABELS[Status(msg.status)])))
        msg.status, msg.next_attempt_at = Status.QUEUED.value, now or utcnow()
        uow.audit("outbox.retry", "outbox_message", msg.id, attempts=msg.attempts)
        uow.commit()


def _cancel(uow: UnitOfWork, msg: OutboxMessage, reason: str) -> None:
    msg.status = Status.CANCELLED.value
    if msg.secret:
        msg.body_enc = ""
    uow.audit("outbox.cancel", "outbox_message", msg.id, reason=reason)


def cancel(ledger: Ledger, actor: Actor, message_id: int, reason: str) -> None:
    """Stop a message that has not gone out; a secret one loses its body at once."""
    if not reason.strip():
        raise invalid("reason", N_("Say why the message is cancelled."))
    with UnitOfWork(ledger, actor, Permission.OUTBOX) as uow:
        msg = _locked(uow, message_id)
        if msg.status not in CANCELLABLE:
            raise Conflict(Msg.of(N_("This message is {status}: it cannot be cancelled."),
                                  status=Msg.of(STATUS_LABELS[Status(msg.status)])))
        _cancel(uow, msg, reason.strip())
        uow.commit()


def cancel_for_member(uow: UnitOfWork, member_id: int, kind: str, reason: str, ref: str | None = None) -> int:
    """Cancel, inside the caller's unit, what still waits of one kind for a member (and, with
    `ref`, about one thing: a card): a letter whose key was replaced or revoked, a PIN that was
    replaced or whose card was blocked, must not go out."""
    q = select(OutboxMessage).where(OutboxMessage.member_id == member_id, OutboxMessage.kind == kind,
                                    OutboxMessage.status.in_(CANCELLABLE))
    if ref is not None:
        q = q.where(OutboxMessage.ref == ref)
    rows = uow.session.execute(q.with_for_update()).scalars().all()
    for msg in rows:
        _cancel(uow, msg, reason)
    return len(rows)


@dataclass(frozen=True)
class OutboxCounts:
    waiting: int        # queued, being sent or to be retried
    failed: int         # given up: the desk retries or cancels them


def counts(ledger: Ledger, actor: Actor) -> OutboxCounts:
    with UnitOfWork(ledger, actor, Permission.READ, read_only=True) as uow:
        rows = dict(uow.session.execute(select(OutboxMessage.status, func.count()).where(
            OutboxMessage.status.in_([s.value for s in CANCELLABLE] + [Status.SENDING.value]))
            .group_by(OutboxMessage.status)).all())
    return OutboxCounts(sum(n for s, n in rows.items() if s != Status.FAILED.value),
                        rows.get(Status.FAILED.value, 0))
