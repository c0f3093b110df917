"""The status bar: branch, business date, who is signed in, petitions waiting, and for an
administrator a reminder when the last backup is more than a day old."""
from __future__ import annotations

from PySide6.QtWidgets import QLabel, QStatusBar

from app.domain.permissions import ROLE_LABELS, Permission
from app.services import backup, petitions
from app.services.institution import InstitutionView, institution_view

from .desk_context import DeskContext
from .formatting import business_date
from .i18n import render_error, translate
from .retranslate import Retranslatable


class DeskStatusBar(Retranslatable, QStatusBar):
    """Permanent fields on the right, transient messages (action tips, errors) on the left.
    Re-reads the institution (the business date moves at end of day) on `events.changed`."""

    def __init__(self, ctx: DeskContext, parent=None):  # noqa: ANN001
        super().__init__(parent)
        self.setObjectName("DeskStatusBar")
        self._ctx = ctx
        self.branch_label = QLabel(objectName="BranchField")
        self.date_label = QLabel(objectName="DateField")
        self.user_label = QLabel(objectName="UserField")
        self.pending_label = QLabel(objectName="PendingField")
        self.backup_label = QLabel(objectName="BackupField", visible=False)
        self.backup_label.setStyleSheet("QLabel#BackupField { color: #8a5a00; font-weight: bold; }")
        self._backup_due = False
        for label in (self.backup_label, self.branch_label, self.date_label, self.user_label,
                      self.pending_label):
            self.addPermanentWidget(label)
        self._view: InstitutionView = ctx.institution
        self._pending = 0
        ctx.events.changed.connect(self.refresh)
        self.refresh()

    def refresh(self, _changes: object = None) -> None:
        try:
            self._view = institution_view(self._ctx.ledger, self._ctx.actor)
            self._pending = petitions.pending_count(self._ctx.ledger, self._ctx.actor)
            if self._ctx.can(Permission.INSTITUTION_ADMIN):
                self._backup_due = backup.backup_status(self._ctx.ledger, self._ctx.actor).due
        except Exception as exc:  # noqa: BLE001 - shown, not raised
            self.showMessage(render_error(exc))
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        view, actor = self._view, self._ctx.actor
        self.branch_label.setText(self.tr("Branch %1 %2").replace("%1", view.branch_code)
                                  .replace("%2", view.branch_name))
        self.date_label.setText(self.tr("Business date %1").replace(
            "%1", business_date(view.business_date, self._ctx.profile)))
        role = translate(ROLE_LABELS.get(actor.role, actor.role))
        self.user_label.setText(f"{actor.full_name or actor.username} · {role}")
        if self._pending == 1:
            self.pending_label.setText(self.tr("1 petition waiting"))
        else:
            self.pending_label.setText(self.tr("%n petitions waiting", "", self._pending))
        self.pending_label.setProperty("attention", self._pending > 0)
        self.backup_label.setText(self.tr("Backup due (Administration > Backup)"))
        self.backup_label.setVisible(self._backup_due)
        self.pending_label.style().polish(self.pending_label)
