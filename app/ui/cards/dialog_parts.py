"""What the card dialogs share: the card's title line, the buttons row (what stands on the left,
then the primary button and Cancel on the right) and the dialog's column."""
from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.services.cards import CardView


def card_title(card: CardView) -> QLabel:
    return QLabel(f"{card.brand} · {card.number}", objectName="SectionTitle")


def button_row(primary: QPushButton, close: QPushButton, *left: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    for w in left:
        row.addWidget(w)
    row.addStretch(1)
    row.addWidget(primary)
    row.addWidget(close)
    return row


def column(dialog: QWidget, margins: tuple[int, int] = (20, 16), spacing: int = 10) -> QVBoxLayout:
    layout = QVBoxLayout(dialog)
    layout.setContentsMargins(margins[0], margins[1], margins[0], margins[1])
    layout.setSpacing(spacing)
    return layout
