"""Direct debits on the Bank transfers tab (Spanish profile): the collections waiting, the
button that makes their pain.008 file and saves it, and a returned debit (the bank's reason),
which reverses the contribution."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import (QFileDialog, QFrame, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from app.services import bank_files
from app.services.bank_files import CollectionView

from ..desk_context import DeskContext
from ..i18n import render_error
from ..operations.common import money_text
from ..retranslate import Retranslatable
from ..table_style import list_behaviour
from .common import Feedback


class CollectionsCard(Retranslatable, QFrame):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("Card")
        self._ctx = ctx
        self.rows: list[CollectionView] = []
        self.filed: list[CollectionView] = []
        self.title = QLabel(objectName="SectionTitle")
        self.table = QTableWidget(0, 5, objectName="Collections")
        list_behaviour(self.table)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.make_button = QPushButton(objectName="MakeCollectionFile")
        self.make_button.setProperty("primary", True)
        self.reason = QLineEdit(objectName="ReturnReason", maxLength=100)
        self.return_button = QPushButton(objectName="ReturnCollection", autoDefault=False)
        self.feedback = Feedback()
        row = QHBoxLayout()
        row.addWidget(self.reason, 1)
        row.addWidget(self.return_button)
        row.addStretch(0)
        row.addWidget(self.make_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(18, 14, 18, 16)
        column.setSpacing(8)
        column.addWidget(self.title)
        column.addWidget(self.table, 1)
        column.addLayout(row)
        column.addWidget(self.feedback.done_label)
        column.addWidget(self.feedback.error_label)
        self.make_button.clicked.connect(self.make_file)
        self.return_button.clicked.connect(self.return_selected)
        self.retranslate_ui()
        self.refresh()

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Direct debits"))
        self.table.setHorizontalHeaderLabels([self.tr("Member"), self.tr("IBAN"), self.tr("Mandate"),
                                              self.tr("Amount"), self.tr("State")])
        self.make_button.setText(self.tr("Make the &collection file…"))
        self.reason.setPlaceholderText(self.tr("the bank's reason, for a returned debit"))
        self.return_button.setText(self.tr("Returned by the bank"))
        self._fill()
        self.feedback.retranslate()

    def refresh(self) -> None:
        try:
            self.rows = bank_files.collections(self._ctx.ledger, self._ctx.actor, "pending")
            self.filed = bank_files.collections(self._ctx.ledger, self._ctx.actor, "filed")
        except Exception as exc:  # noqa: BLE001
            self.feedback.error.show(lambda e=exc: render_error(e))
            return
        self._fill()

    def _fill(self) -> None:
        shown = self.rows + self.filed
        self.table.setRowCount(len(shown))
        for r, c in enumerate(shown):
            state = self.tr("waiting") if c.status == "pending" else self.tr("sent to the bank")
            for col, text in enumerate((c.beneficiary, c.iban, c.mandate,
                                        money_text(self._ctx, c.amount, c.currency), state)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, c.id)
                self.table.setItem(r, col, item)
        self.make_button.setEnabled(bool(self.rows))

    def make_file(self) -> str:
        self.feedback.clear()
        try:
            view, content = bank_files.make_collection_file(self._ctx.ledger, self._ctx.actor)
        except Exception as exc:  # noqa: BLE001
            self.feedback.error.show(lambda e=exc: render_error(e))
            return ""
        self.refresh()
        self._ctx.events.notify(None)
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _f = QFileDialog.getSaveFileName(self, self.tr("Save the collection file"),
                                               str(Path(folder) / view.file_name) if folder else view.file_name)
        if path:
            Path(path).write_bytes(content)
        self.feedback.done.show(lambda: self.tr("Collection file %1: %2 direct debits, %3.")
                                .replace("%1", str(view.id)).replace("%2", str(view.count))
                                .replace("%3", money_text(self._ctx, view.total, view.currency)))
        return path

    def return_selected(self) -> bool:
        items = self.table.selectedItems()
        if not items:
            return False
        self.feedback.clear()
        try:
            c = bank_files.return_collection(self._ctx.ledger, self._ctx.actor,
                                             items[0].data(Qt.ItemDataRole.UserRole), self.reason.text())
        except Exception as exc:  # noqa: BLE001
            self.feedback.error.show(lambda e=exc: render_error(e))
            return False
        self.reason.clear()
        self.refresh()
        self._ctx.events.notify(None)
        self.feedback.done.show(lambda: self.tr("The direct debit of %1 was returned: the contribution is "
                                                "reversed.").replace("%1", c.beneficiary))
        return True
