"""Refund of voluntary capital (F8): a petition for the member, which a supervisor other than the
teller approves on the Approvals page. The dialog shows what can be refunded (the voluntary
capital less the refunds already waiting), where the money goes (the registered external account
by transfer, or a savings account where the profile has them) and the member's reason."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from app.domain.profiles import Product
from app.services import members, refunds
from app.services.refunds import RefundRequest

from ..desk_context import DeskContext
from ..i18n import render_error
from ..operations.amount_field import AmountField
from ..operations.common import money_text
from .fields import FieldRows
from .filing_dialog import FilingDialog


class RefundDialog(FilingDialog):
    def __init__(self, ctx: DeskContext, member: members.MemberFile, parent: QWidget | None = None):
        super().__init__(ctx, member, parent, "RefundDialog")
        self.setWindowTitle(self.tr("Refund of voluntary capital"))
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
        self.rows = FieldRows({"destination": self.destination, "reason": self.reason})
        form = QFormLayout()
        self.rows.add(form, "destination", self.tr("&Pay to"))
        amount_caption = QLabel(self.tr("A&mount (%1)").replace("%1", ctx.profile.currency))
        amount_caption.setBuddy(self.amount.edit)
        form.insertRow(0, amount_caption, self.amount)
        self.rows.add(form, "reason", self.tr("&Reason"))
        self.note = QLabel(self.tr("Nothing moves until a supervisor approves it. The member signs "
                                   "the printed petition."), objectName="HintLabel", wordWrap=True)
        for part in (self.intro, form, self.note):
            (self.body.addLayout if isinstance(part, QFormLayout) else self.body.addWidget)(part)
        if not self.destination.count() and not error:
            error = self.tr("The member has no registered external account: register it first "
                            "(Change bank account).")
        self.show_message(error)
        self.send_button.setEnabled(self.room is not None and self.destination.count() > 0)

    def file(self):  # noqa: ANN201
        amount = self.amount.checked_value()
        if amount is None:
            return None
        destination, _sep, account_id = str(self.destination.currentData()).partition(":")
        return refunds.request_refund(self._ctx.ledger, self._ctx.actor, RefundRequest(
            self._member.id, amount, destination, int(account_id) if account_id else None,
            self.reason.text(), self.otp.code()))

    def done_text(self, petition) -> str:  # noqa: ANN001
        return self.tr("Petition %1 filed: a supervisor approves it on the Approvals page.") \
            .replace("%1", str(petition.id))

    def locked(self) -> list[QWidget]:
        return [self.amount, self.destination, self.reason]
