"""What the administration tabs share: a titled card, a scrolling form page, and the done/error
lines under a form."""
from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from app.services.errors import ValidationError

from ..i18n import render_error, tr_msg
from ..member_file.style import FORMS
from ..operations.common import message_label
from ..retranslate import LiveText

T = TypeVar("T")


def card(title: QLabel, *widgets: QWidget) -> tuple[QFrame, QVBoxLayout]:
    """A white card (QFrame#Card) with its title and `widgets`; returns it and its layout."""
    frame = QFrame(objectName="Card")
    column = QVBoxLayout(frame)
    column.setContentsMargins(18, 14, 18, 16)
    column.setSpacing(8)
    title.setObjectName("SectionTitle")
    column.addWidget(title)
    for w in widgets:
        column.addWidget(w)
    return frame, column


def scrolling(inner: QWidget) -> QScrollArea:
    """`inner` in a frameless scroll area (forms taller than a small screen)."""
    area = QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(inner)
    inner.setObjectName(inner.objectName() or "AdminForm")
    return area


class Feedback:
    """The two message lines of a form: `done` (green) and `error` (red), each live-translated."""

    def __init__(self) -> None:
        self.done_label = message_label("DoneLabel")
        self.error_label = message_label("ErrorLabel")
        self.done, self.error = LiveText(self.done_label), LiveText(self.error_label)

    def clear(self) -> None:
        self.done.show(None)
        self.error.show(None)

    def retranslate(self) -> None:
        self.done.retranslate()
        self.error.retranslate()


STYLE = FORMS + """
QWidget#AdminForm { background: transparent; }
QTabWidget::pane { border: none; }
QTabBar::tab { padding: 6px 14px; }
"""


def submit(rows, inputs: dict[str, QWidget], feedback: Feedback, call: Callable[[], T]) -> T | None:  # noqa: ANN001
    """Save a form through its service: the field a ValidationError names shows the message
    under it (and takes the focus), any other refusal goes to the error line; None then."""
    feedback.clear()
    for name in rows.order:
        rows.set_error(name, "")
    try:
        return call()
    except ValidationError as exc:
        if exc.field in rows.errors:
            rows.set_error(exc.field, tr_msg(exc.msg))
            inputs[exc.field].setFocus()
        else:
            feedback.error.show(lambda e=exc: render_error(e))
    except Exception as exc:  # noqa: BLE001 - a refusal (permission...), said on the form
        feedback.error.show(lambda e=exc: render_error(e))
    return None
