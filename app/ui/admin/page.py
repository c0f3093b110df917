"""The Administration page: one tab per thing an administrator (or the accountant) keeps, each
shown only to the roles whose permission its service checks. A tab's widget is built the first
time it is shown, so signing in does not wait for tabs nobody opens."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from app.domain.permissions import Permission

from ..desk_context import DeskContext
from ..retranslate import Retranslatable
from .common import STYLE

CONTEXT = "AdministrationPage"


@dataclass(frozen=True)
class TabSpec:
    key: str
    title: str                          # marked with QT_TRANSLATE_NOOP(CONTEXT, ...)
    permission: Permission
    make: Callable[[DeskContext], QWidget]


def _institution(ctx: DeskContext) -> QWidget:
    from .institution_tab import InstitutionTab
    return InstitutionTab(ctx)


def _branches(ctx: DeskContext) -> QWidget:
    from .branches_tab import BranchesTab
    return BranchesTab(ctx)


def _staff(ctx: DeskContext) -> QWidget:
    from .staff_tab import StaffTab
    return StaffTab(ctx)


def _settings(ctx: DeskContext) -> QWidget:
    from .settings_tab import SettingsTab
    return SettingsTab(ctx)


def _mail(ctx: DeskContext) -> QWidget:
    from .mail_server_tab import MailServerTab
    return MailServerTab(ctx)


def _holidays(ctx: DeskContext) -> QWidget:
    from .holidays_tab import HolidaysTab
    return HolidaysTab(ctx)


def _accounting(ctx: DeskContext) -> QWidget:
    from .accounting import AccountingPanel
    return AccountingPanel(ctx)


def _import(ctx: DeskContext) -> QWidget:
    from .member_import import MemberImportPanel
    return MemberImportPanel(ctx)


def _transfers(ctx: DeskContext) -> QWidget:
    from .transfers_tab import TransfersTab
    return TransfersTab(ctx)


def _returns(ctx: DeskContext) -> QWidget:
    from .remuneration_tab import RemunerationTab
    return RemunerationTab(ctx)


def _loan_products(ctx: DeskContext) -> QWidget:
    from .loan_products_tab import LoanProductsTab
    return LoanProductsTab(ctx)


def _backup(ctx: DeskContext) -> QWidget:
    from .backup_panel import BackupPanel
    return BackupPanel(ctx)


TABS: tuple[TabSpec, ...] = (
    TabSpec("institution", QT_TRANSLATE_NOOP("AdministrationPage", "Institution"),
            Permission.INSTITUTION_ADMIN, _institution),
    TabSpec("branches", QT_TRANSLATE_NOOP("AdministrationPage", "Branches"),
            Permission.INSTITUTION_ADMIN, _branches),
    TabSpec("staff", QT_TRANSLATE_NOOP("AdministrationPage", "Staff"), Permission.STAFF_ADMIN, _staff),
    TabSpec("settings", QT_TRANSLATE_NOOP("AdministrationPage", "Settings and fees"),
            Permission.INSTITUTION_ADMIN, _settings),
    TabSpec("mail", QT_TRANSLATE_NOOP("AdministrationPage", "Mail server"),
            Permission.INSTITUTION_ADMIN, _mail),
    TabSpec("holidays", QT_TRANSLATE_NOOP("AdministrationPage", "Holidays"),
            Permission.INSTITUTION_ADMIN, _holidays),
    TabSpec("accounting", QT_TRANSLATE_NOOP("AdministrationPage", "Accounting"),
            Permission.AUDIT_READ, _accounting),
    TabSpec("loan_products", QT_TRANSLATE_NOOP("AdministrationPage", "Loan products"),
            Permission.INSTITUTION_ADMIN, _loan_products),
    TabSpec("import", QT_TRANSLATE_NOOP("AdministrationPage", "Member import"),
            Permission.INSTITUTION_ADMIN, _import),
    TabSpec("returns", QT_TRANSLATE_NOOP("AdministrationPage", "Capital returns"),
            Permission.AUDIT_READ, _returns),
    TabSpec("transfers", QT_TRANSLATE_NOOP("AdministrationPage", "Bank transfers"),
            Permission.PETITION_DECIDE, _transfers),
    TabSpec("backup", QT_TRANSLATE_NOOP("AdministrationPage", "Backup"),
            Permission.INSTITUTION_ADMIN, _backup),
)


def tabs_for(ctx: DeskContext) -> list[TabSpec]:
    return [t for t in TABS if ctx.can(t.permission)]


class _Slot(QWidget):
    """Holds a tab's widget once built."""

    def __init__(self, spec: TabSpec):
        super().__init__()
        self.spec = spec
        self.widget: QWidget | None = None
        self.setLayout(QVBoxLayout())
        self.layout().setContentsMargins(0, 8, 0, 0)


class AdministrationPage(Retranslatable, QWidget):
    """`tab(key)` builds (if needed) and returns a tab's widget; `show_tab(key)` shows it.
    `ledger_replaced` when a backup was restored over the open ledger (the desk signs out)."""

    ledger_replaced = Signal()

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("AdministrationPage")
        self.setStyleSheet(STYLE)
        self._ctx = ctx
        self.title = QLabel(objectName="PageTitle")
        self.tabs = QTabWidget(objectName="AdminTabs", documentMode=True)
        self.slots: dict[str, _Slot] = {}
        for spec in tabs_for(ctx):
            slot = _Slot(spec)
            self.slots[spec.key] = slot
            self.tabs.addTab(slot, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.tabs, 1)
        self.tabs.currentChanged.connect(lambda _i: self._build_current())
        self.retranslate_ui()

    @staticmethod
    def applies(ctx: DeskContext) -> bool:
        return bool(tabs_for(ctx))

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Administration"))
        for i in range(self.tabs.count()):
            slot = self.tabs.widget(i)
            self.tabs.setTabText(i, QCoreApplication.translate(CONTEXT, slot.spec.title))

    def showEvent(self, event) -> None:  # noqa: ANN001, N802 - a Qt override
        self._build_current()
        super().showEvent(event)

    def _build_current(self) -> None:
        slot = self.tabs.currentWidget()
        if isinstance(slot, _Slot) and self.isVisible():
            self.tab(slot.spec.key)

    def tab(self, key: str) -> QWidget:
        slot = self.slots[key]
        if slot.widget is None:
            slot.widget = slot.spec.make(self._ctx)
            slot.layout().addWidget(slot.widget)
            slot.widget.show()          # a child added to a visible parent stays hidden otherwise
            replaced = getattr(slot.widget, "ledger_replaced", None)
            if replaced is not None:
                replaced.connect(self.ledger_replaced)
        return slot.widget

    def show_tab(self, key: str) -> QWidget:
        self.tabs.setCurrentWidget(self.slots[key])
        return self.tab(key)
