"""The institution's and branches' details (app.domain.institution_details)."""
import pytest

from app.domain.errors import FieldError
from app.domain.institution_details import (BranchDetails, InstitutionDetails, clean_branch,
                                            clean_institution, logo_kind, next_branch_code)

ES = InstitutionDetails(name="  Coop  Exemple SCCL ", tax_id="f-08000002", address="C/ Major 1",
                        postal_code="08001", city="Barcelona", phone="+34 93 000 00 00",
                        email="info@exemple.coop", sepa_creditor_id="es94 zzz f08000002",
                        iban="2100 0418 45 0200051332", bic="caixesbbxxx")


def field_of(call, *args) -> str:
    with pytest.raises(FieldError) as info:
        call(*args)
    return info.value.field


def test_spanish_details_are_stored_compact():
    clean = clean_institution("es-coop", ES)
    assert clean.name == "Coop Exemple SCCL" and clean.tax_id == "F08000002"
    assert clean.sepa_creditor_id == "ES94ZZZF08000002"
    assert clean.iban == "ES9121000418450200051332" and clean.bic == "CAIXESBBXXX"
    assert clean.pain008_version == "pain.008.001.08" and clean.pain001_version == "pain.001.001.09"


def test_ecuadorian_details_check_the_ruc_and_drop_sepa():
    clean = clean_institution("ec-coop", InstitutionDetails(
        name="Cooperativa Andina", tax_id="1790000001001", sepa_creditor_id="ES94ZZZF08000002"))
    assert clean.tax_id == "1790000001001" and clean.sepa_creditor_id == ""
    assert field_of(clean_institution, "ec-coop", InstitutionDetails("X", "17900000010")) == "tax_id"


@pytest.mark.parametrize("change, field", [
    ({"name": "  "}, "name"),
    ({"tax_id": "F08000003"}, "tax_id"),
    ({"email": "info at coop"}, "email"),
    ({"phone": "call me"}, "phone"),
    ({"postal_code": "08_01"}, "postal_code"),
    ({"sepa_creditor_id": "ES00ZZZF08000002"}, "sepa_creditor_id"),
    ({"iban": "ES9121000418450200051333"}, "iban"),
    ({"bic": "CAIX"}, "bic"),
    ({"pain008_version": "pain.008.003.02"}, "pain008_version"),
    ({"pain001_version": "pain.001.001.99"}, "pain001_version"),
])
def test_a_bad_field_is_named(change, field):
    from dataclasses import replace
    assert field_of(clean_institution, "es-coop", replace(ES, **change)) == field


def test_branch_details_and_codes():
    assert clean_branch(BranchDetails(" Gràcia ", city="Barcelona")).name == "Gràcia"
    assert field_of(clean_branch, BranchDetails("")) == "name"
    assert next_branch_code(["0001"]) == "0002"
    assert next_branch_code(["0001", "0009", "0004"]) == "0010"
    assert next_branch_code([]) == "0001"


def test_logo_kinds():
    assert logo_kind(b"\x89PNG\r\n\x1a\n" + b"0" * 10) == "png"
    assert logo_kind(b"\xff\xd8\xff\xe0" + b"0" * 10) == "jpeg"
    assert field_of(logo_kind, b"GIF89a") == "logo"
    assert field_of(logo_kind, b"\x89PNG\r\n\x1a\n" + b"0" * (600 * 1024)) == "logo"


def test_temporary_passwords_pass_the_policy_and_differ():
    from app.domain.passwords import password_problem, temporary_password
    made = {temporary_password() for _ in range(50)}
    assert len(made) == 50
    assert all(password_problem(p, "ana") is None and len(p) == 14 for p in made)
    assert not any(c in p for p in made for c in "01lIO")


@pytest.mark.parametrize("typed, fraction", [("15", "0.15"), ("2,5", "0.025"), ("0.25 %", "0.0025"),
                                             (" 19 ", "0.19"), ("0", "0")])
def test_percentages_typed_for_rates(typed, fraction):
    from decimal import Decimal
    from app.domain.settings import parse_percent, percent_text
    assert parse_percent("vat_rate", typed) == Decimal(fraction)
    assert parse_percent("vat_rate", percent_text(Decimal(fraction), ",")) == Decimal(fraction)


@pytest.mark.parametrize("typed", ["abc", "15 %%", "1.2.3", "-4", "1000"])
def test_bad_percentages_name_the_setting(typed):
    from app.domain.settings import parse_percent
    assert field_of(parse_percent, "vat_rate", typed) == "vat_rate"
