"""The amortization engine: French and German schedules, day counts, rounding, multiples, grace,
insurance, business days, and the disclosure."""
from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal as D

import pytest

from app.domain.calendar import BusinessCalendar
from app.domain.day_count import DayCount, add_months, days_30e_360, year_fraction
from app.domain.errors import FieldError
from app.domain.loan_cost import disclosure
from app.domain.money import currency
from app.domain.schedule import (LoanTerms, Method, build_schedule, remainder_terms,
                                 weekends_only)

USD = currency("USD")


def terms(**kw) -> LoanTerms:
    base = dict(principal=D("13750.00"), annual_rate=D("0.156"), months=48, disbursed=date(2026, 1, 15))
    base.update(kw)
    return LoanTerms(**base)


def test_french_equal_installments_and_the_last_takes_the_rest():
    s = build_schedule(terms())
    first, last = s.installments[0], s.installments[-1]
    assert s.level_amount == D("386.87")                  # 13750 x 0.013 / (1 - 1.013^-48)
    assert (first.interest, first.principal, first.days) == (D("178.75"), D("208.12"), 30)
    assert all(i.principal + i.interest == D("386.87") for i in s.installments[:-1])
    assert last.balance == 0 and len(s.installments) == 48
    assert s.total("principal") == D("13750.00")
    assert last.principal == s.installments[-2].balance


def test_german_equal_principal_and_the_last_takes_the_remainder():
    s = build_schedule(terms(method=Method.GERMAN))
    assert {i.principal for i in s.installments[:-1]} == {D("286.46")}
    assert s.installments[-1].principal == D("13750.00") - 47 * D("286.46") == D("286.38")
    assert s.installments[0].interest == D("178.75")
    assert s.installments[1].interest == ((D("13750.00") - D("286.46")) * D("0.013")).quantize(D("0.01"), ROUND_HALF_UP)


def test_a_zero_rate_repays_the_amount_in_equal_parts():
    s = build_schedule(terms(principal=D("1000.00"), annual_rate=D(0), months=12))
    assert [i.payment for i in s.installments] == [D("83.33")] * 11 + [D("83.37")]
    assert s.total("interest") == 0 and disclosure(s).effective_annual_rate == 0


def test_installment_rounded_to_a_multiple_of_one():
    s = build_schedule(terms(multiple=D("1")))
    assert s.level_amount == D("387.00")
    assert all(i.principal + i.interest == D("387.00") for i in s.installments[:-1])
    assert s.installments[-1].principal + s.installments[-1].interest < D("387.00")
    assert s.total("principal") == D("13750.00")


def test_rounding_up_to_the_multiple_ends_the_schedule_early():
    s = build_schedule(terms(principal=D("100.00"), annual_rate=D(0), months=12, multiple=D("50")))
    assert [i.payment for i in s.installments] == [D("50.00"), D("50.00")]
    assert s.installments[-1].balance == 0


def test_half_even_and_half_up_round_a_half_cent_differently():
    up = build_schedule(terms(principal=D("100.50"), annual_rate=D("0.12"), months=3))
    even = build_schedule(terms(principal=D("100.50"), annual_rate=D("0.12"), months=3, rounding="half_even"))
    assert up.installments[0].interest == D("1.01")      # 100.50 x 0.01 = 1.005
    assert even.installments[0].interest == D("1.00")


def test_due_dates_keep_the_day_and_clamp_to_short_months():
    s = build_schedule(terms(disbursed=date(2026, 1, 31), months=4))
    assert [i.due_date for i in s.installments] == [date(2026, 2, 28), date(2026, 3, 31),
                                                   date(2026, 4, 30), date(2026, 5, 31)]
    assert {i.days for i in s.installments} == {30}
    s = build_schedule(terms(disbursed=date(2026, 1, 10), first_due=date(2026, 2, 15), months=3))
    assert [i.due_date.day for i in s.installments] == [15, 15, 15]
    assert add_months(date(2028, 1, 31), 1) == date(2028, 2, 29)


def test_an_irregular_first_period_counts_30e_360_days():
    s = build_schedule(terms(disbursed=date(2026, 1, 10), first_due=date(2026, 2, 25)))
    first = s.installments[0]
    assert first.days == 45 == days_30e_360(date(2026, 1, 10), date(2026, 2, 25))
    assert first.interest == D("268.13")               # 268.125, rounded half up
    assert s.installments[1].days == 30
    assert days_30e_360(date(2026, 1, 31), date(2026, 3, 31)) == 60


@pytest.mark.parametrize("convention, basis", [(DayCount.ACTUAL_360, 360), (DayCount.ACTUAL_365, 365)])
def test_actual_day_counts_use_the_days_between_the_dates(convention, basis):
    s = build_schedule(terms(day_count=convention, disbursed=date(2026, 1, 15), months=3))
    assert [i.days for i in s.installments] == [31, 28, 31]
    assert s.installments[1].interest == (s.installments[0].balance * D("0.156") * 28 / basis).quantize(D("0.01"), ROUND_HALF_UP)
    assert len({i.principal + i.interest for i in s.installments[:-1]}) == 1


def test_actual_actual_splits_a_period_across_the_new_year():
    assert year_fraction(DayCount.ACTUAL_ACTUAL, date(2027, 12, 15), date(2028, 1, 15), True) == \
        D(17) / 365 + D(14) / 366


def test_grace_periods_pay_interest_only():
    s = build_schedule(terms(grace_principal=3))
    assert [i.principal for i in s.installments[:3]] == [0, 0, 0]
    assert {i.interest for i in s.installments[:3]} == {D("178.75")}
    assert len({i.principal + i.interest for i in s.installments[3:-1]}) == 1
    assert s.total("principal") == D("13750.00")


def test_insurance_is_the_monthly_rate_on_the_balance_before_the_installment():
    s = build_schedule(terms(insurance_rate=D("0.0005")))
    assert s.installments[0].insurance == D("6.88")       # 13750 x 0.05 %
    assert s.installments[1].insurance == (s.installments[0].balance * D("0.0005")).quantize(D("0.01"), ROUND_HALF_UP)
    assert all(i.payment == i.principal + i.interest + i.insurance for i in s.installments)


def test_business_days_move_a_saturday_to_monday_and_actual_interest_follows():
    # 28 February 2026 is a Saturday: due on Monday 2 March, as in the Ecuadorian sample.
    ec = BusinessCalendar("EC", None).roll_forward
    s = build_schedule(terms(disbursed=date(2026, 1, 31), months=3), roll=ec)
    assert s.installments[0].due_date == date(2026, 3, 2) and s.installments[0].days == 30
    actual = build_schedule(terms(disbursed=date(2026, 1, 31), months=3, day_count=DayCount.ACTUAL_365), roll=ec)
    assert [i.days for i in actual.installments] == [30, 29, 30]   # 31/1-2/3, 2/3-31/3, 31/3-30/4
    assert weekends_only(date(2026, 12, 26)) == date(2026, 12, 28)
    assert BusinessCalendar("ES", None).roll_forward(date(2026, 12, 25)) == date(2026, 12, 28)


def test_effective_rate_and_total_cost():
    s = build_schedule(terms())
    d = disclosure(s)
    assert D("16.76") < d.effective_annual_rate < D("16.78")     # (1 + 0.013)^12 - 1 = 16.77 %
    assert d.total_cost == s.total("interest")
    with_costs = disclosure(build_schedule(terms(fees=D("137.50"), insurance_rate=D("0.0005"))))
    assert with_costs.effective_annual_rate > d.effective_annual_rate + 1
    assert with_costs.total_cost == with_costs.total_interest + with_costs.total_insurance + D("137.50")
    assert disclosure(build_schedule(terms(annual_rate=D(0), fees=D("100")))).effective_annual_rate > 0


@pytest.mark.parametrize("change, field", [
    (dict(principal=D("-5")), "principal"), (dict(principal=D("10.001")), "principal"),
    (dict(annual_rate=D("1.5")), "rate"), (dict(months=0), "months"),
    (dict(grace_principal=48), "grace_principal"), (dict(multiple=D("0.005")), "installment_multiple"),
    (dict(first_due=date(2026, 1, 10)), "first_due"), (dict(insurance_rate=D("-0.01")), "insurance_rate"),
    (dict(rounding="down"), "rounding"), (dict(fees=D("20000")), "fees"),
])
def test_bad_terms_name_the_field(change, field):
    with pytest.raises(FieldError) as info:
        build_schedule(terms(**change))
    assert info.value.field == field


def test_after_a_prepayment_the_rest_keeps_the_dates_or_the_installment():
    s = build_schedule(terms())
    after_ten = s.installments[9]
    balance = after_ten.balance - D("3000.00")
    lower = build_schedule(remainder_terms(s.terms, balance, 11, None))
    assert lower.installments[0].number == 11 and lower.installments[-1].number == 48
    assert lower.installments[0].due_date == s.installments[10].due_date
    assert lower.level_amount < s.level_amount and lower.total("principal") == balance
    shorter = build_schedule(remainder_terms(s.terms, balance, 11, s.level_amount))
    assert shorter.level_amount == s.level_amount and shorter.installments[-1].number < 48
    assert shorter.total("principal") == balance and shorter.installments[-1].balance == 0


def test_usd_schedule_in_dollars():
    s = build_schedule(terms(currency=USD, principal=D("5000.00"), months=24))
    assert s.installments[-1].balance == 0 and s.total("principal") == D("5000.00")
