"""The movements of one account over a date range, newest first, fetched by page.

`movements.movement_range` turns the dates into a range of the account's sequence numbers; the
rows are `range(len(rng))` (row 0 = the newest, `rng.seq_at(row)`), so the model holds no list
at all and a million movements open as fast as ten. Pages of rows come from `movements.fetch`
into PagedKeyModel's bounded cache.
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal
from enum import IntEnum
from typing import Any

from babel.dates import format_date
from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from app.domain.money import NumberFormat
from app.services import movements

from .desk_context import DeskContext
from .formatting import money
from .paged_model import CENTER, RIGHT, Column, PagedKeyModel, RowRole

CONTEXT = "MovementsModel"
DATE_PATTERN = "dd/MM/yyyy"          # babel pattern: 08/03/2026 in es_ES and es_EC alike
REVERSED_COLOR = QColor("#7a828c")


class MovementColumn(IntEnum):
    DATE = 0
    DESCRIPTION = 1
    DEBIT = 2
    CREDIT = 3
    BALANCE = 4
    RECEIPT = 5
    COUNT = 6       # sentinel


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def short_date(value: date, locale: str) -> str:
    return format_date(value, DATE_PATTERN, locale=locale)


def movement_headers(currency_code: str) -> tuple[str, ...]:
    """The column titles (also the CSV header), translated, with the currency where it matters."""
    return (_tr("Date"), _tr("Description"),
            _tr("Debit (%1)").replace("%1", currency_code),
            _tr("Credit (%1)").replace("%1", currency_code),
            _tr("Balance (%1)").replace("%1", currency_code),
            _tr("Receipt no."))


def _amount(value: Decimal | None, fmt: NumberFormat, code: str) -> str:
    return "" if value is None else money(value, fmt, code)


def movement_columns(fmt: NumberFormat, currency_code: str, locale: str) -> list[Column]:
    titles = movement_headers(currency_code)

    def description(m: movements.Movement) -> str:
        text = QCoreApplication.translate("ventanilla", m.description)
        return _tr("%1 (reversed)").replace("%1", text) if m.reversed else text

    return [
        Column(titles[0], lambda m: short_date(m.business_date, locale), CENTER,
               value=lambda m: m.business_date),
        Column(titles[1], description, tooltip=description),
        Column(titles[2], lambda m: _amount(m.debit, fmt, currency_code), RIGHT,
               value=lambda m: m.debit),
        Column(titles[3], lambda m: _amount(m.credit, fmt, currency_code), RIGHT,
               value=lambda m: m.credit),
        Column(titles[4], lambda m: _amount(m.balance_after, fmt, currency_code), RIGHT,
               value=lambda m: m.balance_after),
        Column(titles[5], lambda m: m.receipt, CENTER),
    ]


class MovementsModel(PagedKeyModel):
    """The rows of a `MovementRange`, newest first.

    Caches: `_rng` the range shown (None before the first `set_range`); the pages of Movement
    rows live in PagedKeyModel's `_pages` (at most `max_pages` x `page_size` rows). Keys are the
    row numbers themselves (`range(len(rng))`), so nothing grows with the range.
    """

    def __init__(self, ctx: DeskContext, currency_code: str | None = None, *, page_size: int = 100,
                 max_pages: int = 20, parent=None):  # noqa: ANN001
        self._ctx = ctx
        self._rng: movements.MovementRange | None = None
        self._currency = currency_code or ctx.profile.currency
        super().__init__(self._make_columns(), self._fetch_rows, key_of=self._row_of_movement,
                         page_size=page_size, max_pages=max_pages, parent=parent)

    def _make_columns(self) -> list[Column]:
        return movement_columns(self._ctx.number_format, self._currency, self._ctx.profile.locale)

    # --- the range -----------------------------------------------------------------------------

    @property
    def range(self) -> movements.MovementRange | None:
        return self._rng

    @property
    def currency(self) -> str:
        return self._currency

    def set_range(self, rng: movements.MovementRange | None, currency_code: str | None = None) -> None:
        """Show `rng` (a reset); None shows nothing. The currency names the money columns."""
        if currency_code and currency_code != self._currency:
            self._currency = currency_code
            self._columns_changed()
        self._rng = rng
        self.set_keys(range(len(rng)) if rng is not None else ())

    def _columns_changed(self) -> None:
        self.beginResetModel()
        self._columns = tuple(self._make_columns())      # PagedKeyModel reads self._columns
        self.endResetModel()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, MovementColumn.COUNT - 1)

    def retranslate(self) -> None:
        """New column titles and descriptions in the language just installed (no reset)."""
        self._columns = tuple(self._make_columns())
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, MovementColumn.COUNT - 1)
        self.mark_stale()

    def refresh(self, rng: movements.MovementRange) -> bool:
        """The ledger may have changed: show `rng` if it differs (True), else repaint the rows."""
        if rng == self._rng:
            self.mark_stale()
            return False
        self.set_range(rng)
        return True

    def row_of_seq(self, seq: int) -> int | None:
        if self._rng is None or not self._rng.first_seq <= seq <= self._rng.last_seq:
            return None
        return self._rng.last_seq - seq

    def movement(self, row: int) -> movements.Movement | None:
        return self.row_of(row)

    # --- fetching ------------------------------------------------------------------------------

    def _fetch_rows(self, rows: list[int]) -> list[movements.Movement]:
        rng = self._rng
        if rng is None or not rows:
            return []
        return movements.fetch(self._ctx.ledger, self._ctx.actor, rng.account_id,
                               [rng.seq_at(r) for r in rows])

    def _row_of_movement(self, m: movements.Movement) -> int:
        return self._rng.last_seq - m.seq if self._rng is not None else -1

    # --- Qt ------------------------------------------------------------------------------------

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole):
            m = super().data(index, RowRole) if index.isValid() else None
            if m is None or not m.reversed:
                return None
            if role == Qt.ItemDataRole.ForegroundRole:
                return REVERSED_COLOR
            font = QFont()
            font.setItalic(True)
            return font
        return super().data(index, role)
