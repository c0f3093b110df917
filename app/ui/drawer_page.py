"""The teller's cash drawer: open it with a counted float, move cash to and from the vault, close
it with a blind count (the expected amount is never shown before the count is submitted), see the
result and print the closing report."""
from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QScrollArea,
                               QVBoxLayout, QWidget)

from app.documents.drawer_report import DrawerReport, build_drawer_report
from app.services import drawer
from app.services.drawer import DrawerView
from app.services.institution import institution_view

from .denomination_count import DenominationCount
from .desk_context import DeskContext
from .drawer_dialogs import ask
from .formatting import business_date
from .i18n import render_error, translate
from .operations.amount_field import AmountField
from .operations.common import message_label, money_text, new_key
from .retranslate import LiveText, Retranslatable


def card(title: str) -> tuple[QFrame, QVBoxLayout, QLabel]:
    """A white card with a section title; (card, its column, the title label)."""
    frame = QFrame(objectName="Card")
    column = QVBoxLayout(frame)
    column.setContentsMargins(18, 14, 18, 16)
    column.setSpacing(8)
    heading = QLabel(title, objectName="SectionTitle")
    column.addWidget(heading)
    return frame, column, heading


class DrawerPage(Retranslatable, QWidget):
    """`view` is the teller's drawer session as last read (None before the first one)."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("DrawerPage")
        self._ctx = ctx
        self.view: DrawerView | None = None
        self.question = None                       # the open confirmation box, if any
        self._closing_counts: tuple[int, dict[str, int]] | None = None   # (session, counts)
        self._transfer_key = ""

        self.title = QLabel(objectName="PageTitle")
        status_card, status_col, self.status_title = card("")
        self.status_label = QLabel(objectName="Sentence", wordWrap=True)
        self.details = QLabel(objectName="FieldNote", wordWrap=True)
        status_col.addWidget(self.status_label)
        status_col.addWidget(self.details)

        self.transfer_card, transfer_col, self.transfer_title = card("")
        self.transfer_note = QLabel(objectName="NoteLabel", wordWrap=True)
        transfer_col.addWidget(self.transfer_note)
        self.transfer_amount = AmountField(ctx)
        self.transfer_amount.edit.setObjectName("TransferAmount")
        self.from_vault_button = QPushButton(objectName="FromVault")
        self.to_vault_button = QPushButton(objectName="ToVault")
        self.transfer_message = message_label("DoneLabel")
        self._transfer_done = LiveText(self.transfer_message)
        row = QHBoxLayout()
        row.addWidget(self.transfer_amount, 1)
        row.addWidget(self.from_vault_button, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.to_vault_button, 0, Qt.AlignmentFlag.AlignTop)
        transfer_col.addLayout(row)
        transfer_col.addWidget(self.transfer_message)

        self.closing_card, closing_col, self.closing_title = card("")
        self.closing_label = QLabel(objectName="Sentence", wordWrap=True)
        self.report_button = QPushButton(objectName="ReportButton")
        closing_col.addWidget(self.closing_label)
        closing_col.addWidget(self.report_button, 0, Qt.AlignmentFlag.AlignLeft)

        count_card, count_col, self.count_title = card("")
        self.count_note = QLabel(objectName="NoteLabel", wordWrap=True)
        self.count = DenominationCount(ctx)
        self.count_error = message_label("ErrorLabel")
        self._count_error = LiveText(self.count_error)
        self.count_button = QPushButton(objectName="CountButton")
        self.count_button.setProperty("primary", True)
        count_col.addWidget(self.count_note)
        count_col.addWidget(self.count)
        count_col.addWidget(self.count_error)
        count_col.addWidget(self.count_button, 0, Qt.AlignmentFlag.AlignRight)

        left = QVBoxLayout()
        left.setSpacing(12)
        for frame in (status_card, self.transfer_card, self.closing_card):
            left.addWidget(frame)
        left.addStretch(1)
        body = QWidget(objectName="PageBody")
        grid = QGridLayout(body)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        grid.addLayout(left, 0, 0)
        grid.addWidget(count_card, 0, 1, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(0, 5)
        grid.setColumnStretch(1, 6)
        scroll = QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addWidget(scroll, 1)

        self.count_button.clicked.connect(self._count_submitted)
        self.from_vault_button.clicked.connect(lambda: self._ask_transfer(to_vault=False))
        self.to_vault_button.clicked.connect(lambda: self._ask_transfer(to_vault=True))
        self.transfer_amount.changed.connect(self._transfer_edited)
        self.report_button.clicked.connect(self.print_report)
        ctx.events.changed.connect(self.refresh)
        self.refresh()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Cash drawer"))
        self.status_title.setText(self.tr("Your drawer"))
        self.transfer_title.setText(self.tr("Vault and drawer"))
        self.transfer_note.setText(self.tr("Move cash between the branch vault and your drawer. "
                                           "Type the amount, then choose the direction."))
        self.from_vault_button.setText(self.tr("Vault → drawer"))
        self.to_vault_button.setText(self.tr("Drawer → vault"))
        self.closing_title.setText(self.tr("Last closing"))
        self.report_button.setText(self.tr("Print closing &report"))
        self._show_state()
        self._count_error.retranslate()
        self._transfer_done.retranslate()

    # --- state ---------------------------------------------------------------------------------

    def is_open(self) -> bool:
        return self.view is not None and self.view.status == "open"

    def refresh(self, _changes: object = None) -> None:
        try:
            self.view = drawer.my_drawer(self._ctx.ledger, self._ctx.actor)
        except Exception as exc:  # noqa: BLE001 - said on the page
            self._count_error.show(lambda e=exc: render_error(e))
            return
        self._show_state()

    def _show_state(self) -> None:
        v, m = self.view, lambda value: money_text(self._ctx, value)
        opened = self.is_open()
        waiting = v is not None and v.status == "closing"
        if opened:
            self.status_label.setText(self.tr("Your drawer is open."))
            self.details.setText(self.tr("Opening float %1 · drawer account %2 · session %3")
                                 .replace("%1", m(v.opening)).replace("%2", v.account_number)
                                 .replace("%3", str(v.session_id)))
        elif waiting:
            self.status_label.setText(self.tr("Your drawer is closed; its difference waits for a "
                                              "supervisor. You can open again once it is settled."))
            self.details.setText("")
        else:
            self.status_label.setText(self.tr("Your drawer is closed. Count the opening float "
                                              "to open it."))
            self.details.setText("")
        self.transfer_card.setVisible(opened)
        closed = v is not None and not opened and v.counted is not None
        self.closing_card.setVisible(closed)
        self.closing_label.setText(self._closing_text(v) if closed else "")
        self.count_title.setText(self.tr("Blind count to close") if opened
                                 else self.tr("Count the opening float"))
        self.count_note.setText(
            self.tr("Count every note and coin in the drawer. The amount the drawer should hold "
                    "is shown only after you submit the count.") if opened else
            self.tr("Count the cash you take from the vault for the day."))
        self.count_button.setText(self.tr("Close the drawer…") if opened
                                  else self.tr("Open the drawer"))
        self.count_button.setEnabled(not waiting)
        self.count.setEnabled(not waiting)

    def _closing_text(self, v: DrawerView) -> str:
        m = lambda value: money_text(self._ctx, value)  # noqa: E731
        diff = v.difference or 0
        if diff == 0:
            return self.tr("Closed: you counted %1 and the count matches.").replace("%1", m(v.counted))
        side = self.tr("short") if diff > 0 else self.tr("over")
        if v.status == "closing":
            text = self.tr("You counted %1; the drawer should have held %2. The difference of %3 "
                           "(%4) waits for a supervisor's approval.")
        else:
            text = self.tr("You counted %1; the drawer should have held %2. The difference of %3 "
                           "(%4) was approved.")
        return (text.replace("%1", m(v.counted)).replace("%2", m(v.counted + diff))
                .replace("%3", m(abs(diff))).replace("%4", side))

    # --- open and close ------------------------------------------------------------------------

    def _count_submitted(self) -> None:
        self._count_error.show(None)
        if self.is_open():
            total = money_text(self._ctx, self.count.total())
            self.question = ask(self, self.tr("Close the drawer"),
                                self.tr("Close your drawer with %1 counted?").replace("%1", total),
                                self.tr("Close the drawer"), self.close_drawer,
                                self.tr("The count cannot be changed afterwards."))
        else:
            self.open_drawer()

    def open_drawer(self) -> None:
        try:
            self.view = drawer.open_drawer(self._ctx.ledger, self._ctx.actor, self.count.counts())
        except Exception as exc:  # noqa: BLE001 - said on the page
            self._count_error.show(lambda e=exc: render_error(e))
            return
        self.count.clear()
        self._ctx.events.notify(self.view)

    def close_drawer(self) -> None:
        self.question = None
        counts = self.count.counts()
        try:
            self.view = drawer.close_drawer(self._ctx.ledger, self._ctx.actor, counts)
        except Exception as exc:  # noqa: BLE001 - said on the page
            self._count_error.show(lambda e=exc: render_error(e))
            return
        self._closing_counts = (self.view.session_id, counts)
        self.count.clear()
        self._ctx.events.notify(self.view)

    # --- vault transfers -----------------------------------------------------------------------

    def _transfer_edited(self) -> None:
        self._transfer_key = ""          # another amount: another operation
        self._transfer_done.show(None)

    def _ask_transfer(self, *, to_vault: bool) -> None:
        amount = self.transfer_amount.checked_value()
        if amount is None:
            self.transfer_amount.setFocus()
            return
        text = (self.tr("Move %1 from your drawer to the vault?") if to_vault
                else self.tr("Move %1 from the vault to your drawer?"))
        self.question = ask(self, self.tr("Vault and drawer"),
                            text.replace("%1", money_text(self._ctx, amount)), self.tr("Move"),
                            lambda: self.transfer(to_vault=to_vault))

    def transfer(self, *, to_vault: bool) -> None:
        self.question = None
        amount = self.transfer_amount.checked_value()
        if amount is None:
            return
        self._transfer_key = self._transfer_key or new_key("drawer-transfer")
        try:
            self.view = drawer.transfer(self._ctx.ledger, self._ctx.actor, amount,
                                        to_vault=to_vault, idempotency_key=self._transfer_key)
        except Exception as exc:  # noqa: BLE001 - said under the field
            self.transfer_amount.show_error(render_error(exc))
            return
        self.transfer_amount.clear()     # also forgets the key

        def done() -> str:
            text = (self.tr("%1 moved to the vault.") if to_vault
                    else self.tr("%1 moved from the vault to your drawer."))
            return text.replace("%1", money_text(self._ctx, amount))
        self._transfer_done.show(done)
        self._ctx.events.notify(self.view)

    # --- the closing report --------------------------------------------------------------------

    def report_pdf(self) -> bytes:
        v, ctx = self.view, self._ctx
        inst = institution_view(ctx.ledger, ctx.actor)
        counts = {}
        if self._closing_counts and self._closing_counts[0] == v.session_id:
            counts = self._closing_counts[1]
        keys = sorted(counts, key=Decimal, reverse=True)
        report = DrawerReport(
            inst.name, f"{inst.branch_code} {inst.branch_name}",
            ctx.actor.full_name or ctx.actor.username, inst.business_date, datetime.now(),
            v.session_id, v.account_number, ctx.profile.currency, ctx.number_format, v.status,
            v.opening, v.counted, v.difference or 0, tuple((k, counts[k]) for k in keys),
            business_date(inst.business_date, ctx.profile))
        return build_drawer_report(report, translate)

    def print_report(self) -> None:
        if self.view is None or self.view.counted is None:
            return
        try:
            pdf = self.report_pdf()
            from .pdf_preview import show_pdf
            show_pdf(self, pdf, self.tr("Drawer closing report"),
                     f"drawer-closing-{self.view.session_id}.pdf")
        except Exception as exc:  # noqa: BLE001 - said on the page
            self._count_error.show(lambda e=exc: render_error(e))
