"""What the administration tabs share: a titled card, a scrolling form page, and the done/error
lines under a form."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from ..member_file.style import FORMS
from ..operations.common import message_label
from ..retranslate import LiveText


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
