"""The member file: opened from the search (Enter, double click), its header and products, Back
and Escape to the search, F2 from anywhere on it."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from stdnum.es import cif
from ui_helpers import register, sign_in

from app.domain.member_form import MemberInput
from app.services import members
from app.ui.member_file.page import MemberFilePage
from app.ui.member_form import MemberForm

SPANISH_IBAN = "ES9121000418450200051332"


def _open_maria(qtbot, ledger, gui, teller, staff_password):  # noqa: ANN001, ANN202
    maria = register(ledger, teller, "María", "García López", 12345678)
    register(ledger, teller, "José", "García Núñez", 23456789)
    window = sign_in(qtbot, gui, teller.username, staff_password)
    qtbot.keyClicks(window.search.field, "garc")
    qtbot.waitUntil(lambda: window.search.model.rowCount() == 2)
    qtbot.keyClick(window.search.field, Qt.Key.Key_Down)
    with qtbot.waitSignal(window.search.member_activated):
        qtbot.keyClick(window.search.view, Qt.Key.Key_Return)
    return window, maria


def test_enter_opens_one_page_with_header_and_accounts(qtbot, ledger, gui, teller, staff_password):
    window, maria = _open_maria(qtbot, ledger, gui, teller, staff_password)
    page: MemberFilePage = window.member_file
    assert window.counter.currentWidget() is page and page.isVisible()
    assert not window.search.isVisible()
    header = page.header
    assert header.name_label.text() == "García López, María"
    assert header.status_label.text() == "Applicant"
    assert header.fields["number"].text() == "000001"
    assert header.fields["document"].text() == f"DNI {maria.document}"
    assert header.fields["branch"].text() == "0001 Main office"
    assert header.fields["bank"].text() == "—"
    assert header.people_label.text() == "Holder of the accounts below."
    tabs = [page.tabs.tabText(i).replace("&", "") for i in range(page.tabs.count())]
    assert tabs == ["Summary", "Movements", "Capital", "Loans", "Cards", "Online access"]
    table = page.summary.accounts
    assert table.rowCount() == 2
    assert [table.horizontalHeaderItem(c).text() for c in range(5)] == [
        "Account", "Type", "Status", "Booked (EUR)", "Available (EUR)"]
    assert [table.item(r, 1).text() for r in range(2)] == ["Mandatory capital", "Voluntary capital"]
    assert [table.item(r, 0).text() for r in range(2)] == [a.number for a in maria.accounts]
    assert table.item(0, 3).text() == "0,00" and table.item(1, 4).text() == "0,00"
    assert table.item(0, 3).textAlignment() & Qt.AlignmentFlag.AlignRight
    assert page.summary.last_title.text() == f"Last 10 movements of account {maria.accounts[0].number}"
    assert page.summary.empty_label.text() == "No movements yet."
    assert window.current_member_id() == maria.id          # operations act on this member


def test_escape_and_back_return_to_the_search_field(qtbot, ledger, gui, teller, staff_password):
    window, _maria = _open_maria(qtbot, ledger, gui, teller, staff_password)
    page = window.member_file
    qtbot.waitUntil(page.summary.accounts.hasFocus)
    qtbot.keyClick(page.summary.accounts, Qt.Key.Key_Escape)
    assert window.counter.currentIndex() == 0
    qtbot.waitUntil(window.search.field.hasFocus)
    assert window.search.field.text() == "garc"            # the search is as it was
    # Double click opens it again; Back returns.
    view = window.search.view
    rect = view.visualRect(window.search.model.index(0, 1))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(window.search.member_activated):   # (QTest needs the click before)
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.counter.currentWidget() is page
    qtbot.mouseClick(page.header.back_button, Qt.MouseButton.LeftButton)
    assert window.counter.currentIndex() == 0
    qtbot.waitUntil(window.search.field.hasFocus)


def test_f2_from_the_member_file(qtbot, ledger, gui, teller, staff_password):
    window, _maria = _open_maria(qtbot, ledger, gui, teller, staff_password)
    page = window.member_file
    page.show_movements()
    qtbot.waitUntil(page.movements.view.hasFocus)
    qtbot.keyClick(page.movements.view, Qt.Key.Key_F2)
    assert window.counter.currentIndex() == 0
    qtbot.waitUntil(window.search.field.hasFocus)


def test_organisation_header_names_its_representatives(qtbot, ledger, gui, teller, staff_password):
    maria = register(ledger, teller, "María", "García López", 12345678)
    body = "B6534567"
    org = members.register_member(ledger.ledger, teller, MemberInput(
        document=body + cif.calc_check_digits(body)[0], given_names="Cooperativa La Fusta SCCL"))
    members.add_representative(ledger.ledger, teller, org.id, maria.id, "administradora")
    members.request_bank_account_change(ledger.ledger, teller, org.id, SPANISH_IBAN)
    window = sign_in(qtbot, gui, teller.username, staff_password)
    window.open_member(org.id)
    header = window.member_file.header
    assert header.name_label.text() == "Cooperativa La Fusta SCCL"
    assert header.people_label.text() == "Representatives: García López, María (administradora)"
    assert header.petitions_label.isVisible() and header.petitions_label.text() == "1 petition waiting"
    window.open_member(maria.id)
    assert header.people_label.text() == "Represents: Cooperativa La Fusta SCCL (administradora)"
    assert not header.petitions_label.isVisible()


def test_header_buttons_open_the_form_and_the_bank_petition(qtbot, ledger, gui, teller, staff_password):
    window, maria = _open_maria(qtbot, ledger, gui, teller, staff_password)
    page = window.member_file
    qtbot.mouseClick(page.header.edit_button, Qt.MouseButton.LeftButton)
    form = window.findChild(MemberForm)
    assert form is not None and form.isVisible()
    assert form.windowTitle() == "Edit member García López, María"
    assert form.inputs["document"].text() == maria.document
    form.reject()
    dialog = page.change_bank_account()
    dialog.account_edit.setText("2100 0418 4502 0005 1332")
    assert dialog.check()
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    assert dialog.petition is not None and dialog.petition.status == "pending"
    assert dialog.done_label.text() == (f"Petition {dialog.petition.id} filed. The change waits "
                                        "for a supervisor's approval.")
    # The page re-read the member (events.changed): one petition waiting, the account unchanged.
    assert page.header.petitions_label.text() == "1 petition waiting"
    assert page.header.fields["bank"].text() == "—"
    dialog.close()


def test_an_unknown_member_says_so_and_stays_on_the_search(qtbot, ledger, gui, teller, staff_password):
    window = sign_in(qtbot, gui, teller.username, staff_password)
    window.open_member(999)
    assert window.counter.currentIndex() == 0
    assert window.member_file.error_label.text() == "Member 999 does not exist."


def test_a_language_change_sets_every_text_again(qtbot, ledger, gui, teller, staff_password):
    window, maria = _open_maria(qtbot, ledger, gui, teller, staff_password)
    page = window.member_file
    page.header.edit_button.setText("x")
    page.movements.csv_button.setText("x")
    page.summary.accounts_title.setText("x")
    for widget in (page, page.header, page.summary, page.movements):
        QCoreApplication.sendEvent(widget, QEvent(QEvent.Type.LanguageChange))
    assert page.header.edit_button.text() == "&Edit member"
    assert page.movements.csv_button.text() == "Export &CSV…"
    assert page.summary.accounts_title.text() == "Accounts"
    assert page.header.name_label.text() == "García López, María"
    assert page.summary.accounts.rowCount() == len(maria.accounts)
    assert page.tabs.tabText(1) == "&Movements"
