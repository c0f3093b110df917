"""The main window on a real ledger: search as you type, the member summary, F2, the status
bar and the approvals count."""
from __future__ import annotations

from babel.dates import format_date
from PySide6.QtCore import Qt
from ui_helpers import register, sign_in, type_text

from app.services import members
from app.services.institution import institution_view
from app.ui import member_search as member_search_ui
from app.ui.navigation import Page
from app.ui.paged_model import KeyRole

SPANISH_IBAN = "ES9121000418450200051332"


def _people(ledger, actor):  # noqa: ANN001, ANN202
    return {
        "maria": register(ledger, actor, "María", "García López", 12345678),
        "jose": register(ledger, actor, "José", "García Núñez", 23456789),
        "lucia": register(ledger, actor, "Lucía", "Garcés Peña", 34567890),
        "pablo": register(ledger, actor, "Pablo", "Pérez Gómez", 45678901),
    }


def _texts(model, column: int) -> list[str]:  # noqa: ANN001
    return [model.data(model.index(r, column)) for r in range(model.rowCount())]


def test_typing_lists_the_matching_members(qtbot, ledger, gui, teller, staff_password):
    people = _people(ledger, teller)
    window = sign_in(qtbot, gui, teller.username, staff_password)
    search = window.search
    assert search.field.placeholderText() == "Name, document or member number"
    assert search.field.hasFocus()
    qtbot.keyClicks(search.field, "garc")
    qtbot.waitUntil(lambda: search.model.rowCount() == 3)
    model = search.model
    assert model.columnCount() == 5
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)] == [
        "Member no.", "Name", "Document", "Status", "Branch"]
    assert _texts(model, 1) == ["Garcés Peña, Lucía", "García López, María", "García Núñez, José"]
    assert _texts(model, 0) == ["000003", "000001", "000002"]
    assert _texts(model, 3) == ["Applicant"] * 3
    assert _texts(model, 4) == ["0001"] * 3
    assert model.data(model.index(1, 2)) == people["maria"].document
    assert [model.data(model.index(r, 0), KeyRole) for r in range(3)] == [
        people["lucia"].id, people["maria"].id, people["jose"].id]
    assert search.count_label.text() == "3 members"

    qtbot.keyClicks(search.field, " lop")
    qtbot.waitUntil(lambda: search.model.rowCount() == 1)
    assert search.count_label.text() == "1 member"
    qtbot.keyClicks(search.field, "ezz")
    qtbot.waitUntil(lambda: search.model.rowCount() == 0)
    assert search.count_label.text() == "No member matches"


def test_accented_typing_and_member_numbers(qtbot, ledger, gui, teller, staff_password):
    people = _people(ledger, teller)
    window = sign_in(qtbot, gui, teller.username, staff_password)
    search = window.search
    type_text(search.field, "núñez")
    assert search.field.text() == "núñez"
    qtbot.waitUntil(lambda: search.model.rowCount() == 1)
    assert search.model.data(search.model.index(0, 0), KeyRole) == people["jose"].id
    search.field.setText("000004")
    qtbot.waitUntil(lambda: search.model.rowCount() == 1
                    and search.model.data(search.model.index(0, 0), KeyRole) == people["pablo"].id)


def test_down_then_enter_opens_the_summary(qtbot, ledger, gui, teller, staff_password):
    people = _people(ledger, teller)
    window = sign_in(qtbot, gui, teller.username, staff_password)
    search, summary = window.search, window.summary
    assert summary.hint_label.isVisible() and not summary.accounts.isVisible()
    qtbot.keyClicks(search.field, "garc")
    qtbot.waitUntil(lambda: search.model.rowCount() == 3)
    qtbot.keyClick(search.field, Qt.Key.Key_Down)
    assert search.view.hasFocus()
    qtbot.keyClick(search.view, Qt.Key.Key_Down)
    with qtbot.waitSignal(search.member_activated) as activated:
        qtbot.keyClick(search.view, Qt.Key.Key_Return)
    maria = people["maria"]
    assert activated.args == [maria.id]
    assert summary.name_label.text() == "García López, María"
    assert summary.fields["number"].text() == "000001"
    assert summary.fields["document"].text() == f"DNI {maria.document}"
    assert summary.fields["status"].text() == "Applicant"
    table = summary.accounts
    assert table.rowCount() == len(maria.accounts) == 2
    assert [table.item(r, 0).text() for r in range(2)] == [a.number for a in maria.accounts]
    assert [table.item(r, 1).text() for r in range(2)] == ["Mandatory capital", "Voluntary capital"]
    assert table.item(0, 3).text() == "0,00" and table.item(0, 4).text() == "0,00"
    assert table.item(0, 3).textAlignment() & Qt.AlignmentFlag.AlignRight
    assert table.horizontalHeaderItem(3).text() == "Booked (EUR)"
    # Up from the first row goes back to the field.
    qtbot.keyClick(search.view, Qt.Key.Key_Up)
    qtbot.keyClick(search.view, Qt.Key.Key_Up)
    assert search.field.hasFocus()
    qtbot.keyClick(search.field, Qt.Key.Key_Escape)
    assert search.field.text() == ""
    qtbot.waitUntil(lambda: search.model.rowCount() == 0)


def test_enter_in_the_field_opens_a_single_match(qtbot, ledger, gui, teller, staff_password):
    people = _people(ledger, teller)
    window = sign_in(qtbot, gui, teller.username, staff_password)
    qtbot.keyClicks(window.search.field, "perez")
    with qtbot.waitSignal(window.search.member_activated) as activated:
        qtbot.keyClick(window.search.field, Qt.Key.Key_Return)   # before the debounce fires
    assert activated.args == [people["pablo"].id]
    assert window.summary.name_label.text() == "Pérez Gómez, Pablo"


def test_f2_focuses_the_search_field(qtbot, ledger, gui, teller, staff_password):
    window = sign_in(qtbot, gui, teller.username, staff_password)
    window.activateWindow()
    qtbot.waitUntil(window.search.field.hasFocus)
    window.navigation.setFocus()
    qtbot.waitUntil(window.navigation.hasFocus)
    qtbot.keyClick(window.navigation, Qt.Key.Key_F2)
    qtbot.waitUntil(window.search.field.hasFocus)
    assert window.pages.currentIndex() == Page.COUNTER


def test_more_than_the_maximum_asks_to_keep_typing(qtbot, gui, teller, staff_password, monkeypatch):
    monkeypatch.setattr(member_search_ui, "search_members",
                        lambda ledger, actor, text, limit: list(range(1, limit + 1)))
    window = sign_in(qtbot, gui, teller.username, staff_password)
    qtbot.keyClicks(window.search.field, "a")
    qtbot.waitUntil(lambda: window.search.model.rowCount() == 500)
    assert window.search.count_label.text() == "More than 500: keep typing"


def test_status_bar_shows_branch_date_and_user(qtbot, ledger, gui, teller, staff_password):
    window = sign_in(qtbot, gui, teller.username, staff_password)
    status = window.status
    view = institution_view(ledger.ledger, teller)
    assert status.user_label.text() == f"{teller.full_name} · Teller"
    assert status.date_label.text() == (
        "Business date " + format_date(view.business_date, format="medium", locale="es_ES"))
    assert status.branch_label.text() == "Branch 0001 Main office"
    assert status.pending_label.text() == "0 petitions waiting"
    assert status.isVisible() and status.user_label.isVisible()


def test_approvals_only_for_those_who_decide(qtbot, ledger, gui, teller, staff_password):
    window = sign_in(qtbot, gui, teller.username, staff_password)
    assert not window.navigation.shows_approvals()
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentIndex() == Page.COUNTER


def test_approvals_count_follows_the_events(qtbot, ledger, gui, teller, supervisor, staff_password):
    maria = register(ledger, teller, "María", "García López", 12345678)
    window = sign_in(qtbot, gui, supervisor.username, staff_password)
    nav = window.navigation
    assert nav.shows_approvals()
    assert nav.item_text(Page.APPROVALS) == "Approvals (0)"
    members.request_bank_account_change(ledger.ledger, teller, maria.id, SPANISH_IBAN)
    gui.desk.events.notify(None)           # what an operation does after it commits
    assert nav.item_text(Page.APPROVALS) == "Approvals (1)"
    assert window.status.pending_label.text() == "1 petition waiting"
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentIndex() == Page.APPROVALS
    assert window.approvals.table.rowCount() == 1       # the approvals page lists it
