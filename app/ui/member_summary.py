"""A read-only summary of one member: who they are and their accounts with balances.

A placeholder until the member file (a later issue) replaces it.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (QAbstractItemView, QFrame, QGridLayout, QHBoxLayout, QHeaderView,
                               QLabel, QTableWidget, QVBoxLayout, QWidget)

from app.services import members

from .desk_context import DeskContext
from .formatting import member_number
from .i18n import render_error, translate
from .paged_model import LEFT, RIGHT
from .retranslate import Retranslatable
from .table_style import fill_accounts

# Until the domain has labels for these (see the issue note).
DOCUMENT_TYPES = {"dni": "DNI", "nie": "NIE", "nif": "NIF", "cif": "CIF", "ruc": "RUC",
                  "cedula": QT_TRANSLATE_NOOP("ventanilla", "Cédula"),
                  "passport": QT_TRANSLATE_NOOP("ventanilla", "Passport")}
ACCOUNT_STATUSES = {"active": QT_TRANSLATE_NOOP("ventanilla", "Active"),
                    "blocked": QT_TRANSLATE_NOOP("ventanilla", "Blocked"),
                    "dormant": QT_TRANSLATE_NOOP("ventanilla", "Dormant"),
                    "closed": QT_TRANSLATE_NOOP("ventanilla", "Closed")}


class MemberSummary(Retranslatable, QFrame):
    """`show_member(member_id)` reads the member through members.get_member and shows it."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("MemberSummary")
        self._ctx = ctx
        self.member: members.MemberFile | None = None

        self.name_label = QLabel(objectName="MemberName", wordWrap=True)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hint_label = QLabel(objectName="HintLabel", wordWrap=True)
        self._hint_message = ""                     # an error shown instead of the hint
        self.fields: dict[str, QLabel] = {}
        self.captions: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        for i, key in enumerate(("number", "document", "status", "branch")):
            cap = QLabel(objectName="FieldCaption")
            self.captions[key] = cap
            value = QLabel(objectName=f"field_{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fields[key] = value
            grid.addWidget(cap, 0, 2 * i)
            grid.addWidget(value, 1, 2 * i)
            grid.setColumnStretch(2 * i + 1, 1)
        self.details = QWidget()
        self.details.setLayout(grid)
        self.accounts = QTableWidget(0, 5, objectName="AccountTable")
        self._setup_accounts()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.name_label)
        layout.addWidget(self.details)
        layout.addWidget(self.accounts, 1)
        self.operations_row = QWidget(objectName="OperationsRow")
        self.operations_bar = QHBoxLayout(self.operations_row)   # filled by the main window
        self.operations_bar.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.operations_row)
        self._show_parts(False)
        ctx.events.changed.connect(self._on_changed)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        for key, text in (("number", self.tr("Member no.")), ("document", self.tr("Document")),
                          ("status", self.tr("Status")), ("branch", self.tr("Branch"))):
            self.captions[key].setText(text)
        cur = self._ctx.profile.currency
        self.accounts.setHorizontalHeaderLabels([
            self.tr("Account"), self.tr("Type"), self.tr("Status"),
            self.tr("Booked (%1)").replace("%1", cur), self.tr("Available (%1)").replace("%1", cur)])
        self.hint_label.setText(self._hint_message or self.tr("Find a member and press Enter to "
                                                              "see the summary here."))
        if self.member is not None:
            self._render(self.member)

    def _setup_accounts(self) -> None:
        t = self.accounts
        t.setHorizontalHeaderLabels([""] * 5)        # the texts: retranslate_ui
        for column, align in enumerate((LEFT, LEFT, LEFT, RIGHT, RIGHT)):
            t.horizontalHeaderItem(column).setTextAlignment(align)
        t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        t.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        t.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        t.setAlternatingRowColors(True)
        t.setShowGrid(False)
        t.verticalHeader().hide()
        t.verticalHeader().setDefaultSectionSize(t.fontMetrics().height() + 12)
        header = t.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(t.fontMetrics().horizontalAdvance("000.000.000,00") + 24)

    def _show_parts(self, has_member: bool) -> None:
        self.hint_label.setVisible(not has_member)
        for part in (self.name_label, self.details, self.accounts, self.operations_row):
            part.setVisible(has_member)

    def show_member(self, member_id: int) -> None:
        try:
            member = members.get_member(self._ctx.ledger, self._ctx.actor, member_id)
        except Exception as exc:  # noqa: BLE001 - shown, not raised
            self.clear(render_error(exc))
            return
        self.member = member
        self._render(member)

    def _render(self, member: members.MemberFile) -> None:
        self.name_label.setText(member.name)
        doc_type = translate(DOCUMENT_TYPES.get(member.document_type, member.document_type.upper()))
        self.fields["number"].setText(member_number(member.number))
        self.fields["document"].setText(f"{doc_type} {member.document}")
        self.fields["status"].setText(translate(members.STATUS_LABELS.get(member.status, member.status)))
        self.fields["branch"].setText(member.branch)
        self._fill_accounts(member.accounts)
        self._show_parts(True)

    def _fill_accounts(self, accounts: tuple[members.AccountRow, ...]) -> None:
        fmt = self._ctx.number_format
        fill_accounts(self.accounts, accounts, fmt, ACCOUNT_STATUSES)
        rows_height = sum(self.accounts.rowHeight(r) for r in range(len(accounts)))
        self.accounts.setMinimumHeight(self.accounts.horizontalHeader().height() + rows_height + 4)

    def clear(self, message: str = "") -> None:
        self.member = None
        self.accounts.setRowCount(0)
        self._hint_message = message
        self.hint_label.setText(message or self.tr("Find a member and press Enter to see the "
                                                   "summary here."))
        self._show_parts(False)

    def _on_changed(self, _changes: object) -> None:
        if self.member is not None:
            self.show_member(self.member.id)
