"""The yearly remuneration of voluntary capital: each day's balance, actual/365, withholding to
taxes payable, capitalised or paid as the member chose, recorded for the certificate, once."""
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select, update

from app.domain.contributions import Kind, Source
from app.domain.member_form import MemberInput
from app.models import Institution, ReturnPayment
from app.services import bank_files, contributions, drawer, members, remuneration
from app.services.context import UnitOfWork
from app.services.contributions import ContributionRequest
from app.services.errors import Conflict, PermissionDenied, ValidationError

D = Decimal



def member_with(lut, teller, document, bank=""):  # noqa: ANN001
    f = members.register_member(lut.ledger, teller, MemberInput(
        document=document, given_names="Ana", surnames=f"Puig {document[-1]}", bank_account=bank))
    contributions.execute(lut.ledger, teller, ContributionRequest(
        f.id, Kind.MANDATORY, D("300.00"), Source.CASH, f.id), f"m-{document}")
    return f


def voluntary(lut, teller, f, amount, key):  # noqa: ANN001
    contributions.execute(lut.ledger, teller, ContributionRequest(
        f.id, Kind.VOLUNTARY, D(amount), Source.CASH, f.id), key)


@pytest.fixture
def year_2026(ledger):
    ledger.set_business_date(date(2026, 1, 1))
    teller = ledger.staff("teller")
    drawer.open_drawer(ledger.ledger, teller, {"50": 10})
    a = member_with(ledger, teller, "12345678Z")
    voluntary(ledger, teller, a, "730.00", "a1")                      # all year
    b = member_with(ledger, teller, "00000000T", bank="ES7921000813610123456789")
    ledger.set_business_date(date(2026, 7, 2))                      # 183 days from 2 July
    voluntary(ledger, teller, b, "730.00", "b1")
    members_only_mandatory = member_with(ledger, teller, "11111111H")
    remuneration.set_choice(ledger.ledger, teller, b.id, "pay")
    ledger.set_business_date(date(2026, 12, 31))
    return ledger, teller, a, b, members_only_mandatory


def test_the_run_pays_each_day_withholds_and_records(year_2026):
    lut, teller, a, b, only_mandatory = year_2026
    boss = lut.staff("supervisor")
    with pytest.raises(Conflict, match="Set the rate of 2026 first"):
        remuneration.preview(lut.ledger, boss, 2026)
    remuneration.set_rate(lut.ledger, lut.admin, 2026, D("0.0365"))
    preview = remuneration.preview(lut.ledger, boss, 2026)
    by = {m.member_id: m for m in preview.members}
    assert set(by) == {a.id, b.id}                                # no voluntary capital: nothing
    # 730 x 3.65 % x 365/365 = 26.645 -> 26.65; 19 % of it 5.06 (5.0635); net 21.59
    assert (by[a.id].gross, by[a.id].withheld, by[a.id].net) == (D("26.65"), D("5.06"), D("21.59"))
    # 730 x 3.65 % x 183/365 = 13.359 -> 13.36; withheld 2.54; net 10.82
    assert (by[b.id].gross, by[b.id].withheld, by[b.id].net) == (D("13.36"), D("2.54"), D("10.82"))
    assert by[a.id].settled == "capitalised" and by[b.id].settled == "paid"
    done = remuneration.run(lut.ledger, boss, 2026)
    assert done.done and done.gross == D("40.01") and done.withheld == D("7.60")
    assert contributions.capital_summary(lut.ledger, teller, a.id).voluntary == D("751.59")
    assert contributions.capital_summary(lut.ledger, teller, b.id).voluntary == D("730.00")
    assert [t.amount for t in bank_files.pending_transfers(lut.ledger, boss)] == [D("10.82")]
    with UnitOfWork(lut.ledger, None, None, read_only=True) as uow:
        rows = uow.session.execute(select(ReturnPayment).order_by(ReturnPayment.member_id)).scalars().all()
    assert [(r.tax_id, r.gross, r.withheld, r.net, r.rate, r.paid_on) for r in rows] == [
        ("12345678Z", 2665, 506, 2159, "0.19", date(2026, 12, 31)),
        ("00000000T", 1336, 254, 1082, "0.19", date(2026, 12, 31))]
    with pytest.raises(Conflict, match="already been run"):
        remuneration.run(lut.ledger, boss, 2026)
    with pytest.raises(Conflict, match="cannot change"):
        remuneration.set_rate(lut.ledger, lut.admin, 2026, D("0.05"))


def test_who_may_set_and_run_and_the_date_rule(year_2026):
    lut, teller, *_ = year_2026
    with pytest.raises(PermissionDenied):
        remuneration.set_rate(lut.ledger, teller, 2026, D("0.01"))
    with pytest.raises(ValidationError) as info:
        remuneration.set_rate(lut.ledger, lut.admin, 2026, D("0.5"))
    assert info.value.field == "rate"
    remuneration.set_rate(lut.ledger, lut.admin, 2026, D("0.01"))
    with pytest.raises(PermissionDenied):
        remuneration.run(lut.ledger, teller, 2026)
    lut.set_business_date(date(2026, 12, 30))
    with pytest.raises(Conflict, match="31 December"):
        remuneration.run(lut.ledger, lut.admin, 2026)


def test_pay_needs_an_external_account(ledger):
    teller = ledger.staff("teller")
    f = members.register_member(ledger.ledger, teller, MemberInput(
        document="12345678Z", given_names="Ana", surnames="Puig"))
    with pytest.raises(ValidationError) as info:
        remuneration.set_choice(ledger.ledger, teller, f.id, "pay")
    assert info.value.field == "remuneration_choice"
