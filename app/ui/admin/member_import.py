"""Importing members from a CSV file on the desk (administrators): choose the file, see the verdict
of every row before anything is written (member_import.preview_members: the import's own
validation in a read-only unit of work), then Import, all or nothing unless "Skip invalid rows"
is ticked: the same service and the same result as `ventanilla import-members`.

Reading the rows and importing them can take seconds for a file of 10,000 members, so both run
off the GUI thread (member_file.background); the buttons wait meanwhile.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import (QCheckBox, QFileDialog, QHBoxLayout, QLabel, QPushButton,
                               QTableView, QVBoxLayout, QWidget)

from app.services import member_import
from app.services.member_import import ImportPreview, ImportResult

from ..desk_context import DeskContext
from ..i18n import render_error, tr_msg
from ..member_file.background import run_in_background
from ..member_file.style import INPUTS
from ..member_file.tables import setup_table
from ..operations.common import message_label
from ..retranslate import LiveText, Retranslatable
from .import_preview_model import BadRowsFilter, ImportPreviewModel, PreviewColumn

SAMPLES = ("00000", "X0000000X", "García de la Fuente Martínez, María José", "")


def _error_text(e: member_import.RowError) -> str:
    return f"{e.column}: {tr_msg(e.reason)}"


class MemberImportPanel(Retranslatable, QWidget):
    """`path` and `data` of the file chosen, `preview` of its rows (None before one is read),
    `result` of the last import; `busy` while a preview or an import runs."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("MemberImportPanel")
        self.setStyleSheet(INPUTS + "QCheckBox { spacing: 8px; }")
        self._ctx = ctx
        self.path = ""
        self.data: bytes | None = None
        self.preview: ImportPreview | None = None
        self.result: ImportResult | None = None
        self.busy = False
        self._imported = False              # this file's good rows are in: Import waits for another

        self.title = QLabel(objectName="SectionTitle")
        self.note = QLabel(objectName="NoteLabel", wordWrap=True)
        self.choose_button = QPushButton(objectName="ChooseFile", autoDefault=False)
        self.file_label = QLabel(objectName="FieldNote")
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.counts_label = QLabel(objectName="CountLabel")
        self.only_bad_box = QCheckBox(objectName="OnlyBadRows")
        self.model = ImportPreviewModel(self)
        self.proxy = BadRowsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView(objectName="ImportPreview")
        self.view.setModel(self.proxy)
        setup_table(self.view, stretch=PreviewColumn.VERDICT, samples=SAMPLES)
        self.hint_label = QLabel(objectName="HintLabel", wordWrap=True)
        self.skip_box = QCheckBox(objectName="SkipInvalid")
        self.import_button = QPushButton(objectName="ImportButton", autoDefault=False)
        self.import_button.setProperty("primary", True)
        self.busy_label = QLabel(objectName="FieldNote", visible=False)
        self.done_label = message_label("DoneLabel")
        self.done_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error = message_label("ErrorLabel")
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._done, self._error = LiveText(self.done_label), LiveText(self.error)
        self._busy = LiveText(self.busy_label)

        file_row = QHBoxLayout()
        file_row.setSpacing(10)
        file_row.addWidget(self.choose_button)
        file_row.addWidget(self.file_label, 1)
        counts_row = QHBoxLayout()
        counts_row.addWidget(self.counts_label)
        counts_row.addStretch(1)
        counts_row.addWidget(self.only_bad_box)
        action_row = QHBoxLayout()
        action_row.setSpacing(12)
        action_row.addWidget(self.skip_box)
        action_row.addWidget(self.hint_label, 1)
        action_row.addWidget(self.busy_label)
        action_row.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addWidget(self.note)
        layout.addLayout(file_row)
        layout.addLayout(counts_row)
        layout.addWidget(self.view, 1)
        layout.addLayout(action_row)
        layout.addWidget(self.done_label)
        layout.addWidget(self.error)

        self.choose_button.clicked.connect(self.choose_file)
        self.import_button.clicked.connect(self.import_file)
        self.skip_box.toggled.connect(lambda _on: self._update())
        self.only_bad_box.toggled.connect(self.proxy.set_only_bad)
        self._update()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Import members from a CSV file"))
        self.note.setText(self.tr(
            "One member per row. The first line names the columns: document, given_names and "
            "surnames are required; document_type, birth_date, email, phone, address and "
            "external_account are optional. Every row is checked first and shown below; "
            "nothing is written until you press Import."))
        self.choose_button.setText(self.tr("&Choose file…"))
        self.only_bad_box.setText(self.tr("Only rows with &errors"))
        self.skip_box.setText(self.tr("&Skip invalid rows"))
        self.import_button.setText(self.tr("&Import"))
        self.model.retranslate()
        self._update()
        for live in (self._done, self._error, self._busy):
            live.retranslate()

    # --- state ---------------------------------------------------------------------------------

    def _update(self) -> None:
        """File name, counts, the hint and what may be pressed, from the state."""
        p = self.preview
        self.file_label.setText(self.path or self.tr("No file chosen yet."))
        if p is None:
            self.counts_label.clear()
        else:
            self.counts_label.setText(self.tr("Rows: %1 · good: %2 · with errors: %3")
                                      .replace("%1", str(len(p.rows))).replace("%2", str(p.good))
                                      .replace("%3", str(p.bad)))
        self.hint_label.setText(self._hint())
        self.choose_button.setEnabled(not self.busy)
        self.skip_box.setEnabled(not self.busy and p is not None and p.bad > 0)
        self.only_bad_box.setEnabled(p is not None and p.bad > 0)
        self.import_button.setEnabled(self.can_import())

    def _hint(self) -> str:
        p = self.preview
        if p is None or self._imported or self.busy or not p.rows:
            return ""
        if p.good == 0:
            return self.tr("No row can be imported: correct the file and choose it again.")
        if p.bad and not self.skip_box.isChecked():
            return self.tr("Rows with errors stop the whole import: correct them and choose the "
                           "file again, or tick “Skip invalid rows” to import the good ones only.")
        return ""

    def can_import(self) -> bool:
        p = self.preview
        return (not self.busy and not self._imported and p is not None and p.good > 0
                and (p.bad == 0 or self.skip_box.isChecked()))

    def _set_busy(self, make: Callable[[], str] | None) -> None:
        """Busy saying `make()` (remade on a language change), or idle again with None."""
        self.busy = make is not None
        self._busy.show(make)
        self._update()

    # --- the file and its preview --------------------------------------------------------------

    def choose_file(self) -> str:
        """Ask for a file and check its rows; returns the path chosen ("" when cancelled). The
        dialog opens where the last file was, else in the documents folder."""
        folder = (str(Path(self.path).parent) if self.path else QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation))
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose the members file"), folder,
            self.tr("CSV files (*.csv);;All files (*)"))
        if path:
            self.load(path)
        return path

    def load(self, path: str) -> None:
        """Read `path` and show the verdict of every row (off the GUI thread)."""
        self._done.show(None)
        self._error.show(None)
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            self._error.show(lambda e=exc: self.tr("The file could not be read: %1")
                             .replace("%1", e.strerror or str(e)))
            return
        self.path, self.data, self._imported, self.result = path, data, False, None
        self.model.set_preview(None)
        self.preview = None
        self.skip_box.setChecked(False)
        self.only_bad_box.setChecked(False)
        self._set_busy(lambda: self.tr("Checking the rows…"))
        ctx = self._ctx
        run_in_background(lambda: member_import.preview_members(ctx.ledger, ctx.actor, data),
                          self._previewed, self._failed)

    def _previewed(self, preview: ImportPreview) -> None:
        self.preview = preview
        self.model.set_preview(preview)
        self._set_busy(None)
        if preview.header_errors:
            self._error.show(lambda p=preview: self.tr("This file cannot be imported: %1")
                             .replace("%1", "; ".join(_error_text(e) for e in p.header_errors)))
        elif not preview.rows:
            self._error.show(lambda: self.tr("The file holds no member rows."))

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(None)
        self._error.show(lambda e=exc: render_error(e))

    # --- the import ----------------------------------------------------------------------------

    def import_file(self) -> None:
        """Import the file as read (the service checks every row again, then writes)."""
        if self.data is None or self.busy:
            return
        self._done.show(None)
        self._error.show(None)
        data, skip, ctx = self.data, self.skip_box.isChecked(), self._ctx
        n = self.preview.good if self.preview is not None else 0
        self._set_busy(lambda: self.tr("Importing %1 members…").replace("%1", str(n)))
        run_in_background(lambda: member_import.import_members(ctx.ledger, ctx.actor, data,
                                                               skip_invalid=skip),
                          self._after_import, self._failed)

    def _after_import(self, result: ImportResult) -> None:
        self.result = result
        self._set_busy(None)
        if result.imported:
            self._imported = True
            self.model.set_imported(True)
            self._update()
            self._done.show(lambda r=result: self._result_text(r))
            self._ctx.events.notify(result)
            return
        # Nothing written: the ledger changed since the preview, or rows are bad. Say why and
        # show the rows as they stand now.
        self._error.show(lambda r=result: self._refusal_text(r))
        data = self.data
        ctx = self._ctx
        run_in_background(lambda: member_import.preview_members(ctx.ledger, ctx.actor, data),
                          self._repreviewed, self._failed)

    def _repreviewed(self, preview: ImportPreview) -> None:
        self.preview = preview
        self.model.set_preview(preview)
        self._update()

    def _result_text(self, r: ImportResult) -> str:
        text = self.tr("%1 of %2 members imported.").replace("%1", str(r.imported)) \
            .replace("%2", str(r.rows))
        if r.errors:
            text += " " + self.tr("Rows skipped for their errors: %1.").replace(
                "%1", str(len(r.errors)))
        return text

    def _refusal_text(self, r: ImportResult) -> str:
        if not r.errors:
            return self.tr("Nothing was imported: the file holds no member rows.")
        first = r.errors[0]
        return (self.tr("Nothing was imported: %1 rows have errors. The first, on line %2, "
                        "%3").replace("%1", str(len(r.errors))).replace("%2", str(first.line))
                .replace("%3", _error_text(first)))
