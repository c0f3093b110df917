"""How the desk writes numbers, amounts and dates: the institution profile's formats (babel)."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from babel.dates import format_date

from app.domain.money import NumberFormat, currency, format_amount
from app.domain.profiles import Profile, number_format  # noqa: F401  (re-exported)


def money(value: Decimal, fmt: NumberFormat, currency_code: str) -> str:
    """'1.250,50' (ES) or '1,250.50' (EC), without the currency sign (the column says it)."""
    return format_amount(value, fmt, currency(currency_code))


def business_date(value: date, profile: Profile) -> str:
    """The medium form in the profile's locale: '22 nov 2026' (es_ES)."""
    return format_date(value, format="medium", locale=profile.locale)


def member_number(number: int) -> str:
    return f"{number:06d}"
