"""The Capital returns tab: the year's remuneration rate of voluntary capital (administrator),
the run of the remuneration with its preview (supervisor), and every fiscal certificate of a year
into a folder (PDFs, CSV summary, modelo 193), off the GUI thread with a progress bar and Cancel."""
from __future__ import annotations

import threading
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QThread, Signal
from PySide6.QtWidgets import (QFileDialog, QHBoxLayout, QLabel, QLineEdit, QProgressBar,
                               QPushButton, QSpinBox, QVBoxLayout, QWidget)

from app.domain.errors import FieldError
from app.domain.permissions import Permission
from app.domain.settings import parse_percent, percent_text
from app.services import fiscal, remuneration

from ..desk_context import DeskContext
from ..i18n import render_error
from ..operations.common import money_text
from ..retranslate import Retranslatable
from .common import Feedback, card


class CertificatesWorker(QThread):
    """Reads the year's certificates and writes them (documents.fiscal_batch.write_batch)."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, ctx: DeskContext, year: int, folder: Path):
        super().__init__()
        self._ctx, self._year, self._folder = ctx, year, folder
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:  # noqa: D102 - the thread's body
        from app.documents.fiscal_batch import write_batch
        try:
            certs = fiscal.all_certificates(self._ctx.ledger, self._ctx.actor, self._year)
            result = write_batch(certs, self._folder, self._ctx.actor.language or "en",
                                 spanish=self._ctx.profile.country == "ES",
                                 progress=lambda d, t: self.progressed.emit(d, t),
                                 cancelled=self._cancel.is_set)
        except BaseException as exc:  # noqa: BLE001 - reported to the GUI thread
            self.failed.emit(exc)
            return
        self.succeeded.emit(result)


class RemunerationTab(Retranslatable, QWidget):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("RemunerationTab")
        self._ctx = ctx
        self.worker: CertificatesWorker | None = None
        self.last_batch = None
        self.feedback = Feedback()
        self.year = QSpinBox(objectName="ReturnsYear")
        self.year.setRange(2000, 2100)
        self.year.setValue(ctx.institution.business_date.year
                           - (0 if ctx.institution.business_date.month == 12 else 1))
        self.year_caption = QLabel(objectName="FieldCaption")
        self.year_caption.setBuddy(self.year)
        self.rate_title, self.run_title, self.cert_title = QLabel(), QLabel(), QLabel()
        self.rate_edit = QLineEdit(objectName="RemunerationRate", maxLength=8)
        self.rate_edit.setMaximumWidth(100)
        self.rate_caption = QLabel()
        self.rate_caption.setBuddy(self.rate_edit)
        self.rate_button = QPushButton(objectName="SetRate", autoDefault=False)
        rate_row = QHBoxLayout()
        rate_row.addWidget(self.rate_caption)
        rate_row.addWidget(self.rate_edit)
        rate_row.addWidget(QLabel("%"))
        rate_row.addWidget(self.rate_button)
        rate_row.addStretch(1)
        rate_card, rcol = card(self.rate_title)
        rcol.addLayout(rate_row)
        self.preview_label = QLabel(objectName="Sentence", wordWrap=True)
        self.preview_button = QPushButton(objectName="PreviewRun", autoDefault=False)
        self.run_button = QPushButton(objectName="RunRemuneration")
        self.run_button.setProperty("primary", True)
        run_row = QHBoxLayout()
        run_row.addWidget(self.preview_button)
        run_row.addStretch(1)
        run_row.addWidget(self.run_button)
        run_card, ucol = card(self.run_title, self.preview_label)
        ucol.addLayout(run_row)
        self.cert_note = QLabel(objectName="FieldNote", wordWrap=True)
        self.progress = QProgressBar(objectName="CertificatesProgress", visible=False)
        self.cert_button = QPushButton(objectName="WriteCertificates", autoDefault=False)
        self.cancel_button = QPushButton(objectName="CancelCertificates", autoDefault=False, visible=False)
        cert_row = QHBoxLayout()
        cert_row.addStretch(0)
        cert_row.addWidget(self.progress, 1)
        cert_row.addWidget(self.cancel_button)
        cert_row.addWidget(self.cert_button)
        cert_card, ccol = card(self.cert_title, self.cert_note)
        ccol.addLayout(cert_row)
        head = QHBoxLayout()
        head.addWidget(self.year_caption)
        head.addWidget(self.year)
        head.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(10)
        layout.addLayout(head)
        layout.addWidget(self.feedback.done_label)
        layout.addWidget(self.feedback.error_label)
        layout.addWidget(rate_card)
        layout.addWidget(run_card)
        layout.addWidget(cert_card)
        layout.addStretch(1)
        rate_card.setVisible(ctx.can(Permission.INSTITUTION_ADMIN))
        run_card.setVisible(ctx.can(Permission.END_OF_DAY))
        self.year.valueChanged.connect(lambda _v: self.load())
        self.rate_button.clicked.connect(self.set_rate)
        self.preview_button.clicked.connect(self.show_preview)
        self.run_button.clicked.connect(self.run_year)
        self.cert_button.clicked.connect(self.write_certificates)
        self.cancel_button.clicked.connect(lambda: self.worker.cancel() if self.worker else None)
        self.retranslate_ui()
        self.load()

    def retranslate_ui(self) -> None:
        self.year_caption.setText(self.tr("&Year"))
        self.rate_title.setText(self.tr("Remuneration rate of voluntary capital"))
        self.rate_caption.setText(self.tr("&Rate agreed by the assembly"))
        self.rate_button.setText(self.tr("Set the rate"))
        self.run_title.setText(self.tr("Yearly remuneration (dated 31 December)"))
        self.preview_button.setText(self.tr("&Preview"))
        self.run_button.setText(self.tr("R&un the remuneration"))
        self.cert_title.setText(self.tr("Fiscal certificates"))
        self.cert_note.setText(self.tr("Every member paid a return in the year: one PDF each, a CSV "
                                       "summary and, in Spain, the modelo 193 file, into a folder."))
        self.cert_button.setText(self.tr("&Write the certificates…"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.feedback.retranslate()

    def load(self) -> None:
        try:
            rate = remuneration.rate_of(self._ctx.ledger, self._ctx.actor, self.year.value())
        except Exception as exc:  # noqa: BLE001
            self.feedback.error.show(lambda e=exc: render_error(e))
            return
        self.rate_edit.setText("" if rate is None else percent_text(rate, self._ctx.number_format.decimal))
        self.preview_label.setText(self.tr("No rate set for this year yet.") if rate is None else "")

    def _run(self, call, done) -> object:  # noqa: ANN001
        self.feedback.clear()
        try:
            result = call()
        except Exception as exc:  # noqa: BLE001 - the service's refusal
            self.feedback.error.show(lambda e=exc: render_error(e))
            return None
        self.feedback.done.show(lambda: done(result))
        return result

    def set_rate(self) -> Decimal | None:
        try:
            rate = parse_percent("rate", self.rate_edit.text())
        except FieldError as exc:
            self.feedback.error.show(lambda e=exc: render_error(e))
            return None
        year = self.year.value()
        return self._run(lambda: remuneration.set_rate(self._ctx.ledger, self._ctx.actor, year, rate),
                         lambda r: self.tr("The rate of %1 is %2 %.").replace("%1", str(year))
                         .replace("%2", percent_text(r, self._ctx.number_format.decimal)))

    def _describe(self, r) -> str:  # noqa: ANN001
        return (self.tr("%1 members: gross %2, withheld %3, net %4.")
                .replace("%1", str(len(r.members))).replace("%2", money_text(self._ctx, r.gross, r.currency))
                .replace("%3", money_text(self._ctx, r.withheld, r.currency))
                .replace("%4", money_text(self._ctx, r.gross - r.withheld, r.currency)))

    def show_preview(self) -> object:
        year = self.year.value()
        result = self._run(lambda: remuneration.preview(self._ctx.ledger, self._ctx.actor, year),
                           lambda r: self.tr("Preview of %1: ").replace("%1", str(year)) + self._describe(r))
        return result

    def run_year(self) -> object:
        year = self.year.value()
        result = self._run(lambda: remuneration.run(self._ctx.ledger, self._ctx.actor, year),
                           lambda r: self.tr("Remuneration of %1 posted: ").replace("%1", str(year)) + self._describe(r))
        if result is not None:
            self._ctx.events.notify(None)
        return result

    def write_certificates(self) -> CertificatesWorker | None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the certificates"),
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))
        if not folder:
            return None
        self.feedback.clear()
        year = self.year.value()
        self.worker = CertificatesWorker(self._ctx, year, Path(folder) / f"certificates-{year}")
        self.worker.progressed.connect(self._progressed)
        self.worker.succeeded.connect(self._written)
        self.worker.failed.connect(self._failed)
        self.progress.setValue(0)
        self.progress.show()
        self.cancel_button.show()
        self.cert_button.setEnabled(False)
        self.worker.start()
        return self.worker

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(1, total))
        self.progress.setValue(done)
        self.progress.setFormat(self.tr("%1 of %2").replace("%1", str(done)).replace("%2", str(total)))

    def _finish(self) -> None:
        self.cancel_button.hide()
        self.cert_button.setEnabled(True)
        if self.worker is not None:
            self.worker.wait()
        self.worker = None

    def _written(self, result) -> None:  # noqa: ANN001
        self._finish()
        self.last_batch = result
        if result.cancelled:
            self.feedback.done.show(lambda: self.tr("Cancelled after %1 of %2 certificates; no summary "
                                                    "was written.").replace("%1", str(result.written))
                                    .replace("%2", str(result.total)))
            return
        self.feedback.done.show(lambda: self.tr("%1 certificates written to %2 in %3 s.")
                                .replace("%1", str(result.written)).replace("%2", str(result.folder))
                                .replace("%3", f"{result.seconds:.1f}"))

    def _failed(self, exc: BaseException) -> None:
        self._finish()
        self.progress.hide()
        self.feedback.error.show(lambda e=exc: render_error(e))
