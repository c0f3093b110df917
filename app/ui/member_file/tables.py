"""How the member file's tables look: whole-row selection, fixed row heights, no grid, and
columns as wide as their widest expected text (samples) or the header, one column stretching."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTableView

from ..desk_context import DeskContext
from ..formatting import money
from ..table_style import list_behaviour

PADDING = 30          # the style sheet's cell padding plus some air


def money_sample(ctx: DeskContext) -> str:
    """The widest amount a column is sized for: 9.999.999,99 (ES) or 9,999,999.99 (EC)."""
    return money(Decimal("9999999.99"), ctx.number_format, ctx.profile.currency)


def setup_table(view: QTableView, *, stretch: int, samples: tuple[str, ...]) -> None:
    list_behaviour(view)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(False)
    fm = view.fontMetrics()
    bold = header.font()
    bold.setBold(True)
    header.setFont(bold)
    hfm = header.fontMetrics()
    model = view.model()
    for column, sample in enumerate(samples):
        title = model.headerData(column, Qt.Orientation.Horizontal) if model else ""
        width = max(fm.horizontalAdvance(sample), hfm.horizontalAdvance(str(title or ""))) + PADDING
        header.resizeSection(column, width)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
