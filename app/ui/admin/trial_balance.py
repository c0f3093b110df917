"""The trial balance at a chosen business date (accounting.trial_balance): chart code, account
name, debits, credits and balance of every chart code with postings, a totals row, and "Save as
CSV…". Read off the GUI thread when the card is first shown, on Show, and after the desk's
changes while it is visible; a refusal (a role that may not read it) is said on the card."""
from __future__ import annotations

import csv
import io
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableWidget,
                               QTableWidgetItem, QWidget)

from app.domain.money import currency
from app.services import accounting
from app.services.accounting import TrialBalance

from ..desk_context import DeskContext
from ..formatting import business_date, money
from ..i18n import render_error, translate
from ..member_file.background import run_in_background
from ..member_file.tables import money_sample
from ..operations.common import message_label
from ..paged_model import LEFT, RIGHT
from ..retranslate import LiveText, Retranslatable
from ..table_style import list_behaviour
from .accounting_parts import (ask_save_csv, caption, card_column, current_business_date,
                               date_edit, date_of, qdate, set_caption, write_csv)

CSV_HEADER = ("chart_code", "name", "debit", "credit", "balance")
TOTAL_BACKGROUND = QColor("#e4e8ed")


def trial_balance_csv(tb: TrialBalance, name: Callable[[str], str] = translate) -> str:
    """One line per chart code, names in the desk's language, amounts exact with a dot (as the
    journal export writes them)."""
    exponent = currency(tb.currency).exponent
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_HEADER)
    for ln in tb.lines:
        writer.writerow([ln.chart_code, name(ln.name)]
                        + [f"{v:.{exponent}f}" for v in (ln.debit, ln.credit, ln.balance)])
    return out.getvalue()


class TrialBalanceCard(Retranslatable, QFrame):
    """`balance`: the trial balance as last read (None before the first or after a refusal);
    `busy` while it is being read."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self.balance: TrialBalance | None = None
        self.busy = False
        self._stale = True
        today = current_business_date(ctx)
        column, self.title = card_column(self)
        self.at_edit = date_edit("TrialBalanceDate", today)
        self.at_edit.setMaximumDate(qdate(today))
        self.at_caption = caption(self.at_edit)
        self.show_button = QPushButton(objectName="ShowTrialBalance", autoDefault=False)
        self.save_button = QPushButton(objectName="SaveTrialBalance", autoDefault=False)
        self.note = QLabel(objectName="FieldNote")
        self.table = QTableWidget(0, 5, objectName="TrialBalance")
        self._setup_table()
        self.error = message_label("ErrorLabel")
        self.done_label = message_label("DoneLabel")
        self.done_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._error, self._done = LiveText(self.error), LiveText(self.done_label)
        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(self.at_caption)
        row.addWidget(self.at_edit)
        row.addWidget(self.show_button)
        row.addSpacing(12)
        row.addWidget(self.note, 1)
        row.addWidget(self.save_button)
        column.addLayout(row)
        column.addWidget(self.table, 1)
        column.addWidget(self.done_label)
        column.addWidget(self.error)
        self.show_button.clicked.connect(self.refresh)
        self.save_button.clicked.connect(self.save_csv)
        ctx.events.changed.connect(self._changed)
        self._update()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Trial balance"))
        set_caption(self.at_caption, self.tr("&At"))
        self.show_button.setText(self.tr("S&how"))
        self.save_button.setText(self.tr("&Save as CSV…"))
        code = self._ctx.profile.currency
        self.table.setHorizontalHeaderLabels([
            self.tr("Code"), self.tr("Account"), self.tr("Debit (%1)").replace("%1", code),
            self.tr("Credit (%1)").replace("%1", code),
            self.tr("Balance (%1)").replace("%1", code)])
        for c in range(5):
            self.table.horizontalHeaderItem(c).setTextAlignment(RIGHT if c >= 2 else LEFT)
        self._fill()
        self._error.retranslate()
        self._done.retranslate()

    def _setup_table(self) -> None:
        t = self.table
        list_behaviour(t)
        header = t.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        fm = t.fontMetrics()
        amount = fm.horizontalAdvance(money_sample(self._ctx)) + 40
        for c, width in ((0, fm.horizontalAdvance("0000000") + 30), (2, amount), (3, amount),
                         (4, amount)):
            header.resizeSection(c, width)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

    def _update(self) -> None:
        self.show_button.setEnabled(not self.busy)
        self.save_button.setEnabled(not self.busy and self.balance is not None)

    # --- reading -------------------------------------------------------------------------------

    def showEvent(self, event) -> None:  # noqa: ANN001, N802 - a Qt override
        super().showEvent(event)
        if self._stale and not self.busy:
            self.refresh()

    def _changed(self, _changes: object = None) -> None:
        self._stale = True
        if self.isVisible() and not self.busy:
            self.refresh()

    def refresh(self) -> None:
        """Read the trial balance at the date chosen (off the GUI thread)."""
        if self.busy:
            return
        self._stale = False
        self._error.show(None)
        self._done.show(None)
        at, ctx = date_of(self.at_edit), self._ctx
        self.busy = True
        self._update()
        self.note.setText(self.tr("Reading…"))
        run_in_background(lambda: accounting.trial_balance(ctx.ledger, ctx.actor, at),
                          self._read, self._failed)

    def _read(self, tb: TrialBalance) -> None:
        self.balance, self.busy = tb, False
        self._update()
        self._fill()

    def _failed(self, exc: BaseException) -> None:
        self.balance, self.busy = None, False
        self._update()
        self._fill()
        self._error.show(lambda e=exc: render_error(e))

    def _fill(self) -> None:
        """The lines as last read, in the current language, then the totals row."""
        tb, t = self.balance, self.table
        if tb is None:
            t.setRowCount(0)
            self.note.clear()
            return
        fmt, code = self._ctx.number_format, tb.currency
        rows = [(ln.chart_code, translate(ln.name), ln.debit, ln.credit, ln.balance)
                for ln in tb.lines]
        rows.append(("", self.tr("Total"), tb.total_debit, tb.total_credit,
                     tb.total_debit - tb.total_credit))
        t.setRowCount(len(rows))
        bold = QFont(t.font())
        bold.setBold(True)
        for r, cells in enumerate(rows):
            for c, value in enumerate(cells):
                item = QTableWidgetItem(value if c < 2 else money(value, fmt, code))
                item.setTextAlignment(RIGHT if c >= 2 else LEFT)
                if c == 1:
                    item.setToolTip(item.text())
                if r == len(rows) - 1:
                    item.setFont(bold)
                    item.setBackground(QBrush(TOTAL_BACKGROUND))
                t.setItem(r, c, item)
        self.note.setText(self.tr("At the close of %1. Accounts with postings: %2.")
                          .replace("%1", business_date(tb.at, self._ctx.profile))
                          .replace("%2", str(len(tb.lines))))

    # --- saving --------------------------------------------------------------------------------

    def save_csv(self) -> str:
        """Save the trial balance shown; returns the path written ("" when cancelled)."""
        tb = self.balance
        if tb is None:
            return ""
        self._done.show(None)
        self._error.show(None)
        path = ask_save_csv(self, self.tr("Save the trial balance"),
                            f"trial-balance-{tb.at.isoformat()}.csv")
        if not path or not write_csv(path, trial_balance_csv(tb), self._error, bom=True):
            return ""
        self._done.show(lambda: self.tr("The trial balance at %1 was saved to %2.")
                        .replace("%1", business_date(tb.at, self._ctx.profile))
                        .replace("%2", path))
        return path
