"""The Summary tab of the member file: the member's products, as in "Resumen de productos"
(accounts with booked and available balances), and the last movements of the chosen account.

Only what the desk can do today is shown: no empty Loans or Cards sections.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QLabel, QTableView, QTableWidget, QVBoxLayout,
                               QWidget)

from app.services import members, movements

from ..desk_context import DeskContext
from ..i18n import render_error, translate
from ..member_summary import ACCOUNT_STATUSES
from ..table_style import fill_accounts
from ..movements_model import MovementsModel
from ..paged_model import LEFT, RIGHT
from ..retranslate import Retranslatable
from .tables import money_sample, setup_table

LAST_N = 10


class SummaryTab(Retranslatable, QWidget):
    """`account_selected(id)` as the highlighted account changes; `account_activated(id)` on
    Enter or a double click (the page then shows that account's movements)."""

    account_selected = Signal(int)
    account_activated = Signal(int)

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("SummaryTab")
        self._ctx = ctx
        self._accounts: tuple[members.AccountRow, ...] = ()
        self.member: members.MemberFile | None = None

        self.accounts_title = QLabel(objectName="SectionTitle")
        self.accounts = QTableWidget(0, 5, objectName="AccountTable")
        self._setup_accounts()
        self.last_title = QLabel(objectName="SectionTitle")
        self.last_model = MovementsModel(ctx, page_size=LAST_N, max_pages=1, parent=self)
        self.last_view = QTableView(objectName="LastMovements")
        self.last_view.setModel(self.last_model)
        amount = money_sample(ctx)
        setup_table(self.last_view, stretch=1,
                    samples=("00/00/0000", "", amount, amount, amount, "0000-0000-000000"))
        self.last_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.last_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.empty_label = QLabel(objectName="HintLabel")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 10, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.accounts_title)
        layout.addWidget(self.accounts)
        layout.addSpacing(8)
        layout.addWidget(self.last_title)
        layout.addWidget(self.last_view, 1)
        layout.addWidget(self.empty_label)
        layout.addStretch(0)
        self.accounts.currentCellChanged.connect(self._on_current)
        self.accounts.cellActivated.connect(lambda row, _c: self._activate(row))
        self.accounts.cellDoubleClicked.connect(lambda row, _c: self._activate(row))
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.accounts_title.setText(self.tr("Accounts"))
        self._set_account_headers()
        self.last_model.retranslate()
        if self.member is not None:
            self.set_member(self.member)

    def _setup_accounts(self) -> None:
        t = self.accounts
        self._set_account_headers()
        amount = money_sample(self._ctx)
        longest_status = max((translate(s) for s in ACCOUNT_STATUSES.values()), key=len)
        setup_table(t, stretch=1, samples=("0000-000000-00", "", longest_status, amount, amount))
        t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        t.setSizeAdjustPolicy(QAbstractItemView.SizeAdjustPolicy.AdjustToContents)
        t.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def _set_account_headers(self) -> None:
        cur = self._ctx.profile.currency
        self.accounts.setHorizontalHeaderLabels([
            self.tr("Account"), self.tr("Type"), self.tr("Status"),
            self.tr("Booked (%1)").replace("%1", cur), self.tr("Available (%1)").replace("%1", cur)])
        for column, align in enumerate((LEFT, LEFT, LEFT, RIGHT, RIGHT)):
            self.accounts.horizontalHeaderItem(column).setTextAlignment(align)

    # --- showing -------------------------------------------------------------------------------

    def set_member(self, member: members.MemberFile) -> None:
        keep = self.current_account_id()
        self.member, self._accounts = member, member.accounts
        fmt = self._ctx.number_format
        t = self.accounts
        t.blockSignals(True)
        fill_accounts(t, member.accounts, fmt, ACCOUNT_STATUSES)
        height = t.horizontalHeader().sizeHint().height() + sum(t.rowHeight(r) for r in
                                                                range(t.rowCount()))
        t.setFixedHeight(height + 2 * t.frameWidth())
        t.blockSignals(False)
        ids = [a.id for a in member.accounts]
        self.select_account(keep if keep in ids else (ids[0] if ids else None))

    def current_account_id(self) -> int | None:
        row = self.accounts.currentRow()
        return self._accounts[row].id if 0 <= row < len(self._accounts) else None

    def select_account(self, account_id: int | None) -> None:
        rows = [i for i, a in enumerate(self._accounts) if a.id == account_id]
        if rows and rows[0] != self.accounts.currentRow():
            self.accounts.setCurrentCell(rows[0], 0)     # _on_current shows its movements
        else:
            self.show_last(account_id)

    def _on_current(self, row: int, _col: int, _prev_row: int, _prev_col: int) -> None:
        if 0 <= row < len(self._accounts):
            account_id = self._accounts[row].id
            self.show_last(account_id)
            self.account_selected.emit(account_id)

    def _activate(self, row: int) -> None:
        if 0 <= row < len(self._accounts):
            self.account_activated.emit(self._accounts[row].id)

    def show_last(self, account_id: int | None) -> None:
        """The last movements of the account (newest first)."""
        acc = next((a for a in self._accounts if a.id == account_id), None)
        last, error = None, ""
        if acc is not None:
            try:      # every movement up to the business date (two index lookups), then its tail
                every = movements.movement_range(self._ctx.ledger, self._ctx.actor, acc.id, date.min)
                last = replace(every, first_seq=max(every.first_seq, every.last_seq - LAST_N + 1))
            except Exception as exc:  # noqa: BLE001 - shown, not raised
                error = render_error(exc)
        title = self.tr("Last %1 movements of account %2").replace("%1", str(LAST_N))
        self.last_title.setText(title.replace("%2", acc.number) if acc else "")
        self.last_model.set_range(last, acc.currency if acc else None)
        v = self.last_view         # as tall as its rows (it may shrink and scroll), no white box
        rows = v.verticalHeader().defaultSectionSize() * max(1, self.last_model.rowCount())
        v.setMaximumHeight(v.horizontalHeader().sizeHint().height() + rows + 2 * v.frameWidth())
        self.empty_label.setText(error or (self.tr("No movements yet.") if not last else ""))
        self.empty_label.setVisible(bool(self.empty_label.text()))
