"""The journal of a range of business dates as CSV (accounting.journal_csv, the same file as
`ventanilla journal-export --out`): From and To, "Export journal…". The journal is made first,
off the GUI thread, so a refusal (a range that ends before it starts, a role that may not read
it) is said on the card, naming the field, before any file is asked for."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from app.services import accounting

from ..desk_context import DeskContext
from ..formatting import business_date
from ..i18n import render_error
from ..member_file.background import run_in_background
from ..operations.common import message_label
from ..retranslate import LiveText, Retranslatable
from .accounting_parts import (ask_save_csv, caption, card_column, current_business_date,
                               date_edit, date_of, set_caption, write_csv)


class JournalExportCard(Retranslatable, QFrame):
    """`busy` while the journal is being made; `path` of the last file written."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self.busy = False
        self.path = ""
        today = current_business_date(ctx)
        column, self.title = card_column(self)
        self.note = QLabel(objectName="NoteLabel", wordWrap=True)
        self.from_edit = date_edit("JournalFrom", today.replace(day=1))
        self.to_edit = date_edit("JournalTo", today)
        self.from_caption, self.to_caption = caption(self.from_edit), caption(self.to_edit)
        self.export_button = QPushButton(objectName="ExportJournal", autoDefault=False)
        self.export_button.setProperty("primary", True)
        self.busy_label = QLabel(objectName="FieldNote", visible=False)
        self.error = message_label("ErrorLabel")
        self.done_label = message_label("DoneLabel")
        self.done_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._error, self._done = LiveText(self.error), LiveText(self.done_label)
        self._busy = LiveText(self.busy_label)
        dates = QHBoxLayout()
        dates.setSpacing(8)
        dates.addWidget(self.from_caption)
        dates.addWidget(self.from_edit)
        dates.addSpacing(8)
        dates.addWidget(self.to_caption)
        dates.addWidget(self.to_edit)
        dates.addSpacing(16)
        dates.addWidget(self.export_button)
        dates.addWidget(self.busy_label)
        dates.addStretch(1)
        column.addWidget(self.note)
        column.addLayout(dates)
        column.addWidget(self.done_label)
        column.addWidget(self.error)
        self.export_button.clicked.connect(self.export)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Journal export"))
        self.note.setText(self.tr("Every posting between two business dates, one line each, with "
                                  "its receipt, entry, account and chart code, saved as a CSV "
                                  "file for the accounting program."))
        set_caption(self.from_caption, self.tr("&From"))
        set_caption(self.to_caption, self.tr("&To"))
        self.export_button.setText(self.tr("&Export journal…"))
        for live in (self._error, self._done, self._busy):
            live.retranslate()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.export_button.setEnabled(not busy)
        self._busy.show((lambda: self.tr("Making the journal…")) if busy else None)

    def export(self) -> None:
        """Make the journal of the range, then ask where to save it and write it."""
        if self.busy:
            return
        self._done.show(None)
        self._error.show(None)
        first, last, ctx = date_of(self.from_edit), date_of(self.to_edit), self._ctx
        self._set_busy(True)
        run_in_background(
            lambda: (first, last, accounting.journal_csv(ctx.ledger, ctx.actor, first, last)),
            self._made, self._failed)

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self._error.show(lambda e=exc: render_error(e))
        field = getattr(exc, "field", None)
        if field in ("date_from", "date_to"):
            (self.from_edit if field == "date_from" else self.to_edit).setFocus()

    def _made(self, made: tuple[date, date, str]) -> None:
        self._set_busy(False)
        first, last, text = made
        path = ask_save_csv(self, self.tr("Export the journal"),
                            f"journal-{first.isoformat()}-{last.isoformat()}.csv")
        if not path or not write_csv(path, text, self._error):
            return
        self.path = path
        lines = max(0, len(text.splitlines()) - 1)
        profile = self._ctx.profile
        self._done.show(lambda: self.tr("The journal from %1 to %2 was saved to %3: %4 lines, "
                                        "one per posting, after the header line.")
                        .replace("%1", business_date(first, profile))
                        .replace("%2", business_date(last, profile))
                        .replace("%4", str(lines)).replace("%3", path))
