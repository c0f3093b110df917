"""What a loan costs, for the disclosure (DOMAIN.md): the effective annual rate, (1 + i)^12 - 1
where i is the monthly rate that equates the amount lent net of the fees paid at disbursement
with every payment (insurance included), and the total cost of the credit (interest + insurance
+ fees)."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, localcontext

from .day_count import add_months, days_30e_360
from .schedule import Schedule

ZERO = Decimal(0)


@dataclass(frozen=True)
class Disclosure:
    effective_annual_rate: Decimal      # a percentage with 4 decimals: 16.7651
    total_interest: Decimal
    total_insurance: Decimal
    fees: Decimal
    total_cost: Decimal
    total_paid: Decimal                 # every payment plus the fees


def _times(s: Schedule) -> list[Decimal]:
    """Each installment's time from the disbursement, in months (a whole month is 1)."""
    t = s.terms
    first = t.first_due_date
    t1 = (Decimal(1) if first == add_months(t.disbursed, 1)
          else Decimal(days_30e_360(t.disbursed, first)) / 30)
    return [t1 + (i.number - 1) for i in s.installments]


def monthly_rate(s: Schedule) -> Decimal:
    """The i with sum(payment_k / (1 + i)^t_k) = principal - fees, by bisection (exact to 1e-14)."""
    t = s.terms
    target = t.principal - t.fees
    flows = [(i.payment, tm) for i, tm in zip(s.installments, _times(s))]
    with localcontext() as ctx:
        ctx.prec = 34

        def present(rate: Decimal) -> Decimal:      # installments are a month apart
            v = 1 / (1 + rate)
            discount, total = v ** flows[0][1], ZERO
            for pay, _tm in flows:
                total += pay * discount
                discount *= v
            return total
        if present(ZERO) <= target:
            return ZERO
        lo, hi = ZERO, Decimal(1)
        while present(hi) > target:
            hi *= 2
        while hi - lo > Decimal("1e-14"):
            mid = (lo + hi) / 2
            lo, hi = (mid, hi) if present(mid) > target else (lo, mid)
        return (lo + hi) / 2


def effective_annual_rate(s: Schedule) -> Decimal:
    i = monthly_rate(s)
    with localcontext() as ctx:
        ctx.prec = 34
        return (((1 + i) ** 12 - 1) * 100).quantize(Decimal("0.0001"), rounding=ROUND_HALF_UP)


def disclosure(s: Schedule) -> Disclosure:
    interest, insurance = s.total("interest"), s.total("insurance")
    fees = s.terms.fees
    return Disclosure(effective_annual_rate(s), interest, insurance, fees,
                      interest + insurance + fees, s.total("payment") + fees)
