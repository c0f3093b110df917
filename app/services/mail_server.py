"""The SMTP server the outbox goes out through: set by an administrator, shared by every desk
(ARCHITECTURE.md, settings), its password encrypted with the institution key and never shown
again; a desk reads it back only to send."""
from __future__ import annotations

from dataclasses import dataclass, field
from email.utils import make_msgid

from sqlalchemy import select

from ..domain.member_form import is_email
from ..domain.messages import Msg, N_
from ..domain.outbox import SECURITY
from ..domain.permissions import Permission
from ..models import MailServer
from ..models.base import utcnow
from . import vault
from .context import Actor, Ledger, UnitOfWork
from .errors import Conflict, invalid

PURPOSE = "smtp"


@dataclass(frozen=True)
class MailServerView:
    host: str
    port: int
    security: str
    username: str
    sender: str
    has_password: bool


@dataclass(frozen=True)
class MailServerInput:
    host: str
    port: int | str
    security: str
    username: str = ""
    password: str | None = None        # None keeps the stored one; "" clears it
    sender: str = ""


@dataclass(frozen=True)
class Connection:
    """What a dispatcher needs to send, password in clear: never stored nor shown."""
    host: str
    port: int
    security: str
    username: str
    password: str = field(repr=False)     # a secret: never in a repr or a log
    sender: str


def _row(uow: UnitOfWork) -> MailServer | None:
    return uow.session.execute(select(MailServer).order_by(MailServer.id)).scalars().first()


def get(ledger: Ledger, actor: Actor) -> MailServerView | None:
    with UnitOfWork(ledger, actor, Permission.READ, read_only=True) as uow:
        row = _row(uow)
        return None if row is None else MailServerView(row.host, row.port, row.security, row.username,
                                                        row.sender, bool(row.password_enc))


def connection(uow: UnitOfWork) -> Connection | None:
    row = _row(uow)
    if row is None:
        return None
    password = vault.decrypt(uow.ledger.key, PURPOSE, row.password_enc) if row.password_enc else ""
    return Connection(row.host, row.port, row.security, row.username, password, row.sender)


def _checked(data: MailServerInput) -> tuple[str, int, str, str, str]:
    host = data.host.strip()
    if not host or len(host) > 200 or any(c.isspace() for c in host):
        raise invalid("host", N_("Type the server's name or address, such as smtp.example.org."))
    try:
        port = int(str(data.port).strip())
    except ValueError:
        port = 0
    if not 1 <= port <= 65535:
        raise invalid("port", N_("Use a port from 1 to 65535."))
    if data.security not in SECURITY:
        raise invalid("security", N_("Choose STARTTLS, TLS or none."))
    sender = data.sender.strip()
    if not is_email(sender):
        raise invalid("sender", N_("Type an address like name@example.org."))
    username = data.username.strip()
    if len(username) > 200:
        raise invalid("username", N_("Use at most {n} characters."), n=200)
    return host, port, data.security, username, sender


def set_server(ledger: Ledger, actor: Actor, data: MailServerInput) -> MailServerView:
    """Store the server (checked first: a bad field is named and nothing is written); audited with
    the fields that changed, never the password itself."""
    host, port, security, username, sender = _checked(data)
    with UnitOfWork(ledger, actor, Permission.INSTITUTION_ADMIN) as uow:
        row = _row(uow)
        if row is None:
            row = MailServer(host="", port=0, security="", username="", password_enc="", sender="")
            uow.session.add(row)
        old = {"host": row.host, "port": row.port, "security": row.security,
               "username": row.username, "sender": row.sender}
        row.host, row.port, row.security, row.username, row.sender = host, port, security, username, sender
        changed = sorted(k for k, v in old.items() if getattr(row, k) != v)
        if data.password is not None:
            had = bool(row.password_enc)
            row.password_enc = vault.encrypt(ledger.key, PURPOSE, data.password) if data.password else ""
            if data.password or had:
                changed.append("password")
        row.updated_at, row.updated_by = utcnow(), uow.staff_id
        uow.session.flush()
        if changed:
            uow.audit("mail_server.set", "mail_server", row.id, fields=changed)
            uow.commit()
        return MailServerView(host, port, security, username, sender, bool(row.password_enc))


def send_test(ledger: Ledger, actor: Actor, recipient: str) -> None:
    """Send one message straight to `recipient` through the stored server (not through the
    outbox): Conflict with the server's answer when it does not take it."""
    from .mail_transport import Mail, SendFailure, send
    recipient = recipient.strip()
    if not is_email(recipient):
        raise invalid("email", N_("Type an address like name@example.org."))
    with UnitOfWork(ledger, actor, Permission.INSTITUTION_ADMIN, read_only=True) as uow:
        conn = connection(uow)
        name = uow.institution().name
    if conn is None:
        raise Conflict(Msg.of(N_("Save the mail server first.")))
    try:
        send(conn, Mail(make_msgid("ventanilla-test"), recipient,
                        Msg.of(N_("Test message from {institution}"), institution=name).render(),
                        Msg.of(N_("This message checks that the desk can send e-mail through "
                                  "{host}. Nothing else is needed."), host=conn.host).render()))
    except SendFailure as exc:
        raise Conflict(Msg.of(N_("The server did not take the message: {answer}"), answer=exc.text)) from None
