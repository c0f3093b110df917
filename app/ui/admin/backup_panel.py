"""The Backup tab: when the last backup was taken (a warning once it is older than a day), Back
up now (to a file chosen here; the institution key goes in only encrypted under a passphrase
typed twice) and Restore (a backup file over this ledger: its manifest is shown first, the
replacement must be confirmed, and the desk signs out afterwards so that every screen reads the
restored ledger). Both run off the GUI thread."""
from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from babel.dates import format_datetime
from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QProgressBar, QPushButton, QVBoxLayout, QWidget)

from app.domain.backup import suggested_file_name
from app.domain.permissions import Permission
from app.services import backup, restore
from app.services.backup import BackupResult, BackupStatus
from app.services.restore import RestoreSummary

from ..desk_context import DeskContext
from ..i18n import render_error
from ..retranslate import Retranslatable
from ..task_worker import TaskWorker
from .common import Feedback, card

FILTER = "*.ventanilla-backup"


def _local(value: datetime, locale: str) -> str:
    aware = value if value.tzinfo else value.replace(tzinfo=timezone.utc)
    return format_datetime(aware.astimezone(), format="medium", locale=locale)


class BackupPanel(Retranslatable, QWidget):
    """`ledger_replaced` after a restore: the desk signs out and the ledger is read anew."""

    ledger_replaced = Signal()

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("BackupPanel")
        self._ctx = ctx
        self.status: BackupStatus | None = None
        self.worker: TaskWorker | None = None
        self.last_result: BackupResult | RestoreSummary | None = None
        self.feedback = Feedback()
        self.backup_title, self.restore_title = QLabel(), QLabel()
        self.last_label = QLabel(objectName="Sentence", wordWrap=True)
        self.due_label = QLabel(objectName="WarningLabel", wordWrap=True, visible=False)
        self.due_label.setStyleSheet("QLabel#WarningLabel { background: #fff4e0; border: 1px solid "
                                     "#e6c17a; border-radius: 4px; padding: 6px 8px; color: #6b4a00; }")
        self.with_key = QCheckBox(objectName="WithKey")
        self.passphrase = QLineEdit(objectName="Passphrase", echoMode=QLineEdit.EchoMode.Password, maxLength=200)
        self.repeat = QLineEdit(objectName="RepeatPassphrase", echoMode=QLineEdit.EchoMode.Password, maxLength=200)
        self.pass_caption, self.repeat_caption = QLabel(), QLabel()
        self.pass_caption.setBuddy(self.passphrase)
        self.repeat_caption.setBuddy(self.repeat)
        key_form = QFormLayout()
        key_form.addRow(self.pass_caption, self.passphrase)
        key_form.addRow(self.repeat_caption, self.repeat)
        self.key_note = QLabel(objectName="FieldNote", wordWrap=True)
        self.backup_button = QPushButton(objectName="BackupNow")
        self.backup_button.setProperty("primary", True)
        self.busy = QProgressBar(objectName="BackupBusy", visible=False, textVisible=False)
        self.busy.setRange(0, 0)
        backup_card, bcol = card(self.backup_title, self.last_label, self.due_label, self.with_key)
        bcol.addLayout(key_form)
        bcol.addWidget(self.key_note)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.backup_button)
        bcol.addLayout(row)

        self.restore_note = QLabel(objectName="FieldNote", wordWrap=True)
        self.restore_passphrase = QLineEdit(objectName="RestorePassphrase",
                                            echoMode=QLineEdit.EchoMode.Password, maxLength=200)
        self.restore_pass_caption = QLabel()
        self.restore_pass_caption.setBuddy(self.restore_passphrase)
        restore_form = QFormLayout()
        restore_form.addRow(self.restore_pass_caption, self.restore_passphrase)
        self.confirm_replace = QCheckBox(objectName="ConfirmReplace")
        self.restore_button = QPushButton(objectName="RestoreButton", autoDefault=False)
        restore_card, rcol = card(self.restore_title, self.restore_note)
        rcol.addLayout(restore_form)
        rcol.addWidget(self.confirm_replace)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.restore_button)
        rcol.addLayout(row)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self.feedback.done_label)
        layout.addWidget(self.feedback.error_label)
        layout.addWidget(self.busy)
        cards = QHBoxLayout()
        cards.setSpacing(12)
        cards.addWidget(backup_card, 1, Qt.AlignmentFlag.AlignTop)
        cards.addWidget(restore_card, 1, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(cards)
        layout.addStretch(1)
        self.with_key.toggled.connect(self._key_fields)
        self.backup_button.clicked.connect(self.ask_backup)
        self.restore_button.clicked.connect(self.ask_restore)
        self.confirm_replace.toggled.connect(self.restore_button.setEnabled)
        self.restore_button.setEnabled(False)
        self._key_fields(False)
        self.retranslate_ui()
        self.refresh()

    @staticmethod
    def applies(ctx: DeskContext) -> bool:
        return ctx.can(Permission.INSTITUTION_ADMIN)

    def retranslate_ui(self) -> None:
        self.backup_title.setText(self.tr("Back up the ledger"))
        self.with_key.setText(self.tr("&Include the institution key, encrypted under a passphrase"))
        self.pass_caption.setText(self.tr("&Passphrase"))
        self.repeat_caption.setText(self.tr("Re&peat it"))
        self.key_note.setText(self.tr("Without the key a backup can only be restored on a desk that "
                                      "has it (or with a key file from 'ventanilla key export')."))
        self.backup_button.setText(self.tr("&Back up now…"))
        self.restore_title.setText(self.tr("Restore a backup"))
        self.restore_note.setText(self.tr("Replaces this ledger with the backup, then checks that "
                                          "every entry balances and the audit chain is intact. Close "
                                          "the other desks of this ledger first; this desk signs out "
                                          "when it is done."))
        self.restore_pass_caption.setText(self.tr("Passphrase of its &key"))
        self.restore_passphrase.setPlaceholderText(self.tr("only if this desk lacks the key"))
        self.confirm_replace.setText(self.tr("I understand that the ledger is &replaced"))
        self.restore_button.setText(self.tr("&Restore…"))
        self._show_status()
        self.feedback.retranslate()

    def _key_fields(self, on: bool) -> None:
        for w in (self.passphrase, self.repeat, self.pass_caption, self.repeat_caption):
            w.setEnabled(on)

    # --- status --------------------------------------------------------------------------------

    def refresh(self) -> None:
        try:
            self.status = backup.backup_status(self._ctx.ledger, self._ctx.actor)
        except Exception as exc:  # noqa: BLE001
            self.feedback.error.show(lambda e=exc: render_error(e))
            return
        self._show_status()

    def _show_status(self) -> None:
        last = self.status.last if self.status else None
        if last is None:
            self.last_label.setText(self.tr("No backup of this ledger has been taken yet."))
        else:
            self.last_label.setText(
                self.tr("Last backup: %1 by %2, %3 (%4 KB)%5.")
                .replace("%1", _local(last.taken_at, self._ctx.profile.locale)).replace("%2", last.username)
                .replace("%3", last.file_name).replace("%4", f"{max(1, last.size // 1024):,}")
                .replace("%5", self.tr(", with the key") if last.key_included else ""))
        due = bool(self.status and self.status.due)
        self.due_label.setText(self.tr("The last backup is more than a day old: take one now.")
                               if last else self.tr("Take the first backup now."))
        self.due_label.setVisible(due)

    # --- backing up ----------------------------------------------------------------------------

    def ask_backup(self) -> str:
        self.feedback.clear()
        passphrase = None
        if self.with_key.isChecked():
            passphrase = self.passphrase.text()
            if len(passphrase) < 8:
                self.feedback.error.show(lambda: self.tr("Passphrase: use at least 8 characters."))
                return ""
            if passphrase != self.repeat.text():
                self.feedback.error.show(lambda: self.tr("Passphrase: the two entries differ."))
                return ""
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = suggested_file_name(self._ctx.institution.name, datetime.now())
        path, _f = QFileDialog.getSaveFileName(self, self.tr("Save the backup"),
                                               str(Path(folder) / name) if folder else name,
                                               self.tr("Ventanilla backups (%1)").replace("%1", FILTER))
        if not path:
            return ""
        self._run(lambda: backup.take_backup(self._ctx.ledger, self._ctx.actor, path,
                                             key_passphrase=passphrase), self._backed_up)
        return path

    def _backed_up(self, result: BackupResult) -> None:
        self.passphrase.clear()
        self.repeat.clear()
        self.refresh()
        self.feedback.done.show(lambda: self.tr("Backup written to %1: %2 members, %3 entries, audit "
                                                "chain at row %4.").replace("%1", str(result.record.file_name))
                                .replace("%2", str(result.members)).replace("%3", str(result.entries))
                                .replace("%4", str(result.audit_seq)))

    # --- restoring -----------------------------------------------------------------------------

    def ask_restore(self) -> str:
        self.feedback.clear()
        path, _f = QFileDialog.getOpenFileName(self, self.tr("Choose the backup to restore"), "",
                                               self.tr("Ventanilla backups (%1)").replace("%1", FILTER))
        if not path:
            return ""
        ledger, actor = self._ctx.ledger, self._ctx.actor
        url = ledger.engine.url.render_as_string(hide_password=False)
        passphrase = self.restore_passphrase.text() or None

        def job() -> RestoreSummary:
            ledger.dispose()                 # this desk's connections must not hold the old file
            try:
                return restore.restore(url, path, overwrite=True, passphrase=passphrase,
                                       sign_in=lambda _old: actor, hasher=ledger.hasher)
            finally:
                ledger.dispose()
                ledger.reload_key()
        self._run(job, self._restored)
        return path

    def _restored(self, summary: RestoreSummary) -> None:
        self.confirm_replace.setChecked(False)
        self.restore_passphrase.clear()
        self.feedback.done.show(lambda: self.tr("Restored %1 as of %2: %3 members, %4 entries; the "
                                                "ledger balances and the audit chain is intact. Sign "
                                                "in again.").replace("%1", summary.institution)
                                .replace("%2", _local(summary.taken_at, self._ctx.profile.locale))
                                .replace("%3", str(summary.members)).replace("%4", str(summary.entries)))
        self.ledger_replaced.emit()

    # --- running -------------------------------------------------------------------------------

    def _run(self, job, on_success) -> None:  # noqa: ANN001
        for b in (self.backup_button, self.restore_button):
            b.setEnabled(False)
        self.busy.show()
        self.worker = TaskWorker(job)
        self.worker.succeeded.connect(lambda r: self._finished(r, on_success))
        self.worker.failed.connect(self._failed)
        self.worker.start()

    def _finished(self, result, on_success) -> None:  # noqa: ANN001
        self.busy.hide()
        self.worker = None
        self.last_result = result
        self.backup_button.setEnabled(True)
        self.restore_button.setEnabled(self.confirm_replace.isChecked())
        on_success(result)

    def _failed(self, exc: BaseException) -> None:
        self.busy.hide()
        self.worker = None
        self.backup_button.setEnabled(True)
        self.restore_button.setEnabled(self.confirm_replace.isChecked())
        self.feedback.error.show(lambda e=exc: render_error(e))
