"""The yearly remuneration of voluntary capital, dated 31 December: once the year's rate is set
(administrator), a supervisor runs it; each member's interest on each day's voluntary balance
(actual/365) is computed, the profile's withholding is posted to taxes payable, and the net is
capitalised as voluntary capital or paid to the external account, as the member chose. Every
payment is recorded with the member's tax ID at that time for the fiscal certificate. A year runs
once: the second run is refused."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from ..domain.contributions import Kind
from ..domain.messages import Msg, N_
from ..domain.money import currency, from_minor, to_minor
from ..domain.permissions import Permission
from ..domain.profiles import Product
from ..domain.remuneration import closing_date, remuneration, year_interest
from ..models import (Account, Entry, Member, OutgoingTransfer, Posting, RemunerationRate,
                      RemunerationRun, ReturnPayment)
from . import accounts, ledger as ledger_svc, settings
from .context import Actor, Ledger, UnitOfWork
from .contributions import _part_of
from .errors import Conflict, NotFound, invalid
from .ledger import Line
from .members import _record, display_name

CHOICES = ("capitalise", "pay")
INCOME_KIND = "capital_remuneration"
MAX_RATE = Decimal("0.20")


@dataclass(frozen=True)
class MemberReturn:
    member_id: int
    name: str
    tax_id: str
    gross: Decimal
    withheld: Decimal
    net: Decimal
    settled: str              # capitalised | paid


@dataclass(frozen=True)
class RemunerationResult:
    year: int
    rate: Decimal
    withholding_rate: Decimal
    currency: str
    members: tuple[MemberReturn, ...]
    done: bool                # True once posted (a run), False for a preview

    @property
    def gross(self) -> Decimal:
        return sum((m.gross for m in self.members), Decimal(0))

    @property
    def withheld(self) -> Decimal:
        return sum((m.withheld for m in self.members), Decimal(0))


def set_rate(ledger: Ledger, actor: Actor, year: int, rate: Decimal) -> Decimal:
    """The year's rate as a fraction (0.015 = 1.5 %), as the assembly agreed it."""
    try:
        value = Decimal(rate)
    except (InvalidOperation, TypeError):
        raise invalid("rate", N_("Type the rate as a percentage, e.g. 1,5.")) from None
    if not value.is_finite() or value < 0 or value > MAX_RATE:
        raise invalid("rate", N_("Use a rate from 0 to {maximum} %."), maximum=int(MAX_RATE * 100))
    with UnitOfWork(ledger, actor, Permission.INSTITUTION_ADMIN) as uow:
        if uow.session.get(RemunerationRun, year) is not None:
            raise Conflict(Msg.of(N_("The remuneration of {year} has been run: its rate cannot "
                                     "change."), year=year))
        row = uow.session.get(RemunerationRate, year)
        if row is None:
            row = RemunerationRate(year=year, rate="0", set_by=uow.staff_id)
            uow.session.add(row)
        row.rate, row.set_by = str(value), uow.staff_id
        uow.session.flush()
        uow.audit("remuneration.rate", "remuneration_rate", year, rate=str(value))
        uow.commit()
        return value


def rate_of(ledger: Ledger, actor: Actor, year: int) -> Decimal | None:
    with UnitOfWork(ledger, actor, Permission.READ, read_only=True) as uow:
        row = uow.session.get(RemunerationRate, year)
        return Decimal(row.rate) if row else None


def set_choice(ledger: Ledger, actor: Actor, member_id: int, choice: str) -> str:
    """Whether the member's yearly return is capitalised or paid to their external account."""
    if choice not in CHOICES:
        raise invalid("remuneration_choice", N_("Choose to capitalise the return or to have it paid."))
    with UnitOfWork(ledger, actor, Permission.MEMBER_WRITE) as uow:
        member = uow.session.get(Member, member_id)
        if member is None:
            raise NotFound(Msg.of(N_("Member {id} does not exist."), id=member_id))
        if choice == "pay" and not member.bank_account:
            raise invalid("remuneration_choice", N_("The member has no registered external account "
                                                    "to pay the return to."))
        if member.remuneration_choice != choice:
            _record(uow, member, "remuneration_choice", member.remuneration_choice, choice)
            member.remuneration_choice = choice
            uow.audit("member.update", "member", member.id, fields=["remuneration_choice"])
            uow.commit()
        return choice


def _voluntary_accounts(uow: UnitOfWork) -> list[Account]:
    products = (Product.CAPITAL_VOLUNTARY.value, Product.CAPITAL.value)
    return list(uow.session.execute(select(Account).where(
        Account.kind == "member", Account.product.in_(products), Account.status == "active")
        .order_by(Account.member_id)).scalars())


def _compute(uow: UnitOfWork, year: int) -> tuple[RemunerationResult, dict[int, Account], dict[int, Member]]:
    row = uow.session.get(RemunerationRate, year)
    if row is None:
        raise Conflict(Msg.of(N_("Set the rate of {year} first (Administration, Capital returns)."), year=year))
    rate = Decimal(row.rate)
    cfg = settings.values(uow)
    cur = currency(uow.institution().currency)
    accs = {a.id: a for a in _voluntary_accounts(uow)}
    end = date(year + 1, 1, 1)
    changes: dict[int, list[tuple[date, Decimal]]] = defaultdict(list)
    if accs:
        rows = uow.session.execute(
            select(Posting.account_id, Posting.business_date, Posting.amount, Entry.kind)
            .join(Entry, Entry.id == Posting.entry_id)
            .where(Posting.account_id.in_(accs), Posting.business_date < end)).all()
        for account_id, day, amount, kind in rows:
            acc = accs[account_id]
            if _part_of(acc, kind) == Kind.VOLUNTARY:
                changes[account_id].append((day, from_minor(-amount, cur)))     # credit = in
    members = {m.id: m for m in uow.session.execute(select(Member).where(
        Member.id.in_({a.member_id for a in accs.values()}))).scalars()} if accs else {}
    out = []
    by_member: dict[int, Account] = {}
    for acc in accs.values():
        if acc.id not in changes:
            continue
        r = remuneration(year_interest(Decimal(0), changes[acc.id], year, rate),
                         cfg["withholding_rate"], cur, cfg["rounding"])
        if r.gross <= 0:
            continue
        m = members[acc.member_id]
        settled = "paid" if m.remuneration_choice == "pay" and m.bank_account else "capitalised"
        out.append(MemberReturn(m.id, display_name(m), m.document, r.gross, r.withheld, r.net, settled))
        by_member[m.id] = acc
    result = RemunerationResult(year, rate, cfg["withholding_rate"], cur.code, tuple(out), False)
    return result, by_member, members


def _check_year(uow: UnitOfWork, year: int) -> None:
    if uow.business_date() < closing_date(year):
        raise Conflict(Msg.of(N_("The remuneration of {year} is dated 31 December: run it from "
                                 "that business date on."), year=year))


def preview(ledger: Ledger, actor: Actor, year: int) -> RemunerationResult:
    """What the run would pay (nothing written)."""
    with UnitOfWork(ledger, actor, Permission.END_OF_DAY, read_only=True) as uow:
        if uow.session.get(RemunerationRun, year) is not None:
            raise Conflict(Msg.of(N_("The remuneration of {year} has already been run."), year=year))
        return _compute(uow, year)[0]


def run(ledger: Ledger, actor: Actor, year: int) -> RemunerationResult:
    with UnitOfWork(ledger, actor, Permission.END_OF_DAY) as uow:
        _check_year(uow, year)
        if uow.session.get(RemunerationRun, year) is not None:
            raise Conflict(Msg.of(N_("The remuneration of {year} has already been run."), year=year))
        result, by_member, members = _compute(uow, year)
        cur = currency(result.currency)
        try:
            uow.session.add(RemunerationRun(year=year, staff_id=uow.staff_id, members=len(result.members),
                                            gross=to_minor(result.gross, cur),
                                            withheld=to_minor(result.withheld, cur), currency=cur.code))
            uow.session.flush()
        except IntegrityError:
            raise Conflict(Msg.of(N_("The remuneration of {year} has already been run."), year=year)) from None
        expense = accounts.internal(uow, Product.INTEREST_EXPENSE)
        tax = accounts.internal(uow, Product.TAX_PAYABLE)
        clearing = accounts.internal(uow, Product.CLEARING)
        day = closing_date(year)
        title = N_("Remuneration of voluntary capital")
        for r in result.members:
            acc = by_member[r.member_id]
            target = acc.id if r.settled == "capitalised" else clearing.id
            lines = [Line(expense.id, r.gross), Line(target, -r.net, title)]
            if r.withheld:
                lines.append(Line(tax.id, -r.withheld))
            posted = ledger_svc.post(uow, kind=f"capital.remuneration.{r.settled}", description=title,
                                     lines=lines, idempotency_key=f"remuneration-{year}-{r.member_id}",
                                     acted_by_member_id=r.member_id, value_date=day)
            uow.session.add(ReturnPayment(
                member_id=r.member_id, year=year, paid_on=day, income_kind=INCOME_KIND, tax_id=r.tax_id,
                name=r.name[:250], gross=to_minor(r.gross, cur), rate=str(result.withholding_rate),
                withheld=to_minor(r.withheld, cur), net=to_minor(r.net, cur), currency=cur.code,
                settled=r.settled, entry_id=posted.entry_id))
            if r.settled == "paid":
                m = members[r.member_id]
                uow.session.add(OutgoingTransfer(
                    entry_id=posted.entry_id, member_id=m.id, amount=to_minor(r.net, cur), currency=cur.code,
                    beneficiary=r.name[:140], account=m.bank_account, bank_name=m.bank_name,
                    reference=f"{posted.receipt} {title} {year}"[:140], status="pending"))
        uow.audit("remuneration.run", "remuneration_run", year, members=len(result.members))
        uow.commit()
        return RemunerationResult(result.year, result.rate, result.withholding_rate, result.currency,
                                  result.members, True)
