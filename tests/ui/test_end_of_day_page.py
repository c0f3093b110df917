"""The end-of-day page: dates, drawers still open (force close with a reason), and the run off
the GUI thread with progress, a result and a Cancel that stops safely between steps."""
from __future__ import annotations

import threading

from cash_helpers import open_window
from PySide6.QtCore import Qt

from app.domain.messages import Msg
from app.services import drawer, end_of_day
from app.services.errors import Conflict
from app.services.institution import institution_view
from app.ui.navigation import Page


def test_run_moves_to_the_next_business_date_with_progress(qtbot, ledger):
    supervisor = ledger.staff("supervisor")
    before = institution_view(ledger.ledger, supervisor).business_date
    window = open_window(qtbot, ledger, supervisor)
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentIndex() == Page.END_OF_DAY
    page = window.end_of_day
    status = page.status
    assert status.business_date == before and status.next_date > before
    assert "Next business date" in page.dates_label.text()
    assert page.no_drawers.isVisible() and not page.force_button.isEnabled()
    steps: list[tuple[int, int]] = []
    page.progress.valueChanged.connect(lambda v: steps.append((v, page.progress.maximum())))
    page.run_button.click()
    assert page.running() and not page.run_button.isEnabled() and page.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: not page.running(), timeout=20_000)
    assert page.result is not None and page.result.new_date == status.next_date
    assert page.progress.value() == page.progress.maximum() == len(end_of_day.jobs()) + 1
    assert steps and steps[-1][0] == steps[-1][1]
    assert institution_view(ledger.ledger, supervisor).business_date == status.next_date
    assert "New business date" in page.result_label.text()
    assert f"record {page.result.audit_seq}" in page.result_label.text()
    assert page.status.business_date == status.next_date          # refreshed after the run
    assert page.step_label.text() == "Done."


def test_open_drawers_are_listed_and_force_closed_with_a_reason(qtbot, ledger):
    teller = ledger.staff("teller", "tere")
    supervisor = ledger.staff("supervisor")
    drawer.open_drawer(ledger.ledger, teller, {"50": 2})
    window = open_window(qtbot, ledger, supervisor)
    window.go(Page.END_OF_DAY)
    page = window.end_of_day
    assert page.drawers.rowCount() == 1 and page.drawers.item(0, 0).text() == "tere"
    page.run_button.click()
    qtbot.waitUntil(lambda: not page.running(), timeout=20_000)
    assert "Close these drawers first" in page.error.text() and "tere" in page.error.text()
    page.force_button.click()
    dialog = page.reason_dialog
    assert dialog is not None and "tere" in dialog.text.text()
    dialog.action_button.click()
    assert dialog.error.text() == "Write the reason first."
    dialog.reason_edit.setText("Teller went home ill")
    dialog.action_button.click()
    qtbot.waitUntil(lambda: page.reason_dialog is None)
    assert page.drawers.rowCount() == 0 and page.no_drawers.isVisible()
    assert drawer.my_drawer(ledger.ledger, teller).status == "closed"


def test_cancel_stops_between_steps(qtbot, ledger, monkeypatch):
    supervisor = ledger.staff("supervisor")
    started = threading.Event()

    def slow_run(led, actor, progress, cancelled):  # noqa: ANN001, ANN202
        progress(0, 3, "Checking the ledger")
        started.set()
        for _ in range(2000):                       # until Cancel (at most ~20 s)
            if cancelled():
                raise Conflict(Msg.of("End of day cancelled after {done} of {total} steps; run it "
                                      "again to resume.", done=0, total=3))
            threading.Event().wait(0.01)
        raise AssertionError("never cancelled")

    monkeypatch.setattr(end_of_day, "run", slow_run)
    window = open_window(qtbot, ledger, supervisor)
    page = window.end_of_day
    page.run_button.click()
    qtbot.waitUntil(started.is_set)
    qtbot.waitUntil(lambda: page.step_label.text() == "Checking the ledger")
    page.cancel_button.click()
    assert page.step_label.text() == "Cancelling after the current step…"
    qtbot.waitUntil(lambda: not page.running(), timeout=20_000)
    assert "End of day cancelled" in page.error.text()
    assert page.run_button.isEnabled() and not page.cancel_button.isEnabled()
