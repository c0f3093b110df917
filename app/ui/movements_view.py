"""The Movements tab of the member file: one account's movements over a date range, newest first
(the last 12 months, following the business date, until the teller picks dates), with CSV
export, the statement PDF and receipt reprints; long exports and statements run off the GUI thread.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import (QComboBox, QDateEdit, QFileDialog, QHBoxLayout, QLabel,
                               QPushButton, QTableView, QVBoxLayout, QWidget)

from app.services import members, movements

from .desk_context import DeskContext
from .formatting import money
from .i18n import render_error, translate
from .member_file.background import run_in_background
from .member_file.movement_documents import (csv_work, receipt_pdf, statement_work,
                                             suggested_path)
from .member_file.tables import money_sample, setup_table
from .movements_model import MovementsModel, movement_headers
from .pdf_preview import show_pdf
from .retranslate import Retranslatable

RELOAD_MS = 300
MAX_STATEMENT_MOVEMENTS = 20_000


class MovementsView(Retranslatable, QWidget):
    """`exported(path)` after a CSV is written; `preview_opened(dialog)` when a statement or a
    receipt is shown."""

    exported = Signal(str)
    preview_opened = Signal(object)

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("MovementsView")
        self._ctx = ctx
        self._accounts: tuple[members.AccountRow, ...] = ()
        self._follow_today = True       # the default range moves with the business date
        self.busy = False
        self._header: movements.StatementHeader | None = None

        self.account_combo = QComboBox(objectName="AccountCombo")
        self.from_edit, self.to_edit = QDateEdit(objectName="FromDate"), QDateEdit(objectName="ToDate")
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.dateChanged.connect(self._dates_edited)
        self.year_button = QPushButton(objectName="YearButton", autoDefault=False)
        self.count_label = QLabel(objectName="CountLabel")
        self.model = MovementsModel(ctx, parent=self)
        self.model.fetch_failed.connect(lambda exc: self.say(render_error(exc), error=True))
        self.view = QTableView(objectName="MovementTable")
        self.view.setModel(self.model)
        amount = money_sample(ctx)
        setup_table(self.view, stretch=1,
                    samples=("00/00/0000", "", amount, amount, amount, "0000-0000-000000"))
        self.balance_label = QLabel(objectName="BalanceLabel")
        self.message = QLabel(objectName="MessageLabel", wordWrap=True)
        self.csv_button = QPushButton(objectName="CsvButton")
        self.pdf_button = QPushButton(objectName="StatementButton")
        self.receipt_button = QPushButton(objectName="ReceiptButton")

        top = QHBoxLayout()
        top.setSpacing(8)
        self.captions = [QLabel() for _ in range(3)]
        for label, widget in zip(self.captions, (self.account_combo, self.from_edit, self.to_edit)):
            label.setBuddy(widget)
            top.addWidget(label)
            top.addWidget(widget)
            top.addSpacing(8)
        top.addWidget(self.year_button)
        top.addStretch(1)
        top.addWidget(self.count_label)
        bottom = QHBoxLayout()
        bottom.addWidget(self.balance_label)
        bottom.addWidget(self.message, 1)
        for button in (self.csv_button, self.pdf_button, self.receipt_button):
            bottom.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 10, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)

        self._timer = QTimer(self, singleShot=True, interval=RELOAD_MS)
        self._timer.timeout.connect(self.reload)
        self.account_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.year_button.clicked.connect(self.last_12_months)
        for button, handler in ((self.csv_button, self.export_csv),
                                (self.pdf_button, self.statement_pdf),
                                (self.receipt_button, self.reprint_receipt)):
            button.setAutoDefault(False)
            button.clicked.connect(handler)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)
        self._update_buttons()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        for label, text in zip(self.captions, (self.tr("&Account"), self.tr("&From"),
                                               self.tr("&To"))):
            label.setText(text)
            label.ensurePolished()      # measured kerned, drawn not: "To" would lose its "o"
            label.setMinimumWidth(sum(label.fontMetrics().horizontalAdvance(c)
                                      for c in text.replace("&", "")) + 2)
        self.year_button.setText(self.tr("Last 12 months"))
        self.csv_button.setText(self.tr("Export &CSV…"))
        self.pdf_button.setText(self.tr("&Statement PDF"))
        self.receipt_button.setText(self.tr("&Reprint receipt"))
        self.model.retranslate()
        self._name_accounts()
        if self.model.range is not None:
            self._describe(self._header)

    # --- which account and which dates ---------------------------------------------------------

    def set_member(self, member: members.MemberFile, account_id: int | None = None) -> None:
        keep = account_id or self.current_account_id()
        same = [a.id for a in member.accounts] == [a.id for a in self._accounts]
        self._accounts = member.accounts
        if not same:
            self.account_combo.blockSignals(True)
            self.account_combo.clear()
            for acc in member.accounts:
                self.account_combo.addItem("", acc.id)
            self._name_accounts()
            self.account_combo.blockSignals(False)
            self._follow_today = True
        self.select_account(keep if keep in [a.id for a in member.accounts] else None, force=True)

    def _name_accounts(self) -> None:
        for i, acc in enumerate(self._accounts):
            self.account_combo.setItemText(i, f"{acc.number} · {translate(acc.product_label)}")

    def current_account(self) -> members.AccountRow | None:
        index = self.account_combo.currentIndex()
        return self._accounts[index] if 0 <= index < len(self._accounts) else None

    def current_account_id(self) -> int | None:
        acc = self.current_account()
        return acc.id if acc else None

    def select_account(self, account_id: int | None, force: bool = False) -> None:
        index = max(0, self.account_combo.findData(account_id)) if account_id else 0
        if index != self.account_combo.currentIndex() or force:
            self.account_combo.blockSignals(True)
            self.account_combo.setCurrentIndex(index)
            self.account_combo.blockSignals(False)
            self.reload()

    def _dates_edited(self) -> None:
        self._follow_today = False
        self._timer.start()

    def set_dates(self, date_from, date_to) -> None:  # noqa: ANN001 - datetime.date
        """Show the movements between two dates (as if the teller had typed them)."""
        self._show_dates(date_from, date_to)
        self._follow_today = False
        self.reload()

    def _show_dates(self, date_from, date_to) -> None:  # noqa: ANN001 - datetime.date
        for edit, value in ((self.from_edit, date_from), (self.to_edit, date_to)):
            edit.blockSignals(True)
            edit.setDate(QDate(value.year, value.month, value.day))
            edit.blockSignals(False)

    def last_12_months(self) -> None:
        self._follow_today = True
        self.reload()

    # --- loading -------------------------------------------------------------------------------

    def reload(self) -> None:
        """Ask the service for the range of the chosen account and dates; keep the selection."""
        self._timer.stop()
        acc = self.current_account()
        if acc is None:
            self.model.set_range(None)
            self._describe(None)
            return
        ctx = self._ctx
        dates = (None, None) if self._follow_today else (self.from_edit.date().toPython(),
                                                         self.to_edit.date().toPython())
        selected = self.selected_movement()
        try:
            rng = movements.movement_range(ctx.ledger, ctx.actor, acc.id, *dates)
            header = movements.statement_header(ctx.ledger, ctx.actor, rng)
        except Exception as exc:  # noqa: BLE001 - shown, not raised
            self.model.set_range(None)
            self._describe(None)
            self.say(render_error(exc), error=True)
            return
        self.say("")
        if self.model.range is None or self.model.range.account_id != acc.id:
            self.model.set_range(rng, acc.currency)
        else:
            self.model.refresh(rng)
        self._show_dates(rng.date_from, rng.date_to)
        if len(rng):            # the same movement as before, else the newest
            row = (self.model.row_of_seq(selected.seq) if selected else None) or 0
            self.view.setCurrentIndex(self.model.index(row, 0))
        self._describe(header)

    def _describe(self, header: movements.StatementHeader | None) -> None:
        self._header = header
        n = len(self.model.range) if self.model.range is not None else 0
        self.count_label.setText(self.tr("No movements in these dates") if n == 0 else
                                 self.tr("1 movement") if n == 1 else
                                 self.tr("%n movements", "", n))
        if header is None:
            self.balance_label.clear()
        else:
            fmt, code = self._ctx.number_format, header.currency
            self.balance_label.setText(self.tr("Opening balance %1 · Closing balance %2")
                                       .replace("%1", money(header.opening, fmt, code))
                                       .replace("%2", money(header.closing, fmt, code)))
        self._update_buttons()

    def selected_movement(self) -> movements.Movement | None:
        index = self.view.currentIndex()
        return self.model.movement(index.row()) if index.isValid() else None

    def _update_buttons(self) -> None:
        has_rows = self.model.rowCount() > 0
        self.csv_button.setEnabled(has_rows and not self.busy)
        self.pdf_button.setEnabled(self.model.range is not None and not self.busy)
        self.receipt_button.setEnabled(self.view.currentIndex().isValid())

    def say(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setProperty("error", error)
        self.message.style().polish(self.message)

    def _busy(self, busy: bool, text: str = "") -> None:
        self.busy = busy
        self.say(text)
        self._update_buttons()

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        self.say(render_error(exc), error=True)

    # --- export, statement, receipt ------------------------------------------------------------

    def export_csv(self) -> None:
        rng, acc = self.model.range, self.current_account()
        if rng is None or acc is None or not len(rng) or self.busy:
            return
        start = suggested_path("movements", acc.number, rng, "csv")
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Export the movements"), start,
                                                    self.tr("CSV files (*.csv)"))
        if not path:
            return
        if not path.lower().endswith(".csv"):
            path += ".csv"
        self._busy(True, self.tr("Exporting…"))
        run_in_background(csv_work(self._ctx, rng, movement_headers(self.model.currency), path),
                          self._exported, self._failed)

    def _exported(self, path: str) -> None:
        self._busy(False, self.tr("Saved to %1").replace("%1", path))
        self.exported.emit(path)

    def statement_pdf(self) -> None:
        rng, acc = self.model.range, self.current_account()
        if rng is None or acc is None or self.busy:
            return
        if len(rng) > MAX_STATEMENT_MOVEMENTS:
            self.say(self.tr("A statement holds at most %1 movements: choose a shorter period.")
                     .replace("%1", str(MAX_STATEMENT_MOVEMENTS)), error=True)
            return
        self._busy(True, self.tr("Preparing the statement…"))
        self._statement_name = suggested_path("statement", acc.number, rng, "pdf")
        self._statement_title = self.tr("Statement of account %1").replace("%1", acc.number)
        run_in_background(statement_work(self._ctx, rng), self._statement_ready, self._failed)

    def _statement_ready(self, pdf: bytes) -> None:
        self._busy(False)
        self.preview_opened.emit(show_pdf(self.window(), pdf, self._statement_title,
                                          Path(self._statement_name).name))

    def reprint_receipt(self) -> None:
        movement = self.selected_movement()
        if movement is None:
            return
        try:
            pdf, receipt = receipt_pdf(self._ctx, movement.entry_id)
        except Exception as exc:  # noqa: BLE001 - shown, not raised
            self.say(render_error(exc), error=True)
            return
        self.preview_opened.emit(show_pdf(self.window(), pdf,
                                          self.tr("Receipt %1").replace("%1", receipt),
                                          f"receipt-{receipt}.pdf"))
