"""Refunds of voluntary capital: a petition another supervisor approves; never more than the
refundable voluntary capital counting other refunds waiting; to the external account (queued for
the transfer file) or to savings; the maker never approves their own."""
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.domain.contributions import Kind, Source
from app.domain.member_form import MemberInput
from app.models import OutgoingTransfer
from app.services import cash_ops, contributions, drawer, ledger as ledger_svc, members, petitions, refunds
from app.services.cash_ops import CashRequest, DEPOSIT
from app.services.context import UnitOfWork
from app.services.contributions import ContributionRequest
from app.services.errors import Conflict, PermissionDenied, ValidationError
from app.services.refunds import RefundRequest

D = Decimal


@pytest.fixture
def es_member(ledger):
    teller = ledger.staff("teller")
    f = members.register_member(ledger.ledger, teller, MemberInput(
        document="12345678Z", given_names="María", surnames="García López",
        bank_account="2100 0418 45 0200051332"))
    drawer.open_drawer(ledger.ledger, teller, {"50": 10})
    for kind, amount, key in ((Kind.MANDATORY, "300.00", "m"), (Kind.VOLUNTARY, "500.00", "v")):
        contributions.execute(ledger.ledger, teller, ContributionRequest(
            f.id, kind, D(amount), Source.CASH, f.id), key)
    return ledger, teller, f


def test_a_refund_waits_for_another_supervisor_and_queues_a_transfer(es_member):
    lut, teller, f = es_member
    view = refunds.request_refund(lut.ledger, teller, RefundRequest(f.id, D("200.00"), refunds.TRANSFER,
                                                                    reason="home repairs"))
    assert view.status == "pending" and "ES9121000418450200051332" in view.effects[0].render()
    assert contributions.capital_summary(lut.ledger, teller, f.id).voluntary == D("500.00")
    boss = lut.staff("supervisor")
    petitions.approve(lut.ledger, boss, view.id)
    s = contributions.capital_summary(lut.ledger, teller, f.id)
    assert (s.mandatory, s.voluntary) == (D("300.00"), D("300.00"))
    with UnitOfWork(lut.ledger, None, None, read_only=True) as uow:
        t = uow.session.execute(select(OutgoingTransfer)).scalar_one()
    assert (t.amount, t.status, t.account) == (20000, "pending", "ES9121000418450200051332")
    assert t.beneficiary == "García López, María" and t.petition_id == view.id


def test_refunds_never_exceed_the_refundable_amount_counting_pending_ones(es_member):
    lut, teller, f = es_member
    refunds.request_refund(lut.ledger, teller, RefundRequest(f.id, D("350.00"), refunds.TRANSFER))
    room = refunds.refundable(lut.ledger, teller, f.id)
    assert (room.voluntary, room.pending, room.available) == (D("500.00"), D("350.00"), D("150.00"))
    with pytest.raises(ValidationError) as info:
        refunds.request_refund(lut.ledger, teller, RefundRequest(f.id, D("150.01"), refunds.TRANSFER))
    assert info.value.field == "amount" and "150.00" in info.value.render()
    refunds.request_refund(lut.ledger, teller, RefundRequest(f.id, D("150.00"), refunds.TRANSFER))


def test_the_maker_cannot_approve_their_own_refund(es_member):
    lut, _teller, f = es_member
    boss = lut.staff("supervisor")
    view = refunds.request_refund(lut.ledger, boss, RefundRequest(f.id, D("10.00"), refunds.TRANSFER))
    with pytest.raises(PermissionDenied, match="cannot approve"):
        petitions.approve(lut.ledger, boss, view.id)
    assert contributions.capital_summary(lut.ledger, boss, f.id).voluntary == D("500.00")


def test_approval_rechecks_the_capital(es_member):
    lut, teller, f = es_member
    first = refunds.request_refund(lut.ledger, teller, RefundRequest(f.id, D("400.00"), refunds.TRANSFER))
    boss = lut.staff("supervisor")
    # a second refund filed after the first was rejected would fit again; approve the first,
    # then a stale petition that no longer fits is refused at approval
    petitions.approve(lut.ledger, boss, first.id)
    second = refunds.request_refund(lut.ledger, teller, RefundRequest(f.id, D("100.00"), refunds.TRANSFER))
    with UnitOfWork(lut.ledger, lut.admin, None) as uow:       # the capital moved meanwhile
        from app.models import Petition
        uow.session.get(Petition, second.id).payload = {**uow.session.get(Petition, second.id).payload,
                                                        "amount": "150.00"}
        uow.commit()
    with pytest.raises(Conflict, match="no longer covers"):
        petitions.approve(lut.ledger, boss, second.id)


def test_no_external_account_no_transfer_and_no_savings_in_the_spanish_profile(ledger):
    teller = ledger.staff("teller")
    f = members.register_member(ledger.ledger, teller, MemberInput(
        document="12345678Z", given_names="María", surnames="García López"))
    with pytest.raises(Conflict, match="active member"):
        refunds.request_refund(ledger.ledger, teller, RefundRequest(f.id, D("10.00"), refunds.TRANSFER))
    drawer.open_drawer(ledger.ledger, teller, {"50": 10})
    contributions.execute(ledger.ledger, teller, ContributionRequest(
        f.id, Kind.MANDATORY, D("300.00"), Source.CASH, f.id), "m")
    with pytest.raises(ValidationError, match="no registered external account"):
        refunds.request_refund(ledger.ledger, teller, RefundRequest(f.id, D("10.00"), refunds.TRANSFER))
    with pytest.raises(ValidationError) as info:        # no savings accounts in this profile
        refunds.request_refund(ledger.ledger, teller, RefundRequest(f.id, D("10.00"), refunds.SAVINGS))
    assert info.value.field == "destination"


def test_ecuadorian_refund_to_savings(ec_ledger):
    teller = ec_ledger.staff("teller")
    f = members.register_member(ec_ledger.ledger, teller, MemberInput(
        document="1710034065", given_names="Luis", surnames="Andrade Mena"))
    savings = next(a.id for a in f.accounts if a.product == "savings")
    drawer.open_drawer(ec_ledger.ledger, teller, {"20": 10})
    contributions.execute(ec_ledger.ledger, teller, ContributionRequest(
        f.id, Kind.MANDATORY, D("25.00"), Source.CASH, f.id), "m")
    contributions.execute(ec_ledger.ledger, teller, ContributionRequest(
        f.id, Kind.VOLUNTARY, D("40.00"), Source.CASH, f.id), "v")
    with pytest.raises(ValidationError, match="At most"):
        refunds.request_refund(ec_ledger.ledger, teller, RefundRequest(f.id, D("40.01"), refunds.SAVINGS, savings))
    view = refunds.request_refund(ec_ledger.ledger, teller, RefundRequest(f.id, D("40.00"), refunds.SAVINGS, savings))
    petitions.approve(ec_ledger.ledger, ec_ledger.staff("supervisor"), view.id)
    s = contributions.capital_summary(ec_ledger.ledger, teller, f.id)
    assert (s.mandatory, s.voluntary) == (D("25.00"), D("0.00"))
    assert ledger_svc.balance(ec_ledger.ledger, teller, savings).booked == D("40.00")
