"""Render the member file, the member form, the password dialog and the PDF previews to PNG
(not a test; run by hand):

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/ui/screenshots_member_file.py [out_dir]

Builds throw-away ledgers (es-coop for the form, ec-coop for a member with a year of savings
movements) and shows each screen at 1366x768 and 1920x1080.
"""
from __future__ import annotations

import os
import sys
import tempfile
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("VENTANILLA_KEY_DIR", tempfile.mkdtemp(prefix="ventanilla-keys-"))

from argon2 import PasswordHasher  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402
from sqlalchemy import update  # noqa: E402

from app.domain.member_form import MemberInput  # noqa: E402
from app.models import Institution  # noqa: E402
from app.services import auth, cash_ops, drawer, members  # noqa: E402
from app.services.cash_ops import CashRequest  # noqa: E402
from app.services.context import Ledger, UnitOfWork  # noqa: E402
from app.services.institution import init_ledger  # noqa: E402
from app.ui.app import load_style_sheet  # noqa: E402
from app.ui.desk_context import DeskContext  # noqa: E402
from app.ui.events import AppEvents  # noqa: E402
from app.ui.main_window import MainWindow  # noqa: E402
from app.ui.password_dialog import PasswordDialog  # noqa: E402

PASSWORD = "ventanilla-demo-1"
SIZES = ((1366, 768), (1920, 1080))


def ledger_for(directory: Path, profile: str):  # noqa: ANN201
    ledger = Ledger.open(f"sqlite:///{directory / (profile + '.sqlite')}",
                         hasher=PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
    admin = init_ledger(ledger, profile=profile, name="Cooperativa de Ahorro Tramuntana",
                        tax_id="F12345678" if profile == "es-coop" else "1790012345001",
                        admin="admin", admin_password=PASSWORD, admin_name="Ada Admin",
                        branch_name="Oficina Centro", language="en")
    auth.add_staff(ledger, admin, username="ana", full_name="Ana Beltrán", role="teller",
                   password=PASSWORD, language="en")
    teller = auth.login(ledger, "ana", PASSWORD)
    auth.change_password(ledger, teller, PASSWORD, PASSWORD + "-2")
    return ledger, auth.login(ledger, "ana", PASSWORD + "-2")


def set_business_date(ledger: Ledger, day: date) -> None:
    with UnitOfWork(ledger, None, None) as uow:
        uow.session.execute(update(Institution).values(business_date=day))
        uow.session.commit()


def ec_member(ledger: Ledger, teller) -> members.MemberFile:  # noqa: ANN001
    f = members.register_member(ledger, teller, MemberInput(
        document="1710034065", given_names="Luis Alberto", surnames="Andrade Mena",
        address="Av. Amazonas N34-120, Quito", email="luis.andrade@example.org",
        phone="+593 99 123 4567", occupation="Carpintero", income_source="Taller propio",
        bank_account="2200123456", bank_name="Banco Pichincha"))
    acc = next(a.id for a in f.accounts if a.product == "savings")
    start = date(2025, 3, 3)
    drawer.open_drawer(ledger, teller, {"100": 50})
    for i in range(36):
        set_business_date(ledger, start + timedelta(days=11 * i))
        op = "cash_deposit" if i % 3 != 2 else "cash_withdrawal"
        amount = Decimal("250.00") + Decimal(i * 37) if op == "cash_deposit" else Decimal("120.50")
        cash_ops.execute(ledger, teller, op, CashRequest(acc, amount, f.id), f"shot-{i}")
    return f


def grab(widget: QWidget, out: Path, name: str, sizes=SIZES) -> None:  # noqa: ANN001
    for w, h in sizes:
        widget.resize(w, h)
        QTest.qWait(120)
        widget.grab().save(str(out / f"{name}-{w}x{h}.png"))


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "out")
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="ventanilla-shots-"))
    app = QApplication.instance() or QApplication([])
    load_style_sheet(app)

    ledger, teller = ledger_for(work, "ec-coop")
    member = ec_member(ledger, teller)
    window = MainWindow(DeskContext.open(ledger, teller, AppEvents()))
    window.show()
    window.open_member(member.id)
    savings = next(a.id for a in member.accounts if a.product == "savings")
    window.member_file.summary.select_account(savings)
    grab(window, out, "member-summary")
    page = window.member_file
    page.show_movements()
    grab(window, out, "member-movements")
    page.movements.view.setCurrentIndex(page.movements.model.index(2, 0))
    page.movements.statement_pdf()
    previews: list = []
    page.movements.preview_opened.connect(previews.append)
    while not previews:
        QTest.qWait(50)
    previews[0].resize(780, 1000)         # as on a 1080-line screen (offscreen's is 800x600)
    QTest.qWait(600)
    previews[0].grab().save(str(out / "statement-preview.png"))
    (out / "statement.pdf").write_bytes(previews[0].pdf_bytes)
    previews[0].close()
    page.movements.reprint_receipt()
    previews[-1].resize(900, 700)
    QTest.qWait(600)
    previews[-1].grab().save(str(out / "receipt-preview.png"))
    previews[-1].close()
    form = page.edit_member()
    QTest.qWait(100)
    form.grab().save(str(out / "member-edit-ec.png"))
    bank = page.change_bank_account()
    bank.account_edit.setText("0012345678")
    bank.bank_edit.setText("Banco del Pacífico")
    bank.send()
    bank.grab().save(str(out / "bank-change.png"))
    bank.close()
    form.close()
    window.close()

    es_ledger, es_teller = ledger_for(work, "es-coop")
    es_window = MainWindow(DeskContext.open(es_ledger, es_teller, AppEvents()))
    es_window.show()
    grab(es_window, out, "search-page", sizes=((1366, 768),))
    form = es_window.new_member()
    form.inputs["document"].setText("12345678A")
    form.inputs["given_names"].setText("María")
    form.check()
    QTest.qWait(100)
    form.grab().save(str(out / "member-form-error.png"))
    form.inputs["document"].setText("12345678Z")
    form.inputs["surnames"].setText("García López")
    form.inputs["birth_date"].setText("31/02/1980")
    form.check()
    form.grab().save(str(out / "member-form-date.png"))
    form.close()
    window_for_form = MainWindow(DeskContext.open(ledger, teller, AppEvents()))
    ec_form = window_for_form.new_member()
    ec_form.inputs["document"].setText("1710034066")
    ec_form.inputs["bank_account"].setText("2200123456")
    ec_form.check()
    ec_form.grab().save(str(out / "member-form-ec.png"))
    ec_form.close()
    dialog = PasswordDialog(es_ledger, es_teller, forced=True, parent=es_window)
    dialog.open()
    dialog.edits["password"].setText("x")
    dialog.edits["new_password"].setText("ana")
    dialog.check()
    QTest.qWait(100)
    dialog.grab().save(str(out / "password-forced.png"))
    dialog.done(0)
    es_window.close()
    print(f"screenshots in {out}")
    app.processEvents()


if __name__ == "__main__":
    main()
