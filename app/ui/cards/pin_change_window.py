"""The member changes their card's PIN themselves: a window turned to them (or shown on the
customer-facing screen), large masked fields for the current PIN and the new one twice, the
seed's security tips beside them, and their authenticator code when they have one. The teller
never sees a PIN: the fields show dots and are cleared whatever happens."""
from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (QDialog, QFormLayout, QFrame, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QVBoxLayout, QWidget)

from app.domain.cards import PIN_LENGTH, PIN_TIPS
from app.services import card_pins, members
from app.services.cards import CardView
from app.services.errors import ValidationError

from ..desk_context import DeskContext
from ..i18n import render_error, tr_msg, translate
from ..member_file.fields import FieldRows
from ..member_file.otp_field import OtpCodeField
from ..member_file.style import FORMS
from .dialog_parts import button_row, card_title, column

PIN_FIELDS = ("old_pin", "new_pin", "new_pin_again")
BIG = "QLineEdit { font-size: 22pt; letter-spacing: 8px; padding: 4px 10px; }"


def _pin_edit(name: str) -> QLineEdit:
    edit = QLineEdit(objectName=f"input_{name}", maxLength=PIN_LENGTH,
                     echoMode=QLineEdit.EchoMode.Password)
    edit.setValidator(QRegularExpressionValidator(QRegularExpression(rf"\d{{0,{PIN_LENGTH}}}"), edit))
    edit.setAlignment(Qt.AlignmentFlag.AlignCenter)
    edit.setStyleSheet(BIG)
    edit.setFixedWidth(edit.fontMetrics().horizontalAdvance("0") * 14 + 40)
    edit.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
    return edit


class PinChangeWindow(QDialog):
    """`changed` holds the card once its new PIN is set."""

    def __init__(self, ctx: DeskContext, member: members.MemberFile, card: CardView,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("PinChangeWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setStyleSheet(FORMS)
        self._ctx, self.card = ctx, card
        self.changed: CardView | None = None
        self.setWindowTitle(self.tr("Change your PIN"))
        title = QLabel(self.tr("Change your PIN"), objectName="PageTitle")
        title.setStyleSheet("font-size: 18pt; font-weight: bold;")
        self.card_label = card_title(card)
        self.intro = QLabel(self.tr("Type your current PIN (the temporary one if the branch just gave "
                                    "it to you), then the new one twice. Nobody else sees what you type."),
                            wordWrap=True)
        self.inputs = {name: _pin_edit(name) for name in PIN_FIELDS}
        self.rows = FieldRows(self.inputs)
        form = QFormLayout()
        for name, caption in (("old_pin", self.tr("&Current PIN")), ("new_pin", self.tr("&New PIN")),
                              ("new_pin_again", self.tr("New PIN &again"))):
            self.rows.add(form, name, caption)
        tips = QFrame(objectName="PinTips")
        tips.setStyleSheet("QFrame#PinTips { background: #fff8e1; border: 1px solid #e0c060; border-radius: 6px; }")
        tips_column = QVBoxLayout(tips)
        tips_column.setContentsMargins(14, 10, 14, 10)
        tips_title = QLabel(self.tr("Security tips"), objectName="SectionTitle")
        tips_column.addWidget(tips_title)
        self.tips = [QLabel("• " + translate(tip), wordWrap=True) for tip in PIN_TIPS]
        for label in self.tips:
            tips_column.addWidget(label)
        tips_column.addStretch(1)
        tips.setFixedWidth(260)
        body = QHBoxLayout()
        body.setSpacing(20)
        body.addLayout(form, 1)
        body.addWidget(tips, 0, Qt.AlignmentFlag.AlignTop)
        self.otp = OtpCodeField(ctx, member.id)
        self.message = QLabel(objectName="ErrorLabel", wordWrap=True, visible=False)
        self.continue_button = QPushButton(self.tr("C&ontinue"), objectName="ChangePin", default=True)
        self.close_button = QPushButton(self.tr("Cancel"), objectName="CloseButton", autoDefault=False)
        self.continue_button.clicked.connect(self.send)
        self.close_button.clicked.connect(self.reject)
        buttons = button_row(self.continue_button, self.close_button)
        layout = column(self, (28, 22), 12)
        for w in (title, self.card_label, self.intro):
            layout.addWidget(w)
        layout.addLayout(body)
        layout.addWidget(self.otp)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.setMinimumWidth(680)

    def _clear(self) -> None:
        for edit in self.inputs.values():
            edit.clear()

    def send(self) -> bool:
        for name in PIN_FIELDS:
            self.rows.set_error(name, "")
        self.message.hide()
        self.otp.show_error("")
        pins = {name: self.inputs[name].text() for name in PIN_FIELDS}
        try:
            self.changed = card_pins.change(self._ctx.ledger, self._ctx.actor, self.card.id,
                                            otp_code=self.otp.code(), **pins)
        except ValidationError as exc:
            self._clear()
            if exc.field in self.rows.errors:
                self.rows.set_error(exc.field, tr_msg(exc.msg))
                self.inputs["old_pin" if exc.field == "old_pin" else "new_pin"].setFocus()
            elif exc.field == "otp_code":
                self.otp.show_error(tr_msg(exc.msg))
            else:
                self._say(render_error(exc))
            FieldRows.grow_to_fit(self)
            return False
        except Exception as exc:  # noqa: BLE001 - the service's refusal (a locked PIN...), shown
            self._clear()
            self._say(render_error(exc))
            return False
        self._clear()
        self._ctx.events.notify(None)
        self.accept()
        return True

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        FieldRows.grow_to_fit(self)
