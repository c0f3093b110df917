"""The outbox goes out over real SMTP (aiosmtpd on 127.0.0.1): each message claimed once, a secret
body erased once sent, failures kept with the server's answer and retried with back-off, stale
claims taken again, two dispatching processes never sending one message twice."""
from __future__ import annotations

import json
import multiprocessing as mp
from datetime import datetime, timedelta

import pytest
from sqlalchemy import select, update

from app.domain.outbox import Status
from app.models import AuditRecord, MailServer, OutboxMessage
from app.services import credentials, mail_server, outbox, outbox_dispatch
from app.services.context import UnitOfWork
from app.services.errors import Conflict, PermissionDenied, ValidationError
from app.services.mail_server import MailServerInput
from tests.conftest import STAFF_PASSWORD

from access_helpers import active_member
from smtp_inbox import SmtpServer, free_port

NOW = datetime(2026, 12, 4, 10, 0)
# the sign-in test server asks for AUTH over plain text on purpose: it listens on 127.0.0.1 only
pytestmark = pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")


def _configure(lut, port, **extra):  # noqa: ANN001, ANN201
    data = dict(host="127.0.0.1", port=port, security="none", sender="oficina@coop.example")
    data.update(extra)
    return mail_server.set_server(lut.ledger, lut.admin, MailServerInput(**data))


def _queue(lut, n, recipient="socio@example.org", secret=False, at=NOW):  # noqa: ANN001, ANN201
    with UnitOfWork(lut.ledger, lut.admin, None) as uow:
        ids = [outbox.queue_in(uow, kind="notice", channel=outbox.EMAIL, recipient=recipient,
                               subject=f"Notice {i}", body=f"Body {i}", secret=secret).id
               for i in range(n)]
        uow.session.execute(update(OutboxMessage).values(next_attempt_at=at, created_at=at))
        uow.commit()
    return ids


def _row(lut, message_id):  # noqa: ANN001, ANN201
    with UnitOfWork(lut.ledger, None, None, read_only=True) as uow:
        return uow.session.get(OutboxMessage, message_id)


@pytest.fixture
def smtp():
    with SmtpServer() as server:
        yield server


def test_an_emailed_letter_arrives_once_and_its_secret_body_is_erased(ec_ledger, smtp):
    lut = ec_ledger
    teller = lut.staff("teller")
    f = active_member(lut, teller)
    _configure(lut, smtp.port)
    issued = credentials.issue(lut.ledger, teller, f.id, delivery="email", now=NOW)
    result = outbox_dispatch.dispatch_due(lut.ledger, teller, now=NOW + timedelta(seconds=5))
    assert (result.sent, result.retrying, result.failed, result.configured) == (1, 0, 0, True)
    [mail] = smtp.inbox.to("luis@example.org")
    assert mail["From"] == "oficina@coop.example" and "Your online banking access" in mail["Subject"]
    assert issued.key in mail.get_content() and "1710034065" in mail.get_content()
    row = _row(lut, issued.outbox_id)
    assert row.status == Status.SENT and row.body_enc == "" and row.attempts == 1
    assert row.sent_at == NOW + timedelta(seconds=5) and row.claimed_by == ""
    assert mail["Message-ID"].startswith("<outbox-") and mail["Message-ID"].endswith(f"-{row.id}@ventanilla>")
    assert outbox_dispatch.dispatch_due(lut.ledger, teller, now=NOW + timedelta(hours=1)).sent == 0
    assert len(smtp.inbox.received) == 1
    with UnitOfWork(lut.ledger, None, None, read_only=True) as uow:
        actions = uow.session.execute(select(AuditRecord.action).where(
            AuditRecord.entity == "outbox_message")).scalars().all()
        details = " ".join(str(d) for d in uow.session.execute(select(AuditRecord.detail)).scalars())
    assert actions == ["outbox.queue", "outbox.claim", "outbox.sent"]
    assert issued.key not in details and "luis@example.org" not in details


def test_without_a_mail_server_nothing_is_claimed(ledger):
    [mid] = _queue(ledger, 1)
    result = outbox_dispatch.dispatch_due(ledger.ledger, ledger.admin, now=NOW)
    assert result.configured is False and _row(ledger, mid).status == Status.QUEUED


def test_the_mail_server_is_checked_its_password_encrypted_and_only_admins_set_it(ledger):
    lut = ledger
    with pytest.raises(ValidationError) as e:
        _configure(lut, "70000")
    assert e.value.field == "port"
    with pytest.raises(ValidationError) as e:
        _configure(lut, 587, sender="not an address")
    assert e.value.field == "sender"
    with pytest.raises(ValidationError) as e:
        _configure(lut, 587, host="smtp example")
    assert e.value.field == "host"
    assert mail_server.get(lut.ledger, lut.admin) is None          # nothing was written
    view = _configure(lut, "587", security="starttls", username="desk", password="s3cret-pass")
    assert (view.port, view.security, view.has_password) == (587, "starttls", True)
    with UnitOfWork(lut.ledger, None, None, read_only=True) as uow:
        row = uow.session.execute(select(MailServer)).scalar_one()
        assert "s3cret-pass" not in row.password_enc
        assert mail_server.connection(uow).password == "s3cret-pass"
        detail = uow.session.execute(select(AuditRecord.detail).where(
            AuditRecord.action == "mail_server.set")).scalars().all()
    assert json.loads(detail[-1])["fields"] == ["host", "port", "security", "sender", "username", "password"]
    # the password stays when the form leaves it out
    assert _configure(lut, 587, security="starttls", username="desk").has_password
    teller = lut.staff("teller")
    with pytest.raises(PermissionDenied):
        mail_server.set_server(lut.ledger, teller, MailServerInput("127.0.0.1", 25, "none", sender="a@b.org"))


def test_a_deferred_recipient_is_retried_with_back_off(ledger, smtp):
    lut = ledger
    _configure(lut, smtp.port)
    [mid] = _queue(lut, 1, recipient="later@example.org")
    smtp.inbox.answers["later@example.org"] = "451 4.3.0 Mailbox busy, try later"
    assert outbox_dispatch.dispatch_due(lut.ledger, lut.admin, now=NOW).retrying == 1
    row = _row(lut, mid)
    assert row.status == Status.RETRYING and row.attempts == 1 and "451" in row.last_error
    assert row.next_attempt_at == NOW + timedelta(minutes=1) and row.body_enc
    assert outbox_dispatch.dispatch_due(lut.ledger, lut.admin, now=NOW + timedelta(seconds=30)).retrying == 0
    assert outbox_dispatch.dispatch_due(lut.ledger, lut.admin, now=NOW + timedelta(minutes=1)).retrying == 1
    assert _row(lut, mid).next_attempt_at == NOW + timedelta(minutes=6)       # 1 + 5
    del smtp.inbox.answers["later@example.org"]
    assert outbox_dispatch.dispatch_due(lut.ledger, lut.admin, now=NOW + timedelta(minutes=6)).sent == 1
    row = _row(lut, mid)
    assert row.status == Status.SENT and row.attempts == 3 and row.last_error == ""
    assert [m["Subject"] for m in smtp.inbox.received] == ["Notice 0"]


def test_a_refused_address_gives_up_and_the_desk_can_retry_or_cancel(ledger, smtp):
    lut = ledger
    teller = lut.staff("teller")
    _configure(lut, smtp.port)
    bad, other = _queue(lut, 2, recipient="nobody@example.org", secret=True)
    smtp.inbox.answers["nobody@example.org"] = "550 5.1.1 No such user"
    assert outbox_dispatch.dispatch_due(lut.ledger, teller, now=NOW).failed == 2
    row = _row(lut, bad)
    assert row.status == Status.FAILED and "550" in row.last_error
    assert outbox_dispatch.dispatch_due(lut.ledger, teller, now=NOW + timedelta(days=1)).failed == 0
    outbox.retry(lut.ledger, teller, bad, now=NOW + timedelta(days=1))
    assert _row(lut, bad).status == Status.QUEUED
    del smtp.inbox.answers["nobody@example.org"]
    assert outbox_dispatch.dispatch_due(lut.ledger, teller, now=NOW + timedelta(days=1)).sent == 1
    with pytest.raises(Conflict):
        outbox.cancel(lut.ledger, teller, bad, "sent already")
    with pytest.raises(ValidationError) as e:
        outbox.cancel(lut.ledger, teller, other, "  ")
    assert e.value.field == "reason"
    outbox.cancel(lut.ledger, teller, other, "wrong address")
    row = _row(lut, other)
    assert row.status == Status.CANCELLED and row.body_enc == ""
    with pytest.raises(Conflict):
        outbox.retry(lut.ledger, teller, other)
    views = outbox.messages(lut.ledger, teller)
    assert [(v.id, v.status, v.secret) for v in views] == [(other, "cancelled", True), (bad, "sent", True)]


def test_a_server_that_is_down_or_refuses_the_sign_in_keeps_the_message(ledger):
    lut = ledger
    port = free_port()
    _configure(lut, port)                            # nobody listens there
    [mid] = _queue(lut, 1)
    assert outbox_dispatch.dispatch_due(lut.ledger, lut.admin, now=NOW).retrying == 1
    assert _row(lut, mid).last_error == f"127.0.0.1:{port}: Connection refused"
    with SmtpServer(auth=True) as server:
        _configure(lut, server.port, username="desk", password="wrong-password")
        later = NOW + timedelta(minutes=1)
        assert outbox_dispatch.dispatch_due(lut.ledger, lut.admin, now=later).retrying == 1
        assert _row(lut, mid).last_error.startswith("535 ")
        _configure(lut, server.port, username="desk", password="right-password")
        outbox.retry(lut.ledger, lut.admin, mid, now=later)
        assert outbox_dispatch.dispatch_due(lut.ledger, lut.admin, now=later).sent == 1
        assert server.inbox.logins[-1] == ("desk", "right-password") and len(server.inbox.received) == 1


def test_a_claim_left_by_a_dead_desk_is_taken_again_but_a_live_one_is_not(ledger, smtp):
    lut = ledger
    _configure(lut, smtp.port)
    dead, live = _queue(lut, 2)
    with lut.ledger.engine.begin() as c:
        c.execute(update(OutboxMessage).where(OutboxMessage.id == dead).values(
            status="sending", claimed_by="gone:1", claimed_at=NOW - timedelta(minutes=11), attempts=1))
        c.execute(update(OutboxMessage).where(OutboxMessage.id == live).values(
            status="sending", claimed_by="busy:2", claimed_at=NOW - timedelta(minutes=1), attempts=1))
    assert outbox_dispatch.dispatch_due(lut.ledger, lut.admin, now=NOW).sent == 1
    assert _row(lut, dead).status == Status.SENT and _row(lut, dead).attempts == 2
    assert _row(lut, live).status == Status.SENDING and _row(lut, live).claimed_by == "busy:2"
    assert [m["Subject"] for m in smtp.inbox.received] == ["Notice 0"]


def test_reissuing_or_revoking_cancels_the_letter_still_waiting(ec_ledger):
    lut = ec_ledger
    teller = lut.staff("teller")
    f = active_member(lut, teller)
    first = credentials.issue(lut.ledger, teller, f.id, delivery="email", now=NOW)
    second = credentials.issue(lut.ledger, teller, f.id, delivery="email", reissue=True, now=NOW)
    assert _row(lut, first.outbox_id).status == Status.CANCELLED and _row(lut, first.outbox_id).body_enc == ""
    assert _row(lut, second.outbox_id).status == Status.QUEUED
    credentials.revoke(lut.ledger, teller, f.id, "lost the letter")
    assert _row(lut, second.outbox_id).status == Status.CANCELLED


PER_RUN = 30


def _dispatcher(url: str, username: str, start) -> None:  # noqa: ANN001
    from app.services import auth, outbox_dispatch
    from app.services.context import Ledger
    ledger = Ledger.open(url, migrate=False)
    actor = auth.login(ledger, username, STAFF_PASSWORD)
    start.wait()
    outbox_dispatch.dispatch_due(ledger, actor)
    ledger.dispose()


def test_two_dispatching_processes_never_send_a_message_twice(ledger, smtp):
    lut = ledger
    lut.staff("teller", "uno"), lut.staff("teller", "dos")
    _configure(lut, smtp.port)
    ids = _queue(lut, PER_RUN, at=NOW)
    ctx = mp.get_context("spawn")
    start = ctx.Event()
    procs = [ctx.Process(target=_dispatcher, args=(lut.url, name, start)) for name in ("uno", "dos")]
    for p in procs:
        p.start()
    start.set()
    for p in procs:
        p.join(timeout=300)
        assert p.exitcode == 0
    subjects = sorted(m["Subject"] for m in smtp.inbox.received)
    assert subjects == sorted(f"Notice {i}" for i in range(PER_RUN))
    with UnitOfWork(lut.ledger, None, None, read_only=True) as uow:
        rows = uow.session.execute(select(OutboxMessage).where(OutboxMessage.id.in_(ids))).scalars().all()
    assert all(r.status == Status.SENT and r.attempts == 1 for r in rows)


def test_the_administrator_sends_a_test_message_and_reads_a_refusal(ledger, smtp):
    lut = ledger
    with pytest.raises(Conflict):
        mail_server.send_test(lut.ledger, lut.admin, "it@coop.example")     # no server yet
    _configure(lut, smtp.port)
    with pytest.raises(ValidationError) as e:
        mail_server.send_test(lut.ledger, lut.admin, "nobody")
    assert e.value.field == "email"
    mail_server.send_test(lut.ledger, lut.admin, "it@coop.example")
    [mail] = smtp.inbox.to("it@coop.example")
    assert "Test message from Cooperativa de Prueba" == mail["Subject"]
    smtp.inbox.answers["bad@coop.example"] = "550 5.1.1 No such user"
    with pytest.raises(Conflict) as e:
        mail_server.send_test(lut.ledger, lut.admin, "bad@coop.example")
    assert "550" in e.value.render()
    with pytest.raises(PermissionDenied):
        mail_server.send_test(lut.ledger, lut.staff("teller"), "it@coop.example")


def test_a_run_sends_in_one_session_even_past_a_refused_address(ledger, smtp):
    lut = ledger
    _configure(lut, smtp.port)
    _queue(lut, 2, recipient="a@example.org")
    _queue(lut, 1, recipient="gone@example.org")
    _queue(lut, 2, recipient="b@example.org")
    smtp.inbox.answers["gone@example.org"] = "550 5.1.1 No such user"
    result = outbox_dispatch.dispatch_due(lut.ledger, lut.admin, now=NOW)
    assert (result.sent, result.failed) == (4, 1)
    assert len(smtp.inbox.received) == 4 and len(set(smtp.inbox.peers)) == 1


def test_a_message_that_can_never_go_out_fails_and_does_not_hold_up_the_others(ledger, smtp):
    lut = ledger
    _configure(lut, smtp.port)
    unreadable, gone, fine = _queue(lut, 3, secret=True)
    with lut.ledger.engine.begin() as c:
        c.execute(update(OutboxMessage).where(OutboxMessage.id == unreadable).values(body_enc="not-a-token"))
        c.execute(update(OutboxMessage).where(OutboxMessage.id == gone).values(
            status="sending", claimed_by="gone:1", claimed_at=NOW - timedelta(hours=1), attempts=6))
    result = outbox_dispatch.dispatch_due(lut.ledger, lut.admin, now=NOW)
    assert (result.sent, result.failed) == (1, 2)
    assert _row(lut, unreadable).status == Status.FAILED and "cannot be read" in _row(lut, unreadable).last_error
    assert _row(lut, gone).status == Status.FAILED and _row(lut, gone).last_error.startswith("Given up")
    assert _row(lut, fine).status == Status.SENT and len(smtp.inbox.received) == 1


def test_a_run_asked_to_stop_sends_no_more(ledger, smtp):
    lut = ledger
    _configure(lut, smtp.port)
    _queue(lut, 3)
    asked = iter([False, True])
    assert outbox_dispatch.dispatch_due(lut.ledger, lut.admin, now=NOW, stop=lambda: next(asked)).sent == 1
    assert len(smtp.inbox.received) == 1
