"""Trial balance and journal export for the accountant."""
from datetime import timedelta
from decimal import Decimal

import pytest

from app.domain.member_form import MemberInput
from app.services import accounting, cash_ops, drawer, members
from app.services.cash_ops import DEPOSIT, CashRequest
from app.services.errors import PermissionDenied

D = Decimal


def test_trial_balance_balances_and_journal_lists_every_posting(ec_ledger):
    lut = ec_ledger
    teller = lut.staff("teller")
    f = members.register_member(lut.ledger, teller, MemberInput(
        document="1710034065", given_names="Luis", surnames="Andrade"))
    acc = next(a.id for a in f.accounts if a.product == "savings")
    drawer.open_drawer(lut.ledger, teller, {"100": 3})
    cash_ops.execute(lut.ledger, teller, DEPOSIT, CashRequest(acc, D("120.40"), f.id), "k")
    tb = accounting.trial_balance(lut.ledger, lut.admin)
    assert tb.total_debit == tb.total_credit == D("420.40")
    by_code = {ln.chart_code: ln for ln in tb.lines}
    assert by_code["210135"].balance == D("-120.40")          # savings: a credit balance
    assert by_code["110105"].balance == D("120.40")           # vault and drawers share the cash code
    assert by_code["110105"].name == "Cash"
    earlier = accounting.trial_balance(lut.ledger, lut.admin, tb.at - timedelta(days=1))
    assert earlier.lines == ()
    text = accounting.journal_csv(lut.ledger, lut.admin, tb.at, tb.at)
    lines = text.splitlines()
    assert lines[0].split(",") == list(accounting.JOURNAL_HEADER)
    assert len(lines) == 1 + 4
    assert any(",210135,,120.40," in ln for ln in lines)
    with pytest.raises(PermissionDenied):
        accounting.trial_balance(lut.ledger, teller)
