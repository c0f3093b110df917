"""The member file's Cards tab: the member's debit and credit cards as the seed lists them
(brand, masked number, type, status, linked account, the limit of a credit card) and what a
teller does with them: issue one, block it at once, unblock it with the member's code, cancel it,
reset its PIN, and hand the member the window where they change it. Purchases, statements and
deferrals come with a later capability."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from app.domain.cards import FINAL_BLOCKS, Status
from app.domain.permissions import Permission
from app.services import cards, members
from app.services.cards import CardView

from ..desk_context import DeskContext
from ..i18n import render_error
from ..formatting import money
from ..member_file.tables import setup_table
from ..retranslate import Retranslatable
from .issue_card_dialog import IssueCardDialog
from .model import CardsModel
from .pin_change_window import PinChangeWindow
from .pin_reset_dialog import PinResetDialog
from .status_dialogs import ACTIONS


class CardsTab(Retranslatable, QWidget):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("CardsTab")
        self._ctx = ctx
        self.member: members.MemberFile | None = None
        self.model = CardsModel(ctx)
        self.view = QTableView(objectName="CardsTable")
        self.view.setModel(self.model)
        setup_table(self.view, stretch=3, samples=CardsModel.samples(
            money(Decimal("999999.99"), ctx.number_format, ctx.profile.currency)))
        self.empty = QLabel(objectName="HintLabel", alignment=Qt.AlignmentFlag.AlignCenter)
        self.message = QLabel(objectName="MessageLabel", wordWrap=True)
        self.buttons = {key: QPushButton(objectName=f"Card_{key}", autoDefault=False)
                        for key in ("issue", "block", "unblock", "cancel", "reset_pin", "change_pin")}
        for key, button in self.buttons.items():
            button.clicked.connect(lambda _checked=False, k=key: self.act(k))
            button.setVisible(ctx.can(Permission.ACCESS))
        actions = QHBoxLayout()
        actions.addWidget(self.message, 1)
        for key in ("issue", "block", "unblock", "cancel"):
            actions.addWidget(self.buttons[key])
        pins = QHBoxLayout()
        pins.addStretch(1)
        pins.addWidget(self.buttons["reset_pin"])
        pins.addWidget(self.buttons["change_pin"])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 10, 0, 0)
        layout.addLayout(actions)
        layout.addWidget(self.empty)
        layout.addWidget(self.view, 1)
        layout.addLayout(pins)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        texts = {"issue": self.tr("&New card…"), "block": self.tr("&Block…"), "unblock": self.tr("&Unblock…"),
                 "cancel": self.tr("Cancel the car&d…"), "reset_pin": self.tr("Reset the &PIN…"),
                 "change_pin": self.tr("The member &changes the PIN…")}
        for key, text in texts.items():
            self.buttons[key].setText(text)
        self.empty.setText(self.tr("This member has no cards."))
        self.model.retranslate()

    def set_member(self, member: members.MemberFile) -> None:
        self.member = member
        self.message.setText("")
        self.refresh()

    def refresh(self) -> None:
        if self.member is None:
            return
        current = self.selected()
        try:
            rows = cards.cards_of(self._ctx.ledger, self._ctx.actor, self.member.id)
        except Exception as exc:  # noqa: BLE001 - shown, not raised
            rows = []
            self.message.setText(render_error(exc))
        self.model.set_rows(rows)
        self.view.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        index = next((i for i, c in enumerate(rows) if current and c.id == current.id), 0 if rows else None)
        if index is not None:
            self.view.selectRow(index)
        self._update_buttons()

    def selected(self) -> CardView | None:
        index = self.view.currentIndex()
        return self.model.rows[index.row()] if index.isValid() and index.row() < len(self.model.rows) else None

    def _update_buttons(self) -> None:
        c = self.selected()
        active = c is not None and c.status == Status.ACTIVE
        self.buttons["issue"].setEnabled(self.member is not None and self.member.status == "active")
        self.buttons["block"].setEnabled(active)
        self.buttons["unblock"].setEnabled(c is not None and c.status == Status.BLOCKED
                                           and c.block_reason not in FINAL_BLOCKS)
        self.buttons["cancel"].setEnabled(c is not None and c.status != Status.CANCELLED)
        self.buttons["reset_pin"].setEnabled(active)
        self.buttons["change_pin"].setEnabled(active and c.pin_state in ("temporary", "set"))

    def act(self, key: str) -> QWidget | None:
        """Open the dialog of `key` (issue, block, unblock, cancel, reset_pin, change_pin)."""
        card = self.selected()
        if key == "issue":
            dialog: QWidget = IssueCardDialog(self._ctx, self.member, parent=self)
            dialog.accepted.connect(lambda: self._done(self.tr("Card %1 issued: reset its PIN to give the "
                                                               "member a temporary one.").replace(
                "%1", dialog.issued.number)))
        elif card is None:
            return None
        elif key == "reset_pin":
            dialog = PinResetDialog(self._ctx, self.member, card, parent=self)
            dialog.accepted.connect(lambda: self.refresh())
        elif key == "change_pin":
            dialog = PinChangeWindow(self._ctx, self.member, card, parent=self)
            dialog.accepted.connect(lambda: self._done(self.tr("The member's new PIN is set.")))
        else:
            dialog = ACTIONS[key](self._ctx, card, parent=self)
            done = {"block": self.tr("Card blocked."), "unblock": self.tr("Card unblocked."),
                    "cancel": self.tr("Card cancelled.")}[key]
            dialog.accepted.connect(lambda: self._done(done))
        dialog.open()
        return dialog

    def _done(self, text: str) -> None:
        self.message.setText(text)
        self.refresh()
