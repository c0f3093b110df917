"""A table model over an ordered list of keys whose rows are fetched by page, on demand.

ARCHITECTURE.md, "long lists": the service returns the ordered keys of the whole result (a compact
array), the model reports that many rows, and the view's requests for visible rows pull pages of
rows from the service into a bounded cache (Anki's `browser/table/model.py`). A list of a million
rows opens as fast as one of ten, the scroll bar can jump anywhere, and memory stays flat.
"""
from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

KeyRole = Qt.ItemDataRole.UserRole + 1      # the row's key (a member id, a posting id...)
RowRole = Qt.ItemDataRole.UserRole + 2      # the fetched row object (None while unavailable)

LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    """One column: its (already translated) title, the text shown for a row, its alignment, and
    optionally the exact value behind the text (EditRole/UserRole; defaults to the text)."""
    title: str
    display: Callable[[Any], str]
    align: Qt.AlignmentFlag = LEFT
    value: Callable[[Any], object] | None = None
    tooltip: Callable[[Any], str] | None = None


class PagedKeyModel(QAbstractTableModel):
    """Rows = `keys`, in order; a row's data comes from `fetch(keys_of_one_page) -> rows`.

    Caches:
      `_keys`   the ordered keys of the whole result, as given (a list, tuple or array('q'); not
                copied). Its length is the row count.
      `_pages`  OrderedDict page number -> list of rows (or None for a key the fetch did not
                return), least recently used first; at most `max_pages` pages of `page_size`
                rows, so at most max_pages * page_size rows are ever held.
    `mark_stale()` drops `_pages` and repaints (the rows are fetched again when next shown);
    `set_keys()` resets the model to a new result.

    `fetch` may return fewer rows than keys (a row deleted meanwhile): with `key_of` the rows are
    matched to keys by it and a missing one shows empty; without it rows must come in key order.
    A failing fetch emits `fetch_failed(exception)` once and shows that page empty until the
    next `mark_stale()`/`set_keys()`; nothing escapes into Qt's paint code.
    """

    fetch_failed = Signal(object)

    def __init__(self, columns: Sequence[Column], fetch: Callable[[Sequence[Hashable]], list],
                 *, key_of: Callable[[Any], Hashable] | None = None, page_size: int = 100,
                 max_pages: int = 20, parent=None):  # noqa: ANN001
        super().__init__(parent)
        if page_size < 1 or max_pages < 1:
            raise ValueError("page_size and max_pages must be positive")
        self._columns = tuple(columns)
        self._fetch = fetch
        self._key_of = key_of
        self.page_size = page_size
        self.max_pages = max_pages
        self._keys: Sequence[Hashable] = ()
        self._pages: OrderedDict[int, list] = OrderedDict()

    # --- the result ----------------------------------------------------------------------------

    def set_keys(self, keys: Sequence[Hashable]) -> None:
        """Show a new result (a reset: the views drop their selection and scroll position)."""
        self.beginResetModel()
        self._keys = keys
        self._pages.clear()
        self.endResetModel()

    def clear(self) -> None:
        self.set_keys(())

    def mark_stale(self) -> None:
        """The rows may have changed (same keys): forget the fetched pages and repaint."""
        self._pages.clear()
        if self._keys:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._keys) - 1, len(self._columns) - 1))

    def keys(self) -> Sequence[Hashable]:
        return self._keys

    def key(self, row: int) -> Hashable:
        return self._keys[row]

    def row_of(self, row: int) -> Any:
        """The fetched row object at `row` (fetching its page), or None."""
        if not 0 <= row < len(self._keys):
            return None
        page_no, offset = divmod(row, self.page_size)
        page = self._page(page_no)
        return page[offset] if offset < len(page) else None

    def cached_row_count(self) -> int:
        return sum(len(p) for p in self._pages.values())

    def cached_pages(self) -> list[int]:
        return list(self._pages)

    # --- the cache -----------------------------------------------------------------------------

    def _page(self, page_no: int) -> list:
        page = self._pages.get(page_no)
        if page is not None:
            self._pages.move_to_end(page_no)
            return page
        start = page_no * self.page_size
        keys = list(self._keys[start:start + self.page_size])
        try:
            rows = list(self._fetch(keys))
        except Exception as exc:  # noqa: BLE001 - reported through the signal, shown empty
            rows = [None] * len(keys)
            self.fetch_failed.emit(exc)
        else:
            if self._key_of is not None:
                by_key = {self._key_of(r): r for r in rows}
                rows = [by_key.get(k) for k in keys]
            else:
                rows = (rows + [None] * len(keys))[:len(keys)]
        self._pages[page_no] = rows
        while len(self._pages) > self.max_pages:
            self._pages.popitem(last=False)
        return rows

    # --- Qt model interface --------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._keys)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._keys):
            return None
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return column.align
        if role == KeyRole:
            return self._keys[index.row()]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole,
                        Qt.ItemDataRole.ToolTipRole, RowRole):
            return None
        row = self.row_of(index.row())
        if role == RowRole or row is None:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(row)
        if role == Qt.ItemDataRole.EditRole:
            return column.value(row) if column.value else column.display(row)
        return column.tooltip(row) if column.tooltip else None

    def set_titles(self, titles: Sequence[str]) -> None:
        """New column titles (after a language change); the columns stay as they are."""
        self._columns = tuple(replace(c, title=t) for c, t in zip(self._columns, titles, strict=True))
        if self._columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._columns[section].title
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return self._columns[section].align
        return super().headerData(section, orientation, role)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
