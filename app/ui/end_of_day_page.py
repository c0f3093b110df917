"""Closing the business day (supervisors): the business date and the next one, the drawers still
open (a supervisor may force-close one, giving a reason), and Run, which runs end_of_day off the
GUI thread with a progress bar and a Cancel button. The result names the new business date and
the audit chain head that the day's report prints; "Print day report" shows that report (the
day's journal). In the Ecuadorian profile the page also saves the monthly cash report (cash_report).
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QFrame, QHBoxLayout, QHeaderView, QLabel,
                               QProgressBar, QPushButton, QScrollArea, QSizePolicy,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from app.documents.day_report import build_day_report
from app.services import drawer, end_of_day
from app.services.end_of_day import EodResult, EodStatus
from app.services.journal import day_journal

from .cash_report import CashReportCard
from .desk_context import DeskContext
from .drawer_dialogs import ReasonDialog
from .drawer_page import card
from .end_of_day_worker import EndOfDayWorker
from .formatting import business_date
from .i18n import render_error, translate
from .operations.common import message_label
from .retranslate import LiveText, Retranslatable


class EndOfDayPage(Retranslatable, QWidget):
    """`status` as last read; `worker` while a run is going on; `result` after one finished."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("EndOfDayPage")
        self._ctx = ctx
        self.status: EodStatus | None = None
        self.worker: EndOfDayWorker | None = None
        self.result: EodResult | None = None
        self.reason_dialog: ReasonDialog | None = None
        self._step_text: Callable[[], str] = str  # what step_label says, in the current language

        self.title = QLabel(objectName="PageTitle")
        day_card, day_col, self.day_title = card("")
        self.dates_label = QLabel(objectName="Sentence", wordWrap=True)
        self.steps_label = QLabel(objectName="FieldNote", wordWrap=True)
        day_col.addWidget(self.dates_label)
        day_col.addWidget(self.steps_label)
        day_col.addStretch(1)

        drawers_card, drawers_col, self.drawers_title = card("")
        self.drawers = QTableWidget(0, 2, objectName="OpenDrawers")
        self.drawers.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.drawers.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.drawers.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.drawers.verticalHeader().hide()
        self.drawers.setShowGrid(False)
        self.drawers.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.drawers.setMaximumHeight(180)
        self.no_drawers = QLabel(objectName="HintLabel")
        self.force_button = QPushButton(objectName="ForceClose")
        drawers_col.addWidget(self.drawers)
        drawers_col.addWidget(self.no_drawers)
        drawers_col.addWidget(self.force_button, 0, Qt.AlignmentFlag.AlignLeft)
        drawers_col.addStretch(1)

        run_card, run_col, self.run_title = card("")
        self.run_note = QLabel(objectName="NoteLabel", wordWrap=True)
        run_col.addWidget(self.run_note)
        self.progress = QProgressBar(objectName="EodProgress", textVisible=True)
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.step_label = QLabel(objectName="FieldNote")
        self.run_button = QPushButton(objectName="RunButton")
        self.run_button.setProperty("primary", True)
        self.cancel_button = QPushButton(objectName="CancelButton", enabled=False)
        self.result_label = message_label("DoneLabel")
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.report_button = QPushButton(objectName="DayReportButton", visible=False)
        self.error = message_label("ErrorLabel")
        self._result, self._error = LiveText(self.result_label), LiveText(self.error)
        buttons = QHBoxLayout()
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        for w in (self.progress, self.step_label):
            run_col.addWidget(w)
        run_col.addLayout(buttons)
        run_col.addWidget(self.result_label)
        run_col.addWidget(self.report_button, 0, Qt.AlignmentFlag.AlignLeft)
        run_col.addWidget(self.error)
        self.cash_report = CashReportCard(ctx) if CashReportCard.applies(ctx) else None

        top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(day_card, 1)
        top.addWidget(drawers_card, 1)
        body = QWidget(objectName="PageBody")      # scrolls when the window is short
        # As tall as its wrapped texts need at the width it gets (height for width), not as tall
        # as they would be at the narrowest width: no scroll bar while everything fits.
        body.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)
        column.addLayout(top)
        column.addWidget(run_card)
        if self.cash_report is not None:
            column.addWidget(self.cash_report)
        column.addStretch(1)
        scroll = QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self.title)
        layout.addWidget(scroll, 1)

        self.run_button.clicked.connect(self.run)
        self.cancel_button.clicked.connect(self.cancel)
        self.force_button.clicked.connect(self.ask_force_close)
        self.report_button.clicked.connect(self.print_day_report)
        ctx.events.changed.connect(self.refresh)
        self.refresh()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("End of day"))
        self.day_title.setText(self.tr("Business day"))
        self.drawers_title.setText(self.tr("Drawers still open"))
        self.drawers.setHorizontalHeaderLabels([self.tr("Teller"), self.tr("Drawer session")])
        self.no_drawers.setText(self.tr("Every drawer is closed."))
        self.force_button.setText(self.tr("&Force close…"))
        self.run_title.setText(self.tr("Close the day"))
        self.run_note.setText(self.tr("Checks the ledger, reviews the drawers and moves the "
                                      "business date to the next business day. It can be "
                                      "cancelled between steps and run again to resume."))
        self.run_button.setText(self.tr("&Run end of day"))
        self.cancel_button.setText(self.tr("&Cancel"))
        self.report_button.setText(self.tr("&Print day report"))
        self.report_button.setToolTip(self.tr("The journal of the closed day and the audit chain "
                                              "head, to print or save"))
        self.step_label.setText(self._step_text())
        self._show_status()
        self._result.retranslate()
        self._error.retranslate()

    def _set_step(self, make: Callable[[], str]) -> None:
        self._step_text = make
        self.step_label.setText(make())

    # --- status --------------------------------------------------------------------------------

    def running(self) -> bool:
        return self.worker is not None

    def refresh(self, _changes: object = None) -> None:
        if self.running():
            return
        try:
            self.status = end_of_day.status(self._ctx.ledger, self._ctx.actor)
        except Exception as exc:  # noqa: BLE001 - said on the page
            self._error.show(lambda e=exc: render_error(e))
            return
        self._show_status()

    def _show_status(self) -> None:
        if self.status is None:
            return
        s, profile = self.status, self._ctx.profile
        self.dates_label.setText(self.tr("Business date: %1\nNext business date: %2")
                                 .replace("%1", business_date(s.business_date, profile))
                                 .replace("%2", business_date(s.next_date, profile)))
        steps = [("✓ " if name in s.jobs_done else "○ ") + translate(label)
                 for name, label in end_of_day.jobs()]
        self.steps_label.setText("\n".join(steps))
        self.drawers.setRowCount(len(s.open_drawers))
        for r, (session_id, username) in enumerate(s.open_drawers):
            for c, text in enumerate((username, str(session_id))):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, session_id)
                self.drawers.setItem(r, c, item)
        has_open = bool(s.open_drawers)
        if has_open and not self.drawers.selectionModel().selectedRows():
            self.drawers.selectRow(0)
        self.drawers.setVisible(has_open)
        self.no_drawers.setVisible(not has_open)
        self.force_button.setEnabled(has_open and not self.running())

    # --- force close ---------------------------------------------------------------------------

    def selected_session(self) -> tuple[int, str] | None:
        rows = self.drawers.selectionModel().selectedRows()
        if not rows or self.status is None:
            return None
        return self.status.open_drawers[rows[0].row()]

    def ask_force_close(self) -> None:
        chosen = self.selected_session()
        if chosen is None:
            return
        session_id, username = chosen
        text = self.tr("Close the drawer of %1 (session %2) without a count? The cash it should "
                       "hold goes back to the vault, sealed, and your reason is recorded.") \
            .replace("%1", username).replace("%2", str(session_id))
        self.reason_dialog = ReasonDialog(self, self.tr("Force close a drawer"), text,
                                          self.tr("Force close"),
                                          lambda reason: self.force_close(session_id, reason))
        self.reason_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.reason_dialog.finished.connect(lambda _r: setattr(self, "reason_dialog", None))
        self.reason_dialog.open()

    def force_close(self, session_id: int, reason: str) -> str:
        """Force-close; returns the error text ('' when done)."""
        try:
            view = drawer.force_close(self._ctx.ledger, self._ctx.actor, session_id, reason)
        except Exception as exc:  # noqa: BLE001 - said in the dialog
            return render_error(exc)
        self._ctx.events.notify(view)
        return ""

    # --- running -------------------------------------------------------------------------------

    def run(self) -> None:
        if self.running():
            return
        self._error.show(None)
        self._result.show(None)
        self.result = None
        self.report_button.hide()
        worker = EndOfDayWorker(self._ctx.ledger, self._ctx.actor, end_of_day.run)
        worker.progressed.connect(self._on_progress)
        worker.succeeded.connect(self._on_done)
        worker.failed.connect(self._on_failed)
        worker.finished.connect(self._on_finished)
        self.worker = worker
        self.run_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.force_button.setEnabled(False)
        self.progress.setRange(0, 0)              # busy until the first step reports
        self._set_step(lambda: self.tr("Starting…"))
        worker.start()

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
            self.cancel_button.setEnabled(False)
            self._set_step(lambda: self.tr("Cancelling after the current step…"))

    def _on_progress(self, step: int, steps: int, label: str) -> None:
        self.progress.setRange(0, max(steps, 1))
        self.progress.setValue(step)
        if not (self.worker and self.worker.is_cancelled()):
            self._set_step(lambda: translate(label))

    def _on_done(self, result: EodResult) -> None:
        self.result = result
        profile = self._ctx.profile
        self._result.show(lambda: self.tr(
            "The business day %1 is closed. New business date: %2.\nAudit chain head: record %3, "
            "%4").replace("%1", business_date(result.closed_date, profile))
            .replace("%2", business_date(result.new_date, profile))
            .replace("%3", str(result.audit_seq)).replace("%4", result.audit_mac[:16] + "…"))
        self.report_button.show()
        self._set_step(lambda: self.tr("Done."))

    def _on_failed(self, exc: BaseException) -> None:
        self._error.show(lambda: render_error(exc))
        self._set_step(lambda: self.tr("Stopped."))
        self.progress.setRange(0, 1)

    def _on_finished(self) -> None:
        self.worker = None
        self.run_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self._ctx.events.notify(self.result)      # the status bar re-reads the business date

    # --- the day report ------------------------------------------------------------------------

    def day_report_pdf(self) -> bytes:
        """The journal of the day the last run closed, with the audit chain head, as a PDF."""
        ctx = self._ctx
        return build_day_report(day_journal(ctx.ledger, ctx.actor, self.result.closed_date),
                                translate)

    def print_day_report(self) -> None:
        if self.result is None:
            return
        closed = self.result.closed_date
        try:
            pdf = self.day_report_pdf()
            from .pdf_preview import show_pdf
            title = self.tr("Day report %1").replace("%1", business_date(closed, self._ctx.profile))
            show_pdf(self, pdf, title, f"day-report-{closed.isoformat()}.pdf")
        except Exception as exc:  # noqa: BLE001 - said on the page
            self._error.show(lambda e=exc: render_error(e))
