"""The verdicts of a member import, row by row, before anything is written (a table model).

`member_import.preview_members` returns every record of the file with its line, document, name
and errors; the model shows them as they are, one row per record, and renders each verdict ("OK",
or "column: reason" per error, the reason a service `Msg` translated) only when the view asks for
it: a file of 10,000 rows costs the model nothing until it is painted. `BadRowsFilter` narrows the
view to the rows with errors.
"""
from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (QAbstractTableModel, QCoreApplication, QModelIndex,
                            QPersistentModelIndex, QSortFilterProxyModel, Qt)
from PySide6.QtGui import QColor

from app.services.member_import import ImportPreview, PreviewRow

from ..i18n import tr_msg
from ..paged_model import CENTER, LEFT

CONTEXT = "ImportPreviewModel"
RowRole = Qt.ItemDataRole.UserRole + 1      # the PreviewRow
BadRole = Qt.ItemDataRole.UserRole + 2      # True when the row has errors
ERROR_COLOR = QColor("#b3261e")
OK_COLOR = QColor("#1e5631")

_Index = QModelIndex | QPersistentModelIndex


class PreviewColumn(IntEnum):
    LINE = 0
    DOCUMENT = 1
    NAME = 2
    VERDICT = 3
    COUNT = 4       # sentinel


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def column_titles() -> tuple[str, ...]:
    return (_tr("Line"), _tr("Document"), _tr("Name"), _tr("Verdict"))


def verdict(row: PreviewRow, imported: bool = False) -> str:
    """'OK' ('Imported' once the import is done), or each error as 'column: reason' (the file's
    column name, the reason translated)."""
    if row.ok:
        return _tr("Imported") if imported else _tr("OK")
    return "; ".join(f"{e.column}: {tr_msg(e.reason)}" for e in row.errors)


class ImportPreviewModel(QAbstractTableModel):
    """Rows = the records of `preview`, in file order.

    Caches: `_rows`, the preview's tuple of PreviewRow as given (not copied, nothing derived is
    kept: verdicts are rendered in data(), so a language change only needs `retranslate()`).
    `set_preview()` resets the model to another file (or to none); `set_imported(True)` says
    the good rows were imported (their verdict reads "Imported").
    """

    def __init__(self, parent=None):  # noqa: ANN001
        super().__init__(parent)
        self.preview: ImportPreview | None = None
        self._rows: tuple[PreviewRow, ...] = ()
        self._titles = column_titles()
        self.imported = False

    def set_preview(self, preview: ImportPreview | None) -> None:
        self.beginResetModel()
        self.preview = preview
        self._rows = preview.rows if preview is not None else ()
        self.imported = False
        self.endResetModel()

    def set_imported(self, imported: bool) -> None:
        self.imported = imported
        self._verdicts_changed()

    def retranslate(self) -> None:
        """Titles and verdicts in the language just installed (no reset: selection stays)."""
        self._titles = column_titles()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, PreviewColumn.COUNT - 1)
        self._verdicts_changed()

    def _verdicts_changed(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0, PreviewColumn.VERDICT),
                                  self.index(len(self._rows) - 1, PreviewColumn.VERDICT))

    def row_at(self, row: int) -> PreviewRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    # --- Qt model interface --------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else PreviewColumn.COUNT

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == RowRole:
            return row
        if role == BadRole:
            return not row.ok
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return CENTER if column == PreviewColumn.LINE else LEFT
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == PreviewColumn.VERDICT:
                return OK_COLOR if row.ok else ERROR_COLOR
            return None
        if role == Qt.ItemDataRole.EditRole and column == PreviewColumn.LINE:
            return row.line
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == PreviewColumn.LINE:
                return str(row.line)
            if column == PreviewColumn.DOCUMENT:
                return row.document
            if column == PreviewColumn.NAME:
                return row.name
            return verdict(row, self.imported)
        if role == Qt.ItemDataRole.ToolTipRole and column in (PreviewColumn.NAME,
                                                             PreviewColumn.VERDICT):
            return row.name if column == PreviewColumn.NAME else verdict(row, self.imported)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < PreviewColumn.COUNT:
            if role == Qt.ItemDataRole.DisplayRole:
                return self._titles[section]
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return CENTER if section == PreviewColumn.LINE else LEFT
        return super().headerData(section, orientation, role)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemNeverHasChildren)


class BadRowsFilter(QSortFilterProxyModel):
    """All rows, or (`set_only_bad(True)`) only those with errors; file order either way."""

    def __init__(self, parent=None):  # noqa: ANN001
        super().__init__(parent)
        self.only_bad = False

    def set_only_bad(self, only_bad: bool) -> None:
        if only_bad == self.only_bad:
            return
        self.beginFilterChange()
        self.only_bad = only_bad
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:  # noqa: N802
        if not self.only_bad:
            return True
        model = self.sourceModel()
        return bool(model.data(model.index(source_row, 0, source_parent), BadRole))
