"""E-mail handed to an SMTP server (smtplib): STARTTLS or TLS with the system's certificate
checks, sign-in when the server has a user, one session for a run of messages. A refusal says
whether trying again can help."""
from __future__ import annotations

import smtplib
import ssl
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import formatdate

from ..domain.outbox import SEND_TIMEOUT_SECONDS, is_permanent
from .mail_server import Connection


@dataclass(frozen=True)
class Mail:
    message_id: str          # stable per outbox message: a resend after a crash is recognisable
    recipient: str
    subject: str
    body: str = field(repr=False)     # a secret: never in a repr or a log


class SendFailure(Exception):
    def __init__(self, text: str, permanent: bool):
        super().__init__(text)
        self.text, self.permanent = text[:500], permanent


def _message(conn: Connection, mail: Mail) -> EmailMessage:
    em = EmailMessage()
    em["From"], em["To"], em["Subject"] = conn.sender, mail.recipient, mail.subject
    em["Date"] = formatdate(localtime=False)
    em["Message-ID"] = mail.message_id
    em.set_content(mail.body)
    return em


def _answer(code: int, text: bytes | str) -> str:
    return f"{code} {text.decode(errors='replace') if isinstance(text, bytes) else text}".strip()


def _refusal(exc: smtplib.SMTPException) -> tuple[int | None, str]:
    """The server's code and answer ("550 5.1.1 No such user"), as a person reads them."""
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        answers = list(exc.recipients.values())
        if answers:
            code, text = min(answers, key=lambda a: a[0])
            return code, _answer(code, text)
        return None, str(exc)
    if isinstance(exc, smtplib.SMTPResponseException):
        return exc.smtp_code, _answer(exc.smtp_code, exc.smtp_error)
    return None, str(exc) or type(exc).__name__


class Sender:
    """One SMTP session for a run of messages: connected (STARTTLS or TLS with the system's
    certificate checks, signed in when the server has a user) on the first send and kept while
    the server keeps it; a refused recipient or message leaves it usable, anything else closes it
    and the next send connects again. Only a refused recipient or message is permanent: a sign-in
    or connection problem is the server's setting or the network, and passes once fixed."""

    def __init__(self, conn: Connection):
        self.conn = conn
        self.client: smtplib.SMTP | None = None
        self.connections = 0

    def __enter__(self) -> "Sender":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self.client is not None:
            try:
                self.client.quit()
            except (smtplib.SMTPException, OSError):
                self.client.close()
            self.client = None

    def _connect(self) -> smtplib.SMTP:
        conn, context = self.conn, ssl.create_default_context()
        if conn.security == "tls":
            client: smtplib.SMTP = smtplib.SMTP_SSL(conn.host, conn.port, timeout=SEND_TIMEOUT_SECONDS,
                                                    context=context)
        else:
            client = smtplib.SMTP(conn.host, conn.port, timeout=SEND_TIMEOUT_SECONDS)
        try:
            if conn.security == "starttls":
                client.starttls(context=context)
            if conn.username:
                client.login(conn.username, conn.password)
        except BaseException:
            client.close()
            raise
        self.connections += 1
        return client

    def send(self, mail: Mail) -> None:
        """Deliver `mail`; SendFailure with the server's answer when it does not take it."""
        try:
            if self.client is None:
                self.client = self._connect()
            try:
                self.client.send_message(_message(self.conn, mail))
            except smtplib.SMTPServerDisconnected:      # the server closed an idle session
                self.client = self._connect()
                self.client.send_message(_message(self.conn, mail))
        except (smtplib.SMTPRecipientsRefused, smtplib.SMTPDataError) as exc:
            code, text = _refusal(exc)
            raise SendFailure(text, is_permanent(code)) from None
        except smtplib.SMTPException as exc:
            self.close()
            raise SendFailure(_refusal(exc)[1], False) from None
        except OSError as exc:          # no route, refused connection, timeout, certificate
            self.close()
            raise SendFailure(f"{self.conn.host}:{self.conn.port}: {exc.strerror or exc}", False) from None


def send(conn: Connection, mail: Mail) -> None:
    """One message in a session of its own (a test message)."""
    with Sender(conn) as sender:
        sender.send(mail)
