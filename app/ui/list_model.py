"""A read-only table model over a short list of rows held whole (a member's loans, the outbox):
headers translated in the subclass's CONTEXT, money columns right-aligned, each row object under
UserRole. Long lists use PagedKeyModel instead."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from .desk_context import DeskContext
from .formatting import business_date, money

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
Index = QModelIndex | QPersistentModelIndex


class ListTableModel(QAbstractTableModel):
    CONTEXT = "ventanilla"
    HEADERS: tuple[str, ...] = ()          # marked with QT_TRANSLATE_NOOP(CONTEXT, ...)
    MONEY: frozenset[int] = frozenset()

    def __init__(self, ctx: DeskContext):
        super().__init__()
        self._ctx = ctx
        self.rows: list = []

    def set_rows(self, rows: list) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802, ANN201
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(self.CONTEXT, self.HEADERS[section])
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.TextAlignmentRole \
                and section in self.MONEY:
            return RIGHT
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(self.rows[index.row()], index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.MONEY:
            return RIGHT
        if role == Qt.ItemDataRole.UserRole:
            return self.rows[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(self.rows[index.row()], index.column())
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, self.columnCount() - 1))
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, self.columnCount() - 1))

    def _money(self, value, code: str) -> str:  # noqa: ANN001
        return money(value, self._ctx.number_format, code)

    def _date(self, value) -> str:  # noqa: ANN001
        return business_date(value, self._ctx.profile) if value else "—"

    def cell(self, row, column: int) -> str:  # noqa: ANN001
        raise NotImplementedError

    def tooltip(self, row, column: int) -> str | None:  # noqa: ANN001
        return None
