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
