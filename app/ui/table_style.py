"""How the desk's read-only lists behave and look, in one place: whole-row single selection,
no editing, no grid, alternate rows, fixed row heights (never measure every row), and the
accounts table both the search page and the member file show."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QTableWidget, QTableWidgetItem

from app.domain.money import NumberFormat

from .formatting import money
from .i18n import translate
from .paged_model import LEFT, RIGHT


def list_behaviour(view: QTableView) -> None:
    view.ensurePolished()        # measure with the style sheet's font
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setShowGrid(False)
    view.setCornerButtonEnabled(False)
    rows = view.verticalHeader()
    rows.hide()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(view.fontMetrics().height() + 12)


def fill_accounts(table: QTableWidget, accounts, fmt: NumberFormat, statuses: dict[str, str]) -> None:  # noqa: ANN001
    """Account rows: number, type, status, booked and available (right-aligned money); each
    row's UserRole holds the account id."""
    table.setRowCount(len(accounts))
    for row, acc in enumerate(accounts):
        cells = (acc.number, translate(acc.product_label),
                 translate(statuses.get(acc.status, acc.status)),
                 money(acc.booked, fmt, acc.currency), money(acc.available, fmt, acc.currency))
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setTextAlignment(RIGHT if column >= 3 else LEFT)
            item.setData(Qt.ItemDataRole.UserRole, acc.id)
            table.setItem(row, column, item)
