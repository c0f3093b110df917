"""Render a capital contribution (F7) and the Capital tab to PNG (not a test; run by hand).

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/ui/screenshots_contribution.py [out_dir]
"""
from __future__ import annotations

import sys
import tempfile
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from screenshots_operations import ROOT, shot, wait, window_for  # noqa: E402

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.services import auth, contributions, drawer  # noqa: E402
from app.ui.app import load_style_sheet  # noqa: E402
from app.ui.operations import receipt as receipt_ui  # noqa: E402
from app.ui.refcount_guard import guard  # noqa: E402
from screenshots import PASSWORD, build_ledger  # noqa: E402


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "out")
    out.mkdir(parents=True, exist_ok=True)
    guard()
    app = QApplication.instance() or QApplication([])
    load_style_sheet(app)
    receipt_ui._show_pdf = lambda *a: None
    ledger = build_ledger(Path(tempfile.mkdtemp()), "es-coop")
    teller = auth.login(ledger, "admin", PASSWORD)
    drawer.open_drawer(ledger, teller, {"50": 20})
    w = window_for(ledger, teller, (1366, 768))
    QTest.keyClicks(w.search.field, "garcia lopez")
    wait(300)
    member_id = w.search.current_member_id()
    w.summary.show_member(member_id)
    panel = w.operations.contribute()
    shot(w, "contribution-mandatory-form", out, panel)
    QTest.keyClick(panel.spec.form.source_combo, Qt.Key.Key_Return)
    shot(w, "contribution-mandatory-confirm", out, panel)
    QTest.keyClick(panel, Qt.Key.Key_Return)
    shot(w, "contribution-mandatory-result", out, panel)
    panel.leave()
    wait()
    contributions.execute(ledger, teller, contributions.ContributionRequest(
        member_id, "voluntary", Decimal("150.00"), "cash", member_id), "v1")
    w.open_member(member_id)
    w.member_file.tabs.setCurrentWidget(w.member_file.capital)
    shot(w, "member-file-capital", out)
    print(f"screenshots in {out}")


if __name__ == "__main__":
    main()
