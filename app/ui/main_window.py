"""The main window: it only assembles the parts and routes the actions between them."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (QHBoxLayout, QMainWindow, QSplitter, QStackedWidget, QVBoxLayout,
                               QWidget)

from app.domain.permissions import Permission

from .admin.page import AdministrationPage
from .actions import ActionId, build_menus, create_actions, retranslate_actions, retranslate_menus
from .approvals_page import ApprovalsPage
from .desk_context import DeskContext
from .drawer_page import DrawerPage
from .end_of_day_page import EndOfDayPage
from .language_menu import LanguageMenu
from .member_file.page import MemberFilePage
from .member_form import MemberForm
from .member_search import MemberSearch
from .member_summary import MemberSummary
from .navigation import Navigation, Page
from .outbox.dispatcher import DeskDispatcher
from .outbox.page import OutboxPage
from .operations.launcher import OperationLauncher
from .password_dialog import PasswordDialog
from .retranslate import Retranslatable
from .status_bar import DeskStatusBar

REFRESH_MS = 60_000   # other desks file petitions and close days too


class MainWindow(Retranslatable, QMainWindow):
    """Navigation on the left, the page on the right (Counter: member search over the member
    summary; Approvals; Drawer; End of day; Outbox; Administration), the status bar below. Operations open over the
    counter through `operations` (app.ui.operations.launcher). `lock_requested` / `quit_requested` go to the
    desk controller."""

    lock_requested = Signal()
    quit_requested = Signal()
    language_requested = Signal(str)      # Desk > Language: the desk controller switches
    sign_out_requested = Signal()         # the ledger was restored from a backup

    def __init__(self, ctx: DeskContext, *, title_suffix: str = ""):
        super().__init__()
        self.setObjectName("MainWindow")
        self._ctx = ctx
        self._title_suffix = title_suffix.strip()

        self.navigation = Navigation(ctx)
        self.search = MemberSearch(ctx)
        self.summary = MemberSummary(ctx)
        self.member_file = MemberFilePage(ctx)
        self.status = DeskStatusBar(ctx)
        self.approvals = ApprovalsPage(ctx)
        self.drawer_page = DrawerPage(ctx)
        self.end_of_day = EndOfDayPage(ctx)
        self.administration = AdministrationPage(ctx)
        self.dispatcher = DeskDispatcher(ctx, self)
        self.outbox = OutboxPage(ctx, self.dispatcher)
        self.setStatusBar(self.status)

        counter = QSplitter(Qt.Orientation.Vertical, objectName="CounterPage", childrenCollapsible=False)
        counter.addWidget(self.search)
        counter.addWidget(self.summary)
        counter.setStretchFactor(0, 3)
        counter.setStretchFactor(1, 2)
        self.counter = QStackedWidget(objectName="CounterStack")   # the search, or a member's file
        self.counter.addWidget(counter)
        self.counter.addWidget(self.member_file)
        self.pages = QStackedWidget()
        self.pages.insertWidget(Page.COUNTER, self.counter)
        self.pages.insertWidget(Page.APPROVALS, self.approvals)
        self.pages.insertWidget(Page.DRAWER, self.drawer_page)
        self.pages.insertWidget(Page.END_OF_DAY, self.end_of_day)
        self.pages.insertWidget(Page.OUTBOX, self.outbox)
        self.pages.insertWidget(Page.ADMINISTRATION, self.administration)
        central = QWidget(objectName="Central")
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.navigation)
        page_box = QVBoxLayout()
        page_box.setContentsMargins(16, 12, 16, 8)
        page_box.addWidget(self.pages)
        row.addLayout(page_box, 1)
        self.setCentralWidget(central)

        self.operations = OperationLauncher(ctx, self, self.current_member_id, self.focus_search,
                                            lambda text: self.status.showMessage(text, 10_000))
        self.actions = create_actions(self, {
            **self.operations.handlers(),
            ActionId.GO_DRAWER: lambda: self.go(Page.DRAWER),
            ActionId.GO_END_OF_DAY: lambda: self.go(Page.END_OF_DAY),
            ActionId.GO_ADMINISTRATION: lambda: self.go(Page.ADMINISTRATION),
            ActionId.FIND_MEMBER: self.focus_search,
            ActionId.GO_COUNTER: lambda: self.go(Page.COUNTER),
            ActionId.GO_APPROVALS: lambda: self.go(Page.APPROVALS),
            ActionId.LOCK: self.lock_requested.emit,
            ActionId.QUIT: self.quit_requested.emit,
            ActionId.NEW_MEMBER: self.new_member,
            ActionId.CHANGE_PASSWORD: self.change_password,
        })
        self.actions[ActionId.NEW_MEMBER].setEnabled(ctx.can(Permission.MEMBER_WRITE))
        self.actions[ActionId.GO_APPROVALS].setEnabled(self.navigation.shows_approvals())
        self.actions[ActionId.GO_DRAWER].setEnabled(self.navigation.shows(Page.DRAWER))
        self.actions[ActionId.GO_END_OF_DAY].setEnabled(self.navigation.shows(Page.END_OF_DAY))
        self.actions[ActionId.GO_ADMINISTRATION].setEnabled(self.navigation.shows(Page.ADMINISTRATION))
        self.operations.configure(self.actions)
        self.operations.add_buttons(self.summary.operations_bar, self.actions)
        self.operations.add_buttons(self.member_file.operations_bar, self.actions)
        self.menus = build_menus(self.menuBar(), self.actions)
        self.language_menu = LanguageMenu(ctx.actor.language, self)
        self.language_menu.language_chosen.connect(self.language_requested)
        lock = self.actions[ActionId.LOCK]           # Desk menu: ... | Language | Lock | Quit
        self.menus["desk"].insertMenu(lock, self.language_menu)
        self.menus["desk"].insertSeparator(lock)
        self.menus["operations"].setToolTipsVisible(True)   # why an operation is off, its key

        self.navigation.page_requested.connect(self.pages.setCurrentIndex)
        self.search.member_activated.connect(self.summary.show_member)
        self.search.member_activated.connect(self.open_member)
        self.search.focus_requested.connect(self.show_search)
        self.search.new_member_requested.connect(self.new_member)
        self.member_file.back_requested.connect(self.focus_search)
        self.administration.ledger_replaced.connect(self.sign_out_requested)
        ctx.events.changed.connect(self._on_changed)
        self._refresh_timer = QTimer(self, interval=REFRESH_MS)
        self._refresh_timer.timeout.connect(lambda: ctx.events.notify(None))
        self._refresh_timer.start()
        self.retranslate_ui()
        self.resize(1100, 720)

    def retranslate_ui(self) -> None:
        inst = self._ctx.institution
        title = self.tr("Ventanilla - %1 - %2").replace("%1", inst.name).replace("%2", inst.branch_name)
        self.setWindowTitle(f"{title} {self._title_suffix}".strip())
        retranslate_actions(self.actions)
        retranslate_menus(self.menus)

    def _on_changed(self, _changes: object) -> None:
        self.retranslate_ui()

    def go(self, page: Page) -> None:
        if self.navigation.select(page) and page == Page.COUNTER:
            self.search.focus_search()

    def focus_search(self) -> None:
        self.go(Page.COUNTER)
        self.search.focus_search()

    def show_search(self) -> None:
        self.counter.setCurrentIndex(0)

    def open_member(self, member_id: int) -> None:
        """The member's file in place of the search (Escape or Back returns)."""
        if self.member_file.show_member(member_id):
            self.counter.setCurrentWidget(self.member_file)
            self.member_file.summary.accounts.setFocus()

    def new_member(self) -> MemberForm:
        form = MemberForm(self._ctx, parent=self)
        form.accepted.connect(lambda: self.open_member(form.saved.id) if form.saved else None)
        form.open()
        return form

    def change_password(self) -> PasswordDialog:
        dialog = PasswordDialog(self._ctx.ledger, self._ctx.actor, parent=self)
        dialog.accepted.connect(lambda: self.status.showMessage(
            self.tr("Your password was changed."), 10_000))
        dialog.open()
        return dialog

    def current_member_id(self) -> int | None:
        """The member an operation is for: the one whose file is open, else the one in the
        summary, else the search's row."""
        if self.counter.currentWidget() is self.member_file and self.member_file.member:
            return self.member_file.member.id
        member = self.summary.member
        return member.id if member is not None else self.search.current_member_id()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self._refresh_timer.stop()
        self.dispatcher.stop()
        super().closeEvent(event)
