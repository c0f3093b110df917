"""Refund of voluntary capital (F8): a petition for the member, which a supervisor other than the
teller approves on the Approvals page. The dialog shows what can be refunded (the voluntary
capital less the refunds already waiting), where the money goes (the registered external account
by transfer, or a savings account where the profile has them) and the member's reason."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QVBoxLayout, QWidget)

from app.domain.profiles import Product
from app.services import members, refunds
from app.services.errors import ValidationError
from app.services.refunds import RefundRequest

from ..desk_context import DeskContext
from ..i18n import render_error
from ..operations.amount_field import AmountField
from ..operations.common import money_text, say
from .fields import FieldRows
from .petition_print import print_button, show_petition_form
from .style import FORMS


class RefundDialog(QDialog):
    """After Send, `petition` holds the PetitionView filed."""

    def __init__(self, ctx: DeskContext, member: members.MemberFile, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("RefundDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setStyleSheet(FORMS)
        self.setWindowTitle(self.tr("Refund of voluntary capital"))
        self._ctx, self._member = ctx, member
        self.petition = None
        try:
            self.room = refunds.refundable(ctx.ledger, ctx.actor, member.id)
            error = ""
        except Exception as exc:  # noqa: BLE001 - said in the dialog
            self.room, error = None, render_error(exc)
        self.intro = QLabel(wordWrap=True)
        if self.room is not None:
            self.intro.setText(self.tr("%1: voluntary capital %2; refunds already waiting %3; "
                                       "refundable now %4.").replace("%1", member.name)
                               .replace("%2", money_text(ctx, self.room.voluntary, self.room.currency))
                               .replace("%3", money_text(ctx, self.room.pending, self.room.currency))
                               .replace("%4", money_text(ctx, self.room.available, self.room.currency)))
        self.amount = AmountField(ctx)
        self.amount.edit.setObjectName("RefundAmount")
        self.destination = QComboBox(objectName="RefundDestination")
        if member.bank_account_display:
            self.destination.addItem(self.tr("Transfer to %1").replace("%1", member.bank_account_display),
                                     refunds.TRANSFER)
        for acc in member.accounts:
            if acc.product == Product.SAVINGS.value and acc.status == "active":
                self.destination.addItem(self.tr("Savings account %1").replace("%1", acc.number),
                                         f"{refunds.SAVINGS}:{acc.id}")
        self.reason = QLineEdit(objectName="RefundReason", maxLength=500)
        self.reason.setPlaceholderText(self.tr("optional, in the member's words"))
        inputs = {"destination": self.destination, "reason": self.reason}
        self.rows = FieldRows(inputs)
        form = QFormLayout()
        self.rows.add(form, "destination", self.tr("&Pay to"))
        amount_caption = QLabel(self.tr("A&mount (%1)").replace("%1", ctx.profile.currency))
        amount_caption.setBuddy(self.amount.edit)
        form.insertRow(0, amount_caption, self.amount)
        self.rows.add(form, "reason", self.tr("&Reason"))
        self.note = QLabel(self.tr("Nothing moves until a supervisor approves it. The member signs "
                                   "the printed petition."), objectName="HintLabel", wordWrap=True)
        self.done_label = QLabel(objectName="DoneLabel", wordWrap=True, visible=False)
        self.message = QLabel(error, objectName="ErrorLabel", wordWrap=True, visible=bool(error))
        if not self.destination.count() and not error:
            self.message.setText(self.tr("The member has no registered external account: register "
                                         "it first (Change bank account)."))
            self.message.show()
        self.send_button = QPushButton(self.tr("&File the petition"), objectName="SendButton", default=True)
        self.send_button.setEnabled(self.room is not None and self.destination.count() > 0)
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
        layout.addWidget(self.intro)
        layout.addLayout(form)
        for w in (self.note, self.done_label, self.message):
            layout.addWidget(w)
        layout.addLayout(buttons)
        self.setMinimumWidth(560)

    def send(self) -> bool:
        if self.petition is not None:
            self.accept()
            return True
        self.message.hide()
        for name in self.rows.order:
            self.rows.set_error(name, "")
        amount = self.amount.checked_value()
        if amount is None:
            return False
        destination, _sep, account_id = str(self.destination.currentData()).partition(":")
        account = int(account_id) if account_id else None
        try:
            self.petition = refunds.request_refund(self._ctx.ledger, self._ctx.actor, RefundRequest(
                self._member.id, amount, destination, account, self.reason.text()))
        except ValidationError as exc:
            if exc.field == "amount":
                self.amount.show_error(say(self._ctx, exc.msg))
            elif exc.field in self.rows.errors:
                self.rows.set_error(exc.field, say(self._ctx, exc.msg))
            else:
                self.message.setText(render_error(exc))
                self.message.show()
            return False
        except Exception as exc:  # noqa: BLE001 - the service's refusal
            self.message.setText(render_error(exc))
            self.message.show()
            return False
        self.done_label.setText(self.tr("Petition %1 filed: a supervisor approves it on the "
                                        "Approvals page.").replace("%1", str(self.petition.id)))
        self.done_label.show()
        for w in (self.amount, self.destination, self.reason):
            w.setEnabled(False)
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
