"""Money: minor units, rounding, parsing, formatting, words (app.domain.money)."""
from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.messages import Msg
from app.domain.money import (
    EC,
    ES,
    Currency,
    InvalidAmount,
    NumberFormat,
    amount_in_words,
    currency,
    format_amount,
    from_minor,
    parse_amount,
    round_money,
    to_minor,
)

EUR = currency("EUR")
USD = currency("USD")
JPY = currency("JPY")
KWD = currency("KWD")
LIMIT = Decimal(10) ** 15


def error_of(call, *args, **kwargs) -> Msg:
    with pytest.raises(InvalidAmount) as info:
        call(*args, **kwargs)
    assert isinstance(info.value, ValueError)
    return info.value.msg


def test_currency_precision_from_babel():
    assert EUR == Currency("EUR", 2)
    assert USD.exponent == 2 and JPY.exponent == 0 and KWD.exponent == 3
    with pytest.raises(ValueError):
        currency("XYZ")


# --- minor units --------------------------------------------------------------------------------

def test_to_and_from_minor():
    assert to_minor(Decimal("1250.50"), EUR) == 125050
    assert to_minor(Decimal("1250.5"), EUR) == 125050
    assert to_minor(Decimal("1.250"), EUR) == 125
    assert to_minor(Decimal("-0.01"), EUR) == -1
    assert to_minor(Decimal("1250"), JPY) == 1250
    assert from_minor(125050, EUR) == Decimal("1250.50")
    assert str(from_minor(125000, EUR)) == "1250.00"
    assert str(from_minor(-1, EUR)) == "-0.01"
    assert str(from_minor(1250, JPY)) == "1250"
    assert str(from_minor(1, KWD)) == "0.001"


def test_to_minor_refuses_more_decimals_than_the_currency():
    assert error_of(to_minor, Decimal("1.005"), EUR) == Msg.of("This currency has {n} decimals.", n=2)
    assert error_of(to_minor, Decimal("1.5"), JPY) == Msg.of("This currency has no decimals.")


@given(st.integers(min_value=-(10**17), max_value=10**17), st.sampled_from([EUR, JPY, KWD]))
def test_minor_round_trip(minor, cur):
    amount = from_minor(minor, cur)
    assert amount.as_tuple().exponent == -cur.exponent
    assert to_minor(amount, cur) == minor


# --- rounding -----------------------------------------------------------------------------------

@pytest.mark.parametrize("value, half_up, half_even", [
    ("0.125", "0.13", "0.12"),
    ("0.135", "0.14", "0.14"),
    ("2.675", "2.68", "2.68"),
    ("2.665", "2.67", "2.66"),
    ("-0.125", "-0.13", "-0.12"),
    ("1.2349", "1.23", "1.23"),
    ("7", "7.00", "7.00"),
])
def test_round_money_half_up_and_half_even(value, half_up, half_even):
    assert str(round_money(Decimal(value), EUR)) == half_up
    assert str(round_money(Decimal(value), EUR, "half_up")) == half_up
    assert str(round_money(Decimal(value), EUR, "half_even")) == half_even


def test_round_money_to_the_currency_unit_and_unknown_mode():
    assert str(round_money(Decimal("2.5"), JPY)) == "3"
    assert str(round_money(Decimal("2.5"), JPY, "half_even")) == "2"
    with pytest.raises(ValueError):
        round_money(Decimal("1"), EUR, "down")


# --- parsing ------------------------------------------------------------------------------------

@pytest.mark.parametrize("fmt, typed, value", [
    (ES, "1250", "1250.00"),
    (ES, "1250,5", "1250.50"),
    (ES, "1.250,50", "1250.50"),
    (ES, "  1.250,50\t", "1250.50"),
    (ES, "1.250", "1250.00"),          # a group, not decimals
    (ES, "1.250.000", "1250000.00"),
    (ES, "0,05", "0.05"),
    (ES, "999.999.999.999.999,99", "999999999999999.99"),
    (EC, "1,250.50", "1250.50"),
    (EC, "13,750.00", "13750.00"),
    (EC, "1,250", "1250.00"),
    (EC, "1250.5", "1250.50"),
])
def test_parse_amount_accepts_the_profile_form(fmt, typed, value):
    parsed = parse_amount(typed, fmt, EUR if fmt is ES else USD)
    assert parsed == Decimal(value)
    assert str(parsed) == value


FORM_ES = Msg.of("Type the amount as {example}.", example="1.250,50")
FORM_EC = Msg.of("Type the amount as {example}.", example="1,250.50")
DIGITS_ES = Msg.of("Type the amount with digits only, as {example}.", example="1.250,50")
TWO_DECIMALS = Msg.of("This currency has {n} decimals.", n=2)
POSITIVE = Msg.of("The amount must be greater than zero.")


@pytest.mark.parametrize("fmt, typed, msg", [
    (ES, "1,250.50", FORM_ES),         # the other convention
    (ES, "1.25", FORM_ES),             # a group must have 3 digits
    (ES, "1.2500", FORM_ES),
    (ES, "12.50,00", FORM_ES),
    (ES, "1 250,50", FORM_ES),         # only the profile's group symbol
    (ES, "0.250", FORM_ES),            # a group cannot follow a leading zero
    (ES, "1.250,", FORM_ES),
    (ES, ",50", FORM_ES),
    (ES, "1.250,50,1", FORM_ES),
    (EC, "1.250,50", FORM_EC),
    (EC, "1,25", FORM_EC),
    (ES, "12a", DIGITS_ES),
    (ES, "€ 12", DIGITS_ES),
    (ES, "+12", DIGITS_ES),
    (ES, "-", DIGITS_ES),
    (ES, "", Msg.of("Type an amount.")),
    (ES, "   ", Msg.of("Type an amount.")),
    (ES, "1,255", TWO_DECIMALS),
    (ES, "1,250", TWO_DECIMALS),        # three decimals, even if the last is zero
    (EC, "1.005", TWO_DECIMALS),
    (ES, "1.000.000.000.000.000", Msg.of("The amount is too large.")),
    (ES, "1000000000000000", Msg.of("The amount is too large.")),
    (ES, "0", POSITIVE),
    (ES, "0,00", POSITIVE),
    (ES, "-5", POSITIVE),
])
def test_parse_amount_refuses_with_the_reason(fmt, typed, msg):
    assert error_of(parse_amount, typed, fmt, EUR if fmt is ES else USD) == msg


def test_parse_amount_zero_and_negative_when_allowed():
    assert parse_amount("0", ES, EUR, allow_zero=True) == Decimal("0.00")
    assert str(parse_amount("-0,00", ES, EUR, allow_zero=True)) == "0.00"
    assert parse_amount("-1.250,50", ES, EUR, allow_negative=True) == Decimal("-1250.50")
    assert error_of(parse_amount, "-5", ES, EUR, allow_zero=True) == \
        Msg.of("The amount cannot be negative.")
    assert error_of(parse_amount, "0", ES, EUR, allow_negative=True) == \
        Msg.of("The amount cannot be zero.")


def test_parse_amount_examples_follow_the_currency_decimals():
    assert error_of(parse_amount, "1,250.5", ES, JPY) == \
        Msg.of("Type the amount as {example}.", example="1.250")
    assert error_of(parse_amount, "1250,5", ES, JPY) == Msg.of("This currency has no decimals.")
    assert parse_amount("1.250", ES, JPY) == Decimal("1250")
    assert str(parse_amount("1,5", ES, KWD)) == "1.500"


# --- formatting ---------------------------------------------------------------------------------

@pytest.mark.parametrize("value, es, ec", [
    ("1250.5", "1.250,50", "1,250.50"),
    ("0", "0,00", "0.00"),
    ("0.05", "0,05", "0.05"),
    ("999", "999,00", "999.00"),
    ("1000", "1.000,00", "1,000.00"),
    ("-1234567.891", "-1.234.567,89", "-1,234,567.89"),
    ("-0.001", "0,00", "0.00"),
    ("1E+3", "1.000,00", "1,000.00"),
])
def test_format_amount(value, es, ec):
    assert format_amount(Decimal(value), ES, EUR) == es
    assert format_amount(Decimal(value), EC, USD) == ec


def test_format_amount_with_symbol():
    assert format_amount(Decimal("1250.5"), ES, EUR, with_symbol=True) == "1.250,50 €"
    assert format_amount(Decimal("-1250.5"), ES, EUR, with_symbol=True) == "-1.250,50 €"
    assert format_amount(Decimal("13750"), EC, USD, with_symbol=True) == "$13,750.00"
    assert format_amount(Decimal("13750"), EC, USD, with_symbol=True, symbol_first=False) == "13,750.00 $"
    assert format_amount(Decimal("1250"), ES, JPY) == "1.250"


amounts = st.decimals(min_value=-LIMIT + Decimal("0.01"), max_value=LIMIT - Decimal("0.01"),
                      places=2, allow_nan=False, allow_infinity=False)


@given(amounts, st.sampled_from([ES, EC, NumberFormat(",", " ")]))
def test_format_then_parse_round_trips(value, fmt):
    text = format_amount(value, fmt, EUR)
    assert parse_amount(text, fmt, EUR, allow_zero=True, allow_negative=True) == value


@given(st.integers(min_value=-(10**15) + 1, max_value=10**15 - 1), st.sampled_from([JPY, KWD]),
       st.sampled_from([ES, EC]))
def test_format_then_parse_round_trips_other_exponents(minor, cur, fmt):
    value = from_minor(minor, cur)
    text = format_amount(value, fmt, cur)
    assert parse_amount(text, fmt, cur, allow_zero=True, allow_negative=True) == value


# --- in words -----------------------------------------------------------------------------------

@pytest.mark.parametrize("value, lang, cur, words", [
    ("1250.50", "es", EUR, "mil doscientos cincuenta euros con cincuenta céntimos"),
    ("1000000", "es", EUR, "un millón de euros"),
    ("2000000", "es", EUR, "dos millones de euros"),
    ("2000000000", "es", EUR, "dos mil millones de euros"),
    ("1000000000000", "es", EUR, "un billón de euros"),
    ("2500000", "es", EUR, "dos millones quinientos mil euros"),
    ("1", "es", EUR, "un euro"),
    ("0", "es", EUR, "cero euros"),
    ("21", "es", EUR, "veintiún euros"),
    ("21000", "es", EUR, "veintiún mil euros"),
    ("101", "es", EUR, "ciento un euros"),
    ("31.01", "es", EUR, "treinta y un euros con un céntimo"),
    ("0.21", "es", EUR, "cero euros con veintiún céntimos"),
    ("13750", "es", USD, "trece mil setecientos cincuenta dólares"),
    ("1.50", "es", USD, "un dólar con cincuenta centavos"),
    ("1250.50", "ca", EUR, "mil dos-cents cinquanta euros amb cinquanta cèntims"),
    ("1", "ca", EUR, "un euro"),
    ("1000000", "ca", EUR, "un milió d'euros"),
    ("3000000", "ca", USD, "tres milions de dòlars"),
    ("1250.50", "en", EUR, "one thousand two hundred fifty euros and fifty cents"),
    ("101.01", "en", USD, "one hundred one dollars and one cent"),
    ("1000000", "en", EUR, "one million euros"),
    ("-5", "es", EUR, "menos cinco euros"),
    ("1250", "es_ES", EUR, "mil doscientos cincuenta euros"),
    ("1.005", "es", EUR, "un euro con un céntimo"),   # rounded half up first
])
def test_amount_in_words(value, lang, cur, words):
    assert amount_in_words(Decimal(value), lang, cur) == words


def test_amount_in_words_unknown_language():
    with pytest.raises(ValueError):
        amount_in_words(Decimal("1"), "gl", EUR)
