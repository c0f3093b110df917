"""Every menu command of the main window, declared once (cf. Picard's ui/mainwindow/actions.py).

A window creates its QActions from this table with `create_actions(window, handlers)`: the text,
shortcut and menu live here, the behaviour in the handler the window passes. Shortcuts work
anywhere in the window because the actions are added to it, not only to the menus.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

CONTEXT = "Actions"


class ActionId(StrEnum):
    FIND_MEMBER = "find_member"
    GO_COUNTER = "go_counter"
    GO_APPROVALS = "go_approvals"
    LOCK = "lock"
    QUIT = "quit"
    CASH_DEPOSIT = "cash_deposit"
    CASH_WITHDRAWAL = "cash_withdrawal"
    CAPITAL_CONTRIBUTION = "capital_contribution"
    CAPITAL_REFUND = "capital_refund"
    GO_DRAWER = "go_drawer"
    GO_END_OF_DAY = "go_end_of_day"
    GO_ADMINISTRATION = "go_administration"
    NEW_MEMBER = "new_member"
    CHANGE_PASSWORD = "change_password"


@dataclass(frozen=True)
class ActionSpec:
    id: ActionId
    menu: str            # a key of MENUS
    text: str            # marked with QT_TRANSLATE_NOOP(CONTEXT, ...)
    shortcut: str = ""   # portable text, e.g. "Ctrl+L"
    tip: str = ""
    separator_before: bool = False


MENUS: dict[str, str] = {
    "desk": QT_TRANSLATE_NOOP("Actions", "&Desk"),
    "operations": QT_TRANSLATE_NOOP("Actions", "&Operations"),
    "go": QT_TRANSLATE_NOOP("Actions", "&Go"),
}

ACTIONS: dict[ActionId, ActionSpec] = {}


def add_action(spec: ActionSpec) -> ActionSpec:
    if spec.id in ACTIONS:
        raise ValueError(f"action {spec.id} declared twice")
    if spec.menu not in MENUS:
        raise ValueError(f"action {spec.id}: unknown menu {spec.menu}")
    ACTIONS[spec.id] = spec
    return spec


add_action(ActionSpec(ActionId.FIND_MEMBER, "desk", QT_TRANSLATE_NOOP("Actions", "&Find member"),
                      "F2", QT_TRANSLATE_NOOP("Actions", "Go to the member search field")))
add_action(ActionSpec(ActionId.NEW_MEMBER, "desk", QT_TRANSLATE_NOOP("Actions", "&New member…"),
                      "Ctrl+N", QT_TRANSLATE_NOOP("Actions", "Register a new member")))
add_action(ActionSpec(ActionId.CHANGE_PASSWORD, "desk",
                      QT_TRANSLATE_NOOP("Actions", "Change &password…"),
                      tip=QT_TRANSLATE_NOOP("Actions", "Replace your password with a new one"),
                      separator_before=True))
add_action(ActionSpec(ActionId.LOCK, "desk", QT_TRANSLATE_NOOP("Actions", "&Lock the desk"),
                      "Ctrl+L", QT_TRANSLATE_NOOP("Actions", "Hide everything until you sign in again"),
                      separator_before=True))
add_action(ActionSpec(ActionId.QUIT, "desk", QT_TRANSLATE_NOOP("Actions", "&Quit"), "Ctrl+Q",
                      separator_before=True))
add_action(ActionSpec(ActionId.GO_COUNTER, "go", QT_TRANSLATE_NOOP("Actions", "&Counter"), "Ctrl+1"))
add_action(ActionSpec(ActionId.GO_APPROVALS, "go", QT_TRANSLATE_NOOP("Actions", "&Approvals"),
                      "Ctrl+2"))
add_action(ActionSpec(ActionId.GO_DRAWER, "go", QT_TRANSLATE_NOOP("Actions", "Cash d&rawer"), "Ctrl+3"))
add_action(ActionSpec(ActionId.GO_END_OF_DAY, "go", QT_TRANSLATE_NOOP("Actions", "&End of day"),
                      "Ctrl+4"))
add_action(ActionSpec(ActionId.GO_ADMINISTRATION, "go", QT_TRANSLATE_NOOP("Actions", "Ad&ministration"),
                      "Ctrl+5", QT_TRANSLATE_NOOP("Actions", "Institution, branches, staff, settings, "
                                                             "holidays, accounting, import, backup")))
add_action(ActionSpec(ActionId.CASH_DEPOSIT, "operations", QT_TRANSLATE_NOOP("Actions", "Cash &deposit…"),
                      "F5", QT_TRANSLATE_NOOP("Actions", "Take cash into a savings account of the "
                                                         "member on screen")))
add_action(ActionSpec(ActionId.CASH_WITHDRAWAL, "operations",
                      QT_TRANSLATE_NOOP("Actions", "Cash &withdrawal…"), "F6",
                      QT_TRANSLATE_NOOP("Actions", "Pay out cash from a savings account of the "
                                                   "member on screen")))
add_action(ActionSpec(ActionId.CAPITAL_CONTRIBUTION, "operations",
                      QT_TRANSLATE_NOOP("Actions", "Capital &contribution…"), "F7",
                      QT_TRANSLATE_NOOP("Actions", "Take a capital contribution (mandatory first, then "
                                                   "voluntary) from the member on screen")))
add_action(ActionSpec(ActionId.CAPITAL_REFUND, "operations",
                      QT_TRANSLATE_NOOP("Actions", "&Refund of voluntary capital…"), "F8",
                      QT_TRANSLATE_NOOP("Actions", "File a petition to refund voluntary capital to the "
                                                   "member on screen")))


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text) if text else ""


def _tooltip(spec: ActionSpec, action: QAction) -> str:
    """The tip with the shortcut ("... (F5)"); a disabled action's "disabled_reason" property
    (a text marked in the "ventanilla" context) instead, when it has one."""
    reason = action.property("disabled_reason")
    if reason and not action.isEnabled():
        return QCoreApplication.translate("ventanilla", reason)
    tip = _tr(spec.tip) or _tr(spec.text).replace("&", "").rstrip("…")
    if not spec.shortcut:
        return tip
    keys = QKeySequence(spec.shortcut).toString(QKeySequence.SequenceFormat.NativeText)
    return f"{tip} ({keys})"


def create_actions(window: QWidget, handlers: Mapping[ActionId, Callable[[], None]]
                   ) -> dict[ActionId, QAction]:
    """QActions for the declared actions that have a handler, added to `window`."""
    actions: dict[ActionId, QAction] = {}
    for spec in ACTIONS.values():
        handler = handlers.get(spec.id)
        if handler is None:
            continue
        action = QAction(_tr(spec.text), window)
        action.setObjectName(f"action_{spec.id}")
        if spec.shortcut:
            action.setShortcut(QKeySequence(spec.shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        if spec.tip:
            action.setStatusTip(_tr(spec.tip))
        action.setToolTip(_tooltip(spec, action))
        action.triggered.connect(lambda _checked=False, h=handler: h())
        window.addAction(action)
        actions[spec.id] = action
    return actions


def build_menus(menubar: QMenuBar, actions: Mapping[ActionId, QAction]) -> dict[str, QMenu]:
    """The menus in declaration order, holding the actions that were created; returned by key
    (for `retranslate_menus`, and for a window that adds a submenu)."""
    menus: dict[str, QMenu] = {}
    for key, title in MENUS.items():
        specs = [s for s in ACTIONS.values() if s.menu == key and s.id in actions]
        if not specs:
            continue
        menu = menubar.addMenu(_tr(title))
        menu.setObjectName(f"menu_{key}")
        menus[key] = menu
        for spec in specs:
            if spec.separator_before and not menu.isEmpty():
                menu.addSeparator()
            menu.addAction(actions[spec.id])
    return menus


def retranslate_menus(menus: Mapping[str, QMenu]) -> None:
    for key, menu in menus.items():
        menu.setTitle(_tr(MENUS[key]))


def retranslate_actions(actions: Mapping[ActionId, QAction]) -> None:
    for action_id, action in actions.items():
        spec = ACTIONS[action_id]
        action.setText(_tr(spec.text))
        action.setStatusTip(_tr(spec.tip))
        action.setToolTip(_tooltip(spec, action))
