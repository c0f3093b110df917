"""An account's movements for the desk: a date range becomes a range of per-account sequence
numbers (two index lookups), and rows are fetched by page. So a million movements open as fast
as ten, and any row is one index range away."""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import select

from ..domain.messages import Msg, N_
from ..domain.money import NumberFormat, currency, format_amount, from_minor
from ..domain.permissions import Permission
from ..models import Account, Entry, Member, Posting
from .letterhead import Letterhead, letterhead
from .context import Actor, Ledger, UnitOfWork
from .errors import NotFound, invalid


@dataclass(frozen=True)
class MovementRange:
    """Movements `first_seq`..`last_seq` of an account (newest shown first). Empty when
    first_seq > last_seq."""
    account_id: int
    first_seq: int
    last_seq: int
    date_from: date
    date_to: date

    def __len__(self) -> int:
        return max(0, self.last_seq - self.first_seq + 1)

    def seq_at(self, row: int) -> int:
        """The movement shown at `row` (0 = newest)."""
        return self.last_seq - row


@dataclass(frozen=True)
class Movement:
    seq: int
    entry_id: int
    business_date: date
    description: str
    debit: Decimal | None           # money out of the account (from the member's view)
    credit: Decimal | None          # money into the account
    amount: Decimal                 # signed: + in, - out
    balance_after: Decimal
    receipt: str
    reversed: bool


def _account(uow: UnitOfWork, account_id: int) -> Account:
    acc = uow.session.get(Account, account_id)
    if acc is None:
        raise NotFound(Msg.of(N_("Account {id} does not exist."), id=account_id))
    return acc


def movement_range(ledger: Ledger, actor: Actor, account_id: int, date_from: date | None = None,
                   date_to: date | None = None) -> MovementRange:
    """The movements between two business dates (default: the last 12 months)."""
    with UnitOfWork(ledger, actor, Permission.READ, read_only=True) as uow:
        _account(uow, account_id)
        today = uow.business_date()
        date_to = date_to or today
        date_from = date_from or (date_to - timedelta(days=365))
        if date_from > date_to:
            raise invalid("date_from", N_("The first date is after the last one."))
        base = select(Posting.seq).where(Posting.account_id == account_id)
        first = uow.session.execute(base.where(Posting.business_date >= date_from)
                                    .order_by(Posting.business_date, Posting.seq).limit(1)).scalar()
        last = uow.session.execute(base.where(Posting.business_date <= date_to)
                                   .order_by(Posting.business_date.desc(), Posting.seq.desc())
                                   .limit(1)).scalar()
        last = last or 0
        # An empty range keeps first = last + 1, so the balance before it is still known.
        first = last + 1 if first is None or first > last + 1 else first
        return MovementRange(account_id, first, last, date_from, date_to)


def fetch(ledger: Ledger, actor: Actor, account_id: int, seqs: list[int]) -> list[Movement]:
    """The movements with these sequence numbers, in the order given."""
    if not seqs:
        return []
    with UnitOfWork(ledger, actor, Permission.READ, read_only=True) as uow:
        return _fetch(uow, account_id, seqs)


def _fetch(uow: UnitOfWork, account_id: int, seqs: list[int]) -> list[Movement]:
    from ..models import Branch
    acc = _account(uow, account_id)
    if not seqs:
        return []
    cur = currency(acc.currency)
    sign = 1 if acc.normal_side == "D" else -1
    lo, hi = min(seqs), max(seqs)
    rows = uow.session.execute(
        select(Posting, Entry).join(Entry, Entry.id == Posting.entry_id)
        .where(Posting.account_id == account_id, Posting.seq >= lo, Posting.seq <= hi)).all()
    entry_ids = [e.id for _p, e in rows]
    reversed_ids = set(uow.session.execute(select(Entry.reverses_entry_id).where(
        Entry.reverses_entry_id.in_(entry_ids))).scalars()) if entry_ids else set()
    codes = dict(uow.session.execute(select(Branch.id, Branch.code)).all())
    by_seq = {}
    for p, e in rows:
        amount = from_minor(p.amount * sign, cur)
        by_seq[p.seq] = Movement(
            p.seq, e.id, p.business_date, p.memo or e.description,
            -amount if amount < 0 else None, amount if amount > 0 else None, amount,
            from_minor(p.balance_after, cur), f"{codes[e.branch_id]}-{e.receipt_year}-{e.receipt_no:06d}",
            e.id in reversed_ids)
    return [by_seq[s] for s in seqs if s in by_seq]


def last_movements(ledger: Ledger, actor: Actor, account_id: int, n: int = 10) -> list[Movement]:
    with UnitOfWork(ledger, actor, Permission.READ, read_only=True) as uow:
        top = _account(uow, account_id).postings
        return _fetch(uow, account_id, list(range(top, max(0, top - n), -1)))


def export_csv(ledger: Ledger, actor: Actor, rng: MovementRange, fmt: NumberFormat,
               headers: tuple[str, ...], page: int = 5000) -> str:
    """The range as CSV: ISO dates, the profile's decimal symbol, a header row. The delimiter is
    ";" where the decimal symbol is a comma (so spreadsheets in that locale split right)."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";" if fmt.decimal == "," else ",", lineterminator="\n")
    writer.writerow(headers)
    with UnitOfWork(ledger, actor, Permission.READ, read_only=True) as uow:
        cur = currency(_account(uow, rng.account_id).currency)
        plain = NumberFormat(fmt.decimal, "", fmt.symbol_first, fmt.locale)
        for start in range(0, len(rng), page):
            seqs = [rng.seq_at(r) for r in range(start, min(len(rng), start + page))]
            for m in _fetch(uow, rng.account_id, seqs):
                writer.writerow([m.business_date.isoformat(), m.description,
                                 "" if m.debit is None else format_amount(m.debit, plain, cur),
                                 "" if m.credit is None else format_amount(m.credit, plain, cur),
                                 format_amount(m.balance_after, plain, cur), m.receipt])
    return out.getvalue()


@dataclass(frozen=True)
class StatementHeader:
    institution: str
    account_number: str
    account_name: str
    holder: str
    currency: str
    date_from: date
    date_to: date
    opening: Decimal
    closing: Decimal
    letterhead: Letterhead | None = None


def statement_header(ledger: Ledger, actor: Actor, rng: MovementRange) -> StatementHeader:
    with UnitOfWork(ledger, actor, Permission.READ, read_only=True) as uow:
        acc = _account(uow, rng.account_id)
        cur = currency(acc.currency)
        member = uow.session.get(Member, acc.member_id) if acc.member_id else None
        holder = "" if member is None else (member.given_names if member.kind == "organisation"
                                            else f"{member.given_names} {member.surnames}")
        def balance_at(seq: int) -> Decimal:
            if seq <= 0:
                return Decimal(0).quantize(cur.quantum)
            value = uow.session.execute(select(Posting.balance_after).where(
                Posting.account_id == acc.id, Posting.seq == seq)).scalar_one()
            return from_minor(value, cur)
        opening = balance_at(rng.first_seq - 1)
        closing = balance_at(rng.last_seq) if len(rng) else opening
        return StatementHeader(uow.institution().name, acc.number, acc.name, holder, acc.currency,
                               rng.date_from, rng.date_to, opening, closing, letterhead(uow))
