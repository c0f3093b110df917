"""Changing a member's external bank account: a petition a supervisor approves.

The new account is checked while typing (the domain's `clean_bank_account`); Send files the
petition with `members.request_bank_account_change` and the dialog says that it waits for a
supervisor. The account shown on the member file changes only when it is approved.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QVBoxLayout, QWidget)

from app.domain.errors import FieldError
from app.domain.member_form import clean_bank_account
from app.services import members

from ..desk_context import DeskContext
from ..i18n import render_error, tr_msg
from .fields import FieldRows
from .otp_field import OtpCodeField
from .style import FORMS



class BankChangeDialog(QDialog):
    """After a petition is filed, `petition` holds its PetitionView."""

    def __init__(self, ctx: DeskContext, member: members.MemberFile, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("BankChangeDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setStyleSheet(FORMS)
        self.setWindowTitle(self.tr("Change the bank account"))
        self._ctx, self._member = ctx, member
        self.petition = None
        self._local = ctx.profile.bank_account_kind != "iban"

        current = member.bank_account_display or self.tr("none")
        self.intro = QLabel(self.tr("%1 (member %2). Account now: %3").replace("%1", member.name)
                            .replace("%2", f"{member.number:06d}").replace("%3", current),
                            wordWrap=True)
        self.account_edit = QLineEdit(objectName="input_bank_account", maxLength=60)
        self.account_edit.setPlaceholderText("ES91 2100 0418 4502 0005 1332" if not self._local
                                             else "2200123456")
        self.bank_edit = QLineEdit(objectName="input_bank_name", maxLength=80)
        inputs = {"bank_account": self.account_edit, "bank_name": self.bank_edit}
        self.rows = FieldRows(inputs)
        form = QFormLayout()
        self.rows.add(form, "bank_account", self.tr("&New account"))
        if self._local:
            self.rows.add(form, "bank_name", self.tr("&Bank"))
        self.note = QLabel(self.tr("The new account is used once a supervisor approves the "
                                   "change."), objectName="HintLabel", wordWrap=True)
        self.otp = OtpCodeField(ctx, member.id)
        self.done_label = QLabel(objectName="DoneLabel", wordWrap=True, visible=False)
        self.message = QLabel(objectName="ErrorLabel", wordWrap=True, visible=False)
        self.send_button = QPushButton(self.tr("&File the petition"), objectName="SendButton",
                                       default=True, enabled=False)
        self.close_button = QPushButton(self.tr("Cancel"), objectName="CloseButton",
                                        autoDefault=False)
        self.send_button.clicked.connect(self.send)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        for part in (self.intro, form, self.note, self.otp, self.done_label, self.message, buttons):
            (layout.addLayout if not isinstance(part, QWidget) else layout.addWidget)(part)
        self.setMinimumWidth(560)
        self._timer = QTimer(self, singleShot=True, interval=200)
        self._timer.timeout.connect(self.check)
        for edit in inputs.values():
            edit.textChanged.connect(self._timer.start)

    def check(self) -> bool:
        self._timer.stop()
        self.message.hide()
        account, bank = self.account_edit.text(), self.bank_edit.text()
        problems: dict[str, str] = {}
        if account.strip():
            try:
                clean_bank_account(self._ctx.profile, account, bank)
            except FieldError as exc:
                problems[exc.field] = tr_msg(exc.msg)
        for name in ("bank_account", "bank_name"):
            self.rows.set_error(name, problems.get(name, ""))
        self.rows.grow_to_fit(self)
        ok = bool(account.strip()) and not problems
        self.send_button.setEnabled(ok and self.petition is None)
        return ok

    def send(self) -> None:
        if not self.check():
            return
        ctx = self._ctx
        try:
            self.petition = members.request_bank_account_change(
                ctx.ledger, ctx.actor, self._member.id, self.account_edit.text(),
                self.bank_edit.text(), self.otp.code())
        except Exception as exc:  # noqa: BLE001 - shown, not raised
            field = getattr(exc, "field", None)
            if field == "otp_code":
                self.otp.show_error(tr_msg(exc.msg))
                return
            if field in self.rows.errors and hasattr(exc, "msg"):
                self.rows.set_error(field, tr_msg(exc.msg))
            else:
                self.message.setText(render_error(exc))
                self.message.show()
            self.send_button.setEnabled(False)
            return
        self.done_label.setText(self.tr("Petition %1 filed. The change waits for a supervisor's "
                                        "approval.").replace("%1", str(self.petition.id)))
        self.done_label.show()
        self.note.hide()
        for edit in (self.account_edit, self.bank_edit):
            edit.setReadOnly(True)
        self.send_button.setEnabled(False)
        self.close_button.setText(self.tr("Close"))
        self.close_button.setDefault(True)
        self.close_button.setFocus()
        ctx.events.notify(self.petition)
