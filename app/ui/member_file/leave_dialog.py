"""Leaving membership: the petition for the member on the file. The dialog lists what would be
paid back (every account with money, to the registered external account) and the member's
reason; the member is "leaving" until a supervisor approves (everything settled and closed) or
rejects it (active again)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QVBoxLayout, QWidget)

from app.services import leaving, members

from ..desk_context import DeskContext
from ..i18n import render_error
from ..operations.common import money_text, say
from .petition_print import print_button, show_petition_form
from .style import FORMS


class LeaveDialog(QDialog):
    def __init__(self, ctx: DeskContext, member: members.MemberFile, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("LeaveDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setStyleSheet(FORMS)
        self.setWindowTitle(self.tr("Leaving membership"))
        self._ctx, self._member = ctx, member
        self.petition = None
        try:
            rows, total, blocker = leaving.leaving_preview(ctx.ledger, ctx.actor, member.id)
            error = say(ctx, blocker) if blocker is not None else ""
        except Exception as exc:  # noqa: BLE001 - said in the dialog
            rows, total, error = [], 0, render_error(exc)
        lines = [self.tr("%1 asks to leave the cooperative. On approval every account is settled "
                         "and closed:").replace("%1", member.name)]
        lines += [f"   {number}: {money_text(ctx, balance)}" for number, balance in rows]
        lines.append(self.tr("%1 in all, by transfer to %2.").replace("%1", money_text(ctx, total))
                     .replace("%2", member.bank_account_display or "—"))
        self.summary = QLabel("\n".join(lines), objectName="Sentence", wordWrap=True)
        self.reason = QLineEdit(objectName="LeaveReason", maxLength=500)
        self.reason.setPlaceholderText(self.tr("optional, in the member's words"))
        form = QFormLayout()
        caption = QLabel(self.tr("&Reason"))
        caption.setBuddy(self.reason)
        form.addRow(caption, self.reason)
        self.done_label = QLabel(objectName="DoneLabel", wordWrap=True, visible=False)
        self.message = QLabel(error, objectName="ErrorLabel", wordWrap=True, visible=bool(error))
        self.send_button = QPushButton(self.tr("&File the petition"), objectName="SendButton",
                                       default=True, enabled=not error)
        self.close_button = QPushButton(self.tr("Cancel"), objectName="CloseButton", autoDefault=False)
        self.send_button.clicked.connect(self.send)
        self.close_button.clicked.connect(self.reject)
        self.print_button = print_button(self)
        self.print_button.clicked.connect(self.print_form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(self.summary)
        layout.addLayout(form)
        layout.addWidget(self.done_label)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.setMinimumWidth(560)

    def send(self) -> bool:
        if self.petition is not None:
            self.accept()
            return True
        self.message.hide()
        try:
            self.petition = leaving.request_leaving(self._ctx.ledger, self._ctx.actor, self._member.id,
                                                    self.reason.text())
        except Exception as exc:  # noqa: BLE001 - the service's refusal
            self.message.setText(render_error(exc))
            self.message.show()
            return False
        self.done_label.setText(self.tr("Petition %1 filed: the member is leaving until a supervisor "
                                        "decides it on the Approvals page.").replace("%1", str(self.petition.id)))
        self.done_label.show()
        self.reason.setEnabled(False)
        self.send_button.setText(self.tr("&Done"))
        self.close_button.hide()
        self.print_button.show()
        self._ctx.events.notify(None)
        return True

    def print_form(self) -> object:
        """The petition form for the member to sign, in the PDF preview."""
        try:
            return show_petition_form(self, self._ctx, self.petition.id)
        except Exception as exc:  # noqa: BLE001 - said in the dialog
            self.message.setText(render_error(exc))
            self.message.show()
            return None
