"""Identity documents, bank accounts and cards (app.domain.identifiers)."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from stdnum.es import ccc, dni, nie

from app.domain.identifiers import (
    DocumentType as D,
    InvalidIdentifier,
    card_is_valid,
    format_document,
    format_iban,
    infer_document_type,
    is_organisation_document,
    mask_card,
    normalize_document,
    normalize_ec_account,
    normalize_spanish_account,
)
from app.domain.messages import Msg


def error_of(call, *args) -> Msg:
    with pytest.raises(InvalidIdentifier) as info:
        call(*args)
    assert isinstance(info.value, ValueError)
    assert str(info.value) == info.value.msg.render()
    return info.value.msg


# --- documents: accepted ------------------------------------------------------------------------

@pytest.mark.parametrize("kind, typed, compact", [
    (D.DNI, "12345678Z", "12345678Z"),
    (D.DNI, " 12.345.678-z ", "12345678Z"),
    (D.DNI, "12 345 678 z", "12345678Z"),
    (D.NIE, "x-2482300w", "X2482300W"),
    (D.NIE, "Y.1234567.X", "Y1234567X"),
    (D.CIF, "A13 585 625", "A13585625"),
    (D.CIF, "j-99216582", "J99216582"),
    (D.NIF, "12345678z", "12345678Z"),
    (D.NIF, "x2482300w", "X2482300W"),
    (D.NIF, "B-64717838", "B64717838"),
    (D.NIF, "M-1234567-L", "M1234567L"),
    (D.CEDULA, "171430710-3", "1714307103"),
    (D.RUC, "1792060346-001", "1792060346001"),
    (D.RUC, "1714307103001", "1714307103001"),
    (D.PASSPORT, " ab-123 456 ", "AB123456"),
])
def test_normalize_document_accepts_what_people_type(kind, typed, compact):
    assert normalize_document(kind, typed) == compact
    assert format_document(kind, compact) == compact


def test_normalize_document_accepts_plain_strings_for_the_kind():
    assert normalize_document("dni", "12345678z") == "12345678Z"


@given(st.integers(min_value=0, max_value=99_999_999))
def test_every_dni_with_its_letter_is_accepted(n):
    number = f"{n:08d}"
    letter = dni.calc_check_digit(number)
    assert normalize_document(D.DNI, f"{number}-{letter.lower()}") == number + letter


@given(st.sampled_from("XYZ"), st.integers(min_value=0, max_value=9_999_999))
def test_every_nie_with_its_letter_is_accepted(first, n):
    body = f"{first}{n:07d}"
    assert normalize_document(D.NIE, body + nie.calc_check_digit(body)) == body + nie.calc_check_digit(body)


# --- documents: refused, with the part that is wrong --------------------------------------------

@pytest.mark.parametrize("kind, typed, text, params", [
    (D.DNI, "12345678A", "The check letter of the DNI is wrong: expected {expected}.", {"expected": "Z"}),
    (D.DNI, "1234567Z", "A DNI has 8 digits and a letter.", {}),
    (D.DNI, "123456789", "A DNI has 8 digits and a letter.", {}),
    (D.DNI, "X2482300W", "A DNI has 8 digits and a letter.", {}),
    (D.DNI, "  - ", "Type the document number.", {}),
    (D.NIE, "X2482300A", "The check letter of the NIE is wrong: expected {expected}.", {"expected": "W"}),
    (D.NIE, "A2482300W", "A NIE has the letter X, Y or Z, 7 digits and a letter.", {}),
    (D.NIE, "X248230W", "A NIE has the letter X, Y or Z, 7 digits and a letter.", {}),
    (D.CIF, "A13585626", "The check digit or letter of the CIF is wrong.", {}),
    (D.CIF, "I1358562A", "The first letter of the CIF ({letter}) is not a kind of organisation.",
     {"letter": "I"}),
    (D.CIF, "A1358562", "A CIF has a letter, 7 digits and a check digit or letter.", {}),
    (D.NIF, "12345678A", "The check letter of the NIF is wrong: expected {expected}.", {"expected": "Z"}),
    (D.NIF, "X2482300A", "The check letter of the NIF is wrong: expected {expected}.", {"expected": "W"}),
    (D.NIF, "M1234567A", "The check letter of the NIF is wrong: expected {expected}.", {"expected": "L"}),
    (D.NIF, "B64717839", "The check digit or letter of the CIF is wrong.", {}),
    (D.NIF, "1234567Z", "A NIF has 9 characters.", {}),
    (D.CEDULA, "1714307104", "The check digit of the cédula is wrong: expected {expected}.",
     {"expected": "3"}),
    (D.CEDULA, "171430710", "A cédula has 10 digits.", {}),
    (D.CEDULA, "17143071OA", "A cédula has 10 digits.", {}),
    (D.CEDULA, "9914307103", "The first two digits of the cédula are not a valid province.", {}),
    (D.CEDULA, "1774307103", "The third digit of the cédula is wrong.", {}),
    (D.RUC, "1763154690001", "The check digit of the RUC is wrong.", {}),
    (D.RUC, "179206034601", "A RUC has 13 digits.", {}),
    (D.RUC, "2592060346001", "The first two digits of the RUC are not a valid province.", {}),
    (D.RUC, "1782060346001", "The third digit of the RUC is wrong.", {}),
    (D.RUC, "1792060346000", "The establishment number of the RUC (its last digits) cannot be zero.", {}),
    (D.PASSPORT, "AB12", "A passport number has 5 to 20 letters and digits.", {}),
    (D.PASSPORT, "AB12345678901234567890", "A passport number has 5 to 20 letters and digits.", {}),
    (D.PASSPORT, "AB1234#", "A passport number has 5 to 20 letters and digits.", {}),
])
def test_normalize_document_says_which_part_is_wrong(kind, typed, text, params):
    assert error_of(normalize_document, kind, typed) == Msg.of(text, **params)


def test_errors_never_carry_python_stdnum_text():
    for kind, typed in [(D.CEDULA, "1714307104"), (D.RUC, "1763154690001"), (D.CIF, "A13585626")]:
        msg = error_of(normalize_document, kind, typed)
        assert "checksum" not in msg.render().lower()
        assert "is not valid" not in msg.render()


# --- inferring the kind -------------------------------------------------------------------------

SPAIN = [D.DNI, D.NIE, D.NIF, D.CIF]
ECUADOR = [D.CEDULA, D.RUC, D.PASSPORT]


@pytest.mark.parametrize("typed, allowed, kind", [
    ("12345678z", SPAIN, D.DNI),
    ("x-2482300-w", SPAIN, D.NIE),
    ("A13585625", SPAIN, D.CIF),
    ("M1234567L", SPAIN, D.NIF),
    ("12345678Z", [D.NIF], D.NIF),
    ("B64717838", [D.DNI, D.NIF], D.NIF),
    ("171430710-3", ECUADOR, D.CEDULA),
    ("1792060346001", ECUADOR, D.RUC),
    ("AB123456", ECUADOR, D.PASSPORT),
    ("AB123456", SPAIN, None),
    ("1714307103", SPAIN, None),
    ("12345678Z", ECUADOR, D.PASSPORT),
    ("", ECUADOR, None),
])
def test_infer_document_type_from_the_form(typed, allowed, kind):
    assert infer_document_type(typed, allowed) == kind


@pytest.mark.parametrize("kind, compact, organisation", [
    (D.CIF, "A13585625", True),
    (D.NIF, "B64717838", True),
    (D.NIF, "12345678Z", False),
    (D.NIF, "X2482300W", False),
    (D.NIF, "M1234567L", False),
    (D.DNI, "12345678Z", False),
    (D.RUC, "1792060346001", True),   # third digit 9: a company
    (D.RUC, "1760001550001", True),   # third digit 6: a public body
    (D.RUC, "1714307103001", False),  # a person's cédula plus establishment
    (D.CEDULA, "1714307103", False),
    (D.PASSPORT, "AB123456", False),
])
def test_is_organisation_document(kind, compact, organisation):
    assert is_organisation_document(kind, compact) is organisation


# --- Spanish bank accounts ----------------------------------------------------------------------

@pytest.mark.parametrize("typed", [
    "21000418450200051332",
    "2100 0418 45 0200051332",
    " 2100-0418-45-02000-51332 ",
    "ES9121000418450200051332",
    "es91 2100 0418 4502 0005 1332",
])
def test_spanish_account_becomes_a_compact_iban(typed):
    assert normalize_spanish_account(typed) == "ES9121000418450200051332"


@given(st.from_regex(r"[0-9]{8}", fullmatch=True), st.from_regex(r"[0-9]{10}", fullmatch=True))
def test_every_ccc_with_its_control_digits_is_accepted(bank_office, account):
    number = bank_office + "00" + account
    number = bank_office + ccc.calc_check_digits(number) + account
    result = normalize_spanish_account(" ".join([number[:4], number[4:8], number[8:10], number[10:]]))
    assert result == ccc.to_iban(number)
    assert normalize_spanish_account(result) == result


@pytest.mark.parametrize("typed, text", [
    ("2100 0418 35 0200051332", "The bank-office control digit of the account is wrong."),
    ("2100 0418 46 0200051332", "The account control digit is wrong."),
    ("2100 0418 00 0200051332", "Both control digits of the account are wrong."),
    ("ES91 2100 0418 3502 0005 1332", "The bank-office control digit of the account is wrong."),
    ("ES92 2100 0418 4502 0005 1332", "The check digits of the IBAN (after ES) are wrong."),
    ("2100 0418 45 020005133", "An account number has 20 digits, or is an IBAN starting with ES."),
    ("2100 0418 45 020005133X", "An account number has 20 digits, or is an IBAN starting with ES."),
    ("ES91 2100 0418 4502 0005 133", "A Spanish IBAN has ES, 2 check digits and the 20 digits of the account."),
    ("DE89 3704 0044 0532 0130 00", "Only Spanish accounts are accepted: an IBAN starting with ES."),
    (" ", "Type the account number."),
])
def test_spanish_account_says_which_part_is_wrong(typed, text):
    assert error_of(normalize_spanish_account, typed) == Msg.of(text)


def test_format_iban_groups_of_four():
    assert format_iban("ES9121000418450200051332") == "ES91 2100 0418 4502 0005 1332"


# --- Ecuadorian accounts and cards --------------------------------------------------------------

def test_ec_account_keeps_digits_and_leading_zeros():
    assert normalize_ec_account(" 0012-345 678 ") == "0012345678"
    assert normalize_ec_account("123456") == "123456"
    assert error_of(normalize_ec_account, "12345") == Msg.of("An account number has 6 to 20 digits.")
    assert error_of(normalize_ec_account, "12345A78") == Msg.of("An account number has 6 to 20 digits.")
    assert error_of(normalize_ec_account, "1" * 21) == Msg.of("An account number has 6 to 20 digits.")
    assert error_of(normalize_ec_account, "") == Msg.of("Type the account number.")


def test_card_luhn():
    assert card_is_valid("4111 1111 1111 1111")
    assert card_is_valid("5509-7500-0000-7026")
    assert not card_is_valid("4111 1111 1111 1112")
    assert not card_is_valid("4111 1111 111X 1111")
    assert not card_is_valid("0")


@pytest.mark.parametrize("number, masked", [
    ("5509 7500 0000 7023", "550975******7023"),
    ("4111111111111111111", "411111*********1111"),
    ("4111111111111", "411******1111"),
    ("1234", "****"),
])
def test_mask_card_shows_at_most_first_six_and_last_four(number, masked):
    assert mask_card(number) == masked


def test_only_ascii_digits_count():
    assert error_of(normalize_document, D.DNI, "１２３４５６７８Z") == Msg.of("A DNI has 8 digits and a letter.")
    assert infer_document_type("１２３４５６７８９０", ECUADOR) is None
