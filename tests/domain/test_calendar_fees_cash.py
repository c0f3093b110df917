"""Business days, fees with VAT, drawer counts, limits and AML thresholds."""
from datetime import date
from decimal import Decimal

import pytest

from app.domain.calendar import BusinessCalendar, package_holidays
from app.domain.cash import (CashLimits, LimitVerdict, count_total, needs_funds_declaration,
                             spanish_cash_refusal)
from app.domain.fees import FeeRule, charges
from app.domain.money import currency

USD, EUR = currency("USD"), currency("EUR")


def test_catalan_calendar_skips_weekends_and_regional_holidays():
    cal = BusinessCalendar("ES", "CT")
    assert cal.next_business_day(date(2026, 12, 24)) == date(2026, 12, 28)   # 25, 26, weekend
    assert cal.next_business_day(date(2026, 9, 10)) == date(2026, 9, 14)     # Diada on Friday
    assert BusinessCalendar("ES", "MD").next_business_day(date(2026, 9, 10)) == date(2026, 9, 11)


def test_ecuador_takes_the_observed_day_not_both():
    days = package_holidays("EC", None, 2025)
    assert date(2025, 5, 2) in days and date(2025, 5, 1) not in days
    assert BusinessCalendar("EC", None).next_business_day(date(2025, 5, 1)) == date(2025, 5, 5)


def test_administrator_additions_and_removals():
    cal = BusinessCalendar("ES", "CT", extra=frozenset({date(2026, 11, 23)}),
                           removed=frozenset({date(2026, 12, 8)}))
    assert not cal.is_business_day(date(2026, 11, 23))
    assert cal.is_business_day(date(2026, 12, 8))
    assert cal.roll_forward(date(2026, 11, 22)) == date(2026, 11, 24)


def test_fee_with_iva_rounded_per_commission():
    rule = FeeRule("transfer", fixed=Decimal("0.36"))
    c = charges(rule, Decimal("6.00"), Decimal("0.15"), USD)
    assert (c.fee, c.vat, c.total) == (Decimal("0.36"), Decimal("0.05"), Decimal("0.41"))


@pytest.mark.parametrize("amount, fee", [("10.00", "1.00"), ("1000.00", "5.00"), ("100000.00", "25.00")])
def test_percentage_fee_with_minimum_and_maximum(amount, fee):
    rule = FeeRule("withdrawal", percent=Decimal("0.5"), minimum=Decimal("1.00"), maximum=Decimal("25.00"))
    assert charges(rule, Decimal(amount), Decimal(0), EUR).fee == Decimal(fee)


def test_no_rule_no_charges_and_half_even_option():
    assert charges(None, Decimal("100"), Decimal("0.15"), USD).total == 0
    rule = FeeRule("x", percent=Decimal("0.5"), vat=False)
    assert charges(rule, Decimal("5.00"), Decimal("0.15"), USD, "half_even").fee == Decimal("0.02")
    assert charges(rule, Decimal("5.00"), Decimal("0.15"), USD, "half_up").fee == Decimal("0.03")
    assert charges(rule, Decimal("5.00"), Decimal("0.15"), USD).vat == 0


def test_count_by_denomination():
    assert count_total("EUR", {"50": 3, "20": 1, "0.50": 3}) == Decimal("171.50")
    with pytest.raises(ValueError):
        count_total("EUR", {"25": 1})
    with pytest.raises(ValueError):
        count_total("USD", {"20": -1})


def test_limits_verdicts():
    limits = CashLimits(Decimal("3000"), Decimal("6000"), Decimal("20000"))
    assert limits.verdict(Decimal("3000")) == LimitVerdict.OK
    assert limits.verdict(Decimal("3000.01")) == LimitVerdict.WARN
    assert limits.verdict(Decimal("6000.01")) == LimitVerdict.OVERRIDE


def test_spanish_cash_limit_and_ecuadorian_threshold():
    assert spanish_cash_refusal(Decimal("999.99"), Decimal("1000"), True) is None
    msg = spanish_cash_refusal(Decimal("1000.00"), Decimal("1000"), True)
    assert msg is not None and "1.000 EUR" in msg.render() and "transfer" in msg.render()
    assert spanish_cash_refusal(Decimal("5000"), Decimal("1000"), False) is None
    assert needs_funds_declaration(Decimal("10000"), Decimal(0), Decimal("10000"))
    assert needs_funds_declaration(Decimal("2000"), Decimal("8000"), Decimal("10000"))
    assert not needs_funds_declaration(Decimal("2000"), Decimal("7999.99"), Decimal("10000"))
