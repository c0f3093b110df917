"""The fee schedule on the Settings tab: each operation's fee (fixed, a percentage, minimum,
maximum, VAT on it) as the counter charges it; pick one to change it."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QFrame, QHBoxLayout, QHeaderView,
                               QLabel, QLineEdit, QPushButton, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from app.domain.errors import FieldError
from app.domain.fees import FEE_OPERATIONS
from app.domain.money import InvalidAmount, currency, format_amount, parse_amount
from app.domain.permissions import Permission
from app.domain.settings import parse_percent, percent_text
from app.services import settings
from app.services.errors import ValidationError
from app.services.settings import FeeInput

from ..desk_context import DeskContext
from ..i18n import render_error, tr_msg, translate
from ..member_file.fields import FieldRows
from ..retranslate import Retranslatable
from .common import Feedback

# FeeInput.percent is in percent (0.5 means 0.5 %); parse_percent gives the fraction.


class FeesCard(Retranslatable, QFrame):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("Card")
        self._ctx = ctx
        self._cur = currency(ctx.profile.currency)
        self.rules: dict[str, FeeInput] = {}
        self.title = QLabel(objectName="SectionTitle")
        self.table = QTableWidget(0, 5, objectName="FeeTable")
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMinimumHeight(120)
        self.operation = QComboBox(objectName="FeeOperation")
        for op in FEE_OPERATIONS:
            self.operation.addItem(op, op)
        self.inputs: dict[str, QWidget] = {"operation": self.operation}
        for name in ("fixed", "percent", "minimum", "maximum"):
            edit = QLineEdit(maxLength=20)
            edit.setMaximumWidth(160)
            self.inputs[name] = edit
        self.vat = QCheckBox(objectName="FeeVat")
        self.inputs["vat"] = self.vat
        self.rows = FieldRows(self.inputs)
        form = QFormLayout()
        for name in ("operation", "fixed", "percent", "minimum", "maximum", "vat"):
            self.rows.add(form, name, "")
        self.feedback = Feedback()
        self.save_button = QPushButton(objectName="SaveFee", autoDefault=False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.feedback.done_label, 1)
        buttons.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout(self)
        column.setContentsMargins(18, 14, 18, 16)
        column.setSpacing(8)
        column.addWidget(self.title)
        column.addWidget(self.table)
        column.addLayout(form)
        column.addWidget(self.feedback.error_label)
        column.addLayout(buttons)
        editable = ctx.can(Permission.INSTITUTION_ADMIN)
        for w in self.inputs.values():
            w.setEnabled(editable)
        self.save_button.setVisible(editable)
        self.operation.currentIndexChanged.connect(self._show_rule)
        self.table.itemSelectionChanged.connect(self._pick)
        self.save_button.clicked.connect(self.save)
        self.retranslate_ui()
        self.load()

    def retranslate_ui(self) -> None:
        code = self._ctx.profile.currency
        self.title.setText(self.tr("Fees"))
        self.table.setHorizontalHeaderLabels([self.tr("Operation"), self.tr("Fixed"), self.tr("%"),
                                              self.tr("Minimum"), self.tr("Maximum")])
        for i, op in enumerate(FEE_OPERATIONS):
            self.operation.setItemText(i, translate(FEE_OPERATIONS[op]))
        for name, text in (("operation", self.tr("O&peration")), ("fixed", self.tr("Fixed (%1)")),
                           ("percent", self.tr("Percentage (%)")), ("minimum", self.tr("Minimum (%1)")),
                           ("maximum", self.tr("Maximum (%1)")), ("vat", self.tr("VAT"))):
            self.rows.set_caption(name, text.replace("%1", code))
        self.vat.setText(self.tr("Charge VAT on this fee"))
        self.inputs["maximum"].setPlaceholderText(self.tr("no maximum"))
        self.save_button.setText(self.tr("Save &fee"))
        self._fill()
        self.feedback.retranslate()

    def _money(self, value: Decimal | None) -> str:
        return "" if value is None else format_amount(value, self._ctx.number_format, self._cur)

    def load(self) -> None:
        try:
            self.rules = {r.operation: r for r in settings.fee_rules(self._ctx.ledger, self._ctx.actor)}
        except Exception as exc:  # noqa: BLE001
            self.feedback.error.show(lambda e=exc: render_error(e))
            return
        self._fill()
        self._show_rule()

    def _fill(self) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.rules))
        for row, r in enumerate(self.rules.values()):
            cells = (translate(FEE_OPERATIONS.get(r.operation, r.operation)), self._money(r.fixed),
                     percent_text(r.percent / 100, self._ctx.number_format.decimal),
                     self._money(r.minimum), self._money(r.maximum) or "—")
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, r.operation)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.table.blockSignals(False)

    def _pick(self) -> None:
        items = self.table.selectedItems()
        if items:
            self.operation.setCurrentIndex(max(0, self.operation.findData(items[0].data(Qt.ItemDataRole.UserRole))))

    def _show_rule(self) -> None:
        op = self.operation.currentData()
        rule = self.rules.get(op) or FeeInput(op)
        self.inputs["fixed"].setText(self._money(rule.fixed))
        self.inputs["percent"].setText(percent_text(rule.percent / 100, self._ctx.number_format.decimal))
        self.inputs["minimum"].setText(self._money(rule.minimum))
        self.inputs["maximum"].setText(self._money(rule.maximum))
        self.vat.setChecked(rule.vat)
        for name in self.rows.order:
            self.rows.set_error(name, "")

    def _amount(self, name: str, optional: bool = False) -> Decimal | None:
        text = self.inputs[name].text()
        if optional and not text.strip():
            return None
        try:
            return parse_amount(text, self._ctx.number_format, self._cur, allow_zero=True)
        except InvalidAmount as exc:
            raise FieldError(name, exc.msg) from None

    def save(self) -> bool:
        self.feedback.clear()
        for name in self.rows.order:
            self.rows.set_error(name, "")
        try:
            rule = FeeInput(self.operation.currentData(), fixed=self._amount("fixed"),
                            percent=(parse_percent("percent", self.inputs["percent"].text()) * 100).normalize(),
                            minimum=self._amount("minimum"), maximum=self._amount("maximum", True),
                            vat=self.vat.isChecked())
            settings.set_fee_rule(self._ctx.ledger, self._ctx.actor, rule)
        except (FieldError, ValidationError) as exc:
            field = exc.field if exc.field in self.rows.errors else "fixed"
            self.rows.set_error(field, tr_msg(exc.msg))
            return False
        except Exception as exc:  # noqa: BLE001
            self.feedback.error.show(lambda e=exc: render_error(e))
            return False
        self.load()
        label = self.operation.currentText()
        self.feedback.done.show(lambda: self.tr("The fee of %1 was saved.").replace("%1", label))
        return True
