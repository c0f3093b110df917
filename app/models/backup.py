"""Backups taken of this ledger: one row per backup file written."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Boolean, DateTime, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, utcnow


class BackupRecord(Base):
    """Who took a backup, when, where to, and the file's size and SHA-256 (to recognise it)."""
    __tablename__ = "backup_record"

    id: Mapped[int] = mapped_column(primary_key=True)
    taken_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)   # UTC
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    file_name: Mapped[str] = mapped_column(String(1024))      # the absolute path written
    size: Mapped[int] = mapped_column(BigInteger)
    sha256: Mapped[str] = mapped_column(String(64))
    key_included: Mapped[bool] = mapped_column(Boolean, default=False)
    audit_seq: Mapped[int] = mapped_column(Integer)           # the audit chain head in the copy
