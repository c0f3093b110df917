"""Issuing (or reissuing) a member's online-banking credentials: the user name (the member's
document unless the teller types another) and how the one-time registration key reaches the
member: a printed letter, shown now and never again, or an e-mail through the outbox."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QButtonGroup, QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QRadioButton, QVBoxLayout, QWidget)

from app.documents.credential_letter import build_credential_letter
from app.services import credentials, members
from app.services.credentials import IssuedCredential
from app.services.receipts import local_time

from ..desk_context import DeskContext
from ..i18n import render_error, translate
from ..member_file.fields import FieldRows
from ..member_file.style import FORMS


class IssueCredentialDialog(QDialog):
    """After issuing, `issued` holds the key (kept only as long as the dialog is open)."""

    def __init__(self, ctx: DeskContext, member: members.MemberFile, reissue: bool,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("IssueCredentialDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setStyleSheet(FORMS)
        self._ctx, self._member, self._reissue = ctx, member, reissue
        self.issued: IssuedCredential | None = None
        self.setWindowTitle(self.tr("Online banking access for %1").replace("%1", member.name))
        self.intro = QLabel(self.tr("A new registration key replaces the old one: the member's "
                                    "current key and password stop working now.") if reissue else
                            self.tr("The member completes the registration online with their document, "
                                    "this key, their external account and a password of their own."),
                            wordWrap=True)
        self.username = QLineEdit(member.data.document, objectName="input_username", maxLength=40)
        self.print_choice = QRadioButton(self.tr("&Print a letter now"), checked=True)
        email = member.data.email
        self.email_choice = QRadioButton(self.tr("&E-mail it to %1").replace("%1", email) if email
                                         else self.tr("E-mail (the member has no address)"), enabled=bool(email))
        self.delivery = QButtonGroup(self)
        self.delivery.addButton(self.print_choice)
        self.delivery.addButton(self.email_choice)
        choices = QVBoxLayout()
        choices.addWidget(self.print_choice)
        choices.addWidget(self.email_choice)
        form = QFormLayout()
        form.addRow(self.tr("&User name"), self.username)
        form.addRow(self.tr("Delivery"), choices)
        self.key_label = QLabel(objectName="SecretLabel", visible=False,
                                textInteractionFlags=Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setStyleSheet("font-size: 20pt; font-weight: bold; letter-spacing: 2px;"
                                     "padding: 8px; background: #f3f6fa; border: 1px solid #1f4e79;")
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.done_label = QLabel(objectName="DoneLabel", wordWrap=True, visible=False)
        self.message = QLabel(objectName="ErrorLabel", wordWrap=True, visible=False)
        self.letter_button = QPushButton(self.tr("Print the &letter…"), objectName="PrintLetter",
                                         autoDefault=False, visible=False)
        self.letter_button.clicked.connect(self.print_letter)
        self.send_button = QPushButton(self.tr("&Reissue") if reissue else self.tr("&Issue"),
                                       objectName="SendButton", default=True)
        self.close_button = QPushButton(self.tr("Cancel"), objectName="CloseButton", autoDefault=False)
        self.send_button.clicked.connect(self.send)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.letter_button)
        buttons.addStretch(1)
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        for part in (self.intro, form, self.key_label, self.done_label, self.message, buttons):
            (layout.addLayout if not isinstance(part, QWidget) else layout.addWidget)(part)
        self.setMinimumWidth(540)

    def send(self) -> bool:
        if self.issued is not None:
            self.accept()
            return True
        delivery = credentials.EMAIL if self.email_choice.isChecked() else credentials.PRINT
        try:
            self.issued = credentials.issue(self._ctx.ledger, self._ctx.actor, self._member.id,
                                            delivery=delivery, username=self.username.text(),
                                            reissue=self._reissue, translate=translate)
        except Exception as exc:  # noqa: BLE001 - the service's refusal, shown
            self.message.setText(render_error(exc))
            self.message.show()
            return False
        self.message.hide()
        view = self.issued.view
        until = local_time(view.key_expires_at, self._ctx.profile.timezone)
        for w in (self.username, self.print_choice, self.email_choice):
            w.setEnabled(False)
        if delivery == credentials.PRINT:
            self.key_label.setText(self.issued.key)
            self.key_label.show()
            self.letter_button.show()
            self.done_label.setText(self.tr("User name %1. The key above is valid until %2 and is not "
                                            "shown again: print the letter and hand it to the member.")
                                    .replace("%1", view.username).replace("%2", f"{until:%d/%m/%Y %H:%M}"))
        else:
            self.done_label.setText(self.tr("User name %1. The letter with the key (valid until %2) is in "
                                            "the outbox for %3 and goes out with the next dispatch.")
                                    .replace("%1", view.username).replace("%2", f"{until:%d/%m/%Y %H:%M}")
                                    .replace("%3", self._member.data.email))
        self.done_label.show()
        FieldRows.grow_to_fit(self)
        self.send_button.setText(self.tr("&Done"))
        self.close_button.hide()
        self._ctx.events.notify(None)
        return True

    def letter_pdf(self) -> bytes:
        return build_credential_letter(self.issued, translate)

    def print_letter(self) -> object:
        from ..pdf_preview import show_pdf
        return show_pdf(self, self.letter_pdf(), self.tr("Online banking access"),
                        f"access-{self._member.number:06d}.pdf")
