"""Render a capital contribution (F7) and the Capital tab to PNG (not a test; run by hand).

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/ui/screenshots_contribution.py [out_dir]
    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/ui/screenshots_contribution.py out_dir refund
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


if __name__ == "__main__" and (len(sys.argv) < 3 or sys.argv[2] != "refund"):
    main()


def refund_and_transfers(out: Path) -> None:
    """The refund dialog and the Bank transfers tab with a file made (run after main)."""
    from app.domain.institution_details import InstitutionDetails
    from app.domain.member_form import MemberInput
    from app.services import institution_admin, members, petitions, refunds
    from app.ui.admin.page import AdministrationPage
    from app.ui.desk_context import DeskContext
    from app.ui.events import AppEvents
    ledger = build_ledger(Path(tempfile.mkdtemp()), "es-coop")
    admin = auth.login(ledger, "admin", PASSWORD)
    institution_admin.update_institution(ledger, admin, InstitutionDetails(
        name="Cooperativa Tramuntana", tax_id="F08000002", iban="ES9121000418450200051332"))
    drawer.open_drawer(ledger, admin, {"50": 20})
    f = members.register_member(ledger, admin, MemberInput(
        document="00000000T", given_names="Pere", surnames="Vidal Roca", bank_account="ES7921000813610123456789"))
    for kind, amount in (("mandatory", "300.00"), ("voluntary", "640.00")):
        contributions.execute(ledger, admin, contributions.ContributionRequest(
            f.id, kind, Decimal(amount), "cash", f.id), kind)
    w = window_for(ledger, admin, (1366, 768))
    w.summary.show_member(f.id)
    dialog = w.operations.refund()
    dialog.amount.set_text("200,00")
    dialog.reason.setText("Obras en casa")
    shot(w, "refund-dialog", out, dialog)
    dialog.send()
    shot(w, "refund-dialog-filed", out, dialog)
    dialog.accept()
    ana = auth.login(ledger, "ana", PASSWORD)
    petitions.approve(ledger, ana, dialog.petition.id)
    page = AdministrationPage(DeskContext.open(ledger, ana, AppEvents()))
    page.resize(1100, 720)
    page.show()
    tab = page.show_tab("transfers")
    wait()
    page.grab().save(str(out / "admin-transfers-waiting.png"))


if __name__ == "__main__" and len(sys.argv) > 2 and sys.argv[2] == "refund":
    guard()
    load_style_sheet(QApplication.instance() or QApplication([]))
    receipt_ui._show_pdf = lambda *a: None
    refund_and_transfers(Path(sys.argv[1]))
