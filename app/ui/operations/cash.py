"""Cash deposit (F5) and cash withdrawal (F6) on a member's savings account.

The form: the account (the member's active savings accounts), who acts at the counter (the member
or one of the member's representatives; the service checks the person may act on the account),
and the amount typed the institution's way. The preview and the posting are cash_ops'.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from app.domain.profiles import Product
from app.services import cash_ops, drawer, members
from app.services.cash_ops import DEPOSIT, WITHDRAWAL, CashRequest
from app.services.operations import OperationPreview, OperationResult

from ..desk_context import DeskContext
from ..i18n import render_error
from .amount_field import AmountField
from .common import money_text, say, tr
from .spec import FieldProblem, OperationSpec


def savings_available(ctx: DeskContext) -> bool:
    """Whether the institution's profile has savings accounts (the Spanish one does not)."""
    return Product.SAVINGS in ctx.profile.default_products


NO_SAVINGS = QT_TRANSLATE_NOOP("ventanilla", "This institution has no savings accounts, so there "
                               "are no cash deposits or withdrawals at the counter.")


def no_savings_reason() -> str:
    return tr(NO_SAVINGS)


class CashForm(QWidget):
    """Account, acting person, amount. `member` is the member file it was filled from."""

    def __init__(self, ctx: DeskContext, member: members.MemberFile | None, error: str = ""):
        super().__init__()
        self._ctx = ctx
        self.member = member
        self.accounts = [a for a in (member.accounts if member else ())
                         if a.product == Product.SAVINGS.value and a.status == "active"]
        self.account_combo = QComboBox(objectName="AccountCombo")
        for acc in self.accounts:
            self.account_combo.addItem(f"{acc.number} · {say(ctx, acc.product_label)}", acc.id)
        self.available = QLabel(objectName="FieldNote")
        self.acting_combo = QComboBox(objectName="ActingCombo")
        if member is not None:
            self.acting_combo.addItem(self.tr("%1 (the member)").replace("%1", member.name), member.id)
            for rep in member.representatives:
                self.acting_combo.addItem(f"{rep.name} · {rep.role}", rep.person_id)
        self.amount = AmountField(ctx)
        self.amount.edit.setObjectName("CashAmount")
        self.missing = QLabel(error or self.tr("This member has no active savings account."),
                              objectName="ErrorLabel", wordWrap=True,
                              visible=bool(error) or not self.accounts)
        form = QFormLayout(self)
        form.setContentsMargins(0, 4, 0, 0)
        form.setVerticalSpacing(10)
        form.setHorizontalSpacing(16)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        member_label = QLabel(member.name if member else "—", objectName="MemberName")
        member_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Member"), member_label)
        form.addRow(self.missing)
        account_caption = QLabel(self.tr("Savings &account"))
        account_caption.setBuddy(self.account_combo)
        form.addRow(account_caption, self.account_combo)
        form.addRow("", self.available)
        acting_caption = QLabel(self.tr("Acting at the &counter"))
        acting_caption.setBuddy(self.acting_combo)
        form.addRow(acting_caption, self.acting_combo)
        amount_caption = QLabel(self.tr("A&mount (%1)").replace("%1", ctx.profile.currency))
        amount_caption.setBuddy(self.amount.edit)
        form.addRow(amount_caption, self.amount)
        self.account_combo.currentIndexChanged.connect(self._show_available)
        self._show_available()

    def _show_available(self) -> None:
        acc = self.current_account()
        self.available.setText("" if acc is None else self.tr("Available balance: %1").replace(
            "%1", money_text(self._ctx, acc.available, acc.currency)))

    def current_account(self) -> members.AccountRow | None:
        i = self.account_combo.currentIndex()
        return self.accounts[i] if 0 <= i < len(self.accounts) else None


class CashSpec(OperationSpec):
    """Shared by deposits and withdrawals; `operation` is cash_ops.DEPOSIT or WITHDRAWAL."""

    operation = DEPOSIT
    requires_savings = True            # the launcher refuses it where the profile has none

    def __init__(self, ctx: DeskContext, member_id: int):
        super().__init__(ctx, member_id)
        self.form: CashForm | None = None
        self.key_prefix = self.operation

    def build_form(self) -> QWidget:
        try:
            member, error = members.get_member(self.ctx.ledger, self.ctx.actor, self.member_id), ""
        except Exception as exc:  # noqa: BLE001 - said on the form
            member, error = None, render_error(exc)
        self.form = CashForm(self.ctx, member, error)
        return self.form

    def first_focus(self) -> QWidget | None:
        return self.form.amount.edit if self.can_continue() else None

    def can_continue(self) -> bool:
        return bool(self.form and self.form.accounts)

    def reset_form(self) -> None:
        self.form.amount.clear()

    def form_notice(self) -> str:
        try:
            view = drawer.my_drawer(self.ctx.ledger, self.ctx.actor)
        except Exception:  # noqa: BLE001 - the service says it again when posting
            return ""
        if view is None or view.status != "open":
            return tr("Your cash drawer is not open: open it on the Drawer page before "
                      "confirming cash operations.")
        return ""

    def build_request(self) -> CashRequest:
        form = self.form
        account = form.current_account()
        if account is None:
            raise FieldProblem("account", tr("Choose a savings account."))
        amount = form.amount.checked_value()
        if amount is None:
            raise FieldProblem("amount", form.amount.error.text())
        return CashRequest(account.id, amount, int(form.acting_combo.currentData()))

    def show_field_error(self, field: str, text: str) -> bool:
        if field == "amount":
            self.form.amount.show_error(text)
            self.form.amount.edit.setFocus()
            return True
        return False

    def preview(self, request: CashRequest) -> OperationPreview:
        return cash_ops.preview(self.ctx.ledger, self.ctx.actor, self.operation, request)

    def execute(self, request: CashRequest, idempotency_key: str) -> OperationResult:
        return cash_ops.execute(self.ctx.ledger, self.ctx.actor, self.operation, request,
                                idempotency_key)

    def _m(self, p: OperationPreview, value) -> str:  # noqa: ANN001
        return money_text(self.ctx, value, p.currency)


class CashDepositSpec(CashSpec):
    operation = DEPOSIT

    def title(self) -> str:
        return QCoreApplication.translate("ventanilla", "Cash deposit")

    def summary(self, p: OperationPreview) -> str:
        if p.acting_name == p.member_name:
            text = tr("%1 hands over %2 in cash, to be credited to their savings account %3.")
        else:
            text = tr("%1 hands over %2 in cash, to be credited to savings account %3 of %4.")
        return text.replace("%1", p.acting_name).replace("%2", self._m(p, p.amount)) \
            .replace("%3", p.account_number).replace("%4", p.member_name)

    def done_text(self, r: OperationResult) -> str:
        p = r.preview
        return tr("%1 received in cash and credited to account %2. New balance: %3.") \
            .replace("%1", self._m(p, p.amount)).replace("%2", p.account_number) \
            .replace("%3", self._m(p, p.balance_after))


class CashWithdrawalSpec(CashSpec):
    operation = WITHDRAWAL

    def title(self) -> str:
        return QCoreApplication.translate("ventanilla", "Cash withdrawal")

    def summary(self, p: OperationPreview) -> str:
        if p.acting_name == p.member_name:
            text = tr("%1 takes %2 in cash from their savings account %3.")
        else:
            text = tr("%1 takes %2 in cash from savings account %3 of %4.")
        return text.replace("%1", p.acting_name).replace("%2", self._m(p, p.amount)) \
            .replace("%3", p.account_number).replace("%4", p.member_name)

    def extra_rows(self, p: OperationPreview) -> list[tuple[str, object]]:
        if p.fee or p.vat:
            return [(tr("Total taken from the account"), p.total)]
        return []

    def done_text(self, r: OperationResult) -> str:
        p = r.preview
        return tr("%1 paid out in cash from account %2. New balance: %3.") \
            .replace("%1", self._m(p, p.amount)).replace("%2", p.account_number) \
            .replace("%3", self._m(p, p.balance_after))
