"""Asking for a reversal of a posted operation: a reason, then a petition a supervisor decides.

Nothing is reversed here: `reversals.request_reversal` files the petition and the dialog says it
waits for approval. Open it from anywhere an entry is shown (the member's movements):
`request_reversal_dialog(parent, ctx, entry_id)`.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QVBoxLayout, QWidget)

from app.services import receipts, reversals
from app.services.petitions import PetitionView

from ..desk_context import DeskContext
from ..formatting import business_date
from ..i18n import render_error, translate
from .common import message_label, money_text, show_message


class ReversalDialog(QDialog):
    """Reason + [Ask for the reversal]; then a sentence saying the petition waits, + [Close]."""

    def __init__(self, ctx: DeskContext, entry_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("ReversalDialog")
        self.setWindowTitle(self.tr("Reverse an operation"))
        self._ctx, self.entry_id = ctx, entry_id
        self.petition: PetitionView | None = None
        self.heading = QLabel(self.tr("Reverse an operation"), objectName="PageTitle")
        self.entry_label = QLabel(objectName="Sentence")      # two lines, see _describe
        self.explain = QLabel(self.tr("A posted operation is never changed or deleted: a "
                                      "supervisor approves a reversal entry that undoes it. "
                                      "Nothing changes until then."),
                              objectName="NoteLabel", wordWrap=True)
        self.reason_edit = QLineEdit(objectName="ReversalReason", maxLength=500)
        self.reason_edit.setPlaceholderText(self.tr("e.g. the amount was typed wrong"))
        self.error = message_label("ErrorLabel")
        self.done_label = message_label("DoneLabel")
        self.cancel_button = QPushButton(self.tr("Cancel"), objectName="CancelButton")
        self.file_button = QPushButton(self.tr("Ask for the reversal"), objectName="FileButton")
        self.file_button.setProperty("primary", True)
        self.file_button.setDefault(True)
        self.cancel_button.setAutoDefault(False)
        card = QFrame(objectName="Card")
        inner = QVBoxLayout(card)
        inner.setContentsMargins(14, 12, 14, 14)
        inner.setSpacing(6)
        reason_label = QLabel(self.tr("&Reason"), objectName="FieldCaption")
        reason_label.setBuddy(self.reason_edit)
        inner.addWidget(self.entry_label)
        inner.addSpacing(4)
        inner.addWidget(reason_label)
        inner.addWidget(self.reason_edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.file_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 16)
        layout.setSpacing(10)
        for w in (self.heading, self.explain, card, self.error, self.done_label):
            layout.addWidget(w)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.cancel_button.clicked.connect(self.reject)
        self.file_button.clicked.connect(self.file)
        self._describe()
        self.setMinimumWidth(580)
        self.resize(620, self.sizeHint().height())
        self.reason_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _describe(self) -> None:
        try:
            d = receipts.receipt_data(self._ctx.ledger, self._ctx.actor, self.entry_id)
        except Exception as exc:  # noqa: BLE001 - said; the service refuses again if needed
            self.entry_label.setText(render_error(exc))
            return
        who = f" · {d.member}" if d.member else ""
        self.entry_label.setText(self.tr("%1 of %2, receipt %3\n%4 on account %5%6")
                                 .replace("%1", translate(d.operation))
                                 .replace("%2", business_date(d.business_date, self._ctx.profile))
                                 .replace("%3", d.receipt)
                                 .replace("%4", money_text(self._ctx, d.amount, d.currency))
                                 .replace("%5", d.account_number).replace("%6", who))

    def file(self) -> None:
        if self.petition is not None:          # filed: the button now closes
            self.accept()
            return
        if not self.reason_edit.text().strip():
            show_message(self.error, self.tr("Write why the operation must be reversed."))
            self.reason_edit.setFocus()
            return
        try:
            self.petition = reversals.request_reversal(self._ctx.ledger, self._ctx.actor,
                                                       self.entry_id, self.reason_edit.text())
        except Exception as exc:  # noqa: BLE001 - said in the dialog
            show_message(self.error, render_error(exc))
            return
        show_message(self.error, "")
        show_message(self.done_label, self.tr("Petition %1 filed. The reversal waits for a "
                                              "supervisor's approval; nothing has been reversed "
                                              "yet.").replace("%1", str(self.petition.id)))
        self.reason_edit.setReadOnly(True)
        self.cancel_button.hide()
        self.file_button.setText(self.tr("Close"))
        self._ctx.events.notify(self.petition)


def request_reversal_dialog(parent: QWidget | None, ctx: DeskContext,
                            entry_id: int) -> ReversalDialog:
    """Open (window-modal, without blocking) the dialog that files a reversal of `entry_id`."""
    dialog = ReversalDialog(ctx, entry_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
