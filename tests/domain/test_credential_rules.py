"""The pure rules of online access: registration keys, user names, member passwords, the
external account as the Spanish seed asks for it (without "ESxx")."""
from __future__ import annotations

from datetime import date

import pytest

from app.domain.credentials import (account_matches, check_username, new_key, normalize_key,
                                    password_problem)
from app.domain.errors import FieldError


def test_keys_are_unambiguous_groups_typed_in_any_case():
    key = new_key()
    assert len(key) == 14 and key.count("-") == 2 and not set(key) & set("01OIL")
    assert normalize_key(key.lower().replace("-", " ")) == key.replace("-", "")


def test_user_names():
    assert check_username(" 12345678Z ") == "12345678Z"
    for bad in ("abc", "with space", "x" * 41, "ñandú"):
        with pytest.raises(FieldError):
            check_username(bad)


@pytest.mark.parametrize("password, problem", [
    ("Abc12", "at least"), ("12345678Zabc", "document"), ("x12-345-678z", "document"),
    ("born07031985", "birth date"), ("born19850307", "birth date"), ("born070385x", "birth date"),
    ("Cotopaxi2026", None), ("abcdefgh", "letters and digits"), ("a1a1a1a1", "four different")])
def test_member_passwords(password, problem):
    found = password_problem(password, "12345678Z", date(1985, 3, 7))
    assert (found is None) if problem is None else (problem in found.render())


def test_the_external_account_with_or_without_its_iban_prefix():
    iban = "ES9121000418450200051332"
    assert account_matches("2100 0418 4502 0005 1332", iban)
    assert account_matches("es91 2100-0418-4502-0005-1332", iban)
    assert not account_matches("2100 0418 4502 0005 1333", iban)
    assert account_matches("2200123456", "2200123456") and not account_matches("", "2200123456")
