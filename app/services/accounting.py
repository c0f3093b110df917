"""For the accountant: the trial balance at any date and the journal export by date range, with
the regulator's account codes (PGC in Spain, the SEPS catalogue in Ecuador)."""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select

from ..domain.messages import N_
from ..domain.money import currency, from_minor
from ..domain.permissions import Permission
from ..models import Account, Branch, Entry, Posting
from .context import Actor, Ledger, UnitOfWork
from .errors import invalid
from .ledger import receipt_label


@dataclass(frozen=True)
class TrialLine:
    chart_code: str
    name: str
    debit: Decimal          # sum of debits up to the date
    credit: Decimal         # sum of credits up to the date

    @property
    def balance(self) -> Decimal:
        """Debit minus credit: positive for a debit balance."""
        return self.debit - self.credit


@dataclass(frozen=True)
class TrialBalance:
    at: date
    currency: str
    lines: tuple[TrialLine, ...]

    @property
    def total_debit(self) -> Decimal:
        return sum((ln.debit for ln in self.lines), Decimal(0))

    @property
    def total_credit(self) -> Decimal:
        return sum((ln.credit for ln in self.lines), Decimal(0))


def trial_balance(ledger: Ledger, actor: Actor, at: date | None = None) -> TrialBalance:
    """Debits and credits per chart code of every posting up to business date `at` (today)."""
    with UnitOfWork(ledger, actor, Permission.AUDIT_READ, read_only=True) as uow:
        at = at or uow.business_date()
        cur = currency(uow.institution().currency)
        rows = uow.session.execute(
            select(Account.chart_code, func.min(Account.name),
                   func.coalesce(func.sum(Posting.amount).filter(Posting.amount > 0), 0),
                   func.coalesce(-func.sum(Posting.amount).filter(Posting.amount < 0), 0))
            .join(Posting, Posting.account_id == Account.id)
            .where(Posting.business_date <= at)
            .group_by(Account.chart_code).order_by(Account.chart_code)).all()
        names = dict(uow.session.execute(select(Account.chart_code, Account.name)
                                         .where(Account.kind == "internal",
                                                Account.staff_id.is_(None))).all())
        lines = tuple(TrialLine(code, names.get(code, name), from_minor(d, cur), from_minor(c, cur))
                      for code, name, d, c in rows)
        return TrialBalance(at, cur.code, lines)


JOURNAL_HEADER = ("business_date", "receipt", "entry", "kind", "description", "account",
                  "chart_code", "debit", "credit", "reverses_entry")


def journal_csv(ledger: Ledger, actor: Actor, date_from: date, date_to: date,
                page: int = 5000) -> str:
    """Every posting between two business dates, one row each, amounts with a dot."""
    if date_from > date_to:
        raise invalid("date_from", N_("The first date is after the last one."))
    with UnitOfWork(ledger, actor, Permission.AUDIT_READ, read_only=True) as uow:
        cur = currency(uow.institution().currency)
        codes = dict(uow.session.execute(select(Branch.id, Branch.code)).all())
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(JOURNAL_HEADER)
        last = 0
        while True:
            rows = uow.session.execute(
                select(Posting, Entry, Account.number, Account.chart_code)
                .join(Entry, Entry.id == Posting.entry_id).join(Account, Account.id == Posting.account_id)
                .where(Posting.business_date.between(date_from, date_to), Posting.id > last)
                .order_by(Posting.id).limit(page)).all()
            if not rows:
                return out.getvalue()
            for p, e, number, code in rows:
                amount = from_minor(p.amount, cur)
                writer.writerow([p.business_date.isoformat(),
                                 receipt_label(codes[e.branch_id], e.receipt_year, e.receipt_no),
                                 e.id, e.kind, e.description, number, code,
                                 f"{amount:.{cur.exponent}f}" if amount > 0 else "",
                                 f"{-amount:.{cur.exponent}f}" if amount < 0 else "",
                                 e.reverses_entry_id or ""])
                last = p.id
            uow.session.expunge_all()
