"""The end-of-day page: dates, drawers still open (force close with a reason), the run off the
GUI thread with progress, a result and a Cancel that stops safely between steps; the day report
after a run; the monthly cash report (Ecuador)."""
from __future__ import annotations

import io
import threading

from cash_helpers import D, ec_member, open_window
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog

from app.domain.messages import Msg
from app.services import cash_ops, drawer, end_of_day, settings
from app.services.cash_ops import CashRequest
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


def _counter_day(lut):  # noqa: ANN001, ANN202
    """Two cash deposits (60.00 and 30.00) by a teller whose drawer is then closed square."""
    teller = lut.staff("teller", "tere")
    ana, ana_savings = ec_member(lut, teller, "Ana", "Paz Mena", 2005001)
    luis, luis_savings = ec_member(lut, teller, "Luis", "Vera Cano", 2005002)
    drawer.open_drawer(lut.ledger, teller, {"100": 1})
    first = cash_ops.execute(lut.ledger, teller, "cash_deposit",
                             CashRequest(ana_savings, D("60.00"), ana.id), "eod-1")
    cash_ops.execute(lut.ledger, teller, "cash_deposit",
                     CashRequest(luis_savings, D("30.00"), luis.id), "eod-2")
    drawer.close_drawer(lut.ledger, teller, {"100": 1, "50": 1, "20": 2})          # 190.00
    return first, ana


def test_print_day_report_after_a_run_shows_the_journal_with_the_audit_head(qtbot, ec_ledger,
                                                                           monkeypatch):
    first, _ana = _counter_day(ec_ledger)
    shown = []
    monkeypatch.setattr("app.ui.pdf_preview.show_pdf", lambda *a: shown.append(a))
    window = open_window(qtbot, ec_ledger, ec_ledger.staff("supervisor"))
    window.go(Page.END_OF_DAY)
    page = window.end_of_day
    assert page.report_button.isHidden()                        # nothing closed yet
    page.run_button.click()
    qtbot.waitUntil(lambda: not page.running(), timeout=20_000)
    assert page.result is not None and page.report_button.isVisible()
    assert page.report_button.text() == "&Print day report"
    page.report_button.click()
    assert len(shown) == 1 and not page.error.isVisible()
    parent, pdf, title, name = shown[0]
    closed = page.result.closed_date
    assert parent is page and name == f"day-report-{closed.isoformat()}.pdf"
    assert title.startswith("Day report ")
    assert pdf.startswith(b"%PDF")
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    flat = "".join(text.split())
    assert page.result.audit_mac in flat                        # the full head, printed
    assert f"{closed:%d/%m/%Y}" in text and first.receipt in text
    page.run_button.click()                                     # a new run: no report until done
    assert page.report_button.isHidden()
    qtbot.waitUntil(lambda: not page.running(), timeout=20_000)
    assert page.report_button.isVisible()


def test_monthly_cash_report_is_saved_where_the_supervisor_chooses(qtbot, ec_ledger, monkeypatch,
                                                                 tmp_path):
    _first, ana = _counter_day(ec_ledger)
    settings.set_setting(ec_ledger.ledger, ec_ledger.admin, "aml_threshold", "50.00")
    biz = institution_view(ec_ledger.ledger, ec_ledger.admin).business_date
    asked = []

    def save_name(parent, caption, start, filters):  # noqa: ANN001, ANN202
        asked.append((caption, start, filters))
        return str(tmp_path / "resu"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
    window = open_window(qtbot, ec_ledger, ec_ledger.staff("supervisor"))
    window.go(Page.END_OF_DAY)
    card = window.end_of_day.cash_report
    assert card is not None and card.isVisible()
    assert card.button.text() == "&Monthly cash report…"
    card.button.click()
    dialog = card.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.month_edit.displayFormat() == "MM/yyyy"
    before = QDate(biz.year, biz.month, 1).addMonths(-1)
    assert dialog.month() == (before.year(), before.month())    # last month, by default
    dialog.month_edit.setDate(QDate(biz.year, biz.month, 1))
    dialog.save_button.click()
    qtbot.waitUntil(lambda: card.dialog is None)
    caption, start, filters = asked[0]
    assert caption == "Save the monthly cash report" and "*.csv" in filters
    assert start.endswith(f"cash-report-{biz.year}-{biz.month:02d}.csv")
    saved = tmp_path / "resu.csv"
    lines = saved.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("date,receipt,member_number")
    assert len(lines) == 2 and f"{ana.number:06d}" in lines[1] and "60.00,USD" in lines[1]
    said = card.done_label.text()
    assert str(saved) in said and "Operations listed: 1." in said

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: ("", "")))
    assert card.save(biz.year, biz.month) == ""                 # cancelled: nothing said
    assert not card.done_label.isVisible() and not card.error.isVisible()


def test_the_cash_report_is_only_offered_in_the_ecuadorian_profile(qtbot, ledger):
    window = open_window(qtbot, ledger, ledger.staff("supervisor"))
    assert window.end_of_day.cash_report is None
