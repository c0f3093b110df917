"""Issuing a card to the member: debit (drawing on one of their savings accounts) or credit (with
a limit). The teller types or scans the number printed on the card handed over and its expiry;
the service keeps only its first 6 and last 4 digits, and a bad field is named under it."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QButtonGroup, QComboBox, QDialog, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QPushButton, QRadioButton, QWidget)

from app.domain.cards import Kind
from app.domain.money import InvalidAmount, currency, parse_amount
from app.services import cards, members
from app.services.cards import CardRequest, CardView
from app.services.errors import ValidationError

from ..desk_context import DeskContext
from ..i18n import render_error, tr_msg
from ..member_file.fields import FieldRows
from ..member_file.style import FORMS
from .dialog_parts import button_row, column


class IssueCardDialog(QDialog):
    """`issued` holds the card once the service recorded it."""

    def __init__(self, ctx: DeskContext, member: members.MemberFile, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("IssueCardDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setStyleSheet(FORMS)
        self._ctx, self._member = ctx, member
        self.issued: CardView | None = None
        self.setWindowTitle(self.tr("New card for %1").replace("%1", member.name))
        self.debit_choice = QRadioButton(self.tr("&Debit"), checked=True)
        self.credit_choice = QRadioButton(self.tr("C&redit"))
        group = QButtonGroup(self)
        kinds = QHBoxLayout()
        for b in (self.debit_choice, self.credit_choice):
            group.addButton(b)
            kinds.addWidget(b)
        kinds.addStretch(1)
        kind_box = QWidget()
        kind_box.setLayout(kinds)
        kinds.setContentsMargins(0, 0, 0, 0)
        self.account = QComboBox(objectName="input_account")
        for a in member.accounts:
            if a.product == "savings" and a.status == "active":
                self.account.addItem(a.number, a.id)
        self.inputs: dict[str, QWidget] = {
            "kind": kind_box,
            "card_number": QLineEdit(objectName="input_card_number", maxLength=23,
                                     placeholderText="5509 7500 0000 0000"),
            "expires_on": QLineEdit(objectName="input_expires_on", maxLength=7, placeholderText="MM/YY"),
            "account": self.account,
            "credit_limit": QLineEdit(objectName="input_credit_limit", maxLength=20,
                                      placeholderText=ctx.number_format.example(currency(ctx.profile.currency))),
        }
        self.inputs["expires_on"].setMaximumWidth(120)
        self.rows = FieldRows(self.inputs)
        form = QFormLayout()
        captions = {"kind": self.tr("Type"), "card_number": self.tr("Card &number"),
                    "expires_on": self.tr("&Expiry"), "account": self.tr("Draws on &account"),
                    "credit_limit": self.tr("Credit &limit")}
        for name, caption in captions.items():
            self.rows.add(form, name, caption)
        self.note = QLabel(self.tr("Type the number printed on the card, or scan it. Only its first six "
                                   "and last four digits are kept."), objectName="HintLabel", wordWrap=True)
        self.message = QLabel(objectName="ErrorLabel", wordWrap=True, visible=False)
        self.issue_button = QPushButton(self.tr("&Issue the card"), objectName="IssueCard", default=True)
        self.close_button = QPushButton(self.tr("Cancel"), objectName="CloseButton", autoDefault=False)
        self.issue_button.clicked.connect(self.send)
        self.close_button.clicked.connect(self.reject)
        buttons = button_row(self.issue_button, self.close_button)
        layout = column(self)
        layout.addWidget(self.note)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.credit_choice.toggled.connect(self._show_kind)
        self._show_kind()
        self.setMinimumWidth(520)

    def kind(self) -> Kind:
        return Kind.CREDIT if self.credit_choice.isChecked() else Kind.DEBIT

    def _show_kind(self) -> None:
        credit = self.kind() == Kind.CREDIT
        self.rows.set_visible("account", not credit)
        self.rows.set_visible("credit_limit", credit)
        if not credit and self.account.count() == 0:
            self.rows.set_error("account", self.tr("The member has no open savings account to draw on."))
        else:
            self.rows.set_error("account", "")

    def _limit(self):  # noqa: ANN202 - a Decimal, or None after naming the field
        if self.kind() != Kind.CREDIT:
            return None
        try:
            return parse_amount(self.inputs["credit_limit"].text(), self._ctx.number_format,
                                currency(self._ctx.profile.currency))
        except InvalidAmount as exc:
            self.rows.set_error("credit_limit", tr_msg(exc.msg))
            self.inputs["credit_limit"].setFocus()
            return False

    def send(self) -> bool:
        for name in self.rows.order:
            self.rows.set_error(name, "")
        self.message.hide()
        limit = self._limit()
        if limit is False:
            FieldRows.grow_to_fit(self)
            return False
        req = CardRequest(self._member.id, self.kind().value, self.inputs["card_number"].text(),
                          self.inputs["expires_on"].text(),
                          self.account.currentData() if self.kind() == Kind.DEBIT else None, limit)
        try:
            self.issued = cards.issue(self._ctx.ledger, self._ctx.actor, req)
        except ValidationError as exc:
            if exc.field in self.rows.errors:
                self.rows.set_error(exc.field, tr_msg(exc.msg))
                self.inputs[exc.field].setFocus()
            else:
                self.message.setText(render_error(exc))
                self.message.show()
            FieldRows.grow_to_fit(self)
            return False
        except Exception as exc:  # noqa: BLE001 - the service's refusal, shown
            self.message.setText(render_error(exc))
            self.message.show()
            FieldRows.grow_to_fit(self)
            return False
        self._ctx.events.notify(None)
        self.accept()
        return True
