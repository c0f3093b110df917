"""Remuneration of voluntary capital: daily balances, actual/365, withholding (app.domain.remuneration)."""
from datetime import date
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from app.domain.money import currency
from app.domain.remuneration import remuneration, year_interest

D = Decimal
EUR = currency("EUR")


def test_a_whole_year_at_a_constant_balance():
    assert year_interest(D("1000.00"), [], 2025, D("0.02")) == D("20.00")
    # 2024 has 366 days of interest under actual/365
    assert round(year_interest(D("1000.00"), [], 2024, D("0.0365")), 10) == D("36.6")


def test_each_day_counts_its_own_balance():
    # 1,000 from 1 January, 500 more from 1 July (184 days to the year's end)
    interest = year_interest(D("1000.00"), [(date(2025, 7, 1), D("500.00"))], 2025, D("0.0365"))
    assert round(interest, 10) == round(D("1000") * D("0.0365") + D("500") * 184 * D("0.0365") / 365, 10)
    # changes before the year move the opening balance; changes after it do not count
    assert year_interest(D(0), [(date(2024, 3, 1), D("1000")), (date(2026, 1, 5), D("9"))],
                         2025, D("0.02")) == D("20.00")


def test_the_seed_example_of_withholding():
    r = remuneration(D("25.00"), D("0.19"), EUR)
    assert (r.gross, r.withheld, r.net) == (D("25.00"), D("4.75"), D("20.25"))
    half = remuneration(D("0.125"), D("0.19"), EUR)
    assert half.gross == D("0.13") and remuneration(D("0.125"), D("0.19"), EUR, "half_even").gross == D("0.12")


@given(st.decimals(min_value=0, max_value=10**7, places=2), st.decimals(min_value=0, max_value=1, places=4))
def test_net_plus_withheld_is_gross_and_nothing_is_negative(interest, rate):
    r = remuneration(interest, rate, EUR)
    assert r.net + r.withheld == r.gross and min(r.net, r.withheld, r.gross) >= 0
