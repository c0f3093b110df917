"""What the loan dialogs at the counter share: a form on top, the done and error lines, then
[Print receipt] [Print table] ... [main action] [Cancel]. After the action the form locks, the
prints are offered, and the main button closes."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.services.errors import ValidationError

from ..desk_context import DeskContext
from ..i18n import render_error
from ..member_file.style import FORMS
from ..member_file.fields import FieldRows
from ..operations.common import say
from ..override_dialog import OverrideBox


class LoanCounterDialog(QDialog):
    """Subclasses fill `body` and define `act()` (returns the receipt's entry id or None),
    `locked()` and `field_error()`; `entry_id` holds the posted entry."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None, object_name: str, action: str):
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setStyleSheet(FORMS)
        self._ctx = ctx
        self.entry_id: int | None = None
        self.body = QVBoxLayout()
        # Asked for only when the service says so: a supervisor above the cash limit, the
        # member's declaration of where cash comes from (Ecuador's threshold).
        self.override_box = OverrideBox()
        self.override_box.hide()
        self.origin_caption = QLabel(self.tr("Origin of the funds (the member's declaration)"), visible=False)
        self.funds_origin = QLineEdit(objectName="FundsOrigin", maxLength=500, visible=False)
        self.done_label = QLabel(objectName="DoneLabel", wordWrap=True, visible=False)
        self.message = QLabel(objectName="ErrorLabel", wordWrap=True, visible=False)
        self.receipt_button = QPushButton(self.tr("Print the &receipt…"), objectName="PrintReceipt",
                                          autoDefault=False, visible=False)
        self.table_button = QPushButton(self.tr("Print the amortization &table…"), objectName="PrintTable",
                                        autoDefault=False, visible=False)
        self.action_button = QPushButton(action, objectName="ActionButton", default=True)
        self.close_button = QPushButton(self.tr("Cancel"), objectName="CloseButton", autoDefault=False)
        self.receipt_button.clicked.connect(self.print_receipt)
        self.action_button.clicked.connect(self.run)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.receipt_button)
        buttons.addWidget(self.table_button)
        self.extra_prints = buttons
        buttons.addStretch(1)
        buttons.addWidget(self.action_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        layout.addLayout(self.body, 1)
        layout.addWidget(self.origin_caption)
        layout.addWidget(self.funds_origin)
        layout.addWidget(self.override_box)
        layout.addWidget(self.done_label)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.setMinimumWidth(560)

    def act(self) -> tuple[int, str] | None:
        raise NotImplementedError

    def locked(self) -> list[QWidget]:
        return []

    def field_error(self, field: str, text: str) -> bool:
        """Show `text` where `field` is typed; the base knows the supervisor and the origin."""
        if field == "override":
            self.override_box.show()
        elif field == "funds_origin":
            self.origin_caption.show()
            self.funds_origin.show()
        else:
            return False
        self.show_message(text)
        FieldRows.grow_to_fit(self)
        return True

    def override(self):  # noqa: ANN201 - an Override or None
        return self.override_box.value() if self.override_box.isVisible() else None

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def run(self) -> bool:
        if self.entry_id is not None:
            self.accept()
            return True
        self.show_message("")
        try:
            done = self.act()
        except ValidationError as exc:
            if not self.field_error(exc.field, say(self._ctx, exc.msg)):
                self.show_message(render_error(exc))
            return False
        except Exception as exc:  # noqa: BLE001 - the service's refusal, said in the dialog
            self.show_message(render_error(exc))
            return False
        if done is None:
            return False
        self.entry_id, text = done
        self.done_label.setText(text)
        self.done_label.show()
        for w in [*self.locked(), self.override_box, self.funds_origin]:
            w.setEnabled(False)
        self.action_button.setText(self.tr("&Done"))
        self.close_button.hide()
        self.receipt_button.show()
        self._ctx.events.notify(None)
        return True

    def print_receipt(self) -> object:
        from ..operations import receipt as receipt_ui
        try:
            return receipt_ui.show_receipt(self, self._ctx, self.entry_id)
        except Exception as exc:  # noqa: BLE001
            self.show_message(render_error(exc))
            return None
