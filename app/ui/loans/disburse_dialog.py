"""Disbursing an approved loan: into one of the member's savings accounts, by transfer to their
external account (in the next bank file) or in cash from the teller's drawer. The schedule is
fixed from today; the opening fee stays with the institution. Afterwards the receipt and the
contract's amortization table (terms, disclosure, every installment) print for the member."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QPushButton, QWidget

from app.domain.profiles import Product
from app.services import loan_views, loans, members
from app.services.loan_views import LoanRow

from ..desk_context import DeskContext
from ..operations.common import money_text
from .counter_dialog import LoanCounterDialog


class DisburseDialog(LoanCounterDialog):
    def __init__(self, ctx: DeskContext, member: members.MemberFile, loan: LoanRow,
                 parent: QWidget | None = None):
        super().__init__(ctx, parent, "DisburseDialog", self.tr("&Disburse"))
        self.setWindowTitle(self.tr("Disbursement of loan %1").replace("%1", loan.number))
        self.loan, self.member = loan, member
        detail = loan_views.loan_detail(ctx.ledger, ctx.actor, loan.id)
        fee = detail.disclosure.fees
        self.intro = QLabel(self.tr("%1 for %2: %3 lent, opening fee %4, paid out %5. The schedule "
                                    "runs from today.").replace("%1", loan.number).replace("%2", member.name)
                            .replace("%3", money_text(ctx, loan.amount, loan.currency))
                            .replace("%4", money_text(ctx, fee, loan.currency))
                            .replace("%5", money_text(ctx, loan.amount - fee, loan.currency)), wordWrap=True)
        self.destination = QComboBox(objectName="DisburseDestination")
        for acc in member.accounts:
            if acc.product == Product.SAVINGS.value and acc.status == "active":
                self.destination.addItem(self.tr("Savings account %1").replace("%1", acc.number), ("savings", acc.id))
        if member.bank_account_display:
            self.destination.addItem(self.tr("Transfer to %1").replace("%1", member.bank_account_display),
                                     ("transfer", None))
        self.destination.addItem(self.tr("Cash from my drawer"), ("cash", None))
        form = QFormLayout()
        form.addRow(self.tr("&Pay to"), self.destination)
        self.body.addWidget(self.intro)
        self.body.addLayout(form)
        self.table_button.clicked.connect(self.print_table)
        self.contract_button = QPushButton(self.tr("Print the &contract summary…"), objectName="PrintContract",
                                           autoDefault=False, visible=False)
        self.contract_button.clicked.connect(self.print_contract)
        self.extra_prints.addWidget(self.contract_button)

    def act(self) -> tuple[int, str] | None:
        destination, account_id = self.destination.currentData()
        d = loans.disburse(self._ctx.ledger, self._ctx.actor, self.loan.id, destination, account_id,
                           override=self.override())
        self.table_button.show()
        self.contract_button.show()
        return d.entry_id, self.tr("Loan %1 disbursed: receipt %2, %3 paid out.").replace("%1", d.number) \
            .replace("%2", d.receipt).replace("%3", money_text(self._ctx, d.paid_out, self.loan.currency))

    def locked(self) -> list[QWidget]:
        return [self.destination]

    def print_contract(self) -> object:
        from .loans_tab import show_contract
        return show_contract(self, self._ctx, self.loan.id)

    def print_table(self) -> object:
        from .loans_tab import show_amortization
        return show_amortization(self, self._ctx, self.loan.id)
