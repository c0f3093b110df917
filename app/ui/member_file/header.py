"""The top of the member file: who the member is, and the buttons that act on the member."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout,
                               QWidget)

from app.domain.permissions import Permission
from app.services import members

from ..desk_context import DeskContext
from ..formatting import member_number
from ..i18n import translate
from ..member_summary import DOCUMENT_TYPES
from ..retranslate import Retranslatable

ROLE_LABELS = {"holder": QT_TRANSLATE_NOOP("ventanilla", "Holder"),
               "joint_holder": QT_TRANSLATE_NOOP("ventanilla", "Joint holder"),
               "authorised": QT_TRANSLATE_NOOP("ventanilla", "Authorised signatory"),
               "representative": QT_TRANSLATE_NOOP("ventanilla", "Representative")}


class MemberHeader(Retranslatable, QFrame):
    """`edit_requested`, `bank_change_requested` and `back_requested` from its buttons."""

    edit_requested = Signal()
    bank_change_requested = Signal()
    leave_requested = Signal()
    petition_requested = Signal()
    back_requested = Signal()

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("MemberHeader")
        self._ctx = ctx
        self.member: members.MemberFile | None = None
        self.name_label = QLabel(objectName="MemberName")
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label = QLabel(objectName="StatusChip")
        self.petitions_label = QLabel(objectName="PetitionsChip", visible=False)
        self.people_label = QLabel(objectName="PeopleLabel", wordWrap=True)
        self.people_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.edit_button = QPushButton(objectName="EditMemberButton")
        self.bank_button = QPushButton(objectName="BankButton")
        self.leave_button = QPushButton(objectName="LeaveButton")
        self.petition_button = QPushButton(objectName="PetitionButton")
        self.back_button = QPushButton(objectName="BackButton")
        can_write = ctx.can(Permission.MEMBER_WRITE)
        self.edit_button.setVisible(can_write)
        self.bank_button.setVisible(ctx.can(Permission.PETITION_FILE))
        self.leave_button.setVisible(ctx.can(Permission.PETITION_FILE))
        self.petition_button.setVisible(ctx.can(Permission.PETITION_FILE))
        for button in (self.edit_button, self.bank_button, self.petition_button, self.leave_button,
                       self.back_button):
            button.setAutoDefault(False)
        self.edit_button.clicked.connect(self.edit_requested)
        self.bank_button.clicked.connect(self.bank_change_requested)
        self.leave_button.clicked.connect(self.leave_requested)
        self.petition_button.clicked.connect(self.petition_requested)
        self.back_button.clicked.connect(self.back_requested)

        self.fields: dict[str, QLabel] = {}
        self.captions: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(28)
        grid.setVerticalSpacing(1)
        for i, key in enumerate(("number", "document", "branch", "bank")):
            value = QLabel(objectName=f"field_{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fields[key] = value
            self.captions[key] = QLabel(objectName="FieldCaption")
            grid.addWidget(self.captions[key], 0, i)
            grid.addWidget(value, 1, i)
        grid.setColumnStretch(len(self.fields), 1)

        title = QHBoxLayout()
        title.setSpacing(10)
        title.addWidget(self.name_label)
        title.addWidget(self.status_label, 0, Qt.AlignmentFlag.AlignVCenter)
        title.addWidget(self.petitions_label, 0, Qt.AlignmentFlag.AlignVCenter)
        title.addStretch(1)
        for button in (self.edit_button, self.bank_button, self.petition_button, self.leave_button,
                       self.back_button):
            title.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        layout.addLayout(title)
        layout.addLayout(grid)
        self.operations_row = QWidget(objectName="OperationsRow")
        self.operations_bar = QHBoxLayout(self.operations_row)      # filled by the main window
        self.operations_bar.setContentsMargins(0, 0, 0, 0)
        bottom = QHBoxLayout()
        bottom.addWidget(self.people_label, 1)
        bottom.addWidget(self.operations_row, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(bottom)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.edit_button.setText(self.tr("&Edit member"))
        self.bank_button.setText(self.tr("Change &bank account…"))
        self.leave_button.setText(self.tr("&Leave membership…"))
        self.petition_button.setText(self.tr("Pe&tition…"))
        self.back_button.setText(self.tr("Back to search (Esc)"))
        for key, text in (("number", self.tr("Member no.")), ("document", self.tr("Document")),
                          ("branch", self.tr("Branch")), ("bank", self.tr("Bank account"))):
            self.captions[key].setText(text)
        if self.member is not None:
            self.set_member(self.member)

    def set_member(self, member: members.MemberFile) -> None:
        self.member = member
        self.name_label.setText(member.name)
        self.status_label.setText(translate(members.STATUS_LABELS.get(member.status, member.status)))
        self.status_label.setProperty("status", member.status)
        self.leave_button.setEnabled(member.status == "active")
        self.status_label.style().polish(self.status_label)
        pending = member.pending_petitions
        self.petitions_label.setVisible(pending > 0)
        self.petitions_label.setText(self.tr("1 petition waiting") if pending == 1 else
                                     self.tr("%n petitions waiting", "", pending))
        doc_type = translate(DOCUMENT_TYPES.get(member.document_type, member.document_type.upper()))
        self.fields["number"].setText(member_number(member.number))
        self.fields["document"].setText(f"{doc_type} {member.document}")
        self.fields["branch"].setText(member.branch)
        self.fields["bank"].setText(member.bank_account_display or "—")
        self.people_label.setText(self.people_text(member))

    def people_text(self, member: members.MemberFile) -> str:
        """Who acts for the member, whom the member acts for, and shared accounts."""
        def names(rows: tuple[members.RepresentativeRow, ...]) -> str:
            return " · ".join(f"{r.name} ({r.role})" for r in rows)
        lines = []
        if member.kind == "organisation":
            lines.append(self.tr("Representatives: %1").replace("%1", names(member.representatives))
                         if member.representatives else self.tr("No representative registered."))
        if member.represents:
            lines.append(self.tr("Represents: %1").replace("%1", names(member.represents)))
        shared = [a for a in member.accounts if a.role != "holder"]
        for account in shared:
            role = translate(ROLE_LABELS.get(account.role, account.role))
            lines.append(self.tr("%1 of account %2").replace("%1", role).replace("%2", account.number))
        if not lines:
            lines.append(self.tr("Holder of the accounts below."))
        return "\n".join(lines)
