"""The Loans tab of the member file: the member's loans as the seed's table has them (number,
description, amount, principal balance, amount due, next payment, grant date, status) over the
selected loan's live schedule (what each installment owed, what was paid, overdue in red), its
disclosure, a chart of principal and interest, and the printed amortization table."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QHBoxLayout, QInputDialog, QLabel, QPushButton, QSplitter, QTableView, QVBoxLayout,
                               QWidget)

from app.documents.amortization import AmortizationDoc, TableRow, build_amortization
from app.domain.loan_payments import STATUS_LABELS
from app.domain.permissions import Permission
from app.services import loan_views, loans, members
from app.services.loan_views import LoanDetail

from ..desk_context import DeskContext
from ..i18n import render_error, translate
from ..operations.common import money_text
from ..retranslate import Retranslatable
from ..member_file.tables import money_sample, setup_table
from .chart import PrincipalInterestChart
from .models import LoansModel, ScheduleModel


def amortization_pdf(detail: LoanDetail, ctx: DeskContext) -> bytes:
    """The loan's printed table: the live schedule with late interest and statuses."""
    rows = [TableRow(i.number, i.due_date, i.days, i.principal, i.interest, i.insurance,
                     i.principal + i.interest + i.insurance, _balance_after(detail, i.number),
                     i.late_interest, STATUS_LABELS[i.status]) for i in detail.installments]
    doc = AmortizationDoc(detail.terms, detail.disclosure, rows, detail.letterhead,
                          member=detail.member_name, loan=f"{detail.row.number} · {detail.row.product}",
                          live=True)
    return build_amortization(doc, ctx.number_format, translate)


def show_amortization(parent: QWidget, ctx: DeskContext, loan_id: int) -> object:
    """The loan's amortization table in the PDF preview (print, save)."""
    from ..operations import receipt as receipt_ui
    detail = loan_views.loan_detail(ctx.ledger, ctx.actor, loan_id)
    return receipt_ui._show_pdf(parent, amortization_pdf(detail, ctx),
                                QCoreApplication.translate("LoansTab", "Amortization table %1")
                                .replace("%1", detail.row.number), f"amortization-{detail.row.number}.pdf")


def show_contract(parent: QWidget, ctx: DeskContext, loan_id: int) -> object:
    """The loan's contract summary in the PDF preview."""
    from app.documents.loan_contract import build_contract_summary
    from ..operations import receipt as receipt_ui
    detail = loan_views.loan_detail(ctx.ledger, ctx.actor, loan_id)
    return receipt_ui._show_pdf(parent, build_contract_summary(detail, ctx.number_format, translate),
                                QCoreApplication.translate("LoansTab", "Contract summary %1")
                                .replace("%1", detail.row.number), f"contract-{detail.row.number}.pdf")


def _balance_after(detail: LoanDetail, number: int) -> Decimal:
    """Principal still scheduled after installment `number` (prepaid principal is gone)."""
    return sum((i.principal for i in detail.installments if i.number > number), Decimal(0))


class LoansTab(Retranslatable, QWidget):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("LoansTab")
        self._ctx = ctx
        self.member: members.MemberFile | None = None
        self.detail: LoanDetail | None = None
        self.model = LoansModel(ctx)
        self.view = QTableView(objectName="LoansTable")
        self.view.setModel(self.model)
        sample = money_sample(ctx)
        setup_table(self.view, stretch=1, samples=("0000-000000-0000", "Description", sample, sample,
                                                   sample, "00/00/0000", "00/00/0000", "Approved, waiting"))
        self.schedule_model = ScheduleModel(ctx)
        self.schedule = QTableView(objectName="LoanSchedule")
        self.schedule.setModel(self.schedule_model)
        setup_table(self.schedule, stretch=9, samples=("000", "00/00/0000", sample, sample, sample, sample,
                                                       sample, sample, sample, "Overdue"))
        self.title = QLabel(objectName="SectionTitle")
        self.disclosure = QLabel(objectName="FieldNote", wordWrap=True)
        self.chart = PrincipalInterestChart()
        self.print_button = QPushButton(objectName="PrintAmortization", autoDefault=False, enabled=False)
        self.print_button.clicked.connect(self.print_table)
        self.contract_button = QPushButton(objectName="PrintContract", autoDefault=False, enabled=False)
        self.contract_button.clicked.connect(lambda: show_contract(self, self._ctx, self.detail.row.id))
        self.new_button = QPushButton(objectName="NewLoan", autoDefault=False)
        self.disburse_button = QPushButton(objectName="DisburseLoan", autoDefault=False, enabled=False)
        self.repay_button = QPushButton(objectName="RepayLoan", autoDefault=False, enabled=False)
        self.cancel_button = QPushButton(objectName="CancelLoan", autoDefault=False, enabled=False)
        self.cancel_button.setVisible(ctx.can(Permission.PETITION_DECIDE))
        self.cancel_button.clicked.connect(self.cancel_approval)
        self.new_button.clicked.connect(self.new_loan)
        self.disburse_button.clicked.connect(self.disburse)
        self.repay_button.clicked.connect(self.repay)
        self.new_button.setVisible(ctx.can(Permission.PETITION_FILE))
        for b in (self.disburse_button, self.repay_button):
            b.setVisible(ctx.can(Permission.POST))
        self.message = QLabel(objectName="MessageLabel", wordWrap=True)
        self.empty = QLabel(objectName="HintLabel", alignment=Qt.AlignmentFlag.AlignCenter)
        lower = QWidget()
        below = QVBoxLayout(lower)
        below.setContentsMargins(0, 6, 0, 0)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.contract_button)
        head.addWidget(self.print_button)
        below.addLayout(head)
        below.addWidget(self.disclosure)
        below.addWidget(self.chart)
        below.addWidget(self.schedule, 1)
        split = QSplitter(Qt.Orientation.Vertical, objectName="LoansSplit")
        split.addWidget(self.view)
        split.addWidget(lower)
        split.setStretchFactor(1, 4)
        split.setSizes([110, 520])              # a member has few loans; the schedule is long
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 10, 0, 0)
        actions = QHBoxLayout()
        actions.addWidget(self.message, 1)
        for b in (self.new_button, self.cancel_button, self.disburse_button, self.repay_button):
            actions.addWidget(b)
        layout.addLayout(actions)
        layout.addWidget(self.empty)
        layout.addWidget(split, 1)
        self.view.selectionModel().currentRowChanged.connect(lambda current, _prev: self._select(current.row()))
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.print_button.setText(self.tr("&Print amortization table…"))
        self.new_button.setText(self.tr("&New loan…"))
        self.contract_button.setText(self.tr("&Contract summary…"))
        self.cancel_button.setText(self.tr("Cancel the appro&val…"))
        self.disburse_button.setText(self.tr("&Disburse…"))
        self.repay_button.setText(self.tr("&Repay…"))
        self.empty.setText(self.tr("This member has no loans."))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)
        self._show_detail()

    def set_member(self, member: members.MemberFile) -> None:
        self.member = member
        try:
            rows = loan_views.loans_of(self._ctx.ledger, self._ctx.actor, member.id)
            self.message.setText("")
        except Exception as exc:  # noqa: BLE001 - said on the tab
            rows = []
            self.message.setText(render_error(exc))
        keep = self.detail.row.id if self.detail else None
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)
        index = next((i for i, r in enumerate(rows) if r.id == keep), 0)
        if rows:
            self.view.selectRow(index)
        self._select(index if rows else -1)

    def _select(self, row: int) -> None:
        if not 0 <= row < len(self.model.rows):
            self.detail = None
        else:
            try:
                self.detail = loan_views.loan_detail(self._ctx.ledger, self._ctx.actor, self.model.rows[row].id)
            except Exception as exc:  # noqa: BLE001 - said on the tab
                self.detail = None
                self.message.setText(render_error(exc))
        self._show_detail()

    def _show_detail(self) -> None:
        d = self.detail
        self.print_button.setEnabled(d is not None)
        self.disburse_button.setEnabled(d is not None and d.row.status == "approved")
        self.cancel_button.setEnabled(d is not None and d.row.status == "approved")
        self.contract_button.setEnabled(d is not None and d.row.granted is not None)
        self.repay_button.setEnabled(d is not None and d.row.status in ("active", "overdue"))
        if d is None:
            self.title.setText("")
            self.disclosure.setText("")
            self.schedule_model.set_rows([])
            self.chart.set_rows([], (self.tr("Principal"), self.tr("Interest")))
            return
        cur = d.row.currency
        self.title.setText(self.tr("Loan %1 · %2").replace("%1", d.row.number).replace("%2", d.row.product))
        rate = f"{d.terms.annual_rate * 100:.2f}".replace(".", self._ctx.number_format.decimal)
        ear = f"{d.disclosure.effective_annual_rate:.2f}".replace(".", self._ctx.number_format.decimal)
        self.disclosure.setText(self.tr("%1 over %2 months at %3 % nominal; effective annual rate %4 %; "
                                        "total cost of the credit %5.")
                                .replace("%1", money_text(self._ctx, d.row.amount, cur))
                                .replace("%2", str(d.terms.months)).replace("%3", rate).replace("%4", ear)
                                .replace("%5", money_text(self._ctx, d.disclosure.total_cost, cur)))
        self.schedule_model.currency = cur
        self.schedule_model.set_rows(list(d.installments))
        self.chart.set_rows(d.installments, (self.tr("Principal"), self.tr("Interest")))

    def new_loan(self):  # noqa: ANN201 - the dialog, opened
        from .application_dialog import LoanApplicationDialog
        dialog = LoanApplicationDialog(self._ctx, self.member, parent=self.window())
        dialog.open()
        return dialog

    def disburse(self):  # noqa: ANN201
        from .disburse_dialog import DisburseDialog
        dialog = DisburseDialog(self._ctx, self.member, self.detail.row, parent=self.window())
        dialog.open()
        return dialog

    def repay(self):  # noqa: ANN201
        from .repay_dialog import RepayDialog
        dialog = RepayDialog(self._ctx, self.member, self.detail.row, parent=self.window())
        dialog.open()
        return dialog

    def cancel_approval(self) -> QInputDialog:
        """Ask why, then cancel the approved loan (the member no longer wants it)."""
        dialog = QInputDialog(self, objectName="CancelLoanReason")
        dialog.setWindowTitle(self.tr("Cancel loan %1").replace("%1", self.detail.row.number))
        dialog.setLabelText(self.tr("Why is the approved loan cancelled?"))
        loan_id = self.detail.row.id

        def cancel(reason: str) -> None:
            try:
                loans.cancel_approved(self._ctx.ledger, self._ctx.actor, loan_id, reason)
            except Exception as exc:  # noqa: BLE001 - said on the tab
                self.message.setText(render_error(exc))
                return
            self._ctx.events.notify(None)            # the page re-reads the member first
            self.message.setText(self.tr("The loan was cancelled."))
        dialog.textValueSelected.connect(cancel)
        dialog.open()
        return dialog

    def print_table(self) -> object:
        if self.detail is None:
            return None
        return show_amortization(self, self._ctx, self.detail.row.id)
