"""Render the login window and the main window to PNG (not a test; run by hand).

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/ui/screenshots.py [out_dir]

Builds a throw-away es-coop ledger, registers a few members,
signs in through the login window and searches for "garc" as a teller would.
"""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("VENTANILLA_KEY_DIR", tempfile.mkdtemp(prefix="ventanilla-keys-"))

from argon2 import PasswordHasher  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from stdnum.es import dni  # noqa: E402

from app.domain.member_form import MemberInput  # noqa: E402
from app.services import auth, members  # noqa: E402
from app.services.context import Ledger  # noqa: E402
from app.services.institution import init_ledger  # noqa: E402
from app.ui.app import start_gui  # noqa: E402

PEOPLE = [("María", "García López"), ("José Antonio", "García Núñez"), ("Lucía", "Garcés Peña"),
          ("Carmen", "García Martín"), ("Jordi", "Garcia Puig"), ("Ana Belén", "García Ruiz"),
          ("Pedro", "García de la Fuente"), ("Marta", "Gárate Ortiz"), ("Javier", "García Sánchez"),
          ("Elena", "Garcilaso Vidal"), ("Miguel Ángel", "García Romero"), ("Núria", "Garcia Soler"),
          ("Rosa", "García Torres"), ("Pablo", "Pérez Gómez"), ("Laura", "Martín Gil")]
PASSWORD = "ventanilla-demo-1"


def build_ledger(directory: Path, profile: str) -> Ledger:
    ledger = Ledger.open(f"sqlite:///{directory / 'shots.sqlite'}",
                         hasher=PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
    admin = init_ledger(ledger, profile=profile, name="Cooperativa Tramuntana",
                        tax_id="F12345678", admin="admin", admin_password=PASSWORD,
                        admin_name="Ada Admin", branch_name="Oficina Centro")
    auth.add_staff(ledger, admin, username="ana", full_name="Ana Beltrán", role="supervisor",
                   password=PASSWORD)
    for i, (given, surnames) in enumerate(PEOPLE):
        number = f"{45871230 + 7919 * i:08d}"
        members.register_member(ledger, admin, MemberInput(
            document=number + dni.calc_check_digit(number), given_names=given, surnames=surnames))
    return ledger


def wait_until(predicate, timeout_ms: int = 10_000) -> None:  # noqa: ANN001
    waited = 0
    while not predicate():
        QTest.qWait(20)
        waited += 20
        if waited > timeout_ms:
            raise TimeoutError


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "out")
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="ventanilla-shots-"))
    ledger = build_ledger(work, "es-coop")
    app = QApplication.instance() or QApplication([])
    gui = start_gui(lambda: ledger, demo_hint="Demo ledger. Users: ana (supervisor), admin "
                    f"(administrator). Password: {PASSWORD}", title_suffix="[demo]")
    wait_until(gui.login.is_ready)
    gui.login.grab().save(str(out / "login.png"))
    QTest.keyClicks(gui.login.user_edit, "ana")
    QTest.keyClicks(gui.login.password_edit, "wrong-password")
    QTest.keyClick(gui.login.password_edit, Qt.Key.Key_Return)
    gui.login.grab().save(str(out / "login-error.png"))
    QTest.keyClicks(gui.login.password_edit, PASSWORD)
    QTest.keyClick(gui.login.password_edit, Qt.Key.Key_Return)
    wait_until(lambda: gui.desk.main_window is not None and gui.desk.main_window.isVisible())
    window = gui.desk.main_window
    QTest.keyClicks(window.search.field, "garc")
    wait_until(lambda: window.search.model.rowCount() > 0)
    QTest.keyClick(window.search.field, Qt.Key.Key_Down)
    QTest.keyClick(window.search.view, Qt.Key.Key_Down)
    QTest.keyClick(window.search.view, Qt.Key.Key_Return)
    QTest.qWait(50)
    window.grab().save(str(out / "main.png"))
    window.resize(900, 600)
    QTest.qWait(50)
    window.grab().save(str(out / "main-small.png"))
    window.resize(1100, 720)
    gui.desk.lock()
    QTest.qWait(50)
    gui.login.grab().save(str(out / "locked.png"))
    print(f"screenshots in {out}")
    app.processEvents()


if __name__ == "__main__":
    main()
