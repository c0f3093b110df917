"""The journal of a business day: every entry with its postings, for the end-of-day report and
the accountant."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select

from ..domain.money import currency, from_minor
from ..domain.permissions import Permission
from ..models import Account, Branch, EndOfDayRun, Entry, Posting, Staff
from .context import Actor, Ledger, UnitOfWork
from .ledger import receipt_label


@dataclass(frozen=True)
class JournalLine:
    account_number: str
    account_name: str
    chart_code: str
    debit: Decimal
    credit: Decimal


@dataclass(frozen=True)
class JournalEntry:
    entry_id: int
    receipt: str
    kind: str
    description: str
    teller: str
    reverses: int | None
    lines: tuple[JournalLine, ...]


@dataclass(frozen=True)
class DayJournal:
    institution: str
    business_date: date
    currency: str
    entries: tuple[JournalEntry, ...]
    total_debit: Decimal
    total_credit: Decimal
    audit_seq: int | None
    audit_mac: str | None


def day_journal(ledger: Ledger, actor: Actor, day: date) -> DayJournal:
    with UnitOfWork(ledger, actor, Permission.AUDIT_READ, read_only=True) as uow:
        inst = uow.institution()
        cur = currency(inst.currency)
        codes = dict(uow.session.execute(select(Branch.id, Branch.code)).all())
        names = dict(uow.session.execute(select(Staff.id, Staff.username)).all())
        rows = uow.session.execute(
            select(Entry, Posting, Account).join(Posting, Posting.entry_id == Entry.id)
            .join(Account, Account.id == Posting.account_id)
            .where(Entry.business_date == day).order_by(Entry.id, Posting.id)).all()
        entries: list[JournalEntry] = []
        current: Entry | None = None
        lines: list[JournalLine] = []
        debit = credit = Decimal(0)

        def flush() -> None:
            if current is not None:
                entries.append(JournalEntry(
                    current.id, receipt_label(codes[current.branch_id], current.receipt_year,
                                              current.receipt_no),
                    current.kind, current.description, names.get(current.staff_id, ""),
                    current.reverses_entry_id, tuple(lines)))
        for entry, posting, account in rows:
            if current is None or entry.id != current.id:
                flush()
                current, lines = entry, []
            amount = from_minor(posting.amount, cur)
            d, c = (amount, Decimal(0)) if amount > 0 else (Decimal(0), -amount)
            debit, credit = debit + d, credit + c
            lines.append(JournalLine(account.number, account.name, account.chart_code, d, c))
        flush()
        run = uow.session.execute(select(EndOfDayRun).where(EndOfDayRun.business_date == day)).scalar_one_or_none()
        return DayJournal(inst.name, day, inst.currency, tuple(entries), debit, credit,
                          run.audit_head_seq if run else None, run.audit_head_mac if run else None)
