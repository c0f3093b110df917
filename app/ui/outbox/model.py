"""The outbox as a table: when, for whom, what, its state and the server's last answer (never a
message's body)."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from app.domain.outbox import STATUS_LABELS, Status
from app.services.outbox import KIND_LABELS, OutboxView
from app.services.receipts import local_time

from ..formatting import member_number
from ..i18n import translate
from ..list_model import ListTableModel

CONTEXT = "OutboxModel"


class OutboxModel(ListTableModel):
    CONTEXT = CONTEXT
    HEADERS = (QT_TRANSLATE_NOOP(CONTEXT, "Queued"), QT_TRANSLATE_NOOP(CONTEXT, "Member"),
               QT_TRANSLATE_NOOP(CONTEXT, "Message"), QT_TRANSLATE_NOOP(CONTEXT, "To"),
               QT_TRANSLATE_NOOP(CONTEXT, "Status"), QT_TRANSLATE_NOOP(CONTEXT, "Tries"),
               QT_TRANSLATE_NOOP(CONTEXT, "Sent or next try"), QT_TRANSLATE_NOOP(CONTEXT, "Server's answer"))

    def _time(self, value) -> str:  # noqa: ANN001
        return local_time(value, self._ctx.profile.timezone).strftime("%d/%m/%Y %H:%M") if value else "—"

    def cell(self, r: OutboxView, column: int) -> str:
        status = Status(r.status)
        return (self._time(r.created_at),
                member_number(r.member_number) if r.member_number else "—",
                translate(KIND_LABELS.get(r.kind, r.kind)), r.recipient,
                translate(STATUS_LABELS[status]), str(r.attempts),
                self._time(r.sent_at) if status == Status.SENT else self._time(r.next_attempt_at),
                r.last_error.splitlines()[0] if r.last_error else "")[column]

    def tooltip(self, r: OutboxView, column: int) -> str | None:
        if column == 7 and r.last_error:
            return r.last_error
        if column == 2:
            return r.subject
        return None
