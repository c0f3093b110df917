"""A supervisor's approval on the spot: user name and password typed at the teller's counter.

`OverrideBox` is embedded in an operation's confirmation screen when the preview says a
supervisor must approve (above the hard cash limit, anti-money-laundering threshold).
`OverrideDialog` asks the same thing in a dialog of its own, for screens without a confirmation
stage. Neither checks anything: the service authenticates the supervisor inside the operation's
transaction and refuses the teller's own credentials; its message is shown where it applies.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QLabel,
                               QLineEdit, QVBoxLayout, QWidget)

from app.services.operations import Override


class OverrideBox(QGroupBox):
    """Supervisor user name + password. `value()` is None until both are typed."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("OverrideBox")
        self.setTitle(self.tr("Supervisor approval at the counter"))
        self.note = QLabel(self.tr("A supervisor types their own user name and password here. "
                                   "Tellers cannot approve their own operations."),
                           objectName="NoteLabel", wordWrap=True)
        self.user_edit = QLineEdit(objectName="OverrideUser", maxLength=40)
        self.password_edit = QLineEdit(objectName="OverridePassword", maxLength=200,
                                       echoMode=QLineEdit.EchoMode.Password)
        self.user_edit.setPlaceholderText(self.tr("supervisor's user name"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        user_label = QLabel(self.tr("Supervisor's &user name"))
        password_label = QLabel(self.tr("Supervisor's &password"))
        user_label.setBuddy(self.user_edit)
        password_label.setBuddy(self.password_edit)
        form.addRow(user_label, self.user_edit)
        form.addRow(password_label, self.password_edit)
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(self.note)
        layout.addLayout(form)
        self.setFocusProxy(self.user_edit)

    def value(self) -> Override | None:
        user, password = self.user_edit.text().strip(), self.password_edit.text()
        return Override(user, password) if user and password else None

    def missing_field(self) -> QLineEdit | None:
        """The first empty field, to put the cursor in."""
        if not self.user_edit.text().strip():
            return self.user_edit
        if not self.password_edit.text():
            return self.password_edit
        return None

    def clear_password(self) -> None:
        self.password_edit.clear()

    def clear(self) -> None:
        self.user_edit.clear()
        self.password_edit.clear()


class OverrideDialog(QDialog):
    """`OverrideBox` in a dialog with a sentence saying what is being approved; `override()`
    after it was accepted."""

    def __init__(self, what: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("OverrideDialog")
        self.setWindowTitle(self.tr("Supervisor approval"))
        self.what = QLabel(what, wordWrap=True, objectName="SectionText")
        self.box = OverrideBox()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Approve"))
        buttons.accepted.connect(self._accept_if_complete)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.what)
        layout.addWidget(self.box)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
        self.box.setFocus(Qt.FocusReason.OtherFocusReason)

    def _accept_if_complete(self) -> None:
        missing = self.box.missing_field()
        if missing is not None:
            missing.setFocus()
            return
        self.accept()

    def override(self) -> Override | None:
        return self.box.value()
