"""The member file: one page per member, opened from the search (Enter or a double click).

Header (who, status, branch, bank account, representatives; Edit, Change bank account, Back)
over four tabs: Summary (the products and the last movements), Movements (any date range,
export, statement, receipts), Capital (mandatory and voluntary, with their movements), Loans and Online access
(credentials and the authenticator). Escape or Back returns to the search. The page re-reads the member
whenever the ledger changes (`events.changed`).
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from app.services import members

from ..desk_context import DeskContext
from ..i18n import render_error
from ..movements_view import MovementsView
from ..access.access_tab import AccessTab
from ..cards.cards_tab import CardsTab
from ..loans.loans_tab import LoansTab
from ..retranslate import Retranslatable
from .bank_change import BankChangeDialog
from .capital_tab import CapitalTab
from .header import MemberHeader
from .style import INPUTS
from .summary_tab import SummaryTab

PAGE_STYLE = """
QFrame#MemberHeader { background: #ffffff; border: 1px solid #c9ced6; border-radius: 6px; }
QLabel#StatusChip, QLabel#PetitionsChip { border-radius: 9px; padding: 2px 10px; font-size: 9pt;
    font-weight: bold; background: #e4e8ed; color: #2c333c; }
QLabel#StatusChip[status="active"] { background: #e1f0e4; color: #1d5b2c; }
QLabel#StatusChip[status="applicant"] { background: #fff1d6; color: #7a4a00; }
QLabel#StatusChip[status="leaving"], QLabel#StatusChip[status="left"],
QLabel#StatusChip[status="deceased"] { background: #eceff2; color: #4d5663; }
QLabel#PetitionsChip { background: #fde7c8; color: #8a4b00; }
QLabel#PeopleLabel { color: #3c4450; }
QLabel#SectionTitle { font-weight: bold; color: #1d5a86; font-size: 10.5pt; }
QLabel#BalanceLabel { color: #2c333c; font-weight: bold; }
QLabel#MessageLabel { color: #3c4450; }
QLabel#MessageLabel[error="true"] { color: #b3261e; font-weight: bold; }
QTabWidget::pane { border: none; border-top: 1px solid #c9ced6; }
QTabBar::tab { padding: 7px 18px; margin-right: 2px; background: #e4e8ed; color: #2c333c;
    border: 1px solid #c9ced6; border-bottom: none; border-top-left-radius: 4px;
    border-top-right-radius: 4px; }
QTabBar::tab:selected { background: #ffffff; color: #1d5a86; font-weight: bold; }
"""


class MemberFilePage(Retranslatable, QWidget):
    """`show_member(member_id)`; `back_requested` when the teller leaves the page."""

    back_requested = Signal()
    member_changed = Signal(object)        # the MemberFile now shown

    SUMMARY, MOVEMENTS, CAPITAL, LOANS, CARDS, ACCESS = 0, 1, 2, 3, 4, 5

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("MemberFilePage")
        self.setStyleSheet(PAGE_STYLE + INPUTS)
        self._ctx = ctx
        self.member: members.MemberFile | None = None
        self.header = MemberHeader(ctx)
        self.summary = SummaryTab(ctx)
        self.movements = MovementsView(ctx)
        self.capital = CapitalTab(ctx)
        self.loans = LoansTab(ctx)
        self.cards = CardsTab(ctx)
        self.access = AccessTab(ctx)
        self.tabs = QTabWidget(objectName="MemberTabs")
        self.tabs.addTab(self.summary, "")
        self.tabs.addTab(self.movements, "")
        self.tabs.addTab(self.capital, "")
        self.tabs.addTab(self.loans, "")
        self.tabs.addTab(self.cards, "")
        self.tabs.addTab(self.access, "")
        self.operations_bar = self.header.operations_bar     # the main window adds the buttons
        self.error_label = QLabel(objectName="ErrorLabel", wordWrap=True, visible=False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.header)
        layout.addWidget(self.error_label)
        layout.addWidget(self.tabs, 1)

        self.header.back_requested.connect(self.back_requested)
        self.header.edit_requested.connect(self.edit_member)
        self.header.bank_change_requested.connect(self.change_bank_account)
        self.header.leave_requested.connect(self.leave_membership)
        self.header.petition_requested.connect(self.file_petition)
        self.summary.account_selected.connect(self.movements.select_account)
        self.summary.account_activated.connect(self.show_movements)
        back = QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self.back_requested.emit)
        back.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        ctx.events.changed.connect(self._on_changed)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.tabs.setTabText(self.SUMMARY, self.tr("S&ummary"))
        self.tabs.setTabText(self.MOVEMENTS, self.tr("&Movements"))
        self.tabs.setTabText(self.CAPITAL, self.tr("C&apital"))
        self.tabs.setTabText(self.LOANS, self.tr("&Loans"))
        self.tabs.setTabText(self.CARDS, self.tr("&Cards"))
        self.tabs.setTabText(self.ACCESS, self.tr("&Online access"))

    def show_member(self, member_id: int) -> bool:
        """Read the member and show the Summary tab; False (and the reason shown) on failure."""
        if not self._load(member_id):
            return False
        self.tabs.setCurrentIndex(self.SUMMARY)
        self.summary.accounts.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def _load(self, member_id: int) -> bool:
        try:
            member = members.get_member(self._ctx.ledger, self._ctx.actor, member_id)
        except Exception as exc:  # noqa: BLE001 - shown, not raised
            self.error_label.setText(render_error(exc))
            self.error_label.show()
            return False
        self.error_label.hide()
        self.member = member
        self.header.set_member(member)
        # Movements first: the summary then highlights the same account and nothing reloads twice.
        self.movements.set_member(member, self.summary.current_account_id())
        self.summary.set_member(member)          # keeps the highlighted account if still there
        self.capital.set_member(member.id)
        self.capital.periodic.set_member(member)
        self.loans.set_member(member)
        self.cards.set_member(member)
        self.access.set_member(member)
        self.member_changed.emit(member)
        return True

    def current_account_id(self) -> int | None:
        return self.summary.current_account_id()

    def show_movements(self, account_id: int | None = None) -> None:
        if account_id is not None:
            self.movements.select_account(account_id)
        self.tabs.setCurrentIndex(self.MOVEMENTS)
        self.movements.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_changed(self, _changes: object) -> None:
        if self.member is not None:
            self._load(self.member.id)

    # --- acting on the member ------------------------------------------------------------------

    def edit_member(self):  # noqa: ANN201 - the MemberForm, opened
        if self.member is None:
            return None
        from ..member_form import MemberForm   # the form imports this package's bank dialog
        form = MemberForm(self._ctx, self.member, parent=self.window())
        form.open()
        return form

    def file_petition(self):  # noqa: ANN201 - the PetitionDialog, opened
        if self.member is None:
            return None
        from .petition_dialog import PetitionDialog
        dialog = PetitionDialog(self._ctx, self.member, parent=self.window())
        dialog.open()
        return dialog

    def leave_membership(self):  # noqa: ANN201 - the LeaveDialog, opened
        if self.member is None:
            return None
        from .leave_dialog import LeaveDialog
        dialog = LeaveDialog(self._ctx, self.member, parent=self.window())
        dialog.open()
        return dialog

    def change_bank_account(self) -> BankChangeDialog | None:
        if self.member is None:
            return None
        dialog = BankChangeDialog(self._ctx, self.member, parent=self.window())
        dialog.open()
        return dialog
