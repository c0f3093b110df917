"""Movements by range and page, CSV export, statement balances."""
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import update

from app.domain.member_form import MemberInput
from app.domain.money import EC, ES
from app.models import Institution
from app.services import cash_ops, drawer, members, movements
from app.services.cash_ops import DEPOSIT, WITHDRAWAL, CashRequest
from app.services.context import UnitOfWork

D = Decimal



def test_ranges_pages_csv_and_statement(ec_ledger):
    lut = ec_ledger
    teller = lut.staff("teller")
    f = members.register_member(lut.ledger, teller, MemberInput(
        document="1710034065", given_names="Luis", surnames="Andrade"))
    acc = next(a.id for a in f.accounts if a.product == "savings")
    start = date(2026, 1, 5)
    for i in range(6):                           # one movement a month, Jan..Jun
        lut.set_business_date(start + timedelta(days=31 * i))
        drawer.open_drawer(lut.ledger, teller, {"100": 20}) if i == 0 else None
        op = DEPOSIT if i % 3 != 2 else WITHDRAWAL
        cash_ops.execute(lut.ledger, teller, op, CashRequest(acc, D("1250.50") if op == DEPOSIT
                                                              else D("100.00"), f.id), f"m{i}")
    full = movements.movement_range(lut.ledger, teller, acc, date(2026, 1, 1), date(2026, 12, 31))
    assert len(full) == 6 and (full.first_seq, full.last_seq) == (1, 6)
    newest_first = movements.fetch(lut.ledger, teller, acc, [full.seq_at(r) for r in range(6)])
    assert [m.seq for m in newest_first] == [6, 5, 4, 3, 2, 1]
    assert newest_first[-1].credit == D("1250.50") and newest_first[-1].debit is None
    assert newest_first[3].debit == D("100.00") and newest_first[3].amount == D("-100.00")
    assert newest_first[0].balance_after == D("4802.00")     # 4 x 1250.50 - 2 x 100
    spring = movements.movement_range(lut.ledger, teller, acc, date(2026, 2, 1), date(2026, 4, 30))
    assert (spring.first_seq, spring.last_seq) == (2, 4)
    header = movements.statement_header(lut.ledger, teller, spring)
    assert (header.opening, header.closing) == (D("1250.50"), D("3651.50"))
    empty = movements.movement_range(lut.ledger, teller, acc, date(2026, 8, 1), date(2026, 8, 31))
    assert len(empty) == 0
    assert movements.statement_header(lut.ledger, teller, empty).opening == D("4802.00")
    text = movements.export_csv(lut.ledger, teller, spring, EC, ("date", "description", "debit",
                                                                 "credit", "balance", "receipt"))
    lines = text.splitlines()
    assert lines[0] == "date,description,debit,credit,balance,receipt"
    assert lines[1].startswith("2026-04-08,Cash deposit,,1250.50,3651.50,0001-2026-")
    es_text = movements.export_csv(lut.ledger, teller, spring, ES, ("a", "b", "c", "d", "e", "f"))
    assert es_text.splitlines()[2].startswith("2026-03-08;Cash withdrawal;100,00;;2401,00;")
    assert [m.seq for m in movements.last_movements(lut.ledger, teller, acc, 2)] == [6, 5]


def test_an_account_without_movements_has_none(ec_ledger):
    teller = ec_ledger.staff("teller")
    f = members.register_member(ec_ledger.ledger, teller, MemberInput(
        document="1710034065", given_names="Luis", surnames="Andrade"))
    assert movements.last_movements(ec_ledger.ledger, teller, f.accounts[0].id) == []
