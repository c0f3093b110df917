"""One signal the desk listens to after every change to the ledger (STYLE.md §2)."""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class AppEvents(QObject):
    """`changed(changes)` fires after a service committed (or when another desk may have: the
    periodic refresh sends None). Views refresh what they show from it; `changes` is the
    service's change summary when there is one."""

    changed = Signal(object)

    def notify(self, changes: object = None) -> None:
        self.changed.emit(changes)
