"""Posting to the double-entry ledger: entries, reversals, holds, balances.

`post()` is the one door into the journal. Other services call it inside their own unit of work;
`post_entry()` is the public operation for a manual entry (and what the benchmark measures).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Sequence

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm.attributes import set_committed_value

from ..domain.messages import Msg, N_
from ..domain.money import InvalidAmount, currency, from_minor, to_minor
from ..domain.permissions import Permission
from ..models import Account, Branch, Entry, Hold, Posting, ReceiptCounter
from ..models.base import utcnow
from .context import Actor, Ledger, UnitOfWork
from .errors import Conflict, InsufficientFunds, NotFound, ValidationError, invalid

MAX_KEY = 64

# Statements built once: building a SQLAlchemy statement costs more than running it.
_LOCK_ACCOUNTS = (select(Account).where(Account.id.in_(bindparam("ids", expanding=True)))
                  .order_by(Account.id).with_for_update())
_ENTRY_BY_KEY = select(Entry.id).where(Entry.idempotency_key == bindparam("key"))
_INSERT_ENTRY = insert(Entry.__table__).returning(Entry.__table__.c.id)
_INSERT_POSTINGS = insert(Posting.__table__)
_SET_BALANCE = (update(Account.__table__).where(Account.__table__.c.id == bindparam("account_id"))
                .values(balance=bindparam("new_balance"), postings=bindparam("new_postings")))
_BRANCH_CODE = select(Branch.code).where(Branch.id == bindparam("id"))
_NEXT_RECEIPT = {
    name: (dialect.insert(ReceiptCounter)
           .values(branch_id=bindparam("branch_id"), year=bindparam("year"), last_no=1)
           .on_conflict_do_update(index_elements=[ReceiptCounter.branch_id, ReceiptCounter.year],
                                  set_={"last_no": ReceiptCounter.last_no + 1})
           .returning(ReceiptCounter.last_no))
    for name, dialect in (("postgresql", postgresql), ("sqlite", sqlite))}


@dataclass(frozen=True)
class Line:
    """One posting to be made: `amount` is signed, debit positive, credit negative."""
    account_id: int
    amount: Decimal
    memo: str = ""


@dataclass(frozen=True)
class PostedLine:
    account_id: int
    account_number: str
    amount: Decimal
    balance_after: Decimal


@dataclass(frozen=True)
class PostedEntry:
    entry_id: int
    receipt: str
    business_date: date
    kind: str
    description: str
    lines: tuple[PostedLine, ...]
    replayed: bool = False       # True when the idempotency key had already posted


def _natural(account: Account, amount_minor: int) -> int:
    return amount_minor if account.normal_side == "D" else -amount_minor


def lock_accounts(uow: UnitOfWork, ids: Sequence[int]) -> dict[int, Account]:
    rows = uow.session.execute(_LOCK_ACCOUNTS, {"ids": sorted(set(ids))}).scalars().all()
    found = {a.id: a for a in rows}
    for account_id in ids:
        if account_id not in found:
            raise NotFound(Msg.of(N_("Account {id} does not exist."), id=account_id))
    return found


def _next_receipt(uow: UnitOfWork, branch_id: int, year: int) -> int:
    """One upsert: create the counter at 1 or add one, returning the number (the upsert holds
    the row lock on PostgreSQL; SQLite is already serialised by BEGIN IMMEDIATE)."""
    conn = uow.session.connection()
    return conn.execute(_NEXT_RECEIPT[conn.dialect.name],
                        {"branch_id": branch_id, "year": year}).scalar_one()


def receipt_label(branch_code: str, year: int, number: int) -> str:
    return f"{branch_code}-{year}-{number:06d}"


def existing(uow: UnitOfWork, key: str) -> PostedEntry | None:
    entry_id = uow.session.connection().execute(_ENTRY_BY_KEY, {"key": key}).scalar()
    return None if entry_id is None else _view(uow, uow.session.get(Entry, entry_id), replayed=True)


def _view(uow: UnitOfWork, entry: Entry, replayed: bool = False) -> PostedEntry:
    from ..models import Branch
    rows = uow.session.execute(select(Posting, Account).join(Account, Posting.account_id == Account.id)
                               .where(Posting.entry_id == entry.id).order_by(Posting.id)).all()
    lines = tuple(PostedLine(a.id, a.number, from_minor(p.amount, currency(a.currency)),
                             from_minor(p.balance_after, currency(a.currency))) for p, a in rows)
    branch = uow.session.get(Branch, entry.branch_id)
    return PostedEntry(entry.id, receipt_label(branch.code, entry.receipt_year, entry.receipt_no),
                       entry.business_date, entry.kind, entry.description, lines, replayed)


def post(uow: UnitOfWork, *, kind: str, description: str, lines: Sequence[Line],
         idempotency_key: str, acted_by_member_id: int | None = None,
         value_date: date | None = None, reverses_entry_id: int | None = None,
         enforce_available: bool = True) -> PostedEntry:
    """Post a balanced entry under row locks. Replays (same key) return the first result."""
    if not idempotency_key or len(idempotency_key) > MAX_KEY:
        raise invalid("idempotency_key", N_("Give a key of 1 to {n} characters."), n=MAX_KEY)
    if (done := existing(uow, idempotency_key)) is not None:
        return done
    if len(lines) < 2:
        raise invalid("lines", N_("An entry needs at least two postings."))
    if not description.strip() or len(description) > 200:
        raise invalid("description", N_("Write a description of 1 to 200 characters."))
    accounts = lock_accounts(uow, [ln.account_id for ln in lines])
    minors: list[int] = []
    totals: dict[str, int] = {}
    for ln in lines:
        acc = accounts[ln.account_id]
        if not isinstance(ln.amount, Decimal):
            raise invalid("amount", N_("Amounts must be exact decimals."))
        if ln.amount == 0:
            raise invalid("amount", N_("A posting cannot be zero."))
        if acc.status != "active":
            raise Conflict(Msg.of(N_("Account {number} is {status}: nothing can be posted to it."),
                                  number=acc.number, status=acc.status))
        try:
            m = to_minor(ln.amount, currency(acc.currency))
        except InvalidAmount as exc:
            raise ValidationError("amount", exc.msg) from None
        minors.append(m)
        totals[acc.currency] = totals.get(acc.currency, 0) + m
    if any(totals.values()):
        raise invalid("lines", N_("The postings do not balance: debits and credits differ."))

    biz = uow.business_date()
    running = {acc.id: acc.balance for acc in accounts.values()}
    after: list[int] = []
    for ln, m in zip(lines, minors):
        acc = accounts[ln.account_id]
        delta = _natural(acc, m)
        running[acc.id] += delta
        if (enforce_available and delta < 0 and not acc.allow_negative
                and running[acc.id] - acc.held < 0):
            raise InsufficientFunds(Msg.of(N_(
                "Account {number} does not have enough available balance for this operation."),
                number=acc.number))
        after.append(running[acc.id])
    branch_id = uow.staff.branch_id
    conn = uow.session.connection()
    receipt_no = _next_receipt(uow, branch_id, biz.year)
    description = description.strip()
    entry_id = conn.execute(_INSERT_ENTRY, dict(
        branch_id=branch_id, receipt_year=biz.year, receipt_no=receipt_no, business_date=biz,
        value_date=value_date or biz, created_at=utcnow(), staff_id=uow.staff_id,
        acted_by_member_id=acted_by_member_id, kind=kind, description=description,
        idempotency_key=idempotency_key, reverses_entry_id=reverses_entry_id)).scalar_one()
    count = {acc.id: acc.postings for acc in accounts.values()}
    rows = []
    for ln, m, bal in zip(lines, minors, after):
        count[ln.account_id] += 1
        rows.append(dict(entry_id=entry_id, account_id=ln.account_id, seq=count[ln.account_id],
                         business_date=biz, amount=m, balance_after=bal, memo=ln.memo[:120]))
    conn.execute(_INSERT_POSTINGS, rows)
    conn.execute(_SET_BALANCE, [{"account_id": i, "new_balance": running[i], "new_postings": count[i]}
                                for i in sorted(accounts)])
    for acc in accounts.values():              # keep the loaded rows true, without a flush
        set_committed_value(acc, "balance", running[acc.id])
        set_committed_value(acc, "postings", count[acc.id])
    uow.audit("entry.post", "entry", entry_id, kind=kind, accounts=sorted(accounts),
              reverses=reverses_entry_id)
    code = conn.execute(_BRANCH_CODE, {"id": branch_id}).scalar_one()
    posted = tuple(PostedLine(ln.account_id, accounts[ln.account_id].number,
                              from_minor(m, currency(accounts[ln.account_id].currency)),
                              from_minor(bal, currency(accounts[ln.account_id].currency)))
                   for ln, m, bal in zip(lines, minors, after))
    return PostedEntry(entry_id, receipt_label(code, biz.year, receipt_no), biz, kind,
                       description, posted)


def reverse(uow: UnitOfWork, entry_id: int, *, idempotency_key: str, reason: str) -> PostedEntry:
    """Post the opposite of `entry_id`, pointing at it. An entry is reversed at most once."""
    original = uow.session.get(Entry, entry_id)
    if original is None:
        raise NotFound(Msg.of(N_("Entry {id} does not exist."), id=entry_id))
    if original.reverses_entry_id is not None:
        raise Conflict(Msg.of(N_("Entry {id} is itself a reversal."), id=entry_id))
    if (done := existing(uow, idempotency_key)) is not None:
        return done
    already = uow.session.execute(select(Entry.id).where(Entry.reverses_entry_id == entry_id)).first()
    if already:
        raise Conflict(Msg.of(N_("Entry {id} has already been reversed."), id=entry_id))
    postings = uow.session.execute(select(Posting, Account).join(Account).where(
        Posting.entry_id == entry_id).order_by(Posting.id)).all()
    lines = [Line(a.id, -from_minor(p.amount, currency(a.currency)), p.memo) for p, a in postings]
    return post(uow, kind=original.kind + ".reversal",
                description=f"Reversal of {original.description}"[:200], lines=lines,
                idempotency_key=idempotency_key, reverses_entry_id=entry_id,
                acted_by_member_id=original.acted_by_member_id, enforce_available=False)


def post_entry(ledger: Ledger, actor: Actor, *, kind: str, description: str,
               lines: Sequence[Line], idempotency_key: str) -> PostedEntry:
    """A manual journal entry (the public operation)."""
    try:
        with UnitOfWork(ledger, actor, Permission.POST) as uow:
            result = post(uow, kind=kind, description=description, lines=lines,
                          idempotency_key=idempotency_key)
            uow.commit()
            return result
    except IntegrityError:
        # Two desks raced with the same key: the other one won; report its entry.
        with UnitOfWork(ledger, actor, Permission.POST) as uow:
            done = existing(uow, idempotency_key)
            if done is None:
                raise
            return done


# --- holds -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Balance:
    account_id: int
    number: str
    currency: str
    booked: Decimal
    held: Decimal

    @property
    def available(self) -> Decimal:
        return self.booked - self.held


def _balance(acc: Account) -> Balance:
    cur = currency(acc.currency)
    return Balance(acc.id, acc.number, acc.currency, from_minor(acc.balance, cur),
                   from_minor(acc.held, cur))


def place_hold(ledger: Ledger, actor: Actor, account_id: int, amount: Decimal, reason: str) -> int:
    with UnitOfWork(ledger, actor, Permission.HOLD) as uow:
        acc = lock_accounts(uow, [account_id])[account_id]
        if not reason.strip():
            raise invalid("reason", N_("Say why the money is held."))
        if amount <= 0:
            raise invalid("amount", N_("The amount must be greater than zero."))
        try:
            m = to_minor(amount, currency(acc.currency))
        except InvalidAmount as exc:
            raise ValidationError("amount", exc.msg) from None
        if acc.balance - acc.held - m < 0 and not acc.allow_negative:
            raise InsufficientFunds(Msg.of(N_(
                "Account {number} does not have enough available balance to hold this amount."),
                number=acc.number))
        hold = Hold(account_id=acc.id, amount=m, reason=reason.strip()[:200], placed_by=uow.staff_id)
        uow.session.add(hold)
        acc.held += m
        uow.session.flush()
        uow.audit("hold.place", "hold", hold.id, account=acc.id)
        uow.commit()
        return hold.id


def release_hold(ledger: Ledger, actor: Actor, hold_id: int) -> None:
    with UnitOfWork(ledger, actor, Permission.HOLD) as uow:
        hold = uow.session.get(Hold, hold_id)
        if hold is None:
            raise NotFound(Msg.of(N_("Hold {id} does not exist."), id=hold_id))
        acc = lock_accounts(uow, [hold.account_id])[hold.account_id]
        uow.session.refresh(hold, with_for_update=True)
        if hold.released_at is not None:
            raise Conflict(Msg.of(N_("Hold {id} was already released."), id=hold_id))
        hold.released_at, hold.released_by = utcnow(), uow.staff_id
        acc.held -= hold.amount
        uow.audit("hold.release", "hold", hold.id, account=acc.id)
        uow.commit()


def balance(ledger: Ledger, actor: Actor, account_id: int) -> Balance:
    with UnitOfWork(ledger, actor, Permission.READ, read_only=True) as uow:
        acc = uow.session.get(Account, account_id)
        if acc is None:
            raise NotFound(Msg.of(N_("Account {id} does not exist."), id=account_id))
        return _balance(acc)
