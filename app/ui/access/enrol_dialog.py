"""Enrolling the member's authenticator: a new secret shown as a QR code for the member's app to
scan (and as text to type in), the sheet to take home, then the first code the app shows, which
makes it active. The secret is on screen only while this dialog is open."""
from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QVBoxLayout, QWidget)

from app.documents.authenticator_sheet import build_authenticator_sheet, grouped
from app.services import members, otp
from app.services.otp import Enrolment

from ..desk_context import DeskContext
from ..i18n import render_error, translate
from ..member_file.fields import FieldRows
from ..member_file.style import FORMS
from .qr_view import QrView


class EnrolDialog(QDialog):
    def __init__(self, ctx: DeskContext, member: members.MemberFile, replacing: bool,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("EnrolDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setStyleSheet(FORMS)
        self._ctx, self._member = ctx, member
        self.enrolment: Enrolment | None = None
        self.confirmed = False
        self.setWindowTitle(self.tr("Authenticator for %1").replace("%1", member.name))
        self.intro = QLabel((self.tr("This replaces the member's current authenticator: its codes stop "
                                     "working now. ") if replacing else "")
                            + self.tr("The member opens an authenticator app on their phone and scans "
                                      "the code that appears here."), wordWrap=True)
        self.show_button = QPushButton(self.tr("&Show the QR code"), objectName="ShowQr", default=True)
        self.show_button.clicked.connect(self.start)
        self.qr = QrView()
        self.qr.setVisible(False)
        self.secret_label = QLabel(objectName="SecretText", visible=False, alignment=Qt.AlignmentFlag.AlignCenter,
                                   textInteractionFlags=Qt.TextInteractionFlag.TextSelectableByMouse)
        self.secret_label.setStyleSheet("font-family: monospace; font-size: 11pt;")
        self.code = QLineEdit(objectName="input_first_code", maxLength=6, enabled=False)
        self.code.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,6}"), self.code))
        self.code.setPlaceholderText("123456")
        self.code.setMaximumWidth(140)
        self.confirm_button = QPushButton(self.tr("&Confirm"), objectName="ConfirmCode", enabled=False,
                                          autoDefault=False)
        self.confirm_button.clicked.connect(self.confirm)
        self.code.returnPressed.connect(self.confirm)
        row = QHBoxLayout()
        row.addWidget(self.code)
        row.addWidget(self.confirm_button)
        row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("The app's first c&ode"), row)
        self.done_label = QLabel(objectName="DoneLabel", wordWrap=True, visible=False)
        self.message = QLabel(objectName="ErrorLabel", wordWrap=True, visible=False)
        self.sheet_button = QPushButton(self.tr("Print the s&heet…"), objectName="PrintSheet",
                                        autoDefault=False, enabled=False)
        self.sheet_button.clicked.connect(self.print_sheet)
        self.close_button = QPushButton(self.tr("Close"), objectName="CloseButton", autoDefault=False)
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.sheet_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(self.intro)
        layout.addWidget(self.show_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.qr, 1, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.secret_label)
        layout.addLayout(form)
        layout.addWidget(self.done_label)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.setMinimumWidth(520)
        caption = form.itemAt(0, QFormLayout.ItemRole.LabelRole).widget()
        caption.setBuddy(self.code)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        FieldRows.grow_to_fit(self)

    def start(self) -> bool:
        try:
            self.enrolment = otp.enrol(self._ctx.ledger, self._ctx.actor, self._member.id)
        except Exception as exc:  # noqa: BLE001 - shown
            self._say(render_error(exc))
            return False
        self._say("")
        self.qr.set_data(self.enrolment.uri)
        self.qr.show()
        self.secret_label.setText(grouped(self.enrolment.secret))
        self.secret_label.show()
        self.show_button.hide()
        for w in (self.code, self.confirm_button, self.sheet_button):
            w.setEnabled(True)
        self.confirm_button.setDefault(True)
        FieldRows.grow_to_fit(self)
        self.code.setFocus()
        self._ctx.events.notify(None)
        return True

    def confirm(self) -> bool:
        if self.enrolment is None or self.confirmed:
            return False
        try:
            otp.confirm(self._ctx.ledger, self._ctx.actor, self._member.id, self.code.text())
        except Exception as exc:  # noqa: BLE001 - a wrong code (counted), shown
            self._say(render_error(exc))
            self.code.selectAll()
            return False
        self.confirmed = True
        self._say("")
        self.code.setEnabled(False)
        self.confirm_button.setEnabled(False)
        self.done_label.setText(self.tr("The authenticator is active: from now on the member confirms "
                                        "petitions and sensitive operations with its code."))
        self.done_label.show()
        FieldRows.grow_to_fit(self)
        self.close_button.setDefault(True)
        self._ctx.events.notify(None)
        return True

    def sheet_pdf(self) -> bytes:
        return build_authenticator_sheet(self.enrolment, translate)

    def print_sheet(self) -> object:
        from ..pdf_preview import show_pdf
        return show_pdf(self, self.sheet_pdf(), self.tr("Authenticator"),
                        f"authenticator-{self._member.number:06d}.pdf")
