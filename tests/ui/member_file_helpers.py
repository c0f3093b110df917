"""Helpers for the member file, member form and movements tests: a main window opened straight
on an actor, an Ecuadorian member with dated savings movements, moving the business date."""
from __future__ import annotations

import io
from datetime import date
from decimal import Decimal

from pypdf import PdfReader
from sqlalchemy import update
from stdnum.ec import ci

from app.domain.member_form import MemberInput
from app.models import Institution
from app.services import cash_ops, drawer, members
from app.services.cash_ops import DEPOSIT, WITHDRAWAL, CashRequest
from app.services.context import UnitOfWork
from app.ui.desk_context import DeskContext
from app.ui.events import AppEvents
from app.ui.main_window import MainWindow

D = Decimal


def cedula(n: int) -> str:
    body = f"17{n % 10_000_000:07d}"
    return next(body + d for d in "0123456789" if ci.is_valid(body + d))



def desk_window(qtbot, lut, actor, size: tuple[int, int] = (1366, 768)) -> MainWindow:  # noqa: ANN001
    """The main window for `actor` as the desk builds it after sign-in, shown and active."""
    ctx = DeskContext.open(lut.ledger, actor, AppEvents())
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def member_with_movements(lut, teller, days: list[date], n: int = 1,  # noqa: ANN001
                          open_drawer: bool = True) -> tuple[members.MemberFile, int]:
    """An Ecuadorian member whose savings account gets one movement on each of `days` (every
    third a withdrawal of 20.00, the others deposits of 100.00 + i); opens the teller's drawer
    on the first day unless `open_drawer` is False."""
    f = members.register_member(lut.ledger, teller, MemberInput(
        document=cedula(n), given_names="Luis", surnames="Andrade Mena"))
    account = next(a.id for a in f.accounts if a.product == "savings")
    for i, day in enumerate(days):
        lut.set_business_date(day)
        if i == 0 and open_drawer:
            drawer.open_drawer(lut.ledger, teller, {"100": 10})
        op = WITHDRAWAL if i % 3 == 2 else DEPOSIT
        amount = D("20.00") if op == WITHDRAWAL else D("100.00") + i
        cash_ops.execute(lut.ledger, teller, op, CashRequest(account, amount, f.id), f"key-{n}-{i}")
    return members.get_member(lut.ledger, teller, f.id), account


def pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def active_luis(lut, teller) -> members.MemberFile:  # noqa: ANN001
    """An active Ecuadorian member with an e-mail, an external account and a birth date (the
    online access, cards and outbox tests): registered, the mandatory contribution paid in cash."""
    from app.domain.contributions import Kind, Source
    from app.services import contributions
    from app.services.contributions import ContributionRequest
    f = members.register_member(lut.ledger, teller, MemberInput(
        document="1710034065", given_names="Luis", surnames="Andrade Mena", bank_account="2200123456",
        bank_name="Banco Pichincha", email="luis@example.org", birth_date=date(1985, 3, 7)))
    drawer.open_drawer(lut.ledger, teller, {"20": 100})
    contributions.execute(lut.ledger, teller, ContributionRequest(f.id, Kind.MANDATORY, D("25.00"),
                                                                  Source.CASH, f.id), "m")
    return members.get_member(lut.ledger, teller, f.id)
