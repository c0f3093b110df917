"""A real SMTP server for the tests (aiosmtpd on 127.0.0.1, in a thread of the test process)
that keeps what it received and can refuse addresses, defer them or require a sign-in."""
from __future__ import annotations

import email
import socket
from email.message import EmailMessage
from email.policy import default

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Inbox:
    def __init__(self) -> None:
        self.received: list[EmailMessage] = []
        self.answers: dict[str, str] = {}          # recipient -> SMTP reply refusing it
        self.logins: list[tuple[str, str]] = []
        self.peers: list[tuple] = []                # the client's address per message received

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: ANN001, ANN201, N802
        if address in self.answers:
            return self.answers[address]
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # noqa: ANN001, ANN201, N802
        self.received.append(email.message_from_bytes(envelope.content, policy=default))
        self.peers.append(session.peer)
        return "250 Message accepted for delivery"

    def authenticate(self, server, session, envelope, mechanism, auth_data):  # noqa: ANN001, ANN201
        if isinstance(auth_data, LoginPassword):
            self.logins.append((auth_data.login.decode(), auth_data.password.decode()))
            if auth_data.password == b"right-password":
                return AuthResult(success=True)
        return AuthResult(success=False, handled=False)

    def to(self, address: str) -> list[EmailMessage]:
        return [m for m in self.received if m["To"] == address]


class SmtpServer:
    def __init__(self, *, auth: bool = False) -> None:
        self.inbox = Inbox()
        self.port = free_port()
        extra = {"authenticator": self.inbox.authenticate, "auth_required": True,
                 "auth_require_tls": False} if auth else {}
        self.controller = Controller(self.inbox, hostname="127.0.0.1", port=self.port, **extra)

    def __enter__(self) -> "SmtpServer":
        self.controller.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.controller.stop()
