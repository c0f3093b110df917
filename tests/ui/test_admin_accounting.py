"""The accountant's panel: the trial balance at a date with its totals row, saved as CSV; the
journal of a date range exported to the file chosen; bad ranges and roles that may not read the
books refused on the panel."""
from __future__ import annotations

from cash_helpers import D, ec_member
from PySide6.QtCore import QDate, QEvent
from PySide6.QtWidgets import QApplication, QFileDialog

from app.services import accounting, cash_ops, drawer
from app.services.cash_ops import CashRequest
from app.services.institution import institution_view
from app.ui.admin.accounting import AccountingPanel
from app.ui.desk_context import DeskContext
from app.ui.events import AppEvents


def counter_day(lut):  # noqa: ANN001, ANN202
    """A teller's drawer opened with 300.00 and a cash deposit of 120.40."""
    teller = lut.staff("teller")
    member, savings = ec_member(lut, teller, "Luis", "Andrade Mena", 3001001)
    drawer.open_drawer(lut.ledger, teller, {"100": 3})
    cash_ops.execute(lut.ledger, teller, "cash_deposit",
                     CashRequest(savings, D("120.40"), member.id), "acc-1")
    return teller


def make_panel(qtbot, lut, actor):  # noqa: ANN001, ANN201
    ctx = DeskContext.open(lut.ledger, actor, AppEvents())
    panel = AccountingPanel(ctx)
    panel._test_events = ctx.events
    qtbot.addWidget(panel)
    panel.resize(1000, 640)
    panel.show()
    qtbot.waitExposed(panel)
    qtbot.waitUntil(lambda: not panel.trial_balance.busy, timeout=20_000)
    return panel


def cells(table, row):  # noqa: ANN001, ANN201
    return [table.item(row, c).text() for c in range(table.columnCount())]


def save_to(monkeypatch, path):  # noqa: ANN001, ANN201
    asked = []

    def save_name(parent, caption, start, filters):  # noqa: ANN001, ANN202
        asked.append((caption, start, filters))
        return str(path), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
    return asked


def test_trial_balance_at_the_business_date_with_totals_and_csv(qtbot, ec_ledger, monkeypatch,
                                                               tmp_path):
    counter_day(ec_ledger)
    supervisor = ec_ledger.staff("supervisor")
    today = institution_view(ec_ledger.ledger, supervisor).business_date
    panel = make_panel(qtbot, ec_ledger, supervisor)
    card = panel.trial_balance
    assert card.at_edit.date() == QDate(today.year, today.month, today.day)
    tb = accounting.trial_balance(ec_ledger.ledger, supervisor, today)
    table = card.table
    assert table.rowCount() == len(tb.lines) + 1
    headers = [table.horizontalHeaderItem(c).text() for c in range(5)]
    assert headers == ["Code", "Account", "Debit (USD)", "Credit (USD)", "Balance (USD)"]
    rows = {cells(table, r)[0]: cells(table, r) for r in range(table.rowCount() - 1)}
    assert rows["110105"][1:] == ["Cash", "420.40", "300.00", "120.40"]   # vault to drawer
    assert rows["210135"][2:] == ["0.00", "120.40", "-120.40"]
    total = cells(table, table.rowCount() - 1)
    assert total == ["", "Total", "420.40", "420.40", "0.00"]
    assert table.item(table.rowCount() - 1, 1).font().bold()
    assert f"Accounts with postings: {len(tb.lines)}." in card.note.text()

    asked = save_to(monkeypatch, tmp_path / "balance")
    card.save_button.click()
    caption, start, filters = asked[0]
    assert caption == "Save the trial balance" and "*.csv" in filters
    assert start.endswith(f"trial-balance-{today.isoformat()}.csv")
    saved = tmp_path / "balance.csv"
    lines = saved.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == "chart_code,name,debit,credit,balance"
    assert "110105,Cash,420.40,300.00,120.40" in lines and len(lines) == len(tb.lines) + 1
    assert str(saved) in card.done_label.text()

    card.at_edit.setDate(QDate(today.year, today.month, today.day).addDays(-1))
    card.show_button.click()
    qtbot.waitUntil(lambda: not card.busy, timeout=20_000)
    assert card.table.rowCount() == 1                       # nothing posted before: totals only
    assert cells(card.table, 0) == ["", "Total", "0.00", "0.00", "0.00"]


def test_the_trial_balance_follows_the_desks_changes(qtbot, ec_ledger):
    supervisor = ec_ledger.staff("supervisor")
    panel = make_panel(qtbot, ec_ledger, supervisor)
    card = panel.trial_balance
    assert card.table.rowCount() == 1                       # a fresh ledger: no postings yet
    counter_day(ec_ledger)
    panel._test_events.notify(None)
    qtbot.waitUntil(lambda: not card.busy and card.table.rowCount() > 1, timeout=20_000)
    total = cells(card.table, card.table.rowCount() - 1)
    assert total[2] == total[3] == "420.40"


def test_journal_export_writes_the_file_and_says_how_many_lines(qtbot, ec_ledger, monkeypatch,
                                                                tmp_path):
    counter_day(ec_ledger)
    panel = make_panel(qtbot, ec_ledger, ec_ledger.staff("auditor"))
    journal = panel.journal
    today = institution_view(ec_ledger.ledger, ec_ledger.admin).business_date
    assert journal.from_edit.date() == QDate(today.year, today.month, 1)
    assert journal.to_edit.date() == QDate(today.year, today.month, today.day)
    asked = save_to(monkeypatch, tmp_path / "diario")
    journal.export_button.click()
    qtbot.waitUntil(lambda: not journal.busy and journal.path != "", timeout=20_000)
    caption, start, _filters = asked[0]
    assert caption == "Export the journal"
    assert start.endswith(f"journal-{today.replace(day=1).isoformat()}-{today.isoformat()}.csv")
    saved = tmp_path / "diario.csv"
    lines = saved.read_text(encoding="utf-8").splitlines()
    assert lines[0].split(",") == list(accounting.JOURNAL_HEADER)
    assert len(lines) == 1 + 4 and any(",210135,,120.40," in ln for ln in lines)
    said = journal.done_label.text()
    assert str(saved) in said and ": 4 lines, one per posting" in said
    assert not journal.error.isVisible()


def test_a_range_that_ends_before_it_starts_is_refused_naming_the_field(qtbot, ec_ledger,
                                                                       monkeypatch, tmp_path):
    panel = make_panel(qtbot, ec_ledger, ec_ledger.admin)
    journal = panel.journal
    asked = save_to(monkeypatch, tmp_path / "never")
    journal.from_edit.setDate(journal.to_edit.date().addDays(1))
    journal.export_button.click()
    qtbot.waitUntil(lambda: journal.error.isVisible(), timeout=20_000)
    assert journal.error.text() == "From: The first date is after the last one."
    assert asked == [] and not (tmp_path / "never.csv").exists()
    assert journal.export_button.isEnabled() and not journal.done_label.isVisible()


def test_a_teller_is_refused_on_the_panel(qtbot, ec_ledger, monkeypatch, tmp_path):
    teller = counter_day(ec_ledger)
    panel = make_panel(qtbot, ec_ledger, teller)
    card = panel.trial_balance
    assert card.error.isVisible() and "may not do this" in card.error.text()
    assert card.table.rowCount() == 0 and not card.save_button.isEnabled()
    assert card.save_csv() == ""
    asked = save_to(monkeypatch, tmp_path / "never")
    panel.journal.export()
    qtbot.waitUntil(lambda: panel.journal.error.isVisible(), timeout=20_000)
    assert "may not do this" in panel.journal.error.text() and asked == []


def test_a_language_change_keeps_the_rows(qtbot, ec_ledger):
    counter_day(ec_ledger)
    panel = make_panel(qtbot, ec_ledger, ec_ledger.admin)
    rows = panel.trial_balance.table.rowCount()
    QApplication.sendEvent(panel.trial_balance, QEvent(QEvent.Type.LanguageChange))
    QApplication.sendEvent(panel.journal, QEvent(QEvent.Type.LanguageChange))
    assert panel.trial_balance.table.rowCount() == rows
    assert panel.journal.export_button.text() == "&Export journal…"
    at = panel.trial_balance.at_edit
    assert at.maximumDate() == at.date()                    # no trial balance of the future
