"""The outbox page: the messages to members waiting to go out, being sent, sent, failed or
cancelled, with the server's last answer; Send now, Retry a failed one, Cancel one that has not
gone out (with a reason). Bodies are never shown: a secret one is erased once sent."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QTableView,
                               QVBoxLayout, QWidget)

from app.domain.outbox import CANCELLABLE, RETRYABLE, SECURITY_SHORT, Status
from app.domain.permissions import Permission
from app.services import mail_server, outbox
from app.services.outbox import OutboxView
from app.services.outbox_dispatch import DispatchResult
from app.services.receipts import local_time

from ..desk_context import DeskContext
from ..i18n import render_error, translate
from ..member_file.tables import setup_table
from ..operations.common import message_label
from ..retranslate import LiveText, Retranslatable
from .dispatcher import DeskDispatcher
from .model import OutboxModel

OPEN = [s.value for s in CANCELLABLE] + [Status.SENDING.value]
FILTERS = (("open", OPEN), ("sent", [Status.SENT.value]), ("all", None))


class OutboxPage(Retranslatable, QWidget):
    def __init__(self, ctx: DeskContext, dispatcher: DeskDispatcher, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("OutboxPage")
        self._ctx = ctx
        self.dispatcher = dispatcher
        self.title = QLabel(objectName="PageTitle")
        self.server_label = QLabel(objectName="FieldNote", wordWrap=True)
        self.run_label = QLabel(objectName="FieldNote", wordWrap=True)
        self.filter = QComboBox(objectName="OutboxFilter")
        for key, _statuses in FILTERS:
            self.filter.addItem("", key)
        self.model = OutboxModel(ctx)
        self.view = QTableView(objectName="OutboxTable")
        self.view.setModel(self.model)
        setup_table(self.view, stretch=7, samples=("00/00/0000 00:00", "000000", "Online access letter",
                                                   "name.surname@example.org", "Failed, will retry", "00",
                                                   "00/00/0000 00:00", "Server's answer"))
        self.empty = QLabel(objectName="HintLabel", alignment=Qt.AlignmentFlag.AlignCenter)
        self.send_button = QPushButton(objectName="SendNow", autoDefault=False)
        self.send_button.setProperty("primary", True)
        self.retry_button = QPushButton(objectName="RetryMessage", autoDefault=False, enabled=False)
        self.reason_edit = QLineEdit(objectName="CancelReason", maxLength=200)
        self.cancel_button = QPushButton(objectName="CancelMessage", autoDefault=False, enabled=False)
        self.error, self.done_label = message_label("ErrorLabel"), message_label("DoneLabel")
        self._error, self._done = LiveText(self.error), LiveText(self.done_label)
        for b in (self.send_button, self.retry_button, self.cancel_button, self.reason_edit):
            b.setVisible(ctx.can(Permission.OUTBOX))

        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.filter)
        actions = QHBoxLayout()
        actions.addWidget(self.send_button)
        actions.addWidget(self.retry_button)
        actions.addStretch(1)
        actions.addWidget(self.reason_edit, 1)
        actions.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.server_label)
        layout.addWidget(self.run_label)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.done_label)
        layout.addLayout(actions)

        self.filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.send_button.clicked.connect(self.send_now)
        self.retry_button.clicked.connect(self.retry)
        self.cancel_button.clicked.connect(self.cancel)
        self.reason_edit.textChanged.connect(lambda _t: self._update_buttons())
        dispatcher.finished.connect(self._dispatched)
        ctx.events.changed.connect(self._on_changed)       # a bound slot: gone with the page
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Outbox"))
        for i, text in enumerate((self.tr("Waiting and failed"), self.tr("Sent"), self.tr("All"))):
            self.filter.setItemText(i, text)
        self.send_button.setText(self.tr("&Send now"))
        self.retry_button.setText(self.tr("&Retry"))
        self.cancel_button.setText(self.tr("Ca&ncel the message"))
        self.reason_edit.setPlaceholderText(self.tr("Why it is cancelled"))
        self.empty.setText(self.tr("Nothing here."))
        self.model.retranslate()
        self._error.retranslate()
        self._done.retranslate()
        self._show_server()
        self._show_run()

    def _on_changed(self, _changes: object) -> None:
        if self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:  # noqa: ANN001, N802 - a Qt override
        self.refresh()
        super().showEvent(event)

    # --- reading -------------------------------------------------------------------------------

    def refresh(self) -> None:
        statuses = dict(FILTERS)[self.filter.currentData()]
        current = self.selected()
        try:
            rows = outbox.messages(self._ctx.ledger, self._ctx.actor, statuses=statuses)
            self.server = mail_server.get(self._ctx.ledger, self._ctx.actor)
        except Exception as exc:  # noqa: BLE001 - said on the page
            self._error.show(lambda e=exc: render_error(e))
            return
        self.model.set_rows(rows)
        self.view.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        if current is not None:
            for i, r in enumerate(rows):
                if r.id == current.id:
                    self.view.selectRow(i)
        self._show_server()
        self._update_buttons()

    def selected(self) -> OutboxView | None:
        index = self.view.currentIndex()
        return self.model.rows[index.row()] if index.isValid() and index.row() < len(self.model.rows) else None

    def _show_server(self) -> None:
        server = getattr(self, "server", None)
        if server is None:
            self.server_label.setText(self.tr("No mail server is set: e-mails wait here until an "
                                              "administrator sets one in Administration, Mail server."))
            return
        self.server_label.setText(self.tr("E-mails go out through %1:%2 (%3) from %4, every minute "
                                          "from every desk that is open.")
                                  .replace("%1", server.host).replace("%2", str(server.port))
                                  .replace("%3", translate(SECURITY_SHORT[server.security]))
                                  .replace("%4", server.sender))

    def _show_run(self) -> None:
        d = self.dispatcher
        if d.running:
            self.run_label.setText(self.tr("Sending…"))
            return
        if d.last_run is None:
            self.run_label.setText("")
            return
        at = local_time(d.last_run, self._ctx.profile.timezone).strftime("%H:%M")
        r = d.last_result
        if isinstance(r, DispatchResult):
            text = (self.tr("Last run at %1: %2 sent, %3 to retry, %4 failed.")
                    .replace("%1", at).replace("%2", str(r.sent)).replace("%3", str(r.retrying))
                    .replace("%4", str(r.failed))) if r.configured else \
                self.tr("Run at %1: no mail server is set, nothing was sent.").replace("%1", at)
        else:
            text = self.tr("The last run at %1 could not finish: %2").replace("%1", at).replace(
                "%2", render_error(r) if isinstance(r, BaseException) else str(r))
        self.run_label.setText(text)

    def _update_buttons(self) -> None:
        row = self.selected()
        self.retry_button.setEnabled(row is not None and row.status in RETRYABLE)
        self.cancel_button.setEnabled(row is not None and row.status in CANCELLABLE
                                      and bool(self.reason_edit.text().strip()))
        self.send_button.setEnabled(not self.dispatcher.running)

    # --- acting --------------------------------------------------------------------------------

    def send_now(self) -> None:
        self._error.show(None)
        self._done.show(None)
        if self.dispatcher.run():
            self._show_run()
            self._update_buttons()

    def _dispatched(self, _result: object) -> None:
        self._show_run()
        self.refresh()

    def _act(self, job, done) -> None:  # noqa: ANN001
        self._error.show(None)
        self._done.show(None)
        try:
            job()
        except Exception as exc:  # noqa: BLE001 - a refusal, said on the page
            self._error.show(lambda e=exc: render_error(e))
            return
        self._done.show(done)
        self._ctx.events.notify(None)
        self.refresh()

    def retry(self) -> None:
        row = self.selected()
        if row is not None:
            self._act(lambda: outbox.retry(self._ctx.ledger, self._ctx.actor, row.id),
                      lambda: self.tr("It goes out with the next run."))

    def cancel(self) -> None:
        row = self.selected()
        if row is not None:
            reason = self.reason_edit.text()
            self._act(lambda: outbox.cancel(self._ctx.ledger, self._ctx.actor, row.id, reason),
                      lambda: self.tr("Cancelled: it will not go out."))
            self.reason_edit.clear()
