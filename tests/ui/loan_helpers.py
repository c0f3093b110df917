"""A member with a disbursed loan on the Ecuadorian ledger, for the window tests."""
from __future__ import annotations

from datetime import date
from decimal import Decimal as D

from app.domain.contributions import Kind, Source
from app.domain.day_count import DayCount
from app.domain.loan_products import ProductRules
from app.domain.member_form import MemberInput
from app.domain.schedule import Method
from app.services import contributions, drawer, loan_products, loan_views, loans, members, petitions
from app.services.contributions import ContributionRequest
from app.services.loans import LoanApplication

CONSUMER = ProductRules(code="CONS", name="Consumer loan", method=Method.FRENCH, rate_min=D("0.12"),
                        rate_max=D("0.18"), term_min=6, term_max=60, amount_min=D("500.00"),
                        amount_max=D("20000.00"), day_count=DayCount.THIRTY_360,
                        insurance_rate=D("0.0005"), late_rate=D("0.18"), fee_rate=D("0.01"),
                        business_days="following")


def member_with_loan(lut, months: int = 24):  # noqa: ANN001, ANN201 - (member file, Disbursement)
    lut.set_business_date(date(2026, 12, 1))
    product = loan_products.create_product(lut.ledger, lut.admin, CONSUMER)
    teller = lut.staff("teller")
    f = members.register_member(lut.ledger, teller, MemberInput(
        document="1710034065", given_names="Luis", surnames="Andrade Mena"))
    savings = next(a.id for a in f.accounts if a.product == "savings")
    drawer.open_drawer(lut.ledger, teller, {"20": 100})
    contributions.execute(lut.ledger, teller, ContributionRequest(f.id, Kind.MANDATORY, D("25.00"),
                                                                  Source.CASH, f.id), "m")
    view = loans.apply(lut.ledger, teller, LoanApplication(f.id, product.id, D("6000.00"), months,
                                                          D("0.15"), purpose="Car repairs"))
    petitions.approve(lut.ledger, lut.staff("supervisor"), view.id)
    [row] = loan_views.loans_of(lut.ledger, teller, f.id)
    return f, loans.disburse(lut.ledger, teller, row.id, "savings", savings), teller
