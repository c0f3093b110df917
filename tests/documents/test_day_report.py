"""The end-of-day report prints the day's journal and the audit chain head."""
import io
from decimal import Decimal

from pypdf import PdfReader

from app.documents.day_report import build_day_report
from app.domain.member_form import MemberInput
from app.services import cash_ops, drawer, end_of_day, journal, members
from app.services.cash_ops import DEPOSIT, CashRequest


def test_day_journal_balances_and_report_shows_the_head(ec_ledger):
    lut = ec_ledger
    teller, sup = lut.staff("teller", "nora"), lut.staff("supervisor")
    f = members.register_member(lut.ledger, teller, MemberInput(
        document="1710034065", given_names="Luis", surnames="Andrade"))
    acc = next(a.id for a in f.accounts if a.product == "savings")
    drawer.open_drawer(lut.ledger, teller, {"100": 2})
    cash_ops.execute(lut.ledger, teller, DEPOSIT, CashRequest(acc, Decimal("75.25"), f.id), "k")
    drawer.close_drawer(lut.ledger, teller, {"100": 2, "50": 1, "20": 1, "5": 1, "0.25": 1})
    day = end_of_day.status(lut.ledger, sup).business_date
    result = end_of_day.run(lut.ledger, sup)
    j = journal.day_journal(lut.ledger, sup, day)
    assert len(j.entries) == 3 and j.total_debit == j.total_credit == Decimal("550.50")
    assert j.audit_seq == result.audit_seq
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(build_day_report(j))).pages)
    assert "Cash deposit (nora)" in text and "75.25" in text and result.audit_mac in text.replace("\n", "")
