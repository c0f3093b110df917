"""The member file's Loans tab: the member's loans, the live schedule, the printed table."""
from __future__ import annotations

import io
from datetime import date

from pypdf import PdfReader

from app.ui.loans.loans_tab import amortization_pdf

from loan_helpers import member_with_loan
from member_file_helpers import desk_window


def test_the_loans_tab_lists_the_loan_and_its_live_schedule(qtbot, ec_ledger, monkeypatch):
    f, disbursed, teller = member_with_loan(ec_ledger)
    ec_ledger.set_business_date(date(2027, 1, 6))          # the first installment (4 January) unpaid
    window = desk_window(qtbot, ec_ledger, teller)
    page = window.member_file
    assert page.show_member(f.id)
    page.tabs.setCurrentIndex(page.LOANS)
    tab = page.loans
    assert page.tabs.tabText(page.LOANS) == "&Loans"
    model = tab.model
    assert model.rowCount() == 1
    cells = [model.index(0, c).data() for c in range(model.columnCount())]
    assert cells[0] == disbursed.number and cells[1] == "Car repairs"
    assert cells[2] == "6,000.00"
    assert cells[7] == "In arrears" and cells[6] == "1 dic 2026"
    sched = tab.schedule_model
    assert sched.rowCount() == 24
    assert sched.index(0, 9).data() == "Overdue" and sched.index(1, 9).data() == "Current"
    assert sched.index(2, 9).data() == "Upcoming"
    assert sched.index(0, 1).data() == "4 ene 2027"
    assert "effective annual rate" in tab.disclosure.text()
    assert len(tab.chart.points) == 24
    shown = []
    monkeypatch.setattr("app.ui.pdf_preview.show_pdf", lambda *a: shown.append(a))
    tab.print_button.click()
    [(_parent, pdf, title, name)] = shown
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).replace("\n", " ")  # headers wrap
    assert "Amortization table" in title and name == f"amortization-{disbursed.number}.pdf"
    assert "Andrade Mena, Luis" in text and "Overdue" in text and "Late interest" in text


def test_a_member_without_loans_says_so(qtbot, ec_ledger):
    f, _d, teller = member_with_loan(ec_ledger)
    from app.domain.member_form import MemberInput
    from app.services import members
    other = members.register_member(ec_ledger.ledger, teller, MemberInput(
        document="1713175071", given_names="Rosa", surnames="Vera"))
    window = desk_window(qtbot, ec_ledger, teller)
    assert window.member_file.show_member(other.id)
    tab = window.member_file.loans
    assert tab.model.rowCount() == 0 and not tab.empty.isHidden()
    assert not tab.print_button.isEnabled()


def test_the_printed_table_repeats_its_header_and_numbers_pages(ec_ledger):
    from app.services import loan_views
    f, disbursed, teller = member_with_loan(ec_ledger, months=60)
    from app.ui.desk_context import DeskContext
    from app.ui.events import AppEvents
    ctx = DeskContext.open(ec_ledger.ledger, teller, AppEvents())
    pdf = amortization_pdf(loan_views.loan_detail(ec_ledger.ledger, teller, disbursed.loan_id), ctx)
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) >= 2
    for n, page in enumerate(reader.pages, 1):
        text = page.extract_text()
        assert f"Page {n} of {len(reader.pages)}" in text and "Principal" in text
