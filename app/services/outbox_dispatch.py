"""The outbox dispatcher (ARCHITECTURE.md): any desk, or `ventanilla outbox-send`, may run one,
and several may run at once. Each message is first claimed with a compare-and-set update in a
transaction of its own (only one dispatcher's update finds it still due), sent over SMTP outside
any transaction, then marked sent (a secret body erased) or failed with the server's answer and
its next try after a growing delay. A claim left by a desk that died while sending goes stale and
is taken again: delivery is at least once, never twice from two live desks, and the stable
Message-ID lets a mail system recognise the rare resend."""
from __future__ import annotations

import os
import socket
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, or_, select, update

from ..domain.outbox import DUE, MAX_ATTEMPTS, STALE_CLAIM, Status, after_failure, delay_after
from ..domain.permissions import Permission
from ..models import OutboxMessage
from ..models.base import utcnow
from . import mail_server, mail_transport, outbox
from .context import Actor, Ledger, UnitOfWork
from .mail_transport import Mail, SendFailure
from .vault import InvalidToken


@dataclass(frozen=True)
class DispatchResult:
    sent: int = 0
    retrying: int = 0
    failed: int = 0
    configured: bool = True      # False: no mail server is set, nothing was tried


def worker_name() -> str:
    return f"{socket.gethostname()[:60]}:{os.getpid()}"


def _due(now: datetime):  # noqa: ANN202 - a SQL condition
    return and_(OutboxMessage.channel == outbox.EMAIL, or_(
        and_(OutboxMessage.status.in_([s.value for s in DUE]), OutboxMessage.next_attempt_at <= now),
        and_(OutboxMessage.status == Status.SENDING.value, OutboxMessage.claimed_at < now - STALE_CLAIM)))


def _readable_body(uow: UnitOfWork, msg: OutboxMessage, stale: bool) -> tuple[str | None, str]:
    """(the body to send, "") or (None, why the message can never go out): the desks that took
    it died sending it too many times, or its body cannot be read under this ledger's key."""
    if stale and msg.attempts > MAX_ATTEMPTS:
        return None, "Given up: every desk that took it stopped while sending it."
    try:
        return outbox.body_of(uow, msg), ""
    except InvalidToken:
        return None, "Its body cannot be read with this ledger's key."


def _claim(ledger: Ledger, actor: Actor, worker: str, now: datetime) -> tuple[Mail | None, int] | None:
    """Claim one due message and read what to send; None when nothing is due, (None, id) when
    the message claimed can never go out (it is marked failed)."""
    with UnitOfWork(ledger, actor, Permission.OUTBOX) as uow:
        candidates = uow.session.execute(
            select(OutboxMessage.id, OutboxMessage.status, OutboxMessage.claimed_at)
            .where(_due(now)).order_by(OutboxMessage.next_attempt_at, OutboxMessage.id).limit(10)).all()
        for message_id, status, claimed_at in candidates:
            same_claim = (OutboxMessage.claimed_at.is_(None) if claimed_at is None
                          else OutboxMessage.claimed_at == claimed_at)
            won = uow.session.execute(
                update(OutboxMessage)
                .where(OutboxMessage.id == message_id, OutboxMessage.status == status, same_claim)
                .values(status=Status.SENDING.value, claimed_by=worker, claimed_at=now,
                        attempts=OutboxMessage.attempts + 1)
                .execution_options(synchronize_session=False)).rowcount == 1
            if not won:
                continue                         # another dispatcher took it first
            msg = uow.session.get(OutboxMessage, message_id, populate_existing=True)
            stale = status == Status.SENDING.value
            uow.audit("outbox.claim", "outbox_message", msg.id, attempt=msg.attempts, stale=stale)
            body, problem = _readable_body(uow, msg, stale)
            if body is None:                          # never sent: failed for good, out of the way
                msg.status, msg.last_error, msg.claimed_by, msg.claimed_at = Status.FAILED.value, problem, "", None
                uow.audit("outbox.failed", "outbox_message", msg.id, attempt=msg.attempts,
                          permanent=True, status=msg.status)
                uow.commit()
                return None, msg.id
            mail = Mail(f"<outbox-{uow.institution().ledger_id}-{msg.id}@ventanilla>", msg.recipient,
                        msg.subject, body)
            uow.commit()
            return mail, msg.id
    return None


def _finish(ledger: Ledger, actor: Actor, message_id: int, worker: str, now: datetime,
            failure: SendFailure | None) -> str:
    with UnitOfWork(ledger, actor, Permission.OUTBOX) as uow:
        msg = uow.session.execute(select(OutboxMessage).where(OutboxMessage.id == message_id)
                                  .with_for_update()).scalar_one()
        if msg.status != Status.SENDING.value or msg.claimed_by != worker:
            return ""                            # cancelled meanwhile, or reclaimed as stale
        msg.claimed_by, msg.claimed_at = "", None
        if failure is None:
            msg.status, msg.sent_at, msg.last_error = Status.SENT.value, now, ""
            if msg.secret:
                msg.body_enc = ""
            uow.audit("outbox.sent", "outbox_message", msg.id, attempt=msg.attempts, erased=msg.secret)
        else:
            msg.status = after_failure(msg.attempts, failure.permanent).value
            msg.last_error = failure.text
            msg.next_attempt_at = now + delay_after(msg.attempts)
            uow.audit("outbox.failed", "outbox_message", msg.id, attempt=msg.attempts,
                      permanent=failure.permanent, status=msg.status)
        uow.commit()
        return msg.status


def dispatch_due(ledger: Ledger, actor: Actor, *, now: datetime | None = None, limit: int = 100,
                 worker: str | None = None, stop: Callable[[], bool] = lambda: False) -> DispatchResult:
    """Send what is due, at most `limit` messages, one claim at a time, in one SMTP session;
    `stop()` is asked before each claim (a desk closing)."""
    worker = worker or worker_name()
    with UnitOfWork(ledger, actor, Permission.OUTBOX, read_only=True) as uow:
        conn = mail_server.connection(uow)
    if conn is None:
        return DispatchResult(configured=False)
    counts = {Status.SENT.value: 0, Status.RETRYING.value: 0, Status.FAILED.value: 0}
    with mail_transport.Sender(conn) as sender:
        for _ in range(limit):
            if stop():
                break
            at = now or utcnow()
            claimed = _claim(ledger, actor, worker, at)
            if claimed is None:
                break
            mail, message_id = claimed
            if mail is None:
                counts[Status.FAILED.value] += 1
                continue
            failure = None
            try:
                sender.send(mail)
            except SendFailure as exc:
                failure = exc
            except Exception as exc:  # noqa: BLE001 - an unforeseen fault: recorded, not left "sending"
                sender.close()
                failure = SendFailure(f"{type(exc).__name__}: {exc}", False)
            status = _finish(ledger, actor, message_id, worker, now or utcnow(), failure)
            if status in counts:
                counts[status] += 1
    return DispatchResult(counts[Status.SENT.value], counts[Status.RETRYING.value], counts[Status.FAILED.value])
