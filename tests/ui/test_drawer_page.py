"""The drawer page: open with a counted float, vault transfers, close with a blind count; a
difference waits for a supervisor, who approves it on the approvals page."""
from __future__ import annotations

from cash_helpers import D, open_window
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSpinBox

from app.services import drawer, petitions
from app.ui import drawer_page as drawer_page_ui
from app.ui.navigation import Page


def _texts(widget) -> str:  # noqa: ANN001
    return "\n".join(label.text() for label in widget.findChildren(QLabel) if label.isVisible())


def test_count_grid_is_whole_pieces_with_money_totals(qtbot, ec_ledger):
    teller = ec_ledger.staff("teller")
    window = open_window(qtbot, ec_ledger, teller)
    count = window.drawer_page.count
    assert set(count.spins) == {"100", "50", "20", "10", "5", "2", "1", "0.50", "0.25", "0.10",
                                "0.05", "0.01"}
    assert all(type(s) is QSpinBox for s in count.spins.values())
    count.spins["20"].setValue(3)
    count.spins["0.25"].setValue(4)
    assert count.counts() == {"20": 3, "0.25": 4}
    assert count.total() == D("61.00") and count.total_label.text() == "$61.00"


def test_open_transfer_close_with_a_difference_then_a_supervisor_approves(
        qtbot, ec_ledger, monkeypatch):
    teller = ec_ledger.staff("teller", "tere")
    supervisor = ec_ledger.staff("supervisor", "sofi")
    window = open_window(qtbot, ec_ledger, teller)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentIndex() == Page.DRAWER
    page = window.drawer_page
    assert not page.is_open() and page.count_button.text() == "Open the drawer"
    page.count.set_counts({"100": 5, "20": 10})                # 700.00
    page.count_button.click()
    assert page.is_open() and page.view.opening == D("700.00")
    assert "Opening float $700.00" in page.details.text()
    assert page.transfer_card.isVisible()

    page.transfer_amount.set_text("300.00")
    page.from_vault_button.click()
    page.question.buttons()[0].click()                         # "Move"
    assert page.transfer_message.text() == "$300.00 moved from the vault to your drawer."
    assert drawer.my_drawer(ec_ledger.ledger, teller).balance == D("1000.00")
    page.transfer_amount.set_text("1,0")                        # strict, as typed
    page.to_vault_button.click()
    assert page.question is None or not page.question.isVisible()
    assert page.transfer_amount.error.text() == "Type the amount as 1,250.50."

    # Blind count: nothing on the page says what the drawer should hold.
    assert page.count_title.text() == "Blind count to close"
    assert "1,000.00" not in _texts(page)
    page.count.set_counts({"100": 9, "20": 4, "5": 3})          # 995.00: 5.00 short
    page.count_button.click()
    assert "$995.00" in page.question.text()
    page.question.buttons()[0].click()                          # "Close the drawer"
    view = page.view
    assert view.status == "closing" and view.difference == D("5.00")
    assert page.closing_card.isVisible()
    assert page.closing_label.text() == ("You counted $995.00; the drawer should have held "
                                         "$1,000.00. The difference of $5.00 (short) waits for a "
                                         "supervisor's approval.")
    assert not page.count_button.isEnabled()                    # not before it is settled

    shown = []
    monkeypatch.setattr("app.ui.pdf_preview.show_pdf", lambda *a: shown.append(a))
    page.report_button.click()
    assert len(shown) == 1 and shown[0][1].startswith(b"%PDF")
    assert shown[0][3] == f"drawer-closing-{view.session_id}.pdf"
    assert b"%PDF" == page.report_pdf()[:4]

    boss = open_window(qtbot, ec_ledger, supervisor)
    assert boss.navigation.item_text(Page.APPROVALS) == "Approvals (1)"
    boss.go(Page.APPROVALS)
    approvals = boss.approvals
    assert approvals.table.rowCount() == 1
    assert approvals.table.item(0, 0).text() == "Drawer difference"
    assert approvals.table.item(0, 2).text() == "tere"     # the teller whose drawer it is
    assert "counted $995.00, expected $1,000.00" in approvals.effects_label.text()
    assert "Pending" in approvals.history_label.text()
    approvals.approve_button.click()
    assert "approved" in approvals.done_label.text()
    assert approvals.table.rowCount() == 0 and approvals.empty_label.isVisible()
    assert boss.navigation.item_text(Page.APPROVALS) == "Approvals (0)"
    assert drawer.my_drawer(ec_ledger.ledger, teller).status == "closed"
    page.refresh()
    assert page.count_button.isEnabled() and "was approved" in page.closing_label.text()


def test_exact_close_needs_no_approval(qtbot, ec_ledger):
    teller = ec_ledger.staff("teller")
    window = open_window(qtbot, ec_ledger, teller)
    page = window.drawer_page
    page.count.set_counts({"50": 4})
    page.open_drawer()
    page.count.set_counts({"50": 4})
    page._count_submitted()
    page.question.buttons()[0].click()
    assert page.view.status == "closed"
    assert page.closing_label.text() == "Closed: you counted $200.00 and the count matches."
    assert petitions.pending_count(ec_ledger.ledger, teller) == 0


def test_spanish_drawer_counts_in_euros(qtbot, ledger):
    teller = ledger.staff("teller")
    window = open_window(qtbot, ledger, teller)
    count = window.drawer_page.count
    assert "500" in count.spins and "0.01" in count.spins
    count.set_counts({"500": 2, "0.50": 3})
    assert count.total_label.text() == "1.001,50 €"
    assert drawer_page_ui.DenominationCount is type(count)
