"""Periodic contributions by petition, taken by the end of day: by direct debit under a SEPA
mandate (a collection for the pain.008 file, FRST then RCUR; a returned debit reverses it) or
from savings; a failed one is recorded and reported, not retried."""
from datetime import date
from decimal import Decimal
from xml.etree import ElementTree

import pytest
from sqlalchemy import select, update

from app.domain.contributions import Kind, Source
from app.domain.institution_details import InstitutionDetails
from app.domain.member_form import MemberInput
from app.models import Institution, PeriodicRun
from app.services import (bank_files, cash_ops, contributions, drawer, end_of_day, institution_admin,
                          members, periodic, petitions)
from app.services.cash_ops import CashRequest, DEPOSIT
from app.services.context import UnitOfWork
from app.services.contributions import ContributionRequest
from app.services.errors import Conflict, ValidationError

D = Decimal


def close_day(lut, supervisor):  # noqa: ANN001
    return end_of_day.run(lut.ledger, supervisor)


@pytest.fixture
def es(ledger):
    ledger.set_business_date(date(2026, 12, 1))               # the dates below count from here
    institution_admin.update_institution(ledger.ledger, ledger.admin, InstitutionDetails(
        name="Coop Exemple SCCL", tax_id="F08000002", iban="ES9121000418450200051332",
        bic="CAIXESBBXXX", sepa_creditor_id="ES94ZZZF08000002"))
    teller = ledger.staff("teller")
    f = members.register_member(ledger.ledger, teller, MemberInput(
        document="12345678Z", given_names="Ana", surnames="Puig", bank_account="ES7921000813610123456789"))
    drawer.open_drawer(ledger.ledger, teller, {"50": 10})
    contributions.execute(ledger.ledger, teller, ContributionRequest(
        f.id, Kind.MANDATORY, D("300.00"), Source.CASH, f.id), "m")
    drawer.close_drawer(ledger.ledger, teller, {"50": 16})
    return ledger, teller, f, ledger.staff("supervisor")


def test_a_mandate_then_a_monthly_direct_debit_taken_by_the_end_of_day(es):
    lut, teller, f, boss = es
    with pytest.raises(Conflict, match="no signed SEPA mandate"):
        periodic.request_periodic(lut.ledger, teller, f.id, D("50.00"), 2, 1, "sepa")
    reference = periodic.register_mandate(lut.ledger, teller, f.id, date(2026, 11, 20))
    assert reference == "VT000001001"
    with pytest.raises(ValidationError) as info:
        periodic.request_periodic(lut.ledger, teller, f.id, D("50.00"), 31, 1, "sepa")
    assert info.value.field == "day"
    view = periodic.request_periodic(lut.ledger, teller, f.id, D("50.00"), 2, 1, "sepa")
    assert "50.00 on day 2, Monthly" in view.effects[0].render()
    petitions.approve(lut.ledger, boss, view.id)
    [p] = periodic.periodic_of(lut.ledger, teller, f.id)
    assert p.next_date == date(2026, 12, 2) and p.status == "active"
    close_day(lut, boss)                                   # 1 Dec closes: nothing due yet
    assert contributions.capital_summary(lut.ledger, teller, f.id).voluntary == 0
    result = close_day(lut, boss)                          # 2 Dec: taken
    assert any("1 taken, 0 failed" in s for _n, s in result.summaries)
    assert contributions.capital_summary(lut.ledger, teller, f.id).voluntary == D("50.00")
    assert periodic.periodic_of(lut.ledger, teller, f.id)[0].next_date == date(2027, 1, 2)
    [waiting] = bank_files.collections(lut.ledger, boss)
    assert (waiting.amount, waiting.mandate) == (D("50.00"), "VT000001001")
    view_file, content = bank_files.make_collection_file(lut.ledger, boss)
    root = ElementTree.fromstring(content)
    assert root.tag.endswith("}Document") and "pain.008.001.08" in root.tag
    text = content.decode()
    assert "<SeqTp>FRST</SeqTp>" in text and "ES94ZZZF08000002" in text and "VT000001001" in text
    with pytest.raises(Conflict, match="No direct debits are waiting"):
        bank_files.make_collection_file(lut.ledger, boss)
    [filed] = bank_files.collections(lut.ledger, boss, "filed")
    returned = bank_files.return_collection(lut.ledger, boss, filed.id, "AM04 insufficient funds")
    assert returned.status == "returned"
    assert contributions.capital_summary(lut.ledger, teller, f.id).voluntary == 0
    with pytest.raises(Conflict, match="Only a direct debit sent"):
        bank_files.return_collection(lut.ledger, boss, filed.id, "again")


def test_change_and_cancel_by_petition(es):
    lut, teller, f, boss = es
    periodic.register_mandate(lut.ledger, teller, f.id, date(2026, 11, 20))
    petitions.approve(lut.ledger, boss, periodic.request_periodic(lut.ledger, teller, f.id, D("50.00"), 5, 1, "sepa").id)
    [p] = periodic.periodic_of(lut.ledger, teller, f.id)
    petitions.approve(lut.ledger, boss, periodic.request_change(lut.ledger, teller, p.id, D("80.00"), 10, 3).id)
    [p] = periodic.periodic_of(lut.ledger, teller, f.id)
    assert (p.amount, p.day, p.months, p.next_date) == (D("80.00"), 10, 3, date(2026, 12, 10))
    petitions.approve(lut.ledger, boss, periodic.request_cancel(lut.ledger, teller, p.id).id)
    assert periodic.periodic_of(lut.ledger, teller, f.id)[0].status == "cancelled"


def test_a_failed_one_is_recorded_and_not_retried(ec_ledger):
    teller = ec_ledger.staff("teller")
    boss = ec_ledger.staff("supervisor")
    f = members.register_member(ec_ledger.ledger, teller, MemberInput(
        document="1710034065", given_names="Luis", surnames="Andrade Mena"))
    savings = next(a.id for a in f.accounts if a.product == "savings")
    drawer.open_drawer(ec_ledger.ledger, teller, {"20": 5})
    cash_ops.execute(ec_ledger.ledger, teller, DEPOSIT, CashRequest(savings, D("40.00"), f.id), "d")
    contributions.execute(ec_ledger.ledger, teller, ContributionRequest(
        f.id, Kind.MANDATORY, D("25.00"), Source.SAVINGS, f.id, savings), "m")
    drawer.close_drawer(ec_ledger.ledger, teller, {"20": 7})
    with ec_ledger.ledger.engine.begin() as c:        # the first day due is the business date
        day = c.execute(select(Institution.business_date)).scalar_one()
    view = periodic.request_periodic(ec_ledger.ledger, teller, f.id, D("20.00"), min(day.day, 28), 1,
                                     "savings", savings)
    petitions.approve(ec_ledger.ledger, boss, view.id)
    [p] = periodic.periodic_of(ec_ledger.ledger, teller, f.id)
    with ec_ledger.ledger.engine.begin() as c:
        c.execute(update(Institution).values(business_date=p.next_date))
    result = close_day(ec_ledger, boss)
    assert any("0 taken, 1 failed" in s for _n, s in result.summaries)
    [p] = periodic.periodic_of(ec_ledger.ledger, teller, f.id)
    assert "not enough" in p.last_failure and p.next_date > day
    with UnitOfWork(ec_ledger.ledger, None, None, read_only=True) as uow:
        runs = uow.session.execute(select(PeriodicRun)).scalars().all()
    assert [r.status for r in runs] == ["failed"]
    assert contributions.capital_summary(ec_ledger.ledger, teller, f.id).voluntary == 0


def test_a_petition_description_renders_its_nested_parts_in_the_language_asked():
    from app.domain.messages import Msg
    from app.services.periodic import _schedule_text
    msg = Msg.of("New periodic voluntary contribution: {schedule}, {how}.",
                 schedule=_schedule_text(D("50.00"), 2, 3), how=Msg.of("from a savings account"))
    spanish = {"New periodic voluntary contribution: {schedule}, {how}.": "Nueva: {schedule}, {how}.",
               "{amount} on day {day}, {frequency}": "{amount} el día {day}, {frequency}",
               "Quarterly": "Trimestral", "from a savings account": "desde el ahorro"}
    assert msg.render(lambda s: spanish.get(s, s)) == "Nueva: 50.00 el día 2, Trimestral, desde el ahorro."
