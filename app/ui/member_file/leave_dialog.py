"""Leaving membership: the petition for the member on the file. The dialog lists what would be
paid back (every account with money, to the registered external account) and the member's
reason; the member is "leaving" until a supervisor approves (everything settled and closed) or
rejects it (active again)."""
from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from app.services import leaving, members

from ..desk_context import DeskContext
from ..i18n import render_error
from ..operations.common import money_text, say
from .filing_dialog import FilingDialog


class LeaveDialog(FilingDialog):
    def __init__(self, ctx: DeskContext, member: members.MemberFile, parent: QWidget | None = None):
        super().__init__(ctx, member, parent, "LeaveDialog")
        self.setWindowTitle(self.tr("Leaving membership"))
        try:
            rows, total, blocker = leaving.leaving_preview(ctx.ledger, ctx.actor, member.id)
            error = say(ctx, blocker) if blocker is not None else ""
        except Exception as exc:  # noqa: BLE001 - said in the dialog
            rows, total, error = [], 0, render_error(exc)
        lines = [self.tr("%1 asks to leave the cooperative. On approval every account is settled "
                         "and closed:").replace("%1", member.name)]
        lines += [f"   {number}: {money_text(ctx, balance)}" for number, balance in rows]
        lines.append(self.tr("%1 in all, by transfer to %2.").replace("%1", money_text(ctx, total))
                     .replace("%2", member.bank_account_display or "—"))
        self.summary = QLabel("\n".join(lines), objectName="Sentence", wordWrap=True)
        self.reason = QLineEdit(objectName="LeaveReason", maxLength=500)
        self.reason.setPlaceholderText(self.tr("optional, in the member's words"))
        form = QFormLayout()
        caption = QLabel(self.tr("&Reason"))
        caption.setBuddy(self.reason)
        form.addRow(caption, self.reason)
        self.body.addWidget(self.summary)
        self.body.addLayout(form)
        self.show_message(error)
        self.send_button.setEnabled(not error)

    def file(self):  # noqa: ANN201
        return leaving.request_leaving(self._ctx.ledger, self._ctx.actor, self._member.id, self.reason.text(),
                                       self.otp.code())

    def done_text(self, petition) -> str:  # noqa: ANN001
        return self.tr("Petition %1 filed: the member is leaving until a supervisor decides it on "
                       "the Approvals page.").replace("%1", str(petition.id))

    def locked(self) -> list[QWidget]:
        return [self.reason]
