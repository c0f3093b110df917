"""The Movements tab on a real ledger: newest first, date ranges, the last 10 on the Summary,
CSV export, the statement PDF and receipt reprints through the PDF preview."""
from __future__ import annotations

import csv
from datetime import date, timedelta
from decimal import Decimal

from member_file_helpers import desk_window, member_with_movements, pdf_text
from PySide6.QtCore import QDate, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog

from app.services import cash_ops, movements
from app.services.cash_ops import DEPOSIT, CashRequest
from app.ui.pdf_preview import PdfPreview, print_document

D = Decimal
START = date(2026, 1, 5)
DAYS = [START + timedelta(days=9 * i) for i in range(14)]          # 05/01 .. 02/05/2026
AMOUNTS = [D("-20.00") if i % 3 == 2 else D("100.00") + i for i in range(14)]
BALANCES = [sum(AMOUNTS[:i + 1]) for i in range(14)]


def dmy(day: date) -> str:
    return day.strftime("%d/%m/%Y")


def _open(qtbot, lut):  # noqa: ANN001, ANN202
    teller = lut.staff("teller")
    member, account = member_with_movements(lut, teller, DAYS)
    window = desk_window(qtbot, lut, teller)
    window.open_member(member.id)
    page = window.member_file
    page.summary.select_account(account)
    return window, page, teller, member, account


def _texts(model, column: int) -> list[str]:  # noqa: ANN001
    return [model.data(model.index(r, column)) for r in range(model.rowCount())]


def test_movements_newest_first_in_the_institution_format(qtbot, ec_ledger):
    _window, page, _teller, member, account = _open(qtbot, ec_ledger)
    # The Summary shows the last 10 of the highlighted account.
    last = page.summary.last_model
    assert last.rowCount() == 10
    assert _texts(last, 0) == [dmy(d) for d in reversed(DAYS[4:])]
    page.show_movements()
    view = page.movements
    assert view.current_account_id() == account
    model = view.model
    assert model.rowCount() == 14                                   # the last 12 months
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)] == [
        "Date", "Description", "Debit (USD)", "Credit (USD)", "Balance (USD)", "Receipt no."]
    dates = _texts(model, 0)
    assert dates == [dmy(d) for d in reversed(DAYS)]                # newest first
    assert _texts(model, 1)[:3] == ["Cash deposit", "Cash deposit", "Cash withdrawal"]
    assert _texts(model, 3)[-1] == "100.00" and _texts(model, 2)[-1] == ""
    assert _texts(model, 2)[2] == "20.00"
    total = BALANCES[-1]
    assert _texts(model, 4) == [f"{b:,.2f}" for b in reversed(BALANCES)]     # 1,349.00 ...
    assert model.data(model.index(0, 4), Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert model.data(model.index(0, 4), Qt.ItemDataRole.EditRole) == total
    assert _texts(model, 5)[0].startswith("0001-2026-")
    assert view.from_edit.date() == QDate(2025, 5, 2) and view.to_edit.date() == QDate(2026, 5, 2)
    assert view.count_label.text() == "14 movements"
    assert view.balance_label.text() == f"Opening balance 0.00 · Closing balance {total:,.2f}"
    assert view.view.currentIndex().row() == 0 and view.receipt_button.isEnabled()
    assert member.accounts[0].product == "capital"                 # the other account: empty
    view.select_account(member.accounts[0].id)
    assert model.rowCount() == 0 and view.count_label.text() == "No movements in these dates"
    assert not view.csv_button.isEnabled()


def test_choosing_dates_and_following_new_movements(qtbot, ec_ledger):
    window, page, teller, member, account = _open(qtbot, ec_ledger)
    view = page.movements
    page.show_movements()
    view.from_edit.setDate(QDate(2026, 2, 1))
    view.to_edit.setDate(QDate(2026, 2, 28))
    qtbot.waitUntil(lambda: view.model.rowCount() == 4)             # debounced
    assert _texts(view.model, 0) == ["28/02/2026", "19/02/2026", "10/02/2026", "01/02/2026"]
    view.from_edit.setDate(QDate(2026, 3, 1))                        # after "to": the service says
    qtbot.waitUntil(lambda: view.message.text() != "")
    assert view.message.text() == "From: The first date is after the last one."
    assert view.model.rowCount() == 0
    view.last_12_months()
    assert view.model.rowCount() == 14 and view.message.text() == ""
    # A deposit later that day: the page follows the ledger (events.changed).
    view.view.setCurrentIndex(view.model.index(3, 0))
    selected = view.selected_movement().seq
    result = cash_ops.execute(ec_ledger.ledger, teller, DEPOSIT,
                              CashRequest(account, D("5.00"), member.id), "later")
    window._ctx.events.notify(result)
    assert view.model.rowCount() == 15
    assert _texts(view.model, 3)[0] == "5.00"
    assert view.selected_movement().seq == selected                 # the selection stayed put
    assert page.summary.last_model.data(page.summary.last_model.index(0, 3)) == "5.00"
    # The business date moves on; the default range moves with it.
    ec_ledger.set_business_date(date(2027, 6, 1))
    window._ctx.events.notify(None)
    assert view.to_edit.date() == QDate(2027, 6, 1)
    assert view.model.rowCount() == 0


def test_csv_export_writes_the_header_and_the_rows(qtbot, ec_ledger, tmp_path, monkeypatch):
    _window, page, _teller, _member, _account = _open(qtbot, ec_ledger)
    view = page.movements
    page.show_movements()
    view.set_dates(date(2026, 2, 1), date(2026, 2, 28))
    target = tmp_path / "feb"
    asked = {}

    def save_name(parent, caption, start, filters):  # noqa: ANN001, ANN202
        asked.update(caption=caption, start=start, filters=filters)
        return str(target), filters
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
    with qtbot.waitSignal(view.exported, timeout=10_000) as done:
        qtbot.mouseClick(view.csv_button, Qt.MouseButton.LeftButton)
    assert done.args == [str(target) + ".csv"]
    assert asked["start"].endswith("movements-0001-000001-10-20260201-20260228.csv")
    assert asked["filters"] == "CSV files (*.csv)"
    text = (tmp_path / "feb.csv").read_text(encoding="utf-8-sig")
    rows = list(csv.reader(text.splitlines()))
    assert rows[0] == ["Date", "Description", "Debit (USD)", "Credit (USD)", "Balance (USD)",
                       "Receipt no."]
    assert [r[0] for r in rows[1:]] == ["2026-02-28", "2026-02-19", "2026-02-10", "2026-02-01"]
    assert rows[1][1:5] == ["Cash deposit", "", "106.00", f"{BALANCES[6]:.2f}"]
    assert rows[2][1:4] == ["Cash withdrawal", "20.00", ""]
    assert view.message.text() == f"Saved to {target}.csv" and view.csv_button.isEnabled()


def test_statement_pdf_in_the_preview_then_saved_and_printed(qtbot, ec_ledger, tmp_path, monkeypatch):
    _window, page, _teller, _member, _account = _open(qtbot, ec_ledger)
    view = page.movements
    page.show_movements()
    view.set_dates(date(2026, 2, 1), date(2026, 3, 31))
    with qtbot.waitSignal(view.preview_opened, timeout=15_000) as shown:
        qtbot.mouseClick(view.pdf_button, Qt.MouseButton.LeftButton)
    preview: PdfPreview = shown.args[0]
    assert preview.isVisible() and preview.isModal()
    assert preview.windowTitle() == "Statement of account 0001-000001-10"
    assert preview.page_count() == 1 and preview.page_label.text() == "Page 1 of 1"
    text = pdf_text(preview.pdf_bytes)
    header = movements.statement_header(ec_ledger.ledger, ec_ledger.admin, view.model.range)
    for expected in ("Cooperativa de Prueba", "Account statement", "0001-000001-10",
                     "Savings account", "Luis Andrade Mena", "from 01/02/2026 to 31/03/2026",
                     "Opening balance", f"{header.opening:,.2f}", "Closing balance",
                     f"{header.closing:,.2f}", "19/02/2026", "Cash withdrawal", "Page 1 of 1",
                     "Number of movements: 7"):
        assert expected in text, expected
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a: (str(tmp_path / "statement"), "")))
    assert preview.save_dialog() == str(tmp_path / "statement.pdf")
    assert (tmp_path / "statement.pdf").read_bytes() == preview.pdf_bytes
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert print_document(preview.document, printer) == 1
    assert (tmp_path / "printed.pdf").stat().st_size > 1000
    preview.close()


def test_reprint_the_receipt_of_a_movement(qtbot, ec_ledger):
    _window, page, _teller, _member, _account = _open(qtbot, ec_ledger)
    view = page.movements
    page.show_movements()
    view.view.setCurrentIndex(view.model.index(2, 0))
    movement = view.selected_movement()
    assert movement.debit == D("20.00")
    with qtbot.waitSignal(view.preview_opened) as shown:
        qtbot.mouseClick(view.receipt_button, Qt.MouseButton.LeftButton)
    preview = shown.args[0]
    assert preview.windowTitle() == f"Receipt {movement.receipt}"
    assert preview.suggested_name == f"receipt-{movement.receipt}.pdf"
    text = pdf_text(preview.pdf_bytes)
    for expected in (movement.receipt, "Cash withdrawal", "Andrade Mena, Luis", "$20.00",
                     "twenty dollars"):
        assert expected in text, expected
    preview.close()
