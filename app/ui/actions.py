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
from PySide6.QtWidgets import QMenuBar, QWidget

CONTEXT = "Actions"


class ActionId(StrEnum):
    FIND_MEMBER = "find_member"
    GO_COUNTER = "go_counter"
    GO_APPROVALS = "go_approvals"
    LOCK = "lock"
    QUIT = "quit"


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
add_action(ActionSpec(ActionId.LOCK, "desk", QT_TRANSLATE_NOOP("Actions", "&Lock the desk"),
                      "Ctrl+L", QT_TRANSLATE_NOOP("Actions", "Hide everything until you sign in again"),
                      separator_before=True))
add_action(ActionSpec(ActionId.QUIT, "desk", QT_TRANSLATE_NOOP("Actions", "&Quit"), "Ctrl+Q",
                      separator_before=True))
add_action(ActionSpec(ActionId.GO_COUNTER, "go", QT_TRANSLATE_NOOP("Actions", "&Counter"), "Ctrl+1"))
add_action(ActionSpec(ActionId.GO_APPROVALS, "go", QT_TRANSLATE_NOOP("Actions", "&Approvals"),
                      "Ctrl+2"))


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text) if text else ""


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
            action.setToolTip(_tr(spec.tip))
        action.triggered.connect(lambda _checked=False, h=handler: h())
        window.addAction(action)
        actions[spec.id] = action
    return actions


def build_menus(menubar: QMenuBar, actions: Mapping[ActionId, QAction]) -> None:
    """The menus in declaration order, holding the actions that were created."""
    for key, title in MENUS.items():
        specs = [s for s in ACTIONS.values() if s.menu == key and s.id in actions]
        if not specs:
            continue
        menu = menubar.addMenu(_tr(title))
        for spec in specs:
            if spec.separator_before and not menu.isEmpty():
                menu.addSeparator()
            menu.addAction(actions[spec.id])


def retranslate_actions(actions: Mapping[ActionId, QAction]) -> None:
    for action_id, action in actions.items():
        spec = ACTIONS[action_id]
        action.setText(_tr(spec.text))
        action.setStatusTip(_tr(spec.tip))
