"""A member ready for online access: registered, contribution paid (active), with an e-mail,
an external account and a birth date."""
from __future__ import annotations

from datetime import date
from decimal import Decimal as D

from app.domain.contributions import Kind, Source
from app.domain.member_form import MemberInput
from app.services import contributions, drawer, members
from app.services.contributions import ContributionRequest
from app.services.errors import Conflict


def active_member(lut, teller, document="1710034065", **extra):  # noqa: ANN001, ANN201
    f = members.register_member(lut.ledger, teller, MemberInput(
        document=document, given_names="Luis", surnames="Andrade Mena", bank_account="2200123456",
        bank_name="Banco Pichincha", email="luis@example.org", birth_date=date(1985, 3, 7), **extra))
    try:
        drawer.open_drawer(lut.ledger, teller, {"20": 100})
    except Conflict:
        pass                                         # open since the first member
    contributions.execute(lut.ledger, teller, ContributionRequest(f.id, Kind.MANDATORY, D("25.00"),
                                                                  Source.CASH, f.id), f"m-{f.id}")
    return f
