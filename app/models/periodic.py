"""SEPA mandates, periodic contributions, their runs, and direct-debit collections."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Minor, utcnow


class SepaMandate(Base):
    """The member's signed authorisation to collect from their external account (pain.008)."""
    __tablename__ = "sepa_mandate"

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), index=True)
    reference: Mapped[str] = mapped_column(String(35), unique=True)
    iban: Mapped[str] = mapped_column(String(34))
    signed_on: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(12), default="active")     # active | revoked
    first_collected: Mapped[bool] = mapped_column(default=False)           # FRST, then RCUR
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class PeriodicContribution(Base):
    """A voluntary contribution taken every `months` months on `day`, from the external account
    (under a mandate) or from a savings account."""
    __tablename__ = "periodic_contribution"

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), index=True)
    amount: Mapped[int] = mapped_column(Minor)
    currency: Mapped[str] = mapped_column(String(3))
    day: Mapped[int] = mapped_column(Integer)
    months: Mapped[int] = mapped_column(Integer)
    source: Mapped[str] = mapped_column(String(12))                        # sepa | savings
    savings_account_id: Mapped[int | None] = mapped_column(ForeignKey("account.id"))
    mandate_id: Mapped[int | None] = mapped_column(ForeignKey("sepa_mandate.id"))
    next_date: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(12), default="active")      # active | cancelled
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    __table_args__ = (Index("ix_periodic_contribution_due", "status", "next_date"),)


class PeriodicRun(Base):
    """One attempt of a periodic contribution on a business date: posted, or failed and why."""
    __tablename__ = "periodic_run"

    id: Mapped[int] = mapped_column(primary_key=True)
    periodic_id: Mapped[int] = mapped_column(ForeignKey("periodic_contribution.id"), index=True)
    business_date: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(12))                        # posted | failed
    reason: Mapped[str] = mapped_column(Text, default="")
    entry_id: Mapped[int | None] = mapped_column(ForeignKey("entry.id"))


class Collection(Base):
    """A direct debit posted to clearing, waiting for (or carried by) a pain.008 file."""
    __tablename__ = "collection"

    id: Mapped[int] = mapped_column(primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("entry.id"), unique=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), index=True)
    mandate_id: Mapped[int] = mapped_column(ForeignKey("sepa_mandate.id"))
    capital_account_id: Mapped[int] = mapped_column(ForeignKey("account.id"))
    amount: Mapped[int] = mapped_column(Minor)
    currency: Mapped[str] = mapped_column(String(3))
    due_date: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(12), default="pending")     # pending | filed | returned
    bank_file_id: Mapped[int | None] = mapped_column(ForeignKey("bank_file.id"))
    return_entry_id: Mapped[int | None] = mapped_column(ForeignKey("entry.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    __table_args__ = (Index("ix_collection_status", "status"),)
