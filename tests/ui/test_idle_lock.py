"""The desk locks itself after the institution's idle minutes without input, hides the dialogs
that were open over it, and opens again with the same user's password."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from ui_helpers import sign_in

from app.ui import idle_lock
from app.ui.idle_lock import IdleLock
from app.ui.override_dialog import OverrideDialog


def test_idle_desk_locks_and_the_password_unlocks(qtbot, gui, teller, staff_password, monkeypatch):
    monkeypatch.setattr(idle_lock, "MS_PER_MINUTE", 40)       # 5 "minutes" = 200 ms
    window = sign_in(qtbot, gui, teller.username, staff_password)
    desk = gui.desk
    assert desk.idle_lock.interval_ms() == 5 * 40 and desk.idle_lock.is_armed()
    dialog = OverrideDialog("Something open over the desk", window)
    dialog.open()
    qtbot.waitUntil(dialog.isVisible)
    qtbot.waitUntil(lambda: gui.login.isVisible() and gui.login.is_locked_mode())
    assert not window.isVisible() and not dialog.isVisible()
    assert not desk.idle_lock.is_armed()                       # nothing to lock while locked
    assert gui.login.user_edit.text() == teller.username and gui.login.user_edit.isReadOnly()

    qtbot.keyClicks(gui.login.password_edit, "not-the-password")
    qtbot.keyClick(gui.login.password_edit, Qt.Key.Key_Return)
    assert gui.login.error_label.isVisible() and not window.isVisible()
    qtbot.keyClicks(gui.login.password_edit, staff_password)
    qtbot.keyClick(gui.login.password_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(window.isVisible)
    assert desk.main_window is window                          # the same desk, as it was
    assert dialog.isVisible()                                   # and what was open over it
    assert desk.idle_lock.is_armed()


def test_ctrl_l_locks_too_and_stops_the_idle_timer(qtbot, gui, teller, staff_password):
    window = sign_in(qtbot, gui, teller.username, staff_password)
    assert gui.desk.idle_lock.interval_ms() == 5 * 60_000
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: gui.login.isVisible() and not window.isVisible())
    assert not gui.desk.idle_lock.is_armed()


def test_input_restarts_the_timer(qtbot):
    fired = []
    lock = IdleLock(lambda: fired.append(1), interval_ms=60_000)
    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.show()
    assert not lock.is_armed()
    lock.start()
    qtbot.waitUntil(lambda: lock.idle_ms() > 5)
    before = lock.idle_ms()
    qtbot.keyClick(edit, Qt.Key.Key_A)
    assert lock.idle_ms() < before and lock.is_armed()
    lock.stop()
    qtbot.keyClick(edit, Qt.Key.Key_B)                          # input does not re-arm it
    assert not lock.is_armed() and not fired
    lock.deleteLater()


def test_the_timer_fires_once_without_input(qtbot):
    fired = []
    lock = IdleLock(lambda: fired.append(1), interval_ms=20)
    lock.start()
    qtbot.waitUntil(lambda: fired == [1])
    assert not lock.is_armed()
    lock.deleteLater()
