"""Ecuador's monthly cash report (RESU) from the desk: a card on the End of day page for those who
may read it (supervisors, administrators) in the Ecuadorian profile. "Monthly cash report…" asks
the month (MonthDialog) and then where to save the CSV that aml_report.monthly_cash_report writes,
the same file as `ventanilla cash-report YYYY-MM --out FILE`."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QStandardPaths, Qt
from PySide6.QtWidgets import (QDateEdit, QDialog, QFileDialog, QFrame, QHBoxLayout, QLabel,
                               QPushButton, QVBoxLayout, QWidget)

from app.domain.permissions import Permission
from app.services.aml_report import monthly_cash_report
from app.services.institution import institution_view

from .desk_context import DeskContext
from .i18n import render_error
from .operations.common import message_label
from .retranslate import LiveText, Retranslatable


def previous_month(day: date) -> tuple[int, int]:
    """(year, month) of the month before `day`'s: the one a report is usually filed for."""
    return (day.year - 1, 12) if day.month == 1 else (day.year, day.month - 1)


class MonthDialog(Retranslatable, QDialog):
    """A month and year (`month_edit`, shown as MM/yyyy, up to `latest`), [Cancel] / [Save…].
    `on_month(year, month)` runs when Save is pressed; the dialog closes first."""

    def __init__(self, parent: QWidget, chosen: tuple[int, int], latest: date,
                 on_month: Callable[[int, int], None]):
        super().__init__(parent)
        self.setObjectName("MonthDialog")
        self._on_month = on_month
        self.text = QLabel(objectName="Sentence", wordWrap=True)
        self.month_edit = QDateEdit(QDate(chosen[0], chosen[1], 1), objectName="ReportMonth")
        self.month_edit.setDisplayFormat("MM/yyyy")
        self.month_edit.setMaximumDate(QDate(latest.year, latest.month, 1))
        self.caption = QLabel(objectName="FieldCaption")
        self.caption.setBuddy(self.month_edit)
        self.cancel_button = QPushButton(autoDefault=False)
        self.save_button = QPushButton(objectName="SaveMonth", default=True)
        self.save_button.setProperty("primary", True)
        row = QHBoxLayout()
        row.addWidget(self.caption)
        row.addWidget(self.month_edit)
        row.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 16)
        layout.setSpacing(10)
        layout.addWidget(self.text)
        layout.addLayout(row)
        layout.addLayout(buttons)
        self.cancel_button.clicked.connect(self.reject)
        self.save_button.clicked.connect(self._save)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(420)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Monthly cash report"))
        self.text.setText(self.tr("Choose the month to report. The report lists its cash "
                                  "operations as the ledger holds them today."))
        self.caption.setText(self.tr("&Month"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.save_button.setText(self.tr("&Save…"))

    def month(self) -> tuple[int, int]:
        chosen = self.month_edit.date()
        return chosen.year(), chosen.month()

    def _save(self) -> None:
        self.accept()
        self._on_month(*self.month())


class CashReportCard(Retranslatable, QFrame):
    """The card: what the report is, the button, and what became of the last one saved."""

    @staticmethod
    def applies(ctx: DeskContext) -> bool:
        return ctx.profile.country == "EC" and ctx.can(Permission.AUDIT_READ)

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("Card")
        self._ctx = ctx
        self.dialog: MonthDialog | None = None
        self.title = QLabel(objectName="SectionTitle")
        self.note = QLabel(objectName="NoteLabel", wordWrap=True)
        self.button = QPushButton(objectName="CashReportButton")
        self.done_label = message_label("DoneLabel")
        self.done_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error = message_label("ErrorLabel")
        self._done, self._error = LiveText(self.done_label), LiveText(self.error)
        column = QVBoxLayout(self)
        column.setContentsMargins(18, 14, 18, 16)
        column.setSpacing(8)
        for w in (self.title, self.note):
            column.addWidget(w)
        column.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.done_label)
        column.addWidget(self.error)
        self.button.clicked.connect(self.ask_month)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Monthly cash report"))
        self.note.setText(self.tr("The cash operations of the members whose cash in a month "
                                  "reached the reporting threshold, or that carry an origin-of-"
                                  "funds declaration, for the financial intelligence unit (RESU). "
                                  "Saved as a CSV file."))
        self.button.setText(self.tr("&Monthly cash report…"))
        self._done.retranslate()
        self._error.retranslate()

    def _business_date(self) -> date:
        try:
            return institution_view(self._ctx.ledger, self._ctx.actor).business_date
        except Exception:  # noqa: BLE001 - the date read at sign-in will do for a default
            return self._ctx.institution.business_date

    def ask_month(self) -> MonthDialog:
        today = self._business_date()
        self.dialog = MonthDialog(self, previous_month(today), today, self.save)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog.open()
        return self.dialog

    def save(self, year: int, month: int) -> str:
        """Make the report of `month`, ask where to save it and write it; returns the path
        written ("" when refused or cancelled; the reason is shown on the card)."""
        self._done.show(None)
        self._error.show(None)
        try:
            text = monthly_cash_report(self._ctx.ledger, self._ctx.actor, year, month)
        except Exception as exc:  # noqa: BLE001 - the service's refusal, said on the card
            self._error.show(lambda e=exc: render_error(e))
            return ""
        name = f"cash-report-{year}-{month:02d}.csv"
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the monthly cash report"),
            str(Path(folder) / name) if folder else name, self.tr("CSV files (*.csv)"))
        if not path:
            return ""
        if not path.lower().endswith(".csv"):
            path += ".csv"
        try:
            Path(path).write_bytes(text.encode("utf-8"))
        except OSError as exc:
            self._error.show(lambda e=exc: self.tr("The report could not be saved: %1")
                             .replace("%1", e.strerror or str(e)))
            return ""
        rows = max(0, len(text.splitlines()) - 1)
        self._done.show(lambda: self.tr("The cash report of %1 was saved to %2. Operations "
                                        "listed: %3.").replace("%1", f"{month:02d}/{year}")
                        .replace("%3", str(rows)).replace("%2", path))
        return path
