"""A year of daily counter activity for a demo ledger, through the real services: each business
day the tellers open their drawers, serve members (deposits and withdrawals on savings
accounts), move cash to the vault when the drawer fills, close with an exact count, and a
supervisor closes the day."""
from __future__ import annotations

import random
from datetime import date
from decimal import Decimal
from typing import Callable

from ..domain.cash import DENOMINATIONS
from . import cash_ops, drawer, end_of_day, ledger as ledger_svc, settings
from .cash_ops import DEPOSIT, WITHDRAWAL, CashRequest
from .context import Actor, Ledger, UnitOfWork
from .errors import ServiceError
from .accounts import internal
from ..domain.profiles import Product


def _count(amount: Decimal, currency_code: str) -> dict[str, int]:
    """Pieces of each denomination making `amount` exactly (largest first)."""
    counts, rest = {}, amount
    for value in DENOMINATIONS[currency_code]:
        n = int(rest // value)
        if n:
            counts[str(value)] = n
            rest -= value * n
    assert rest == 0, amount
    return counts


def _seed_vault(ledger: Ledger, admin: Actor, amount: Decimal) -> None:
    with UnitOfWork(ledger, admin, None) as uow:
        vault, bank = internal(uow, Product.VAULT).id, internal(uow, Product.BANK).id
    ledger_svc.post_entry(ledger, admin, kind="vault.from_bank", description="Cash from the bank",
                          lines=[ledger_svc.Line(vault, amount), ledger_svc.Line(bank, -amount)],
                          idempotency_key=f"demo-vault-{amount}")


def run_year(ledger: Ledger, *, tellers: list[Actor], supervisor: Actor, admin: Actor,
             accounts: list[tuple[int, int]], until: date, rng: random.Random,
             say: Callable[[str], None] = lambda s: None) -> int:
    """Serve members every business day up to `until` (exclusive). `accounts` holds
    (savings account id, member id). Returns the number of operations posted."""
    currency_code = "USD"
    _seed_vault(ledger, admin, Decimal("50000.00"))
    settings.set_fee_rule(ledger, admin, settings.FeeInput(WITHDRAWAL, fixed=Decimal("0.36")))
    posted = 0
    while True:
        state = end_of_day.status(ledger, supervisor)
        today = state.business_date
        if state.next_date > until:          # the demo stops on the last business day so far
            return posted
        for teller in tellers:
            drawer.open_drawer(ledger, teller, _count(Decimal("1000.00"), currency_code))
        for i in range(rng.randint(6, 14)):
            teller = rng.choice(tellers)
            account, member = rng.choice(accounts)
            balance = ledger_svc.balance(ledger, teller, account).available
            if balance > 60 and rng.random() < 0.4:
                op, amount = WITHDRAWAL, Decimal(rng.randrange(2, int(min(balance, 800) // 10))) * 10
            else:
                op, amount = DEPOSIT, Decimal(rng.randrange(500, 60000)) / 100
            try:
                cash_ops.execute(ledger, teller, op, CashRequest(account, amount, member),
                                 f"demo-{today.isoformat()}-{i}")
                posted += 1
            except ServiceError:
                continue
        for teller in tellers:
            view = drawer.my_drawer(ledger, teller)
            drawer.close_drawer(ledger, teller, _count(view.balance, currency_code))
        end_of_day.run(ledger, supervisor)
        if today.day == 1:
            say(f"  activity up to {today.isoformat()}: {posted} operations")
    return posted


def capital_day(ledger: Ledger, *, teller: Actor, admin: Actor, member_ids: list[int],
                rng: random.Random, currency_code: str,
                savings_of: dict[int, int] | None = None) -> int:
    """One day of capital at the counter: most members pay the mandatory contribution (in cash,
    or from savings where `savings_of` maps a member to a funded savings account), some add a
    voluntary one; the teller's drawer opens and closes with an exact count."""
    from ..domain.contributions import Kind, Source
    from . import contributions
    from .contributions import ContributionRequest
    if savings_of is None:
        _seed_vault(ledger, admin, Decimal("2000.00"))
    drawer.open_drawer(ledger, teller, _count(Decimal("500.00"), currency_code))
    mandatory = settings.get_settings(ledger, admin)["mandatory_contribution"]
    posted = 0
    for member_id in member_ids:
        if rng.random() > 0.9:
            continue                                   # stays an applicant
        source, account = Source.CASH, None
        if savings_of and member_id in savings_of and rng.random() < 0.7:
            source, account = Source.SAVINGS, savings_of[member_id]
        try:
            contributions.execute(ledger, teller, ContributionRequest(
                member_id, Kind.MANDATORY, mandatory, source, member_id, account),
                f"demo-capital-m-{member_id}")
            posted += 1
            if rng.random() < 0.35:
                amount = Decimal(rng.randrange(5, 90)) * 10
                contributions.execute(ledger, teller, ContributionRequest(
                    member_id, Kind.VOLUNTARY, amount, Source.CASH, member_id),
                    f"demo-capital-v-{member_id}")
                posted += 1
        except ServiceError:
            continue
    view = drawer.my_drawer(ledger, teller)
    drawer.close_drawer(ledger, teller, _count(view.balance, currency_code))
    return posted
