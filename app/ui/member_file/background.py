"""Work that may take a while (a long CSV export, a statement of many pages) runs off the GUI
thread; its result or its error comes back on the GUI thread through a signal.

The function must call services only (each opens its own unit of work) and touch no widget.
"""
from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

_running: set[Job] = set()      # keeps each job alive until it reported


class Job(QObject):
    done = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Callable[[], Any]):
        super().__init__()
        self._work = work

    def start(self) -> Job:
        _running.add(self)
        self.done.connect(self._forget)
        self.failed.connect(self._forget)
        threading.Thread(target=self._run, name="desk-job", daemon=True).start()
        return self

    def _run(self) -> None:
        try:
            result = self._work()
        except BaseException as exc:  # noqa: BLE001 - reported on the GUI thread
            self.failed.emit(exc)
        else:
            self.done.emit(result)

    def _forget(self, _result: object) -> None:
        _running.discard(self)


def run_in_background(work: Callable[[], Any], on_done: Callable[[Any], None],
                      on_error: Callable[[BaseException], None]) -> Job:
    """Run `work()` in a thread; then `on_done(result)` or `on_error(exception)` on the GUI
    thread (queued: the receivers live there)."""
    job = Job(work)
    job.done.connect(on_done)
    job.failed.connect(on_error)
    return job.start()
