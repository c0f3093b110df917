"""The Loan products tab: a new product typed in the institution's format, a field error named,
a product changed and withdrawn."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt

from app.services import loan_products

from test_admin_page import make_page


def type_into(qtbot, widget, text):  # noqa: ANN001
    edit = getattr(widget, "edit", widget)
    edit.clear()
    qtbot.keyClicks(edit, text)


def test_a_new_product_then_a_change(qtbot, ec_ledger):
    page = make_page(qtbot, ec_ledger, ec_ledger.admin)
    page.show_tab("loan_products")
    tab = page.tab("loan_products")
    inputs = tab.inputs
    type_into(qtbot, inputs["code"], "cons")
    type_into(qtbot, inputs["name"], "Consumer loan")
    type_into(qtbot, inputs["rate_max"], "15.6")
    type_into(qtbot, inputs["late_rate"], "20")                  # above 1.1 x 15.6 %
    type_into(qtbot, inputs["insurance_rate"], "0.05")
    type_into(qtbot, inputs["amount_max"], "25,000.00")
    assert not tab.save()
    assert "1.1" in tab.fields.error("late_rate") or "17.16" in tab.fields.error("late_rate")
    assert loan_products.list_products(ec_ledger.ledger, ec_ledger.admin, active_only=False) == []
    type_into(qtbot, inputs["late_rate"], "17")
    tab.day_count.setCurrentIndex(tab.day_count.findData("actual/365"))
    # The repayment order: principal first, moved to the top.
    tab.allocation.insertItem(0, tab.allocation.takeItem(3))
    assert tab.save(), tab.feedback.error_label.text()
    [p] = loan_products.list_products(ec_ledger.ledger, ec_ledger.admin)
    assert (p.rules.code, p.rules.rate_max, p.rules.late_rate, p.rules.insurance_rate) == \
        ("CONS", Decimal("0.156"), Decimal("0.17"), Decimal("0.0005"))
    assert p.rules.amount_max == Decimal("25000.00") and p.rules.day_count == "actual/365"
    assert p.rules.allocation == ("principal", "late_interest", "insurance", "interest")
    assert tab.model.rowCount() == 1 and tab.model.index(0, 0).data() == "CONS"
    tab.table.selectRow(0)
    tab.active.setChecked(False)
    type_into(qtbot, inputs["name"], "Consumo")
    assert tab.save()
    assert loan_products.list_products(ec_ledger.ledger, ec_ledger.admin) == []
    assert tab.model.index(0, 6).data() == "Withdrawn" and tab.model.index(0, 1).data() == "Consumo"


def test_a_bad_percentage_is_named_and_nothing_is_saved(qtbot, ledger):
    page = make_page(qtbot, ledger, ledger.admin)
    page.show_tab("loan_products")
    tab = page.tab("loan_products")
    type_into(qtbot, tab.inputs["code"], "X")
    type_into(qtbot, tab.inputs["name"], "X")
    type_into(qtbot, tab.inputs["rate_min"], "abc")
    assert not tab.save()
    assert tab.fields.error("rate_min")
    assert tab.model.rowCount() == 0
    assert tab.allocation.item(0).data(Qt.ItemDataRole.UserRole) == "late_interest"
