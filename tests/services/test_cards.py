"""Cards at the counter: issued (debit on a savings account, credit with a limit and an account of
its own), blocked at once, unblocked with the member's code, cancelled; PINs reset with the code
(printed once or e-mailed), changed by the member under the rules, locked after three wrong old
PINs; the full number and the PINs nowhere, not even in the audit log; leaving refused while a
card is open."""
from __future__ import annotations

import json
from datetime import date
from decimal import Decimal as D

import pytest
from sqlalchemy import select, text

from app.domain.cards import Kind, Status
from app.models import Account, AuditRecord, Card, OutboxMessage
from app.services import card_pins, cards, leaving, outbox
from app.services.cards import CardRequest
from app.services.context import UnitOfWork
from app.services.errors import Conflict, ValidationError

from access_helpers import active_member
from card_helpers import Phone, T0, number, savings_of

NUMBER = number()
EXPIRY = "11/30"


@pytest.fixture
def member(ec_ledger):
    teller = ec_ledger.staff("teller")
    return ec_ledger, teller, active_member(ec_ledger, teller)


def _debit(lut, teller, f, card_number=NUMBER):  # noqa: ANN001, ANN201
    return cards.issue(lut.ledger, teller, CardRequest(f.id, "debit", card_number, EXPIRY, savings_of(f)))


def _row(lut, card_id):  # noqa: ANN001, ANN201
    with UnitOfWork(lut.ledger, None, None, read_only=True) as uow:
        return uow.session.get(Card, card_id)


def _everything_written(lut) -> str:  # noqa: ANN001
    """Every text the ledger holds in the tables a number or a PIN could leak into."""
    with UnitOfWork(lut.ledger, None, None, read_only=True) as uow:
        parts = [json.dumps(r.detail) for r in uow.session.execute(select(AuditRecord)).scalars()]
        for c in uow.session.execute(select(Card)).scalars():
            parts += [c.first6, c.last4, c.token, c.pin_hash, c.brand]
        parts += [m.subject for m in uow.session.execute(select(OutboxMessage)).scalars()]
    return " ".join(parts)


def test_a_debit_card_is_issued_on_a_savings_account_and_shown_masked(member):
    lut, teller, f = member
    typed = f"{NUMBER[:4]} {NUMBER[4:8]} {NUMBER[8:12]} {NUMBER[12:]}"
    view = cards.issue(lut.ledger, teller, CardRequest(f.id, "debit", typed, EXPIRY, savings_of(f)))
    assert (view.kind, view.brand, view.status, view.pin_state) == (Kind.DEBIT, "Mastercard", Status.ACTIVE, "none")
    assert view.number == f"{NUMBER[:6]}XXXXXX{NUMBER[-4:]}" and view.expires_on == date(2030, 11, 30)
    assert view.account_number.endswith("-10") and view.credit_limit is None
    assert [c.id for c in cards.cards_of(lut.ledger, teller, f.id)] == [view.id]
    assert NUMBER not in _everything_written(lut) and NUMBER[6:12] not in _everything_written(lut)
    with pytest.raises(ValidationError) as e:                     # the same card twice
        _debit(lut, teller, f)
    assert e.value.field == "card_number"


@pytest.mark.parametrize("field, change", [
    ("card_number", dict(number="5509750000007023")),
    ("expires_on", dict(expiry="13/30")),
    ("expires_on", dict(expiry="01/20")),
    ("account", dict(account_id=None)),
    ("kind", dict(kind="prepaid")),
])
def test_a_bad_request_names_its_field_and_writes_nothing(member, field, change):
    lut, teller, f = member
    req = dict(member_id=f.id, kind="debit", number=NUMBER, expiry=EXPIRY, account_id=savings_of(f))
    req.update(change)
    with pytest.raises(ValidationError) as e:
        cards.issue(lut.ledger, teller, CardRequest(**req))
    assert e.value.field == field and cards.cards_of(lut.ledger, teller, f.id) == []


def test_a_credit_card_has_a_limit_and_an_account_that_closes_with_it(member):
    lut, teller, f = member
    with pytest.raises(ValidationError) as e:
        cards.issue(lut.ledger, teller, CardRequest(f.id, "credit", NUMBER, EXPIRY, credit_limit=D("0")))
    assert e.value.field == "credit_limit"
    with pytest.raises(ValidationError) as e:
        cards.issue(lut.ledger, teller, CardRequest(f.id, "credit", NUMBER, EXPIRY, credit_limit=D("10.001")))
    assert e.value.field == "credit_limit"
    view = cards.issue(lut.ledger, teller, CardRequest(f.id, "credit", NUMBER, EXPIRY, credit_limit=D("1500.00")))
    assert (view.credit_limit, view.owed, view.currency) == (D("1500.00"), D("0.00"), "USD")
    assert view.account_number.endswith("-5001")
    with lut.ledger.engine.begin() as c:         # a later issue books purchases; here: something owed
        c.execute(text("UPDATE account SET balance = 4250 WHERE number = :n"), {"n": view.account_number})
    with pytest.raises(Conflict) as e:
        cards.cancel(lut.ledger, teller, view.id, "member asked")
    assert "42.50 is owed" in e.value.render()
    with lut.ledger.engine.begin() as c:
        c.execute(text("UPDATE account SET balance = 0 WHERE number = :n"), {"n": view.account_number})
    assert cards.cancel(lut.ledger, teller, view.id, "member asked").status == Status.CANCELLED
    with UnitOfWork(lut.ledger, None, None, read_only=True) as uow:
        acc = uow.session.execute(select(Account).where(Account.number == view.account_number)).scalar_one()
    assert acc.status == "closed"


def test_blocking_needs_no_code_and_unblocking_needs_the_members(member):
    lut, teller, f = member
    card = _debit(lut, teller, f)
    phone = Phone(lut, teller, f.id)
    with pytest.raises(ValidationError) as e:
        cards.block(lut.ledger, teller, card.id, "")
    assert e.value.field == "block_reason"
    assert cards.block(lut.ledger, teller, card.id, "lost").status == Status.BLOCKED
    with pytest.raises(ValidationError) as e:                     # enrolled: the code is required
        cards.unblock(lut.ledger, teller, card.id, at=T0)
    assert e.value.field == "otp_code"
    code, at = phone.next()
    assert cards.unblock(lut.ledger, teller, card.id, otp_code=code, at=at).status == Status.ACTIVE
    cards.block(lut.ledger, teller, card.id, "stolen")
    code, at = phone.next()
    with pytest.raises(Conflict):                                 # a stolen card stays blocked
        cards.unblock(lut.ledger, teller, card.id, otp_code=code, at=at)
    with UnitOfWork(lut.ledger, None, None, read_only=True) as uow:
        details = [json.loads(d) for d in uow.session.execute(select(AuditRecord.detail).where(
            AuditRecord.action == "card.unblock")).scalars()]
    assert details[0]["confirmed_by"] == "otp" and details[0]["number"].count("X") == 6


def test_a_reset_pin_is_handed_over_once_and_must_be_changed(member):
    lut, teller, f = member
    card = _debit(lut, teller, f)
    t = card_pins.reset(lut.ledger, teller, card.id, at=T0)             # no authenticator: signed form
    assert len(t.pin) == 4 and t.card.pin_state == "temporary" and t.outbox_id is None
    row = _row(lut, card.id)
    assert row.pin_hash.startswith("$argon2id$") and t.pin not in row.pin_hash.split("$")[-1]
    assert row.pin_must_change
    with pytest.raises(ValidationError) as e:
        card_pins.change(lut.ledger, teller, card.id, old_pin=t.pin, new_pin="1234", new_pin_again="1234")
    assert e.value.field == "new_pin" and "follow each other" in e.value.render()
    with pytest.raises(ValidationError) as e:
        card_pins.change(lut.ledger, teller, card.id, old_pin=t.pin, new_pin="0703", new_pin_again="0703")
    assert "birth date" in e.value.render()                       # born 7 March 1985
    with pytest.raises(ValidationError) as e:
        card_pins.change(lut.ledger, teller, card.id, old_pin=t.pin, new_pin="7856", new_pin_again="7865")
    assert e.value.field == "new_pin_again"
    assert _row(lut, card.id).pin_failures == 0                   # the old PIN was right each time
    new = "7856" if t.pin != "7856" else "2468"
    view = card_pins.change(lut.ledger, teller, card.id, old_pin=t.pin, new_pin=new, new_pin_again=new)
    assert view.pin_state == "set"
    written = _everything_written(lut)
    assert f":{t.pin}" not in written and f'"{new}"' not in written and NUMBER not in written


def test_three_wrong_old_pins_lock_it_until_the_next_reset(member):
    lut, teller, f = member
    card = _debit(lut, teller, f)
    t = card_pins.reset(lut.ledger, teller, card.id)
    wrong = "0000" if t.pin != "0000" else "9999"
    for left in (2, 1):
        with pytest.raises(ValidationError) as e:
            card_pins.change(lut.ledger, teller, card.id, old_pin=wrong, new_pin="7856", new_pin_again="7856")
        assert e.value.field == "old_pin" and f"{left} tries left" in e.value.render()
    with pytest.raises(ValidationError) as e:
        card_pins.change(lut.ledger, teller, card.id, old_pin=wrong, new_pin="7856", new_pin_again="7856")
    assert "locked" in e.value.render() and cards.get(lut.ledger, teller, card.id).pin_state == "locked"
    with pytest.raises(Conflict):                                  # even the right one now
        card_pins.change(lut.ledger, teller, card.id, old_pin=t.pin, new_pin="7856", new_pin_again="7856")
    again = card_pins.reset(lut.ledger, teller, card.id)
    assert again.card.pin_state == "temporary" and _row(lut, card.id).pin_failures == 0


def test_an_enrolled_member_confirms_the_reset_and_the_change_with_codes(member):
    lut, teller, f = member
    card = _debit(lut, teller, f)
    phone = Phone(lut, teller, f.id)
    with pytest.raises(ValidationError) as e:
        card_pins.reset(lut.ledger, teller, card.id, at=T0)
    assert e.value.field == "otp_code" and _row(lut, card.id).pin_hash == ""
    code, at = phone.next()
    t = card_pins.reset(lut.ledger, teller, card.id, otp_code=code, at=at, delivery="email")
    msg = _row_outbox(lut, t.outbox_id)
    assert msg.kind == "temporary_pin" and msg.secret and msg.recipient == "luis@example.org"
    assert t.card.number in msg.subject and t.pin not in msg.subject
    assert t.pin in outbox_body(lut, msg) and NUMBER not in outbox_body(lut, msg)
    with pytest.raises(ValidationError) as e:                      # the same code again: replay
        card_pins.change(lut.ledger, teller, card.id, old_pin=t.pin, new_pin="2468",
                         new_pin_again="2468", otp_code=code, at=at)
    assert e.value.field == "otp_code"
    code, at = phone.next()
    assert card_pins.change(lut.ledger, teller, card.id, old_pin=t.pin, new_pin="2468" if t.pin != "2468" else "1357",
                            new_pin_again="2468" if t.pin != "2468" else "1357", otp_code=code, at=at).pin_state == "set"


def test_a_blocked_or_cancelled_card_gets_no_pin(member):
    lut, teller, f = member
    card = _debit(lut, teller, f)
    cards.block(lut.ledger, teller, card.id, "lost")
    with pytest.raises(Conflict):
        card_pins.reset(lut.ledger, teller, card.id)
    cards.cancel(lut.ledger, teller, card.id, "lost for good")
    with pytest.raises(Conflict):
        card_pins.reset(lut.ledger, teller, card.id)


def test_a_member_with_an_open_card_cannot_leave(member):
    lut, teller, f = member
    card = _debit(lut, teller, f)
    with pytest.raises(Conflict) as e:
        leaving.request_leaving(lut.ledger, teller, f.id, "moving abroad")
    assert "cancel it first" in e.value.render() and card.number in e.value.render()
    cards.block(lut.ledger, teller, card.id, "member")
    with pytest.raises(Conflict):
        leaving.request_leaving(lut.ledger, teller, f.id, "moving abroad")
    cards.cancel(lut.ledger, teller, card.id, "leaving")
    assert leaving.request_leaving(lut.ledger, teller, f.id, "moving abroad").kind == leaving.LEAVE


def _row_outbox(lut, message_id):  # noqa: ANN001, ANN201
    with UnitOfWork(lut.ledger, None, None, read_only=True) as uow:
        return uow.session.get(OutboxMessage, message_id)


def outbox_body(lut, msg) -> str:  # noqa: ANN001
    with UnitOfWork(lut.ledger, None, None, read_only=True) as uow:
        return outbox.body_of(uow, msg)


def test_each_cards_emailed_pin_is_its_own_and_a_blocked_card_s_never_goes_out(member):
    lut, teller, f = member
    a = _debit(lut, teller, f)
    b = cards.issue(lut.ledger, teller, CardRequest(f.id, "credit", number("411111111111111"), EXPIRY,
                                                    credit_limit=D("500.00")))
    first_a = card_pins.reset(lut.ledger, teller, a.id, delivery="email")
    pin_b = card_pins.reset(lut.ledger, teller, b.id, delivery="email")
    assert _row_outbox(lut, first_a.outbox_id).status == "queued"          # B's did not cancel A's
    second_a = card_pins.reset(lut.ledger, teller, a.id, delivery="email")
    assert _row_outbox(lut, first_a.outbox_id).status == "cancelled"       # A's old PIN: replaced
    assert _row_outbox(lut, first_a.outbox_id).body_enc == ""
    cards.block(lut.ledger, teller, b.id, "stolen")
    assert _row_outbox(lut, pin_b.outbox_id).status == "cancelled"
    assert _row_outbox(lut, second_a.outbox_id).status == "queued"
    assert "pin=" not in repr(second_a)                      # the PIN is kept out of any repr
