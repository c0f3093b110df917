"""The approvals desk (supervisors, administrators): every pending petition, what approving it
would do and its history; Approve, or Reject with a reason.

The table lists kind, member, who filed it and how long it has waited. The services decide: a
supervisor who filed a petition is refused, and the refusal is shown as it comes. After every
decision the desk's AppEvents fire, so the count in the navigation and the status bar follow.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QFrame, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QPushButton, QSplitter, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from app.domain.permissions import Permission
from app.services import auth, branches, drawer, petitions
from app.services.petitions import PetitionView
from app.services.receipts import local_time

from .approvals_filters import PetitionFilters, waited
from .desk_context import DeskContext
from .i18n import render_error, translate
from .operations.common import message_label, say, tr
from .retranslate import LiveText, Retranslatable

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class ApprovalsPage(Retranslatable, QWidget):
    """`rows` are the pending petitions as last read, in the table's order."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("ApprovalsPage")
        self._ctx = ctx
        self.rows: list[PetitionView] = []          # as filtered
        self.all_rows: list[PetitionView] = []
        self.filters = PetitionFilters()
        self.kind_filter, self.branch_filter, self.age_filter = (
            self.filters.kind, self.filters.branch, self.filters.age)
        self.filters.changed.connect(self._apply_filters)
        self._names: dict[int, str] = {}       # staff id -> user name, as far as known
        self._branches: dict[int, str] = {}    # branch id -> "0001 Centro"

        self.title = QLabel(objectName="PageTitle")
        self.count_label = QLabel(objectName="FieldNote")
        self.table = QTableWidget(0, 4, objectName="PetitionTable")
        self._setup_table()
        self.empty_label = QLabel(objectName="HintLabel", alignment=Qt.AlignmentFlag.AlignCenter)

        detail = QFrame(objectName="Card")
        self.kind_label = QLabel(objectName="SectionTitle", wordWrap=True)
        self.who_label = QLabel(objectName="FieldNote", wordWrap=True)
        self.effects_label = QLabel(objectName="Sentence", wordWrap=True)
        self.effects_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.history_label = QLabel(objectName="FieldNote", wordWrap=True)
        self.reason_edit = QLineEdit(objectName="DecisionReason", maxLength=500)
        self.reason_caption = QLabel(objectName="FieldCaption")
        self.reason_caption.setBuddy(self.reason_edit)
        self.effects_caption = QLabel(objectName="FieldCaption")
        self.history_caption = QLabel(objectName="FieldCaption")
        self.error = message_label("ErrorLabel")
        self.done_label = message_label("DoneLabel")
        self._error, self._done = LiveText(self.error), LiveText(self.done_label)
        self.reject_button = QPushButton(objectName="RejectButton")
        self.approve_button = QPushButton(objectName="ApproveButton")
        self.approve_button.setProperty("primary", True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reject_button)
        buttons.addStretch(1)
        buttons.addWidget(self.approve_button)
        inner = QVBoxLayout(detail)
        inner.setContentsMargins(18, 14, 18, 16)
        inner.setSpacing(8)
        inner.addWidget(self.kind_label)
        inner.addWidget(self.who_label)
        inner.addWidget(self.effects_caption)
        inner.addWidget(self.effects_label)
        inner.addWidget(self.history_caption)
        inner.addWidget(self.history_label)
        inner.addStretch(1)
        inner.addWidget(self.reason_caption)
        inner.addWidget(self.reason_edit)
        inner.addWidget(self.error)
        inner.addLayout(buttons)
        self.detail = detail

        left = QWidget()
        left_col = QVBoxLayout(left)
        left_col.setContentsMargins(0, 0, 0, 0)
        left_col.addWidget(self.table, 1)
        left_col.addWidget(self.empty_label, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, childrenCollapsible=False)
        splitter.addWidget(left)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addStretch(1)
        head.addWidget(self.filters)
        head.addSpacing(12)
        head.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addLayout(head)
        layout.addWidget(self.done_label)
        layout.addWidget(splitter, 1)

        self.table.itemSelectionChanged.connect(self._show_selected)
        self.approve_button.clicked.connect(self.approve)
        self.reject_button.clicked.connect(self.reject)
        ctx.events.changed.connect(self.refresh)
        self.refresh()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Approvals"))
        self.empty_label.setText(self.tr("No petition is waiting."))
        self.reason_edit.setPlaceholderText(self.tr("Required to reject; optional to approve"))
        self.reason_caption.setText(self.tr("&Reason"))
        self.effects_caption.setText(self.tr("If you approve:"))
        self.history_caption.setText(self.tr("History"))
        self.reject_button.setText(self.tr("Re&ject"))
        self.approve_button.setText(self.tr("&Approve"))
        self.table.setHorizontalHeaderLabels([self.tr("Kind"), self.tr("Member"),
                                              self.tr("Filed by"), self.tr("Waiting")])
        self.filters.fill(self.all_rows, self._branches)
        self._fill_table()
        self._show_detail()
        self._error.retranslate()
        self._done.retranslate()

    def _setup_table(self) -> None:
        t = self.table
        t.setHorizontalHeaderLabels([""] * 4)        # the texts: retranslate_ui
        t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        t.setAlternatingRowColors(True)
        t.setShowGrid(False)
        t.setWordWrap(False)
        t.verticalHeader().hide()
        t.verticalHeader().setDefaultSectionSize(t.fontMetrics().height() + 12)
        for column in range(t.columnCount()):
            t.horizontalHeaderItem(column).setTextAlignment(Qt.AlignmentFlag.AlignLeft
                                                            | Qt.AlignmentFlag.AlignVCenter)
        header = t.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

    # --- reading -------------------------------------------------------------------------------

    def staff_name(self, staff_id: int) -> str:
        if staff_id == self._ctx.actor.staff_id:
            return self.tr("you")
        return self._names.get(staff_id) or self.tr("user #%1").replace("%1", str(staff_id))

    def _read_names(self) -> dict[int, str]:
        """Staff names as far as this role may read them: every user for an administrator; for
        a supervisor, the tellers with a drawer open or waiting (PetitionView carries only ids)."""
        ctx = self._ctx
        try:
            if ctx.can(Permission.STAFF_ADMIN):
                return {s.id: s.username for s in auth.list_staff(ctx.ledger, ctx.actor)}
            return {d.staff_id: d.username for d in drawer.open_drawers(ctx.ledger, ctx.actor)}
        except Exception:  # noqa: BLE001 - names are a courtesy
            return {}

    def refresh(self, _changes: object = None) -> None:
        selected = self.selected()
        self._names.update(self._read_names())
        try:
            self.all_rows = petitions.pending(self._ctx.ledger, self._ctx.actor)
            if not self._branches:
                self._branches = {b.id: f"{b.code} {b.name}"
                                  for b in branches.list_branches(self._ctx.ledger, self._ctx.actor)}
        except Exception as exc:  # noqa: BLE001 - said on the page
            self._error.show(lambda e=exc: render_error(e))
            return
        self.filters.fill(self.all_rows, self._branches)
        self.rows = self.filters.apply(self.all_rows)
        self._fill_table()
        n = len(self.rows)
        self.table.setVisible(n > 0)
        self.empty_label.setVisible(n == 0)
        self.detail.setVisible(n > 0)
        ids = [p.id for p in self.rows]
        row = ids.index(selected.id) if selected is not None and selected.id in ids else 0
        if n:
            self.table.selectRow(row)
        self._show_selected()

    def _apply_filters(self) -> None:
        selected = self.selected()
        self.rows = self.filters.apply(self.all_rows)
        self._fill_table()
        n = len(self.rows)
        self.table.setVisible(n > 0)
        self.empty_label.setVisible(n == 0)
        self.detail.setVisible(n > 0)
        if n:
            ids = [p.id for p in self.rows]
            self.table.selectRow(ids.index(selected.id) if selected is not None and selected.id in ids else 0)
        self._show_selected()

    def _fill_table(self) -> None:
        """The rows as last read, in the current language; the petition count above."""
        t = self.table
        t.blockSignals(True)
        t.setRowCount(len(self.rows))
        for r, p in enumerate(self.rows):
            cells = (translate(p.kind_label), p.member_name or "—", self.staff_name(p.maker_id),
                     waited(p.created_at))
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, p.id)
                t.setItem(r, c, item)
        t.blockSignals(False)
        n = len(self.rows)
        self.count_label.setText(self.tr("%n petitions waiting", "", n) if n != 1
                                 else self.tr("1 petition waiting"))

    def selected(self) -> PetitionView | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.rows):
            return None
        return self.rows[rows[0].row()]

    def select_petition(self, petition_id: int) -> bool:
        for r, p in enumerate(self.rows):
            if p.id == petition_id:
                self.table.selectRow(r)
                return True
        return False

    def _show_selected(self) -> None:
        self._error.show(None)
        self._show_detail()

    def _show_detail(self) -> None:
        p = self.selected()
        self.detail.setEnabled(p is not None)
        if p is None:
            for label in (self.kind_label, self.who_label, self.effects_label, self.history_label):
                label.clear()
            return
        ctx = self._ctx
        self.kind_label.setText(self.tr("%1 · petition %2").replace("%1", translate(p.kind_label))
                                .replace("%2", str(p.id)))
        who = self.tr("Filed by %1, %2 ago").replace("%1", self.staff_name(p.maker_id)) \
            .replace("%2", waited(p.created_at))
        self.who_label.setText(f"{p.member_name} · {who}" if p.member_name else who)
        self.effects_label.setText("\n".join("• " + say(ctx, e) for e in p.effects))
        lines = []
        zone = ctx.profile.timezone
        for e in p.history:
            status = translate(petitions.STATUS_LABELS.get(e.status, e.status))
            line = f"{local_time(e.at, zone):%d/%m/%Y %H:%M}  {status} · {self.staff_name(e.staff_id)}"
            lines.append(line + (f" · {e.reason}" if e.reason else ""))
        self.history_label.setText("\n".join(lines))

    # --- deciding ------------------------------------------------------------------------------

    def approve(self) -> None:
        self._decide(approve=True)

    def reject(self) -> None:
        self._decide(approve=False)

    def _decide(self, *, approve: bool) -> None:
        p = self.selected()
        if p is None:
            return
        reason = self.reason_edit.text().strip()
        if not approve and not reason:
            self._error.show(lambda: self.tr("Write why you reject the petition."))
            self.reason_edit.setFocus()
            return
        decide = petitions.approve if approve else petitions.reject
        try:
            view = decide(self._ctx.ledger, self._ctx.actor, p.id, reason)
        except Exception as exc:  # noqa: BLE001 - the service's refusal, shown as it comes
            self._error.show(lambda e=exc: render_error(e))
            return
        self.reason_edit.clear()

        def done() -> str:
            text = (self.tr("Petition %1 approved and carried out: %2") if approve
                    else self.tr("Petition %1 rejected: %2"))
            return text.replace("%1", str(view.id)).replace("%2", translate(view.kind_label))
        self._done.show(done)
        self._ctx.events.notify(view)
