"""One service call off the GUI thread (a backup, a restore): a QThread that runs it and reports
`succeeded(result)` or `failed(exception)` as queued signals on the GUI thread. Services open
their own units of work, so nothing of the GUI thread's is shared. Running workers are kept
alive here until they finish, and waited for when the application quits."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QThread, Signal

_RUNNING: set["TaskWorker"] = set()
_hooked_apps: set[int] = set()


def _wait_all() -> None:
    for worker in list(_RUNNING):
        worker.wait()


class TaskWorker(QThread):
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, job: Callable[[], object]):
        super().__init__()
        self._job = job
        self.finished.connect(lambda: _RUNNING.discard(self))

    def start(self) -> None:  # type: ignore[override]
        app = QCoreApplication.instance()
        if app is not None and id(app) not in _hooked_apps:
            _hooked_apps.add(id(app))
            app.aboutToQuit.connect(_wait_all)
        _RUNNING.add(self)
        super().start()

    def run(self) -> None:  # noqa: D102 - the thread's body
        try:
            result = self._job()
        except BaseException as exc:  # noqa: BLE001 - reported to the GUI thread
            self.failed.emit(exc)
            return
        self.succeeded.emit(result)
