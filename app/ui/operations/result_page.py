"""The last stage of an operation: what was posted, the receipt number and what to do next."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.services.operations import OperationResult

from ..desk_context import DeskContext
from .common import message_label, say, show_message
from .spec import OperationSpec


class ResultPage(QWidget):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self.heading = QLabel(objectName="DoneTitle")
        self.receipt_label = QLabel(objectName="ReceiptNumber")
        self.receipt_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sentence = QLabel(objectName="Sentence", wordWrap=True)
        self.notes = message_label("NoteLabel")
        self.error = message_label("ErrorLabel")
        card = QFrame(objectName="DoneCard")
        inner = QVBoxLayout(card)
        inner.setContentsMargins(20, 16, 20, 16)
        inner.setSpacing(8)
        inner.addWidget(self.heading)
        inner.addWidget(self.receipt_label)
        inner.addWidget(self.sentence)
        self.print_button = QPushButton(self.tr("&Print receipt"), objectName="PrintButton")
        self.print_button.setProperty("primary", True)
        self.new_button = QPushButton(self.tr("&New operation"), objectName="NewButton")
        self.search_button = QPushButton(self.tr("Back to &search (Esc)"), objectName="SearchButton")
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.search_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(card)
        layout.addWidget(self.notes)
        layout.addStretch(1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

    def show_result(self, spec: OperationSpec, result: OperationResult) -> None:
        self.heading.setText(self.tr("✓ %1: done").replace("%1", say(self._ctx, result.preview.title)))
        self.receipt_label.setText(self.tr("Receipt %1").replace("%1", result.receipt))
        self.sentence.setText(spec.done_text(result))
        notes = [say(self._ctx, n) for n in result.notices]
        if result.replayed:
            notes.insert(0, self.tr("This operation had already been posted with this "
                                    "confirmation; it was not posted again."))
        show_message(self.notes, "\n".join(notes))
        show_message(self.error, "")

    def show_error(self, text: str) -> None:
        show_message(self.error, text)
