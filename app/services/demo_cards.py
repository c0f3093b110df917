"""Access for a demo ledger, through the real services: online credentials issued to a few
members (one letter still waiting in the outbox for the mail server an administrator has not set
yet), and where members have savings (the Ecuadorian profile) debit cards on them as the seed's
Cooprogreso issues (550975...), two credit cards, one card blocked as lost, temporary PINs."""
from __future__ import annotations

import random
from datetime import date
from decimal import Decimal

from stdnum import luhn

from . import card_pins, cards, credentials, members
from .cards import CardRequest
from .context import Actor, Ledger
from .errors import ServiceError

DEBIT_BIN, CREDIT_BIN = "550975", "513744"


def _number(prefix: str, rng: random.Random) -> str:
    body = prefix + "".join(str(rng.randrange(10)) for _ in range(15 - len(prefix)))
    return body + luhn.calc_check_digit(body)


def seed_access(ledger: Ledger, *, teller: Actor, member_ids: list[int], rng: random.Random,
                today: date) -> int:
    """Returns the number of cards issued."""
    active = [m for m in (members.get_member(ledger, teller, i) for i in member_ids[:60]) if m.status == "active"]
    rng.shuffle(active)
    for n, m in enumerate(active[:4]):
        email = n == 0 and bool(m.data.email)
        try:
            credentials.issue(ledger, teller, m.id, delivery="email" if email else "print")
        except ServiceError:
            continue
    issued = 0
    expiry = f"{today.month:02d}/{(today.year + 4) % 100:02d}"
    for n, m in enumerate(active[4:16]):
        savings = next((a.id for a in m.accounts if a.product == "savings" and a.status == "active"), None)
        if savings is None:
            continue
        credit = n in (3, 7)
        req = CardRequest(m.id, "credit" if credit else "debit", _number(CREDIT_BIN if credit else DEBIT_BIN, rng),
                          expiry, None if credit else savings, Decimal(rng.choice((500, 1000, 2500))) if credit else None)
        try:
            card = cards.issue(ledger, teller, req)
            if n % 3 != 2:
                card_pins.reset(ledger, teller, card.id)
            if n == 5:
                cards.block(ledger, teller, card.id, "lost")
            issued += 1
        except ServiceError:
            continue
    return issued
