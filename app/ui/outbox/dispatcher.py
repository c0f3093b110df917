"""The desk's outbox dispatcher: every minute (and on Send now) it sends what is due in a worker
thread, never on the GUI thread, and never two runs at once on one desk. Other desks may be
dispatching too: the service's claims keep each message to one of them."""
from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import QObject, QTimer, Signal

from app.domain.permissions import Permission
from app.services import outbox_dispatch
from app.services.outbox_dispatch import DispatchResult

from ..desk_context import DeskContext
from ..task_worker import TaskWorker

INTERVAL_MS = 60_000
FIRST_MS = 5_000


class DeskDispatcher(QObject):
    """`finished(result)` after each run (a DispatchResult, or the exception it failed with)."""

    finished = Signal(object)

    def __init__(self, ctx: DeskContext, parent: QObject | None = None, *, automatic: bool = True):
        super().__init__(parent)
        self._ctx = ctx
        self.worker: TaskWorker | None = None
        self._stopping = False
        self.last_run: datetime | None = None
        self.last_result: object = None
        self.timer = QTimer(self, interval=INTERVAL_MS)
        self.first = QTimer(self, interval=FIRST_MS, singleShot=True)    # soon after sign-in
        for t in (self.timer, self.first):
            t.timeout.connect(self.run)
        if automatic and ctx.can(Permission.OUTBOX):
            self.timer.start()
            self.first.start()

    @property
    def running(self) -> bool:
        return self.worker is not None

    def run(self) -> bool:
        """Start a run unless one is going; False when one was."""
        if self.worker is not None:
            return False
        ledger, actor = self._ctx.ledger, self._ctx.actor
        self._stopping = False
        self.worker = TaskWorker(lambda: outbox_dispatch.dispatch_due(ledger, actor,
                                                                      stop=lambda: self._stopping))
        self.worker.succeeded.connect(self._done)
        self.worker.failed.connect(self._done)
        self.worker.start()
        return True

    def _done(self, result: object) -> None:
        self.worker = None
        self.last_run, self.last_result = datetime.now(timezone.utc).replace(tzinfo=None), result
        if isinstance(result, DispatchResult) and (result.sent or result.retrying or result.failed):
            self._ctx.events.notify(None)
        self.finished.emit(result)

    def stop(self) -> None:
        """No more automatic runs; a run going stops after the message it is sending."""
        self.timer.stop()
        self.first.stop()
        self._stopping = True
        if self.worker is not None:
            self.worker.wait()
