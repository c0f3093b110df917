"""What every petition dialog of the member file shares: the subclass's form on top, then the
done and error lines and [Print the petition form] ... [File the petition] [Cancel]. Filing runs
the subclass's `file()`; a ValidationError goes under the field it names (or above the buttons),
and once filed the form locks, the petition form can be printed, and the main button closes."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.services import members
from app.services.errors import ValidationError
from app.services.petitions import PetitionView

from ..desk_context import DeskContext
from ..i18n import render_error
from ..operations.common import say
from .otp_field import OtpCodeField
from .petition_print import print_button, show_petition_form
from .style import FORMS


class FilingDialog(QDialog):
    """Subclasses fill `body`, and define `file()`, `done_text()`, `locked()` and, for field
    errors, `field_error()`. After filing, `petition` holds the PetitionView."""

    def __init__(self, ctx: DeskContext, member: members.MemberFile, parent: QWidget | None,
                 object_name: str):
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setStyleSheet(FORMS)
        self._ctx, self._member = ctx, member
        self.petition: PetitionView | None = None
        self.body = QVBoxLayout()
        self.otp = OtpCodeField(ctx, member.id)
        self.done_label = QLabel(objectName="DoneLabel", wordWrap=True, visible=False)
        self.message = QLabel(objectName="ErrorLabel", wordWrap=True, visible=False)
        self.print_button = print_button(self)
        self.print_button.clicked.connect(self.print_form)
        self.send_button = QPushButton(self.tr("&File the petition"), objectName="SendButton", default=True)
        self.close_button = QPushButton(self.tr("Cancel"), objectName="CloseButton", autoDefault=False)
        self.send_button.clicked.connect(self.send)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        layout.addLayout(self.body, 1)
        layout.addWidget(self.otp)
        layout.addWidget(self.done_label)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.setMinimumWidth(560)

    # --- for subclasses ----------------------------------------------------------------------

    def file(self) -> PetitionView | None:
        """File the petition from the form (None after showing why the form cannot be sent)."""
        raise NotImplementedError

    def done_text(self, petition: PetitionView) -> str:
        raise NotImplementedError

    def locked(self) -> list[QWidget]:
        """The inputs that lock once the petition is filed."""
        return []

    def field_error(self, field: str, text: str) -> bool:
        """Show `text` under the input of `field`; False when there is none. By default: an
        `amount` AmountField and the `rows` FieldRows of the subclass, when it has them."""
        amount, rows = getattr(self, "amount", None), getattr(self, "rows", None)
        if field == "otp_code":
            self.otp.show_error(text)
            return True
        if field == "amount" and amount is not None:
            amount.show_error(text)
            return True
        if rows is not None and field in rows.errors:
            rows.set_error(field, text)
            return True
        return False

    def clear_errors(self) -> None:
        """Before each try: the field errors off."""
        self.otp.show_error("")
        rows = getattr(self, "rows", None)
        for name in (rows.order if rows is not None else []):
            rows.set_error(name, "")

    # --- the shared flow ---------------------------------------------------------------------

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def send(self) -> bool:
        if self.petition is not None:
            self.accept()
            return True
        self.show_message("")
        self.clear_errors()
        try:
            petition = self.file()
        except ValidationError as exc:
            if not self.field_error(exc.field, say(self._ctx, exc.msg)):
                self.show_message(render_error(exc))
            return False
        except Exception as exc:  # noqa: BLE001 - the service's refusal
            self.show_message(render_error(exc))
            return False
        if petition is None:
            return False
        self.petition = petition
        done = self.done_text(petition)
        if petition.confirmed_by == "otp":
            done += " " + self.tr("The member confirmed it with their code: there is no form to sign.")
        self.done_label.setText(done)
        self.done_label.show()
        for w in self.locked() + [self.otp]:
            w.setEnabled(False)
        self.send_button.setText(self.tr("&Done"))
        self.close_button.hide()
        self.print_button.show()
        self._ctx.events.notify(None)
        return True

    def print_form(self) -> object:
        """The petition form for the member to sign, in the PDF preview."""
        try:
            return show_petition_form(self, self._ctx, self.petition.id)
        except Exception as exc:  # noqa: BLE001 - said in the dialog
            self.show_message(render_error(exc))
            return None
