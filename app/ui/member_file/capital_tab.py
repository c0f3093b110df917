"""The Capital tab of the member file: the mandatory and the voluntary capital apart (as the
Spanish manual shows them), what the next contribution is, and every capital movement."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QFrame, QGridLayout, QHeaderView, QLabel, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from app.domain.contributions import KIND_LABELS, Kind
from app.services import contributions
from app.services.contributions import CapitalSummary
from app.services.receipts import OPERATION_TITLES

from ..desk_context import DeskContext
from ..formatting import business_date
from ..i18n import render_error, translate
from ..operations.common import money_text
from ..retranslate import Retranslatable
from ..table_style import list_behaviour

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class CapitalTab(Retranslatable, QWidget):
    """`set_member(member_id)` reads the summary; `summary` holds what is shown."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("CapitalTab")
        self._ctx = ctx
        self.summary: CapitalSummary | None = None
        self.error = ""
        card = QFrame(objectName="Card")
        grid = QGridLayout(card)
        grid.setContentsMargins(18, 12, 18, 12)
        grid.setHorizontalSpacing(28)
        self.captions = [QLabel(objectName="FieldCaption") for _ in range(3)]
        self.values = [QLabel(objectName="BalanceLabel") for _ in range(3)]
        for i, (caption, value) in enumerate(zip(self.captions, self.values)):
            value.setStyleSheet("font-size: 13pt;")
            grid.addWidget(caption, 0, i)
            grid.addWidget(value, 1, i)
        grid.setColumnStretch(3, 1)
        self.next_label = QLabel(objectName="FieldNote", wordWrap=True)
        grid.addWidget(self.next_label, 2, 0, 1, 4)
        self.table = QTableWidget(0, 4, objectName="CapitalMovements")
        list_behaviour(self.table)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(objectName="HintLabel", alignment=Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 10, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(card)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        for caption, text in zip(self.captions, (self.tr("Mandatory capital"), self.tr("Voluntary capital"),
                                                 self.tr("Total"))):
            caption.setText(text)
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Receipt"), self.tr("Movement"),
                                              self.tr("Amount")])
        self._show()

    def set_member(self, member_id: int) -> None:
        try:
            self.summary, self.error = contributions.capital_summary(self._ctx.ledger, self._ctx.actor, member_id), ""
        except Exception as exc:  # noqa: BLE001 - said on the tab
            self.summary, self.error = None, render_error(exc)
        self._show()

    def _show(self) -> None:
        s = self.summary
        if s is None:
            for v in self.values:
                v.setText("—")
            self.next_label.setText(self.error)
            self.table.setRowCount(0)
            return
        for v, amount in zip(self.values, (s.mandatory, s.voluntary, s.total)):
            v.setText(money_text(self._ctx, amount, s.currency))
        if s.next_kind == Kind.MANDATORY:
            self.next_label.setText(self.tr("The mandatory contribution of %1 is not paid yet: it comes "
                                            "first, and makes the applicant an active member (F7).")
                                    .replace("%1", money_text(self._ctx, s.mandatory_amount, s.currency)))
        else:
            self.next_label.setText(self.tr("Voluntary contributions can be added at any time (F7)."))
        self.table.setRowCount(len(s.movements))
        for row, m in enumerate(s.movements):
            title = OPERATION_TITLES.get(m.kind)
            text = translate(title) if title else translate(KIND_LABELS[m.part])
            cells = (business_date(m.business_date, self._ctx.profile), m.receipt, text,
                     money_text(self._ctx, m.amount, s.currency))
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, m.entry_id)
                if column == 3:
                    item.setTextAlignment(RIGHT)
                self.table.setItem(row, column, item)
        self.empty.setText(self.tr("No capital movements yet."))
        self.empty.setVisible(not s.movements)
