"""Card numbers (Luhn, brand, masking, expiry) and PIN rules."""
from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, strategies as st
from stdnum import luhn

from app.domain import cards
from app.domain.errors import FieldError

BIRTH = date(1985, 3, 7)


def test_a_number_passes_luhn_and_is_shown_only_as_six_and_four():
    assert cards.card_number("5509 7500 0000 7026") == "5509750000007026"
    with pytest.raises(FieldError) as e:
        cards.card_number("5509 7500 0000 7023")
    assert e.value.field == "card_number" and "check digit" in e.value.msg.text
    for bad in ("", "1234", "5509-7500-0000-702X", "1" * 20):
        with pytest.raises(FieldError):
            cards.card_number(bad)
    assert cards.masked("550975", "7026") == "550975XXXXXX7026"


@pytest.mark.parametrize("prefix, brand", [("4", "Visa"), ("51", "Mastercard"), ("2221", "Mastercard"),
                                           ("37", "American Express"), ("6011", "Discover"),
                                           ("9", "Card")])
def test_the_brand_comes_from_the_first_digits(prefix, brand):
    body = (prefix + "0" * 15)[:15]
    assert cards.brand_of(body + luhn.calc_check_digit(body)) == brand


def test_the_expiry_is_the_last_day_of_the_printed_month():
    assert cards.parse_expiry("02/28") == date(2028, 2, 29)
    assert cards.parse_expiry("12/2029") == date(2029, 12, 31)
    for bad in ("13/28", "2/8", "abc", ""):
        with pytest.raises(FieldError) as e:
            cards.parse_expiry(bad)
        assert e.value.field == "expires_on"


@pytest.mark.parametrize("pin", ["1111", "1234", "4321", "0123", "9876", "0703", "0307", "1985",
                                 "123", "12345", "12a4"])
def test_weak_or_malformed_pins_are_refused(pin):
    assert cards.pin_problem(pin, BIRTH) is not None


@pytest.mark.parametrize("pin", ["7856", "1357", "2024", "9012", "1122"])
def test_other_pins_are_accepted(pin):
    assert cards.pin_problem(pin, BIRTH) is None


@given(st.dates(date(1930, 1, 1), date(2010, 12, 31)))
def test_a_temporary_pin_always_passes_the_rules(birth):
    pin = cards.temporary_pin(birth)
    assert len(pin) == 4 and pin.isdigit() and cards.pin_problem(pin, birth) is None
