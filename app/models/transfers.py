"""Money leaving for members' external accounts, and the files that carry it to the bank."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Index, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Minor, utcnow


class BankFile(Base):
    """A file generated for the cooperative's bank (pain.001 transfers, pain.008 collections, the
    Ecuadorian interbank list). Kept whole, so it is shown again instead of made twice."""
    __tablename__ = "bank_file"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))            # pain.001 | spi.csv | pain.008
    version: Mapped[str] = mapped_column(String(20))         # e.g. pain.001.001.09
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    business_date: Mapped[date] = mapped_column(Date)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    file_name: Mapped[str] = mapped_column(String(120))
    content: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64))
    count: Mapped[int] = mapped_column(Integer)
    total: Mapped[int] = mapped_column(Minor)
    currency: Mapped[str] = mapped_column(String(3))


class OutgoingTransfer(Base):
    """One payment to a member's external account, posted to the ledger (to clearing) and waiting
    for the next transfer file; `bank_file_id` once a file carries it."""
    __tablename__ = "outgoing_transfer"

    id: Mapped[int] = mapped_column(primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("entry.id"), unique=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), index=True)
    petition_id: Mapped[int | None] = mapped_column(ForeignKey("petition.id"))
    amount: Mapped[int] = mapped_column(Minor)
    currency: Mapped[str] = mapped_column(String(3))
    beneficiary: Mapped[str] = mapped_column(String(140))
    account: Mapped[str] = mapped_column(String(40))         # IBAN or local account number
    bank_name: Mapped[str] = mapped_column(String(80), default="")
    reference: Mapped[str] = mapped_column(String(140))
    status: Mapped[str] = mapped_column(String(12), default="pending")   # pending | filed
    bank_file_id: Mapped[int | None] = mapped_column(ForeignKey("bank_file.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    __table_args__ = (Index("ix_outgoing_transfer_status", "status"),)
