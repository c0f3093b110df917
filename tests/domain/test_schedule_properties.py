"""Property tests of the amortization engine over random amounts, rates, terms and multiples."""
from __future__ import annotations

from datetime import date
from decimal import Decimal as D

from hypothesis import given, settings, strategies as st

from app.domain.day_count import DayCount
from app.domain.schedule import LoanTerms, Method, build_schedule

amounts = st.integers(min_value=100, max_value=200_000_000).map(lambda cents: D(cents).scaleb(-2))
rates = st.integers(min_value=0, max_value=4000).map(lambda bp: D(bp).scaleb(-4))
multiples = st.sampled_from([D("0.01"), D("0.05"), D("0.10"), D("1"), D("5"), D("10")])
days = st.dates(min_value=date(2024, 1, 1), max_value=date(2030, 12, 31))


@st.composite
def loan_terms(draw) -> LoanTerms:
    months = draw(st.integers(min_value=1, max_value=360))
    return LoanTerms(principal=draw(amounts), annual_rate=draw(rates), months=months,
                     disbursed=draw(days), method=draw(st.sampled_from(list(Method))),
                     day_count=draw(st.sampled_from(list(DayCount))),
                     rounding=draw(st.sampled_from(["half_up", "half_even"])),
                     multiple=draw(multiples),
                     grace_principal=draw(st.integers(min_value=0, max_value=min(6, months - 1))),
                     insurance_rate=draw(st.sampled_from([D(0), D("0.0003"), D("0.001")])))


@settings(max_examples=150, deadline=None)
@given(loan_terms())
def test_schedules_repay_exactly_and_never_go_negative(t):
    s = build_schedule(t)
    rows = s.installments
    assert sum(i.principal for i in rows) == t.principal
    assert rows[-1].balance == 0
    assert all(i.balance >= 0 and i.principal >= 0 and i.interest >= 0 and i.insurance >= 0 for i in rows)
    assert all(a.balance > b.balance or b.principal == 0 for a, b in zip(rows, rows[1:]))
    assert len(rows) <= t.months and [i.number for i in rows] == list(range(1, len(rows) + 1))
    assert all(a.due_date < b.due_date for a, b in zip(rows, rows[1:]))
    amortizing = rows[t.grace_principal:-1]
    if t.method == Method.FRENCH:
        assert len({i.principal + i.interest for i in amortizing}) <= 1
    else:
        assert len({i.principal for i in amortizing}) <= 1
    assert all(i.principal == 0 for i in rows[:min(t.grace_principal, len(rows) - 1)])
