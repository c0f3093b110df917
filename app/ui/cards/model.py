"""A member's cards as the seed lists them: brand, masked number, type, status, the linked
account and, for credit cards, the limit and what is owed."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.domain.cards import BLOCK_REASONS, Kind, Status
from app.services.cards import CardView

from ..i18n import translate
from ..list_model import ListTableModel

CONTEXT = "CardsModel"
PIN_STATES = {"none": QT_TRANSLATE_NOOP(CONTEXT, "No PIN"),
              "temporary": QT_TRANSLATE_NOOP(CONTEXT, "Temporary"),       # the member must change it
              "set": QT_TRANSLATE_NOOP(CONTEXT, "Chosen"),               # by the member
              "locked": QT_TRANSLATE_NOOP(CONTEXT, "Locked")}
# The seed's short words in the table ("MC Débito"); the ledger's Debit/Credit are other words.
KINDS = {Kind.DEBIT: QT_TRANSLATE_NOOP(CONTEXT, "Debit"), Kind.CREDIT: QT_TRANSLATE_NOOP(CONTEXT, "Credit")}
# A card's status (la tarjeta: activa, bloqueada, cancelada).
STATUS_LABELS = {Status.ACTIVE: QT_TRANSLATE_NOOP(CONTEXT, "Active"),
                 Status.BLOCKED: QT_TRANSLATE_NOOP(CONTEXT, "Blocked"),
                 Status.CANCELLED: QT_TRANSLATE_NOOP(CONTEXT, "Cancelled")}


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class CardsModel(ListTableModel):
    CONTEXT = CONTEXT
    HEADERS = (QT_TRANSLATE_NOOP(CONTEXT, "Brand"), QT_TRANSLATE_NOOP(CONTEXT, "Number"),
               QT_TRANSLATE_NOOP(CONTEXT, "Type"), QT_TRANSLATE_NOOP(CONTEXT, "Status"),
               QT_TRANSLATE_NOOP(CONTEXT, "Account"), QT_TRANSLATE_NOOP(CONTEXT, "Limit"),
               QT_TRANSLATE_NOOP(CONTEXT, "Owed"), QT_TRANSLATE_NOOP(CONTEXT, "Expires"),
               QT_TRANSLATE_NOOP(CONTEXT, "PIN"))
    MONEY = frozenset({5, 6})

    def cell(self, c: CardView, column: int) -> str:
        status = _t(STATUS_LABELS[c.status])
        if c.status == Status.BLOCKED and c.block_reason in BLOCK_REASONS:
            status += f" ({translate(BLOCK_REASONS[c.block_reason])})"
        credit = c.kind == Kind.CREDIT
        return (c.brand, c.number, _t(KINDS[c.kind]), status, c.account_number,
                self._money(c.credit_limit, c.currency) if credit else "—",
                self._money(c.owed, c.currency) if credit and c.owed is not None else "—",
                f"{c.expires_on:%m/%y}" if c.expires_on else "—",
                _t(PIN_STATES[c.pin_state]))[column]

    def tooltip(self, c: CardView, column: int) -> str | None:
        if column == 8 and c.pin_state == "temporary":
            return _t("A temporary PIN: the member changes it before using the card.")
        return self.cell(c, column) if column == 3 else None

    @staticmethod
    def samples(money_sample: str) -> tuple[str, ...]:
        """The widest text of each column in this language, to size the columns by."""
        def widest(texts) -> str:  # noqa: ANN001
            return max(texts, key=len)
        return ("Mastercard", "550975XXXXXX7026", widest(_t(k) for k in KINDS.values()),
                widest(_t(STATUS_LABELS[Status.BLOCKED]) + f" ({translate(r)})" for r in BLOCK_REASONS.values()),
                "0001-000000-5001", money_sample, money_sample, "00/00",
                widest(_t(p) for p in PIN_STATES.values()))
