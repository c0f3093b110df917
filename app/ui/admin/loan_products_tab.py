"""The Loan products tab: the catalogue tellers simulate and apply from. Each product's method,
rate and term ranges, amounts, day count, credit-life insurance, late interest (at most the
profile's share of the contract rate), opening fee, business-day rule, installment multiple,
grace, and the order a repayment settles an installment in."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QFormLayout, QHBoxLayout,
                               QLabel, QLineEdit, QListWidget, QListWidgetItem, QPushButton, QSpinBox,
                               QTableView, QVBoxLayout, QWidget)
from PySide6.QtCore import Qt

from app.domain.day_count import DAY_COUNT_LABELS, DayCount
from app.domain.errors import FieldError
from app.domain.loan_products import BUSINESS_DAY_RULES, COMPONENT_LABELS, DEFAULT_ORDER, ProductRules
from app.domain.money import currency, format_amount
from app.domain.schedule import METHOD_LABELS, Method
from app.domain.settings import parse_percent, percent_text
from app.services import loan_products
from app.services.errors import ValidationError

from ..desk_context import DeskContext
from ..i18n import render_error, tr_msg, translate
from ..member_file.fields import FieldRows
from ..operations.amount_field import AmountField
from ..retranslate import Retranslatable
from ..table_style import list_behaviour
from ..loans.models import ProductsModel
from .common import Feedback, card, scrolling

PERCENTS = ("rate_min", "rate_max", "insurance_rate", "late_rate", "fee_rate")
AMOUNTS = ("amount_min", "amount_max", "fee_fixed", "multiple")


class LoanProductsTab(Retranslatable, QWidget):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("LoanProductsTab")
        self._ctx = ctx
        self.editing: int | None = None
        self.model = ProductsModel(ctx)
        self.table = QTableView(objectName="LoanProductTable")
        self.table.setModel(self.model)
        list_behaviour(self.table)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.inputs: dict[str, QWidget] = {"code": QLineEdit(maxLength=12), "name": QLineEdit(maxLength=80)}
        self.method = QComboBox()
        self.day_count = QComboBox()
        self.business_days = QComboBox()
        for combo, values in ((self.method, list(Method)), (self.day_count, list(DayCount)),
                              (self.business_days, list(BUSINESS_DAY_RULES))):
            for v in values:
                combo.addItem("", str(v))
        self.inputs.update(method=self.method, day_count=self.day_count, business_days=self.business_days)
        for name in PERCENTS:
            self.inputs[name] = QLineEdit(maxLength=10)
        for name in AMOUNTS:
            self.inputs[name] = AmountField(ctx)
        self.inputs["term_min"], self.inputs["term_max"] = QSpinBox(), QSpinBox()
        self.inputs["grace_max"] = QSpinBox()
        for spin, top in ((self.inputs["term_min"], 600), (self.inputs["term_max"], 600), (self.inputs["grace_max"], 24)):
            spin.setRange(0 if spin is self.inputs["grace_max"] else 1, top)
        self.inputs["fee_fixed"].edit.setPlaceholderText("")
        self.allocation = QListWidget(objectName="AllocationOrder")
        self.allocation.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.allocation.setMaximumHeight(96)
        self.inputs["allocation"] = self.allocation
        self.active = QCheckBox()
        self.fields = FieldRows(self.inputs)
        left, right = QFormLayout(), QFormLayout()
        for name in ("code", "name", "method", "rate_min", "rate_max", "term_min", "term_max", "grace_max"):
            self.fields.add(left, name, "")
        for name in ("amount_min", "amount_max", "day_count", "insurance_rate", "late_rate", "fee_rate",
                     "fee_fixed", "multiple", "business_days", "allocation"):
            self.fields.add(right, name, "")
        columns = QHBoxLayout()
        columns.setSpacing(28)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        self.form_title = QLabel()
        self.feedback = Feedback()
        self.new_button = QPushButton(objectName="NewLoanProduct", autoDefault=False)
        self.save_button = QPushButton(objectName="SaveLoanProduct")
        self.save_button.setProperty("primary", True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.active)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        form_card, col = card(self.form_title)
        col.addLayout(columns)
        col.addWidget(self.feedback.error_label)
        col.addLayout(buttons)
        inner = QWidget()
        page = QVBoxLayout(inner)
        page.setContentsMargins(0, 4, 0, 0)
        page.addWidget(self.feedback.done_label)
        page.addWidget(self.table)
        page.addWidget(form_card)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scrolling(inner))
        self.table.setMinimumHeight(140)
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _p: self._edit(cur.row()))
        self.new_button.clicked.connect(self.start_new)
        self.save_button.clicked.connect(self.save)
        self.retranslate_ui()
        self.refresh()
        self.start_new()

    def retranslate_ui(self) -> None:
        captions = {"code": self.tr("&Code"), "name": self.tr("&Name"), "method": self.tr("&Method"),
                    "rate_min": self.tr("Rate from (% a year)"), "rate_max": self.tr("Rate up to (% a year)"),
                    "term_min": self.tr("Term from (months)"), "term_max": self.tr("Term up to (months)"),
                    "grace_max": self.tr("Grace on principal, at most"),
                    "amount_min": self.tr("Amount from"), "amount_max": self.tr("Amount up to"),
                    "day_count": self.tr("&Day count"), "insurance_rate": self.tr("Insurance (% a month)"),
                    "late_rate": self.tr("Late interest (% a year)"), "fee_rate": self.tr("Opening fee (%)"),
                    "fee_fixed": self.tr("Opening fee, fixed"), "multiple": self.tr("Installment multiple"),
                    "business_days": self.tr("Due dates"), "allocation": self.tr("A payment settles")}
        for name, text in captions.items():
            self.fields.set_caption(name, text)
        for combo, labels in ((self.method, METHOD_LABELS), (self.day_count, DAY_COUNT_LABELS),
                              (self.business_days, BUSINESS_DAY_RULES)):
            for i in range(combo.count()):
                key = combo.itemData(i)
                label = next(v for k, v in labels.items() if str(k) == key)
                combo.setItemText(i, translate(label))
        for i in range(self.allocation.count()):
            item = self.allocation.item(i)
            item.setText(translate(COMPONENT_LABELS[item.data(Qt.ItemDataRole.UserRole)]))
        self.allocation.setToolTip(self.tr("Drag to change the order"))
        self.active.setText(self.tr("&Offered"))
        self.new_button.setText(self.tr("&New product"))
        self.save_button.setText(self.tr("&Save product"))
        self._title()
        self.feedback.retranslate()

    def _title(self) -> None:
        current = self._current()
        self.form_title.setText(self.tr("New loan product") if current is None else
                                self.tr("Loan product %1").replace("%1", current.rules.code))

    def _current(self):  # noqa: ANN202
        return next((p for p in self.model.rows if p.id == self.editing), None)

    def refresh(self) -> None:
        try:
            rows = loan_products.list_products(self._ctx.ledger, self._ctx.actor, active_only=False)
        except Exception as exc:  # noqa: BLE001
            self.feedback.error.show(lambda e=exc: render_error(e))
            return
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()

    def _set_allocation(self, order: tuple[str, ...]) -> None:
        self.allocation.clear()
        for key in order:
            item = QListWidgetItem(translate(COMPONENT_LABELS[key]))
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.allocation.addItem(item)

    def _fill(self, r: ProductRules, active: bool) -> None:
        self.inputs["code"].setText(r.code)
        self.inputs["name"].setText(r.name)
        for combo, value in ((self.method, r.method), (self.day_count, r.day_count),
                             (self.business_days, r.business_days)):
            combo.setCurrentIndex(max(0, combo.findData(str(value))))
        for name in PERCENTS:
            self.inputs[name].setText(percent_text(getattr(r, name), self._ctx.number_format.decimal))
        cur = currency(self._ctx.profile.currency)
        for name in AMOUNTS:
            value = getattr(r, name)
            self.inputs[name].set_text(format_amount(value, self._ctx.number_format, cur) if value else "")
        for name in ("term_min", "term_max", "grace_max"):
            self.inputs[name].setValue(getattr(r, name))
        self._set_allocation(r.allocation)
        self.active.setChecked(active)
        for name in self.fields.order:
            self.fields.set_error(name, "")

    def _edit(self, row: int) -> None:
        if 0 <= row < len(self.model.rows):
            p = self.model.rows[row]
            self.editing = p.id
            self._fill(p.rules, p.active)
            self.feedback.clear()
            self._title()

    def start_new(self) -> None:
        self.editing = None
        self.table.clearSelection()
        self._fill(ProductRules(code="", name="", method=Method.FRENCH, rate_min=Decimal("0.10"),
                                rate_max=Decimal("0.15"), term_min=6, term_max=60,
                                amount_min=Decimal("500"), amount_max=Decimal("20000"),
                                late_rate=Decimal("0.11")), True)
        self.feedback.clear()
        self._title()

    def _rules(self) -> ProductRules | None:
        values: dict[str, object] = {}
        bad = False
        for name in PERCENTS:
            try:
                values[name] = parse_percent(name, self.inputs[name].text())
            except FieldError as exc:
                self.fields.set_error(name, tr_msg(exc.msg))
                bad = True
        for name in AMOUNTS:
            if name == "fee_fixed" and not self.inputs[name].text().strip():
                values[name] = Decimal(0)            # no fixed part
                continue
            values[name] = self.inputs[name].checked_value()
            bad = bad or values[name] is None
        if bad:
            return None
        return ProductRules(code=self.inputs["code"].text(), name=self.inputs["name"].text(),
                            method=Method(self.method.currentData()),
                            day_count=DayCount(self.day_count.currentData()),
                            business_days=self.business_days.currentData(),
                            term_min=self.inputs["term_min"].value(), term_max=self.inputs["term_max"].value(),
                            grace_max=self.inputs["grace_max"].value(),
                            allocation=tuple(self.allocation.item(i).data(Qt.ItemDataRole.UserRole)
                                             for i in range(self.allocation.count())), **values)

    def save(self) -> bool:
        self.feedback.clear()
        for name in self.fields.order:
            self.fields.set_error(name, "")
        rules = self._rules()
        if rules is None:
            return False
        try:
            if self.editing is None:
                view = loan_products.create_product(self._ctx.ledger, self._ctx.actor, rules)
            else:
                view = loan_products.update_product(self._ctx.ledger, self._ctx.actor, self.editing, rules,
                                                    self.active.isChecked())
        except ValidationError as exc:
            if exc.field in AMOUNTS:
                self.inputs[exc.field].show_error(tr_msg(exc.msg))
            elif exc.field in self.fields.errors:
                self.fields.set_error(exc.field, tr_msg(exc.msg))
            else:
                self.feedback.error.show(lambda e=exc: render_error(e))
            return False
        except Exception as exc:  # noqa: BLE001 - the service's refusal, said under the form
            self.feedback.error.show(lambda e=exc: render_error(e))
            return False
        self.editing = view.id
        self.refresh()
        self._title()
        self.feedback.done.show(lambda: self.tr("Product %1 saved.").replace("%1", view.rules.code))
        self._ctx.events.notify(None)
        return True
