"""Resetting a card's PIN at the counter: the member confirms with their authenticator code (or
signs the form), the service makes a temporary PIN, and it reaches the member once: on the PIN
mailer printed now (the teller's screen never shows it) or by e-mail through the outbox."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QButtonGroup, QDialog, QLabel, QPushButton, QRadioButton, QWidget)

from app.documents.pin_mailer import build_pin_mailer
from app.services import card_pins, members
from app.services.card_pins import TemporaryPin
from app.services.cards import CardView
from app.services.errors import ValidationError

from ..desk_context import DeskContext
from ..i18n import render_error, tr_msg, translate
from ..member_file.otp_field import OtpCodeField
from ..member_file.style import FORMS
from ..pdf_preview import show_pdf
from .dialog_parts import button_row, card_title, column, form_button


class PinResetDialog(QDialog):
    """`temporary` holds the new PIN only while the dialog is open (for its mailer)."""

    def __init__(self, ctx: DeskContext, member: members.MemberFile, card: CardView,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("PinResetDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setStyleSheet(FORMS)
        self._ctx, self._member, self.card = ctx, member, card
        self.temporary: TemporaryPin | None = None
        self.setWindowTitle(self.tr("Reset the PIN"))
        self.card_label = card_title(card)
        self.intro = QLabel(self.tr("A temporary PIN replaces the current one (a locked PIN is unlocked). "
                                    "The member changes it before using the card."),
                            objectName="HintLabel", wordWrap=True)
        self.print_choice = QRadioButton(self.tr("&Print the PIN mailer now"), checked=True)
        email = member.data.email
        self.email_choice = QRadioButton(self.tr("&E-mail it to %1").replace("%1", email) if email
                                         else self.tr("E-mail (the member has no address)"), enabled=bool(email))
        group = QButtonGroup(self)
        for b in (self.print_choice, self.email_choice):
            group.addButton(b)
        self.otp = OtpCodeField(ctx, member.id)
        self.form_button = form_button(ctx, card, "pin_reset", self, self.otp.enrolled)
        self.done_label = QLabel(objectName="DoneLabel", wordWrap=True, visible=False)
        self.message = QLabel(objectName="ErrorLabel", wordWrap=True, visible=False)
        self.mailer_button = QPushButton(self.tr("Print the PIN &mailer…"), objectName="PrintMailer",
                                         autoDefault=False, visible=False)
        self.mailer_button.clicked.connect(self.print_mailer)
        self.reset_button = QPushButton(self.tr("&Reset the PIN"), objectName="ResetPin", default=True)
        self.close_button = QPushButton(self.tr("Cancel"), objectName="CloseButton", autoDefault=False)
        self.reset_button.clicked.connect(self.send)
        self.close_button.clicked.connect(self.reject)
        buttons = button_row(self.reset_button, self.close_button, self.form_button, self.mailer_button)
        layout = column(self)
        for w in (self.card_label, self.intro, self.print_choice, self.email_choice, self.otp,
                  self.done_label, self.message):
            layout.addWidget(w)
        layout.addLayout(buttons)
        self.setMinimumWidth(520)

    def send(self) -> bool:
        if self.temporary is not None:
            self.accept()
            return True
        self.message.hide()
        self.otp.show_error("")
        delivery = card_pins.EMAIL if self.email_choice.isChecked() else card_pins.PRINT
        try:
            self.temporary = card_pins.reset(self._ctx.ledger, self._ctx.actor, self.card.id,
                                             delivery=delivery, otp_code=self.otp.code(), translate=translate)
        except ValidationError as exc:
            if exc.field == "otp_code":
                self.otp.show_error(tr_msg(exc.msg))
            else:
                self._say(render_error(exc))
            return False
        except Exception as exc:  # noqa: BLE001 - the service's refusal, shown
            self._say(render_error(exc))
            return False
        for w in (self.print_choice, self.email_choice, self.otp, self.intro, self.form_button):
            w.hide()
        if delivery == card_pins.PRINT:
            self.done_label.setText(self.tr("The temporary PIN is ready. Print the PIN mailer, fold it "
                                            "and hand it to the member: it is not shown again."))
            self.mailer_button.show()
        else:
            self.done_label.setText(self.tr("The temporary PIN is in the outbox for %1 and goes out "
                                            "with the next dispatch.").replace("%1", self._member.data.email))
        self.done_label.show()
        self.reset_button.setText(self.tr("&Done"))
        self.close_button.hide()
        self._ctx.events.notify(None)
        self.adjustSize()
        return True

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        self.adjustSize()

    def mailer_pdf(self) -> bytes:
        return build_pin_mailer(self.temporary, translate)

    def print_mailer(self):  # noqa: ANN201 - the preview dialog
        return show_pdf(self, self.mailer_pdf(), self.tr("Temporary PIN"),
                        f"pin-{self.card.number[-4:]}.pdf")
