"""Loans for a demo ledger, through the real services: two products, a few loans granted and
disbursed today (into savings, or by transfer where there are no savings accounts), one approved
and waiting for disbursement, and two applications waiting for a supervisor."""
from __future__ import annotations

import random
from decimal import Decimal

from ..domain.day_count import DayCount
from ..domain.loan_products import ProductRules
from ..domain.schedule import Method
from . import loan_products, loan_views, loans, members, petitions
from .context import Actor, Ledger
from .errors import ServiceError
from .loans import LoanApplication

D = Decimal


def _products(es: bool) -> list[ProductRules]:
    if es:
        return [ProductRules("PERS", "Préstamo personal", Method.FRENCH, D("0.045"), D("0.075"), 12, 84,
                             D("1000.00"), D("30000.00"), DayCount.THIRTY_360, late_rate=D("0.0825"),
                             fee_rate=D("0.005"), business_days="following"),
                ProductRules("ECOSOC", "Préstamo economía social", Method.GERMAN, D("0.035"), D("0.055"),
                             24, 120, D("5000.00"), D("150000.00"), DayCount.ACTUAL_365, late_rate=D("0.06"),
                             business_days="following", grace_max=6)]
    return [ProductRules("CONSUMO", "Crédito de consumo", Method.FRENCH, D("0.12"), D("0.1660"), 6, 60,
                         D("500.00"), D("20000.00"), DayCount.THIRTY_360, insurance_rate=D("0.0005"),
                         late_rate=D("0.18"), fee_rate=D("0.01"), business_days="following"),
            ProductRules("MICRO", "Microcrédito", Method.GERMAN, D("0.18"), D("0.2050"), 6, 36,
                         D("300.00"), D("10000.00"), DayCount.ACTUAL_360, insurance_rate=D("0.0005"),
                         late_rate=D("0.22"), business_days="following", grace_max=3)]


def seed_loans(ledger: Ledger, *, admin: Actor, teller: Actor, supervisor: Actor, member_ids: list[int],
               rng: random.Random, es: bool) -> int:
    """Returns the number of loans disbursed."""
    views = [loan_products.create_product(ledger, admin, r) for r in _products(es)]
    active = [m for m in (members.get_member(ledger, teller, i) for i in member_ids) if m.status == "active"]
    rng.shuffle(active)
    disbursed = 0
    for n, member in enumerate(active[:11]):
        product = views[n % 2]
        r = product.rules
        amount = (D(rng.randrange(int(r.amount_min) // 100, int(r.amount_max) // 400 + 2)) * 100)
        months = rng.choice([m for m in (12, 24, 36, 48, 60, 84) if r.term_min <= m <= r.term_max])
        rate = (r.rate_min + (r.rate_max - r.rate_min) * D(rng.randrange(0, 5)) / 4).quantize(D("0.0001"))
        app = LoanApplication(member.id, product.id, amount, months, rate, r.method,
                              purpose=rng.choice(["Vehículo", "Vivienda", "Negocio", "Estudios", "Salud"]))
        try:
            view = loans.apply(ledger, teller, app)
            if n >= 9:
                continue                                   # waiting for a supervisor
            petitions.approve(ledger, supervisor, view.id)
            if n == 8:
                continue                                   # approved, waiting for disbursement
            loan = next(row for row in loan_views.loans_of(ledger, teller, member.id) if row.status == "approved")
            savings = next((a.id for a in member.accounts if a.product == "savings"), None)
            if savings is not None:
                loans.disburse(ledger, teller, loan.id, "savings", savings)
            elif member.bank_account_display:
                loans.disburse(ledger, teller, loan.id, "transfer")
            else:
                continue
            disbursed += 1
        except ServiceError:
            continue
    return disbursed
