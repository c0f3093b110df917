"""The outbox dispatcher: e-mails sent through the outbox (claimed one by one by compare-and-set,
decrypted, sent, marked sent and the secret body erased, each step audited) beside raw smtplib
sending the same messages over one session to the same local SMTP server (aiosmtpd on
127.0.0.1), in the same run, on a SQLite ledger configured as the desk configures it.

    .venv/bin/python bench/bench_outbox.py [--messages N] [--rounds R]

Printed: messages/s and ms per message for each side, and ratio = dispatcher time / raw time.
The ratio is the price of exactly-once bookkeeping (two durable transactions per message); the
absolute figure says how long a desk's minute-by-minute run takes for a morning's letters.
"""
from __future__ import annotations

import argparse
import os
import smtplib
import statistics
import sys
import tempfile
import time
from email.message import EmailMessage
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "services"))
_TMP = Path(tempfile.mkdtemp(prefix="ventanilla-bench-outbox-"))
os.environ["VENTANILLA_KEY_DIR"] = str(_TMP / "keys")     # before importing app

from argon2 import PasswordHasher  # noqa: E402

from app.services import auth, mail_server, outbox, outbox_dispatch  # noqa: E402
from app.services.context import Ledger, UnitOfWork  # noqa: E402
from app.services.institution import init_ledger  # noqa: E402
from app.services.ledger_check import check  # noqa: E402
from smtp_inbox import SmtpServer  # noqa: E402

BODY = ("Dear member,\n\nYour online banking access is ready to be completed.\n\nUser name: 12345678Z\n"
        "Registration key: ABCD-EFGH-JKLM\n\n") * 3


def queue(ledger: Ledger, actor, n: int, tag: str) -> None:  # noqa: ANN001
    with UnitOfWork(ledger, actor, None) as uow:
        for i in range(n):
            outbox.queue_in(uow, kind="credential_letter", channel=outbox.EMAIL,
                            recipient=f"member{i}@example.org", subject=f"{tag} {i}", body=BODY, secret=True)
        uow.commit()


def raw(port: int, n: int, tag: str) -> float:
    started = time.perf_counter()
    with smtplib.SMTP("127.0.0.1", port, timeout=30) as client:
        for i in range(n):
            em = EmailMessage()
            em["From"], em["To"], em["Subject"] = "oficina@coop.example", f"member{i}@example.org", f"{tag} {i}"
            em["Message-ID"] = f"<raw-{tag}-{i}@bench>"
            em.set_content(BODY)
            client.send_message(em)
    return time.perf_counter() - started


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--messages", type=int, default=200)
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    ledger = Ledger.open(f"sqlite:///{_TMP / 'ledger.sqlite'}",
                         hasher=PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
    admin = init_ledger(ledger, profile="es-coop", name="Coop Bench", tax_id="F08000002", admin="admin",
                        admin_password="bench-pass-1", admin_name="Admin", language="en")
    admin = auth.login(ledger, "admin", "bench-pass-1")
    ours, theirs = [], []
    with SmtpServer() as server:
        mail_server.set_server(ledger, admin, mail_server.MailServerInput(
            "127.0.0.1", server.port, "none", sender="oficina@coop.example"))
        for r in range(args.rounds):
            queue(ledger, admin, args.messages, f"round {r}")
            started = time.perf_counter()
            result = outbox_dispatch.dispatch_due(ledger, admin, limit=args.messages)
            ours.append(time.perf_counter() - started)
            assert result.sent == args.messages, result
            theirs.append(raw(server.port, args.messages, f"raw {r}"))
        received = len(server.inbox.received)
    assert received == 2 * args.rounds * args.messages, received
    assert not check(ledger)
    ledger.dispose()
    n = args.messages
    a, b = statistics.median(ours), statistics.median(theirs)
    print(f"{n} messages per round, {args.rounds} rounds, medians:")
    print(f"  outbox dispatcher : {n / a:8.1f} messages/s  {1000 * a / n:6.2f} ms per message")
    print(f"  raw smtplib       : {n / b:8.1f} messages/s  {1000 * b / n:6.2f} ms per message")
    print(f"  ratio (dispatcher / raw time): {a / b:.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
