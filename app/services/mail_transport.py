"""One e-mail handed to an SMTP server (smtplib): STARTTLS or TLS with the system's certificate
checks, sign-in when the server has a user. A refusal says whether trying again can help."""
from __future__ import annotations

import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formatdate

from ..domain.outbox import SEND_TIMEOUT_SECONDS, is_permanent
from .mail_server import Connection


@dataclass(frozen=True)
class Mail:
    message_id: str          # stable per outbox message: a resend after a crash is recognisable
    recipient: str
    subject: str
    body: str


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


def _code_of(exc: smtplib.SMTPException) -> int | None:
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        codes = [code for code, _ in exc.recipients.values()]
        return min(codes) if codes else None
    return getattr(exc, "smtp_code", None)


def send(conn: Connection, mail: Mail) -> None:
    """Deliver `mail` to the server; SendFailure with the server's answer when it does not take it.
    Only a refused recipient or message is permanent: a sign-in or connection problem is the
    server's setting or the network, and passes once fixed."""
    context = ssl.create_default_context()
    try:
        if conn.security == "tls":
            client: smtplib.SMTP = smtplib.SMTP_SSL(conn.host, conn.port, timeout=SEND_TIMEOUT_SECONDS,
                                                    context=context)
        else:
            client = smtplib.SMTP(conn.host, conn.port, timeout=SEND_TIMEOUT_SECONDS)
        with client:
            if conn.security == "starttls":
                client.starttls(context=context)
            if conn.username:
                client.login(conn.username, conn.password)
            client.send_message(_message(conn, mail))
    except (smtplib.SMTPRecipientsRefused, smtplib.SMTPDataError) as exc:
        code = _code_of(exc)
        raise SendFailure(f"{type(exc).__name__}: {exc}", is_permanent(code)) from None
    except (smtplib.SMTPException, OSError) as exc:
        raise SendFailure(f"{type(exc).__name__}: {exc}", False) from None
