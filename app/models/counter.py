"""The counter's own tables: drawer sessions, fee rules, holiday overrides, end-of-day runs and
origin-of-funds declarations."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Minor, utcnow


class DrawerSession(Base):
    """One teller's cash drawer from opening (counted float) to closing (blind count)."""
    __tablename__ = "drawer_session"

    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), index=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id"))
    branch_id: Mapped[int] = mapped_column(ForeignKey("branch.id"))
    business_date: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(12), default="open")   # open | closing | closed
    opened_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    opening_count: Mapped[dict] = mapped_column(JSON)
    opening_amount: Mapped[int] = mapped_column(Minor)
    closing_count: Mapped[dict | None] = mapped_column(JSON)
    counted_amount: Mapped[int | None] = mapped_column(Minor)
    expected_amount: Mapped[int | None] = mapped_column(Minor)
    closed_at: Mapped[datetime | None] = mapped_column(DateTime)
    close_reason: Mapped[str] = mapped_column(Text, default="")
    petition_id: Mapped[int | None] = mapped_column(ForeignKey("petition.id"))

    __table_args__ = (Index("ix_drawer_session_status", "status"),)


class FeeRuleRow(Base):
    """The fee schedule: one active rule per operation."""
    __tablename__ = "fee_rule"

    id: Mapped[int] = mapped_column(primary_key=True)
    operation: Mapped[str] = mapped_column(String(40), unique=True)
    fixed: Mapped[int] = mapped_column(Minor, default=0)
    percent: Mapped[str] = mapped_column(String(12), default="0")     # Decimal as text: "0.5"
    minimum: Mapped[int] = mapped_column(Minor, default=0)
    maximum: Mapped[int | None] = mapped_column(Minor)
    vat: Mapped[bool] = mapped_column(Boolean, default=True)


class HolidayOverride(Base):
    """The administrator's changes to the package's calendar: an extra closing day or a
    package holiday on which the institution opens."""
    __tablename__ = "holiday_override"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    closed: Mapped[bool] = mapped_column(Boolean)
    name: Mapped[str] = mapped_column(String(100), default="")


class EndOfDayRun(Base):
    __tablename__ = "eod_run"

    id: Mapped[int] = mapped_column(primary_key=True)
    business_date: Mapped[date] = mapped_column(Date, unique=True)
    status: Mapped[str] = mapped_column(String(12), default="running")   # running | done
    started_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    started_by: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    finished_at: Mapped[datetime | None] = mapped_column(DateTime)
    audit_head_seq: Mapped[int | None] = mapped_column(Integer)
    audit_head_mac: Mapped[str | None] = mapped_column(String(64))


class EndOfDayStep(Base):
    """A job of an end-of-day run, done at most once (its row commits with the job's work)."""
    __tablename__ = "eod_step"

    run_id: Mapped[int] = mapped_column(ForeignKey("eod_run.id"), primary_key=True)
    job: Mapped[str] = mapped_column(String(40), primary_key=True)
    finished_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    summary: Mapped[str] = mapped_column(Text, default="")


class FundsDeclaration(Base):
    """Ecuador: a member's origin-of-funds declaration for cash at or over the threshold."""
    __tablename__ = "funds_declaration"

    id: Mapped[int] = mapped_column(primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("entry.id"), unique=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), index=True)
    origin: Mapped[str] = mapped_column(Text)
    declared_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
