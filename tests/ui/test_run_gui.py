"""run_gui end to end, in its own event loop: exit status 1 when the ledger cannot be opened,
0 after signing in and quitting with Ctrl+Q."""
from __future__ import annotations

import time

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from app.domain.messages import Msg
from app.services.errors import NotFound
from app.ui.app import run_gui


def _drive(steps) -> QTimer:  # noqa: ANN001
    """Poll every 20 ms: run the first step whose turn it is (it returns True when done).
    After 20 s it quits the application instead (never hang the suite); stopping the timer
    stops that too: a quit left pending would fire in a later test, and every event loop
    started after it (qtbot.wait, waitUntil) would return at once."""
    pending = list(steps)
    timer = QTimer(interval=20)
    started = time.monotonic()

    def tick() -> None:
        if time.monotonic() - started > 20:
            QApplication.quit()
        elif pending and pending[0]():
            pending.pop(0)
    timer.timeout.connect(tick)
    timer.start()
    return timer


def _top(kind):  # noqa: ANN001, ANN202
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def _visible(name: str):  # noqa: ANN202
    return next((w for w in QApplication.topLevelWidgets()
                 if w.objectName() == name and w.isVisible()), None)


def test_run_gui_returns_1_when_the_ledger_cannot_be_opened(qapp):
    def factory():
        raise NotFound(Msg.of("This database holds no ledger yet: run ventanilla init."))

    def close_the_error() -> bool:
        boxes = _top(QMessageBox)
        if boxes:
            assert "run ventanilla init" in boxes[0].informativeText()
            boxes[0].accept()
        return bool(boxes)

    timer = _drive([close_the_error])
    assert run_gui(factory) == 1
    timer.stop()


def test_run_gui_signs_in_and_quits(qapp, ledger, teller, staff_password):
    state = {}

    def sign_in() -> bool:
        login = _visible("LoginWindow")
        if login is None or not login.sign_in_button.isEnabled():
            return False
        assert login.windowTitle() == "Ventanilla [test]"
        login.user_edit.setText(teller.username)
        login.password_edit.setText(staff_password)
        QTest.keyClick(login.password_edit, Qt.Key.Key_Return)
        return True

    def quit_with_ctrl_q() -> bool:
        window = _visible("MainWindow")
        if window is None or not window.isActiveWindow():
            return False
        state["title"] = window.windowTitle()
        QTest.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
        return True

    timer = _drive([sign_in, quit_with_ctrl_q])
    assert run_gui(lambda: ledger.ledger, title_suffix=" [test]") == 0
    timer.stop()
    # Closing the last window also posted a Quit; the loop has ended, so the next loop (a later
    # test's qtbot.wait) would take it and every loop after it would return at once.
    qapp.removePostedEvents(qapp, QEvent.Type.Quit)
    assert state["title"] == "Ventanilla - Cooperativa de Prueba - Main office [test]"
