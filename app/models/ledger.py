"""The double-entry ledger: accounts, holders, entries, postings, holds, receipt counters."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (Boolean, CheckConstraint, Date, DateTime, ForeignKey, Index, Integer,
                        String, UniqueConstraint)
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Minor, utcnow


class Account(Base):
    """A member or internal ledger account. `balance` and `held` cache the postings and open
    holds, in the account's normal sign; they change only under a row lock."""
    __tablename__ = "account"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(24), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    kind: Mapped[str] = mapped_column(String(10))              # member | internal
    product: Mapped[str] = mapped_column(String(24))
    normal_side: Mapped[str] = mapped_column(String(1))        # D | C
    chart_code: Mapped[str] = mapped_column(String(12))
    currency: Mapped[str] = mapped_column(String(3))
    branch_id: Mapped[int] = mapped_column(ForeignKey("branch.id"))
    member_id: Mapped[int | None] = mapped_column(ForeignKey("member.id"), index=True)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))  # a teller's drawer
    status: Mapped[str] = mapped_column(String(10), default="active")
    allow_negative: Mapped[bool] = mapped_column(Boolean, default=False)
    balance: Mapped[int] = mapped_column(Minor, default=0)
    held: Mapped[int] = mapped_column(Minor, default=0)
    postings: Mapped[int] = mapped_column(Integer, default=0)   # the last posting's seq
    opened_on: Mapped[date] = mapped_column(Date)
    closed_on: Mapped[date | None] = mapped_column(Date)

    __table_args__ = (CheckConstraint("normal_side in ('D','C')", name="side"),)


class AccountHolder(Base):
    """Who may act on a member account, and as what."""
    __tablename__ = "account_holder"

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id"), index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), index=True)
    role: Mapped[str] = mapped_column(String(20))    # holder|joint_holder|authorised|representative
    since: Mapped[date] = mapped_column(Date)
    until: Mapped[date | None] = mapped_column(Date)


class Entry(Base):
    """A journal entry. Never edited or deleted: a reversal entry points at the original."""
    __tablename__ = "entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    branch_id: Mapped[int] = mapped_column(ForeignKey("branch.id"))
    receipt_year: Mapped[int] = mapped_column(Integer)
    receipt_no: Mapped[int] = mapped_column(Integer)
    business_date: Mapped[date] = mapped_column(Date, index=True)
    value_date: Mapped[date] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    acted_by_member_id: Mapped[int | None] = mapped_column(ForeignKey("member.id"))
    kind: Mapped[str] = mapped_column(String(40))
    description: Mapped[str] = mapped_column(String(200))
    idempotency_key: Mapped[str] = mapped_column(String(64), unique=True)
    reverses_entry_id: Mapped[int | None] = mapped_column(ForeignKey("entry.id"), unique=True)

    __table_args__ = (UniqueConstraint("branch_id", "receipt_year", "receipt_no",
                                       name="uq_entry_receipt"),)


class Posting(Base):
    """One line of an entry: `amount` is signed (debit positive, credit negative);
    `balance_after` is the account's balance after it, in the account's normal sign.
    `seq` numbers an account's postings 1, 2, 3... without gaps, so the n-th movement of an
    account is one index lookup (a million movements page as fast as ten); `business_date`
    repeats the entry's so a date range maps to a seq range through the same index."""
    __tablename__ = "posting"

    id: Mapped[int] = mapped_column(primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("entry.id"), index=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id"))
    seq: Mapped[int] = mapped_column(Integer)
    business_date: Mapped[date] = mapped_column(Date)
    amount: Mapped[int] = mapped_column(Minor)
    balance_after: Mapped[int] = mapped_column(Minor)
    memo: Mapped[str] = mapped_column(String(120), default="")

    __table_args__ = (UniqueConstraint("account_id", "seq", name="uq_posting_account_seq"),
                      Index("ix_posting_account_date_seq", "account_id", "business_date", "seq"),
                      CheckConstraint("amount <> 0", name="nonzero"))


class Hold(Base):
    """Money set aside on an account: booked but not available until released."""
    __tablename__ = "hold"

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id"), index=True)
    amount: Mapped[int] = mapped_column(Minor)
    reason: Mapped[str] = mapped_column(String(200))
    placed_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    placed_by: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    released_at: Mapped[datetime | None] = mapped_column(DateTime)
    released_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))

    __table_args__ = (CheckConstraint("amount > 0", name="positive"),)


class ReceiptCounter(Base):
    """The last receipt number given per branch and year; incremented inside the posting
    transaction, so a rolled-back operation leaves no gap."""
    __tablename__ = "receipt_counter"

    branch_id: Mapped[int] = mapped_column(ForeignKey("branch.id"), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_no: Mapped[int] = mapped_column(Integer, default=0)
