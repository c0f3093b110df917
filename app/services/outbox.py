"""The outbox (ARCHITECTURE.md): a message to a member is stored in the operation's own
transaction and goes out later, e-mailed by a dispatcher that claims it first (see
outbox_dispatch) or printed at the desk. A message that carries a secret keeps its body
encrypted under the institution key and loses it once sent."""
from __future__ import annotations

from ..models import OutboxMessage
from . import vault
from .context import UnitOfWork

PURPOSE = "outbox"
EMAIL, PRINT = "email", "print"


def queue_in(uow: UnitOfWork, *, kind: str, channel: str, recipient: str, subject: str, body: str,
             member_id: int | None = None, secret: bool = False) -> OutboxMessage:
    """Store a message to send; audited with its id and kind (never its body or recipient)."""
    msg = OutboxMessage(kind=kind, channel=channel, recipient=recipient, subject=subject,
                        body_enc=vault.encrypt(uow.ledger.key, PURPOSE, body), secret=secret,
                        member_id=member_id, created_by=uow.staff_id, status="queued", attempts=0,
                        last_error="", claimed_by="")
    uow.session.add(msg)
    uow.session.flush()
    uow.audit("outbox.queue", "outbox_message", msg.id, kind=kind, channel=channel, secret=secret)
    return msg


def body_of(uow: UnitOfWork, msg: OutboxMessage) -> str:
    """The clear body of a message not yet sent ("" once a secret one was sent and erased)."""
    return vault.decrypt(uow.ledger.key, PURPOSE, msg.body_enc) if msg.body_enc else ""
