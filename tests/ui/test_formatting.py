"""The desk writes amounts and dates in the institution profile's formats."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from app.domain.money import EC, ES
from app.domain.profiles import get_profile
from app.ui.formatting import business_date, member_number, money, number_format


def test_profiles_pick_their_number_format():
    assert number_format(get_profile("es-coop")) == ES
    assert number_format(get_profile("ec-coop")) == EC
    assert money(Decimal("1250.5"), ES, "EUR") == "1.250,50"
    assert money(Decimal("-1250.5"), EC, "USD") == "-1,250.50"


def test_business_date_and_member_number():
    assert business_date(date(2026, 11, 22), get_profile("es-coop")) == "22 nov 2026"
    assert business_date(date(2026, 11, 22), get_profile("ec-coop")).startswith("22 nov")
    assert member_number(4512) == "004512"
