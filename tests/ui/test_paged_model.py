"""PagedKeyModel: the Qt model contract, pages fetched on demand, a cache that stays bounded."""
from __future__ import annotations

from array import array
from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from app.ui.paged_model import RIGHT, Column, KeyRole, PagedKeyModel, RowRole


@dataclass(frozen=True)
class Row:
    id: int
    name: str
    amount: int


class FakeFetch:
    """Rows for keys, recording each call; `missing` keys are not returned (deleted rows)."""

    def __init__(self, missing: set[int] = frozenset()):
        self.calls: list[list[int]] = []
        self.missing = missing

    def __call__(self, keys):  # noqa: ANN001, ANN204
        keys = list(keys)
        self.calls.append(keys)
        return [Row(k, f"name {k}", k * 10) for k in keys if k not in self.missing]


COLUMNS = [Column("Id", lambda r: f"{r.id:06d}", value=lambda r: r.id),
           Column("Name", lambda r: r.name, tooltip=lambda r: f"row {r.id}"),
           Column("Amount", lambda r: f"{r.amount:,}", RIGHT, value=lambda r: r.amount)]


def make(keys, fetch=None, **kw):  # noqa: ANN001, ANN003, ANN201
    fetch = fetch or FakeFetch()
    model = PagedKeyModel(COLUMNS, fetch, key_of=lambda r: r.id, **kw)
    model.set_keys(keys)
    return model, fetch


def test_qtmodeltester_on_a_few_thousand_keys(qtmodeltester):
    model, _ = make(list(range(1, 3001)))
    qtmodeltester.check(model)
    model.set_keys(list(range(5000, 2000, -1)))
    qtmodeltester.check(model)
    model.clear()
    qtmodeltester.check(model)


def test_rows_come_from_the_fetch_in_key_order():
    keys = [42, 7, 1000, 3]
    model, fetch = make(keys)
    assert model.rowCount() == 4 and model.columnCount() == 3
    assert [model.data(model.index(r, 0)) for r in range(4)] == ["000042", "000007", "001000", "000003"]
    assert model.data(model.index(2, 2), Qt.ItemDataRole.EditRole) == 10000
    assert model.data(model.index(2, 2), Qt.ItemDataRole.TextAlignmentRole) == RIGHT
    assert model.data(model.index(1, 1), Qt.ItemDataRole.ToolTipRole) == "row 7"
    assert model.data(model.index(3, 0), KeyRole) == 3
    assert model.data(model.index(3, 0), RowRole) == Row(3, "name 3", 30)
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Amount"
    assert fetch.calls == [keys]            # one page, fetched once


def test_nothing_is_fetched_until_asked():
    model, fetch = make(array("q", range(1_000_000)))
    assert model.rowCount() == 1_000_000
    assert model.data(model.index(999_999, 0), KeyRole) == 999_999
    assert fetch.calls == []


def test_the_cache_stays_bounded_across_100000_keys():
    model, fetch = make(list(range(100_000)), page_size=100, max_pages=20)
    limit = model.page_size * model.max_pages
    for row in list(range(0, 100_000, 997)) + list(range(99_999, 0, -1_999)):
        assert model.data(model.index(row, 1)) == f"name {row}"
        assert model.cached_row_count() <= limit
        assert len(model.cached_pages()) <= model.max_pages
    assert all(len(call) <= model.page_size for call in fetch.calls)
    # Rows evicted long ago are fetched again, correctly.
    assert model.data(model.index(0, 0)) == "000000"
    assert model.data(model.index(50_001, 1)) == "name 50001"
    assert model.cached_row_count() <= limit


def test_the_cache_stays_bounded_when_a_view_scrolls(qtbot):
    model, fetch = make(list(range(100_000)), page_size=50, max_pages=6)
    view = QTableView()
    view.verticalHeader().setDefaultSectionSize(20)
    view.setModel(model)
    qtbot.addWidget(view)
    view.resize(600, 400)
    view.show()
    qtbot.waitExposed(view)
    bar = view.verticalScrollBar()
    for value in (0, bar.maximum() // 3, bar.maximum(), 12_345, bar.maximum() // 2, 0):
        bar.setValue(value)
        view.viewport().repaint()
        first = view.rowAt(0)
        assert model.data(model.index(first, 1)) == f"name {first}"
        assert model.cached_row_count() <= 50 * 6
    fetched = sum(len(c) for c in fetch.calls)
    assert fetched < 2_000, "only the pages around what was shown are fetched"


def test_missing_rows_show_empty_and_keep_alignment():
    model, _ = make([1, 2, 3, 4], fetch=FakeFetch(missing={2}))
    assert [model.data(model.index(r, 1)) for r in range(4)] == ["name 1", None, "name 3", "name 4"]
    assert model.data(model.index(1, 0), KeyRole) == 2


def test_a_failing_fetch_is_reported_once(qtbot):
    calls = []

    def broken(keys):  # noqa: ANN001, ANN202
        calls.append(keys)
        raise RuntimeError("the database went away")

    model = PagedKeyModel(COLUMNS, broken, page_size=10)
    model.set_keys(list(range(30)))
    with qtbot.waitSignal(model.fetch_failed) as failed:
        assert model.data(model.index(0, 0)) is None
    assert str(failed.args[0]) == "the database went away"
    assert model.data(model.index(5, 1)) is None and len(calls) == 1


def test_reset_and_stale(qtbot):
    model, fetch = make(list(range(10)))
    model.data(model.index(0, 0))
    with qtbot.waitSignal(model.dataChanged):
        model.mark_stale()
    assert model.cached_row_count() == 0
    model.data(model.index(0, 0))
    assert len(fetch.calls) == 2
    with qtbot.waitSignal(model.modelReset):
        model.set_keys([5, 6])
    assert model.rowCount() == 2 and model.cached_row_count() == 0


def test_bad_sizes_are_refused():
    with pytest.raises(ValueError):
        PagedKeyModel(COLUMNS, FakeFetch(), page_size=0)
