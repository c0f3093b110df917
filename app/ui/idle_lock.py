"""Locking the desk when nobody has touched it for a while.

An application-wide event filter notes the time of every keyboard, mouse, wheel or touch input
(a cheap stamp: no timer is touched per event); a single-shot QTimer wakes up when the desk could
have been idle long enough and, if input came meanwhile, sleeps again for what is left. When the
idle time is reached, `on_idle()` is called (the desk controller locks, as Ctrl+L
does, and the teller unlocks with their password). The delay is the institution's
`idle_lock_minutes` setting; tests pass a short `interval_ms` instead.
"""
from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

MS_PER_MINUTE = 60_000
INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TabletPress,
    QEvent.Type.ShortcutOverride,
})


class IdleLock(QObject):
    """Calls `on_idle` after `minutes` (or `interval_ms`) without input. `start()` arms it (after
    sign-in or unlock), `stop()` disarms it (while locked). Qt removes the filter when the
    object is deleted."""

    def __init__(self, on_idle: Callable[[], None], minutes: int = 5, *,
                 interval_ms: int | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._on_idle = on_idle
        self._idle_ms = 0
        self._last_input = time.monotonic()
        self.timer = QTimer(self, singleShot=True)
        self.timer.timeout.connect(self._fire)
        self.set_minutes(minutes, interval_ms=interval_ms)
        self._app = QApplication.instance()
        self._app.installEventFilter(self)

    def set_minutes(self, minutes: int, *, interval_ms: int | None = None) -> None:
        self._idle_ms = (interval_ms if interval_ms is not None
                         else max(1, int(minutes)) * MS_PER_MINUTE)
        if self.timer.isActive():
            self.start()

    def interval_ms(self) -> int:
        """How long without input before the desk locks."""
        return self._idle_ms

    def idle_ms(self) -> float:
        """Milliseconds since the last input (or since `start()`)."""
        return (time.monotonic() - self._last_input) * 1000

    def start(self) -> None:
        self._last_input = time.monotonic()
        self.timer.start(self._idle_ms)

    def stop(self) -> None:
        self.timer.stop()

    def dispose(self) -> None:
        """Stop watching the application's input (when the desk closes)."""
        self.timer.stop()
        if self._app is not None:
            self._app.removeEventFilter(self)
            self._app = None

    def is_armed(self) -> bool:
        return self.timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in INPUT_EVENTS:
            self._last_input = time.monotonic()      # the desk is in use
        return False

    def _fire(self) -> None:
        left = self._idle_ms - self.idle_ms()
        if left > 0:                                  # input came meanwhile: sleep again
            self.timer.start(int(left) + 1)
            return
        self._on_idle()


def hide_other_windows(*keep: QObject) -> list:
    """Hide every visible top-level window except `keep` (dialogs over a locked desk); returns
    them, to show again with `show_windows` after unlocking."""
    hidden = [w for w in QApplication.topLevelWidgets()
              if w.isVisible() and all(w is not k for k in keep)]
    for window in hidden:
        window.hide()
    return hidden


def show_windows(windows: list) -> None:
    for window in windows:
        try:
            window.show()
        except RuntimeError:       # deleted meanwhile
            pass
