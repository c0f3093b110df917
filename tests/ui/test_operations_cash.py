"""Cash deposit and withdrawal through the operation panel, on the Ecuadorian ledger: form ->
confirmation -> result, Enter and Escape, strict amounts, refusals, a supervisor on the spot and
the origin-of-funds declaration."""
from __future__ import annotations

import pytest
from cash_helpers import D, ec_member, open_window
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from app.services import drawer, ledger as ledger_svc, petitions, settings
from app.ui.operations import receipt as receipt_ui
from app.ui.operations.framework import CONFIRM, FORM, RESULT


@pytest.fixture
def counter(ec_ledger):  # noqa: ANN201
    teller = ec_ledger.staff("teller", "tere")
    supervisor = ec_ledger.staff("supervisor", "sofi")
    member, savings = ec_member(ec_ledger, teller, "Luis", "Andrade Mena", 1003406)
    return ec_ledger, teller, supervisor, member, savings


@pytest.fixture
def receipts_shown(monkeypatch):  # noqa: ANN201
    shown: list[tuple[str, bytes]] = []
    monkeypatch.setattr(receipt_ui, "_show_pdf",
                        lambda parent, pdf, title, name: shown.append((title, pdf)))
    return shown


def _panel_for(qtbot, window, member, key=Qt.Key.Key_F5):  # noqa: ANN001, ANN202
    window.summary.show_member(member.id)
    qtbot.keyClick(window, key)
    panel = window.operations.panel
    assert panel is not None and panel.isVisible()
    qtbot.waitUntil(panel.isActiveWindow)
    return panel


def _booked(lut, actor, account):  # noqa: ANN001, ANN202
    return ledger_svc.balance(lut.ledger, actor, account).booked


def test_deposit_confirm_print_and_enter_twice_posts_once(qtbot, counter, receipts_shown):
    lut, teller, _sup, member, savings = counter
    drawer.open_drawer(lut.ledger, teller, {"100": 5})
    window = open_window(qtbot, lut, teller)
    panel = _panel_for(qtbot, window, member)
    form = panel.spec.form
    assert panel.stage() == FORM and form.amount.edit.hasFocus()
    assert not panel.notice.isVisible()                      # the drawer is open
    assert form.account_combo.count() == 1 and "Andrade Mena, Luis" in form.acting_combo.currentText()
    qtbot.keyClicks(form.amount.edit, "1,250.50")
    assert not form.amount.error.isVisible()
    qtbot.keyClick(form.amount.edit, Qt.Key.Key_Return)
    assert panel.stage() == CONFIRM
    page = panel.confirmation
    assert page.heading.text() == "Cash deposit"
    assert "$1,250.50" in page.sentence.text() and "Andrade Mena, Luis" in page.sentence.text()
    grid = [page.grid.itemAt(i).widget().text() for i in range(page.grid.count())]
    assert "Balance after the operation" in grid and "$1,250.50" in grid
    assert not page.refusal.isVisible() and not page.override_box.isVisible()
    assert _booked(lut, teller, savings) == 0                # nothing before Confirm
    qtbot.keyClick(panel, Qt.Key.Key_Return)                 # Enter...
    qtbot.keyClick(panel, Qt.Key.Key_Return)                 # ...twice: the second prints
    assert panel.stage() == RESULT
    assert _booked(lut, teller, savings) == D("1250.50")
    assert panel.outcome.receipt in panel.result_page.receipt_label.text()
    assert len(receipts_shown) == 1 and receipts_shown[0][1].startswith(b"%PDF")
    assert receipts_shown[0][0] == f"Receipt {panel.outcome.receipt}"
    panel.confirm()                                          # a late Confirm does nothing
    assert _booked(lut, teller, savings) == D("1250.50")
    qtbot.keyClick(panel, Qt.Key.Key_Return)                 # after printing: back to search
    qtbot.waitUntil(lambda: window.operations.panel is None)
    qtbot.waitUntil(lambda: window.focusWidget() is window.search.field)


def test_confirm_replays_the_same_key(qtbot, counter, receipts_shown):
    lut, teller, _sup, member, savings = counter
    drawer.open_drawer(lut.ledger, teller, {"100": 5})
    window = open_window(qtbot, lut, teller)
    panel = _panel_for(qtbot, window, member)
    panel.spec.form.amount.set_text("40.00")
    panel.go_to_confirmation()
    key = panel.key
    panel.confirm()
    panel.stages.setCurrentIndex(CONFIRM)      # as if a second press reached the old screen
    panel.confirm()
    assert panel.key == key and panel.outcome.replayed
    assert "not posted again" in panel.result_page.notes.text()
    assert _booked(lut, teller, savings) == D("40.00")


def test_strict_amount_is_checked_while_typing(qtbot, counter):
    lut, teller, _sup, member, _savings = counter
    window = open_window(qtbot, lut, teller)
    panel = _panel_for(qtbot, window, member)
    amount = panel.spec.form.amount
    qtbot.keyClicks(amount.edit, "1.250,50")                   # the Spanish convention
    assert amount.error.isVisible() and amount.error.text() == "Type the amount as 1,250.50."
    qtbot.keyClick(amount.edit, Qt.Key.Key_Return)
    assert panel.stage() == FORM
    amount.set_text("12.345")
    assert amount.error.text() == "This currency has 2 decimals."
    amount.set_text("12.34")
    assert not amount.error.isVisible()
    amount.set_text("")
    qtbot.keyClick(amount.edit, Qt.Key.Key_Return)
    assert panel.stage() == FORM and amount.error.text() == "Type an amount."


def test_escape_goes_back_one_stage_and_posts_nothing(qtbot, counter):
    lut, teller, _sup, member, savings = counter
    drawer.open_drawer(lut.ledger, teller, {"100": 5})
    window = open_window(qtbot, lut, teller)
    panel = _panel_for(qtbot, window, member)
    panel.spec.form.amount.set_text("75.00")
    qtbot.keyClick(panel, Qt.Key.Key_Return)
    assert panel.stage() == CONFIRM and panel.key
    qtbot.keyClick(panel, Qt.Key.Key_Escape)
    assert panel.stage() == FORM and panel.key == ""
    assert panel.spec.form.amount.text() == "75.00"           # what was typed stays
    qtbot.keyClick(panel, Qt.Key.Key_Escape)                 # cancelled: back on the member
    qtbot.waitUntil(lambda: window.operations.panel is None)
    assert window.current_member_id() == member.id
    assert _booked(lut, teller, savings) == 0


def test_withdrawal_above_available_shows_the_refusal(qtbot, counter):
    lut, teller, _sup, member, savings = counter
    drawer.open_drawer(lut.ledger, teller, {"100": 5})
    window = open_window(qtbot, lut, teller)
    panel = _panel_for(qtbot, window, member, Qt.Key.Key_F6)
    assert panel.heading.text() == "Cash withdrawal"
    panel.spec.form.amount.set_text("500.00")
    qtbot.keyClick(panel, Qt.Key.Key_Return)
    page = panel.confirmation
    assert panel.stage() == CONFIRM
    assert page.refusal.isVisible()
    assert page.refusal.text() == ("This operation cannot be done.\nThe available balance is "
                                   "$0.00: not enough for $500.00.")
    grid = [page.grid.itemAt(i).widget().text() for i in range(page.grid.count())]
    assert "Balance after the operation" not in grid
    assert not page.confirm_button.isVisible()
    panel.confirm()                                            # no way around it
    qtbot.keyClick(panel, Qt.Key.Key_Return)                   # Enter goes back to the form
    assert panel.stage() == FORM
    assert _booked(lut, teller, savings) == 0


def test_cash_without_an_open_drawer_is_said(qtbot, counter):
    lut, teller, _sup, member, savings = counter
    window = open_window(qtbot, lut, teller)
    panel = _panel_for(qtbot, window, member)
    assert panel.notice.isVisible() and "not open" in panel.notice.text()
    panel.spec.form.amount.set_text("10.00")
    qtbot.keyClick(panel, Qt.Key.Key_Return)
    qtbot.keyClick(panel, Qt.Key.Key_Return)
    assert panel.stage() == CONFIRM
    assert panel.confirmation.error.text().startswith("Open your cash drawer first")
    assert _booked(lut, teller, savings) == 0


def test_above_the_limit_a_supervisor_approves_on_the_spot(qtbot, counter, staff_password):
    lut, teller, _sup, member, savings = counter
    settings.set_setting(lut.ledger, lut.admin, "cash_hard_limit", "500.00")
    drawer.open_drawer(lut.ledger, teller, {"100": 5})
    window = open_window(qtbot, lut, teller)
    panel = _panel_for(qtbot, window, member)
    panel.spec.form.amount.set_text("800.00")
    qtbot.keyClick(panel, Qt.Key.Key_Return)
    page = panel.confirmation
    box = page.override_box
    assert box.isVisible() and box.user_edit.hasFocus()
    assert "a supervisor must approve" in page.warnings.text()
    qtbot.keyClick(panel, Qt.Key.Key_Return)                   # nobody signed in yet
    assert panel.stage() == CONFIRM and "must type their user name" in page.error.text()
    box.user_edit.setText("tere")                              # the teller herself
    box.password_edit.setText(staff_password)
    qtbot.keyClick(panel, Qt.Key.Key_Return)
    assert panel.stage() == CONFIRM
    assert page.error.text() == ("The supervisor's approval was refused: tere is not a "
                                 "supervisor and cannot approve this.")                       # the service's word
    assert box.password_edit.text() == "" and box.password_edit.hasFocus()
    assert _booked(lut, teller, savings) == 0
    box.user_edit.setText("sofi")
    box.password_edit.setText(staff_password)
    qtbot.keyClick(panel, Qt.Key.Key_Return)
    assert panel.stage() == RESULT
    assert _booked(lut, teller, savings) == D("800.00")
    assert petitions.pending_count(lut.ledger, teller) == 0    # approved in the same transaction


def test_anti_money_laundering_asks_the_origin_of_funds(qtbot, counter, staff_password):
    lut, teller, _sup, member, savings = counter
    settings.set_setting(lut.ledger, lut.admin, "aml_threshold", "1000.00")
    drawer.open_drawer(lut.ledger, teller, {"100": 5})
    window = open_window(qtbot, lut, teller)
    panel = _panel_for(qtbot, window, member)
    panel.spec.form.amount.set_text("1,500.00")
    qtbot.keyClick(panel, Qt.Key.Key_Return)
    page = panel.confirmation
    assert page.origin_edit.isVisible() and page.override_box.isVisible()
    page.override_box.user_edit.setText("sofi")
    page.override_box.password_edit.setText(staff_password)
    qtbot.keyClick(panel, Qt.Key.Key_Return)
    assert panel.stage() == CONFIRM and page.origin_error.isVisible()
    assert page.origin_edit.hasFocus()
    page.origin_edit.setText("Venta de un vehículo")           # non-ASCII: setText
    qtbot.keyClick(panel, Qt.Key.Key_Return)
    assert panel.stage() == RESULT
    assert _booked(lut, teller, savings) == D("1500.00")


def test_new_operation_starts_again_for_the_same_member(qtbot, counter, receipts_shown):
    lut, teller, _sup, member, savings = counter
    drawer.open_drawer(lut.ledger, teller, {"100": 5})
    window = open_window(qtbot, lut, teller)
    panel = _panel_for(qtbot, window, member)
    panel.spec.form.amount.set_text("10.00")
    qtbot.keyClick(panel, Qt.Key.Key_Return)
    qtbot.keyClick(panel, Qt.Key.Key_Return)
    first = panel.outcome.entry_id
    panel.result_page.new_button.click()
    assert panel.stage() == FORM and panel.spec.form.amount.text() == ""
    panel.spec.form.amount.set_text("15.00")
    qtbot.keyClick(panel, Qt.Key.Key_Return)
    qtbot.keyClick(panel, Qt.Key.Key_Return)
    assert panel.outcome.entry_id != first
    assert _booked(lut, teller, savings) == D("25.00")


def test_a_supervisor_cannot_approve_their_own_operation(qtbot, counter, staff_password):
    lut, _teller, supervisor, member, savings = counter
    settings.set_setting(lut.ledger, lut.admin, "cash_hard_limit", "500.00")
    drawer.open_drawer(lut.ledger, supervisor, {"100": 5})
    window = open_window(qtbot, lut, supervisor)
    panel = _panel_for(qtbot, window, member)
    panel.spec.form.amount.set_text("900.00")
    qtbot.keyClick(panel, Qt.Key.Key_Return)
    box = panel.confirmation.override_box
    box.user_edit.setText("sofi")
    box.password_edit.setText(staff_password)
    qtbot.keyClick(panel, Qt.Key.Key_Return)
    assert panel.stage() == CONFIRM
    assert panel.confirmation.error.text().endswith("You filed this petition, so you cannot "
                                                    "approve it: another supervisor must.")
    assert _booked(lut, supervisor, savings) == 0


def test_operations_menu_shortcuts_and_the_spanish_profile(qtbot, counter, ledger):
    lut, teller, _sup, _member, _savings = counter
    window = open_window(qtbot, lut, teller)
    deposit, withdrawal = window.actions["cash_deposit"], window.actions["cash_withdrawal"]
    assert [a.text() for a in window.menus["operations"].actions()] == [
        "Cash &deposit…", "Cash &withdrawal…", "Capital &contribution…",
        "&Refund of voluntary capital…"]
    assert deposit.isEnabled() and deposit.toolTip().endswith("(F5)")
    assert withdrawal.toolTip().endswith("(F6)")
    qtbot.keyClick(window, Qt.Key.Key_F5)                      # nobody on screen yet
    assert window.operations.panel is None
    assert window.status.currentMessage().startswith("Find a member first")

    spanish = open_window(qtbot, ledger, ledger.staff("teller"))
    deposit = spanish.actions["cash_deposit"]
    assert not deposit.isEnabled() and not spanish.actions["cash_withdrawal"].isEnabled()
    assert deposit.toolTip().startswith("This institution has no savings accounts")
    spanish.retranslate_ui()                                    # the reason survives
    assert deposit.toolTip().startswith("This institution has no savings accounts")
    buttons = [b for b in spanish.findChildren(QPushButton) if b.text() == "Deposit (F5)"]
    assert buttons and not any(b.isEnabled() for b in buttons)
    assert spanish.actions["capital_contribution"].isEnabled()   # the Spanish counter's cash
