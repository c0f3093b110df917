"""Returns paid to members (remuneration of voluntary capital now; savings interest and term
deposits later) and the yearly remuneration: the records the fiscal certificates read."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Minor, utcnow


class RemunerationRate(Base):
    """The yearly rate of voluntary capital, as the general assembly set it."""
    __tablename__ = "remuneration_rate"

    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    rate: Mapped[str] = mapped_column(String(20))              # a fraction, exact: "0.0150"
    set_by: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    set_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class RemunerationRun(Base):
    """One run per year (the primary key makes a second one impossible)."""
    __tablename__ = "remuneration_run"

    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    run_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    members: Mapped[int] = mapped_column(Integer)
    gross: Mapped[int] = mapped_column(Minor)
    withheld: Mapped[int] = mapped_column(Minor)
    currency: Mapped[str] = mapped_column(String(3))


class ReturnPayment(Base):
    """A return paid to a member, with what the tax return needs as it was at payment time: the
    member's tax ID, the kind of income, gross, rate, withheld and net."""
    __tablename__ = "return_payment"

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"))
    year: Mapped[int] = mapped_column(Integer)
    paid_on: Mapped[date] = mapped_column(Date)
    income_kind: Mapped[str] = mapped_column(String(30))      # capital_remuneration | savings_interest...
    tax_id: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(250))
    gross: Mapped[int] = mapped_column(Minor)
    rate: Mapped[str] = mapped_column(String(12))             # withholding, a fraction: "0.19"
    withheld: Mapped[int] = mapped_column(Minor)
    net: Mapped[int] = mapped_column(Minor)
    currency: Mapped[str] = mapped_column(String(3))
    settled: Mapped[str] = mapped_column(String(12))          # capitalised | paid
    entry_id: Mapped[int | None] = mapped_column(ForeignKey("entry.id"))

    __table_args__ = (Index("ix_return_payment_year_member", "year", "member_id"),)
