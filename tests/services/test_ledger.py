"""Posting, balances, holds, reversals, idempotency and receipts on the real ledger."""
from decimal import Decimal

import pytest
from sqlalchemy import func, select, update

from app.domain.member_form import MemberInput
from app.models import Account, Entry, Posting
from app.services import ledger as ledger_svc, members
from app.services.context import UnitOfWork
from app.services.errors import Conflict, InsufficientFunds, PermissionDenied, ValidationError
from app.services.ledger import Line
from app.services.ledger_check import check


def internal(lut, product):
    with UnitOfWork(lut.ledger, None, None, read_only=True) as uow:
        return uow.session.execute(select(Account.id).where(Account.product == product)).scalar_one()


def member_account(lut, actor, product="capital_voluntary"):
    f = members.register_member(lut.ledger, actor, MemberInput(
        document="12345678Z", given_names="Ana", surnames="Puig Vila"))
    return next(a.id for a in f.accounts if a.product == product)


def post(lut, actor, debit, credit, amount, key):
    return ledger_svc.post_entry(lut.ledger, actor, kind="test", description="Test entry",
                                 lines=[Line(debit, Decimal(amount)), Line(credit, -Decimal(amount))],
                                 idempotency_key=key)


def test_entry_moves_balances_and_records_balance_after(ledger):
    teller = ledger.staff("teller")
    vault, acc = internal(ledger, "vault"), member_account(ledger, teller)
    first = post(ledger, teller, vault, acc, "100.50", "k1")
    second = post(ledger, teller, vault, acc, "20.00", "k2")
    bal = ledger_svc.balance(ledger.ledger, teller, acc)
    assert bal.booked == Decimal("120.50") and bal.available == Decimal("120.50")
    assert ledger_svc.balance(ledger.ledger, teller, vault).booked == Decimal("120.50")
    assert [ln.balance_after for ln in second.lines] == [Decimal("120.50"), Decimal("120.50")]
    assert first.receipt.endswith("-000001") and second.receipt.endswith("-000002")


def test_same_idempotency_key_posts_once(ledger):
    teller = ledger.staff("teller")
    vault, acc = internal(ledger, "vault"), member_account(ledger, teller)
    a = post(ledger, teller, vault, acc, "10.00", "double-enter")
    b = post(ledger, teller, vault, acc, "10.00", "double-enter")
    assert b.replayed and b.entry_id == a.entry_id and b.receipt == a.receipt
    assert ledger_svc.balance(ledger.ledger, teller, acc).booked == Decimal("10.00")


@pytest.mark.parametrize("amounts, field", [
    (("10.00", "-9.99"), "lines"),            # does not balance
    (("0", "0"), "amount"),                   # zero
    (("10.001", "-10.001"), "amount"),        # more decimals than the currency
])
def test_bad_entries_write_nothing(ledger, amounts, field):
    teller = ledger.staff("teller")
    vault, bank = internal(ledger, "vault"), internal(ledger, "bank")
    with pytest.raises(ValidationError) as exc:
        ledger_svc.post_entry(ledger.ledger, teller, kind="t", description="x",
                              lines=[Line(vault, Decimal(amounts[0])), Line(bank, Decimal(amounts[1]))],
                              idempotency_key="bad")
    assert exc.value.field == field
    with UnitOfWork(ledger.ledger, None, None, read_only=True) as uow:
        assert uow.session.execute(select(func.count()).select_from(Entry)).scalar_one() == 0


def test_one_posting_is_not_an_entry(ledger):
    teller = ledger.staff("teller")
    with pytest.raises(ValidationError) as exc:
        ledger_svc.post_entry(ledger.ledger, teller, kind="t", description="x",
                              lines=[Line(internal(ledger, "vault"), Decimal("1.00"))],
                              idempotency_key="one")
    assert exc.value.field == "lines"


def test_member_account_cannot_go_below_available(ledger):
    teller = ledger.staff("teller")
    vault, acc = internal(ledger, "vault"), member_account(ledger, teller)
    post(ledger, teller, vault, acc, "50.00", "in")
    hold = ledger_svc.place_hold(ledger.ledger, teller, acc, Decimal("30.00"), "Pending refund")
    assert ledger_svc.balance(ledger.ledger, teller, acc).available == Decimal("20.00")
    with pytest.raises(InsufficientFunds):
        post(ledger, teller, acc, vault, "20.01", "out")
    post(ledger, teller, acc, vault, "20.00", "out-ok")
    ledger_svc.release_hold(ledger.ledger, teller, hold)
    bal = ledger_svc.balance(ledger.ledger, teller, acc)
    assert (bal.booked, bal.available) == (Decimal("30.00"), Decimal("30.00"))
    with pytest.raises(Conflict):
        ledger_svc.release_hold(ledger.ledger, teller, hold)


def test_reversal_points_at_original_and_only_once(ledger):
    teller = ledger.staff("teller")
    vault, acc = internal(ledger, "vault"), member_account(ledger, teller)
    original = post(ledger, teller, vault, acc, "75.00", "orig")
    with UnitOfWork(ledger.ledger, teller, None) as uow:
        rev = ledger_svc.reverse(uow, original.entry_id, idempotency_key="rev", reason="typo")
        uow.commit()
    assert ledger_svc.balance(ledger.ledger, teller, acc).booked == Decimal("0.00")
    with UnitOfWork(ledger.ledger, teller, None, read_only=True) as uow:
        assert uow.session.get(Entry, rev.entry_id).reverses_entry_id == original.entry_id
    with pytest.raises(Conflict):
        with UnitOfWork(ledger.ledger, teller, None) as uow:
            ledger_svc.reverse(uow, original.entry_id, idempotency_key="rev2", reason="again")


def test_auditor_cannot_post(ledger):
    auditor = ledger.staff("auditor")
    with pytest.raises(PermissionDenied):
        post(ledger, auditor, internal(ledger, "vault"), internal(ledger, "bank"), "1.00", "no")


def test_failed_posting_leaves_no_receipt_gap(ledger):
    teller = ledger.staff("teller")
    vault, acc = internal(ledger, "vault"), member_account(ledger, teller)
    post(ledger, teller, vault, acc, "5.00", "a")
    with pytest.raises(InsufficientFunds):
        post(ledger, teller, acc, vault, "500.00", "b")
    third = post(ledger, teller, vault, acc, "5.00", "c")
    assert third.receipt.endswith("-000002")


def test_ledger_check_finds_tampered_balance_and_posting(ledger):
    teller = ledger.staff("teller")
    vault, acc = internal(ledger, "vault"), member_account(ledger, teller)
    post(ledger, teller, vault, acc, "5.00", "a")
    with UnitOfWork(ledger.ledger, None, None) as uow:
        uow.session.execute(update(Account).where(Account.id == acc).values(balance=999))
        uow.session.commit()
    faults = [f.msg.render() for f in check(ledger.ledger)]
    assert any("cached balance is 999" in f for f in faults)
    with UnitOfWork(ledger.ledger, None, None) as uow:
        uow.session.execute(update(Account).where(Account.id == acc).values(balance=500))
        pid = uow.session.execute(select(Posting.id).where(Posting.account_id == vault)).scalar()
        uow.session.execute(update(Posting).where(Posting.id == pid).values(amount=400))
        uow.session.commit()
    faults = [f.msg.render() for f in check(ledger.ledger)]
    assert any("does not balance" in f for f in faults)
    # put it back so the fixture's final check passes
    with UnitOfWork(ledger.ledger, None, None) as uow:
        uow.session.execute(update(Posting).where(Posting.id == pid).values(amount=500))
        uow.session.commit()
    assert check(ledger.ledger) == []
