"""Periodic contributions on the member's Capital tab: the SEPA mandate (Spanish profile), the
periodic contributions with their next date and last failure, and the petitions to create,
change or cancel one (a supervisor approves them)."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (QComboBox, QDateEdit, QFrame, QHBoxLayout, QHeaderView, QLabel,
                               QPushButton, QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout,
                               QWidget)

from app.domain.periodic import FREQUENCIES
from app.domain.permissions import Permission
from app.domain.profiles import Product
from app.services import members, periodic
from app.services.periodic import PeriodicView

from ..desk_context import DeskContext
from ..i18n import render_error, translate
from ..operations.amount_field import AmountField
from ..operations.common import money_text
from ..retranslate import Retranslatable
from ..table_style import list_behaviour


class PeriodicCard(Retranslatable, QFrame):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("Card")
        self._ctx = ctx
        self.member: members.MemberFile | None = None
        self.rows: list[PeriodicView] = []
        self.spanish = ctx.profile.country == "ES"
        self.title = QLabel(objectName="SectionTitle")
        self.mandate_date = QDateEdit(QDate.currentDate(), objectName="MandateDate", calendarPopup=True)
        self.mandate_date.setDisplayFormat("dd/MM/yyyy")
        self.mandate_button = QPushButton(objectName="RegisterMandate", autoDefault=False)
        self.table = QTableWidget(0, 4, objectName="PeriodicTable")
        list_behaviour(self.table)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMaximumHeight(120)
        self.amount = AmountField(ctx)
        self.amount.edit.setObjectName("PeriodicAmount")
        self.amount.setMaximumWidth(140)
        self.day = QSpinBox(objectName="PeriodicDay")
        self.day.setRange(1, 28)
        self.months = QComboBox(objectName="PeriodicMonths")
        for months in FREQUENCIES:
            self.months.addItem("", months)
        self.source = QComboBox(objectName="PeriodicSource")
        self.new_button = QPushButton(objectName="NewPeriodic", autoDefault=False)
        self.change_button = QPushButton(objectName="ChangePeriodic", autoDefault=False)
        self.cancel_button = QPushButton(objectName="CancelPeriodic", autoDefault=False)
        self.message = QLabel(objectName="FieldNote", wordWrap=True)
        self.mandate_row = QWidget(objectName="MandateRow")      # the Spanish profile's only
        mandate_row = QHBoxLayout(self.mandate_row)
        mandate_row.setContentsMargins(0, 0, 0, 0)
        self.mandate_label = QLabel()
        mandate_row.addWidget(self.mandate_label)
        mandate_row.addWidget(self.mandate_date)
        mandate_row.addWidget(self.mandate_button)
        mandate_row.addStretch(1)
        form = QHBoxLayout()
        for w in (self.amount, self.day, self.months, self.source):
            form.addWidget(w)
        form.addStretch(1)
        for b in (self.new_button, self.change_button, self.cancel_button):
            form.addWidget(b)
        column = QVBoxLayout(self)
        column.setContentsMargins(18, 12, 18, 12)
        column.setSpacing(6)
        column.addWidget(self.title)
        column.addWidget(self.mandate_row)
        self.mandate_row.setVisible(self.spanish)
        column.addWidget(self.table)
        column.addLayout(form)
        column.addWidget(self.message)
        can_file = ctx.can(Permission.PETITION_FILE)
        for w in (self.mandate_button, self.new_button, self.change_button, self.cancel_button):
            w.setVisible(can_file)
        self.mandate_button.clicked.connect(self.register_mandate)
        self.new_button.clicked.connect(self.request_new)
        self.change_button.clicked.connect(self.request_change)
        self.cancel_button.clicked.connect(self.request_cancel)
        self.table.itemSelectionChanged.connect(self._selected)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Periodic contributions"))
        self.mandate_label.setText(self.tr("SEPA mandate signed on"))
        self.mandate_button.setText(self.tr("Re&gister the mandate"))
        self.table.setHorizontalHeaderLabels([self.tr("Amount"), self.tr("When"), self.tr("Next"),
                                              self.tr("Last failure")])
        self.day.setPrefix(self.tr("day "))
        for i, months in enumerate(FREQUENCIES):
            self.months.setItemText(i, translate(FREQUENCIES[months]))
        self.new_button.setText(self.tr("&New…"))
        self.change_button.setText(self.tr("C&hange"))
        self.cancel_button.setText(self.tr("Cancel &it"))
        self._fill()

    def set_member(self, member: members.MemberFile) -> None:
        self.member = member
        self.source.clear()
        if self.spanish:
            self.source.addItem(self.tr("by direct debit"), "sepa")
        for acc in member.accounts:
            if acc.product == Product.SAVINGS.value and acc.status == "active":
                self.source.addItem(self.tr("from %1").replace("%1", acc.number), f"savings:{acc.id}")
        try:
            self.rows = periodic.periodic_of(self._ctx.ledger, self._ctx.actor, member.id)
        except Exception as exc:  # noqa: BLE001
            self.message.setText(render_error(exc))
            self.rows = []
        self._fill()

    def _fill(self) -> None:
        active = [r for r in self.rows if r.status == "active"]
        self.table.setRowCount(len(active))
        for row, p in enumerate(active):
            cells = (money_text(self._ctx, p.amount, p.currency),
                     self.tr("day %1, %2").replace("%1", str(p.day)).replace("%2", translate(FREQUENCIES[p.months])),
                     p.next_date.strftime("%d/%m/%Y"), p.last_failure or "—")
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, p.id)
                self.table.setItem(row, c, item)
        self._selected()

    def selected(self) -> PeriodicView | None:
        items = self.table.selectedItems()
        pid = items[0].data(Qt.ItemDataRole.UserRole) if items else None
        return next((r for r in self.rows if r.id == pid), None)

    def _selected(self) -> None:
        self.change_button.setEnabled(self.selected() is not None)
        self.cancel_button.setEnabled(self.selected() is not None)

    def _petition(self, call) -> object:  # noqa: ANN001
        try:
            view = call()
        except Exception as exc:  # noqa: BLE001 - the refusal, said under the card
            self.message.setText(render_error(exc))
            return None
        self.message.setText(self.tr("Petition %1 filed: a supervisor approves it.").replace("%1", str(view.id)))
        self._ctx.events.notify(None)
        return view

    def register_mandate(self) -> str | None:
        qd = self.mandate_date.date()
        try:
            ref = periodic.register_mandate(self._ctx.ledger, self._ctx.actor, self.member.id,
                                            date(qd.year(), qd.month(), qd.day()))
        except Exception as exc:  # noqa: BLE001
            self.message.setText(render_error(exc))
            return None
        self.message.setText(self.tr("Mandate %1 registered for %2.").replace("%1", ref)
                             .replace("%2", self.member.bank_account_display))
        return ref

    def _values(self):  # noqa: ANN202
        amount = self.amount.checked_value()
        source, _sep, account = str(self.source.currentData()).partition(":")
        return amount, self.day.value(), self.months.currentData(), source, int(account) if account else None

    def request_new(self) -> object:
        amount, day, months, source, account = self._values()
        if amount is None:
            return None
        return self._petition(lambda: periodic.request_periodic(self._ctx.ledger, self._ctx.actor, self.member.id,
                                                                amount, day, months, source, account))

    def request_change(self) -> object:
        p = self.selected()
        amount, day, months, _source, _account = self._values()
        if p is None or amount is None:
            return None
        return self._petition(lambda: periodic.request_change(self._ctx.ledger, self._ctx.actor, p.id,
                                                              amount, day, months))

    def request_cancel(self) -> object:
        p = self.selected()
        if p is None:
            return None
        return self._petition(lambda: periodic.request_cancel(self._ctx.ledger, self._ctx.actor, p.id))
