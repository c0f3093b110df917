"""Blocking, unblocking and cancelling a card. Blocking is at once and asks only why (a lost or
stolen card cannot wait for a code); unblocking asks the member's authenticator code when they
have one (else they sign the form); cancelling is for good and asks why."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QComboBox, QDialog, QFormLayout, QLabel, QLineEdit, QPushButton,
                               QVBoxLayout, QWidget)

from app.domain.cards import BLOCK_REASONS
from app.services import cards
from app.services.cards import CardView
from app.services.errors import ValidationError

from ..desk_context import DeskContext
from ..i18n import render_error, tr_msg, translate
from ..member_file.otp_field import OtpCodeField
from ..member_file.style import FORMS
from .dialog_parts import button_row, card_title, column, form_button

CONTEXT = "CardActionDialog"


def _t(text: str) -> str:
    """The dialogs' titles and texts (made before the QDialog exists, so not self.tr)."""
    return QCoreApplication.translate(CONTEXT, text)


class CardActionDialog(QDialog):
    """A card, one question and Confirm; `done_card` holds the card as the service left it."""

    def __init__(self, ctx: DeskContext, card: CardView, title: str, intro: str, confirm: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setStyleSheet(FORMS)
        self._ctx, self.card = ctx, card
        self.done_card: CardView | None = None
        self.setWindowTitle(title)
        self.card_label = card_title(card)
        self.intro = QLabel(intro, objectName="HintLabel", wordWrap=True)
        self.form = QFormLayout()
        self.message = QLabel(objectName="ErrorLabel", wordWrap=True, visible=False)
        self.confirm_button = QPushButton(confirm, objectName="ConfirmButton", default=True)
        self.close_button = QPushButton(self.tr("Cancel"), objectName="CloseButton", autoDefault=False)
        self.confirm_button.clicked.connect(self.send)
        self.close_button.clicked.connect(self.reject)
        buttons = button_row(self.confirm_button, self.close_button)
        self.column = column(self)
        self.column.addWidget(self.card_label)
        self.column.addWidget(self.intro)
        self.column.addLayout(self.form)
        self.extra = QVBoxLayout()
        self.column.addLayout(self.extra)
        self.column.addWidget(self.message)
        self.column.addLayout(buttons)
        self.setMinimumWidth(480)

    def perform(self) -> CardView:
        raise NotImplementedError

    def field_error(self, exc: ValidationError) -> bool:
        """Show a field's error where the field is; False when it is not this dialog's."""
        return False

    def send(self) -> bool:
        self.message.hide()
        try:
            self.done_card = self.perform()
        except ValidationError as exc:
            if not self.field_error(exc):
                self._say(render_error(exc))
            return False
        except Exception as exc:  # noqa: BLE001 - the service's refusal, shown
            self._say(render_error(exc))
            return False
        self._ctx.events.notify(None)
        self.accept()
        return True

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        self.adjustSize()


class BlockCardDialog(CardActionDialog):
    def __init__(self, ctx: DeskContext, card: CardView, parent: QWidget | None = None):
        super().__init__(ctx, card, _t("Block the card"),
                         _t("The card stops working at once; no code is needed."),
                         _t("&Block now"), parent)
        self.setObjectName("BlockCardDialog")
        self.reason = QComboBox(objectName="input_block_reason")
        for code, label in BLOCK_REASONS.items():
            self.reason.addItem(translate(label), code)
        self.form.addRow(self.tr("&Why"), self.reason)

    def perform(self) -> CardView:
        return cards.block(self._ctx.ledger, self._ctx.actor, self.card.id, self.reason.currentData())


class UnblockCardDialog(CardActionDialog):
    def __init__(self, ctx: DeskContext, card: CardView, parent: QWidget | None = None):
        super().__init__(ctx, card, _t("Unblock the card"),
                         _t("The card works again. The member confirms it with their code, or by "
                                 "signing the form when they have no authenticator."),
                         _t("&Unblock"), parent)
        self.setObjectName("UnblockCardDialog")
        self.otp = OtpCodeField(ctx, card.member_id)
        self.extra.addWidget(self.otp)
        self.form_button = form_button(ctx, card, "unblock", self, self.otp.enrolled)
        self.extra.addWidget(self.form_button, 0, Qt.AlignmentFlag.AlignLeft)

    def perform(self) -> CardView:
        self.otp.show_error("")
        return cards.unblock(self._ctx.ledger, self._ctx.actor, self.card.id, otp_code=self.otp.code())

    def field_error(self, exc: ValidationError) -> bool:
        if exc.field != "otp_code":
            return False
        self.otp.show_error(tr_msg(exc.msg))
        return True


class CancelCardDialog(CardActionDialog):
    def __init__(self, ctx: DeskContext, card: CardView, parent: QWidget | None = None):
        super().__init__(ctx, card, _t("Cancel the card"),
                         _t("For good: a cancelled card never works again. A credit card is "
                                 "cancelled once nothing is owed on it."),
                         _t("Cancel the &card"), parent)
        self.setObjectName("CancelCardDialog")
        self.reason = QLineEdit(objectName="input_reason", maxLength=200)
        self.form.addRow(self.tr("&Why"), self.reason)

    def perform(self) -> CardView:
        return cards.cancel(self._ctx.ledger, self._ctx.actor, self.card.id, self.reason.text())


ACTIONS: dict[str, Callable[..., CardActionDialog]] = {
    "block": BlockCardDialog, "unblock": UnblockCardDialog, "cancel": CancelCardDialog}
