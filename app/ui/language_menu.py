"""Desk > Language: Español, Català, English, one checked; choosing one asks the desk to switch.

The language names are written in their own language and never translated (a teller who cannot
read the current language still finds theirs). The desk controller remembers the choice for the
staff user (auth.set_language) and installs the catalogs; every Retranslatable widget follows.
"""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from .retranslate import Retranslatable

# Accelerators unique within the menu: S, C, E.
LANGUAGE_NAMES: dict[str, str] = {"es": "E&spañol", "ca": "&Català", "en": "&English"}


class LanguageMenu(Retranslatable, QMenu):
    """`language_chosen(code)` when the user picks a language other than the checked one."""

    language_chosen = Signal(str)

    def __init__(self, current: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("LanguageMenu")
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGE_NAMES.items():
            action = QAction(name, self, checkable=True)
            action.setObjectName(f"action_language_{code}")
            action.setData(code)
            self.group.addAction(action)
            self.addAction(action)
            self.language_actions[code] = action
        self._current = ""
        self.set_current(current)
        self.group.triggered.connect(self._on_triggered)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Lan&guage"))
        self.menuAction().setStatusTip(self.tr("The language of the desk, remembered for your user"))

    def current(self) -> str:
        return self._current

    def set_current(self, code: str) -> None:
        """Check `code` (without emitting); an unknown code checks nothing."""
        self._current = code if code in self.language_actions else ""
        for lang, action in self.language_actions.items():
            action.setChecked(lang == self._current)

    def _on_triggered(self, action: QAction) -> None:
        code = action.data()
        if code != self._current:
            self._current = code
            self.language_chosen.emit(code)
