"""The member file's Online access tab: issuing a credential (key shown once, the letter
printed), enrolling the authenticator (QR shown, first code confirms it), and a petition dialog
asking the enrolled member for their code."""
from __future__ import annotations

import io
from datetime import timedelta

from pypdf import PdfReader

from app.domain import otp as rules
from app.models.base import utcnow
from app.services import credentials, otp

from member_file_helpers import active_luis, desk_window


def access_tab(qtbot, lut):  # noqa: ANN001, ANN201
    teller = lut.staff("teller")
    f = active_luis(lut, teller)
    window = desk_window(qtbot, lut, teller)
    page = window.member_file
    assert page.show_member(f.id)
    window.counter.setCurrentWidget(page)
    page.tabs.setCurrentIndex(page.ACCESS)
    return page, page.access, f, teller


def test_issuing_a_credential_shows_the_key_once_and_prints_the_letter(qtbot, ec_ledger):
    page, tab, f, teller = access_tab(qtbot, ec_ledger)
    assert page.tabs.tabText(page.ACCESS) == "&Online access"
    assert tab.online_status.text() == "No online access yet." and tab.issue_button.isEnabled()
    dialog = tab.issue()
    assert dialog.username.text() == "1710034065" and dialog.email_choice.isEnabled()
    assert dialog.send()
    key = dialog.issued.key
    assert dialog.key_label.text() == key and dialog.letter_button.isVisible()
    text = PdfReader(io.BytesIO(dialog.letter_pdf())).pages[0].extract_text()
    assert key in text and "1710034065" in text and "Andrade Mena, Luis" in text
    dialog.send()                                                 # Done
    qtbot.waitUntil(lambda: "Issued, waiting for the member" in tab.online_status.text())
    assert tab.issue_button.text() == "Reissue the &key…" and key not in tab.online_status.text()
    credentials.complete(ec_ledger.ledger, "1710034065", key, "2200123456", "Cotopaxi2026")
    tab.set_member(page.member)
    assert tab.online_status.text().startswith("Active · user name 1710034065")


def test_enrolling_the_authenticator_shows_the_qr_and_a_first_code_activates_it(qtbot, ec_ledger):
    page, tab, f, teller = access_tab(qtbot, ec_ledger)
    assert tab.otp_label.text() == "None: the member signs the printed forms."
    dialog = tab.enrol()
    assert not dialog.qr.isVisible() and dialog.show_button.isVisible()   # nothing replaced yet
    assert dialog.start()
    assert dialog.qr.isVisible() and dialog.qr.matrix and len(dialog.qr.matrix) == len(dialog.qr.matrix[0])
    secret = dialog.enrolment.secret
    assert dialog.secret_label.text().replace(" ", "") == secret
    text = PdfReader(io.BytesIO(dialog.sheet_pdf())).pages[0].extract_text()
    assert "Your authenticator" in text and secret[:4] in text
    dialog.code.setText("000000" if rules.code_at(secret, utcnow()) != "000000" else "111111")
    assert not dialog.confirm() and "tries left" in dialog.message.text()
    first = rules.code_at(secret, utcnow())
    dialog.code.setText(first)
    assert dialog.confirm() and dialog.done_label.isVisible()
    qtbot.waitUntil(lambda: tab.otp_label.text().startswith("Active"))
    # An enrolled member confirms a petition with the code instead of signing the form.
    bank = page.change_bank_account()
    assert bank.otp.isVisibleTo(bank)
    bank.account_edit.setText("2200999999")
    bank.bank_edit.setText("Banco Pichincha")
    assert bank.check()
    bank.send()
    assert "type the code" in bank.otp.error.text() and bank.petition is None
    bank.otp.edit.setText(first)                                  # the code just used: refused
    bank.send()
    assert "used already" in bank.otp.error.text() and bank.petition is None
    bank.otp.edit.setText(rules.code_at(secret, utcnow() + timedelta(seconds=30)))   # the next one
    bank.send()
    assert bank.petition is not None and bank.petition.confirmed_by == "otp"
    assert otp.status(ec_ledger.ledger, teller, f.id).failures == 0     # a success clears the count
