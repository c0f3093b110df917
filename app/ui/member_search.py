"""The member search: a field and the list of members that match, updated as the teller types.

The service returns the ordered ids of the matches (at most MAX_RESULTS); a PagedKeyModel holds
them and fetches the rows it shows by page. Keyboard: type, Down (or Enter) to go into the list,
Enter on a row to open the member, Up on the first row or Escape to go back to the field,
Escape in the field to clear it.
"""
from __future__ import annotations

from collections.abc import Sequence
from operator import attrgetter

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QTableView, QVBoxLayout, QWidget)

from app.domain.permissions import Permission
from app.services import members
from app.services.member_search import MAX_RESULTS, search_members

from .desk_context import DeskContext
from .formatting import member_number
from .i18n import render_error, translate
from .paged_model import CENTER, Column, KeyRole, PagedKeyModel
from .retranslate import Retranslatable
from .table_style import list_behaviour

DEBOUNCE_MS = 150


def member_columns(titles: Sequence[str]) -> list[Column]:
    """The columns, given their translated titles (MemberSearch.column_titles)."""
    number, name, document, status, branch = titles
    return [
        Column(number, lambda r: member_number(r.number), CENTER, value=attrgetter("number")),
        Column(name, attrgetter("name")),
        Column(document, attrgetter("document")),
        Column(status, lambda r: translate(members.STATUS_LABELS.get(r.status, r.status)),
               value=attrgetter("status")),
        Column(branch, attrgetter("branch"), CENTER),
    ]


class MemberSearch(Retranslatable, QWidget):
    """`member_activated(member_id)` when the teller presses Enter on (or double-clicks) a row."""

    member_activated = Signal(int)
    focus_requested = Signal()          # focus_search(): the page holding the search must show
    new_member_requested = Signal()

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("MemberSearch")
        self._ctx = ctx
        self.more_than_max = False

        self.field = QLineEdit(objectName="SearchField", clearButtonEnabled=True, maxLength=120)
        self.caption = QLabel(objectName="SearchCaption")
        self.caption.setBuddy(self.field)
        self.count_label = QLabel(objectName="CountLabel")
        self.model = PagedKeyModel(member_columns(self.column_titles()), self._fetch,
                                   key_of=attrgetter("id"), page_size=50, max_pages=10, parent=self)
        self.model.fetch_failed.connect(self._show_error)
        self.view = QTableView(objectName="MemberTable")
        self.view.setModel(self.model)
        self._setup_view()

        top = QHBoxLayout()
        top.setSpacing(10)
        top.addWidget(self.caption)
        top.addWidget(self.field, 1)
        top.addWidget(self.count_label)
        self.new_button = QPushButton(objectName="NewMemberButton", autoDefault=False,
                                      visible=ctx.can(Permission.MEMBER_WRITE))
        self.new_button.clicked.connect(self.new_member_requested)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)

        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self.run_search)
        self.field.textChanged.connect(self._timer.start)
        self.field.returnPressed.connect(self._on_return)
        self.field.installEventFilter(self)
        self.view.installEventFilter(self)
        self.view.activated.connect(self._activate)
        ctx.events.changed.connect(self._on_changed)   # a bound method: gone with the widget
        self.retranslate_ui()

    def column_titles(self) -> list[str]:
        return [self.tr("Member no."), self.tr("Name"), self.tr("Document"), self.tr("Status"),
                self.tr("Branch")]

    def retranslate_ui(self) -> None:
        self.field.setPlaceholderText(self.tr("Name, document or member number"))
        self.caption.setText(self.tr("&Search member (F2)"))
        self.new_button.setText(self.tr("New member (Ctrl+N)"))
        self.model.set_titles(self.column_titles())
        if self.field.text().strip() and not self.count_label.property("error"):
            self._set_count_text()

    def _setup_view(self) -> None:
        v = self.view
        list_behaviour(v)
        header = v.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        fm = v.fontMetrics()
        longest_status = max((translate(t) for t in members.STATUS_LABELS.values()), key=len)
        for column, sample in ((0, "0000000"), (2, "0000000000000"), (3, longest_status),
                               (4, "0000")):
            title = self.model.headerData(column, Qt.Orientation.Horizontal)
            header.resizeSection(column, max(fm.horizontalAdvance(sample),
                                             fm.horizontalAdvance(title) + 16) + 28)

    def _on_changed(self, _changes: object) -> None:
        self.model.mark_stale()

    # --- searching -----------------------------------------------------------------------------

    def _fetch(self, ids: list[int]) -> list[members.MemberRow]:
        return members.member_rows(self._ctx.ledger, self._ctx.actor, list(ids))

    def run_search(self) -> None:
        """Search for what the field holds now (the debounce timer calls this)."""
        self._timer.stop()
        text = self.field.text().strip()
        if not text:
            self.more_than_max = False
            self.model.clear()
            self.count_label.clear()
            return
        try:
            ids = search_members(self._ctx.ledger, self._ctx.actor, text, limit=MAX_RESULTS + 1)
        except Exception as exc:  # noqa: BLE001 - shown, not raised
            self.model.clear()
            self._show_error(exc)
            return
        self.more_than_max = len(ids) > MAX_RESULTS
        self.model.set_keys(ids[:MAX_RESULTS])
        self._set_count_text()
        if ids:
            self.view.setCurrentIndex(self.model.index(0, 0))

    def _set_count_text(self) -> None:
        n = self.model.rowCount()
        if self.more_than_max:
            text = self.tr("More than %1: keep typing").replace("%1", str(MAX_RESULTS))
        elif n == 0:
            text = self.tr("No member matches")
        elif n == 1:
            text = self.tr("1 member")
        else:
            text = self.tr("%n members", "", n)
        self.count_label.setText(text)
        self.count_label.setProperty("error", False)
        self.count_label.style().polish(self.count_label)

    def _show_error(self, exc: BaseException) -> None:
        self.count_label.setText(render_error(exc))
        self.count_label.setProperty("error", True)
        self.count_label.style().polish(self.count_label)

    # --- keyboard ------------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.focus_requested.emit()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def focus_results(self) -> None:
        if self.model.rowCount() == 0:
            return
        if not self.view.currentIndex().isValid():
            self.view.setCurrentIndex(self.model.index(0, 0))
        self.view.selectRow(self.view.currentIndex().row())
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_return(self) -> None:
        if self._timer.isActive():
            self.run_search()
        if self.model.rowCount() == 1:
            self._activate(self.model.index(0, 0))
        else:
            self.focus_results()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() != QEvent.Type.KeyPress:
            return False
        key = event.key()
        if watched is self.field and key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown):
            if self._timer.isActive():
                self.run_search()
            self.focus_results()
            return True
        if watched is self.field and key == Qt.Key.Key_Escape and self.field.text():
            self.field.clear()
            return True
        if watched is self.view:
            at_top = self.view.currentIndex().row() <= 0
            if key == Qt.Key.Key_Escape or (key == Qt.Key.Key_Up and at_top):
                self.focus_search()
                return True
        return False

    def _activate(self, index: QModelIndex) -> None:
        if index.isValid():
            self.member_activated.emit(int(self.model.data(index, KeyRole)))

    def current_member_id(self) -> int | None:
        index = self.view.currentIndex()
        return int(self.model.data(index, KeyRole)) if index.isValid() else None
