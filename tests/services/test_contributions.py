"""Capital contributions at the counter: the mandatory one first and exact (it makes the applicant
active), voluntary ones after; cash through the drawer with the cash rules, or from savings in the
Ecuadorian profile; the capital summary keeps both parts apart."""
from decimal import Decimal

import pytest

from app.domain.contributions import Kind, Source
from app.domain.member_form import MemberInput
from app.documents.receipt import build_receipt
from app.services import cash_ops, contributions, drawer, ledger as ledger_svc, members, receipts
from app.services import settings as settings_svc
from app.services.cash_ops import CashRequest, DEPOSIT
from app.services.contributions import ContributionRequest
from app.services.errors import Conflict, InsufficientFunds, PermissionDenied, ValidationError
from app.services.operations import Override
from tests.conftest import STAFF_PASSWORD

D = Decimal


def request(f, kind, amount, source=Source.CASH, **kw):
    return ContributionRequest(f.id, kind, D(amount), source, f.id, **kw)


@pytest.fixture
def es_counter(ledger):
    teller = ledger.staff("teller")
    f = members.register_member(ledger.ledger, teller, MemberInput(
        document="12345678Z", given_names="María", surnames="García López"))
    drawer.open_drawer(ledger.ledger, teller, {"50": 10})
    return ledger, teller, f


def test_the_mandatory_contribution_makes_the_applicant_active(es_counter):
    lut, teller, f = es_counter
    assert f.status == "applicant"
    p = contributions.preview(lut.ledger, teller, request(f, Kind.MANDATORY, "300.00"))
    assert p.refusal is None and any("active member" in w.text for w in p.warnings)
    r = contributions.execute(lut.ledger, teller, request(f, Kind.MANDATORY, "300.00"), "c-1")
    assert "now an active member" in r.notices[0].text
    assert members.get_member(lut.ledger, teller, f.id).status == "active"
    assert drawer.my_drawer(lut.ledger, teller).balance == D("800.00")
    summary = contributions.capital_summary(lut.ledger, teller, f.id)
    assert (summary.mandatory, summary.voluntary, summary.next_kind) == (D("300.00"), D("0.00"), Kind.VOLUNTARY)
    data = receipts.receipt_data(lut.ledger, teller, r.entry_id)
    assert data.operation == "Mandatory capital contribution in cash"
    assert data.account_number.endswith("-01") and data.balance_after == D("300.00")
    build_receipt(data, "en")
    again = contributions.execute(lut.ledger, teller, request(f, Kind.MANDATORY, "300.00"), "c-1")
    assert again.replayed and again.entry_id == r.entry_id


def test_order_and_amount_are_refused_with_a_reason_and_nothing_written(es_counter):
    lut, teller, f = es_counter
    with pytest.raises(Conflict, match="comes first"):
        contributions.execute(lut.ledger, teller, request(f, Kind.VOLUNTARY, "50.00"), "v-0")
    with pytest.raises(Conflict, match="exactly"):
        contributions.execute(lut.ledger, teller, request(f, Kind.MANDATORY, "250.00"), "m-0")
    assert contributions.capital_summary(lut.ledger, teller, f.id).movements == ()
    contributions.execute(lut.ledger, teller, request(f, Kind.MANDATORY, "300.00"), "m-1")
    with pytest.raises(Conflict, match="paid already"):
        contributions.execute(lut.ledger, teller, request(f, Kind.MANDATORY, "300.00"), "m-2")
    contributions.execute(lut.ledger, teller, request(f, Kind.VOLUNTARY, "150.00"), "v-1")
    contributions.execute(lut.ledger, teller, request(f, Kind.VOLUNTARY, "20.50"), "v-2")
    s = contributions.capital_summary(lut.ledger, teller, f.id)
    assert (s.mandatory, s.voluntary, s.total) == (D("300.00"), D("170.50"), D("470.50"))
    assert [m.part for m in s.movements] == [Kind.VOLUNTARY, Kind.VOLUNTARY, Kind.MANDATORY]
    assert s.movements[0].amount == D("20.50")
    with pytest.raises(ValidationError) as info:
        contributions.execute(lut.ledger, teller, request(f, Kind.VOLUNTARY, "0"), "v-3")
    assert info.value.field == "amount"


def test_spanish_cash_limit_and_supervisor_above_the_hard_limit(es_counter):
    lut, teller, f = es_counter
    contributions.execute(lut.ledger, teller, request(f, Kind.MANDATORY, "300.00"), "m")
    p = contributions.preview(lut.ledger, teller, request(f, Kind.VOLUNTARY, "1000.00"))
    assert "Ley 7/2012" in p.refusal.text
    with pytest.raises(Conflict, match="Offer a bank transfer"):
        contributions.execute(lut.ledger, teller, request(f, Kind.VOLUNTARY, "1000.00"), "big")
    settings_svc.set_setting(lut.ledger, lut.admin, "cash_hard_limit", "500.00")
    with pytest.raises(PermissionDenied, match="supervisor"):
        contributions.execute(lut.ledger, teller, request(f, Kind.VOLUNTARY, "800.00"), "over")
    boss = lut.staff("supervisor", "sara")
    contributions.execute(lut.ledger, teller, request(
        f, Kind.VOLUNTARY, "800.00", override=Override("sara", STAFF_PASSWORD)), "over-ok")
    assert contributions.capital_summary(lut.ledger, teller, f.id).voluntary == D("800.00")


def test_the_spanish_profile_takes_no_contribution_from_savings(es_counter):
    lut, teller, f = es_counter
    with pytest.raises(ValidationError) as info:
        contributions.preview(lut.ledger, teller, request(f, Kind.MANDATORY, "300.00", Source.SAVINGS))
    assert info.value.field == "source"


def test_cash_contribution_needs_the_drawer(ledger):
    teller = ledger.staff("teller")
    f = members.register_member(ledger.ledger, teller, MemberInput(
        document="12345678Z", given_names="María", surnames="García López"))
    with pytest.raises(Conflict, match="Open your cash drawer"):
        contributions.execute(ledger.ledger, teller, request(f, Kind.MANDATORY, "300.00"), "k")


@pytest.fixture
def ec_counter(ec_ledger):
    teller = ec_ledger.staff("teller")
    f = members.register_member(ec_ledger.ledger, teller, MemberInput(
        document="1710034065", given_names="Luis", surnames="Andrade Mena"))
    savings = next(a.id for a in f.accounts if a.product == "savings")
    drawer.open_drawer(ec_ledger.ledger, teller, {"20": 10})
    cash_ops.execute(ec_ledger.ledger, teller, DEPOSIT, CashRequest(savings, D("40.00"), f.id), "dep")
    return ec_ledger, teller, f, savings


def test_ecuadorian_certificates_from_savings(ec_counter):
    lut, teller, f, savings = ec_counter
    r = contributions.execute(lut.ledger, teller, request(
        f, Kind.MANDATORY, "25.00", Source.SAVINGS, savings_account_id=savings), "m")
    assert ledger_svc.balance(lut.ledger, teller, savings).booked == D("15.00")
    assert members.get_member(lut.ledger, teller, f.id).status == "active"
    with pytest.raises(InsufficientFunds, match="not enough"):
        contributions.execute(lut.ledger, teller, request(
            f, Kind.VOLUNTARY, "20.00", Source.SAVINGS, savings_account_id=savings), "v")
    contributions.execute(lut.ledger, teller, request(f, Kind.VOLUNTARY, "10.00"), "v-cash")
    s = contributions.capital_summary(lut.ledger, teller, f.id)
    assert (s.mandatory, s.voluntary, s.currency) == (D("25.00"), D("10.00"), "USD")
    data = receipts.receipt_data(lut.ledger, teller, r.entry_id)
    assert data.operation == "Mandatory capital contribution from savings" and data.balance_after == D("25.00")


def test_a_savings_account_of_someone_else_is_refused(ec_counter):
    lut, teller, f, _savings = ec_counter
    other = members.register_member(lut.ledger, teller, MemberInput(
        document="0926687856", given_names="Ana", surnames="Mora Vera"))
    theirs = next(a.id for a in other.accounts if a.product == "savings")
    with pytest.raises(ValidationError) as info:
        contributions.preview(lut.ledger, teller, request(
            f, Kind.MANDATORY, "25.00", Source.SAVINGS, savings_account_id=theirs))
    assert info.value.field == "account"


def test_an_auditor_cannot_take_contributions(ec_counter):
    lut, _teller, f, _savings = ec_counter
    auditor = lut.staff("auditor")
    with pytest.raises(PermissionDenied):
        contributions.preview(lut.ledger, auditor, request(f, Kind.MANDATORY, "25.00"))
