"""The main window: it only assembles the parts and routes the actions between them."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QMainWindow, QSplitter, QStackedWidget,
                               QVBoxLayout, QWidget)

from .actions import ActionId, build_menus, create_actions, retranslate_actions
from .desk_context import DeskContext
from .member_search import MemberSearch
from .member_summary import MemberSummary
from .navigation import Navigation, Page
from .status_bar import DeskStatusBar

REFRESH_MS = 60_000   # other desks file petitions and close days too


class MainWindow(QMainWindow):
    """Navigation on the left, the page on the right (Counter: member search over the member
    summary; Approvals), the status bar below. `lock_requested` / `quit_requested` go to the
    desk controller."""

    lock_requested = Signal()
    quit_requested = Signal()

    def __init__(self, ctx: DeskContext, *, title_suffix: str = ""):
        super().__init__()
        self.setObjectName("MainWindow")
        self._ctx = ctx
        self._title_suffix = title_suffix.strip()

        self.navigation = Navigation(ctx)
        self.search = MemberSearch(ctx)
        self.summary = MemberSummary(ctx)
        self.status = DeskStatusBar(ctx)
        self.approvals = QLabel(objectName="ApprovalsPage", wordWrap=True,
                                alignment=Qt.AlignmentFlag.AlignCenter)
        self.setStatusBar(self.status)

        counter = QSplitter(Qt.Orientation.Vertical, objectName="CounterPage", childrenCollapsible=False)
        counter.addWidget(self.search)
        counter.addWidget(self.summary)
        counter.setStretchFactor(0, 3)
        counter.setStretchFactor(1, 2)
        self.pages = QStackedWidget()
        self.pages.insertWidget(Page.COUNTER, counter)
        self.pages.insertWidget(Page.APPROVALS, self.approvals)
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

        self.actions = create_actions(self, {
            ActionId.FIND_MEMBER: self.focus_search,
            ActionId.GO_COUNTER: lambda: self.go(Page.COUNTER),
            ActionId.GO_APPROVALS: lambda: self.go(Page.APPROVALS),
            ActionId.LOCK: self.lock_requested.emit,
            ActionId.QUIT: self.quit_requested.emit,
        })
        self.actions[ActionId.GO_APPROVALS].setEnabled(self.navigation.shows_approvals())
        build_menus(self.menuBar(), self.actions)

        self.navigation.page_requested.connect(self.pages.setCurrentIndex)
        self.search.member_activated.connect(self.summary.show_member)
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
        pending = self.navigation.pending
        waiting = (self.tr("1 petition is waiting for approval.") if pending == 1 else
                   self.tr("%n petitions are waiting for approval.", "", pending))
        self.approvals.setText(waiting + "\n" + self.tr("The approvals desk arrives in a later version."))
        retranslate_actions(self.actions)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _on_changed(self, _changes: object) -> None:
        self.retranslate_ui()

    def go(self, page: Page) -> None:
        if self.navigation.select(page) and page == Page.COUNTER:
            self.search.focus_search()

    def focus_search(self) -> None:
        self.go(Page.COUNTER)
        self.search.focus_search()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self._refresh_timer.stop()
        super().closeEvent(event)
