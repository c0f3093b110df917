"""Render the operation panel, the drawer, approvals and end-of-day pages to PNG (not a test).

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/ui/screenshots_operations.py [out_dir]

Builds a throw-away ec-coop ledger (savings accounts, USD), a teller and a supervisor, and walks
through a cash deposit, a refused withdrawal, an override, the drawer and the supervisor's pages,
at 1366x768 and 1920x1080. Dialogs are painted over their (dimmed) main window.
"""
from __future__ import annotations

import os
import sys
import tempfile
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("VENTANILLA_KEY_DIR", tempfile.mkdtemp(prefix="ventanilla-keys-"))

from argon2 import PasswordHasher  # noqa: E402
from PySide6.QtCore import QPoint, Qt  # noqa: E402
from PySide6.QtGui import QColor, QPainter  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from app.domain.member_form import MemberInput  # noqa: E402
from app.services import auth, cash_ops, drawer, members, settings  # noqa: E402
from app.services.cash_ops import CashRequest  # noqa: E402
from app.services.context import Ledger  # noqa: E402
from app.services.institution import init_ledger  # noqa: E402
from app.ui.app import load_style_sheet  # noqa: E402
from app.ui.refcount_guard import guard  # noqa: E402
from app.ui.desk_context import DeskContext  # noqa: E402
from app.ui.events import AppEvents  # noqa: E402
from app.ui.main_window import MainWindow  # noqa: E402
from app.ui.navigation import Page  # noqa: E402
from app.ui.operations import receipt as receipt_ui  # noqa: E402
from app.ui.operations.reversal import request_reversal_dialog  # noqa: E402
from cash_helpers import cedula  # noqa: E402

PASSWORD = "ventanilla-demo-1"
SIZES = ((1366, 768), (1920, 1080))
PEOPLE = [("Luis Alberto", "Andrade Mena"), ("María Fernanda", "Quishpe Guamán"),
          ("Jorge", "Villacís Paredes"), ("Gabriela", "Cevallos Yépez")]


def build(directory: Path):  # noqa: ANN201
    ledger = Ledger.open(f"sqlite:///{directory / 'ops.sqlite'}",
                         hasher=PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
    admin = init_ledger(ledger, profile="ec-coop", name="Cooperativa de Ahorro y Crédito Andina",
                        tax_id="1790012345001", admin="admin", admin_password=PASSWORD,
                        admin_name="Ada Admin", branch_name="Agencia Quito Centro")
    for user, name, role in (("tere", "Teresa Toapanta", "teller"),
                             ("sofi", "Sofía Salazar", "supervisor")):
        auth.add_staff(ledger, admin, username=user, full_name=name, role=role, password=PASSWORD)
    teller = auth.login(ledger, "tere", PASSWORD)
    supervisor = auth.login(ledger, "sofi", PASSWORD)
    files = [members.register_member(ledger, teller, MemberInput(
        document=cedula(100 + i), given_names=g, surnames=s)) for i, (g, s) in enumerate(PEOPLE)]
    settings.set_setting(ledger, admin, "cash_hard_limit", "5000.00")
    return ledger, admin, teller, supervisor, files


def wait(ms: int = 60) -> None:
    QTest.qWait(ms)


def shot(window: QWidget, name: str, out: Path, dialog: QWidget | None = None) -> None:
    """Save `window` (with `dialog` painted over it, centred, the window dimmed)."""
    wait()
    image = window.grab().toImage()
    if dialog is not None and dialog.isVisible():
        painter = QPainter(image)
        painter.fillRect(image.rect(), QColor(20, 30, 40, 90))
        over = dialog.grab()
        painter.drawPixmap(QPoint((image.width() - over.width()) // 2,
                                  max(0, (image.height() - over.height()) // 2)), over)
        painter.end()
    image.save(str(out / f"{name}.png"))


def window_for(ledger, actor, size) -> MainWindow:  # noqa: ANN001
    ctx = DeskContext.open(ledger, actor, AppEvents())
    window = MainWindow(ctx)
    window._events = ctx.events
    window.resize(*size)
    window.show()
    wait(100)
    return window


def counter_shots(ledger, teller, files, size, out: Path) -> None:  # noqa: ANN001
    tag = f"{size[0]}x{size[1]}"
    w = window_for(ledger, teller, size)
    QTest.keyClicks(w.search.field, "andrade")
    wait(300)
    QTest.keyClick(w.search.field, Qt.Key.Key_Return)
    wait()
    shot(w, f"counter-member-{tag}", out)
    panel = w.operations.deposit()
    panel.resize(min(760, size[0] // 2), min(640, size[1] - 120))
    QTest.keyClicks(panel.spec.form.amount.edit, "1.250,5")
    shot(w, f"deposit-form-error-{tag}", out, panel)
    panel.spec.form.amount.edit.setText("1,250.50")
    shot(w, f"deposit-form-{tag}", out, panel)
    QTest.keyClick(panel, Qt.Key.Key_Return)
    shot(w, f"deposit-confirm-{tag}", out, panel)
    QTest.keyClick(panel, Qt.Key.Key_Return)
    shot(w, f"deposit-result-{tag}", out, panel)
    panel.leave()
    wait()
    panel = w.operations.withdraw()
    panel.spec.form.amount.edit.setText("3,000.00")
    QTest.keyClick(panel, Qt.Key.Key_Return)
    shot(w, f"withdrawal-refused-{tag}", out, panel)
    panel.back()
    panel.leave()
    wait()
    panel = w.operations.deposit()
    panel.spec.form.amount.edit.setText("6,000.00")
    QTest.keyClick(panel, Qt.Key.Key_Return)
    panel.confirmation.override_box.user_edit.setText("tere")
    panel.confirmation.override_box.password_edit.setText(PASSWORD)
    QTest.keyClick(panel, Qt.Key.Key_Return)
    shot(w, f"deposit-override-{tag}", out, panel)
    panel.leave()
    w.close()


def drawer_shots(ledger, teller, size, out: Path, closed: bool) -> None:  # noqa: ANN001
    tag = f"{size[0]}x{size[1]}"
    w = window_for(ledger, teller, size)
    w.go(Page.DRAWER)
    page = w.drawer_page
    if not closed:
        page.count.set_counts({"20": 40, "10": 30, "5": 20, "1": 13, "0.25": 8, "0.10": 5})
        shot(w, f"drawer-close-count-{tag}", out)
        page._count_submitted()
        shot(w, f"drawer-close-question-{tag}", out, page.question)
        page.question.buttons()[0].click()
        shot(w, f"drawer-closed-difference-{tag}", out)
        (out / "drawer-report.pdf").write_bytes(page.report_pdf())
    else:
        shot(w, f"drawer-to-open-{tag}", out)
    w.close()


def supervisor_shots(ledger, supervisor, size, out: Path) -> None:  # noqa: ANN001
    tag = f"{size[0]}x{size[1]}"
    w = window_for(ledger, supervisor, size)
    w.go(Page.APPROVALS)
    shot(w, f"approvals-{tag}", out)
    w.approvals.approve_button.click()              # her own petition? no: the teller's
    shot(w, f"approvals-after-{tag}", out)
    w.go(Page.END_OF_DAY)
    page = w.end_of_day
    shot(w, f"end-of-day-{tag}", out)
    page.run_button.setEnabled(False)
    page.cancel_button.setEnabled(True)
    page._on_progress(1, 3, "Reviewing the drawers")
    shot(w, f"end-of-day-running-{tag}", out)
    page.cancel_button.setEnabled(False)
    page.run_button.setEnabled(True)
    w.close()


def eod_run_shot(ledger, supervisor, size, out: Path) -> None:  # noqa: ANN001
    tag = f"{size[0]}x{size[1]}"
    w = window_for(ledger, supervisor, size)
    w.go(Page.END_OF_DAY)
    page = w.end_of_day
    for session_id, _user in page.status.open_drawers:
        drawer.force_close(ledger, supervisor, session_id, "Screenshots")
    page.refresh()
    page.run()
    while page.running():
        wait(50)
    shot(w, f"end-of-day-done-{tag}", out)
    w.close()


def reversal_shot(ledger, teller, entry_id, size, out: Path) -> None:  # noqa: ANN001
    tag = f"{size[0]}x{size[1]}"
    w = window_for(ledger, teller, size)
    dialog = request_reversal_dialog(w, w._ctx, entry_id)
    dialog.reason_edit.setText("Importe equivocado: eran 35,00")
    shot(w, f"reversal-{tag}", out, dialog)
    dialog.file()
    shot(w, f"reversal-filed-{tag}", out, dialog)
    dialog.reject()
    w.close()


def spanish_shot(directory: Path, size, out: Path) -> None:  # noqa: ANN001
    ledger = Ledger.open(f"sqlite:///{directory / 'es.sqlite'}",
                         hasher=PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
    admin = init_ledger(ledger, profile="es-coop", name="Coop Exemple SCCL", tax_id="F12345678",
                        admin="admin", admin_password=PASSWORD, admin_name="Ada Admin")
    f = members.register_member(ledger, admin, MemberInput(document="12345678Z", given_names="María",
                                                           surnames="García López"))
    w = window_for(ledger, admin, size)
    w.open_member(f.id)
    menu = w.menus["operations"]
    menu.popup(w.mapToGlobal(QPoint(80, 24)))
    wait(100)
    image = w.grab().toImage()
    painter = QPainter(image)
    painter.drawPixmap(QPoint(70, 24), menu.grab())
    painter.end()
    image.save(str(out / f"spanish-no-savings-{size[0]}x{size[1]}.png"))
    menu.hide()
    print("ES deposit tooltip:", w.actions["cash_deposit"].toolTip())
    w.close()


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "out")
    out.mkdir(parents=True, exist_ok=True)
    guard()                # PySide6 6.12.0 on Python 3.11: see app/ui/refcount_guard.py
    app = QApplication.instance() or QApplication([])
    load_style_sheet(app)
    receipt_ui._show_pdf = lambda *a: None        # no preview windows in the shots
    ledger, admin, teller, supervisor, files = build(Path(tempfile.mkdtemp(prefix="ops-shots-")))
    drawer.open_drawer(ledger, teller, {"100": 10, "20": 25, "5": 20})
    cash_ops.execute(ledger, teller, "cash_deposit",
                     CashRequest(files[1].accounts[-1].id, Decimal("350.00"), files[1].id), "seed-1")
    for size in SIZES:
        counter_shots(ledger, teller, files, size, out)
    drawer_shots(ledger, teller, SIZES[0], out, closed=False)
    drawer_shots(ledger, teller, SIZES[1], out, closed=True)
    done = cash_ops.execute(ledger, supervisor, "cash_deposit",
                            CashRequest(files[2].accounts[-1].id, Decimal("350.00"), files[2].id),
                            "seed-2") if drawer.open_drawer(ledger, supervisor, {"20": 10}) else None
    for size in SIZES:
        reversal_shot(ledger, teller, done.entry_id, size, out)
    for size in SIZES:
        supervisor_shots(ledger, supervisor, size, out)
    eod_run_shot(ledger, supervisor, SIZES[1], out)
    for size in SIZES:
        spanish_shot(Path(tempfile.mkdtemp(prefix="es-shots-")), size, out)
    print(f"screenshots in {out}")


if __name__ == "__main__":
    main()
