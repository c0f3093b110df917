"""Desk > Language: switching at run time, remembered for the staff user."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu, QMenuBar
from ui_helpers import sign_in

from app.i18n import install_translators
from app.services import auth
from app.ui.navigation import Page

ROOT = Path(__file__).resolve().parents[2]
_ACCEL = re.compile(r"&([^&\s])")


@pytest.fixture
def catalogs_built(qapp):
    subprocess.run([sys.executable, str(ROOT / "scripts" / "catalogs.py"), "build", "--stale"],
                   check=True, capture_output=True)
    yield
    install_translators(qapp, "en")


def _accelerators(texts: list[str]) -> list[str]:
    return [m.group(1).lower() for t in texts if (m := _ACCEL.search(t))]


def _duplicate_accelerators(bar: QMenuBar) -> list[str]:
    """Accelerators used twice in the menu bar or within one menu (submenus included)."""
    problems = []

    def visit(name: str, texts: list[str], menus: list[QMenu]) -> None:
        keys = _accelerators(texts)
        dupes = sorted({k for k in keys if keys.count(k) > 1})
        if dupes:
            problems.append(f"{name}: {dupes} in {texts}")
        for menu in menus:
            actions = [a for a in menu.actions() if not a.isSeparator()]
            visit(menu.title(), [a.text() for a in actions], [a.menu() for a in actions if a.menu()])

    top = [a for a in bar.actions() if a.menu()]
    visit("menu bar", [a.text() for a in top], [a.menu() for a in top])
    return problems


def test_switching_to_catalan_from_the_menu_and_back_next_sign_in(qtbot, gui, teller, supervisor,
                                                                 staff_password, ledger,
                                                                 catalogs_built):
    window = sign_in(qtbot, gui, teller.username, staff_password)
    menu = window.language_menu
    assert window.navigation.item_text(Page.COUNTER) == "Counter"
    assert menu.language_actions["en"].isChecked()
    assert menu.menuAction() in window.menus["desk"].actions()
    assert not _duplicate_accelerators(window.menuBar())

    menu.language_actions["ca"].trigger()                    # Desk > Language > Català
    qtbot.waitUntil(lambda: window.navigation.item_text(Page.COUNTER) == "Finestreta")
    assert menu.language_actions["ca"].isChecked() and not menu.language_actions["en"].isChecked()
    assert window.search.caption.text() == "&Cerca un soci (F2)"
    assert window.search.model.headerData(0, Qt.Orientation.Horizontal) == "Núm. de soci"
    assert window.menus["desk"].title() == "&Terminal"
    assert menu.title() == "&Idioma"
    assert window.status.date_label.text().startswith("Data comptable ")
    assert gui.login.sign_in_button.text() == "Entra"        # the hidden login window too
    assert not _duplicate_accelerators(window.menuBar())
    assert gui.desk.actor.language == "ca"
    assert auth.login(ledger.ledger, teller.username, staff_password).language == "ca"   # remembered

    menu.language_actions["es"].trigger()
    qtbot.waitUntil(lambda: window.navigation.item_text(Page.COUNTER) == "Ventanilla")
    assert not _duplicate_accelerators(window.menuBar())
    menu.language_actions["ca"].trigger()
    qtbot.waitUntil(lambda: window.navigation.item_text(Page.COUNTER) == "Finestreta")

    gui.desk.lock()                                          # an English user signs in meanwhile
    gui.desk.switch_user()
    window = sign_in(qtbot, gui, supervisor.username, staff_password)
    qtbot.waitUntil(lambda: window.navigation.item_text(Page.COUNTER) == "Counter")
    assert window.language_menu.language_actions["en"].isChecked()
    gui.desk.lock()
    gui.desk.switch_user()
    window = sign_in(qtbot, gui, teller.username, staff_password)
    assert gui.desk.actor.language == "ca"                   # the next sign-in comes back in Catalan
    qtbot.waitUntil(lambda: window.navigation.item_text(Page.COUNTER) == "Finestreta")
    assert window.language_menu.language_actions["ca"].isChecked()
