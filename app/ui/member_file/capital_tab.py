"""The Capital tab of the member file: the mandatory and the voluntary capital apart (as the
Spanish manual shows them), what the next contribution is, and every capital movement."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QFrame, QGridLayout, QHBoxLayout, QHeaderView, QLabel,
                               QPushButton, QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout,
                               QWidget)

from app.domain.contributions import KIND_LABELS, Kind
from app.domain.permissions import Permission
from app.services import contributions, fiscal, members, remuneration
from app.services.contributions import CapitalSummary
from app.services.receipts import OPERATION_TITLES

from ..desk_context import DeskContext
from ..formatting import business_date
from ..i18n import render_error, translate
from ..operations.common import money_text
from ..retranslate import Retranslatable
from ..table_style import list_behaviour
from .periodic_card import PeriodicCard

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class CapitalTab(Retranslatable, QWidget):
    """`set_member(member_id)` reads the summary; `summary` holds what is shown."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("CapitalTab")
        self._ctx = ctx
        self.summary: CapitalSummary | None = None
        self.error = ""
        card = QFrame(objectName="Card")
        grid = QGridLayout(card)
        grid.setContentsMargins(18, 12, 18, 12)
        grid.setHorizontalSpacing(28)
        self.captions = [QLabel(objectName="FieldCaption") for _ in range(3)]
        self.values = [QLabel(objectName="BalanceLabel") for _ in range(3)]
        for i, (caption, value) in enumerate(zip(self.captions, self.values)):
            value.setStyleSheet("font-size: 13pt;")
            grid.addWidget(caption, 0, i)
            grid.addWidget(value, 1, i)
        grid.setColumnStretch(3, 1)
        self.next_label = QLabel(objectName="FieldNote", wordWrap=True)
        grid.addWidget(self.next_label, 2, 0, 1, 4)
        self.choice_caption = QLabel(objectName="FieldCaption")
        self.choice = QComboBox(objectName="RemunerationChoice")
        self.choice.addItem("", "capitalise")
        self.choice.addItem("", "pay")
        self.choice.setEnabled(ctx.can(Permission.MEMBER_WRITE))
        self.choice.activated.connect(self._choice_changed)
        self.year = QSpinBox(objectName="CertificateYear")
        self.year.setRange(2000, 2100)
        self.year.setValue(ctx.institution.business_date.year - 1)
        self.certificate_button = QPushButton(objectName="FiscalCertificate", autoDefault=False)
        self.certificate_button.clicked.connect(self.show_certificate)
        self.message = QLabel(objectName="FieldNote", wordWrap=True)
        tools = QHBoxLayout()
        tools.addWidget(self.choice_caption)
        tools.addWidget(self.choice)
        tools.addStretch(1)
        tools.addWidget(self.year)
        tools.addWidget(self.certificate_button)
        grid.addLayout(tools, 3, 0, 1, 4)
        grid.addWidget(self.message, 4, 0, 1, 4)
        self.member_id: int | None = None
        self.table = QTableWidget(0, 4, objectName="CapitalMovements")
        list_behaviour(self.table)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(objectName="HintLabel", alignment=Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 10, 0, 0)
        layout.setSpacing(10)
        self.periodic = PeriodicCard(ctx)
        layout.addWidget(card)
        layout.addWidget(self.periodic)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        for caption, text in zip(self.captions, (self.tr("Mandatory capital"), self.tr("Voluntary capital"),
                                                 self.tr("Total"))):
            caption.setText(text)
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Receipt"), self.tr("Movement"),
                                              self.tr("Amount")])
        self.choice_caption.setText(self.tr("Yearly return:"))
        self.choice.setItemText(0, self.tr("capitalised as voluntary capital"))
        self.choice.setItemText(1, self.tr("paid to the external account"))
        self.certificate_button.setText(self.tr("Fiscal &certificate…"))
        self._show()

    def set_member(self, member_id: int) -> None:
        self.member_id = member_id
        try:
            chosen = members.remuneration_choice(self._ctx.ledger, self._ctx.actor, member_id)
            self.choice.setCurrentIndex(max(0, self.choice.findData(chosen)))
        except Exception:  # noqa: BLE001 - the summary below says what failed
            pass
        try:
            self.summary, self.error = contributions.capital_summary(self._ctx.ledger, self._ctx.actor, member_id), ""
        except Exception as exc:  # noqa: BLE001 - said on the tab
            self.summary, self.error = None, render_error(exc)
        self._show()

    def _choice_changed(self, _index: int) -> None:
        if self.member_id is None:
            return
        try:
            remuneration.set_choice(self._ctx.ledger, self._ctx.actor, self.member_id, self.choice.currentData())
            self.message.setText(self.tr("Saved: the next yearly return is %1.").replace("%1", self.choice.currentText()))
        except Exception as exc:  # noqa: BLE001 - said under the choice; the choice goes back
            self.message.setText(render_error(exc))
            self.choice.setCurrentIndex(1 - self.choice.currentIndex())

    def show_certificate(self) -> object:
        """The member's fiscal certificate of the chosen year, in the PDF preview."""
        if self.member_id is None:
            return None
        from app.documents.fiscal_certificate import build_fiscal_certificate
        from ..operations import receipt as receipt_ui
        year = self.year.value()
        try:
            cert = fiscal.certificate(self._ctx.ledger, self._ctx.actor, self.member_id, year)
        except Exception as exc:  # noqa: BLE001 - e.g. the year is not over: said on the tab
            self.message.setText(render_error(exc))
            return None
        self.message.setText("")
        pdf = build_fiscal_certificate(cert, translate)
        return receipt_ui._show_pdf(self, pdf, self.tr("Fiscal certificate %1").replace("%1", str(year)),
                                    f"certificate-{year}-{cert.member_tax_id}.pdf")

    def _show(self) -> None:
        s = self.summary
        if s is None:
            for v in self.values:
                v.setText("—")
            self.next_label.setText(self.error)
            self.table.setRowCount(0)
            return
        for v, amount in zip(self.values, (s.mandatory, s.voluntary, s.total)):
            v.setText(money_text(self._ctx, amount, s.currency))
        if s.next_kind == Kind.MANDATORY:
            self.next_label.setText(self.tr("The mandatory contribution of %1 is not paid yet: it comes "
                                            "first, and makes the applicant an active member (F7).")
                                    .replace("%1", money_text(self._ctx, s.mandatory_amount, s.currency)))
        else:
            self.next_label.setText(self.tr("Voluntary contributions can be added at any time (F7)."))
        self.table.setRowCount(len(s.movements))
        for row, m in enumerate(s.movements):
            title = OPERATION_TITLES.get(m.kind)
            text = translate(title) if title else translate(KIND_LABELS[m.part])
            cells = (business_date(m.business_date, self._ctx.profile), m.receipt, text,
                     money_text(self._ctx, m.amount, s.currency))
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, m.entry_id)
                if column == 3:
                    item.setTextAlignment(RIGHT)
                self.table.setItem(row, column, item)
        self.empty.setText(self.tr("No capital movements yet."))
        self.empty.setVisible(not s.movements)
