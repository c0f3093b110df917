"""`ventanilla ledger check`: prove the ledger's invariants from the database alone.

1. every entry balances (per currency) and has at least two postings;
2. every account's cached balance equals the sum of its postings, in its normal sign;
3. every account's cached hold total equals its open holds;
4. every account's movements are numbered 1..n without gaps;
5. every posting's balance_after equals the running sum of that account's postings up to it.
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import case, func, select

from ..domain.messages import Msg, N_
from ..domain.permissions import Permission
from ..models import Account, Entry, Hold, Loan, LoanInstallment, Posting
from .context import Actor, Ledger, UnitOfWork


@dataclass(frozen=True)
class LedgerFault:
    msg: Msg


def check_session(session) -> list[LedgerFault]:  # noqa: ANN001 - a SQLAlchemy Session
    faults: list[LedgerFault] = []
    unbalanced = session.execute(
        select(Posting.entry_id, Account.currency, func.sum(Posting.amount), func.count())
        .join(Account, Account.id == Posting.account_id)
        .group_by(Posting.entry_id, Account.currency)
        .having(func.sum(Posting.amount) != 0)).all()
    for entry_id, cur, total, _n in unbalanced:
        faults.append(LedgerFault(Msg.of(N_("Entry {entry} does not balance in {currency}: the "
                                            "postings add up to {total} minor units."),
                                         entry=entry_id, currency=cur, total=total)))
    counts = select(Posting.entry_id, func.count().label("n")).group_by(Posting.entry_id).subquery()
    thin = session.execute(select(Entry.id).outerjoin(counts, counts.c.entry_id == Entry.id)
                           .where(func.coalesce(counts.c.n, 0) < 2)).scalars().all()
    for entry_id in thin:
        faults.append(LedgerFault(Msg.of(N_("Entry {entry} has fewer than two postings."),
                                         entry=entry_id)))
    sign = case((Account.normal_side == "D", 1), else_=-1)
    sums = select(Posting.account_id, func.sum(Posting.amount).label("total")) \
        .group_by(Posting.account_id).subquery()
    rows = session.execute(select(Account.number, Account.balance,
                                  func.coalesce(sums.c.total, 0) * sign)
                           .outerjoin(sums, sums.c.account_id == Account.id)).all()
    for number, cached, actual in rows:
        if cached != actual:
            faults.append(LedgerFault(Msg.of(N_(
                "Account {number}: the cached balance is {cached} but its postings add up to "
                "{actual} (minor units)."), number=number, cached=cached, actual=actual)))
    open_holds = select(Hold.account_id, func.sum(Hold.amount).label("total")) \
        .where(Hold.released_at.is_(None)).group_by(Hold.account_id).subquery()
    rows = session.execute(select(Account.number, Account.held, func.coalesce(open_holds.c.total, 0))
                           .outerjoin(open_holds, open_holds.c.account_id == Account.id)).all()
    for number, cached, actual in rows:
        if cached != actual:
            faults.append(LedgerFault(Msg.of(N_(
                "Account {number}: the cached hold total is {cached} but its open holds add up to "
                "{actual} (minor units)."), number=number, cached=cached, actual=actual)))
    seqs = select(Posting.account_id, func.count().label("n"), func.max(Posting.seq).label("top")) \
        .group_by(Posting.account_id).subquery()
    rows = session.execute(select(Account.number, Account.postings, func.coalesce(seqs.c.n, 0),
                                  func.coalesce(seqs.c.top, 0))
                           .outerjoin(seqs, seqs.c.account_id == Account.id)).all()
    for number, cached, n, top in rows:
        if not cached == n == top:
            faults.append(LedgerFault(Msg.of(N_(
                "Account {number}: its movements are not numbered 1 to {n} without gaps (last "
                "number {top}, cached {cached})."), number=number, n=n, top=top, cached=cached)))
    running = func.sum(Posting.amount * sign).over(partition_by=Posting.account_id,
                                                   order_by=Posting.seq)
    walk = select(Posting.id.label("pid"), Account.number.label("number"),
                  Posting.balance_after.label("after"), running.label("running")) \
        .join(Account, Account.id == Posting.account_id).subquery()
    broken = session.execute(select(walk.c.pid, walk.c.number, walk.c.after, walk.c.running)
                             .where(walk.c.after != walk.c.running).limit(100)).all()
    for pid, number, after, run in broken:
        faults.append(LedgerFault(Msg.of(N_(
            "Posting {posting} on account {number} says the balance after it is {after} but the "
            "postings up to it add up to {running} (minor units)."),
            posting=pid, number=number, after=after, running=run)))
    faults += _loan_faults(session)
    return faults


def _loan_faults(session) -> list[LedgerFault]:  # noqa: ANN001
    """Each loan account holds exactly the principal its installments in force still owe."""
    owed = select(LoanInstallment.loan_id, func.sum(LoanInstallment.principal - LoanInstallment.paid_principal)
                  .label("owed")).where(LoanInstallment.status == "open") \
        .group_by(LoanInstallment.loan_id).subquery()
    rows = session.execute(select(Loan.number, Account.balance, func.coalesce(owed.c.owed, 0))
                           .join(Account, Account.id == Loan.account_id)
                           .outerjoin(owed, owed.c.loan_id == Loan.id)).all()
    return [LedgerFault(Msg.of(N_("Loan {number}: its account holds {balance} but its installments "
                                  "owe {owed} of principal (minor units)."),
                               number=number, balance=balance, owed=owed_minor))
            for number, balance, owed_minor in rows if balance != owed_minor]


def check(ledger: Ledger, actor: Actor | None = None) -> list[LedgerFault]:
    """Run every check; an actor, when given, must be allowed to audit."""
    with UnitOfWork(ledger, actor, Permission.AUDIT_READ if actor else None, read_only=True) as uow:
        return check_session(uow.session)
