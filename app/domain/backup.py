"""Backups as rules: when the next one is due, and what a backup file is called by default."""
from __future__ import annotations

import re
from datetime import datetime, timedelta

BACKUP_MAX_AGE = timedelta(days=1)
FILE_SUFFIX = ".ventanilla-backup"


def backup_due(last_taken_at: datetime | None, now: datetime,
               max_age: timedelta = BACKUP_MAX_AGE) -> bool:
    """True when there is no backup yet or the last one is older than `max_age` (a day).
    Both datetimes in UTC, either both naive or both aware."""
    return last_taken_at is None or now - last_taken_at > max_age


def suggested_file_name(institution: str, taken_at: datetime) -> str:
    """e.g. 'coop-exemple-sccl-20261122-1830.ventanilla-backup' (ASCII, no spaces)."""
    slug = re.sub(r"[^0-9a-z]+", "-", institution.lower()).strip("-")[:40] or "ledger"
    return f"{slug}-{taken_at:%Y%m%d-%H%M}{FILE_SUFFIX}"
