"""Paying a loan, the pure rules: late interest over a whole overdue run rounded once, and the
running period's cost only up to the day of a payoff or a prepayment."""
from __future__ import annotations

from datetime import date
from decimal import Decimal as D

from app.domain.day_count import DayCount
from app.domain.loan_payments import Period, earned_to, late_interest_exact, late_to_book
from app.domain.money import currency

USD = currency("USD")


def test_daily_late_interest_adds_up_unrounded_and_books_only_the_rounded_run():
    exact, booked = D(0), 0
    for _day in range(30):                       # 1,000 minor units at 16.5 % / 360, day by day
        exact += late_interest_exact(D(1000), D("0.165"), 1, 360)
        booked += late_to_book(exact, booked)
    assert booked == 14                          # 13.75 rounded once; each day alone rounds to 0
    assert late_to_book(D("13.5"), 13, "half_even") == 1 and late_to_book(D("12.5"), 13, "half_even") == 0


def test_nothing_is_earned_without_days_principal_or_rate():
    assert late_interest_exact(D(1000), D("0.165"), 0, 360) == 0
    assert late_interest_exact(D(0), D("0.165"), 5, 360) == 0
    assert late_interest_exact(D(1000), D(0), 5, 360) == 0


PERIOD = Period(start=date(2026, 12, 1), due_date=date(2027, 1, 4), days=30, balance=D("6000.00"),
                interest=D("75.00"), insurance=D("3.00"))


def test_the_running_period_earns_its_cost_by_the_day():
    # 15 of 30 days under 30E/360: half the interest on the balance, half the insurance.
    assert earned_to(PERIOD, date(2026, 12, 16), D("0.15"), DayCount.THIRTY_360, USD) == (D("37.50"), D("1.50"))
    assert earned_to(PERIOD, date(2026, 12, 1), D("0.15"), DayCount.THIRTY_360, USD) == (0, 0)
    # Once the period has run (the nominal 1 January; due on the 4th after the holidays) or is due,
    # the whole of it.
    assert earned_to(PERIOD, date(2027, 1, 2), D("0.15"), DayCount.THIRTY_360, USD) == (D("75.00"), D("3.00"))
    assert earned_to(PERIOD, date(2027, 1, 4), D("0.15"), DayCount.THIRTY_360, USD) == (D("75.00"), D("3.00"))


def test_actual_day_counts_use_the_calendar_days_elapsed():
    p = Period(date(2027, 1, 10), date(2027, 2, 10), 31, D("1000.00"), D("12.92"), D("0"))
    assert earned_to(p, date(2027, 1, 20), D("0.15"), DayCount.ACTUAL_360, USD) == (D("4.17"), D("0"))
    assert earned_to(p, date(2027, 1, 20), D("0.15"), DayCount.ACTUAL_365, USD) == (D("4.11"), D("0"))
