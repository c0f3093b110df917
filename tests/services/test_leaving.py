"""Leaving membership: a petition (the member is leaving while it waits); approval by another
supervisor settles all capital and savings to the external account, closes every account and
marks the member as left; rejection makes them active again; refused while refunds wait."""
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.domain.contributions import Kind, Source
from app.domain.member_form import MemberInput
from app.models import Account, OutgoingTransfer
from app.services import (bank_files, cash_ops, contributions, drawer, leaving, members, petitions,
                          refunds)
from app.services.cash_ops import CashRequest, DEPOSIT
from app.services.context import UnitOfWork
from app.services.contributions import ContributionRequest
from app.services.errors import Conflict, PermissionDenied, ValidationError

D = Decimal


def active_member(lut, teller, document="12345678Z", bank="ES7921000813610123456789"):  # noqa: ANN001
    f = members.register_member(lut.ledger, teller, MemberInput(
        document=document, given_names="María", surnames="García López", bank_account=bank))
    for kind, amount in ((Kind.MANDATORY, "300.00"), (Kind.VOLUNTARY, "450.00")):
        contributions.execute(lut.ledger, teller, ContributionRequest(f.id, kind, D(amount), Source.CASH, f.id),
                              f"{kind}-{document}")
    return f


@pytest.fixture
def counter(ledger):
    teller = ledger.staff("teller")
    drawer.open_drawer(ledger.ledger, teller, {"50": 10})
    return ledger, teller, ledger.staff("supervisor")


def test_leaving_settles_everything_to_zero_and_closes_the_accounts(counter):
    lut, teller, boss = counter
    f = active_member(lut, teller)
    view = leaving.request_leaving(lut.ledger, teller, f.id, "moving abroad")
    assert members.get_member(lut.ledger, teller, f.id).status == "leaving"
    assert any("750.00 in all" in m.render() for m in view.effects)
    with pytest.raises(Conflict, match="cannot contribute"):
        contributions.execute(lut.ledger, teller, ContributionRequest(
            f.id, Kind.VOLUNTARY, D("10.00"), Source.CASH, f.id), "late")
    with pytest.raises(PermissionDenied):
        petitions.approve(lut.ledger, teller, view.id)          # a teller does not decide
    petitions.approve(lut.ledger, boss, view.id)
    assert members.get_member(lut.ledger, teller, f.id).status == "left"
    with UnitOfWork(lut.ledger, None, None, read_only=True) as uow:
        accs = uow.session.execute(select(Account).where(Account.member_id == f.id)).scalars().all()
        transfer = uow.session.execute(select(OutgoingTransfer)).scalar_one()
    assert {a.status for a in accs} == {"closed"} and all(a.balance == 0 for a in accs)
    assert transfer.amount == 75000 and transfer.account == "ES7921000813610123456789"
    assert contributions.capital_summary(lut.ledger, teller, f.id).total == 0
    assert [t.amount for t in bank_files.pending_transfers(lut.ledger, boss)] == [D("750.00")]


def test_rejecting_makes_the_member_active_again(counter):
    lut, teller, boss = counter
    f = active_member(lut, teller)
    view = leaving.request_leaving(lut.ledger, teller, f.id)
    petitions.reject(lut.ledger, boss, view.id, "the board asks to wait until the assembly")
    assert members.get_member(lut.ledger, teller, f.id).status == "active"
    again = leaving.request_leaving(lut.ledger, teller, f.id)
    petitions.cancel(lut.ledger, teller, again.id, "the member changed their mind")
    assert members.get_member(lut.ledger, teller, f.id).status == "active"


def test_leaving_is_refused_while_a_refund_waits_and_without_an_external_account(counter):
    lut, teller, _boss = counter
    f = active_member(lut, teller)
    refunds.request_refund(lut.ledger, teller, refunds.RefundRequest(f.id, D("50.00"), refunds.TRANSFER))
    with pytest.raises(Conflict, match="refund of this member is waiting"):
        leaving.request_leaving(lut.ledger, teller, f.id)
    g = active_member(lut, teller, "00000000T", bank="")
    with pytest.raises(ValidationError) as info:
        leaving.request_leaving(lut.ledger, teller, g.id)
    assert info.value.field == "bank_account"
    applicant = members.register_member(lut.ledger, teller, MemberInput(
        document="11111111H", given_names="Pau", surnames="Roca", bank_account="ES7921000813610123456789"))
    with pytest.raises(Conflict, match="Only an active member"):
        leaving.request_leaving(lut.ledger, teller, applicant.id)


def test_ecuadorian_savings_are_settled_too(ec_ledger):
    teller = ec_ledger.staff("teller")
    drawer.open_drawer(ec_ledger.ledger, teller, {"20": 10})
    f = members.register_member(ec_ledger.ledger, teller, MemberInput(
        document="1710034065", given_names="Luis", surnames="Andrade Mena",
        bank_account="2200123456", bank_name="Banco Pichincha"))
    savings = next(a.id for a in f.accounts if a.product == "savings")
    cash_ops.execute(ec_ledger.ledger, teller, DEPOSIT, CashRequest(savings, D("60.00"), f.id), "d")
    contributions.execute(ec_ledger.ledger, teller, ContributionRequest(
        f.id, Kind.MANDATORY, D("25.00"), Source.SAVINGS, f.id, savings), "m")
    view = leaving.request_leaving(ec_ledger.ledger, teller, f.id)
    petitions.approve(ec_ledger.ledger, ec_ledger.staff("supervisor"), view.id)
    assert [t.amount for t in bank_files.pending_transfers(ec_ledger.ledger, teller)] == [D("60.00")]
