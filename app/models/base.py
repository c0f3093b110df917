"""Declarative base and the column types shared by every table."""
from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import BigInteger, MetaData, String
from sqlalchemy.orm import DeclarativeBase

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# Money is integer minor units (cents): SQLite has no decimal type.
Minor = BigInteger
# Search terms compare byte-wise on every engine, so prefix ranges work with a plain index.
SearchTerm = String(64).with_variant(String(64, collation="C"), "postgresql")


def utcnow() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
