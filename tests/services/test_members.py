"""Registering, editing and finding members; bad input names the field and writes nothing."""
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from app.domain.member_form import MemberInput
from app.models import Member, MemberHistory
from app.services import members
from app.services.context import UnitOfWork
from app.services.errors import PermissionDenied, ValidationError
from app.services.member_search import search_members


def person(**kw):
    base = dict(document="12345678Z", given_names="María José", surnames="García Núñez")
    base.update(kw)
    return MemberInput(**base)


def count_members(lut):
    with UnitOfWork(lut.ledger, None, None, read_only=True) as uow:
        return uow.session.execute(select(func.count()).select_from(Member)).scalar_one()


def test_register_normalises_and_opens_the_profile_accounts(ledger):
    teller = ledger.staff("teller")
    f = members.register_member(ledger.ledger, teller, person(
        document=" 12.345.678-z ", bank_account="2100 0418 45 0200051332", email="MJ@Example.org"))
    assert (f.number, f.status, f.kind, f.document_type, f.document) == (
        1, "applicant", "person", "dni", "12345678Z")
    assert f.data.bank_account == "ES9121000418450200051332"
    assert f.bank_account_display == "ES91 2100 0418 4502 0005 1332"
    assert f.data.email == "mj@example.org"
    assert [(a.product, a.role) for a in f.accounts] == [("capital_mandatory", "holder"),
                                                         ("capital_voluntary", "holder")]
    assert f.accounts[0].number == "0001-000001-01"


def test_ecuadorian_profile_opens_savings_and_certificates(ec_ledger):
    teller = ec_ledger.staff("teller")
    f = members.register_member(ec_ledger.ledger, teller, MemberInput(
        document="1710034065", given_names="Luis", surnames="Andrade Mena",
        bank_account="2200 1234 56", bank_name="Banco Pichincha"))
    assert f.document_type == "cedula"
    assert sorted(a.product for a in f.accounts) == ["capital", "savings"]
    assert f.bank_account_display == "2200123456 (Banco Pichincha)"


def test_organisation_with_representative(ledger):
    teller = ledger.staff("teller")
    rep = members.register_member(ledger.ledger, teller, person())
    org = members.register_member(ledger.ledger, teller, MemberInput(
        document="F08000002", given_names="Ateneu Cooperatiu del Barri"))
    assert org.kind == "organisation" and org.name == "Ateneu Cooperatiu del Barri"
    f = members.add_representative(ledger.ledger, teller, org.id, rep.id, "Administrator")
    assert [(r.name, r.role) for r in f.representatives] == [("García Núñez, María José", "Administrator")]
    assert members.get_member(ledger.ledger, teller, rep.id).represents[0].name == org.name


@pytest.mark.parametrize("data, field, fragment", [
    (dict(document="12345678A"), "document", "check letter"),
    (dict(document="1234"), "document", ""),
    (dict(document=""), "document", "Type the identity document"),
    (dict(given_names=""), "given_names", "cannot be empty"),
    (dict(surnames=""), "surnames", "at least one surname"),
    (dict(given_names="x" * 121), "given_names", "at most 120"),
    (dict(surnames="Robert'); DROP TABLE member;--"), "surnames", "letters"),
    (dict(given_names="R2D2"), "given_names", "letters"),
    (dict(email="not-an-email"), "email", "name@example.org"),
    (dict(phone="call me"), "phone", "digits"),
    (dict(birth_date=date.today() + timedelta(days=1)), "birth_date", "future"),
    (dict(document_expiry=date(2001, 1, 1)), "document_expiry", "expired"),
    (dict(bank_account="21000418460200051332"), "bank_account", "control digit"),
    (dict(address="<script>"), "address", "Remove the characters"),
    (dict(risk="extreme"), "risk", "low, medium or high"),
])
def test_bad_input_names_the_field_and_writes_nothing(ledger, data, field, fragment):
    teller = ledger.staff("teller")
    with pytest.raises(ValidationError) as exc:
        members.register_member(ledger.ledger, teller, person(**data))
    assert exc.value.field == field
    assert fragment in str(exc.value)
    assert str(exc.value).split(":")[0] in {"Document", "Given names", "Surnames", "E-mail", "Phone",
                                            "Birth date", "Document expiry", "Bank account",
                                            "Address", "Risk rating"}
    assert count_members(ledger) == 0


def test_duplicate_document_is_refused(ledger):
    teller = ledger.staff("teller")
    members.register_member(ledger.ledger, teller, person())
    with pytest.raises(ValidationError, match="already registered \\(member 000001\\)"):
        members.register_member(ledger.ledger, teller, person(given_names="Otra", document="12345678-z"))
    assert count_members(ledger) == 1


def test_edit_in_person_applies_at_once_with_history(ledger):
    teller = ledger.staff("teller")
    f = members.register_member(ledger.ledger, teller, person(phone="600111222"))
    changed = members.update_member(ledger.ledger, teller, f.id, person(
        phone="+34 600 999 888", surnames="García Peña", address="Carrer de Sants, 3"))
    assert changed.data.phone == "+34 600 999 888" and changed.name == "García Peña, María José"
    history = members.member_history(ledger.ledger, teller, f.id)
    assert {h[2] for h in history} == {"phone", "surnames", "address"}
    assert ("phone", "600111222", "+34 600 999 888") in {(h[2], h[3], h[4]) for h in history}
    assert search_members(ledger.ledger, teller, "pena") == [f.id]
    assert search_members(ledger.ledger, teller, "nunez") == []


def test_edit_never_changes_the_bank_account_directly(ledger):
    teller = ledger.staff("teller")
    f = members.register_member(ledger.ledger, teller, person(bank_account="21000418450200051332"))
    members.update_member(ledger.ledger, teller, f.id, person(bank_account="ES7620770024003102575766"))
    assert members.get_member(ledger.ledger, teller, f.id).data.bank_account == "ES9121000418450200051332"


def test_search_is_accent_case_blind_prefix_and_and(ledger):
    teller = ledger.staff("teller")
    a = members.register_member(ledger.ledger, teller, person())
    b = members.register_member(ledger.ledger, teller, MemberInput(
        document="X1234567L", given_names="Núria", surnames="Peña Garcés"))
    c = members.register_member(ledger.ledger, teller, MemberInput(
        document="87654321X", given_names="Jordi", surnames="Puig"))
    s = lambda q: search_members(ledger.ledger, teller, q)  # noqa: E731
    assert set(s("GARC")) == {a.id, b.id}
    assert s("nuria pena") == [b.id]
    assert s("Núñez") == [a.id]
    assert s("x1234567") == [b.id]
    assert s("3") == [c.id] and s("000003") == [c.id]
    assert s("   ") == [] and s("zzz") == []
    assert s("'; DROP TABLE member; --") == []
    rows = members.member_rows(ledger.ledger, teller, [c.id, a.id])
    assert [r.name for r in rows] == ["Puig, Jordi", "García Núñez, María José"]


def test_auditor_reads_but_does_not_register(ledger):
    auditor = ledger.staff("auditor")
    with pytest.raises(PermissionDenied):
        members.register_member(ledger.ledger, auditor, person())
    assert search_members(ledger.ledger, auditor, "garcia") == []


def test_history_rows_are_written_with_the_staff_member(ledger):
    teller = ledger.staff("teller")
    f = members.register_member(ledger.ledger, teller, person())
    members.update_member(ledger.ledger, teller, f.id, person(occupation="Teacher"))
    with UnitOfWork(ledger.ledger, None, None, read_only=True) as uow:
        h = uow.session.execute(select(MemberHistory)).scalar_one()
    assert (h.field, h.new_value, h.staff_id) == ("occupation", "Teacher", teller.staff_id)
