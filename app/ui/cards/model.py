"""A member's cards as the seed lists them: brand, masked number, type, status, the linked
account and, for credit cards, the limit and what is owed."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.domain.cards import BLOCK_REASONS, KIND_LABELS, Kind, Status
from app.services.cards import CardView

from ..i18n import translate
from ..list_model import ListTableModel

CONTEXT = "CardsModel"
PIN_STATES = {"none": QT_TRANSLATE_NOOP(CONTEXT, "Not issued"),
              "temporary": QT_TRANSLATE_NOOP(CONTEXT, "Temporary, to change"),
              "set": QT_TRANSLATE_NOOP(CONTEXT, "Chosen by the member"),
              "locked": QT_TRANSLATE_NOOP(CONTEXT, "Locked")}
# A card's status (la tarjeta: activa, bloqueada, cancelada).
STATUS_LABELS = {Status.ACTIVE: QT_TRANSLATE_NOOP(CONTEXT, "Active"),
                 Status.BLOCKED: QT_TRANSLATE_NOOP(CONTEXT, "Blocked"),
                 Status.CANCELLED: QT_TRANSLATE_NOOP(CONTEXT, "Cancelled")}


class CardsModel(ListTableModel):
    CONTEXT = CONTEXT
    HEADERS = (QT_TRANSLATE_NOOP(CONTEXT, "Brand"), QT_TRANSLATE_NOOP(CONTEXT, "Number"),
               QT_TRANSLATE_NOOP(CONTEXT, "Type"), QT_TRANSLATE_NOOP(CONTEXT, "Status"),
               QT_TRANSLATE_NOOP(CONTEXT, "Account"), QT_TRANSLATE_NOOP(CONTEXT, "Limit"),
               QT_TRANSLATE_NOOP(CONTEXT, "Owed"), QT_TRANSLATE_NOOP(CONTEXT, "Expires"),
               QT_TRANSLATE_NOOP(CONTEXT, "PIN"))
    MONEY = frozenset({5, 6})

    def cell(self, c: CardView, column: int) -> str:
        status = QCoreApplication.translate(CONTEXT, STATUS_LABELS[c.status])
        if c.status == Status.BLOCKED and c.block_reason in BLOCK_REASONS:
            status += f" ({translate(BLOCK_REASONS[c.block_reason])})"
        credit = c.kind == Kind.CREDIT
        return (c.brand, c.number, translate(KIND_LABELS[c.kind]), status, c.account_number,
                self._money(c.credit_limit, c.currency) if credit else "—",
                self._money(c.owed, c.currency) if credit and c.owed is not None else "—",
                f"{c.expires_on:%m/%y}" if c.expires_on else "—",
                QCoreApplication.translate(CONTEXT, PIN_STATES[c.pin_state]))[column]
