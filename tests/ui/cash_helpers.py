"""Helpers for the operation, drawer, approvals and end-of-day window tests: members with savings
accounts on the Ecuadorian ledger, and a main window opened straight on a signed-in actor."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QApplication, QWidget
from stdnum.ec import ci

from app.domain.member_form import MemberInput
from app.services import members
from app.ui.desk_context import DeskContext
from app.ui.events import AppEvents
from app.ui.main_window import MainWindow

D = Decimal


def cedula(n: int) -> str:
    """A valid Ecuadorian cédula built from `n` (province 17, Pichincha)."""
    body = f"17{n % 10_000_000:07d}"
    return next(body + d for d in "0123456789" if ci.is_valid(body + d))


def ec_member(lut, actor, given: str, surnames: str,  # noqa: ANN001
              n: int) -> tuple[members.MemberFile, int]:
    """Register a member on the Ecuadorian ledger; (member file, savings account id)."""
    f = members.register_member(lut.ledger, actor, MemberInput(
        document=cedula(n), given_names=given, surnames=surnames))
    return f, next(a.id for a in f.accounts if a.product == "savings")


def open_window(qtbot, lut, actor, size: tuple[int, int] = (1366, 768)) -> MainWindow:  # noqa: ANN001
    """The main window for `actor`, as the desk builds it after sign-in, shown and active."""
    ctx = DeskContext.open(lut.ledger, actor, AppEvents())
    window = MainWindow(ctx)
    window._test_events = ctx.events        # keep the events object alive with the window
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def active_dialog() -> QWidget | None:
    return QApplication.activeModalWidget()
