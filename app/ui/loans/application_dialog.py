"""A loan for the member: choose a product, the amount, the term and the rate, see French and
German side by side (installment, total interest, total cost, effective rate) with a chart of
principal and interest, print the simulation, and file the application (a petition a supervisor
approves on the Approvals page; the loan then waits for disbursement)."""
from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (QButtonGroup, QComboBox, QFormLayout, QGridLayout, QHBoxLayout, QLabel,
                               QLineEdit, QPushButton, QRadioButton, QSpinBox, QWidget)

from app.domain.errors import FieldError
from app.domain.schedule import METHOD_LABELS, METHOD_NAMES, Method
from app.domain.settings import parse_percent, percent_text
from app.services import loan_products, loans, members
from app.services.loans import LoanApplication

from ..desk_context import DeskContext
from ..i18n import render_error, tr_msg, translate
from ..member_file.fields import FieldRows
from ..member_file.filing_dialog import FilingDialog
from ..operations.amount_field import AmountField
from ..operations.common import money_text
from .chart import PrincipalInterestChart

ROWS = ("installment", "interest", "insurance", "fees", "cost", "rate")


class LoanApplicationDialog(FilingDialog):
    def __init__(self, ctx: DeskContext, member: members.MemberFile, parent: QWidget | None = None):
        super().__init__(ctx, member, parent, "LoanApplicationDialog")
        self.setWindowTitle(self.tr("New loan for %1").replace("%1", member.name))
        self.simulation: dict[Method, loans.Simulation] = {}
        try:
            self.products = loan_products.list_products(ctx.ledger, ctx.actor)
            error = "" if self.products else self.tr("There are no loan products: an administrator "
                                                     "creates them (Administration, Loan products).")
        except Exception as exc:  # noqa: BLE001 - said in the dialog
            self.products, error = [], render_error(exc)
        self.product = QComboBox(objectName="LoanProduct")
        for p in self.products:
            self.product.addItem(f"{p.rules.code} · {p.rules.name}", p.id)
        self.amount = AmountField(ctx)
        self.amount.edit.setObjectName("LoanAmount")
        self.months = QSpinBox(objectName="LoanMonths")
        self.rate = QLineEdit(objectName="LoanRate", maxLength=8)
        self.grace = QSpinBox(objectName="LoanGrace")
        self.purpose = QLineEdit(objectName="LoanPurpose", maxLength=200)
        self.rows = FieldRows({"product": self.product, "months": self.months, "rate": self.rate,
                               "grace_principal": self.grace, "purpose": self.purpose})
        form = QFormLayout()
        self.rows.add(form, "product", self.tr("&Product"))
        self.amount_caption = QLabel(self.tr("A&mount (%1)").replace("%1", ctx.profile.currency))
        self.amount_caption.setBuddy(self.amount.edit)
        form.addRow(self.amount_caption, self.amount)
        self.rows.add(form, "months", self.tr("&Term (months)"))
        self.rows.add(form, "rate", self.tr("&Rate (% a year)"))
        self.rows.add(form, "grace_principal", self.tr("&Grace on principal"))
        self.rows.add(form, "purpose", self.tr("P&urpose"))
        self.methods = QButtonGroup(self)
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        self.captions = [QLabel() for _ in ROWS]
        self.cells = {m: [QLabel(objectName=f"Sim_{m.value}_{r}") for r in ROWS] for m in Method}
        for col, m in enumerate(Method, 1):
            radio = QRadioButton(translate(METHOD_NAMES[m]), objectName=f"Method_{m.value}")
            radio.setToolTip(translate(METHOD_LABELS[m]))
            self.methods.addButton(radio, col)
            grid.addWidget(radio, 0, col)
            for row, cell in enumerate(self.cells[m], 1):
                cell.setStyleSheet("font-weight: bold;" if ROWS[row - 1] in ("installment", "rate") else "")
                grid.addWidget(cell, row, col)
        self.methods.button(1).setChecked(True)
        for row, caption in enumerate(self.captions, 1):
            caption.setObjectName("FieldCaption")
            grid.addWidget(caption, row, 0)
        grid.setColumnStretch(3, 1)
        self.chart = PrincipalInterestChart()
        self.print_simulation = QPushButton(self.tr("Print the &simulation…"), objectName="PrintSimulation",
                                            autoDefault=False)
        top = QHBoxLayout()
        top.addLayout(form, 1)
        top.addSpacing(16)
        top.addLayout(grid, 1)
        self.body.addLayout(top)
        self.body.addWidget(self.chart)
        print_row = QHBoxLayout()
        print_row.addStretch(1)
        print_row.addWidget(self.print_simulation)
        self.body.addLayout(print_row)
        self.note = QLabel(self.tr("Nothing moves until a supervisor approves it; the loan is then "
                                   "disbursed from the member file."), objectName="HintLabel", wordWrap=True)
        self.body.addWidget(self.note)
        for row, text in zip(self.captions, (self.tr("Installment"), self.tr("Total interest"),
                                             self.tr("Insurance"), self.tr("Opening fee"),
                                             self.tr("Total cost of the credit"), self.tr("Effective annual rate"))):
            row.setText(text)
        self.setSendText()
        self._timer = QTimer(self, singleShot=True, interval=250, timeout=self.simulate)
        for signal in (self.amount.changed, self.months.valueChanged, self.rate.textEdited,
                       self.grace.valueChanged, self.methods.idToggled):
            signal.connect(lambda *_a: self._timer.start())
        self.product.currentIndexChanged.connect(self._product_chosen)
        self.print_simulation.clicked.connect(self.show_simulation)
        self.setMinimumWidth(820)
        self._product_chosen()
        self.show_message(error)
        self.send_button.setEnabled(bool(self.products))

    def setSendText(self) -> None:  # noqa: N802
        self.send_button.setText(self.tr("&File the application"))

    def _rules(self):  # noqa: ANN202
        index = self.product.currentIndex()
        return self.products[index].rules if 0 <= index < len(self.products) else None

    def _product_chosen(self) -> None:
        r = self._rules()
        if r is None:
            return
        self.months.setRange(r.term_min, r.term_max)
        self.months.setValue(min(max(12, r.term_min), r.term_max))
        self.grace.setRange(0, r.grace_max)
        self.rate.setText(percent_text(r.rate_max, self._ctx.number_format.decimal))
        self.rows.set_error("rate", "")
        self._timer.start()

    def method(self) -> Method:
        return Method.FRENCH if self.methods.checkedId() == 1 else Method.GERMAN

    def application(self, show: bool = True) -> LoanApplication | None:
        r = self._rules()
        amount = self.amount.checked_value() if show else None
        if amount is None and not show:
            try:
                amount = self.amount.value()
            except Exception:  # noqa: BLE001 - nothing to simulate yet
                return None
        try:
            rate = parse_percent("rate", self.rate.text())
        except FieldError as exc:
            if show:
                self.rows.set_error("rate", tr_msg(exc.msg))
            return None
        if r is None or amount is None:
            return None
        return LoanApplication(self._member.id, self.products[self.product.currentIndex()].id, amount,
                               self.months.value(), rate, self.method(), self.grace.value(),
                               self.purpose.text())

    def simulate(self) -> None:
        self.rows.set_error("rate", "")
        app = self.application(show=False)
        self.simulation = {}
        if app is not None:
            try:
                self.simulation = loans.simulate(self._ctx.ledger, self._ctx.actor, app)
                self.show_message("")
            except Exception as exc:  # noqa: BLE001 - e.g. an amount outside the product
                self.show_message(render_error(exc))
        self._show()

    def _show(self) -> None:
        cur = self._ctx.profile.currency
        dec = self._ctx.number_format.decimal
        for m in Method:
            sim = self.simulation.get(m)
            if sim is None:
                for cell in self.cells[m]:
                    cell.setText("—")
                continue
            s, d = sim.schedule, sim.disclosure
            first = next((i for i in s.installments if i.principal), s.installments[0])
            values = (money_text(self._ctx, first.principal + first.interest, cur),
                      money_text(self._ctx, d.total_interest, cur), money_text(self._ctx, d.total_insurance, cur),
                      money_text(self._ctx, d.fees, cur), money_text(self._ctx, d.total_cost, cur),
                      f"{d.effective_annual_rate:.2f} %".replace(".", dec))
            for cell, text in zip(self.cells[m], values):
                cell.setText(text)
        chosen = self.simulation.get(self.method())
        self.chart.set_rows(chosen.schedule.installments if chosen else [], (self.tr("Principal"), self.tr("Interest")))
        self.print_simulation.setEnabled(chosen is not None)

    def show_simulation(self) -> object:
        chosen = self.simulation.get(self.method())
        if chosen is None:
            return None
        from app.documents.amortization import AmortizationDoc, build_amortization, rows_of
        from ..operations import receipt as receipt_ui
        doc = AmortizationDoc(chosen.schedule.terms, chosen.disclosure, rows_of(chosen.schedule),
                              member=self._member.name)
        pdf = build_amortization(doc, self._ctx.number_format, translate)
        return receipt_ui._show_pdf(self, pdf, self.tr("Loan simulation"), "loan-simulation.pdf")

    # --- FilingDialog -------------------------------------------------------------------------

    def file(self):  # noqa: ANN201
        app = self.application()
        if app is None:
            return None
        return loans.apply(self._ctx.ledger, self._ctx.actor, app)

    def done_text(self, petition) -> str:  # noqa: ANN001
        return self.tr("Application %1 filed: a supervisor approves it on the Approvals page.") \
            .replace("%1", str(petition.id))

    def locked(self) -> list[QWidget]:
        return [self.product, self.amount, self.months, self.rate, self.grace, self.purpose]

