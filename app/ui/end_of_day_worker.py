"""End of day off the GUI thread: a QThread that calls end_of_day.run and reports back by signal.

The service opens its own units of work (one session per call; the Ledger's engine is shared and
thread-safe), so nothing of the GUI thread's is touched here. Progress arrives as queued signals
on the GUI thread; `cancel()` sets the flag the service polls between jobs (a cancelled run stops
between two committed jobs and resumes where it stopped). Running workers are kept alive here
until they finish, and waited for when the application quits.
"""
from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QThread, Signal

from app.services import end_of_day
from app.services.context import Actor, Ledger

_RUNNING: set[EndOfDayWorker] = set()
_hooked_apps: set[int] = set()


def _stop_all() -> None:
    for worker in list(_RUNNING):
        worker.cancel()
        worker.wait()


class EndOfDayWorker(QThread):
    """`progressed(step, steps, label)` with the service's N_() label; then `succeeded(EodResult)`
    or `failed(exception)`."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, ledger: Ledger, actor: Actor, job: Callable = end_of_day.run):
        super().__init__()
        self._ledger, self._actor, self._job = ledger, actor, job
        self._cancelled = threading.Event()
        self.finished.connect(self._forget)

    def start(self) -> None:  # type: ignore[override]
        app = QCoreApplication.instance()
        if app is not None and id(app) not in _hooked_apps:
            _hooked_apps.add(id(app))
            app.aboutToQuit.connect(_stop_all)
        _RUNNING.add(self)
        super().start()

    def cancel(self) -> None:
        self._cancelled.set()

    def is_cancelled(self) -> bool:
        return self._cancelled.is_set()

    def run(self) -> None:  # noqa: D102 - the thread's body
        try:
            result = self._job(self._ledger, self._actor, self._progress, self._cancelled.is_set)
        except BaseException as exc:  # noqa: BLE001 - reported to the GUI thread
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)

    def _progress(self, step: int, steps: int, label: str) -> None:
        self.progressed.emit(step, steps, label)

    def _forget(self) -> None:
        _RUNNING.discard(self)
        self.deleteLater()
