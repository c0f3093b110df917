"""Small dialogs of the drawer and end-of-day screens: a yes/no question that does not block
(`ask`), and a required reason (`ReasonDialog`, e.g. for a supervisor's force close)."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QHBoxLayout, QLabel, QLineEdit, QMessageBox, QPushButton,
                               QVBoxLayout, QWidget)

from .operations.common import message_label, show_message, tr


def ask(parent: QWidget, title: str, text: str, yes_text: str, on_yes: Callable[[], None],
        informative: str = "") -> QMessageBox:
    """A window-modal question with [yes_text] (default, Enter) and [Cancel] (Escape); calls
    `on_yes` when the first is pressed. Returns the open box."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton,
                      parent)
    box.setObjectName("Question")
    yes = box.addButton(yes_text, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(yes)
    if informative:
        box.setInformativeText(informative)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.buttonClicked.connect(lambda button: on_yes() if button is yes else None)
    box.open()
    return box


class ReasonDialog(QDialog):
    """`text` + a required reason + [action_text]/[Cancel]. `on_reason(reason)` runs when the
    action is pressed with a reason; it returns an error text to show (the dialog stays open)
    or "" when done (the dialog closes)."""

    def __init__(self, parent: QWidget, title: str, text: str, action_text: str,
                 on_reason: Callable[[str], str]):
        super().__init__(parent)
        self.setObjectName("ReasonDialog")
        self.setWindowTitle(title)
        self._on_reason = on_reason
        self.text = QLabel(text, wordWrap=True, objectName="Sentence")
        self.reason_edit = QLineEdit(objectName="ReasonEdit", maxLength=500)
        caption = QLabel(tr("&Reason (required)"), objectName="FieldCaption")
        caption.setBuddy(self.reason_edit)
        self.error = message_label("ErrorLabel")
        self.cancel_button = QPushButton(tr("Cancel"), autoDefault=False)
        self.action_button = QPushButton(action_text, objectName="ReasonAction", default=True)
        self.action_button.setProperty("primary", True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.action_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 16)
        layout.setSpacing(8)
        for w in (self.text, caption, self.reason_edit, self.error):
            layout.addWidget(w)
        layout.addLayout(buttons)
        self.cancel_button.clicked.connect(self.reject)
        self.action_button.clicked.connect(self._act)
        self.setMinimumWidth(480)
        self.reason_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _act(self) -> None:
        reason = self.reason_edit.text().strip()
        if not reason:
            show_message(self.error, tr("Write the reason first."))
            self.reason_edit.setFocus()
            return
        error = self._on_reason(reason)
        if error:
            show_message(self.error, error)
            return
        self.accept()
