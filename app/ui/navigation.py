"""The left navigation: the desk's places (Counter, Approvals (n) for those who approve, Drawer,
End of day, Outbox (n) of the messages to members still to go out, Administration)."""
from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from app.domain.permissions import Permission
from app.services import outbox, petitions

from .desk_context import DeskContext
from .retranslate import Retranslatable


class Page(IntEnum):
    COUNTER = 0
    APPROVALS = 1
    DRAWER = 2
    END_OF_DAY = 3
    OUTBOX = 4
    ADMINISTRATION = 5


class Navigation(Retranslatable, QListWidget):
    """One row per page; `page_requested(Page)` when the teller picks one. Approvals shows the
    number of pending petitions and only to roles that decide them."""

    page_requested = Signal(int)

    def __init__(self, ctx: DeskContext, parent=None):  # noqa: ANN001
        super().__init__(parent)
        self.setObjectName("Navigation")
        self._ctx = ctx
        self.pending = 0
        self.unsent = 0
        self._items: dict[Page, QListWidgetItem] = {}
        for page in Page:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, int(page))
            self.addItem(item)
            self._items[page] = item
        self._items[Page.APPROVALS].setHidden(not ctx.can(Permission.PETITION_DECIDE))
        self._items[Page.DRAWER].setHidden(not ctx.can(Permission.POST))
        self._items[Page.END_OF_DAY].setHidden(not ctx.can(Permission.END_OF_DAY))
        self._items[Page.OUTBOX].setHidden(not ctx.can(Permission.OUTBOX))
        from .admin.page import AdministrationPage
        self._items[Page.ADMINISTRATION].setHidden(not AdministrationPage.applies(ctx))
        self.setCurrentRow(Page.COUNTER)
        self.currentItemChanged.connect(self._on_current)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        ctx.events.changed.connect(self.refresh)
        self.refresh()

    def shows_approvals(self) -> bool:
        return not self._items[Page.APPROVALS].isHidden()

    def shows(self, page: Page) -> bool:
        return not self._items[page].isHidden()

    def item_text(self, page: Page) -> str:
        return self._items[page].text()

    def refresh(self, _changes: object = None) -> None:
        if self.shows_approvals():
            try:
                self.pending = petitions.pending_count(self._ctx.ledger, self._ctx.actor)
            except Exception:  # noqa: BLE001
                pass   # the status bar reports it; keep the last count
        if self.shows(Page.OUTBOX):
            try:
                counts = outbox.counts(self._ctx.ledger, self._ctx.actor)
                self.unsent = counts.waiting + counts.failed
            except Exception:  # noqa: BLE001
                pass
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self._items[Page.COUNTER].setText(self.tr("Counter"))
        self._items[Page.APPROVALS].setText(self.tr("Approvals (%1)").replace("%1", str(self.pending)))
        self._items[Page.DRAWER].setText(self.tr("Drawer"))
        self._items[Page.END_OF_DAY].setText(self.tr("End of day"))
        self._items[Page.OUTBOX].setText(self.tr("Outbox (%1)").replace("%1", str(self.unsent))
                                         if self.unsent else self.tr("Outbox"))
        self._items[Page.ADMINISTRATION].setText(self.tr("Administration"))

    def select(self, page: Page) -> bool:
        item = self._items[page]
        if item.isHidden():
            return False
        self.setCurrentItem(item)
        return True

    def _on_current(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is not None:
            self.page_requested.emit(current.data(Qt.ItemDataRole.UserRole))
