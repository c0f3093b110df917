"""The member file's Online access tab: the member's online-banking credentials (status, user
name, the key's expiry; issue, reissue, revoke) and their authenticator (status; enrol, enrol
again, remove). The keys and secrets themselves appear only in the dialogs that create them."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QInputDialog, QLabel, QMessageBox, QPushButton,
                               QVBoxLayout, QWidget)

from app.domain.credentials import STATUS_LABELS, CredentialStatus as S
from app.domain.permissions import Permission
from app.services import credentials, members, otp
from app.services.receipts import local_time

from ..desk_context import DeskContext
from ..i18n import render_error, translate
from ..retranslate import Retranslatable
from .enrol_dialog import EnrolDialog
from .issue_dialog import IssueCredentialDialog


def _section(title: QLabel, status: QLabel, buttons: list[QPushButton]) -> QFrame:
    frame = QFrame(objectName="AccessSection")
    frame.setStyleSheet("QFrame#AccessSection { background: #ffffff; border: 1px solid #c9ced6; "
                        "border-radius: 6px; }")
    row = QHBoxLayout()
    row.addStretch(1)
    for b in buttons:
        row.addWidget(b)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(16, 12, 16, 12)
    layout.addWidget(title)
    layout.addWidget(status)
    layout.addLayout(row)
    return frame


class AccessTab(Retranslatable, QWidget):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("AccessTab")
        self._ctx = ctx
        self.member: members.MemberFile | None = None
        self.credential: credentials.CredentialView | None = None
        self.otp_status: otp.OtpStatus | None = None
        self.online_title = QLabel(objectName="SectionTitle")
        self.online_status = QLabel(objectName="AccessStatus", wordWrap=True)
        self.issue_button = QPushButton(objectName="IssueCredential", autoDefault=False)
        self.revoke_button = QPushButton(objectName="RevokeCredential", autoDefault=False)
        self.otp_title = QLabel(objectName="SectionTitle")
        self.otp_label = QLabel(objectName="OtpStatus", wordWrap=True)
        self.enrol_button = QPushButton(objectName="EnrolOtp", autoDefault=False)
        self.remove_button = QPushButton(objectName="RemoveOtp", autoDefault=False)
        self.issue_button.clicked.connect(self.issue)
        self.revoke_button.clicked.connect(lambda: self.revoke())
        self.enrol_button.clicked.connect(self.enrol)
        self.remove_button.clicked.connect(lambda: self.remove())
        allowed = ctx.can(Permission.ACCESS)
        for b in (self.issue_button, self.revoke_button, self.enrol_button, self.remove_button):
            b.setVisible(allowed)
        self.message = QLabel(objectName="MessageLabel", wordWrap=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 10, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(_section(self.online_title, self.online_status, [self.issue_button, self.revoke_button]))
        layout.addWidget(_section(self.otp_title, self.otp_label, [self.enrol_button, self.remove_button]))
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.online_title.setText(self.tr("Online banking"))
        self.otp_title.setText(self.tr("Authenticator (one-time codes)"))
        self.revoke_button.setText(self.tr("Re&voke…"))
        self.remove_button.setText(self.tr("Remove the aut&henticator…"))
        self._show()

    def set_member(self, member: members.MemberFile) -> None:
        self.member = member
        self.message.setText("")
        try:
            self.credential = credentials.status(self._ctx.ledger, self._ctx.actor, member.id)
            self.otp_status = otp.status(self._ctx.ledger, self._ctx.actor, member.id)
        except Exception as exc:  # noqa: BLE001 - shown, not raised
            self.credential, self.otp_status = None, None
            self.message.setText(render_error(exc))
        self._show()

    def _when(self, at) -> str:  # noqa: ANN001
        return f"{local_time(at, self._ctx.profile.timezone):%d/%m/%Y %H:%M}" if at else ""

    def _show(self) -> None:
        c, o = self.credential, self.otp_status
        if c is None:
            text = self.tr("No online access yet.")
        else:
            text = self.tr("%1 · user name %2").replace("%1", translate(STATUS_LABELS[c.status])) \
                .replace("%2", c.username)
            if c.status in (S.ISSUED, S.EXPIRED):
                text += " · " + self.tr("key valid until %1").replace("%1", self._when(c.key_expires_at))
            elif c.status == S.ACTIVE:
                text += " · " + self.tr("since %1").replace("%1", self._when(c.activated_at))
        self.online_status.setText(text)
        self.issue_button.setText(self.tr("Issue the &key…") if c is None else self.tr("Reissue the &key…"))
        self.revoke_button.setEnabled(c is not None and c.status != S.REVOKED)
        status = o.status if o else "none"
        self.otp_label.setText(self.tr("None: the member signs the printed forms.") if status in ("none", otp.REVOKED)
                               else translate(otp.STATUS_LABELS[status]) +
                               (" · " + self.tr("since %1").replace("%1", self._when(o.confirmed_at))
                                if status == otp.ACTIVE else ""))
        self.enrol_button.setText(self.tr("En&rol…") if status in ("none", otp.REVOKED) else self.tr("En&rol again…"))
        self.remove_button.setEnabled(status in (otp.ACTIVE, otp.PENDING, otp.LOCKED))
        active = self.member is not None and self.member.status in ("active", "applicant")
        self.issue_button.setEnabled(self.member is not None and self.member.status == "active")
        self.enrol_button.setEnabled(active)

    def issue(self) -> IssueCredentialDialog:
        dialog = IssueCredentialDialog(self._ctx, self.member, reissue=self.credential is not None, parent=self)
        dialog.open()
        return dialog

    def enrol(self) -> EnrolDialog:
        status = self.otp_status.status if self.otp_status else "none"
        dialog = EnrolDialog(self._ctx, self.member, replacing=status in (otp.ACTIVE, otp.LOCKED), parent=self)
        dialog.open()
        return dialog

    def revoke(self, reason: str | None = None) -> QInputDialog | bool:
        """Ask for the reason (a dialog), then revoke; with `reason`, at once."""
        if reason is None:
            ask = QInputDialog(self, objectName="RevokeReason")
            ask.setWindowTitle(self.tr("Revoke online access"))
            ask.setLabelText(self.tr("Why is the member's online access revoked?"))
            ask.textValueSelected.connect(self.revoke)
            ask.open()
            return ask
        try:
            credentials.revoke(self._ctx.ledger, self._ctx.actor, self.member.id, reason)
        except Exception as exc:  # noqa: BLE001 - shown
            self.message.setText(render_error(exc))
            return False
        self.message.setText(self.tr("Online access revoked."))
        self._ctx.events.notify(None)
        return True

    def remove(self, confirmed: bool = False) -> QMessageBox | bool:
        if not confirmed:
            box = QMessageBox(QMessageBox.Icon.Question, self.tr("Remove the authenticator"),
                              self.tr("Remove the member's authenticator? Its codes stop working and the "
                                      "member signs the printed forms until they enrol again."),
                              QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
            box.buttonClicked.connect(lambda b: box.standardButton(b) == QMessageBox.StandardButton.Yes
                                      and self.remove(True))
            box.open()
            return box
        try:
            otp.remove(self._ctx.ledger, self._ctx.actor, self.member.id)
        except Exception as exc:  # noqa: BLE001 - shown
            self.message.setText(render_error(exc))
            return False
        self.message.setText(self.tr("Authenticator removed."))
        self._ctx.events.notify(None)
        return True
