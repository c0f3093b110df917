"""Render the member import and accounting panels to PNG (not a test; run by hand).

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/ui/screenshots_admin_panels.py [out_dir]

Builds a throw-away es-coop ledger (member import: a file of 40 rows, 3 of them bad: the preview,
only the bad rows, a refused import and one with "Skip invalid rows") and an ec-coop one with some
counter activity (the trial balance, a journal export, a bad range, a teller refused). Each panel
is shown in a tab widget, as the Administration page holds it, with the desk's style sheet, at
1000x640 and 1366x768.
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
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QFileDialog, QTabWidget, QWidget  # noqa: E402
from stdnum.ec import ci  # noqa: E402
from stdnum.es import dni  # noqa: E402

from app.domain.member_form import MemberInput  # noqa: E402
from app.services import auth, cash_ops, drawer, members  # noqa: E402
from app.services.cash_ops import CashRequest  # noqa: E402
from app.services.context import Ledger  # noqa: E402
from app.services.institution import init_ledger  # noqa: E402
from app.ui.admin.accounting import AccountingPanel  # noqa: E402
from app.ui.admin.member_import import MemberImportPanel  # noqa: E402
from app.ui.app import load_style_sheet  # noqa: E402
from app.ui.desk_context import DeskContext  # noqa: E402
from app.ui.events import AppEvents  # noqa: E402
from app.ui.refcount_guard import guard  # noqa: E402

PASSWORD = "ventanilla-demo-1"
SIZES = ((1000, 640), (1366, 768))
PEOPLE = [("María José", "García Núñez"), ("Jordi", "Puig i Vila"), ("Lucía", "Garcés Peña"),
          ("Núria", "Soler Ferrer"), ("José Antonio", "Martín de la Fuente"), ("Ana Belén", "Ruiz")]
_keep: list[object] = []         # the events objects, alive as long as their panels


def wait_until(predicate, timeout_ms: int = 20_000) -> None:  # noqa: ANN001
    waited = 0
    while not predicate():
        QTest.qWait(20)
        waited += 20
        if waited > timeout_ms:
            raise TimeoutError


def open_ledger(directory: Path, profile: str, tax_id: str):  # noqa: ANN201
    ledger = Ledger.open(f"sqlite:///{directory / f'{profile}.sqlite'}",
                         hasher=PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
    admin = init_ledger(ledger, profile=profile, name="Cooperativa Tramuntana", tax_id=tax_id,
                        admin="admin", admin_password=PASSWORD, admin_name="Ada Admin",
                        branch_name="Oficina Centro", language="en")
    return ledger, admin


def context(ledger, actor) -> DeskContext:  # noqa: ANN001
    ctx = DeskContext.open(ledger, actor, AppEvents())
    _keep.append(ctx.events)
    return ctx


def members_file(path: Path) -> None:
    lines = ["document;given_names;surnames;birth_date;email;phone"]
    for i in range(40):
        body = f"{45000000 + 7919 * i:08d}"
        given, surnames = PEOPLE[i % len(PEOPLE)]
        lines.append(f"{body}{dni.calc_check_digit(body)};{given};{surnames};"
                     f"19{60 + i % 40}-0{1 + i % 9}-1{i % 10};socio{i}@example.org;6001112{i:02d}")
    lines[5] = "12345678A;Ana;Font Miró;1985-02-03;ana@example.org;600111222"
    lines[12] = f"45095029{dni.calc_check_digit('45095029')};Pere;Vila Roca;1990-13-01;;"
    lines[27] = "33333333P;Lia;Soler;;no-es-un-correo;"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def in_tab(panel: QWidget, title: str, size: tuple[int, int]) -> QTabWidget:
    tabs = QTabWidget()
    tabs.addTab(QWidget(), "Institution")
    tabs.addTab(panel, title)
    tabs.setCurrentWidget(panel)
    tabs.resize(*size)
    tabs.show()
    QTest.qWait(80)
    return tabs


def shot(widget: QWidget, path: Path) -> None:
    QTest.qWait(50)
    widget.grab().save(str(path))


def import_shots(out: Path, work: Path) -> None:
    ledger, admin = open_ledger(work, "es-coop", "F12345678")
    csv_path = work / "socios.csv"
    members_file(csv_path)
    QFileDialog.getOpenFileName = staticmethod(lambda *a: (str(csv_path), ""))
    for size in SIZES:
        tag = f"{size[0]}x{size[1]}"
        panel = MemberImportPanel(context(ledger, admin))
        tabs = in_tab(panel, "Import members", size)
        shot(tabs, out / f"import-empty-{tag}.png")
        panel.choose_button.click()
        wait_until(lambda p=panel: not p.busy)
        shot(tabs, out / f"import-preview-{tag}.png")
        panel.only_bad_box.setChecked(True)
        shot(tabs, out / f"import-preview-bad-{tag}.png")
        panel.only_bad_box.setChecked(False)
        if size == SIZES[0]:
            panel.import_file()                         # without skip: refused
            wait_until(lambda p=panel: p.result is not None and not p.busy)
            shot(tabs, out / f"import-refused-{tag}.png")
        else:
            panel.skip_box.setChecked(True)
            panel.import_button.click()
            wait_until(lambda p=panel: p.result is not None and not p.busy)
            shot(tabs, out / f"import-done-{tag}.png")
        tabs.close()


def cedula(n: int) -> str:
    body = f"17{n % 10_000_000:07d}"
    return next(body + d for d in "0123456789" if ci.is_valid(body + d))


def accounting_shots(out: Path, work: Path) -> None:
    ledger, admin = open_ledger(work, "ec-coop", "1790012345001")
    auth.add_staff(ledger, admin, username="tere", full_name="Teresa Toapanta", role="teller",
                   password=PASSWORD)
    teller = auth.login(ledger, "tere", PASSWORD)
    drawer.open_drawer(ledger, teller, {"100": 30})
    for i, (given, surnames) in enumerate(PEOPLE):
        f = members.register_member(ledger, teller, MemberInput(
            document=cedula(500 + i), given_names=given, surnames=surnames))
        savings = next(a.id for a in f.accounts if a.product == "savings")
        cash_ops.execute(ledger, teller, "cash_deposit",
                         CashRequest(savings, Decimal(125 * (i + 1)) + Decimal("0.40"), f.id),
                         f"shot-{i}")
    QFileDialog.getSaveFileName = staticmethod(lambda *a: (str(work / "journal.csv"), ""))
    for size in SIZES:
        tag = f"{size[0]}x{size[1]}"
        panel = AccountingPanel(context(ledger, admin))
        tabs = in_tab(panel, "Accounting", size)
        wait_until(lambda p=panel: not p.trial_balance.busy)
        panel.journal.export()
        wait_until(lambda p=panel: not p.journal.busy and p.journal.path)
        shot(tabs, out / f"accounting-{tag}.png")
        panel.journal.from_edit.setDate(panel.journal.to_edit.date().addDays(3))
        panel.journal.export()
        wait_until(lambda p=panel: p.journal.error.isVisible())
        shot(tabs, out / f"accounting-bad-range-{tag}.png")
        tabs.close()
    panel = AccountingPanel(context(ledger, teller))
    tabs = in_tab(panel, "Accounting", SIZES[0])
    wait_until(lambda: not panel.trial_balance.busy)
    shot(tabs, out / "accounting-teller-refused.png")
    tabs.close()


def main() -> None:
    guard()
    out = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "out" / "admin-panels")
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="ventanilla-admin-shots-"))
    app = QApplication.instance() or QApplication([])
    load_style_sheet(app)
    import_shots(out, work)
    accounting_shots(out, work)
    print(f"screenshots in {out}")
    app.processEvents()


if __name__ == "__main__":
    main()
