"""The sign-in window, also the lock screen.

It imports Qt only (no services): it is the first thing painted, while the ledger is still being
opened. Whoever opens the ledger hands it an `authenticate(user, password) -> error text | None`
callable with `set_ready()`; until then the fields take typing but Sign in waits.

Nothing on the way to the first paint touches the `Qt` namespace: building it costs PySide6
about 20 ms on first use, so it is reached as `QtCore.Qt` only in code that runs later.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6 import QtCore
from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (QFormLayout, QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QSizePolicy, QVBoxLayout, QWidget)

Authenticate = Callable[[str, str], "str | None"]


class LoginWindow(QWidget):
    """User name + password + Sign in. Enter in the password field signs in.

    `signed_in` fires after `authenticate` accepted the user; the window then closes itself.
    In lock mode (`lock_for`) the user name is fixed and `switch_user_requested` lets another
    person sign in instead.
    """

    signed_in = Signal()
    switch_user_requested = Signal()

    def __init__(self, *, demo_hint: str = "", title_suffix: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("LoginWindow")
        self._title_suffix = title_suffix.strip()
        self._authenticate: Authenticate | None = None
        self._locked_name = ""
        self._institution = ""

        self.heading = QLabel(objectName="LoginHeading")
        self.subtitle = QLabel(objectName="LoginSubtitle", wordWrap=True)
        self.user_label = QLabel()
        self.user_edit = QLineEdit(objectName="UserName", maxLength=40)
        self.password_label = QLabel()
        self.password_edit = QLineEdit(objectName="Password", maxLength=200,
                                       echoMode=QLineEdit.EchoMode.Password)
        self.user_label.setBuddy(self.user_edit)
        self.password_label.setBuddy(self.password_edit)
        self.error_label = QLabel(objectName="ErrorLabel", wordWrap=True, visible=False)
        self.error_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.status_label = QLabel(objectName="StatusLabel", wordWrap=True)
        self.sign_in_button = QPushButton(objectName="SignIn", default=True, enabled=False)
        self.switch_button = QPushButton(objectName="SwitchUser", visible=False, flat=True)
        self.demo_label = QLabel(demo_hint, objectName="DemoHint", wordWrap=True,
                                 visible=bool(demo_hint.strip()))

        card = QFrame(objectName="LoginCard")
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(6)
        form.addRow(self.user_label, self.user_edit)
        form.addRow(self.password_label, self.password_edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.switch_button)
        buttons.addStretch(1)
        buttons.addWidget(self.sign_in_button)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(28, 24, 28, 24)
        inner.setSpacing(10)
        inner.addWidget(self.heading)
        inner.addWidget(self.subtitle)
        inner.addSpacing(6)
        inner.addLayout(form)
        inner.addWidget(self.error_label)
        inner.addLayout(buttons)
        inner.addWidget(self.status_label)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 24, 24, 16)
        outer.addStretch(1)
        outer.addWidget(card)
        outer.addStretch(1)
        outer.addWidget(self.demo_label)

        self.user_edit.returnPressed.connect(self._on_user_return)
        self.password_edit.returnPressed.connect(self.attempt)
        self.sign_in_button.clicked.connect(self.attempt)
        self.switch_button.clicked.connect(self.switch_user_requested)
        self.setTabOrder(self.user_edit, self.password_edit)
        self.setTabOrder(self.password_edit, self.sign_in_button)
        self.setMinimumWidth(440)
        self.status_label.setText(self.tr("Opening the ledger…"))
        self.retranslate_ui()

    # --- texts -----------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        title = self.tr("Ventanilla")
        self.setWindowTitle(f"{title} {self._title_suffix}".strip())
        self.user_label.setText(self.tr("&User name"))
        self.password_label.setText(self.tr("&Password"))
        self.sign_in_button.setText(self.tr("Sign in"))
        self.switch_button.setText(self.tr("Sign in as another user"))
        if self._locked_name:
            self.heading.setText(self.tr("Desk locked"))
            self.subtitle.setText(self.tr("%1 is signed in. Type the password to continue.")
                                  .replace("%1", self._locked_name))
        else:
            self.heading.setText(title)
            self.subtitle.setText(self._institution or self.tr("Teller desk"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # --- states ----------------------------------------------------------------------------------

    def set_ready(self, authenticate: Authenticate, institution: str = "") -> None:
        """The ledger is open: Sign in now calls `authenticate`."""
        self._authenticate = authenticate
        self._institution = institution
        # Here rather than in __init__: after the first paint (see the module docstring).
        self.demo_label.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label.clear()        # keeps its line: the fields do not jump while typing
        self.sign_in_button.setEnabled(True)
        self.retranslate_ui()

    def is_ready(self) -> bool:
        return self._authenticate is not None

    def show_failure(self, text: str) -> None:
        """Opening the ledger failed: say so where the progress message was."""
        self.status_label.setText(text)
        self.status_label.setProperty("error", True)
        self.status_label.style().polish(self.status_label)

    def lock_for(self, username: str, full_name: str) -> None:
        """Lock mode: only `username` may continue (or switch to another user)."""
        self._locked_name = full_name or username
        self.user_edit.setText(username)
        self.user_edit.setReadOnly(True)
        self.switch_button.show()
        self._reset_fields()
        self.retranslate_ui()

    def unlock_mode(self) -> None:
        """Back to a plain sign-in for anybody."""
        self._locked_name = ""
        self.user_edit.setReadOnly(False)
        self.user_edit.clear()
        self.switch_button.hide()
        self._reset_fields()
        self.retranslate_ui()

    def is_locked_mode(self) -> bool:
        return bool(self._locked_name)

    def _reset_fields(self) -> None:
        self.password_edit.clear()
        self.error_label.clear()
        self.error_label.hide()

    def focus_first_field(self) -> None:
        target = self.password_edit if self.user_edit.text() else self.user_edit
        target.setFocus()

    def showEvent(self, event: QEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self.focus_first_field()

    # --- signing in ------------------------------------------------------------------------------

    def _on_user_return(self) -> None:
        if self.password_edit.text():
            self.attempt()
        else:
            self.password_edit.setFocus()

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def attempt(self) -> None:
        """Sign in with what is typed; on failure keep the user name, clear the password."""
        if self._authenticate is None:
            return
        user, password = self.user_edit.text().strip(), self.password_edit.text()
        if not user:
            self.show_error(self.tr("Type your user name."))
            self.user_edit.setFocus()
            return
        if not password:
            self.show_error(self.tr("Type your password."))
            self.password_edit.setFocus()
            return
        self.sign_in_button.setEnabled(False)
        QGuiApplication.setOverrideCursor(QtCore.Qt.CursorShape.WaitCursor)
        try:
            error = self._authenticate(user, password)
        finally:
            QGuiApplication.restoreOverrideCursor()
            self.sign_in_button.setEnabled(True)
        self.password_edit.clear()
        if error:
            self.show_error(error)
            self.password_edit.setFocus()
            return
        self.error_label.clear()
        self.error_label.hide()
        self.signed_in.emit()
        self.close()
