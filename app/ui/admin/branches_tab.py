"""The Branches tab: every branch with its address and the staff working there; open a new one
(it gets the next code and its own vault, drawers' cash and clearing accounts), change one's
details, close one that no staff work at, reopen it."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from app.domain.institution_details import BranchDetails
from app.domain.permissions import Permission
from app.services import branches
from app.services.branches import BranchView
from app.services.errors import ValidationError

from ..desk_context import DeskContext
from ..i18n import render_error, tr_msg
from ..member_file.fields import FieldRows
from ..retranslate import Retranslatable
from ..table_style import list_behaviour
from .common import Feedback, card

FIELDS = ("name", "address", "city", "phone")


class BranchesTab(Retranslatable, QWidget):
    """`rows` are the branches as last read, in the table's order; `editing` the id of the one in
    the form (None: a new branch)."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("BranchesTab")
        self._ctx = ctx
        self.rows: list[BranchView] = []
        self.editing: int | None = None
        self.editable = ctx.can(Permission.INSTITUTION_ADMIN)
        self.table = QTableWidget(0, 6, objectName="BranchTable")
        list_behaviour(self.table)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.inputs = {name: QLineEdit(maxLength=200 if name == "address" else 100) for name in FIELDS}
        self.fields = FieldRows(self.inputs)
        form = QFormLayout()
        for name in FIELDS:
            self.fields.add(form, name, "")
        self.form_title = QLabel()
        self.feedback = Feedback()
        self.new_button = QPushButton(objectName="NewBranch", autoDefault=False)
        self.active_button = QPushButton(objectName="BranchActive", autoDefault=False)
        self.save_button = QPushButton(objectName="SaveBranch")
        self.save_button.setProperty("primary", True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.active_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        form_card, form_col = card(self.form_title)
        form_col.addLayout(form)
        form_col.addWidget(self.feedback.error_label)
        form_col.addLayout(buttons)
        form_card.setVisible(self.editable)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.feedback.done_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(form_card)
        self.table.itemSelectionChanged.connect(self._edit_selected)
        self.new_button.clicked.connect(self.start_new)
        self.save_button.clicked.connect(self.save)
        self.active_button.clicked.connect(self.toggle_active)
        self.retranslate_ui()
        self.refresh()

    def retranslate_ui(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Name"), self.tr("Address"),
                                              self.tr("City"), self.tr("Staff"), self.tr("Status")])
        for name, text in (("name", self.tr("&Name")), ("address", self.tr("&Address")),
                           ("city", self.tr("C&ity")), ("phone", self.tr("P&hone"))):
            self.fields.set_caption(name, text)
        self.new_button.setText(self.tr("&New branch"))
        self.save_button.setText(self.tr("&Save branch"))
        self._set_form_title()
        self._fill_table()
        self.feedback.retranslate()

    def _set_form_title(self) -> None:
        current = self._current()
        self.form_title.setText(self.tr("New branch") if current is None
                                else self.tr("Branch %1").replace("%1", f"{current.code} {current.name}"))
        self.active_button.setVisible(current is not None)
        if current is not None:
            self.active_button.setText(self.tr("&Close branch") if current.active else self.tr("&Reopen branch"))

    def _current(self) -> BranchView | None:
        return next((b for b in self.rows if b.id == self.editing), None)

    def refresh(self) -> None:
        try:
            self.rows = branches.list_branches(self._ctx.ledger, self._ctx.actor)
        except Exception as exc:  # noqa: BLE001
            self.feedback.error.show(lambda e=exc: render_error(e))
            return
        self._fill_table()
        self._set_form_title()

    def _fill_table(self) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.rows))
        for row, b in enumerate(self.rows):
            cells = (b.code, b.name, b.address, b.city, str(b.staff),
                     self.tr("Open") if b.active else self.tr("Closed"))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, b.id)
                if column == 4:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
            if b.id == self.editing:
                self.table.selectRow(row)
        self.table.blockSignals(False)

    def _edit_selected(self) -> None:
        items = self.table.selectedItems()
        if not items:
            return
        self.editing = items[0].data(Qt.ItemDataRole.UserRole)
        current = self._current()
        for name in FIELDS:
            self.inputs[name].setText(getattr(current, name))
            self.fields.set_error(name, "")
        self.feedback.clear()
        self._set_form_title()

    def start_new(self) -> None:
        self.editing = None
        self.table.clearSelection()
        for name in FIELDS:
            self.inputs[name].clear()
            self.fields.set_error(name, "")
        self.feedback.clear()
        self._set_form_title()
        self.inputs["name"].setFocus()

    def save(self) -> BranchView | None:
        self.feedback.clear()
        for name in FIELDS:
            self.fields.set_error(name, "")
        details = BranchDetails(**{name: self.inputs[name].text() for name in FIELDS})
        try:
            if self.editing is None:
                view = branches.add_branch(self._ctx.ledger, self._ctx.actor, details)
            else:
                view = branches.update_branch(self._ctx.ledger, self._ctx.actor, self.editing, details)
        except ValidationError as exc:
            if exc.field in self.fields.errors:
                self.fields.set_error(exc.field, tr_msg(exc.msg))
            else:
                self.feedback.error.show(lambda e=exc: render_error(e))
            return None
        except Exception as exc:  # noqa: BLE001 - a refusal, said on the form
            self.feedback.error.show(lambda e=exc: render_error(e))
            return None
        created = self.editing is None
        self.editing = view.id
        self.refresh()
        self.feedback.done.show(
            (lambda: self.tr("Branch %1 opened with its own vault and cash accounts.").replace("%1", f"{view.code} {view.name}"))
            if created else (lambda: self.tr("Branch %1 saved.").replace("%1", f"{view.code} {view.name}")))
        self._ctx.events.notify(None)
        return view

    def toggle_active(self) -> None:
        current = self._current()
        if current is None:
            return
        self.feedback.clear()
        try:
            view = branches.set_branch_active(self._ctx.ledger, self._ctx.actor, current.id, not current.active)
        except Exception as exc:  # noqa: BLE001 - e.g. staff still work there
            self.feedback.error.show(lambda e=exc: render_error(e))
            return
        self.refresh()
        self.feedback.done.show(
            (lambda: self.tr("Branch %1 is open again.").replace("%1", view.name)) if view.active
            else (lambda: self.tr("Branch %1 is closed.").replace("%1", view.name)))
