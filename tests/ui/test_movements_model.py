"""The movements model: the Qt model contract (qtmodeltester) on a real ledger, and a million
movements that open without fetching and stay within the bounded cache while scrolled."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from member_file_helpers import member_with_movements
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from app.domain.profiles import EC_COOP, number_format
from app.services import movements
from app.services.movements import Movement, MovementRange
from app.ui import movements_model
from app.ui.desk_context import DeskContext
from app.ui.events import AppEvents
from app.ui.movements_model import MovementColumn, MovementsModel
from app.ui.paged_model import KeyRole, RowRole

D = Decimal


@dataclass(frozen=True)
class FakeContext:
    """What the model reads of a DeskContext (no ledger is touched: fetch is replaced)."""
    ledger: object = None
    actor: object = None
    events: AppEvents | None = None
    profile: object = EC_COOP
    number_format: object = number_format(EC_COOP)


def _synthetic(seqs: list[int]) -> list[Movement]:
    day = date(2026, 1, 1)
    return [Movement(s, s, day + timedelta(days=s // 1000), f"Movement {s}", None,
                     D(s % 1000) + D("0.25"), D(s % 1000) + D("0.25"), D(s) + D("0.50"),
                     f"0001-2026-{s:06d}", s % 97 == 0) for s in seqs]


def test_the_model_contract_on_a_real_ledger(qtmodeltester, ec_ledger):
    teller = ec_ledger.staff("teller")
    days = [date(2026, 3, 1) + timedelta(days=i) for i in range(12)]
    member, account = member_with_movements(ec_ledger, teller, days)
    ctx = DeskContext.open(ec_ledger.ledger, teller, AppEvents())
    model = MovementsModel(ctx, page_size=5, max_pages=2)
    model.set_range(movements.movement_range(ec_ledger.ledger, teller, account))
    assert model.rowCount() == 12 and model.columnCount() == MovementColumn.COUNT
    qtmodeltester.check(model, force_py=True)
    assert model.data(model.index(0, 0)) == "12/03/2026"
    assert model.data(model.index(11, 0), Qt.ItemDataRole.EditRole) == date(2026, 3, 1)
    assert model.data(model.index(0, 0), RowRole).seq == 12
    assert model.data(model.index(0, 0), KeyRole) == 0          # keys are the row numbers
    assert model.row_of_seq(12) == 0 and model.row_of_seq(1) == 11 and model.row_of_seq(13) is None
    model.set_range(None)
    assert model.rowCount() == 0
    qtmodeltester.check(model, force_py=True)


def test_a_million_movements_open_at_once_and_stay_bounded(qtbot, qtmodeltester, monkeypatch):
    calls: list[list[int]] = []

    def fetch(ledger, actor, account_id, seqs):  # noqa: ANN001, ANN202
        calls.append(list(seqs))
        return _synthetic(seqs)
    monkeypatch.setattr(movements_model.movements, "fetch", fetch)
    model = MovementsModel(FakeContext(), page_size=100, max_pages=20)
    model.set_range(MovementRange(7, 1, 1_000_000, date(2025, 1, 1), date(2026, 12, 31)))
    assert model.rowCount() == 1_000_000 and calls == []        # nothing fetched to open it
    assert isinstance(model.keys(), range)                      # no list of a million keys
    assert model.data(model.index(0, 1)) == "Movement 1000000"
    assert model.data(model.index(999_999, 1)) == "Movement 1"
    assert model.data(model.index(999_999, 3)) == "1.25"
    assert model.data(model.index(0, 2)) == ""                  # no debit
    assert model.data(model.index(999_999, 4)) == "1.50"
    reversed_row = 1_000_000 - 97 * 10_000                       # seq 970000 was reversed
    assert model.data(model.index(reversed_row, 1)) == "Movement 970000 (reversed)"
    assert model.data(model.index(reversed_row, 1), Qt.ItemDataRole.FontRole).italic()
    assert model.data(model.index(reversed_row + 1, 1), Qt.ItemDataRole.FontRole) is None

    view = QTableView()
    view.verticalHeader().setDefaultSectionSize(20)
    view.setModel(model)
    qtbot.addWidget(view)
    view.resize(700, 400)
    view.show()
    qtbot.waitExposed(view)
    bar = view.verticalScrollBar()
    for value in (0, bar.maximum() // 3, bar.maximum(), 12_345, bar.maximum() // 2, 0):
        bar.setValue(value)
        view.viewport().repaint()
        first = view.rowAt(0)
        assert model.data(model.index(first, 1)) == f"Movement {1_000_000 - first}"
        assert model.cached_row_count() <= 100 * 20
    assert sum(len(c) for c in calls) < 3_000, "only pages around what was shown are fetched"
    assert all(len(c) <= 100 for c in calls)


def test_currency_and_language_changes_keep_the_contract(qtbot, qtmodeltester, monkeypatch):
    monkeypatch.setattr(movements_model.movements, "fetch",
                        lambda ledger, actor, account_id, seqs: _synthetic(seqs))
    model = MovementsModel(FakeContext(), page_size=10, max_pages=2)
    model.set_range(MovementRange(7, 1, 30, date(2026, 1, 1), date(2026, 1, 31)), "EUR")
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Debit (EUR)"
    with qtbot.waitSignal(model.headerDataChanged, timeout=100):
        model.retranslate()
    assert model.refresh(MovementRange(7, 1, 30, date(2026, 1, 1), date(2026, 1, 31))) is False
    assert model.refresh(MovementRange(7, 1, 31, date(2026, 1, 1), date(2026, 1, 31))) is True
    assert model.rowCount() == 31 and model.data(model.index(0, 1)) == "Movement 31"
    qtmodeltester.check(model, force_py=True)
