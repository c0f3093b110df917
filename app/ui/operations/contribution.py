"""Capital contribution (F7): the mandatory one while it is unpaid (its amount fixed by the
profile), a voluntary one after; in cash through the drawer or, where the profile has savings,
from one of the member's savings accounts. The preview and the posting are contributions'."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from app.domain.contributions import KIND_LABELS, SOURCE_LABELS, Kind, Source
from app.domain.money import currency, format_amount
from app.domain.profiles import Product
from app.services import contributions, members
from app.services.contributions import CapitalSummary, ContributionRequest
from app.services.operations import OperationPreview, OperationResult

from ..desk_context import DeskContext
from ..i18n import render_error, translate
from .amount_field import AmountField
from .cash import CashSpec
from .common import money_text, say, tr
from .spec import FieldProblem


class ContributionForm(QWidget):
    def __init__(self, ctx: DeskContext, member: members.MemberFile | None,
                 summary: CapitalSummary | None, error: str = ""):
        super().__init__()
        self._ctx = ctx
        self.member, self.summary = member, summary
        self.kind = summary.next_kind if summary else Kind.MANDATORY
        self.savings = [a for a in (member.accounts if member else ())
                        if a.product == Product.SAVINGS.value and a.status == "active"]
        self.kind_label = QLabel(objectName="ContributionKind")
        self.kind_label.setStyleSheet("font-weight: bold;")
        self.source_combo = QComboBox(objectName="SourceCombo")
        self.source_combo.addItem(translate(SOURCE_LABELS[Source.CASH]), Source.CASH.value)
        if self.savings:
            self.source_combo.addItem(translate(SOURCE_LABELS[Source.SAVINGS]), Source.SAVINGS.value)
        if ctx.profile.country == "ES" and member is not None and member.bank_account_display:
            self.source_combo.addItem(translate(SOURCE_LABELS[Source.SEPA]), Source.SEPA.value)
        self.account_combo = QComboBox(objectName="AccountCombo")
        for acc in self.savings:
            self.account_combo.addItem(f"{acc.number} · " + self.tr("available %1").replace(
                "%1", money_text(ctx, acc.available, acc.currency)), acc.id)
        self.acting_combo = QComboBox(objectName="ActingCombo")
        if member is not None:
            self.acting_combo.addItem(self.tr("%1 (the member)").replace("%1", member.name), member.id)
            for rep in member.representatives:
                self.acting_combo.addItem(f"{rep.name} · {rep.role}", rep.person_id)
        self.amount = AmountField(ctx)
        self.amount.edit.setObjectName("ContributionAmount")
        self.problem = QLabel(error, objectName="ErrorLabel", wordWrap=True, visible=bool(error))
        self.capital = QLabel(objectName="FieldNote", wordWrap=True)
        form = QFormLayout(self)
        form.setContentsMargins(0, 4, 0, 0)
        form.setVerticalSpacing(10)
        form.setHorizontalSpacing(16)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        member_label = QLabel(member.name if member else "—", objectName="MemberName")
        member_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Member"), member_label)
        form.addRow(self.problem)
        form.addRow(self.tr("Contribution"), self.kind_label)
        form.addRow("", self.capital)
        self.source_caption = QLabel(self.tr("&Paid"))
        self.source_caption.setBuddy(self.source_combo)
        form.addRow(self.source_caption, self.source_combo)
        self.account_caption = QLabel(self.tr("Savings &account"))
        self.account_caption.setBuddy(self.account_combo)
        form.addRow(self.account_caption, self.account_combo)
        acting_caption = QLabel(self.tr("Acting at the &counter"))
        acting_caption.setBuddy(self.acting_combo)
        form.addRow(acting_caption, self.acting_combo)
        amount_caption = QLabel(self.tr("A&mount (%1)").replace("%1", ctx.profile.currency))
        amount_caption.setBuddy(self.amount.edit)
        form.addRow(amount_caption, self.amount)
        self._form = form
        self.source_combo.currentIndexChanged.connect(self._source_changed)
        self._fill()
        self._source_changed()

    def _fill(self) -> None:
        s = self.summary
        self.kind_label.setText(translate(KIND_LABELS[self.kind]))
        if s is None:
            return
        self.capital.setText(self.tr("Capital now: mandatory %1, voluntary %2.")
                             .replace("%1", money_text(self._ctx, s.mandatory, s.currency))
                             .replace("%2", money_text(self._ctx, s.voluntary, s.currency)))
        if self.kind == Kind.MANDATORY:
            self.amount.set_text(format_amount(s.mandatory_amount, self._ctx.number_format,
                                               currency(s.currency)))
            self.amount.edit.setReadOnly(True)       # the profile's amount, exactly
        else:
            self.amount.edit.setReadOnly(False)

    def source(self) -> Source:
        return Source(self.source_combo.currentData())

    def _source_changed(self) -> None:
        savings = self.source() == Source.SAVINGS
        self._form.setRowVisible(self.account_combo, savings)


class ContributionSpec(CashSpec):
    """A capital contribution; reuses the cash spec's drawer notice (shown for cash only)."""

    requires_savings = False
    key_prefix = "capital"

    def __init__(self, ctx: DeskContext, member_id: int):
        super().__init__(ctx, member_id)
        self.key_prefix = "capital"

    def title(self) -> str:
        return QCoreApplication.translate("ventanilla", "Capital contribution")

    def build_form(self) -> QWidget:
        try:
            member = members.get_member(self.ctx.ledger, self.ctx.actor, self.member_id)
            summary, error = contributions.capital_summary(self.ctx.ledger, self.ctx.actor, self.member_id), ""
        except Exception as exc:  # noqa: BLE001 - said on the form
            member, summary, error = None, None, render_error(exc)
        self.form = ContributionForm(self.ctx, member, summary, error)
        return self.form

    def first_focus(self) -> QWidget | None:
        if self.form.kind == Kind.MANDATORY:
            return self.form.source_combo
        return self.form.amount.edit

    def can_continue(self) -> bool:
        return bool(self.form and self.form.summary is not None)

    def reset_form(self) -> None:
        self.form.amount.clear()
        self.form._fill()

    def form_notice(self) -> str:
        return super().form_notice() if self.form is None or self.form.source() == Source.CASH else ""

    def build_request(self) -> ContributionRequest:
        form = self.form
        amount = form.amount.checked_value()
        if amount is None:
            raise FieldProblem("amount", form.amount.error.text())
        account = None
        if form.source() == Source.SAVINGS:
            account = form.account_combo.currentData()
            if account is None:
                raise FieldProblem("account", tr("Choose a savings account."))
        return ContributionRequest(self.member_id, form.kind, amount, form.source(),
                                   int(form.acting_combo.currentData()), account)

    def preview(self, request: ContributionRequest) -> OperationPreview:
        return contributions.preview(self.ctx.ledger, self.ctx.actor, request)

    def execute(self, request: ContributionRequest, idempotency_key: str) -> OperationResult:
        return contributions.execute(self.ctx.ledger, self.ctx.actor, request, idempotency_key)

    def summary(self, p: OperationPreview) -> str:
        kind = say(self.ctx, p.title).lower()
        if self.form.source() == Source.CASH:
            text = tr("%1 pays %2 in cash as %3, to capital account %4 of %5.")
        elif self.form.source() == Source.SEPA:
            text = tr("%1 pays %2 by direct debit as %3, to capital account %4 of %5.")
        else:
            text = tr("%1 pays %2 from savings as %3, to capital account %4 of %5.")
        return text.replace("%1", p.acting_name).replace("%2", self._m(p, p.amount)) \
            .replace("%3", kind).replace("%4", p.account_number).replace("%5", p.member_name)

    def done_text(self, r: OperationResult) -> str:
        p = r.preview
        text = tr("%1 contributed to capital account %2. That part of the capital is now %3.") \
            .replace("%1", self._m(p, p.amount)).replace("%2", p.account_number) \
            .replace("%3", self._m(p, p.balance_after))
        for notice in r.notices:
            text += " " + say(self.ctx, notice)
        return text
