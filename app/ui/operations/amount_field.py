"""A field for an amount of money, typed in the institution's convention and parsed strictly.

While the teller types, the line under the field says what is wrong ("Type the amount as
1,250.50."); `value()` gives the Decimal or raises InvalidAmount. Never a QDoubleSpinBox.
"""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from app.domain.money import InvalidAmount, currency, parse_amount

from ..desk_context import DeskContext
from ..i18n import tr_msg
from .common import field_error_label, show_message


class AmountField(QWidget):
    """`edit` (the QLineEdit) over `error` (the message line). `changed` after every edit."""

    changed = Signal()

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None, *,
                 currency_code: str | None = None):
        super().__init__(parent)
        self._fmt = ctx.number_format
        self._cur = currency(currency_code or ctx.profile.currency)
        self.edit = QLineEdit(objectName="AmountEdit", maxLength=24)
        self.edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.edit.setPlaceholderText(self._fmt.example(self._cur))
        self.error = field_error_label()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addWidget(self.edit)
        layout.addWidget(self.error)
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(self._on_text)

    def example(self) -> str:
        return self._fmt.example(self._cur)

    def text(self) -> str:
        return self.edit.text()

    def set_text(self, text: str) -> None:
        self.edit.setText(text)

    def clear(self) -> None:
        self.edit.clear()
        show_message(self.error, "")

    def value(self) -> Decimal:
        """The typed amount; InvalidAmount (with `.msg`) when it cannot be accepted."""
        return parse_amount(self.edit.text(), self._fmt, self._cur)

    def checked_value(self) -> Decimal | None:
        """The amount, or None after showing under the field why it is refused."""
        try:
            value = self.value()
        except InvalidAmount as exc:
            self.show_error(tr_msg(exc.msg))
            return None
        show_message(self.error, "")
        return value

    def show_error(self, text: str) -> None:
        show_message(self.error, text)
        self.edit.setProperty("invalid", bool(text))
        self.edit.style().polish(self.edit)

    def _on_text(self, text: str) -> None:
        if not text.strip():
            self.show_error("")          # nothing typed yet: nothing to complain about
        else:
            try:
                self.value()
            except InvalidAmount as exc:
                self.show_error(tr_msg(exc.msg))
            else:
                self.show_error("")
        self.changed.emit()
