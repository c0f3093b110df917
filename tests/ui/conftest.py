"""Fixtures for the window tests: the desk started on the `ledger` fixture's ledger."""
from __future__ import annotations

from pathlib import Path

import pytest

from app.ui.app import Gui, start_gui
from app.ui.refcount_guard import guard
from ui_helpers import settle

# Before any test emits a signal: PySide6 6.12.0 on Python 3.11 drops references to None/True
# (see app/ui/refcount_guard.py); a long test run would otherwise abort the interpreter.
guard()

_ROOT_CONFTEST = str(Path(__file__).resolve().parents[1] / "conftest.py")


@pytest.fixture
def root_conftest(request: pytest.FixtureRequest):  # noqa: ANN201
    """tests/conftest.py, for its constants (`import conftest` would find this file instead)."""
    return request.config.pluginmanager.get_plugin(_ROOT_CONFTEST)


@pytest.fixture
def staff_password(root_conftest) -> str:  # noqa: ANN001
    return root_conftest.STAFF_PASSWORD


@pytest.fixture
def gui(qtbot, ledger):  # noqa: ANN001, ANN201
    """The desk started on the test ledger (run_gui's factory is `lambda: ledger.ledger`),
    with Sign in enabled."""
    g: Gui = start_gui(lambda: ledger.ledger)
    qtbot.addWidget(g.login)
    qtbot.waitUntil(g.login.is_ready)
    yield g
    if g.desk is not None:
        g.desk.idle_lock.dispose()       # an application-wide filter must not outlive its desk
        if g.desk.main_window is not None:
            g.desk.main_window.close()
    g.login.close()


@pytest.fixture
def teller(ledger, staff_password):  # noqa: ANN001, ANN201
    """A teller past the first sign-in (no forced password change; see ui_helpers.settle)."""
    return settle(ledger, ledger.staff("teller"), staff_password)


@pytest.fixture
def supervisor(ledger, staff_password):  # noqa: ANN001, ANN201
    return settle(ledger, ledger.staff("supervisor"), staff_password)
