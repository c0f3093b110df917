"""The member's authenticator code in a dialog that files what the member asks for: shown only
when the member has an active authenticator (the service then asks for it); otherwise the
member signs the printed form and the field stays hidden."""
from __future__ import annotations

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.services import otp

from ..desk_context import DeskContext


class OtpCodeField(QWidget):
    def __init__(self, ctx: DeskContext, member_id: int, parent: QWidget | None = None):
        super().__init__(parent, objectName="OtpCodeField")
        self.edit = QLineEdit(objectName="input_otp_code", maxLength=6)
        self.edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,6}"), self.edit))
        self.edit.setPlaceholderText("123456")
        self.edit.setMaximumWidth(140)
        self.hint = QLabel(self.tr("The member has an authenticator: they read out the code it "
                                   "shows now, instead of signing the form."), objectName="HintLabel",
                           wordWrap=True)
        self.error = QLabel(objectName="FieldError", wordWrap=True, visible=False)
        self.error.setStyleSheet("color: #b3261e;")
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        caption = QLabel(self.tr("Member's &code"))
        caption.setBuddy(self.edit)
        form.addRow(caption, self.edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.hint)
        try:
            self.enrolled = otp.status(ctx.ledger, ctx.actor, member_id).status == otp.ACTIVE
        except Exception:  # noqa: BLE001 - a role that cannot read it files without a code
            self.enrolled = False
        self.setVisible(self.enrolled)

    def code(self) -> str | None:
        return self.edit.text().strip() or None if self.enrolled else None

    def show_error(self, text: str) -> None:
        """The service's word on the code; it asks for one even when this field thought the
        member had no authenticator (enrolled since the dialog opened): the field shows then."""
        if text and not self.enrolled:
            self.enrolled = True
            self.setVisible(True)
        self.error.setText(text)
        self.error.setVisible(bool(text))
        if text:
            self.edit.setFocus()
            self.edit.selectAll()
