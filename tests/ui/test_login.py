"""The login window: painted before the ledger opens, wrong and right passwords, lockout, the
lock screen, switching user, and a ledger that cannot be opened."""
from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from ui_helpers import sign_in

from app.db import LedgerVersionError
from app.domain.messages import Msg
from app.ui.app import start_gui


def test_login_paints_before_the_ledger_opens(qtbot, ledger):
    release = threading.Event()

    def slow_factory():
        assert release.wait(30)
        return ledger.ledger

    gui = start_gui(slow_factory, demo_hint="Demo ledger. Users: ana / demo")
    qtbot.addWidget(gui.login)
    with qtbot.waitSignal(gui.first_painted):
        pass
    assert gui.login.isVisible()
    assert not gui.login.sign_in_button.isEnabled()
    assert gui.login.status_label.text() == "Opening the ledger…"
    assert gui.login.demo_label.isVisible() and "ana / demo" in gui.login.demo_label.text()
    qtbot.keyClicks(gui.login.user_edit, "admin")          # typing works meanwhile
    with qtbot.waitSignal(gui.ready):
        release.set()
    assert gui.login.sign_in_button.isEnabled()
    assert gui.login.user_edit.text() == "admin"
    assert "Cooperativa de Prueba" in gui.login.subtitle.text()


def test_wrong_then_right_password(qtbot, gui, teller, staff_password):
    login = gui.login
    assert login.password_edit.echoMode() == QLineEdit.EchoMode.Password
    assert not login.demo_label.isVisible()
    qtbot.keyClicks(login.user_edit, teller.username)
    qtbot.keyClicks(login.password_edit, "not-the-password")
    qtbot.keyClick(login.password_edit, Qt.Key.Key_Return)
    assert login.error_label.isVisible()
    assert login.error_label.text() == "Wrong user name or password."
    assert login.user_edit.text() == teller.username
    assert login.password_edit.text() == ""
    assert gui.desk.main_window is None

    window = sign_in(qtbot, gui, "", staff_password)   # the user name is still there
    assert not login.isVisible()
    assert gui.desk.actor.username == teller.username
    assert window.windowTitle() == "Ventanilla - Cooperativa de Prueba - Main office"


def test_enter_in_user_field_goes_to_password_without_trying(qtbot, gui, teller):
    login = gui.login
    login.show()
    qtbot.waitExposed(login)
    login.activateWindow()
    qtbot.keyClicks(login.user_edit, teller.username)
    qtbot.keyClick(login.user_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(login.password_edit.hasFocus)
    assert not login.error_label.isVisible()
    qtbot.keyClick(login.password_edit, Qt.Key.Key_Return)      # empty: says so, no attempt
    assert login.error_label.text() == "Type your password."


def test_repeated_failures_show_the_lockout_message(qtbot, gui, teller):
    login = gui.login
    qtbot.keyClicks(login.user_edit, teller.username)
    for attempt in range(5):
        qtbot.keyClicks(login.password_edit, f"wrong-{attempt}")
        qtbot.keyClick(login.password_edit, Qt.Key.Key_Return)
    assert "The user is now locked" in login.error_label.text()
    assert login.user_edit.text() == teller.username and login.password_edit.text() == ""
    qtbot.keyClicks(login.password_edit, "anything")
    qtbot.keyClick(login.password_edit, Qt.Key.Key_Return)
    assert login.error_label.text().startswith("This user is locked after too many failed attempts.")
    assert gui.desk.main_window is None


def test_lock_and_unlock_with_the_same_user(qtbot, gui, teller, staff_password):
    window = sign_in(qtbot, gui, teller.username, staff_password)
    qtbot.keyClicks(window.search.field, "zz")
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    login = gui.login
    assert login.isVisible() and not window.isVisible()
    assert login.is_locked_mode()
    assert login.user_edit.isReadOnly() and login.user_edit.text() == teller.username
    assert login.heading.text() == "Desk locked"

    qtbot.keyClicks(login.password_edit, "wrong-one")
    qtbot.keyClick(login.password_edit, Qt.Key.Key_Return)
    assert login.error_label.text() == "Wrong user name or password."
    assert not window.isVisible()

    qtbot.keyClicks(login.password_edit, staff_password)
    qtbot.keyClick(login.password_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(window.isVisible)
    assert gui.desk.main_window is window               # the same desk, as it was left
    assert window.search.field.text() == "zz"
    assert not login.isVisible()


def test_switch_user_from_the_lock_screen(qtbot, ledger, gui, teller, supervisor, staff_password):
    first = sign_in(qtbot, gui, teller.username, staff_password)
    gui.desk.lock()
    qtbot.mouseClick(gui.login.switch_button, Qt.MouseButton.LeftButton)
    assert not gui.login.is_locked_mode() and gui.login.user_edit.text() == ""
    assert gui.desk.main_window is None
    qtbot.waitUntil(lambda: not first.isVisible())
    second = sign_in(qtbot, gui, supervisor.username, staff_password)
    assert second is not first
    assert gui.desk.actor.username == supervisor.username
    qtbot.keyClicks(second.search.field, "garc")
    qtbot.waitUntil(lambda: second.search.count_label.text() == "No member matches")
    gui.desk.events.notify(None)      # the first desk's parts are gone, not listening


def test_quit_closes_the_desk(qtbot, gui, teller, staff_password):
    window = sign_in(qtbot, gui, teller.username, staff_password)
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible() and not gui.login.isVisible()
    assert gui.desk.main_window is None


def test_a_ledger_that_cannot_be_opened_shows_why(qtbot):
    def failing_factory():
        raise LedgerVersionError(Msg.of("This ledger was written by a newer version of Ventanilla "
                                        "(schema {revision}).", revision="9999"))

    gui = start_gui(failing_factory)
    qtbot.addWidget(gui.login)
    with qtbot.waitSignal(gui.open_failed) as blocker:
        pass
    assert blocker.args == ["This ledger was written by a newer version of Ventanilla "
                            "(schema 9999)."]
    box = gui.error_box
    qtbot.waitUntil(box.isVisible)
    assert box.text() == "The ledger could not be opened."
    assert "schema 9999" in box.informativeText()
    assert not gui.login.sign_in_button.isEnabled()
    box.accept()
    qtbot.waitUntil(lambda: not gui.login.isVisible())
