"""The accountant's panel: the trial balance at a chosen business date (trial_balance) above the
journal export by date range (journal_export). Each card reads through its service off the GUI
thread and says a refusal on itself; the panel only arranges them."""
from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from ..desk_context import DeskContext
from .journal_export import JournalExportCard
from .trial_balance import TrialBalanceCard


class AccountingPanel(QWidget):
    """`trial_balance` (TrialBalanceCard) and `journal` (JournalExportCard); both retranslate
    themselves on a language change."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("AccountingPanel")
        self.trial_balance = TrialBalanceCard(ctx, self)
        self.journal = JournalExportCard(ctx, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(12)
        layout.addWidget(self.trial_balance, 1)
        layout.addWidget(self.journal)
