"""Switching the language at run time reaches the pages that stay open: approvals, the drawer and
its count, end of day (with what a run left on it) and the operation buttons under the member
summary. The Spanish texts are those of translations/ventanilla_es.ts."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from cash_helpers import D, ec_member, open_window
from PySide6.QtWidgets import QApplication, QPushButton

from app.i18n import install_translators
from app.services import cash_ops, drawer
from app.services.cash_ops import CashRequest
from app.ui.navigation import Page

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def switch_language(qapp):  # noqa: ANN001, ANN201
    """install_translators on the running application (the catalogs built first); English again
    at the end, whatever happens."""
    subprocess.run([sys.executable, str(ROOT / "scripts" / "catalogs.py"), "build", "--stale"],
                   check=True, capture_output=True)
    yield lambda lang: install_translators(QApplication.instance(), lang)
    install_translators(QApplication.instance(), "en")


def test_open_pages_follow_a_language_switch(qtbot, ec_ledger, switch_language):
    teller = ec_ledger.staff("teller", "tere")
    member, savings = ec_member(ec_ledger, teller, "Ana", "Paz Mena", 2006001)
    drawer.open_drawer(ec_ledger.ledger, teller, {"100": 1})
    cash_ops.execute(ec_ledger.ledger, teller, "cash_deposit",
                     CashRequest(savings, D("60.00"), member.id), "rt-1")
    drawer.close_drawer(ec_ledger.ledger, teller, {"100": 1, "50": 1})     # 10.00 short: a petition
    supervisor = ec_ledger.staff("supervisor", "sofi")
    window = open_window(qtbot, ec_ledger, supervisor)
    window.summary.show_member(member.id)
    approvals, drawer_page, eod = window.approvals, window.drawer_page, window.end_of_day
    window.go(Page.END_OF_DAY)
    eod.run_button.click()                                      # a result and a step to translate
    qtbot.waitUntil(lambda: not eod.running(), timeout=20_000)
    assert eod.step_label.text() == "Done." and eod.report_button.isVisible()
    window.go(Page.APPROVALS)
    approvals.reject_button.click()                             # no reason: said on the page
    assert approvals.error.text() == "Write why you reject the petition."
    deposit_button = window.summary.findChild(QPushButton, "button_cash_deposit")
    assert approvals.approve_button.text() == "&Approve"
    assert drawer_page.count.notes_title.text() == "Notes"
    assert eod.run_button.text() == "&Run end of day"

    switch_language("es")
    window.go(Page.APPROVALS)
    qtbot.waitUntil(lambda: approvals.title.text() == "Aprobaciones")
    assert approvals.approve_button.text() == "&Aprobar"
    assert approvals.reject_button.text() == "Re&chazar"
    assert approvals.reason_edit.placeholderText() == ("Obligatorio para rechazar; opcional para "
                                                       "aprobar")
    assert approvals.table.horizontalHeaderItem(0).text() == "Tipo"
    assert approvals.count_label.text() == "1 petición en espera"
    assert approvals.error.text() == "Escribe por qué rechazas la petición."

    window.go(Page.DRAWER)
    assert drawer_page.title.text() == "Caja"
    assert drawer_page.status_title.text() == "Tu caja"
    assert drawer_page.count_button.text() == "Abrir la caja"
    assert drawer_page.count.notes_title.text() == "Billetes"
    assert drawer_page.count.total_caption.text() == "Total contado"
    assert drawer_page.count.spins["20"].toolTip() == "Unidades de $20.00"

    window.go(Page.END_OF_DAY)
    assert eod.title.text() == "Cierre del día"
    assert eod.run_button.text() == "&Hacer el cierre del día"
    assert eod.drawers.horizontalHeaderItem(0).text() == "Cajero"
    assert eod.step_label.text() == "Hecho."
    assert eod.result_label.text().startswith("La jornada del ")
    assert eod.report_button.text() == "&Imprimir el informe del día"
    assert eod.dates_label.text().startswith("Fecha contable: ")
    assert eod.cash_report.button.text() == "&Informe mensual de efectivo…"

    window.go(Page.COUNTER)
    assert deposit_button.text() == "Ingreso (F5)"
    row = deposit_button.parentWidget()
    assert row.caption.text() == "Operaciones:"

    switch_language("en")
    qtbot.waitUntil(lambda: approvals.title.text() == "Approvals")
    assert drawer_page.count.notes_title.text() == "Notes"
    assert eod.title.text() == "End of day" and eod.step_label.text() == "Done."
    assert eod.result_label.text().startswith("The business day ")
    assert approvals.error.text() == "Write why you reject the petition."
    assert deposit_button.text() == "Deposit (F5)"
