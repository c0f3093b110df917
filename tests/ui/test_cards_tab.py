"""The member file's Cards tab: issuing a card (a bad number named under its field, the number
shown masked), resetting the PIN (the mailer printed, the PIN never on the teller's screen), the
member changing it in the masked window (a weak PIN refused beside the tips), blocking without a
code and unblocking with the member's, and a credit card with its limit."""
from __future__ import annotations

import io
from datetime import timedelta

from pypdf import PdfReader
from PySide6.QtWidgets import QLineEdit
from stdnum import luhn

from app.domain import otp as rules
from app.models.base import utcnow
from app.services import otp

from member_file_helpers import active_luis, desk_window

BODY = "550975000000702"
NUMBER = BODY + luhn.calc_check_digit(BODY)
MASKED = f"{NUMBER[:6]}XXXXXX{NUMBER[-4:]}"


def cards_tab(qtbot, lut):  # noqa: ANN001, ANN201
    teller = lut.staff("teller")
    f = active_luis(lut, teller)
    window = desk_window(qtbot, lut, teller)
    window.dispatcher.stop()
    page = window.member_file
    assert page.show_member(f.id)
    window.counter.setCurrentWidget(page)
    page.tabs.setCurrentIndex(page.CARDS)
    return page, page.cards, f, teller


def _issue_debit(tab):  # noqa: ANN001, ANN201
    dialog = tab.act("issue")
    dialog.inputs["card_number"].setText(NUMBER)
    dialog.inputs["expires_on"].setText("11/30")
    assert dialog.send()
    return dialog.issued


def test_issuing_a_card_names_a_bad_number_and_shows_it_masked(qtbot, ec_ledger):
    page, tab, f, teller = cards_tab(qtbot, ec_ledger)
    assert page.tabs.tabText(page.CARDS) == "&Cards" and tab.empty.isVisible()
    dialog = tab.act("issue")
    assert dialog.account.count() == 1 and not dialog.inputs["credit_limit"].isVisibleTo(dialog)
    dialog.inputs["card_number"].setText(NUMBER[:-1] + str((int(NUMBER[-1]) + 1) % 10))
    dialog.inputs["expires_on"].setText("11/30")
    assert not dialog.send()
    assert "check digit" in dialog.rows.errors["card_number"].text()
    dialog.inputs["card_number"].setText(" ".join(NUMBER[i:i + 4] for i in range(0, 16, 4)))
    assert dialog.send()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    cells = [tab.model.index(0, c).data() for c in range(tab.model.columnCount())]
    assert cells[:4] == ["Mastercard", MASKED, "Debit", "Active"] and cells[7] == "11/30"
    assert cells[8] == "No PIN" and cells[5] == "—"
    assert tab.message.text().startswith(f"Card {MASKED} issued")
    assert NUMBER not in tab.message.text()


def test_a_reset_pin_is_printed_never_shown_and_the_member_changes_it(qtbot, ec_ledger):
    page, tab, f, teller = cards_tab(qtbot, ec_ledger)
    _issue_debit(tab)
    qtbot.waitUntil(lambda: tab.buttons["reset_pin"].isEnabled())
    assert not tab.buttons["change_pin"].isEnabled()               # no PIN yet
    dialog = tab.act("reset_pin")
    assert not dialog.otp.isVisibleTo(dialog)                      # not enrolled: signed form
    dialog.form_button.click()
    form = PdfReader(io.BytesIO(dialog.form_button.dialog.pdf_bytes)).pages[0].extract_text()
    assert "A new temporary PIN for the card" in form and MASKED in form and NUMBER not in form
    assert "Andrade Mena, Luis" in form and "The member's signature" in form
    dialog.form_button.dialog.reject()
    assert dialog.send()
    pin = dialog.temporary.pin
    assert pin not in dialog.done_label.text() and dialog.mailer_button.isVisibleTo(dialog)
    text = PdfReader(io.BytesIO(dialog.mailer_pdf())).pages[0].extract_text()
    assert pin in text and MASKED in text and NUMBER not in text and "Avoid your birth date." in text
    dialog.send()                                                  # Done
    qtbot.waitUntil(lambda: tab.model.index(0, 8).data() == "Temporary")
    window = tab.act("change_pin")
    edits = [window.inputs[n] for n in ("old_pin", "new_pin", "new_pin_again")]
    assert all(e.echoMode() == QLineEdit.EchoMode.Password for e in edits)
    assert [t.text() for t in window.tips][0] == "• Avoid consecutive digits (1234, 9876)."
    edits[0].setText(pin)
    edits[1].setText("4321")
    edits[2].setText("4321")
    assert not window.send()
    assert "follow each other" in window.rows.errors["new_pin"].text()
    assert all(e.text() == "" for e in edits)                      # nothing lingers
    new = "2468" if pin != "2468" else "1357"
    edits[0].setText(pin)
    edits[1].setText(new)
    edits[2].setText(new)
    assert window.send()
    qtbot.waitUntil(lambda: tab.model.index(0, 8).data() == "Chosen")
    assert tab.message.text() == "The member's new PIN is set."


def test_blocking_needs_no_code_and_unblocking_takes_the_members(qtbot, ec_ledger):
    page, tab, f, teller = cards_tab(qtbot, ec_ledger)
    _issue_debit(tab)
    e = otp.enrol(ec_ledger.ledger, teller, f.id)
    otp.confirm(ec_ledger.ledger, teller, f.id, rules.code_at(e.secret, utcnow()))
    qtbot.waitUntil(lambda: tab.buttons["block"].isEnabled())
    block = tab.act("block")
    block.reason.setCurrentIndex(block.reason.findData("lost"))
    assert block.send()
    qtbot.waitUntil(lambda: tab.model.index(0, 3).data() == "Blocked (Lost)")
    assert tab.buttons["unblock"].isEnabled() and not tab.buttons["reset_pin"].isEnabled()
    unblock = tab.act("unblock")
    assert unblock.otp.isVisibleTo(unblock) and not unblock.form_button.isVisibleTo(unblock)
    assert not unblock.send() and "type the code" in unblock.otp.error.text()
    unblock.otp.edit.setText(rules.code_at(e.secret, utcnow() + timedelta(seconds=30)))
    assert unblock.send()
    qtbot.waitUntil(lambda: tab.model.index(0, 3).data() == "Active")


def test_a_credit_card_shows_its_limit_and_is_cancelled_with_a_reason(qtbot, ec_ledger):
    page, tab, f, teller = cards_tab(qtbot, ec_ledger)
    dialog = tab.act("issue")
    dialog.credit_choice.setChecked(True)
    assert dialog.inputs["credit_limit"].isVisibleTo(dialog) and not dialog.account.isVisibleTo(dialog)
    dialog.inputs["card_number"].setText(NUMBER)
    dialog.inputs["expires_on"].setText("11/30")
    dialog.inputs["credit_limit"].setText("1500,00")
    assert not dialog.send() and dialog.rows.errors["credit_limit"].text().startswith("Type the amount")
    dialog.inputs["credit_limit"].setText("1,500.00")
    assert dialog.send()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    assert tab.model.index(0, 2).data() == "Credit" and tab.model.index(0, 5).data() == "1,500.00"
    assert tab.model.index(0, 6).data() == "0.00"
    cancel = tab.act("cancel")
    assert not cancel.send() and "Say why" in cancel.message.text()
    cancel.reason.setText("The member does not want it")
    assert cancel.send()
    qtbot.waitUntil(lambda: tab.model.index(0, 3).data() == "Cancelled")
    assert not tab.buttons["cancel"].isEnabled() and not tab.buttons["reset_pin"].isEnabled()
