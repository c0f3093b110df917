"""Members (people and organisations), their history and their search terms."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, SearchTerm, utcnow


class Member(Base):
    __tablename__ = "member"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[int] = mapped_column(Integer, unique=True)
    kind: Mapped[str] = mapped_column(String(12))            # person | organisation
    document_type: Mapped[str] = mapped_column(String(10))
    document: Mapped[str] = mapped_column(String(20), unique=True)
    document_expiry: Mapped[date | None] = mapped_column(Date)
    given_names: Mapped[str] = mapped_column(String(120))     # legal name for an organisation
    surnames: Mapped[str] = mapped_column(String(120), default="")
    birth_date: Mapped[date | None] = mapped_column(Date)
    address: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(120), default="")
    phone: Mapped[str] = mapped_column(String(30), default="")
    occupation: Mapped[str] = mapped_column(String(100), default="")
    income_source: Mapped[str] = mapped_column(String(100), default="")
    pep: Mapped[bool] = mapped_column(Boolean, default=False)
    risk: Mapped[str] = mapped_column(String(10), default="low")
    bank_account: Mapped[str] = mapped_column(String(40), default="")   # IBAN or local number
    bank_name: Mapped[str] = mapped_column(String(80), default="")      # Ecuador: the bank
    status: Mapped[str] = mapped_column(String(12), default="applicant")
    # the yearly return on voluntary capital: "capitalise" (default) or "pay" to the external account
    remuneration_choice: Mapped[str] = mapped_column(String(12), default="capitalise",
                                                     server_default="capitalise")
    branch_id: Mapped[int] = mapped_column(ForeignKey("branch.id"))
    sort_key: Mapped[str] = mapped_column(SearchTerm)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    created_by: Mapped[int] = mapped_column(ForeignKey("staff.id"))


class MemberSearchTerm(Base):
    """One folded word of a member's name, document or number; prefix search by index range."""
    __tablename__ = "member_search_term"

    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), primary_key=True)
    term: Mapped[str] = mapped_column(SearchTerm, primary_key=True)
    sort_key: Mapped[str] = mapped_column(SearchTerm)

    __table_args__ = (Index("ix_member_search_term_term_sort", "term", "sort_key", "member_id"),)


class MemberHistory(Base):
    """Old and new value of each field change. Personal values live here, not in the audit log,
    so they can be blocked for data protection without breaking the audit chain."""
    __tablename__ = "member_history"

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), index=True)
    changed_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    field: Mapped[str] = mapped_column(String(40))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    petition_id: Mapped[int | None] = mapped_column(ForeignKey("petition.id"))
    blocked: Mapped[bool] = mapped_column(Boolean, default=False)


class Representative(Base):
    """A person who acts for an organisation member."""
    __tablename__ = "representative"

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("member.id"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("member.id"))
    role: Mapped[str] = mapped_column(String(40))
    since: Mapped[date] = mapped_column(Date)
    until: Mapped[date | None] = mapped_column(Date)
