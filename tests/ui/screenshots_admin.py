"""Render each tab of the Administration page to PNG (not a test; run by hand).

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/ui/screenshots_admin.py [out_dir] [es-coop|ec-coop]
"""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "ui"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("VENTANILLA_KEY_DIR", tempfile.mkdtemp(prefix="ventanilla-keys-"))

from PySide6.QtWidgets import QApplication  # noqa: E402

from app.domain.institution_details import BranchDetails  # noqa: E402
from app.services import auth, branches  # noqa: E402
from app.ui.admin.page import AdministrationPage  # noqa: E402
from app.ui.app import load_style_sheet  # noqa: E402
from app.ui.desk_context import DeskContext  # noqa: E402
from app.ui.events import AppEvents  # noqa: E402
from screenshots import PASSWORD, build_ledger, wait_until  # noqa: E402


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "out/admin")
    profile = sys.argv[2] if len(sys.argv) > 2 else "es-coop"
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    load_style_sheet(app)
    ledger = build_ledger(Path(tempfile.mkdtemp()), profile)
    admin = auth.login(ledger, "admin", PASSWORD)
    branches.add_branch(ledger, admin, BranchDetails("Gràcia", "Travessera de Gràcia 10", "Barcelona",
                                                     "+34 93 111 11 11"))
    auth.add_staff(ledger, admin, username="jordi", full_name="Jordi Puig", role="teller",
                   password=PASSWORD, branch_id=2)
    page = AdministrationPage(DeskContext.open(ledger, admin, AppEvents()))
    page.resize(1100, 720)
    page.show()
    for key in page.slots:
        tab = page.show_tab(key)
        if key == "staff":
            tab.table.selectRow(1)
        app.processEvents()
        wait_until(lambda: True)
        path = out / f"admin-{profile}-{key}.png"
        page.grab().save(str(path))
        print(path)


if __name__ == "__main__":
    main()
