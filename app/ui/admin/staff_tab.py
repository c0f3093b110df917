"""The Staff tab: every staff user with role, branch and state; create one (a temporary password
shown once), change a role, move to another branch, reset a password (again a temporary one),
lock and unlock. The services refuse what an administrator may not do to themselves."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QFormLayout, QHBoxLayout, QHeaderView, QLabel, QPushButton,
                               QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from app.domain.passwords import temporary_password
from app.domain.permissions import ROLE_LABELS, Role
from app.services import auth, branches
from app.services.auth import StaffView
from app.services.branches import BranchView

from ..desk_context import DeskContext
from ..i18n import render_error, translate
from ..retranslate import Retranslatable
from ..table_style import list_behaviour
from .common import Feedback, card
from .staff_dialog import NewStaffDialog, branch_combo, role_combo


class StaffTab(Retranslatable, QWidget):
    """`rows` are the staff as last read; `selected` the user name in the side card."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("StaffTab")
        self._ctx = ctx
        self.rows: list[StaffView] = []
        self.branches: list[BranchView] = []
        self.selected: str | None = None
        self.dialog: NewStaffDialog | None = None
        self.table = QTableWidget(0, 5, objectName="StaffTable")
        list_behaviour(self.table)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.new_button = QPushButton(objectName="NewStaff")
        self.new_button.setProperty("primary", True)
        self.feedback = Feedback()
        self.password_label = QLabel(objectName="TemporaryPassword", visible=False,
                                     textInteractionFlags=Qt.TextInteractionFlag.TextSelectableByMouse)
        self.password_label.setStyleSheet("font-family: 'DejaVu Sans Mono'; font-size: 14pt; "
                                          "font-weight: bold; padding: 4px;")

        self.user_title = QLabel()
        self.user_note = QLabel(objectName="FieldNote", wordWrap=True)
        self.role_combo, self.branch_combo = role_combo(), branch_combo([])
        self.role_button = QPushButton(objectName="ApplyRole", autoDefault=False)
        self.branch_button = QPushButton(objectName="ApplyBranch", autoDefault=False)
        self.reset_button = QPushButton(objectName="ResetPassword", autoDefault=False)
        self.lock_button = QPushButton(objectName="LockStaff", autoDefault=False)
        self.role_caption, self.branch_caption = QLabel(), QLabel()
        form = QFormLayout()
        form.setHorizontalSpacing(10)
        for caption, combo, button in ((self.role_caption, self.role_combo, self.role_button),
                                       (self.branch_caption, self.branch_combo, self.branch_button)):
            line = QHBoxLayout()
            line.addWidget(combo, 1)
            line.addWidget(button)
            caption.setBuddy(combo)
            form.addRow(caption, line)
        actions = QHBoxLayout()
        actions.addWidget(self.reset_button)
        actions.addWidget(self.lock_button)
        actions.addStretch(1)
        side, side_col = card(self.user_title, self.user_note)
        side_col.addLayout(form)
        side_col.addLayout(actions)
        side_col.addWidget(self.feedback.error_label)
        side_col.addWidget(self.password_label)
        side_col.addStretch(1)
        self.side = side

        left = QWidget()
        left_col = QVBoxLayout(left)
        left_col.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addStretch(1)
        top.addWidget(self.new_button)
        left_col.addLayout(top)
        left_col.addWidget(self.table, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, childrenCollapsible=False)
        splitter.addWidget(left)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.feedback.done_label)
        layout.addWidget(splitter, 1)

        self.table.itemSelectionChanged.connect(self._select)
        self.new_button.clicked.connect(self.new_user)
        self.role_button.clicked.connect(self.apply_role)
        self.branch_button.clicked.connect(self.apply_branch)
        self.reset_button.clicked.connect(self.reset_password)
        self.lock_button.clicked.connect(self.toggle_lock)
        self.retranslate_ui()
        self.refresh()

    def retranslate_ui(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr("User"), self.tr("Full name"), self.tr("Role"),
                                              self.tr("Branch"), self.tr("State")])
        self.new_button.setText(self.tr("&New user…"))
        self.role_caption.setText(self.tr("&Role"))
        self.branch_caption.setText(self.tr("&Branch"))
        self.role_button.setText(self.tr("Change role"))
        self.branch_button.setText(self.tr("Move"))
        self.reset_button.setText(self.tr("Reset &password"))
        for i, role in enumerate(Role):
            self.role_combo.setItemText(i, translate(ROLE_LABELS[role]))
        self._fill_table()
        self._show_user()
        self.feedback.retranslate()

    # --- the list ------------------------------------------------------------------------------

    def refresh(self) -> None:
        try:
            self.rows = auth.list_staff(self._ctx.ledger, self._ctx.actor)
            self.branches = branches.list_branches(self._ctx.ledger, self._ctx.actor)
        except Exception as exc:  # noqa: BLE001 - e.g. not an administrator: said on the tab
            self.feedback.error.show(lambda e=exc: render_error(e))
            self.side.setEnabled(False)
            self.new_button.setEnabled(False)
            return
        current = self.branch_combo.currentData()
        self.branch_combo.clear()
        for b in self.branches:
            if b.active:
                self.branch_combo.addItem(f"{b.code} {b.name}", b.id)
        self.branch_combo.setCurrentIndex(max(0, self.branch_combo.findData(current)))
        self._fill_table()
        self._show_user()

    def state_text(self, s: StaffView) -> str:
        if not s.active:
            return self.tr("Inactive")
        if s.locked:
            return self.tr("Locked")
        if s.must_change_password:
            return self.tr("Must change password")
        return self.tr("Active")

    def _fill_table(self) -> None:
        names = {b.id: b.name for b in self.branches}
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.rows))
        for row, s in enumerate(self.rows):
            cells = (s.username, s.full_name, translate(ROLE_LABELS.get(Role(s.role), s.role)),
                     names.get(s.branch_id, str(s.branch_id)), self.state_text(s))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, s.username)
                self.table.setItem(row, column, item)
            if s.username == self.selected:
                self.table.selectRow(row)
        self.table.blockSignals(False)

    def _select(self) -> None:
        items = self.table.selectedItems()
        self.selected = items[0].data(Qt.ItemDataRole.UserRole) if items else None
        self.feedback.clear()
        self.password_label.hide()
        self._show_user()

    def current(self) -> StaffView | None:
        return next((s for s in self.rows if s.username == self.selected), None)

    def _show_user(self) -> None:
        s = self.current()
        for w in (self.role_combo, self.branch_combo, self.role_button, self.branch_button,
                  self.reset_button, self.lock_button):
            w.setEnabled(s is not None)
        if s is None:
            self.user_title.setText(self.tr("Choose a user in the list"))
            self.user_note.setText("")
            self.lock_button.setText(self.tr("&Lock"))
            return
        self.user_title.setText(f"{s.full_name} ({s.username})")
        self.user_note.setText(self.state_text(s))
        self.role_combo.setCurrentIndex(max(0, self.role_combo.findData(s.role)))
        self.branch_combo.setCurrentIndex(max(0, self.branch_combo.findData(s.branch_id)))
        self.lock_button.setText(self.tr("&Unlock") if s.locked else self.tr("&Lock"))

    # --- the changes ---------------------------------------------------------------------------

    def _run(self, call, done) -> StaffView | None:  # noqa: ANN001
        """Run one service call for the selected user; its refusal is shown on the card."""
        self.feedback.clear()
        self.password_label.hide()
        try:
            view = call()
        except Exception as exc:  # noqa: BLE001 - the service's refusal
            self.feedback.error.show(lambda e=exc: render_error(e))
            return None
        self.refresh()
        self.feedback.done.show(lambda: done(view))
        self._ctx.events.notify(None)
        return view

    def apply_role(self) -> StaffView | None:
        s, role = self.current(), self.role_combo.currentData()
        return s and self._run(
            lambda: auth.set_role(self._ctx.ledger, self._ctx.actor, s.username, role),
            lambda v: self.tr("%1 is now %2.").replace("%1", v.username)
            .replace("%2", translate(ROLE_LABELS[Role(v.role)])))

    def apply_branch(self) -> StaffView | None:
        s, branch = self.current(), self.branch_combo.currentData()
        label = self.branch_combo.currentText()
        return s and self._run(
            lambda: auth.set_branch(self._ctx.ledger, self._ctx.actor, s.username, branch),
            lambda v: self.tr("%1 works at %2 from their next operation.").replace("%1", v.username)
            .replace("%2", label))

    def reset_password(self) -> str:
        """A new temporary password for the selected user, shown once here."""
        s = self.current()
        if s is None:
            return ""
        password = temporary_password()
        view = self._run(lambda: auth.reset_password(self._ctx.ledger, self._ctx.actor, s.username, password),
                         lambda v: self.tr("The password of %1 was reset. Hand them this temporary "
                                           "password; they must change it at sign-in:").replace("%1", v.username))
        if view is None:
            return ""
        self.password_label.setText(password)
        self.password_label.show()
        return password

    def toggle_lock(self) -> StaffView | None:
        s = self.current()
        if s is None:
            return None
        if s.locked:
            return self._run(lambda: auth.unlock_staff(self._ctx.ledger, self._ctx.actor, s.username),
                             lambda v: self.tr("%1 is unlocked.").replace("%1", v.username))
        return self._run(lambda: auth.lock_staff(self._ctx.ledger, self._ctx.actor, s.username),
                         lambda v: self.tr("%1 is locked: they cannot sign in or finish an "
                                           "operation until unlocked.").replace("%1", v.username))

    def new_user(self) -> NewStaffDialog:
        self.dialog = NewStaffDialog(self._ctx, self.branches, self)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.finished.connect(self._dialog_closed)
        self.dialog.open()
        return self.dialog

    def _dialog_closed(self, _result: int) -> None:
        created = self.dialog.created if self.dialog is not None else None
        self.dialog = None
        if created is not None:
            self.selected = created.username
            self.refresh()
