"""Changing one's password: forced after the first sign-in (nothing else until it is done, or sign
out), checked while typing, and on demand from Desk > Change password…"""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from ui_helpers import sign_in

from app.services import auth
from app.services.errors import AuthenticationFailed
from app.ui.actions import ActionId
from app.ui.password_dialog import PasswordDialog

NEW_PASSWORD = "Mostrador-2026"


def _first_sign_in(qtbot, gui, username: str, password: str) -> PasswordDialog:  # noqa: ANN001
    qtbot.keyClicks(gui.login.user_edit, username)
    qtbot.keyClicks(gui.login.password_edit, password)
    qtbot.keyClick(gui.login.password_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: gui.desk.main_window is not None and gui.desk.main_window.isVisible())
    dialog = gui.desk.main_window.findChild(PasswordDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_the_first_sign_in_forces_the_change(qtbot, ledger, gui, staff_password):
    fresh = ledger.staff("teller")                     # made by an administrator: must change
    assert fresh.must_change_password
    dialog = _first_sign_in(qtbot, gui, fresh.username, staff_password)
    assert dialog.forced and dialog.isModal()
    assert QApplication.activeModalWidget() is dialog
    assert dialog.cancel_button.text() == "Sign out"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)           # not optional
    assert dialog.isVisible()
    assert not dialog.ok_button.isEnabled()

    qtbot.keyClicks(dialog.edits["password"], staff_password)
    qtbot.keyClicks(dialog.edits["new_password"], "short")
    qtbot.waitUntil(lambda: dialog.errors["new_password"].text() == "Use at least 8 characters.")
    dialog.edits["new_password"].setText(fresh.username + "-2026")
    qtbot.waitUntil(lambda: dialog.errors["new_password"].text()
                    == "The password must not contain the user name.")
    dialog.edits["new_password"].setText(NEW_PASSWORD)
    qtbot.keyClicks(dialog.edits["repeat"], NEW_PASSWORD[:-1] + "7")
    qtbot.waitUntil(lambda: dialog.errors["repeat"].text() == "The two new passwords are not the same.")
    assert dialog.errors["new_password"].text() == "" and not dialog.ok_button.isEnabled()
    dialog.edits["repeat"].setText(NEW_PASSWORD)
    qtbot.waitUntil(dialog.ok_button.isEnabled)
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(dialog.edits["repeat"], Qt.Key.Key_Return)
    assert not gui.desk.actor.must_change_password
    qtbot.waitUntil(gui.desk.main_window.search.field.hasFocus)
    assert not auth.login(ledger.ledger, fresh.username, NEW_PASSWORD).must_change_password
    with pytest.raises(AuthenticationFailed):
        auth.login(ledger.ledger, fresh.username, staff_password)


def test_a_wrong_current_password_is_said_under_it(qtbot, ledger, gui, staff_password):
    fresh = ledger.staff("teller")
    dialog = _first_sign_in(qtbot, gui, fresh.username, staff_password)
    dialog.edits["password"].setText("not-my-password")
    dialog.edits["new_password"].setText(NEW_PASSWORD)
    dialog.edits["repeat"].setText(NEW_PASSWORD)
    assert dialog.check()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.errors["password"].text() == "The current password is wrong."
    assert dialog.edits["password"].hasFocus()
    assert gui.desk.actor.must_change_password


def test_signing_out_instead_goes_back_to_the_sign_in(qtbot, ledger, gui, staff_password):
    fresh = ledger.staff("teller")
    dialog = _first_sign_in(qtbot, gui, fresh.username, staff_password)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(gui.login.isVisible)
    assert gui.desk.main_window is None and gui.desk.actor is None
    assert auth.login(ledger.ledger, fresh.username, staff_password).must_change_password


def test_change_password_from_the_desk_menu(qtbot, ledger, gui, teller, staff_password):
    window = sign_in(qtbot, gui, teller.username, staff_password)
    assert window.findChild(PasswordDialog) is None          # a settled user: no dialog
    desk_menu = [a.text() for a in window.menus["desk"].actions()]
    assert "Change &password…" in desk_menu
    window.actions[ActionId.CHANGE_PASSWORD].trigger()
    dialog = window.findChild(PasswordDialog)
    assert not dialog.forced and dialog.cancel_button.text() == "Cancel"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)                 # optional here
    assert not dialog.isVisible()
    dialog = window.change_password()
    dialog.edits["password"].setText(staff_password)
    dialog.edits["new_password"].setText(NEW_PASSWORD)
    dialog.edits["repeat"].setText(NEW_PASSWORD)
    assert dialog.check()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert window.status.currentMessage() == "Your password was changed."
    assert auth.login(ledger.ledger, teller.username, NEW_PASSWORD)
