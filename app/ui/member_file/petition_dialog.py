"""Other petitions for the member on the file: a question to the cooperative, or a change of
contact data when the member is not at the counter (in person, Edit member changes them at once).
Filed for a supervisor; the form can be printed for the member's signature."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QPlainTextEdit, QStackedWidget, QWidget

from app.services import member_petitions, members

from ..desk_context import DeskContext
from .fields import FieldRows
from .filing_dialog import FilingDialog

QUESTION, CONTACT = 0, 1


class PetitionDialog(FilingDialog):
    def __init__(self, ctx: DeskContext, member: members.MemberFile, parent: QWidget | None = None):
        super().__init__(ctx, member, parent, "PetitionDialog")
        self.setWindowTitle(self.tr("Petition for %1").replace("%1", member.name))
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
        self.kind.currentIndexChanged.connect(   # a question needs no confirmation
            lambda i: self.otp.setVisible(self.otp.enrolled and i == CONTACT))
        self.otp.setVisible(False)
        self.body.addWidget(self.kind)
        self.body.addWidget(self.pages, 1)
        self.setMinimumHeight(360)

    def clear_errors(self) -> None:
        self.otp.show_error("")
        for name in self.rows.order:
            self.rows.set_error(name, "")

    def field_error(self, field: str, text: str) -> bool:
        if field == "otp_code":
            self.otp.show_error(text)
            return True
        if self.kind.currentIndex() == CONTACT and field in self.rows.errors:
            self.rows.set_error(field, text)
            return True
        return False

    def file(self):  # noqa: ANN201
        ledger, actor = self._ctx.ledger, self._ctx.actor
        if self.kind.currentIndex() == QUESTION:
            return member_petitions.ask_question(ledger, actor, self._member.id, self.question.toPlainText())
        return member_petitions.request_contact_change(ledger, actor, self._member.id, otp_code=self.otp.code(),
                                                       **{k: w.text() for k, w in self.inputs.items()})

    def done_text(self, petition) -> str:  # noqa: ANN001
        return self.tr("Petition %1 filed: a supervisor decides it on the Approvals page.") \
            .replace("%1", str(petition.id))

    def locked(self) -> list[QWidget]:
        return [self.kind, self.question, *self.inputs.values()]
