"""The account statement PDF, read back with pypdf."""
import io
from datetime import date, timedelta
from decimal import Decimal

from pypdf import PdfReader
from sqlalchemy import update

from app.documents.statement import build_statement
from app.domain.member_form import MemberInput
from app.domain.money import EC, ES
from app.models import Institution
from app.services import cash_ops, drawer, members, movements
from app.services.cash_ops import DEPOSIT, WITHDRAWAL, CashRequest
from app.services.context import UnitOfWork
from app.services.movements import Movement, StatementHeader

D = Decimal


def pages_of(pdf: bytes) -> list[str]:
    return [p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages]



def test_statement_of_a_range_on_the_ledger(ec_ledger, tmp_path):
    lut = ec_ledger
    teller = lut.staff("teller")
    f = members.register_member(lut.ledger, teller, MemberInput(
        document="1710034065", given_names="Luis", surnames="Andrade Mena"))
    acc = next(a.id for a in f.accounts if a.product == "savings")
    for i in range(5):
        lut.set_business_date(date(2026, 1, 5) + timedelta(days=31 * i))
        if i == 0:
            drawer.open_drawer(lut.ledger, teller, {"100": 20})
        op = WITHDRAWAL if i == 2 else DEPOSIT
        cash_ops.execute(lut.ledger, teller, op, CashRequest(
            acc, D("1250.50") if op == DEPOSIT else D("100.00"), f.id), f"s{i}")
    rng = movements.movement_range(lut.ledger, teller, acc, date(2026, 2, 1), date(2026, 4, 30))
    header = movements.statement_header(lut.ledger, teller, rng)
    rows = movements.fetch(lut.ledger, teller, acc, list(range(rng.first_seq, rng.last_seq + 1)))
    pdf = build_statement(header, rows, EC, issued_on=date(2026, 5, 2))
    (tmp_path / "statement.pdf").write_bytes(pdf)
    [text] = pages_of(pdf)
    for expected in ("Cooperativa de Prueba", "Account statement", "Issued on 02/05/2026",
                     "0001-000001-10 · Savings account", "Luis Andrade Mena", "USD",
                     "from 01/02/2026 to 30/04/2026", "Opening balance", "1,250.50",
                     "Total debits", "100.00", "Total credits", "2,501.00",
                     "Closing balance", "3,651.50", "08/03/2026", "Cash withdrawal",
                     "2,401.00", "08/04/2026", "Number of movements: 3", "Page 1 of 1"):
        assert expected in text, expected
    # Oldest first, between the opening and the closing balance.
    assert text.index("05/02/2026") < text.index("08/03/2026") < text.index("08/04/2026")
    assert text.index("Opening balance", text.index("Balance")) < text.index("05/02/2026")
    assert text.rindex("Closing balance") > text.index("08/04/2026")
    assert PdfReader(io.BytesIO(pdf)).metadata.title == "Account statement 0001-000001-10"


def _header(**changes) -> StatementHeader:
    values = dict(institution="Cooperativa Tramuntana", account_number="0001-000007-02",
                  account_name="Voluntary capital", holder="María García López", currency="EUR",
                  date_from=date(2025, 1, 1), date_to=date(2025, 12, 31), opening=D("1000.00"),
                  closing=D("1000.00"))
    values.update(changes)
    return StatementHeader(**values)


def test_long_statements_number_their_pages_and_repeat_the_header():
    rows, balance = [], D("1000.00")
    for i in range(150):
        amount = D("1250.50") if i % 2 == 0 else D("-250.25")
        balance += amount
        rows.append(Movement(i + 1, i + 1, date(2025, 1, 1) + timedelta(days=2 * i), "Contribution",
                             -amount if amount < 0 else None, amount if amount > 0 else None,
                             amount, balance, f"0001-2025-{i + 1:06d}", i == 3))
    translations = {"Account statement": "Extracto de cuenta", "Page {page} of {pages}":
                    "Página {page} de {pages}", "Contribution": "Aportación",
                    "{description} (reversed)": "{description} (anulado)"}
    pdf = build_statement(_header(closing=balance), rows, ES, lambda s: translations.get(s, s))
    pages = pages_of(pdf)
    assert len(pages) >= 3
    for n, text in enumerate(pages, start=1):
        assert f"Página {n} de {len(pages)}" in text
        assert "Date" in text and "Balance" in text                # the table header repeats
        assert "0001-000007-02" in text                             # every page names the account
    everything = "\n".join(pages)
    assert "Extracto de cuenta" in everything and "Aportación (anulado)" in everything
    assert "1.250,50" in everything and "250,25" in everything   # the Spanish number format
    assert f"{balance:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".") in pages[-1]
    assert "Number of movements: 150" in pages[-1]


def test_an_empty_period_still_gives_the_balances():
    pdf = build_statement(_header(opening=D("300.00"), closing=D("300.00")), [], ES)
    [text] = pages_of(pdf)
    assert "No movements in this period." in text
    assert text.count("300,00") >= 3 and "Number of movements: 0" in text
