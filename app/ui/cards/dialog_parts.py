"""What the card dialogs share: the card's title line, the buttons row (what stands on the left,
then the primary button and Cancel on the right) and the dialog's column."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.services.cards import CardView

CONTEXT = "CardDialogs"


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


def form_button(ctx, card: CardView, action: str, parent: QWidget, enrolled: bool) -> QPushButton:  # noqa: ANN001
    """"Print the form to sign…", for a member without an authenticator (hidden otherwise)."""
    from app.documents.card_request_form import build_card_request
    from app.services import cards

    from ..i18n import render_error, translate
    from ..pdf_preview import show_pdf

    button = QPushButton(QCoreApplication.translate(CONTEXT, "Print the &form to sign…"),
                         objectName="PrintRequestForm", autoDefault=False, visible=not enrolled)

    def show() -> None:
        try:
            pdf = build_card_request(cards.request_form(ctx.ledger, ctx.actor, card.id, action), translate)
        except Exception as exc:  # noqa: BLE001 - said on the button's tooltip
            button.setToolTip(render_error(exc))
            return
        button.dialog = show_pdf(parent, pdf, translate(cards.REQUESTS[action]), f"card-{card.number[-4:]}.pdf")
    button.clicked.connect(show)
    return button
