"""The drawer and cash operations at the counter (Ecuadorian profile: savings accounts)."""
from decimal import Decimal

import pytest

from app.domain.member_form import MemberInput
from app.services import cash_ops, drawer, ledger as ledger_svc, members, petitions, reversals
from app.services import settings as settings_svc
from app.services.cash_ops import DEPOSIT, WITHDRAWAL, CashRequest
from app.services.errors import Conflict, InsufficientFunds, PermissionDenied, ValidationError
from app.services.operations import Override
from tests.conftest import STAFF_PASSWORD

D = Decimal


@pytest.fixture
def counter(ec_ledger):
    teller = ec_ledger.staff("teller", "tere")
    f = members.register_member(ec_ledger.ledger, teller, MemberInput(
        document="1710034065", given_names="Luis", surnames="Andrade Mena"))
    savings = next(a.id for a in f.accounts if a.product == "savings")
    return ec_ledger, teller, f, savings


def deposit(lut, actor, f, account, amount, key, **kw):
    return cash_ops.execute(lut.ledger, actor, DEPOSIT, CashRequest(account, D(amount), f.id, **kw), key)


def test_cash_needs_an_open_drawer(counter):
    lut, teller, f, savings = counter
    with pytest.raises(Conflict, match="Open your cash drawer"):
        deposit(lut, teller, f, savings, "10.00", "k")


def test_deposit_and_withdrawal_move_the_drawer_with_fee_and_iva(counter):
    lut, teller, f, savings = counter
    drawer.open_drawer(lut.ledger, teller, {"20": 10, "1": 5})          # 205.00 float
    settings_svc.set_fee_rule(lut.ledger, lut.admin, settings_svc.FeeInput(WITHDRAWAL, fixed=D("0.36")))
    r = deposit(lut, teller, f, savings, "300.00", "dep-1")
    assert r.receipt.endswith("-000002") and r.preview.balance_after == D("300.00")
    p = cash_ops.preview(lut.ledger, teller, WITHDRAWAL, CashRequest(savings, D("100.00"), f.id))
    assert (p.fee, p.vat, p.total, p.balance_after) == (D("0.36"), D("0.05"), D("100.41"), D("199.59"))
    cash_ops.execute(lut.ledger, teller, WITHDRAWAL, CashRequest(savings, D("100.00"), f.id), "wd-1")
    assert ledger_svc.balance(lut.ledger, teller, savings).booked == D("199.59")
    view = drawer.my_drawer(lut.ledger, teller)
    assert view.balance == D("405.00")                                   # 205 + 300 - 100


def test_double_enter_posts_once(counter):
    lut, teller, f, savings = counter
    drawer.open_drawer(lut.ledger, teller, {"20": 5})
    a = deposit(lut, teller, f, savings, "50.00", "same")
    b = deposit(lut, teller, f, savings, "50.00", "same")
    assert b.replayed and a.entry_id == b.entry_id
    assert ledger_svc.balance(lut.ledger, teller, savings).booked == D("50.00")


def test_withdrawal_respects_available_balance(counter):
    lut, teller, f, savings = counter
    drawer.open_drawer(lut.ledger, teller, {"100": 5})
    deposit(lut, teller, f, savings, "80.00", "in")
    ledger_svc.place_hold(lut.ledger, teller, savings, D("30.00"), "Card authorisation")
    p = cash_ops.preview(lut.ledger, teller, WITHDRAWAL, CashRequest(savings, D("60.00"), f.id))
    assert p.refusal is not None and "50.00" in p.refusal.render()
    with pytest.raises(InsufficientFunds):
        cash_ops.execute(lut.ledger, teller, WITHDRAWAL, CashRequest(savings, D("60.00"), f.id), "out")


@pytest.mark.parametrize("amount", [D("0"), D("-5.00"), "12"])
def test_bad_amounts_write_nothing(counter, amount):
    lut, teller, f, savings = counter
    drawer.open_drawer(lut.ledger, teller, {"100": 1})
    with pytest.raises(ValidationError) as exc:
        cash_ops.execute(lut.ledger, teller, DEPOSIT, CashRequest(savings, amount, f.id), "bad")
    assert exc.value.field == "amount"
    assert ledger_svc.balance(lut.ledger, teller, savings).booked == 0


def test_only_holders_or_authorised_act(counter):
    lut, teller, f, savings = counter
    drawer.open_drawer(lut.ledger, teller, {"100": 1})
    stranger = members.register_member(lut.ledger, teller, MemberInput(
        document="1710034073", given_names="Ana", surnames="Paz"))
    with pytest.raises(PermissionDenied, match="neither a holder"):
        cash_ops.execute(lut.ledger, teller, DEPOSIT, CashRequest(savings, D("5.00"), stranger.id), "x")


def test_above_hard_limit_needs_a_supervisor_on_the_spot(counter):
    lut, teller, f, savings = counter
    drawer.open_drawer(lut.ledger, teller, {"100": 1})
    lut.staff("supervisor", "sofi")
    p = cash_ops.preview(lut.ledger, teller, DEPOSIT, CashRequest(savings, D("9500.00"), f.id))
    assert p.needs_override and not p.needs_declaration
    with pytest.raises(PermissionDenied, match="supervisor must approve"):
        deposit(lut, teller, f, savings, "9500.00", "big")
    with pytest.raises(PermissionDenied):                     # a teller cannot approve
        deposit(lut, teller, f, savings, "9500.00", "big", override=Override("tere", STAFF_PASSWORD))
    r = deposit(lut, teller, f, savings, "9500.00", "big", override=Override("sofi", STAFF_PASSWORD))
    assert r.preview.amount == D("9500.00")


def test_aml_threshold_over_30_days_needs_declaration(counter):
    lut, teller, f, savings = counter
    drawer.open_drawer(lut.ledger, teller, {"100": 1})
    lut.staff("supervisor", "sofi")
    sup = Override("sofi", STAFF_PASSWORD)
    deposit(lut, teller, f, savings, "2500.00", "a")
    deposit(lut, teller, f, savings, "2500.00", "b")
    deposit(lut, teller, f, savings, "2500.00", "c")
    p = cash_ops.preview(lut.ledger, teller, DEPOSIT, CashRequest(savings, D("2500.00"), f.id))
    assert p.needs_declaration and p.needs_override
    with pytest.raises(ValidationError) as exc:
        deposit(lut, teller, f, savings, "2500.00", "d", override=sup)
    assert exc.value.field == "funds_origin"
    deposit(lut, teller, f, savings, "2500.00", "d", override=sup, funds_origin="Sale of a car")


def test_cash_limit_setting_refuses_with_reason_and_suggests_a_transfer(counter, ledger):
    assert settings_svc.get_settings(ledger.ledger, ledger.admin)["spanish_cash_limit_on"] is True
    lut, teller, f, savings = counter
    settings_svc.set_setting(lut.ledger, lut.admin, "spanish_cash_limit_on", True)
    drawer.open_drawer(lut.ledger, teller, {"100": 1})
    p = cash_ops.preview(lut.ledger, teller, DEPOSIT, CashRequest(savings, D("1000.00"), f.id))
    assert p.refusal is not None and "transfer" in p.refusal.render()
    with pytest.raises(Conflict, match="Ley 7/2012"):
        deposit(lut, teller, f, savings, "1000.00", "big")
    deposit(lut, teller, f, savings, "999.99", "ok")


def test_drawer_close_with_difference_waits_for_approval(counter):
    lut, teller, f, savings = counter
    drawer.open_drawer(lut.ledger, teller, {"50": 4})                    # 200.00
    deposit(lut, teller, f, savings, "35.50", "in")                        # drawer 235.50
    view = drawer.close_drawer(lut.ledger, teller, {"50": 4, "20": 1, "10": 1, "5": 1})  # 235.00
    assert view.status == "closing" and view.difference == D("0.50")
    with pytest.raises(Conflict, match="waits for a supervisor"):
        drawer.open_drawer(lut.ledger, teller, {"50": 1})
    sup = lut.staff("supervisor")
    done = petitions.approve(lut.ledger, sup, view.petition_id, "Counted twice")
    assert done.status == "executed"
    assert [m.render() for m in done.effects][1] == "Post the shortage of 0.50 to cash over and short."
    after = drawer.my_drawer(lut.ledger, teller)
    assert after.status == "closed" and after.balance == 0
    drawer.open_drawer(lut.ledger, teller, {"50": 1})


def test_exact_close_needs_no_approval_and_vault_transfers(counter):
    lut, teller, f, savings = counter
    drawer.open_drawer(lut.ledger, teller, {"50": 2})
    drawer.transfer(lut.ledger, teller, D("300.00"), to_vault=False, idempotency_key="t1")
    drawer.transfer(lut.ledger, teller, D("50.00"), to_vault=True, idempotency_key="t2")
    view = drawer.close_drawer(lut.ledger, teller, {"50": 7})
    assert view.status == "closed" and view.difference == 0


def test_reversal_through_approval_moves_the_drawer_back(counter):
    lut, teller, f, savings = counter
    drawer.open_drawer(lut.ledger, teller, {"50": 2})
    r = deposit(lut, teller, f, savings, "40.00", "in")
    p = reversals.request_reversal(lut.ledger, teller, r.entry_id, "Wrong account")
    with pytest.raises(PermissionDenied):
        petitions.approve(lut.ledger, teller, p.id)
    petitions.approve(lut.ledger, lut.staff("supervisor"), p.id)
    assert ledger_svc.balance(lut.ledger, teller, savings).booked == 0
    assert drawer.my_drawer(lut.ledger, teller).balance == D("100.00")
    with pytest.raises(Conflict):
        reversals.request_reversal(lut.ledger, teller, r.entry_id, "again")


def test_monthly_cash_report_lists_members_over_the_threshold(counter):
    from app.services.aml_report import monthly_cash_report
    lut, teller, f, savings = counter
    drawer.open_drawer(lut.ledger, teller, {"100": 1})
    lut.staff("supervisor", "sofi")
    small = members.register_member(lut.ledger, teller, MemberInput(
        document="1710034073", given_names="Ana", surnames="Paz"))
    small_acc = next(a.id for a in small.accounts if a.product == "savings")
    deposit(lut, teller, small, small_acc, "500.00", "s1")
    for i in range(4):
        deposit(lut, teller, f, savings, "2600.00", f"b{i}",
                override=Override("sofi", STAFF_PASSWORD) if i == 3 else None,
                funds_origin="Harvest sale" if i == 3 else "")
    from app.services.end_of_day import status
    biz = status(lut.ledger, lut.admin).business_date
    text = monthly_cash_report(lut.ledger, lut.admin, biz.year, biz.month)
    lines = text.splitlines()
    assert lines[0].startswith("date,receipt,member_number")
    assert len(lines) == 5 and all("1710034065" in ln for ln in lines[1:])
    assert lines[-1].endswith("2600.00,USD,Harvest sale")
    with pytest.raises(PermissionDenied):
        monthly_cash_report(lut.ledger, teller, biz.year, biz.month)


def test_a_representative_acts_for_the_organisation(counter):
    lut, teller, person, _savings = counter
    org = members.register_member(lut.ledger, teller, MemberInput(
        document="1790012301001", given_names="Asociación Andina"))
    members.add_representative(lut.ledger, teller, org.id, person.id, "President")
    acc = next(a.id for a in org.accounts if a.product == "savings")
    drawer.open_drawer(lut.ledger, teller, {"100": 1})
    r = cash_ops.execute(lut.ledger, teller, DEPOSIT, CashRequest(acc, D("10.00"), person.id), "rep")
    assert r.preview.acting_name == "Andrade Mena, Luis" and r.preview.member_name == "Asociación Andina"


def test_a_teller_named_as_approver_is_told_they_are_not_a_supervisor(counter):
    lut, teller, f, savings = counter
    drawer.open_drawer(lut.ledger, teller, {"100": 1})
    lut.staff("teller", "tomas")
    with pytest.raises(PermissionDenied, match="tomas is not a supervisor"):
        deposit(lut, teller, f, savings, "9500.00", "big", override=Override("tomas", STAFF_PASSWORD))
