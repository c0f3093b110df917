"""The outbox at the desk: an e-mailed letter waits in the Outbox page (counted in the
navigation), Send now sends it in a worker thread through a real SMTP server, a refused one shows
the server's answer and is retried or cancelled with a reason; the administrator's Mail server
tab names a bad field, keeps the password unseen, and sends a test message."""
from __future__ import annotations


import pytest
from PySide6.QtCore import Qt

from app.services import credentials, mail_server
from app.services.mail_server import MailServerInput
from app.ui.navigation import Page
from tests.services.smtp_inbox import SmtpServer

from member_file_helpers import active_luis, desk_window


@pytest.fixture
def smtp():
    with SmtpServer() as server:
        yield server


def _member_with_letter(lut, teller):  # noqa: ANN001, ANN201
    f = active_luis(lut, teller)
    return f, credentials.issue(lut.ledger, teller, f.id, delivery="email")


def _outbox(qtbot, lut, actor):  # noqa: ANN001, ANN201
    window = desk_window(qtbot, lut, actor)
    window.dispatcher.stop()                 # the test presses Send now itself
    window.navigation.refresh()
    window.go(Page.OUTBOX)
    return window, window.outbox


def test_send_now_sends_the_waiting_letter_and_the_page_follows(qtbot, ec_ledger, smtp):
    lut = ec_ledger
    teller = lut.staff("teller")
    mail_server.set_server(lut.ledger, lut.admin, MailServerInput("127.0.0.1", smtp.port, "none",
                                                                  sender="oficina@coop.example"))
    f, issued = _member_with_letter(lut, teller)
    window, page = _outbox(qtbot, lut, teller)
    assert window.navigation.item_text(Page.OUTBOX) == "Outbox (1)"
    assert page.server_label.text().startswith(f"E-mails go out through 127.0.0.1:{smtp.port}")
    assert page.model.rowCount() == 1
    cells = [page.model.index(0, c).data() for c in range(page.model.columnCount())]
    assert cells[1] == f"{f.number:06d}" and cells[2] == "Online access letter"
    assert cells[3] == "luis@example.org" and cells[4] == "Waiting to be sent"
    assert issued.key not in " ".join(cells)
    qtbot.mouseClick(page.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.dispatcher.running and page.run_label.text().startswith("Last run"))
    assert "1 sent, 0 to retry, 0 failed" in page.run_label.text()
    assert page.model.rowCount() == 0 and page.empty.isVisible()          # sent: off the open list
    assert issued.key in smtp.inbox.to("luis@example.org")[0].get_content()
    page.filter.setCurrentIndex(1)                                       # Sent
    assert page.model.index(0, 4).data() == "Sent"
    qtbot.waitUntil(lambda: window.navigation.item_text(Page.OUTBOX) == "Outbox")


def test_a_refused_address_shows_the_answer_and_is_retried_or_cancelled(qtbot, ec_ledger, smtp):
    lut = ec_ledger
    teller = lut.staff("teller")
    mail_server.set_server(lut.ledger, lut.admin, MailServerInput("127.0.0.1", smtp.port, "none",
                                                                  sender="oficina@coop.example"))
    smtp.inbox.answers["luis@example.org"] = "550 5.1.1 No such user"
    _member_with_letter(lut, teller)
    window, page = _outbox(qtbot, lut, teller)
    page.send_now()
    qtbot.waitUntil(lambda: not page.dispatcher.running and "1 failed" in page.run_label.text())
    page.view.selectRow(0)
    assert page.model.index(0, 4).data() == "Failed, gave up"
    assert page.model.index(0, 7).data() == "550 5.1.1 No such user"
    assert page.retry_button.isEnabled() and not page.cancel_button.isEnabled()   # no reason yet
    page.retry()
    assert page.done_label.text() == "It goes out with the next run."
    assert page.model.index(0, 4).data() == "Waiting to be sent"
    page.view.selectRow(0)
    page.reason_edit.setText("The member gave a wrong address")
    assert page.cancel_button.isEnabled()
    page.cancel()
    assert page.done_label.text() == "Cancelled: it will not go out." and page.model.rowCount() == 0


def test_the_mail_server_tab_names_a_bad_field_keeps_the_password_and_sends_a_test(qtbot, ec_ledger, smtp):
    lut = ec_ledger
    window = desk_window(qtbot, lut, lut.admin)
    window.dispatcher.stop()
    window.go(Page.ADMINISTRATION)
    tab = window.administration.show_tab("mail")
    assert tab.inputs["port"].text() == "587"                  # STARTTLS suggested first
    tab.inputs["host"].setText("127.0.0.1")
    tab.inputs["port"].setText("99999")
    tab.inputs["sender"].setText("oficina@coop.example")
    assert not tab.save()
    assert tab.rows.errors["port"].text() == "Use a port from 1 to 65535."
    assert mail_server.get(lut.ledger, lut.admin) is None
    tab.inputs["security"].setCurrentIndex(tab.inputs["security"].findData("none"))
    tab.inputs["port"].setText(str(smtp.port))
    tab.inputs["username"].setText("")
    tab.inputs["password"].setText("relay-pass")
    assert tab.save() and tab.rows.errors["port"].text() == ""
    assert tab.inputs["password"].text() == "" and "leave empty to keep it" in tab.inputs["password"].placeholderText()
    assert tab.save() and mail_server.get(lut.ledger, lut.admin).has_password       # kept
    tab.test_to.setText("it@coop.example")
    tab.send_test()
    assert tab.test_feedback.done_label.text() == "The server took the message for it@coop.example."
    assert len(smtp.inbox.to("it@coop.example")) == 1
    tab.no_password.setChecked(True)
    assert tab.save() and not mail_server.get(lut.ledger, lut.admin).has_password


def test_send_now_without_a_mail_server_says_so_and_keeps_the_letter(qtbot, ec_ledger):
    lut = ec_ledger
    teller = lut.staff("teller")
    _member_with_letter(lut, teller)
    window, page = _outbox(qtbot, lut, teller)
    assert page.server_label.text().startswith("No mail server is set")
    page.send_now()
    qtbot.waitUntil(lambda: not page.dispatcher.running and page.run_label.text() != "")
    assert "no mail server is set, nothing was sent" in page.run_label.text()
    assert page.model.index(0, 4).data() == "Waiting to be sent"
