"""Helpers for the window tests (imported by conftest.py and the test modules)."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from stdnum.es import dni

from app.domain.member_form import MemberInput
from app.services import auth, members
from app.ui.app import Gui
from app.ui.main_window import MainWindow


def settle(lut, actor, password: str):  # noqa: ANN001, ANN201
    """`actor` as after their first sign-in: staff made by an administrator must change their
    password (Actor.must_change_password: the desk forces it); this changes it and back, so the
    password stays the same and the desk opens without the dialog."""
    auth.change_password(lut.ledger, actor, password, password + "-x")
    auth.change_password(lut.ledger, actor, password + "-x", password)
    return replace(actor, must_change_password=False)


def valid_dni(n: int) -> str:
    number = f"{n:08d}"
    return number + dni.calc_check_digit(number)


def register(lut, actor, given: str, surnames: str, n: int) -> members.MemberFile:  # noqa: ANN001
    """Register a member with a valid DNI built from `n`."""
    return members.register_member(lut.ledger, actor, MemberInput(
        document=valid_dni(n), given_names=given, surnames=surnames))


def type_text(widget: QWidget, text: str) -> None:
    """Type `text` key by key (qtbot.keyClicks takes ASCII only): non-ASCII characters go
    through QTest.sendKeyEvent with their text."""
    for ch in text:
        if ch.isascii():
            QTest.keyClicks(widget, ch)
        else:
            QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch,
                               Qt.KeyboardModifier.NoModifier)


def sign_in(qtbot, g: Gui, username: str, password: str) -> MainWindow:  # noqa: ANN001
    """Sign in through the login window as a teller would; returns the main window."""
    qtbot.keyClicks(g.login.user_edit, username)
    qtbot.keyClicks(g.login.password_edit, password)
    qtbot.keyClick(g.login.password_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: g.desk.main_window is not None and g.desk.main_window.isVisible())
    window = g.desk.main_window
    qtbot.waitUntil(window.isActiveWindow)      # shortcuts go to the active window
    return window
