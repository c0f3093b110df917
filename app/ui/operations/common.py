"""Small pieces every operation screen shares: amounts with the institution's symbols, service
messages with their amounts written the institution's way, and message labels.

Services put amounts into `Msg` parameters as Decimals ("The available balance is 50.00..."); at
this edge they are written in the profile's convention ("50,00 €" in Spain, "$50.00" in Ecuador)
before the message is translated and rendered.
"""
from __future__ import annotations

import uuid
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy

from app.domain.messages import Msg
from app.domain.money import currency, format_amount

from ..desk_context import DeskContext
from ..i18n import tr_msg

CONTEXT = "ventanilla"


def tr(text: str, n: int = -1) -> str:
    """Translate `text` in the shared "ventanilla" context (for code that is not a QObject)."""
    return QCoreApplication.translate(CONTEXT, text, None, n)


def money_text(ctx: DeskContext, value: Decimal, currency_code: str | None = None) -> str:
    """'$1,250.50' (EC) or '1.250,50 €' (ES)."""
    code = currency_code or ctx.profile.currency
    return format_amount(value, ctx.number_format, currency(code), with_symbol=True)


def localized(ctx: DeskContext, msg: object) -> object:
    """`msg` with its Decimal parameters (also those of Msg parameters) written as amounts of the
    institution."""
    if not isinstance(msg, Msg):
        return msg
    params = tuple((k, money_text(ctx, v) if isinstance(v, Decimal) else localized(ctx, v))
                   for k, v in msg.params)
    return Msg(msg.text, params)


def say(ctx: DeskContext, msg: object) -> str:
    """A service message, translated, with amounts in the institution's format."""
    return tr_msg(localized(ctx, msg))


def new_key(prefix: str) -> str:
    """A fresh idempotency key: one per confirmation shown, reused by every press of Confirm."""
    return f"{prefix}-{uuid.uuid4().hex}"


def message_label(object_name: str = "ErrorLabel") -> QLabel:
    """A hidden, word-wrapped label for errors (ErrorLabel), refusals (RefusalLabel), warnings
    (WarningLabel) or notes (NoteLabel); `show_message` fills and shows it."""
    label = QLabel(objectName=object_name, wordWrap=True, visible=False)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def show_message(label: QLabel, text: str) -> None:
    """Show `text` in `label`, or hide the label when `text` is empty."""
    label.setText(text)
    label.setVisible(bool(text))


def field_error_label() -> QLabel:
    """The small red line under a field that says what is wrong with it."""
    return message_label("FieldError")
