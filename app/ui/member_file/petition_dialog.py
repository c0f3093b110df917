"""Other petitions for the member on the file: a question to the cooperative, or a change of
contact data when the member is not at the counter (in person, Edit member changes them at once).
Filed for a supervisor; the form can be printed for the member's signature."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QPlainTextEdit, QPushButton, QStackedWidget, QVBoxLayout, QWidget)

from app.services import member_petitions, members
from app.services.errors import ValidationError

from ..desk_context import DeskContext
from ..i18n import render_error
from ..operations.common import say
from .fields import FieldRows
from .petition_print import print_button, show_petition_form
from .style import FORMS

QUESTION, CONTACT = 0, 1


class PetitionDialog(QDialog):
    def __init__(self, ctx: DeskContext, member: members.MemberFile, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("PetitionDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setStyleSheet(FORMS)
        self.setWindowTitle(self.tr("Petition for %1").replace("%1", member.name))
        self._ctx, self._member = ctx, member
        self.petition = None
        self.kind = QComboBox(objectName="PetitionKind")
        self.kind.addItem(self.tr("Question to the cooperative"))
        self.kind.addItem(self.tr("Change of contact data (member not present)"))
        self.question = QPlainTextEdit(objectName="QuestionText")
        self.question.setPlaceholderText(self.tr("The member's question, in their words"))
        self.inputs = {"email": QLineEdit(member.data.email, maxLength=120),
                       "phone": QLineEdit(member.data.phone, maxLength=30),
                       "address": QLineEdit(member.data.address, maxLength=200)}
        self.rows = FieldRows(self.inputs)
        contact_form = QFormLayout()
        for name, caption in (("email", self.tr("&E-mail")), ("phone", self.tr("P&hone")),
                              ("address", self.tr("&Address"))):
            self.rows.add(contact_form, name, caption)
        contact = QWidget()
        contact.setLayout(contact_form)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.question)
        self.pages.addWidget(contact)
        self.kind.currentIndexChanged.connect(self.pages.setCurrentIndex)
        self.done_label = QLabel(objectName="DoneLabel", wordWrap=True, visible=False)
        self.message = QLabel(objectName="ErrorLabel", wordWrap=True, visible=False)
        self.print_button = print_button(self)
        self.print_button.clicked.connect(lambda: show_petition_form(self, self._ctx, self.petition.id))
        self.send_button = QPushButton(self.tr("&File the petition"), objectName="SendButton", default=True)
        self.close_button = QPushButton(self.tr("Cancel"), objectName="CloseButton", autoDefault=False)
        self.send_button.clicked.connect(self.send)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(self.kind)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.done_label)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.setMinimumSize(560, 360)

    def send(self) -> bool:
        if self.petition is not None:
            self.accept()
            return True
        self.message.hide()
        for name in self.rows.order:
            self.rows.set_error(name, "")
        ledger, actor = self._ctx.ledger, self._ctx.actor
        try:
            if self.kind.currentIndex() == QUESTION:
                self.petition = member_petitions.ask_question(ledger, actor, self._member.id,
                                                              self.question.toPlainText())
            else:
                self.petition = member_petitions.request_contact_change(
                    ledger, actor, self._member.id, **{k: w.text() for k, w in self.inputs.items()})
        except ValidationError as exc:
            if exc.field in self.rows.errors and self.kind.currentIndex() == CONTACT:
                self.rows.set_error(exc.field, say(self._ctx, exc.msg))
            else:
                self.message.setText(render_error(exc))
                self.message.show()
            return False
        except Exception as exc:  # noqa: BLE001 - the service's refusal
            self.message.setText(render_error(exc))
            self.message.show()
            return False
        self.done_label.setText(self.tr("Petition %1 filed: a supervisor decides it on the Approvals "
                                        "page.").replace("%1", str(self.petition.id)))
        self.done_label.show()
        for w in (self.kind, self.question, *self.inputs.values()):
            w.setEnabled(False)
        self.send_button.setText(self.tr("&Done"))
        self.close_button.hide()
        self.print_button.show()
        self._ctx.events.notify(None)
        return True
