"""Registering and editing members: what is wrong is said under the field while typing, Save waits
for a valid form, the service's own refusals land on their field, nothing is written on errors."""
from __future__ import annotations

from member_file_helpers import desk_window
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from stdnum.es import cif
from ui_helpers import register, sign_in, type_text

from app.services import members
from app.services.member_search import search_members
from app.ui.member_file.bank_change import BankChangeDialog
from app.ui.member_form import MemberForm

DNI_WRONG = "The check letter of the DNI is wrong: expected Z."


def _new_form(qtbot, window) -> MemberForm:  # noqa: ANN001
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = window.findChild(MemberForm)
    assert form is not None and form.isVisible()
    assert form.windowTitle() == "New member"
    return form


def _retype(qtbot, edit, text: str) -> None:  # noqa: ANN001
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    type_text(edit, text)


def test_register_says_what_is_wrong_while_typing(qtbot, ledger, gui, teller, staff_password):
    window = sign_in(qtbot, gui, teller.username, staff_password)
    form = _new_form(qtbot, window)
    w = form.inputs
    assert not form.save_button.isEnabled()
    assert form.rows.error("document") == ""                    # untouched: nothing said yet
    assert form.problem_label.text() == "Document: Type the identity document."
    qtbot.keyClicks(w["document"], "12345678A")
    qtbot.waitUntil(lambda: form.rows.error("document") == DNI_WRONG)
    assert form.problem_label.text() == f"Document: {DNI_WRONG}"
    assert form.problem_label.property("error") is True
    assert not form.save_button.isEnabled()
    _retype(qtbot, w["document"], "12345678z")
    w["given_names"].setText("María")
    qtbot.waitUntil(lambda: form.rows.error("document") == "")
    qtbot.waitUntil(lambda: form.problem_label.text() == "Surnames: Type at least one surname.")
    type_text(w["surnames"], "García López")
    w["birth_date"].setText("31/02/1980")
    qtbot.waitUntil(lambda: form.rows.error("birth_date")
                    == "There is no such date: check the day and the month.")
    w["birth_date"].setText("1980-06-15")
    qtbot.waitUntil(lambda: form.rows.error("birth_date")
                    == "Type the date as dd/mm/yyyy, for example 31/12/1980.")
    w["birth_date"].setText("15/06/1980")
    w["email"].setText("maria@example")
    qtbot.waitUntil(lambda: form.rows.error("email") == "Type an address like name@example.org.")
    assert form.rows.error("birth_date") == "" and not form.save_button.isEnabled()
    w["email"].setText("Maria@Example.org")
    w["phone"].setText("+34 600 123 456")
    w["bank_account"].setText("2100 0418 45 0200051333")
    qtbot.waitUntil(lambda: form.rows.error("bank_account") != "")
    assert form.rows.error("bank_account") == "The account control digit is wrong."
    w["bank_account"].setText("2100 0418 45 0200051332")
    w["risk"].setCurrentIndex(w["risk"].findData("medium"))
    w["pep"].setChecked(True)
    qtbot.waitUntil(form.save_button.isEnabled)
    assert form.problem_label.text() == ""
    assert form.rows.is_visible("surnames")                         # a person: surnames shown
    with qtbot.waitSignal(form.accepted):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    saved = members.get_member(ledger.ledger, teller, form.saved.id)
    assert saved.name == "García López, María" and saved.document == "12345678Z"
    assert saved.data.email == "maria@example.org" and saved.data.pep and saved.data.risk == "medium"
    assert saved.data.birth_date.isoformat() == "1980-06-15"
    assert saved.bank_account_display == "ES91 2100 0418 4502 0005 1332"
    # The new member's file opens.
    assert window.counter.currentWidget() is window.member_file
    assert window.member_file.header.name_label.text() == "García López, María"


def test_the_service_refusal_lands_on_its_field_and_nothing_is_written(qtbot, ledger, teller):
    register(ledger, teller, "María", "García López", 12345678)
    window = desk_window(qtbot, ledger, teller)
    form = window.new_member()
    form.inputs["document"].setText("12345678-Z")
    form.inputs["given_names"].setText("Marta")
    form.inputs["surnames"].setText("Gil")
    assert form.check() and form.save_button.isEnabled()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.isVisible() and form.saved is None
    assert form.rows.error("document") == "This document is already registered (member 000001)."
    assert form.problem_label.text() == ("Document: This document is already registered "
                                         "(member 000001).")
    assert not form.save_button.isEnabled()
    assert len(search_members(ledger.ledger, teller, "gil")) == 0
    form.reject()


def test_an_organisation_has_a_legal_name_and_no_surnames(qtbot, ledger, teller):
    window = desk_window(qtbot, ledger, teller)
    form = window.new_member()
    body = "B6534567"
    form.inputs["document"].setText(body + cif.calc_check_digits(body)[0])
    form.check()
    assert form.rows.captions["given_names"].text() == "&Legal name"
    assert not form.rows.is_visible("surnames") and not form.rows.is_visible("birth_date")
    assert form.problem_label.text() == "Legal name: This cannot be empty."
    form.inputs["given_names"].setText("Cooperativa La Fusta SCCL")
    assert form.check()
    form.save()
    assert form.saved is not None and form.saved.kind == "organisation"
    assert window.member_file.header.name_label.text() == "Cooperativa La Fusta SCCL"


def test_edit_changes_the_phone_and_keeps_the_bank_account_for_a_petition(qtbot, ledger, teller):
    maria = register(ledger, teller, "María", "García López", 12345678)
    window = desk_window(qtbot, ledger, teller)
    window.open_member(maria.id)
    form = window.member_file.edit_member()
    assert form.windowTitle() == "Edit member García López, María"
    assert form.save_button.text() == "Save" and form.save_button.isEnabled()
    assert form.inputs["bank_account"].isReadOnly()
    form.inputs["phone"].setText("600 12")
    qtbot.waitUntil(lambda: form.rows.error("phone") != "")        # edit mode: said at once
    assert form.rows.error("phone") == "Type digits, with an optional leading + (at least 6 digits)."
    _retype(qtbot, form.inputs["phone"], "+34 600 123 456")
    qtbot.waitUntil(form.save_button.isEnabled)
    with qtbot.waitSignal(form.accepted):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    after = members.get_member(ledger.ledger, teller, maria.id)
    assert after.data.phone == "+34 600 123 456"
    assert [h[2] for h in members.member_history(ledger.ledger, teller, maria.id)] == ["phone"]

    form = window.member_file.edit_member()
    qtbot.mouseClick(form.change_bank_button, Qt.MouseButton.LeftButton)
    dialog = form.findChild(BankChangeDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.account_edit.setText("ES00 2100 0418 4502 0005 1332")
    assert not dialog.check() and not dialog.send_button.isEnabled()
    assert dialog.rows.error("bank_account") == "The check digits of the IBAN (after ES) are wrong."
    dialog.account_edit.setText("ES91 2100 0418 4502 0005 1332")
    assert dialog.check()
    dialog.send()
    assert dialog.petition is not None
    assert "waits for a supervisor's approval" in dialog.done_label.text()
    assert members.get_member(ledger.ledger, teller, maria.id).bank_account_display == ""
    dialog.close()
    form.reject()


def test_the_keyboard_goes_down_each_column(qtbot, ledger, teller):
    window = desk_window(qtbot, ledger, teller)
    form = window.new_member()
    qtbot.waitUntil(form.isActiveWindow)
    w = form.inputs
    qtbot.waitUntil(w["document"].hasFocus)               # the form opens on the document
    expected = ["given_names", "surnames", "birth_date", "document_expiry", "pep", "risk",
                "address", "email", "phone", "occupation", "income_source", "bank_account"]
    for name in expected:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is w[name], name
    form.reject()
