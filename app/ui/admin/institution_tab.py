"""The Institution tab: the name, tax ID and address printed on every document, the logo, and in
the Spanish profile the SEPA data (creditor ID, IBAN, BIC, the pain versions the bank accepts).

Save sends everything to `institution_admin.update_institution`, which checks it as a whole: a
ValidationError is shown under the field it names and nothing is written."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (QComboBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QPushButton, QVBoxLayout, QWidget)

from app.domain.institution_details import (PAIN001_VERSIONS, PAIN008_VERSIONS,
                                            InstitutionDetails)
from app.domain.permissions import Permission
from app.services import institution_admin

from ..desk_context import DeskContext
from ..i18n import render_error
from ..member_file.fields import FieldRows
from ..retranslate import Retranslatable
from .common import Feedback, card, scrolling, submit

TEXT_FIELDS = ("name", "tax_id", "address", "postal_code", "city", "phone", "email")
SEPA_FIELDS = ("sepa_creditor_id", "iban", "bic")
LOGO_SIZE = 72


class InstitutionTab(Retranslatable, QWidget):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("InstitutionTab")
        self._ctx = ctx
        self._logo: bytes | None = None
        self.sepa = ctx.profile.country == "ES"
        self.editable = ctx.can(Permission.INSTITUTION_ADMIN)
        self.inputs: dict[str, QWidget] = {name: QLineEdit(maxLength=200) for name in TEXT_FIELDS + SEPA_FIELDS}
        self.inputs["postal_code"].setMaxLength(10)
        self.inputs["email"].setPlaceholderText("info@example.coop")
        self.inputs["sepa_creditor_id"].setPlaceholderText("ES94ZZZF08000002")
        self.inputs["iban"].setPlaceholderText("ES91 2100 0418 4502 0005 1332")
        self.inputs["bic"].setPlaceholderText("CAIXESBBXXX")
        for name, versions in (("pain008_version", PAIN008_VERSIONS), ("pain001_version", PAIN001_VERSIONS)):
            combo = QComboBox()
            for v in versions:
                combo.addItem(v, v)
            self.inputs[name] = combo
        self.rows = FieldRows(self.inputs)
        self.feedback = Feedback()

        self.details_title, self.sepa_title, self.logo_title = QLabel(), QLabel(), QLabel()
        self.sepa_note = QLabel(objectName="FieldNote", wordWrap=True)
        details_form, sepa_form = QFormLayout(), QFormLayout()
        for name in TEXT_FIELDS:
            self.rows.add(details_form, name, "")
        for name in SEPA_FIELDS + ("pain008_version", "pain001_version"):
            self.rows.add(sepa_form, name, "")
        details_card, details_col = card(self.details_title)
        details_col.addLayout(details_form)
        details_col.addStretch(1)
        sepa_card, sepa_col = card(self.sepa_title, self.sepa_note)
        sepa_col.addLayout(sepa_form)
        sepa_card.setVisible(self.sepa)

        self.logo_view = QLabel(objectName="LogoPreview", alignment=Qt.AlignmentFlag.AlignCenter)
        self.logo_view.setFixedSize(LOGO_SIZE * 3, LOGO_SIZE)
        self.logo_view.setStyleSheet("QLabel#LogoPreview { background: #ffffff; border: 1px dashed #9aa3ae; }")
        self.logo_note = QLabel(objectName="FieldNote", wordWrap=True)
        self.choose_logo_button = QPushButton(objectName="ChooseLogo", autoDefault=False)
        self.remove_logo_button = QPushButton(objectName="RemoveLogo", autoDefault=False)
        logo_buttons = QVBoxLayout()
        logo_buttons.addWidget(self.choose_logo_button)
        logo_buttons.addWidget(self.remove_logo_button)
        logo_buttons.addStretch(1)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_view)
        logo_row.addLayout(logo_buttons)
        logo_row.addStretch(1)
        logo_card, logo_col = card(self.logo_title, self.logo_note)
        logo_col.addLayout(logo_row)

        self.save_button = QPushButton(objectName="SaveInstitution")
        self.save_button.setProperty("primary", True)
        save_row = QHBoxLayout()
        save_row.addWidget(self.feedback.done_label, 1)
        save_row.addStretch(0)
        save_row.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight)

        inner = QWidget()
        column = QVBoxLayout(inner)
        column.setContentsMargins(0, 4, 8, 4)
        column.setSpacing(12)
        top = QHBoxLayout()
        top.setSpacing(12)
        top.addWidget(details_card, 3)
        right = QVBoxLayout()
        right.setSpacing(12)
        right.addWidget(logo_card)
        right.addWidget(sepa_card)
        right.addStretch(1)
        top.addLayout(right, 2)
        column.addLayout(top)
        column.addWidget(self.feedback.error_label)
        column.addLayout(save_row)
        column.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(inner))

        for w in self.inputs.values():
            w.setEnabled(self.editable)
        for b in (self.save_button, self.choose_logo_button, self.remove_logo_button):
            b.setVisible(self.editable)
        self.save_button.clicked.connect(self.save)
        self.choose_logo_button.clicked.connect(self.choose_logo)
        self.remove_logo_button.clicked.connect(lambda: self.set_logo(None))
        self.retranslate_ui()
        self.load()

    def retranslate_ui(self) -> None:
        captions = {
            "name": self.tr("&Name"), "tax_id": self.tr("&Tax ID"), "address": self.tr("&Address"),
            "postal_code": self.tr("&Postal code"), "city": self.tr("C&ity"),
            "phone": self.tr("P&hone"), "email": self.tr("&E-mail"),
            "sepa_creditor_id": self.tr("&Creditor ID"), "iban": self.tr("&IBAN"),
            "bic": self.tr("&BIC"), "pain008_version": self.tr("Co&llections file"),
            "pain001_version": self.tr("T&ransfers file"),
        }
        for name, text in captions.items():
            self.rows.set_caption(name, text)
        self.details_title.setText(self.tr("Institution"))
        self.sepa_title.setText(self.tr("SEPA"))
        self.sepa_note.setText(self.tr("For the direct-debit collections (pain.008) and transfers "
                                       "(pain.001) sent to the cooperative's bank: use the versions "
                                       "your bank accepts."))
        self.logo_title.setText(self.tr("Logo on documents"))
        self.logo_note.setText(self.tr("Printed at the top of receipts, statements and "
                                       "certificates. PNG or JPEG, up to 512 KB."))
        self.choose_logo_button.setText(self.tr("C&hoose…"))
        self.remove_logo_button.setText(self.tr("Remo&ve"))
        self.save_button.setText(self.tr("&Save changes"))
        self.feedback.retranslate()
        self._show_logo(self._logo)

    # --- reading and writing -------------------------------------------------------------------

    def load(self) -> None:
        try:
            record = institution_admin.institution_record(self._ctx.ledger, self._ctx.actor)
            logo = institution_admin.logo(self._ctx.ledger, self._ctx.actor) if record.has_logo else None
        except Exception as exc:  # noqa: BLE001 - said on the tab
            self.feedback.error.show(lambda e=exc: render_error(e))
            return
        d = record.details
        for name in TEXT_FIELDS + SEPA_FIELDS:
            self.inputs[name].setText(getattr(d, name))
        for name in ("pain008_version", "pain001_version"):
            combo = self.inputs[name]
            combo.setCurrentIndex(max(0, combo.findData(getattr(d, name))))
        self._show_logo(logo)

    def details(self) -> InstitutionDetails:
        text = {n: self.inputs[n].text() for n in TEXT_FIELDS + SEPA_FIELDS}
        return InstitutionDetails(**text, pain008_version=self.inputs["pain008_version"].currentData(),
                                  pain001_version=self.inputs["pain001_version"].currentData())

    def save(self) -> bool:
        record = submit(self.rows, self.inputs, self.feedback, lambda: institution_admin.update_institution(
            self._ctx.ledger, self._ctx.actor, self.details()))
        if record is None:
            return False
        self._fill_clean(record.details)
        self.feedback.done.show(lambda: self.tr("Saved. Every desk prints the new details from "
                                                "its next document on."))
        self._ctx.events.notify(None)
        return True

    def _fill_clean(self, d: InstitutionDetails) -> None:
        for name in TEXT_FIELDS + SEPA_FIELDS:
            self.inputs[name].setText(getattr(d, name))

    # --- the logo ------------------------------------------------------------------------------

    def choose_logo(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Choose the logo"), "",
                                                    self.tr("Images (*.png *.jpg *.jpeg)"))
        if not path:
            return
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            self.feedback.error.show(lambda e=exc: self.tr("The file could not be read: %1")
                                     .replace("%1", e.strerror or str(e)))
            return
        self.set_logo(data)

    def set_logo(self, data: bytes | None) -> bool:
        self.feedback.clear()
        try:
            institution_admin.set_logo(self._ctx.ledger, self._ctx.actor, data)
        except Exception as exc:  # noqa: BLE001 - the refusal, said on the tab
            self.feedback.error.show(lambda e=exc: render_error(e))
            return False
        self._show_logo(data)
        self.feedback.done.show((lambda: self.tr("The logo was saved.")) if data
                                else (lambda: self.tr("The logo was removed.")))
        return True

    def _show_logo(self, data: bytes | None) -> None:
        self._logo = data
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data):
            self.logo_view.setPixmap(pixmap.scaled(self.logo_view.size() * 0.9,
                                                   Qt.AspectRatioMode.KeepAspectRatio,
                                                   Qt.TransformationMode.SmoothTransformation))
            self.logo_view.setText("")
        else:
            self.logo_view.setPixmap(QPixmap())
            self.logo_view.setText(self.tr("No logo"))
        self.remove_logo_button.setEnabled(bool(data))
