"""Changing one's own password: forced after the first sign-in (or an administrator's reset),
and on demand from the Desk menu.

The new password is checked while typing with the same policy the service applies
(app.domain.passwords); the service's answer is shown under the field it names.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QVBoxLayout, QWidget)

from app.domain.passwords import password_problem
from app.services import auth
from app.services.context import Actor, Ledger

from .i18n import render_error, tr_msg, translate
from .member_file.fields import FieldRows
from .member_file.style import FORMS

CHECK_MS = 150
# The service names these fields; each maps to the line edit that shows its message.
FIELDS = ("password", "new_password", "repeat")
FIELD_STYLE = FORMS + """
QLabel#PasswordIntro { color: #3c4450; }
"""


class PasswordDialog(QDialog):
    """`forced`: no way around it but signing out (Escape and the close button do nothing)."""

    def __init__(self, ledger: Ledger, actor: Actor, *, forced: bool = False,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("PasswordDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setStyleSheet(FIELD_STYLE)
        self._ledger, self._actor, self.forced = ledger, actor, forced
        self._leaving = False
        self.setWindowTitle(self.tr("Change your password"))

        intro = (self.tr("Welcome, %1. Before you start, replace the password you were given "
                         "with one only you know.") if forced else
                 self.tr("Type your current password, then the new one twice."))
        self.intro = QLabel(intro.replace("%1", actor.full_name or actor.username),
                            objectName="PasswordIntro", wordWrap=True)
        self.edits: dict[str, QLineEdit] = {}
        for name in FIELDS:
            edit = QLineEdit(objectName=f"edit_{name}", echoMode=QLineEdit.EchoMode.Password,
                             maxLength=128)
            edit.setMinimumWidth(260)
            edit.textChanged.connect(lambda _t, n=name: self._touched(n))
            self.edits[name] = edit
        self.rows = FieldRows(self.edits)
        form = QFormLayout()
        for name, caption in zip(FIELDS, (self.tr("&Current password"), self.tr("&New password"),
                                          self.tr("&Repeat the new password"))):
            self.rows.add(form, name, caption)
        self.errors = self.rows.errors
        self.hint = QLabel(self.tr("At least 8 characters and 4 different ones, without your "
                                   "user name."), objectName="HintLabel", wordWrap=True)
        self.message = QLabel(objectName="ErrorLabel", wordWrap=True, visible=False)

        self.ok_button = QPushButton(self.tr("Change password"), objectName="ChangePassword",
                                     default=True, enabled=False)
        self.cancel_button = QPushButton(self.tr("Sign out") if forced else self.tr("Cancel"),
                                         objectName="CancelButton", autoDefault=False)
        self.ok_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self._leave)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.ok_button)
        buttons.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self._touched_fields: set[str] = set()
        self._timer = QTimer(self, singleShot=True, interval=CHECK_MS)
        self._timer.timeout.connect(self.check)
        self.setMinimumWidth(560)

    # --- checking while typing -----------------------------------------------------------------

    def _touched(self, name: str) -> None:
        self._touched_fields.add(name)
        self.message.hide()
        self._timer.start()

    def problems(self) -> dict[str, str]:
        """What is wrong now, per field (empty fields are not errors yet, just not done)."""
        current, new, repeat = (self.edits[n].text() for n in FIELDS)
        found: dict[str, str] = {}
        if new and (problem := password_problem(new, self._actor.username)) is not None:
            found["new_password"] = tr_msg(problem)
        elif new and new == current:
            found["new_password"] = self.tr("Choose a password different from the current one.")
        if repeat and repeat != new:
            found["repeat"] = self.tr("The two new passwords are not the same.")
        return found

    def check(self) -> bool:
        """Show the problems under their fields; enable the button when all is well."""
        self._timer.stop()
        found = self.problems()
        for name in FIELDS:
            shown = found.get(name, "") if name in self._touched_fields else ""
            self.errors[name].setText(shown)
        self.rows.grow_to_fit(self)
        complete = all(self.edits[n].text() for n in FIELDS)
        ok = complete and not found
        self.ok_button.setEnabled(ok)
        return ok

    def show_field_error(self, field: str, text: str) -> None:
        name = field if field in self.edits else None
        if name is None:
            self.message.setText(text)
            self.message.show()
            return
        self.errors[name].setText(text)
        self.edits[name].setFocus()
        self.edits[name].selectAll()

    # --- doing it ------------------------------------------------------------------------------

    def submit(self) -> None:
        if not self.check():
            return
        try:
            auth.change_password(self._ledger, self._actor, self.edits["password"].text(),
                                 self.edits["new_password"].text())
        except Exception as exc:  # noqa: BLE001 - shown, not raised
            field = getattr(exc, "field", "")
            text = exc.msg.render(translate) if field in self.edits and hasattr(exc, "msg") \
                else render_error(exc)
            self.show_field_error(field, text)
            self.ok_button.setEnabled(False)
            return
        self.accept()

    def _leave(self) -> None:
        self._leaving = True
        self.reject()

    def reject(self) -> None:
        if self.forced and not self._leaving:
            return          # Escape or the close button: the change is not optional
        super().reject()
