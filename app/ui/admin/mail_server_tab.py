"""The Mail server tab: where the outbox's e-mails go out (host, port, security, the user to sign
in as, its password and the sender address members see), and a test message to check it.

The password is never shown again once saved: the field stays empty and an empty field keeps it;
"No password" removes it. `mail_server.set_server` checks the whole form: a bad field is named
under it and nothing is written."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QVBoxLayout, QWidget)

from app.domain.outbox import DEFAULT_PORTS, SECURITY, SECURITY_LABELS
from app.services import mail_server
from app.services.mail_server import MailServerInput

from ..desk_context import DeskContext
from ..i18n import render_error, translate
from ..member_file.fields import FieldRows
from ..retranslate import Retranslatable
from .common import Feedback, card, scrolling, submit

FIELDS = ("host", "port", "security", "username", "password", "sender")


class MailServerTab(Retranslatable, QWidget):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("MailServerTab")
        self._ctx = ctx
        self.has_password = False
        security = QComboBox()
        for code in SECURITY:
            security.addItem("", code)
        self.inputs: dict[str, QWidget] = {
            "host": QLineEdit(maxLength=200, placeholderText="smtp.example.org"),
            "port": QLineEdit(maxLength=5), "security": security,
            "username": QLineEdit(maxLength=200),
            "password": QLineEdit(maxLength=200, echoMode=QLineEdit.EchoMode.Password),
            "sender": QLineEdit(maxLength=200, placeholderText="oficina@example.coop"),
        }
        self.inputs["port"].setMaximumWidth(self.inputs["port"].fontMetrics().horizontalAdvance("000000") + 16)
        self.no_password = QCheckBox(objectName="NoPassword")
        self.rows = FieldRows(self.inputs)
        self.title, self.note = QLabel(), QLabel(objectName="FieldNote", wordWrap=True)
        form = QFormLayout()
        for name in FIELDS:
            self.rows.add(form, name, "", self.no_password if name == "password" else None)
        self.feedback = Feedback()
        self.save_button = QPushButton(objectName="SaveMailServer")
        self.save_button.setProperty("primary", True)
        server_card, column = card(self.title, self.note)
        column.addLayout(form)
        save_row = QHBoxLayout()
        save_row.addWidget(self.feedback.done_label, 1)
        save_row.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight)
        column.addWidget(self.feedback.error_label)
        column.addLayout(save_row)

        self.test_title, self.test_note = QLabel(), QLabel(objectName="FieldNote", wordWrap=True)
        self.test_to = QLineEdit(objectName="TestRecipient", maxLength=200)
        self.test_button = QPushButton(objectName="SendTest", autoDefault=False)
        self.test_feedback = Feedback()
        test_card, test_column = card(self.test_title, self.test_note)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_to, 1)
        test_row.addWidget(self.test_button)
        test_column.addLayout(test_row)
        test_column.addWidget(self.test_feedback.error_label)
        test_column.addWidget(self.test_feedback.done_label)

        inner = QWidget()
        page = QVBoxLayout(inner)
        page.setContentsMargins(0, 4, 8, 4)
        page.setSpacing(12)
        row = QHBoxLayout()
        row.setSpacing(12)
        row.addWidget(server_card, 3)
        right = QVBoxLayout()
        right.addWidget(test_card)
        right.addStretch(1)
        row.addLayout(right, 2)
        page.addLayout(row)
        page.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(inner))

        security.currentIndexChanged.connect(self._suggest_port)
        self.no_password.toggled.connect(lambda on: self.inputs["password"].setEnabled(not on))
        self.save_button.clicked.connect(self.save)
        self.test_button.clicked.connect(self.send_test)
        self.retranslate_ui()
        self.load()

    def retranslate_ui(self) -> None:
        captions = {"host": self.tr("Ser&ver"), "port": self.tr("P&ort"), "security": self.tr("Sec&urity"),
                    "username": self.tr("Sign in &as"), "password": self.tr("Pass&word"),
                    "sender": self.tr("Sen&der address")}
        for name, text in captions.items():
            self.rows.set_caption(name, text)
        combo = self.inputs["security"]
        for i in range(combo.count()):
            combo.setItemText(i, translate(SECURITY_LABELS[combo.itemData(i)]))
        self.no_password.setText(self.tr("No password"))
        self.title.setText(self.tr("Outgoing mail"))
        self.note.setText(self.tr("The outbox sends the members' e-mails (online access letters, "
                                  "temporary PINs) through this server, from every desk. Leave "
                                  "Sign in as empty for a server that needs no sign-in."))
        self._password_hint()
        self.save_button.setText(self.tr("&Save changes"))
        self.test_title.setText(self.tr("Test message"))
        self.test_note.setText(self.tr("Sends one message to this address at once, through the saved "
                                       "server, and shows the server's answer."))
        self.test_to.setPlaceholderText("it@example.coop")
        self.test_button.setText(self.tr("Send a &test"))
        self.feedback.retranslate()
        self.test_feedback.retranslate()

    def _password_hint(self) -> None:
        self.inputs["password"].setPlaceholderText(
            self.tr("Saved: leave empty to keep it") if self.has_password else "")

    def _suggest_port(self) -> None:
        port = self.inputs["port"]
        text = port.text().strip()
        if not text or (text.isdigit() and int(text) in DEFAULT_PORTS.values()):     # not typed
            port.setText(str(DEFAULT_PORTS[self.inputs["security"].currentData()]))

    def load(self) -> None:
        try:
            view = mail_server.get(self._ctx.ledger, self._ctx.actor)
        except Exception as exc:  # noqa: BLE001 - said on the tab
            self.feedback.error.show(lambda e=exc: render_error(e))
            return
        combo = self.inputs["security"]
        if view is None:
            combo.setCurrentIndex(0)
            self._suggest_port()
            return
        self.inputs["host"].setText(view.host)
        self.inputs["port"].setText(str(view.port))
        combo.setCurrentIndex(max(0, combo.findData(view.security)))
        self.inputs["username"].setText(view.username)
        self.inputs["sender"].setText(view.sender)
        self.has_password = view.has_password
        self._password_hint()

    def data(self) -> MailServerInput:
        typed = self.inputs["password"].text()
        password = "" if self.no_password.isChecked() else (typed or None)
        return MailServerInput(self.inputs["host"].text(), self.inputs["port"].text(),
                               self.inputs["security"].currentData(), self.inputs["username"].text(),
                               password, self.inputs["sender"].text())

    def save(self) -> bool:
        view = submit(self.rows, self.inputs, self.feedback, lambda: mail_server.set_server(
            self._ctx.ledger, self._ctx.actor, self.data()))
        if view is None:
            return False
        self.has_password = view.has_password
        self.inputs["password"].clear()
        self.no_password.setChecked(False)
        self._password_hint()
        self.feedback.done.show(lambda: self.tr("Saved. The next run of the outbox uses it."))
        self._ctx.events.notify(None)
        return True

    def send_test(self) -> None:
        self.test_feedback.clear()
        to = self.test_to.text()
        try:
            mail_server.send_test(self._ctx.ledger, self._ctx.actor, to)
        except Exception as exc:  # noqa: BLE001 - the server's answer, said under the field
            self.test_feedback.error.show(lambda e=exc: render_error(e))
            return
        self.test_feedback.done.show(lambda: self.tr("The server took the message for %1.").replace("%1", to.strip()))
