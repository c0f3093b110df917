"""The loan dialogs driven as a teller would: a simulation side by side and the application, the
disbursement into savings with its receipt and table, a repayment with a prepayment."""
from __future__ import annotations

from datetime import date
from decimal import Decimal as D

from app.services import loan_products, loan_views, members, petitions

from loan_helpers import CONSUMER, member_with_loan
from member_file_helpers import desk_window


def loans_tab(qtbot, lut, actor, member_id):  # noqa: ANN001, ANN201
    window = desk_window(qtbot, lut, actor)
    page = window.member_file
    assert page.show_member(member_id)
    window.counter.setCurrentWidget(page)
    page.tabs.setCurrentIndex(page.LOANS)
    return page.loans


def test_simulate_both_methods_then_apply_then_disburse(qtbot, ec_ledger, monkeypatch):
    f, _first, teller = member_with_loan(ec_ledger)
    tab = loans_tab(qtbot, ec_ledger, teller, f.id)
    dialog = tab.new_loan()
    assert dialog.product.count() == 1
    qtbot.keyClicks(dialog.amount.edit, "2,400.00")
    dialog.months.setValue(12)
    dialog.rate.setText("15")
    dialog.simulate()
    french = [c.text() for c in dialog.cells[dialog.method()]]
    german = [c.text() for c in dialog.cells[list(dialog.cells)[1]]]
    assert french[0] == "$216.62" and german[0] == "$230.00"      # 2400 x 1.25 % annuity; 200 + 30
    assert french[3] == german[3] == "$24.00"                     # the 1 % opening fee
    assert french[5].endswith(" %") and len(dialog.chart.points) == 12
    shown = []
    monkeypatch.setattr("app.ui.pdf_preview.show_pdf", lambda *a: shown.append(a))
    dialog.print_simulation.click()
    assert shown and shown[-1][2] == "Loan simulation"
    qtbot.keyClicks(dialog.purpose, "Laptop")
    assert dialog.send()
    assert "Application" in dialog.done_label.text()
    [pending] = petitions.pending(ec_ledger.ledger, teller)
    assert pending.kind == "loan.apply"
    petitions.approve(ec_ledger.ledger, ec_ledger.staff("supervisor"), pending.id)
    dialog.accept()
    tab.set_member(members.get_member(ec_ledger.ledger, teller, f.id))
    approved = next(i for i, r in enumerate(tab.model.rows) if r.status == "approved")
    tab.view.selectRow(approved)
    assert tab.disburse_button.isEnabled() and not tab.repay_button.isEnabled()
    d = tab.disburse()
    assert "paid out $2,376.00" in d.intro.text()
    assert d.run(), d.message.text()
    assert "disbursed" in d.done_label.text() and d.receipt_button.isVisible()
    d.table_button.click()
    assert shown[-1][3].startswith("amortization-")
    d.receipt_button.click()
    assert shown[-1][3].startswith("receipt-")
    d.contract_button.click()
    import io
    from pypdf import PdfReader
    text = PdfReader(io.BytesIO(shown[-1][1])).pages[0].extract_text()
    assert shown[-1][3].startswith("contract-") and "Loan contract summary" in text
    assert "Andrade Mena, Luis" in text and "2,376.00 USD" in text and "Late interest" in text


def test_repay_with_a_prepayment_that_shortens_the_term(qtbot, ec_ledger, monkeypatch):
    f, loan, teller = member_with_loan(ec_ledger)
    tab = loans_tab(qtbot, ec_ledger, teller, f.id)
    assert tab.repay_button.isEnabled()
    dialog = tab.repay()
    first = loan.schedule.installments[0]
    assert dialog.amount.text() == f"{first.payment:,.2f}"
    dialog.refresh()
    assert "Settles:" in dialog.split.text() and not dialog.mode_row.isVisibleTo(dialog)
    dialog.amount.set_text(f"{first.payment + D('500.00'):,.2f}")
    dialog.refresh()
    # Paid the day it was lent: the running installment's interest and insurance are not owed.
    saved = first.interest + first.insurance
    assert f"Prepays ${500 + saved:,.2f}" in dialog.split.text() and dialog.mode_row.isVisibleTo(dialog)
    assert f"only up to today: ${saved:,.2f} less" in dialog.split.text()
    assert not dialog.run()                                       # the rest: shorter or lower?
    assert "shorter term" in dialog.message.text()
    dialog.modes.button(0).setChecked(True)
    dialog.refresh()
    assert "Then $293.92 installments" in dialog.split.text() or "installments up to number" in dialog.split.text()
    assert dialog.run(), dialog.message.text()
    assert "receipt" in dialog.done_label.text()
    shown = []
    monkeypatch.setattr("app.ui.pdf_preview.show_pdf", lambda *a: shown.append(a))
    dialog.receipt_button.click()
    assert shown
    detail = loan_views.loan_detail(ec_ledger.ledger, teller, loan.loan_id)
    assert detail.installments[0].status == "paid" and len(detail.installments) < 24
    assert detail.row.balance == first.balance - D("500.00") - saved


def test_cash_over_the_limit_asks_for_a_supervisor_at_the_counter(qtbot, ec_ledger, staff_password):
    f, loan, teller = member_with_loan(ec_ledger)
    from app.services import settings
    settings.set_settings(ec_ledger.ledger, ec_ledger.admin, {"cash_hard_limit": "100.00"})
    tab = loans_tab(qtbot, ec_ledger, teller, f.id)
    dialog = tab.repay()
    dialog.source.setCurrentIndex(0)                              # cash
    dialog.amount.set_text("293.92")
    assert not dialog.run()
    assert dialog.override_box.isVisibleTo(dialog) and "supervisor" in dialog.message.text()
    supervisor = ec_ledger.staff("supervisor")
    qtbot.keyClicks(dialog.override_box.user_edit, supervisor.username)
    qtbot.keyClicks(dialog.override_box.password_edit, staff_password)
    assert dialog.run(), dialog.message.text()
    assert loan_views.loan_detail(ec_ledger.ledger, teller, loan.loan_id).installments[0].status == "paid"


def test_a_supervisor_cancels_an_approved_loan_from_the_tab(qtbot, ec_ledger):
    from app.services import loans
    from app.services.loans import LoanApplication
    f, _loan, teller = member_with_loan(ec_ledger)
    product = loan_products.list_products(ec_ledger.ledger, teller)[0]
    view = loans.apply(ec_ledger.ledger, teller, LoanApplication(f.id, product.id, D("900.00"), 6, D("0.15")))
    supervisor = ec_ledger.staff("supervisor")
    petitions.approve(ec_ledger.ledger, supervisor, view.id)
    tab = loans_tab(qtbot, ec_ledger, supervisor, f.id)
    tab.view.selectRow(next(i for i, r in enumerate(tab.model.rows) if r.status == "approved"))
    assert tab.cancel_button.isEnabled()
    dialog = tab.cancel_approval()
    dialog.setTextValue("The member found the money elsewhere")
    dialog.accept()
    qtbot.waitUntil(lambda: any(r.status == "cancelled" for r in tab.model.rows))
    assert tab.message.text() == "The loan was cancelled."
