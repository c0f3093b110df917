"""The institution that owns the ledger, its branches and its staff."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Boolean, Date, DateTime, ForeignKey, Integer, LargeBinary, String, true
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, utcnow


class Institution(Base):
    """Exactly one row: who keeps this ledger, under which profile, on which business date."""
    __tablename__ = "institution"

    id: Mapped[int] = mapped_column(primary_key=True)
    ledger_id: Mapped[str] = mapped_column(String(36), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    tax_id: Mapped[str] = mapped_column(String(20))
    profile: Mapped[str] = mapped_column(String(20))
    region: Mapped[str | None] = mapped_column(String(10))
    currency: Mapped[str] = mapped_column(String(3))
    business_date: Mapped[date] = mapped_column(Date)
    settings: Mapped[dict] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    # printed on documents (migration 0003)
    address: Mapped[str] = mapped_column(String(200), default="", server_default="")
    postal_code: Mapped[str] = mapped_column(String(10), default="", server_default="")
    city: Mapped[str] = mapped_column(String(100), default="", server_default="")
    phone: Mapped[str] = mapped_column(String(30), default="", server_default="")
    email: Mapped[str] = mapped_column(String(120), default="", server_default="")
    logo: Mapped[bytes | None] = mapped_column(LargeBinary)          # PNG or JPEG
    # SEPA (Spanish profile): who collects and where the money lands
    sepa_creditor_id: Mapped[str] = mapped_column(String(35), default="", server_default="")
    iban: Mapped[str] = mapped_column(String(34), default="", server_default="")
    bic: Mapped[str] = mapped_column(String(11), default="", server_default="")
    pain008_version: Mapped[str] = mapped_column(String(20), default="pain.008.001.08",
                                                 server_default="pain.008.001.08")
    pain001_version: Mapped[str] = mapped_column(String(20), default="pain.001.001.09",
                                                 server_default="pain.001.001.09")


class Branch(Base):
    __tablename__ = "branch"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(4), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    address: Mapped[str] = mapped_column(String(200), default="", server_default="")
    city: Mapped[str] = mapped_column(String(100), default="", server_default="")
    phone: Mapped[str] = mapped_column(String(30), default="", server_default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())


class Staff(Base):
    """A person who signs in at a desk. Passwords are argon2id hashes."""
    __tablename__ = "staff"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(40), unique=True)
    full_name: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(20))
    branch_id: Mapped[int] = mapped_column(ForeignKey("branch.id"))
    password_hash: Mapped[str] = mapped_column(String(200))
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False)
    language: Mapped[str] = mapped_column(String(5), default="es")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    last_login_at: Mapped[datetime | None] = mapped_column(DateTime)
