"""A new staff user: user name, full name, role, branch. The desk makes a temporary password,
shows it once to hand over, and the user must replace it at the first sign-in."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QVBoxLayout, QWidget)

from app.domain.passwords import temporary_password
from app.domain.permissions import ROLE_LABELS, Role
from app.services import auth
from app.services.auth import StaffView
from app.services.branches import BranchView
from app.services.errors import ValidationError

from ..desk_context import DeskContext
from ..i18n import render_error, tr_msg, translate
from ..member_file.fields import FieldRows
from .common import STYLE, Feedback

FIELDS = ("username", "full_name", "role", "branch")


def role_combo() -> QComboBox:
    combo = QComboBox(objectName="RoleCombo")
    for role in Role:
        combo.addItem(translate(ROLE_LABELS[role]), role.value)
    return combo


def branch_combo(branches: list[BranchView]) -> QComboBox:
    combo = QComboBox(objectName="BranchCombo")
    for b in branches:
        if b.active:
            combo.addItem(f"{b.code} {b.name}", b.id)
    return combo


class NewStaffDialog(QDialog):
    """After Create: `created` holds the service's StaffView and `password` the temporary
    password, which the dialog shows until it is closed."""

    def __init__(self, ctx: DeskContext, branches: list[BranchView], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("NewStaffDialog")
        self.setStyleSheet(STYLE)
        self._ctx = ctx
        self.created: StaffView | None = None
        self.password = ""
        self.setWindowTitle(self.tr("New staff user"))
        self.inputs = {"username": QLineEdit(maxLength=40), "full_name": QLineEdit(maxLength=120),
                       "role": role_combo(), "branch": branch_combo(branches)}
        self.inputs["username"].setPlaceholderText(self.tr("lowercase, e.g. mgarcia"))
        self.inputs["branch"].setCurrentIndex(max(0, self.inputs["branch"].findData(ctx.actor.branch_id)))
        self.rows = FieldRows(self.inputs)
        form = QFormLayout()
        for name, caption in zip(FIELDS, (self.tr("&User name"), self.tr("&Full name"),
                                          self.tr("&Role"), self.tr("&Branch"))):
            self.rows.add(form, name, caption)
        self.intro = QLabel(self.tr("The desk makes a temporary password for the new user; they "
                                    "choose their own at the first sign-in."),
                            objectName="FieldNote", wordWrap=True)
        self.feedback = Feedback()
        self.password_label = QLabel(objectName="TemporaryPassword", visible=False,
                                     textInteractionFlags=Qt.TextInteractionFlag.TextSelectableByMouse)
        self.password_label.setStyleSheet("font-family: 'DejaVu Sans Mono'; font-size: 15pt; "
                                          "font-weight: bold; color: #1b1f24; padding: 6px;")
        self.cancel_button = QPushButton(self.tr("Cancel"), autoDefault=False)
        self.create_button = QPushButton(self.tr("&Create user"), objectName="CreateStaff", default=True)
        self.create_button.setProperty("primary", True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 16)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.feedback.error_label)
        layout.addWidget(self.feedback.done_label)
        layout.addWidget(self.password_label, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addLayout(buttons)
        self.cancel_button.clicked.connect(self.reject)
        self.create_button.clicked.connect(self.create)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(460)

    def create(self) -> StaffView | None:
        if self.created is not None:         # the second press closes: the password was seen
            self.accept()
            return self.created
        self.feedback.clear()
        for name in FIELDS:
            self.rows.set_error(name, "")
        password = temporary_password()
        try:
            view = auth.add_staff(self._ctx.ledger, self._ctx.actor,
                                  username=self.inputs["username"].text(),
                                  full_name=self.inputs["full_name"].text(),
                                  role=self.inputs["role"].currentData(), password=password,
                                  branch_id=self.inputs["branch"].currentData(),
                                  language=self._ctx.actor.language)
        except ValidationError as exc:
            if exc.field in self.rows.errors:
                self.rows.set_error(exc.field, tr_msg(exc.msg))
            else:
                self.feedback.error.show(lambda e=exc: render_error(e))
            return None
        except Exception as exc:  # noqa: BLE001 - e.g. the user name is taken
            self.feedback.error.show(lambda e=exc: render_error(e))
            return None
        self.created, self.password = view, password
        for w in self.inputs.values():
            w.setEnabled(False)
        self.feedback.done.show(lambda: self.tr("User %1 created. Hand them this temporary "
                                                "password; it is not shown again:").replace("%1", view.username))
        self.password_label.setText(password)
        self.password_label.show()
        self.cancel_button.hide()
        self.create_button.setText(self.tr("&Done"))
        self._ctx.events.notify(None)
        return view
