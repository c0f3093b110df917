"""The approvals page: what a petition would do, Reject needs a reason, the service's refusals
(the maker cannot decide their own petition) shown as they come."""
from __future__ import annotations

from cash_helpers import D, ec_member, open_window

from app.services import cash_ops, drawer, petitions
from app.services.cash_ops import CashRequest
from app.ui.navigation import Page
from app.ui.operations.reversal import request_reversal_dialog


def test_reversal_dialog_files_a_petition_that_is_rejected_with_a_reason(qtbot, ec_ledger):
    teller = ec_ledger.staff("teller", "tere")
    supervisor = ec_ledger.staff("supervisor", "sofi")
    member, savings = ec_member(ec_ledger, teller, "Ana", "Paz Mena", 2004001)
    drawer.open_drawer(ec_ledger.ledger, teller, {"100": 1})
    done = cash_ops.execute(ec_ledger.ledger, teller, "cash_deposit",
                            CashRequest(savings, D("60.00"), member.id), "dep")
    window = open_window(qtbot, ec_ledger, teller)
    dialog = request_reversal_dialog(window, window._ctx, done.entry_id)
    assert "Cash deposit" in dialog.entry_label.text() and "$60.00" in dialog.entry_label.text()
    dialog.file_button.click()
    assert dialog.error.text() == "Write why the operation must be reversed."
    dialog.reason_edit.setText("Importe equivocado: eran 6,00")
    dialog.file_button.click()
    assert "waits for a supervisor's approval" in dialog.done_label.text()
    assert petitions.pending_count(ec_ledger.ledger, teller) == 1
    dialog.file_button.click()                                   # now "Close"
    qtbot.waitUntil(lambda: not dialog.isVisible())

    boss = open_window(qtbot, ec_ledger, supervisor)
    boss.go(Page.APPROVALS)
    page = boss.approvals
    assert page.table.item(0, 0).text() == "Reversal of an operation"
    assert page.table.item(0, 1).text() == "Paz Mena, Ana"
    assert "Importe equivocado" in page.effects_label.text()
    page.reject_button.click()
    assert page.error.text() == "Write why you reject the petition."
    page.reason_edit.setText("The member confirmed the amount")
    page.reject_button.click()
    assert "rejected" in page.done_label.text() and page.table.rowCount() == 0
    assert petitions.pending_count(ec_ledger.ledger, supervisor) == 0


def test_the_maker_cannot_decide_their_own_petition(qtbot, ec_ledger):
    supervisor = ec_ledger.staff("supervisor", "sofi")
    drawer.open_drawer(ec_ledger.ledger, supervisor, {"20": 5})
    drawer.close_drawer(ec_ledger.ledger, supervisor, {"20": 4})      # 20.00 short
    window = open_window(qtbot, ec_ledger, supervisor)
    window.go(Page.APPROVALS)
    page = window.approvals
    assert page.table.item(0, 2).text() == "you"
    page.approve_button.click()
    assert page.error.isVisible()
    assert page.error.text() == ("You filed this petition, so you cannot approve it: another "
                                 "supervisor must.")
    assert page.table.rowCount() == 1


def test_administrators_see_the_maker_by_name(qtbot, ec_ledger):
    teller = ec_ledger.staff("teller", "tere")
    drawer.open_drawer(ec_ledger.ledger, teller, {"20": 5})
    drawer.close_drawer(ec_ledger.ledger, teller, {"20": 6})          # 20.00 over
    window = open_window(qtbot, ec_ledger, ec_ledger.admin)
    window.go(Page.APPROVALS)
    assert window.approvals.table.item(0, 2).text() == "tere"
    assert "over" in window.approvals.effects_label.text()
