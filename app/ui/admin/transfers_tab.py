"""The Transfers tab (supervisors): the outgoing transfers waiting (approved refunds), the button
that makes the bank file of all of them (pain.001 in the Spanish profile, the interbank CSV in
the Ecuadorian one) and saves it, and every file made before, which can be saved again exactly
as it was made (never made twice)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import (QFileDialog, QHBoxLayout, QHeaderView, QLabel, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from app.services import bank_files
from app.services.bank_files import BankFileView, TransferView

from ..desk_context import DeskContext
from ..formatting import business_date
from ..i18n import render_error
from ..operations.common import money_text
from ..retranslate import Retranslatable
from ..table_style import list_behaviour
from .common import Feedback, card

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _table(columns: int, name: str) -> QTableWidget:
    table = QTableWidget(0, columns, objectName=name)
    list_behaviour(table)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class TransfersTab(Retranslatable, QWidget):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("TransfersTab")
        self._ctx = ctx
        self.waiting: list[TransferView] = []
        self.files: list[BankFileView] = []
        self.feedback = Feedback()
        self.waiting_title, self.files_title = QLabel(), QLabel()
        self.total_label = QLabel(objectName="FieldNote")
        self.waiting_table = _table(5, "WaitingTransfers")
        self.make_button = QPushButton(objectName="MakeTransferFile")
        self.make_button.setProperty("primary", True)
        self.files_table = _table(5, "BankFiles")
        self.save_again_button = QPushButton(objectName="SaveAgain", autoDefault=False)
        row = QHBoxLayout()
        row.addWidget(self.total_label, 1)
        row.addWidget(self.make_button)
        waiting_card, wcol = card(self.waiting_title)
        wcol.addWidget(self.waiting_table, 1)
        wcol.addLayout(row)
        row2 = QHBoxLayout()
        row2.addStretch(1)
        row2.addWidget(self.save_again_button)
        files_card, fcol = card(self.files_title)
        fcol.addWidget(self.files_table, 1)
        fcol.addLayout(row2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.feedback.done_label)
        layout.addWidget(self.feedback.error_label)
        layout.addWidget(waiting_card, 3)
        if ctx.profile.country == "ES":
            from .collections_card import CollectionsCard
            self.collections = CollectionsCard(ctx)
            layout.addWidget(self.collections, 3)
        layout.addWidget(files_card, 2)
        self.make_button.clicked.connect(self.make_file)
        self.save_again_button.clicked.connect(self.save_again)
        self.files_table.itemSelectionChanged.connect(
            lambda: self.save_again_button.setEnabled(bool(self.files_table.selectedItems())))
        ctx.events.changed.connect(self._on_changed)       # a bound slot: gone with the tab
        self.retranslate_ui()
        self.refresh()

    def retranslate_ui(self) -> None:
        self.waiting_title.setText(self.tr("Transfers waiting for the bank"))
        self.files_title.setText(self.tr("Bank files made"))
        self.waiting_table.setHorizontalHeaderLabels([self.tr("Beneficiary"), self.tr("Account"),
                                                      self.tr("Amount"), self.tr("Since"),
                                                      self.tr("Reference")])
        self.files_table.setHorizontalHeaderLabels([self.tr("Made on"), self.tr("File"),
                                                    self.tr("Format"), self.tr("Transfers"),
                                                    self.tr("Total")])
        self.make_button.setText(self.tr("&Make the transfer file…"))
        self.save_again_button.setText(self.tr("Save &again…"))
        self._fill()
        self.feedback.retranslate()

    def _on_changed(self, _changes: object) -> None:
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        try:
            self.waiting = bank_files.pending_transfers(self._ctx.ledger, self._ctx.actor)
            self.files = bank_files.bank_files(self._ctx.ledger, self._ctx.actor)
        except Exception as exc:  # noqa: BLE001
            self.feedback.error.show(lambda e=exc: render_error(e))
            return
        self._fill()

    def _fill(self) -> None:
        self.waiting_table.setRowCount(len(self.waiting))
        for r, t in enumerate(self.waiting):
            account = " ".join(t.account[i:i + 4] for i in range(0, len(t.account), 4)) \
                if t.account[:2].isalpha() else t.account          # an IBAN in groups of four
            cells = (t.beneficiary, account, money_text(self._ctx, t.amount, t.currency),
                     t.created_at.strftime("%d/%m/%Y"), t.reference)
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 2:
                    item.setTextAlignment(RIGHT)
                self.waiting_table.setItem(r, c, item)
        total = sum((t.amount for t in self.waiting), start=0)
        self.total_label.setText(self.tr("%n transfer(s) waiting", "", len(self.waiting)) + (
            " · " + money_text(self._ctx, total, self.waiting[0].currency) if self.waiting else ""))
        self.make_button.setEnabled(bool(self.waiting))
        self.files_table.setRowCount(len(self.files))
        for r, f in enumerate(self.files):
            cells = (business_date(f.business_date, self._ctx.profile), f.file_name, f.version,
                     str(f.count), money_text(self._ctx, f.total, f.currency))
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, f.id)
                if c >= 3:
                    item.setTextAlignment(RIGHT)
                self.files_table.setItem(r, c, item)
        self.save_again_button.setEnabled(bool(self.files_table.selectedItems()))

    def _ask_path(self, name: str) -> str:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _f = QFileDialog.getSaveFileName(self, self.tr("Save the bank file"),
                                               str(Path(folder) / name) if folder else name)
        return path

    def _write(self, path: str, content: bytes) -> bool:
        try:
            Path(path).write_bytes(content)
        except OSError as exc:
            self.feedback.error.show(lambda e=exc: self.tr("The file could not be saved: %1")
                                     .replace("%1", e.strerror or str(e)))
            return False
        return True

    def make_file(self) -> str:
        """Make the file of every transfer waiting, then ask where to save it (it is kept in the
        ledger either way, so a cancelled dialog loses nothing: Save again)."""
        self.feedback.clear()
        try:
            view, content = bank_files.make_transfer_file(self._ctx.ledger, self._ctx.actor)
        except Exception as exc:  # noqa: BLE001 - the refusal (no IBAN set, schema...), said here
            self.feedback.error.show(lambda e=exc: render_error(e))
            return ""
        self.refresh()
        self._ctx.events.notify(None)
        path = self._ask_path(view.file_name)
        if path and self._write(path, content):
            self.feedback.done.show(lambda: self.tr("Bank file %1 made: %2 transfers, %3. Saved to %4; "
                                                    "send it to the bank.").replace("%1", str(view.id))
                                    .replace("%2", str(view.count))
                                    .replace("%3", money_text(self._ctx, view.total, view.currency))
                                    .replace("%4", path))
            return path
        self.feedback.done.show(lambda: self.tr("Bank file %1 made and kept: save it with Save again.")
                                .replace("%1", str(view.id)))
        return ""

    def save_again(self) -> str:
        items = self.files_table.selectedItems()
        if not items:
            return ""
        self.feedback.clear()
        try:
            view, content = bank_files.file_content(self._ctx.ledger, self._ctx.actor,
                                                    items[0].data(Qt.ItemDataRole.UserRole))
        except Exception as exc:  # noqa: BLE001
            self.feedback.error.show(lambda e=exc: render_error(e))
            return ""
        path = self._ask_path(view.file_name)
        if path and self._write(path, content):
            self.feedback.done.show(lambda: self.tr("Bank file %1 saved again to %2.").replace("%1", str(view.id))
                                    .replace("%2", path))
            return path
        return ""
