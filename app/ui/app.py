"""Starting the desk: paint the sign-in window first, then open the ledger.

Only Qt is imported before the first paint. Once the login window is exposed, a worker thread
imports the services (SQLAlchemy, Alembic) and calls `ledger_factory()`, which may migrate the
database; meanwhile the teller can already type. When the ledger is open, the desk controller
(`app.ui.desk`) takes over and Sign in is enabled; if opening fails an error dialog says why and
the program ends with status 1.
"""
from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from .i18n import install_translators, render_error, system_language
from .login_window import LoginWindow
from .refcount_guard import guard as guard_refcounts

if TYPE_CHECKING:
    from app.services.context import Ledger

    from .desk import Desk

STYLE_SHEET = Path(__file__).resolve().parents[2] / "resources" / "style.qss"
WINDOW_ICON = STYLE_SHEET.with_name("ventanilla-256.png")
# Imported by the worker thread while the login window is on screen.
_HEAVY_MODULES = ("app.services.auth", "app.services.institution", "app.services.members",
                  "app.services.member_search", "app.services.petitions")


def load_style_sheet(app: QApplication, path: Path = STYLE_SHEET) -> bool:
    """Apply the desk's style sheet (once: setting the same sheet again would re-polish every
    widget alive for nothing)."""
    try:
        css = path.read_text(encoding="utf-8")
    except OSError:
        return False
    if app.styleSheet() != css:
        app.setStyleSheet(css)
    return True


class _FirstPaint(QObject):
    """Calls `callback` once, after the watched widget's first paint (or after `fallback_ms`
    if no paint comes, e.g. a window started minimised)."""

    def __init__(self, widget: QWidget, callback: Callable[[], None], fallback_ms: int = 1500):
        super().__init__(widget)
        self._callback: Callable[[], None] | None = callback
        widget.installEventFilter(self)
        QTimer.singleShot(fallback_ms, self._fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # Let this paint reach the screen before doing anything else.
            QTimer.singleShot(0, self._fire)
        return False

    def _fire(self) -> None:
        callback, self._callback = self._callback, None
        if callback is not None:
            callback()


class _Opener(QObject):
    """Runs the imports and `ledger_factory()` off the GUI thread; reports back on it."""

    opened = Signal(object)
    failed = Signal(object)

    def start(self, ledger_factory: Callable[[], Ledger]) -> None:
        threading.Thread(target=self._run, args=(ledger_factory,), name="open-ledger",
                         daemon=True).start()

    def _run(self, ledger_factory: Callable[[], Ledger]) -> None:
        try:
            import importlib
            for name in _HEAVY_MODULES:
                importlib.import_module(name)
            ledger = ledger_factory()
        except BaseException as exc:  # noqa: BLE001 - shown to the user in the GUI thread
            self.failed.emit(exc)
        else:
            self.opened.emit(ledger)


class Gui(QObject):
    """The running desk: the application, the login window and, once the ledger is open, the
    `Desk` controller. `first_painted` and `ready` carry time.perf_counter() stamps."""

    first_painted = Signal(float)
    ready = Signal(float)
    open_failed = Signal(str)

    def __init__(self, app: QApplication, ledger_factory: Callable[[], Ledger], *,
                 demo_hint: str = "", title_suffix: str = ""):
        super().__init__()
        self.app = app
        self.ledger_factory = ledger_factory
        self.title_suffix = title_suffix
        self.desk: Desk | None = None
        self.error_box: QMessageBox | None = None
        self.failed = False
        self.login = LoginWindow(demo_hint=demo_hint, title_suffix=title_suffix)
        self._opener = _Opener(self)
        self._opener.opened.connect(self._on_opened)
        self._opener.failed.connect(self._on_failed)
        _FirstPaint(self.login, self._after_first_paint)

    def show(self) -> None:
        self.login.resize(self.login.sizeHint().expandedTo(self.login.minimumSize()))
        self.login.show()

    def _after_first_paint(self) -> None:
        self.first_painted.emit(time.perf_counter())
        self._opener.start(self.ledger_factory)

    def _on_opened(self, ledger: Any) -> None:
        from .desk import Desk   # after the first paint: pulls in the main window and services
        self.desk = Desk(self.app, ledger, self.login, title_suffix=self.title_suffix)
        self.ready.emit(time.perf_counter())

    def _on_failed(self, exc: BaseException) -> None:
        text = render_error(exc)
        self.login.show_failure(QCoreApplication.translate("Gui", "The ledger could not be opened."))
        box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate("Gui", "Ventanilla"),
                          QCoreApplication.translate("Gui", "The ledger could not be opened."),
                          QMessageBox.StandardButton.Close, self.login)
        box.setInformativeText(text)
        box.finished.connect(self._give_up)
        self.error_box = box
        self.open_failed.emit(text)
        box.open()

    def _give_up(self) -> None:
        # Closing the last window ends the event loop; run_gui then returns 1. (Not
        # QCoreApplication.exit(): without a running loop it would poison every later loop.)
        self.failed = True
        self.login.close()


def start_gui(ledger_factory: Callable[[], Ledger], *, demo_hint: str = "",
              title_suffix: str = "") -> Gui:
    """Create (or reuse) the QApplication, style it and show the login window; the ledger opens
    after the first paint. Returns the `Gui` without entering the event loop."""
    guard_refcounts()          # PySide6 6.12.0 on Python 3.11: see refcount_guard
    app = QApplication.instance() or QApplication([])
    app.setApplicationName("Ventanilla")
    app.setOrganizationName("Ventanilla")
    install_translators(app, system_language())
    load_style_sheet(app)
    app.setWindowIcon(QIcon(str(WINDOW_ICON)))
    gui = Gui(app, ledger_factory, demo_hint=demo_hint, title_suffix=title_suffix)
    gui.show()
    return gui


def run_gui(ledger_factory: Callable[[], Ledger], *, demo_hint: str = "",
            title_suffix: str = "") -> int:
    """Run the desk until its last window closes; returns the exit status (1 if the ledger could
    not be opened). `ledger_factory` opens (and migrates) the ledger: it runs once, off the GUI
    thread, after the login window is on screen. `demo_hint` is shown discreetly on the login
    window (demo ledgers: users and passwords); `title_suffix` is appended to window titles,
    e.g. "[demo]"."""
    gui = start_gui(ledger_factory, demo_hint=demo_hint, title_suffix=title_suffix)
    try:
        status = gui.app.exec()
        return 1 if gui.failed else status
    finally:
        if gui.desk is not None:
            gui.desk.shutdown()
