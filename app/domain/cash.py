"""Cash at the counter: denominations, drawer counts, teller limits and anti-money-laundering
thresholds (DOMAIN.md, "Cash and anti-money-laundering")."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from .messages import Msg, N_

DENOMINATIONS: dict[str, tuple[Decimal, ...]] = {
    "EUR": tuple(Decimal(x) for x in ("500", "200", "100", "50", "20", "10", "5", "2", "1",
                                      "0.50", "0.20", "0.10", "0.05", "0.02", "0.01")),
    "USD": tuple(Decimal(x) for x in ("100", "50", "20", "10", "5", "2", "1", "0.50", "0.25",
                                      "0.10", "0.05", "0.01")),
}


def count_total(currency_code: str, counts: dict[str, int]) -> Decimal:
    """The value of a count by denomination ({"20": 3, "0.50": 4} -> 61.00). Unknown
    denominations or negative counts raise ValueError with a Msg in args[0]."""
    known = {str(d): d for d in DENOMINATIONS[currency_code]}
    total = Decimal(0)
    for key, n in counts.items():
        if key not in known:
            raise ValueError(Msg.of(N_("{value} is not a denomination of {currency}."), value=key,
                                    currency=currency_code))
        if not isinstance(n, int) or n < 0:
            raise ValueError(Msg.of(N_("Count {value}: type a whole number of pieces, 0 or more."),
                                    value=key))
        total += known[key] * n
    return total.quantize(Decimal("0.01"))


class LimitVerdict(StrEnum):
    OK = "ok"
    WARN = "warn"            # above the soft limit: tell the teller, go on
    OVERRIDE = "override"    # above the hard limit: a supervisor must approve on the spot


@dataclass(frozen=True)
class CashLimits:
    soft: Decimal
    hard: Decimal
    drawer_ceiling: Decimal

    def verdict(self, amount: Decimal) -> LimitVerdict:
        if amount > self.hard:
            return LimitVerdict.OVERRIDE
        if amount > self.soft:
            return LimitVerdict.WARN
        return LimitVerdict.OK


def spanish_cash_refusal(amount: Decimal, limit: Decimal, enabled: bool) -> Msg | None:
    """Ley 7/2012 art. 7: a cash payment of `limit` (1,000 EUR) or more between a business and a
    person is not allowed, unless the institution is a credit institution (setting off)."""
    if enabled and amount >= limit:
        return Msg.of(N_("Cash payments of {limit} EUR or more are not allowed here (Ley 7/2012, "
                         "art. 7). Offer a bank transfer instead."), limit=f"{limit:,.0f}".replace(",", "."))
    return None


def needs_funds_declaration(amount: Decimal, last_30_days: Decimal, threshold: Decimal) -> bool:
    """Ecuador: cash of `threshold` (10,000 USD) or more, alone or summed over 30 days for one
    member, needs an origin-of-funds declaration and supervisor approval, and is reported."""
    return amount >= threshold or amount + last_30_days >= threshold
