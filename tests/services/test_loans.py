"""Loans at the counter: products, application -> approval -> disbursement, repayment with
allocation, prepayment, late interest by the end of day, settling, and leaving blocked."""
from __future__ import annotations

from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal as D

import pytest
from sqlalchemy import select

from app.domain.contributions import Kind, Source
from app.domain.day_count import DayCount
from app.domain.loan_payments import InstallmentStatus, PrepaymentMode
from app.domain.loan_products import ProductRules
from app.domain.member_form import MemberInput
from app.domain.schedule import Method
from app.models import Account, LoanInstallment, OutgoingTransfer
from app.services import (contributions, drawer, end_of_day, leaving, loan_late, loan_products,
                          loan_repayment, loan_views, loans, members, petitions)
from app.services.context import UnitOfWork
from app.services.contributions import ContributionRequest
from app.services.errors import Conflict, PermissionDenied, ValidationError
from app.services.loan_repayment import RepaymentRequest
from app.services.loans import LoanApplication

CONSUMER = ProductRules(code="cons", name="Consumer loan", method=Method.FRENCH, rate_min=D("0.12"),
                        rate_max=D("0.18"), term_min=6, term_max=60, amount_min=D("500.00"),
                        amount_max=D("20000.00"), day_count=DayCount.THIRTY_360,
                        insurance_rate=D("0.0005"), late_rate=D("0.18"), fee_rate=D("0.01"),
                        business_days="following", grace_max=3)


def savings_balance(lut, account_id):  # noqa: ANN001
    with UnitOfWork(lut.ledger, None, None, read_only=True) as uow:
        return uow.session.get(Account, account_id).balance


@pytest.fixture
def ec(ec_ledger):
    lut = ec_ledger
    lut.set_business_date(date(2026, 12, 1))
    product = loan_products.create_product(lut.ledger, lut.admin, CONSUMER)
    teller = lut.staff("teller")
    f = members.register_member(lut.ledger, teller, MemberInput(
        document="1710034065", given_names="Luis", surnames="Andrade Mena", bank_account="2200123456",
        bank_name="Banco Pichincha"))
    savings = next(a.id for a in f.accounts if a.product == "savings")
    drawer.open_drawer(lut.ledger, teller, {"20": 100})
    contributions.execute(lut.ledger, teller, ContributionRequest(f.id, Kind.MANDATORY, D("25.00"),
                                                                  Source.CASH, f.id), "m")
    return lut, teller, lut.staff("supervisor"), f, savings, product


def granted(ec, amount="6000.00", months=12, rate="0.15", destination="savings"):  # noqa: ANN001
    lut, teller, boss, f, savings, product = ec
    view = loans.apply(lut.ledger, teller, LoanApplication(f.id, product.id, D(amount), months, D(rate),
                                                          purpose="Car repairs"))
    assert view.kind == loans.APPLY and "Car repairs" in view.effects[1].render()
    petitions.approve(lut.ledger, boss, view.id)
    [row] = [r for r in loan_views.loans_of(lut.ledger, teller, f.id) if r.status == "approved"]
    return loans.disburse(lut.ledger, teller, row.id, destination,
                          savings if destination == "savings" else None)


def test_products_are_the_administrators_and_late_interest_is_capped(ec):
    lut, teller, _boss, _f, _s, product = ec
    assert product.rules.code == "CONS" and product.currency == "USD"
    with pytest.raises(PermissionDenied):
        loan_products.create_product(lut.ledger, teller, CONSUMER)
    too_dear = CONSUMER.__class__(**{**CONSUMER.__dict__, "code": "X", "late_rate": D("0.20")})
    with pytest.raises(ValidationError) as info:                # 0.20 > 1.1 x 0.18
        loan_products.create_product(lut.ledger, lut.admin, too_dear)
    assert info.value.field == "late_rate"
    with pytest.raises(ValidationError) as info:
        loan_products.create_product(lut.ledger, lut.admin, CONSUMER)
    assert info.value.field == "code"
    changed = CONSUMER.__class__(**{**CONSUMER.__dict__, "name": "Consumo"})
    loan_products.update_product(lut.ledger, lut.admin, product.id, changed, active=False)
    assert loan_products.list_products(lut.ledger, teller) == []
    assert loan_products.list_products(lut.ledger, teller, active_only=False)[0].rules.name == "Consumo"


def test_simulation_shows_both_methods_without_writing(ec):
    lut, teller, _boss, f, _s, product = ec
    sims = loans.simulate(lut.ledger, teller, LoanApplication(f.id, product.id, D("6000.00"), 12, D("0.15")))
    french, german = sims[Method.FRENCH], sims[Method.GERMAN]
    assert french.schedule.level_amount == D("541.55")      # 75 / (1 - 1.0125^-12)
    assert german.schedule.installments[0].principal == D("500.00")
    assert german.disclosure.total_interest < french.disclosure.total_interest
    assert french.disclosure.fees == D("60.00")                # 1 % opening fee
    assert french.disclosure.effective_annual_rate > D("16.08")  # above (1.0125^12 - 1): fee, insurance


@pytest.mark.parametrize("amount, months, rate, field", [
    ("100.00", 12, "0.15", "amount"), ("6000.00", 72, "0.15", "months"), ("6000.00", 12, "0.25", "rate"),
    ("6000.001", 12, "0.15", "amount")])
def test_applications_outside_the_product_name_the_field(ec, amount, months, rate, field):
    lut, teller, _boss, f, _s, product = ec
    with pytest.raises(ValidationError) as info:
        loans.apply(lut.ledger, teller, LoanApplication(f.id, product.id, D(amount), months, D(rate)))
    assert info.value.field == field
    assert petitions.pending(lut.ledger, teller) == []


def test_disbursement_into_savings_fixes_the_schedule_and_keeps_the_fee(ec):
    lut, teller, _boss, f, savings, _p = ec
    before = savings_balance(lut, savings)
    d = granted(ec)
    assert d.paid_out == D("5940.00") and d.fee == D("60.00")
    assert savings_balance(lut, savings) - before == 594000
    detail = loan_views.loan_detail(lut.ledger, teller, d.loan_id)
    assert len(detail.installments) == 12 and detail.late_rate == D("0.165")   # 1.1 x 15 %
    # 1 January 2027 is a holiday and 2-3 January a weekend: due on Monday 4 January.
    assert detail.installments[0].due_date == date(2027, 1, 4)
    assert detail.installments[0].status == InstallmentStatus.CURRENT      # vigente: running
    assert detail.installments[1].status == InstallmentStatus.UPCOMING     # por vencer: later
    [row] = loan_views.loans_of(lut.ledger, teller, f.id)
    assert (row.status, row.balance, row.granted) == ("active", D("6000.00"), date(2026, 12, 1))
    assert row.amount_due == detail.installments[0].payment and row.next_due == date(2027, 1, 4)
    with pytest.raises(Conflict):
        loans.disburse(lut.ledger, teller, d.loan_id, "savings", savings)


def test_a_partial_payment_in_the_products_order_then_late_interest_on_overdue_principal(ec):
    lut, teller, boss, _f, savings, _p = ec
    d = granted(ec)
    first = d.schedule.installments[0]
    lut.set_business_date(date(2027, 1, 5))           # one day after the due date of 4 January
    plan = loan_repayment.preview(lut.ledger, teller, RepaymentRequest(d.loan_id, D("50.00"), "cash", _f_id(ec)))
    late_days = lambda n: (first.principal * D("0.165") * n / 360).quantize(D("0.01"), ROUND_HALF_UP)  # noqa: E731
    # Late interest of the day overdue first (earned since the due date), then insurance, interest.
    assert plan.parts == {"late_interest": late_days(1), "insurance": first.insurance,
                          "interest": D("50.00") - first.insurance - late_days(1)}
    r = loan_repayment.repay(lut.ledger, teller, RepaymentRequest(d.loan_id, D("50.00"), "cash", _f_id(ec)), "pay-1")
    assert r.plan.prepaid == 0 and r.receipt
    with UnitOfWork(lut.ledger, boss, None) as uow:     # the end of day of 5, 6 and 7 January
        for day in (date(2027, 1, 5), date(2027, 1, 7)):
            loan_late._job(uow, day)
        uow.commit()
    detail = loan_views.loan_detail(lut.ledger, teller, d.loan_id)
    one = detail.installments[0]
    assert one.status == InstallmentStatus.OVERDUE
    # Late interest on the overdue principal only (the interest is not charged on), at 16.5 %/360:
    # the day paid at the counter on the 5th, then the 6th and 7th at the close of the 7th, the
    # run rounded once.
    assert one.late_interest == late_days(3) > late_days(1)
    pay = loan_repayment.preview(lut.ledger, teller, RepaymentRequest(d.loan_id, D("10.00"), "cash", _f_id(ec)))
    assert list(pay.parts)[0] == "late_interest"


def test_late_interest_is_rounded_over_the_whole_run_not_each_day(ec):
    lut, teller, boss, f, savings, _p = ec
    d = granted(ec)
    first = d.schedule.installments[0]
    lut.set_business_date(date(2027, 1, 4))            # the due date: all but 10.00 of principal paid
    loan_repayment.repay(lut.ledger, teller, RepaymentRequest(d.loan_id, first.payment - D("10.00"),
                                                              "cash", f.id), "most")
    with UnitOfWork(lut.ledger, boss, None) as uow:     # thirty closes, one a day
        for n in range(1, 31):
            loan_late._job(uow, date(2027, 1, 4) + timedelta(days=n))
        uow.commit()
    lut.set_business_date(date(2027, 2, 3))
    one = loan_views.loan_detail(lut.ledger, teller, d.loan_id).installments[0]
    # 10.00 x 16.5 % / 360 is 0.0046 a day: rounded daily it would never be charged; the run's
    # 30 days earn 0.1375, booked as 0.14.
    assert one.late_interest == D("0.14") and one.status == InstallmentStatus.OVERDUE


def _f_id(ec):  # noqa: ANN001
    return ec[3].id


def test_prepayment_shortens_the_term_or_lowers_the_installment(ec):
    lut, teller, _boss, _f, savings, _p = ec
    d = granted(ec)                                     # 1 December, first due 4 January (rolled)
    first = d.schedule.installments[0]
    lut.set_business_date(date(2026, 12, 16))          # 15 days into the first period (30/360)
    interest = (D("6000.00") * D("0.15") * 15 / 360).quantize(D("0.01"), ROUND_HALF_UP)
    insurance = (first.insurance / 2).quantize(D("0.01"), ROUND_HALF_UP)
    extra = D("1000.00")
    # The running installment's interest and insurance only to today: the member saves the rest.
    amount = first.principal + interest + insurance + extra
    req = RepaymentRequest(d.loan_id, amount, "account", _f_id(ec), savings)
    plan = loan_repayment.preview(lut.ledger, teller, req)
    assert plan.needs_prepayment_choice and plan.prepaid == extra and amount < first.payment + extra
    assert plan.parts == {"insurance": insurance, "interest": interest, "principal": first.principal}
    with pytest.raises(ValidationError) as info:
        loan_repayment.repay(lut.ledger, teller, req, "pp-0")
    assert info.value.field == "prepayment"
    shorter = loan_repayment.repay(lut.ledger, teller, RepaymentRequest(
        d.loan_id, amount, "account", _f_id(ec), savings, PrepaymentMode.SHORTER_TERM), "pp-1")
    assert shorter.plan.new_level == d.schedule.level_amount and shorter.plan.new_last_number < 12
    detail = loan_views.loan_detail(lut.ledger, teller, d.loan_id)
    one, two = detail.installments[:2]
    assert one.status == InstallmentStatus.PAID and (one.interest, one.insurance, one.days) == (
        interest, insurance, 15)
    assert detail.row.balance == first.balance - extra
    # The rest runs from today: 16 December to 1 February is 45 days under 30E/360.
    assert two.days == 45 and two.interest == ((first.balance - extra) * D("0.15") * 45 / 360).quantize(
        D("0.01"), ROUND_HALF_UP)
    assert len(detail.installments) == shorter.plan.new_last_number
    assert sum(i.principal for i in detail.installments) == D("6000.00") - extra   # the rest was prepaid
    lower = loan_repayment.repay(lut.ledger, teller, RepaymentRequest(
        d.loan_id, two.principal + extra, "account", _f_id(ec), savings,
        PrepaymentMode.LOWER_INSTALLMENT), "pp-2")         # the same day: no interest earned yet
    assert lower.plan.prepaid == extra and set(lower.plan.parts) == {"principal"}
    assert lower.plan.new_last_number == shorter.plan.new_last_number
    assert lower.plan.new_level < shorter.plan.new_level


def test_the_payoff_settles_the_loan_and_more_is_refused(ec):
    lut, teller, _boss, f, savings, _p = ec
    d = granted(ec)
    first = d.schedule.installments[0]
    plan = loan_repayment.preview(lut.ledger, teller, RepaymentRequest(d.loan_id, D("1.00"), "cash", f.id))
    assert plan.payoff == D("6000.00") and plan.due_now == first.payment   # the day it was lent
    lut.set_business_date(date(2026, 12, 11))          # 10 days on: their interest and insurance
    plan = loan_repayment.preview(lut.ledger, teller, RepaymentRequest(d.loan_id, D("1.00"), "cash", f.id))
    earned = (D("6000.00") * D("0.15") * 10 / 360).quantize(D("0.01"), ROUND_HALF_UP) + \
        (first.insurance / 3).quantize(D("0.01"), ROUND_HALF_UP)
    assert plan.payoff == D("6000.00") + earned
    with pytest.raises(ValidationError) as info:
        loan_repayment.repay(lut.ledger, teller, RepaymentRequest(d.loan_id, plan.payoff + D("0.01"),
                                                                  "cash", f.id), "x")
    assert info.value.field == "amount"
    loan_repayment.repay(lut.ledger, teller, RepaymentRequest(d.loan_id, plan.payoff, "cash", f.id), "payoff")
    [row] = loan_views.loans_of(lut.ledger, teller, f.id)
    assert (row.status, row.balance, row.amount_due) == ("paid", 0, 0)
    with pytest.raises(Conflict):
        loan_repayment.preview(lut.ledger, teller, RepaymentRequest(d.loan_id, D("1.00"), "cash", f.id))


def test_a_member_with_a_loan_cannot_leave(ec):
    lut, teller, _boss, f, _s, _p = ec
    granted(ec)
    with pytest.raises(Conflict) as info:
        leaving.request_leaving(lut.ledger, teller, f.id)
    assert "loan" in info.value.msg.render()


def test_cash_disbursement_from_the_drawer_and_the_end_of_day_job_is_registered(ec):
    lut, teller, boss, _f, _s, _p = ec
    d = granted(ec, amount="800.00", months=6, destination="cash")
    assert d.paid_out == D("792.00")
    assert "loans.late_interest" in [name for name, _label in end_of_day.jobs()]
    with UnitOfWork(lut.ledger, None, None, read_only=True) as uow:
        rows = uow.session.execute(select(LoanInstallment).where(LoanInstallment.loan_id == d.loan_id)).scalars().all()
    assert len(rows) == 6


def test_spanish_loan_disbursed_by_transfer_to_the_external_account(ledger):
    lut = ledger
    lut.set_business_date(date(2026, 12, 1))
    rules = CONSUMER.__class__(**{**CONSUMER.__dict__, "business_days": "none", "fee_rate": D(0)})
    product = loan_products.create_product(lut.ledger, lut.admin, rules)
    teller = lut.staff("teller")
    f = members.register_member(lut.ledger, teller, MemberInput(
        document="12345678Z", given_names="Ana", surnames="Puig", bank_account="ES7921000813610123456789"))
    drawer.open_drawer(lut.ledger, teller, {"50": 10})
    contributions.execute(lut.ledger, teller, ContributionRequest(f.id, Kind.MANDATORY, D("300.00"),
                                                                  Source.CASH, f.id), "m")
    view = loans.apply(lut.ledger, teller, LoanApplication(f.id, product.id, D("3000.00"), 24, D("0.13"),
                                                          Method.GERMAN))
    petitions.approve(lut.ledger, lut.staff("supervisor"), view.id)
    [row] = loan_views.loans_of(lut.ledger, teller, f.id)
    d = loans.disburse(lut.ledger, teller, row.id, "transfer")
    assert d.number.endswith("-4001") and d.schedule.installments[0].due_date == date(2027, 1, 1)
    with UnitOfWork(lut.ledger, None, None, read_only=True) as uow:
        [t] = uow.session.execute(select(OutgoingTransfer)).scalars().all()
    assert (t.amount, t.account) == (300000, "ES7921000813610123456789")


def test_an_approved_loan_can_be_cancelled_before_disbursement_and_no_longer_blocks_leaving(ec):
    lut, teller, boss, f, savings, product = ec
    view = loans.apply(lut.ledger, teller, LoanApplication(f.id, product.id, D("1000.00"), 6, D("0.15")))
    petitions.approve(lut.ledger, boss, view.id)
    [row] = loan_views.loans_of(lut.ledger, teller, f.id)
    with pytest.raises(PermissionDenied):
        loans.cancel_approved(lut.ledger, teller, row.id, "changed her mind")
    with pytest.raises(ValidationError) as info:
        loans.cancel_approved(lut.ledger, boss, row.id, " ")
    assert info.value.field == "reason"
    loans.cancel_approved(lut.ledger, boss, row.id, "The member no longer needs it")
    [row] = loan_views.loans_of(lut.ledger, teller, f.id)
    assert row.status == "cancelled" and row.balance == 0
    with pytest.raises(Conflict):
        loans.disburse(lut.ledger, teller, row.id, "savings", savings)
    assert leaving.request_leaving(lut.ledger, teller, f.id).kind


def test_late_interest_since_the_last_close_is_due_at_the_counter_and_receipts_name_the_loan(ec):
    lut, teller, boss, f, savings, _p = ec
    d = granted(ec)
    first = d.schedule.installments[0]                 # due Monday 4 January 2027
    lut.set_business_date(date(2027, 1, 8))            # Friday: no end of day ran since
    late = (first.principal * D("0.165") * 4 / 360).quantize(D("0.01"), ROUND_HALF_UP)   # 4 days
    plan = loan_repayment.preview(lut.ledger, teller, RepaymentRequest(d.loan_id, late, "cash", f.id))
    assert plan.parts == {"late_interest": late} and plan.due_now == first.payment + late + \
        d.schedule.installments[1].payment
    r = loan_repayment.repay(lut.ledger, teller, RepaymentRequest(d.loan_id, late, "cash", f.id), "late-only")
    assert r.plan.parts == {"late_interest": late}
    from app.services import receipts
    data = receipts.receipt_data(lut.ledger, teller, r.entry_id)
    assert data.account_number == d.number and data.amount == late and data.member == "Andrade Mena, Luis"
    assert data.balance_after == D("6000.00")
    with UnitOfWork(lut.ledger, boss, None) as uow:     # that day's close adds nothing twice
        loan_late._job(uow, date(2027, 1, 8))
        uow.commit()
    assert loan_views.loan_detail(lut.ledger, teller, d.loan_id).installments[0].late_interest == late


def test_a_zero_rate_loan_with_grace_settles_its_empty_installments(ec):
    lut, teller, boss, f, savings, product = ec
    free = CONSUMER.__class__(**{**CONSUMER.__dict__, "code": "ZERO", "rate_min": D(0), "late_rate": D(0),
                                 "insurance_rate": D(0), "fee_rate": D(0)})
    p = loan_products.create_product(lut.ledger, lut.admin, free)
    view = loans.apply(lut.ledger, teller, LoanApplication(f.id, p.id, D("1200.00"), 12, D(0), grace_principal=2))
    petitions.approve(lut.ledger, boss, view.id)
    row = next(r for r in loan_views.loans_of(lut.ledger, teller, f.id) if r.status == "approved")
    d = loans.disburse(lut.ledger, teller, row.id, "savings", savings)
    detail = loan_views.loan_detail(lut.ledger, teller, d.loan_id)
    assert [i.status for i in detail.installments[:3]] == ["paid", "paid", "current"]
    assert detail.row.amount_due == D("120.00")


def test_a_withdrawn_product_still_describes_its_waiting_applications(ec):
    lut, teller, boss, f, _s, product = ec
    view = loans.apply(lut.ledger, teller, LoanApplication(f.id, product.id, D("1000.00"), 6, D("0.15")))
    loan_products.update_product(lut.ledger, lut.admin, product.id, CONSUMER, active=False)
    [pending] = petitions.pending(lut.ledger, boss)
    assert "Consumer loan" in pending.effects[0].render()
    with pytest.raises(Conflict):
        petitions.approve(lut.ledger, boss, view.id)
    assert petitions.reject(lut.ledger, boss, view.id, "Product withdrawn").status == "rejected"
