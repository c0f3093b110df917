"""Opening operations from the desk: the Operations menu, the shortcuts and the buttons under the
member summary all come here. The launcher knows which member is on screen and where the cursor
goes afterwards (the search field, F2)."""
from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QBoxLayout, QDialog, QHBoxLayout, QLabel, QPushButton, QWidget

from ..actions import ActionId
from app.services import members

from ..desk_context import DeskContext
from ..i18n import render_error
from ..retranslate import Retranslatable
from .cash import (NO_SAVINGS, CashDepositSpec, CashWithdrawalSpec, no_savings_reason,
                   savings_available)
from .common import tr
from .contribution import ContributionSpec
from .framework import OperationPanel
from .spec import OperationSpec

class ActionButton(QPushButton):
    """A button that triggers `action` and follows its enabled state and tooltip."""

    def __init__(self, text: str, action: QAction, parent: QWidget | None = None):
        super().__init__(text, parent)
        self._action = action
        self.clicked.connect(action.trigger)
        action.changed.connect(self._sync)
        self._sync()

    def _sync(self) -> None:
        self.setEnabled(self._action.isEnabled())
        self.setToolTip(self._action.toolTip())


class OperationButtons(Retranslatable, QWidget):
    """"Operations:" and a button per cash action (under a member summary); the texts follow
    the language at run time (the tooltips follow their actions)."""

    def __init__(self, actions: Mapping[ActionId, QAction], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("OperationButtons")
        self.caption = QLabel(objectName="FieldCaption")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.caption)
        self.buttons: dict[ActionId, ActionButton] = {}
        for action_id in (ActionId.CASH_DEPOSIT, ActionId.CASH_WITHDRAWAL, ActionId.CAPITAL_CONTRIBUTION,
                          ActionId.CAPITAL_REFUND):
            if action_id in actions:
                button = ActionButton("", actions[action_id])
                button.setObjectName(f"button_{action_id}")
                row.addWidget(button)
                self.buttons[action_id] = button
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.caption.setText(tr("Operations:"))
        texts = {ActionId.CASH_DEPOSIT: tr("Deposit (F5)"),
                 ActionId.CASH_WITHDRAWAL: tr("Withdraw (F6)"),
                 ActionId.CAPITAL_CONTRIBUTION: tr("Contribute (F7)"),
                 ActionId.CAPITAL_REFUND: tr("Refund (F8)")}
        for action_id, button in self.buttons.items():
            button.setText(texts[action_id])


class OperationLauncher(QObject):
    """`current_member()` gives the member on screen (or None); `after()` is called when an
    operation panel closes after posting (the main window focuses the search field; a cancelled
    panel leaves the teller where they were); `say(text)` shows a transient message (the status
    bar)."""

    def __init__(self, ctx: DeskContext, parent: QWidget, current_member: Callable[[], int | None],
                 after: Callable[[], None], say: Callable[[str], None]):
        super().__init__(parent)
        self._ctx = ctx
        self._parent = parent
        self._current_member = current_member
        self._after = after
        self._say = say
        self.panel: OperationPanel | None = None
        self.refund_dialog = None               # the last refund petition dialog opened

    def handlers(self) -> dict[ActionId, Callable[[], None]]:
        return {ActionId.CASH_DEPOSIT: self.deposit, ActionId.CASH_WITHDRAWAL: self.withdraw,
                ActionId.CAPITAL_CONTRIBUTION: self.contribute, ActionId.CAPITAL_REFUND: self.refund}

    def configure(self, actions: Mapping[ActionId, QAction]) -> None:
        """Cash actions off, with the reason as tooltip, where the profile has no savings."""
        if savings_available(self._ctx):
            return
        for action_id in (ActionId.CASH_DEPOSIT, ActionId.CASH_WITHDRAWAL):
            action = actions.get(action_id)
            if action is not None:
                action.setEnabled(False)
                action.setProperty("disabled_reason", NO_SAVINGS)
                action.setToolTip(no_savings_reason())

    def add_buttons(self, bar: QBoxLayout, actions: Mapping[ActionId, QAction]) -> list[QPushButton]:
        """"Deposit (F5)", "Withdraw (F6)" and "Contribute (F7)" in `bar` (under the member
        summary)."""
        row = OperationButtons(actions)
        bar.addWidget(row)
        bar.addStretch(1)
        return list(row.buttons.values())

    def deposit(self) -> OperationPanel | None:
        return self.open(CashDepositSpec)

    def withdraw(self) -> OperationPanel | None:
        return self.open(CashWithdrawalSpec)

    def contribute(self) -> OperationPanel | None:
        return self.open(ContributionSpec)

    def refund(self):  # noqa: ANN201 - the RefundDialog opened, or None
        """The refund petition for the member on screen (a dialog: nothing posts until approval)."""
        from ..member_file.refund_dialog import RefundDialog
        member_id = self._current_member()
        if member_id is None:
            self._say(tr("Find a member first (F2), then choose the operation."))
            return None
        try:
            member = members.get_member(self._ctx.ledger, self._ctx.actor, member_id)
        except Exception as exc:  # noqa: BLE001 - said in the status bar
            self._say(render_error(exc))
            return None
        dialog = RefundDialog(self._ctx, member, self._parent)
        dialog.open()
        self.refund_dialog = dialog
        return dialog

    def open(self, spec_class: type[OperationSpec]) -> OperationPanel | None:
        """Open the panel of `spec_class` for the member on screen (not while another is open)."""
        if self.panel is not None and self.panel.isVisible():
            self.panel.raise_()
            return self.panel
        if getattr(spec_class, "requires_savings", False) and not savings_available(self._ctx):
            self._say(no_savings_reason())
            return None
        member_id = self._current_member()
        if member_id is None:
            self._say(tr("Find a member first (F2), then choose the operation."))
            return None
        panel = OperationPanel(self._ctx, spec_class(self._ctx, member_id), self._parent)
        panel.finished.connect(self._closed)
        self.panel = panel
        top = self._parent.window()
        panel.resize(min(760, max(600, top.width() // 2)), min(640, max(540, top.height() - 120)))
        panel.open()
        return panel

    def _closed(self, result: int) -> None:
        panel, self.panel = self.panel, None
        if panel is not None:
            panel.deleteLater()
        if result == QDialog.DialogCode.Accepted.value:      # posted: on to the next member
            self._after()
