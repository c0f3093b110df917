"""Repaying a loan at the counter, in cash or from a savings account. The dialog says what is
due now and what settles the loan; as the amount is typed it shows how the payment splits (late
interest, fees and insurance, interest, principal) and, when it is more than what is due, asks
whether the prepayment shortens the term or lowers the installment, with the result."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QButtonGroup, QComboBox, QFormLayout, QHBoxLayout, QLabel, QRadioButton, QWidget

from app.domain.loan_payments import PREPAYMENT_LABELS, PrepaymentMode
from app.domain.loan_products import COMPONENT_LABELS
from app.domain.profiles import Product
from app.services import loan_repayment, members
from app.services.loan_repayment import RepaymentPlan, RepaymentRequest
from app.services.loan_views import LoanRow

from ..desk_context import DeskContext
from ..formatting import money
from ..member_file.fields import FieldRows
from ..i18n import render_error, translate
from ..operations.amount_field import AmountField
from ..operations.common import money_text, new_key
from .counter_dialog import LoanCounterDialog


class RepayDialog(LoanCounterDialog):
    def __init__(self, ctx: DeskContext, member: members.MemberFile, loan: LoanRow,
                 parent: QWidget | None = None):
        super().__init__(ctx, parent, "RepayDialog", self.tr("&Pay"))
        self.setWindowTitle(self.tr("Repayment of loan %1").replace("%1", loan.number))
        self.setMinimumWidth(640)
        self.loan, self.member = loan, member
        self.plan: RepaymentPlan | None = None
        self._key = new_key("loan-repay")
        self.intro = QLabel(wordWrap=True, objectName="RepayIntro")
        self.amount = AmountField(ctx, currency_code=loan.currency)
        self.amount.edit.setObjectName("RepayAmount")
        self.source = QComboBox(objectName="RepaySource")
        self.source.addItem(self.tr("Cash"), ("cash", None))
        for acc in member.accounts:
            if acc.product == Product.SAVINGS.value and acc.status == "active":
                self.source.addItem(self.tr("From savings account %1").replace("%1", acc.number),
                                    ("account", acc.id))
        self.modes = QButtonGroup(self)
        self.mode_row = QWidget()
        row = QHBoxLayout(self.mode_row)
        row.setContentsMargins(0, 0, 0, 0)
        for i, mode in enumerate(PrepaymentMode):
            radio = QRadioButton(translate(PREPAYMENT_LABELS[mode]), objectName=f"Mode_{mode.value}")
            self.modes.addButton(radio, i)
            row.addWidget(radio)
        row.addStretch(1)
        self.split = QLabel(wordWrap=True, objectName="RepaySplit")
        form = QFormLayout()
        form.addRow(self.tr("A&mount (%1)").replace("%1", loan.currency), self.amount)
        form.addRow(self.tr("Pa&id"), self.source)
        self.mode_caption = QLabel(self.tr("The rest"))
        form.addRow(self.mode_caption, self.mode_row)
        self.body.addWidget(self.intro)
        self.body.addLayout(form)
        self.body.addWidget(self.split)
        self._timer = QTimer(self, singleShot=True, interval=200, timeout=self.refresh)
        self.amount.changed.connect(self._timer.start)
        self.modes.idToggled.connect(lambda *_a: self._timer.start())
        self.source.currentIndexChanged.connect(lambda *_a: self._timer.start())
        self._set_mode_visible(False)
        self._intro()
        if loan.amount_due:
            self.amount.set_text(money(loan.amount_due, ctx.number_format, loan.currency))

    def _set_mode_visible(self, visible: bool) -> None:
        self.mode_row.setVisible(visible)
        self.mode_caption.setVisible(visible)
        FieldRows.grow_to_fit(self)

    def _intro(self) -> None:
        try:
            plan = loan_repayment.preview(self._ctx.ledger, self._ctx.actor, self._request(self.loan.amount_due or None))
        except Exception as exc:  # noqa: BLE001 - e.g. nothing due: said in the dialog
            self.show_message(render_error(exc))
            return
        cur = self.loan.currency
        self.intro.setText(self.tr("%1 for %2. Due now %3 (overdue installments and the one now running); "
                                   "%4 settles the whole loan today.").replace("%1", self.loan.number)
                           .replace("%2", self.member.name).replace("%3", money_text(self._ctx, plan.due_now, cur))
                           .replace("%4", money_text(self._ctx, plan.payoff, cur)))

    def mode(self) -> PrepaymentMode | None:
        checked = self.modes.checkedId()
        return list(PrepaymentMode)[checked] if checked >= 0 else None

    def _request(self, amount) -> RepaymentRequest:  # noqa: ANN001
        source, account_id = self.source.currentData()
        return RepaymentRequest(self.loan.id, amount or Decimal("0.01"), source, self.member.id, account_id,
                                self.mode(), self.override(), self.funds_origin.text())

    def refresh(self) -> None:
        try:
            amount = self.amount.value()
        except Exception:  # noqa: BLE001 - the field says what is wrong
            self.split.setText("")
            return
        try:
            self.plan = loan_repayment.preview(self._ctx.ledger, self._ctx.actor, self._request(amount))
        except Exception as exc:  # noqa: BLE001 - e.g. more than the payoff
            self.plan = None
            self.split.setText(render_error(exc))
            return
        cur = self.loan.currency
        parts = [f"{translate(COMPONENT_LABELS[k])} {money_text(self._ctx, v, cur)}" for k, v in self.plan.parts.items()]
        text = self.tr("Settles: %1.").replace("%1", "; ".join(parts) or "—")
        if self.plan.not_charged:
            text += " " + self.tr("Interest and insurance of the installment now running only up to "
                                  "today: %1 less.").replace("%1", money_text(self._ctx, self.plan.not_charged, cur))
        if self.plan.prepaid:
            text += " " + self.tr("Prepays %1 of principal.").replace("%1", money_text(self._ctx, self.plan.prepaid, cur))
        if self.plan.new_level is not None:
            text += " " + self.tr("Then %1 installments up to number %2.").replace(
                "%1", money_text(self._ctx, self.plan.new_level, cur)).replace("%2", str(self.plan.new_last_number))
        if self.plan.settles_loan:
            text += " " + self.tr("The loan is paid off.")
        self.split.setText(text)
        FieldRows.grow_to_fit(self)
        self._set_mode_visible(self.plan.needs_prepayment_choice)

    def act(self) -> tuple[int, str] | None:
        amount = self.amount.checked_value()
        if amount is None:
            return None
        r = loan_repayment.repay(self._ctx.ledger, self._ctx.actor, self._request(amount), self._key)
        return r.entry_id, self.tr("Paid %1: receipt %2.").replace(
            "%1", money_text(self._ctx, amount, self.loan.currency)).replace("%2", r.receipt)

    def field_error(self, field: str, text: str) -> bool:
        if field == "amount":
            self.amount.show_error(text)
            return True
        if field == "prepayment":
            self._set_mode_visible(True)
            self.show_message(text)
            return True
        return super().field_error(field, text)

    def locked(self) -> list[QWidget]:
        return [self.amount, self.source, self.mode_row]
