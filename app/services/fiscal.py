"""Fiscal certificates (DOMAIN.md, "Fiscal certificate"): per member and year, from the return
payment records (remuneration of capital now; savings interest and term deposits will write the
same records): payer name and tax ID, member name and tax ID as they were when paid, kind of
income, gross, rate, withheld, net. Issued from 1 January of the following year."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select

from ..domain.messages import Msg, N_
from ..domain.money import currency, from_minor
from ..domain.permissions import Permission
from ..models import Member, ReturnPayment
from .context import Actor, Ledger, UnitOfWork
from .errors import Conflict, NotFound
from .letterhead import Letterhead, letterhead
from .members import display_name
from .settings import values as setting_values

INCOME_LABELS = {"capital_remuneration": N_("Remuneration of voluntary capital (income from "
                                            "movable capital)")}


@dataclass(frozen=True)
class FiscalLine:
    paid_on: date
    income_kind: str
    gross: Decimal
    rate: Decimal
    withheld: Decimal
    net: Decimal


@dataclass(frozen=True)
class FiscalCertificate:
    letterhead: Letterhead
    year: int
    member_id: int
    member_name: str
    member_tax_id: str
    member_address: str
    lines: tuple[FiscalLine, ...]
    issued_on: date
    place: str
    currency: str
    locale: str
    number_format: str

    @property
    def gross(self) -> Decimal:
        return sum((x.gross for x in self.lines), Decimal(0))

    @property
    def withheld(self) -> Decimal:
        return sum((x.withheld for x in self.lines), Decimal(0))

    @property
    def net(self) -> Decimal:
        return sum((x.net for x in self.lines), Decimal(0))


def _check_year(uow: UnitOfWork, year: int) -> None:
    if uow.business_date().year <= year:
        raise Conflict(Msg.of(N_("The certificates of {year} are issued from 1 January {next}."),
                              year=year, next=year + 1))


def _certificates(uow: UnitOfWork, year: int, member_ids: list[int] | None) -> list[FiscalCertificate]:
    q = select(ReturnPayment).where(ReturnPayment.year == year).order_by(ReturnPayment.member_id,
                                                                         ReturnPayment.id)
    if member_ids is not None:
        q = q.where(ReturnPayment.member_id.in_(member_ids))
    by_member: dict[int, list[ReturnPayment]] = defaultdict(list)
    for r in uow.session.execute(q).scalars():
        by_member[r.member_id].append(r)
    wanted = member_ids if member_ids is not None else sorted(by_member)
    members = {m.id: m for m in uow.session.execute(select(Member).where(Member.id.in_(wanted))).scalars()}
    inst = uow.institution()
    head = letterhead(uow)
    cur = currency(inst.currency)
    fmt = setting_values(uow)["number_format"]
    issued = uow.business_date()
    out = []
    for member_id in wanted:
        m = members.get(member_id)
        if m is None:
            raise NotFound(Msg.of(N_("Member {id} does not exist."), id=member_id))
        rows = by_member.get(member_id, [])
        lines = tuple(FiscalLine(r.paid_on, r.income_kind, from_minor(r.gross, cur), Decimal(r.rate),
                                 from_minor(r.withheld, cur), from_minor(r.net, cur)) for r in rows)
        name = rows[-1].name if rows else display_name(m)
        tax_id = rows[-1].tax_id if rows else m.document
        out.append(FiscalCertificate(head, year, m.id, name, tax_id, m.address, lines, issued,
                                     inst.city, cur.code, uow.profile().locale, fmt))
    return out


def certificate(ledger: Ledger, actor: Actor, member_id: int, year: int) -> FiscalCertificate:
    """One member's certificate (with no lines when nothing was paid that year)."""
    with UnitOfWork(ledger, actor, Permission.READ, read_only=True) as uow:
        _check_year(uow, year)
        return _certificates(uow, year, [member_id])[0]


def all_certificates(ledger: Ledger, actor: Actor, year: int) -> list[FiscalCertificate]:
    """Every member paid a return in `year` (the batch run)."""
    with UnitOfWork(ledger, actor, Permission.AUDIT_READ, read_only=True) as uow:
        _check_year(uow, year)
        return _certificates(uow, year, None)
