"""Taking a backup of a live ledger (an administrator's operation) and the record of backups.

The copy is consistent while the desks keep posting: on SQLite, sqlite3's online backup API
copies the whole database in one step, inside one read transaction of the WAL database (writers
go on; nothing restarts the copy); on PostgreSQL, pg_dump -Fc runs on a snapshot exported from a
REPEATABLE READ transaction, the one in which the manifest's counts and audit head are read. The
institution key goes in only when a passphrase encrypts it (`key export`'s format). The file is
written under a temporary name beside the target and renamed into place; then the backup is
recorded in the ledger (backup_record) and audited.
"""
from __future__ import annotations

import shutil
import sqlite3
import tempfile
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import create_engine, select
from sqlalchemy.pool import NullPool

from .. import __version__
from ..domain.backup import backup_due
from ..domain.messages import Msg, N_
from ..domain.permissions import Permission
from ..models import BackupRecord, Staff
from ..models.base import utcnow
from . import keys, pg_tools
from .backup_file import (PAYLOAD, Manifest, fsync_dir, manifest_mac, sha256_of, snapshot_facts,
                          write_backup)
from .context import Actor, Ledger, UnitOfWork
from .errors import ValidationError


@dataclass(frozen=True)
class BackupView:
    id: int
    taken_at: datetime          # naive UTC
    username: str
    file_name: str
    size: int
    sha256: str
    key_included: bool
    audit_seq: int


@dataclass(frozen=True)
class BackupResult:
    record: BackupView
    engine: str
    institution: str
    ledger_id: str
    audit_seq: int
    members: int
    entries: int
    seconds: float


@dataclass(frozen=True)
class BackupStatus:
    """What the desk shows an administrator: the newest backup, and whether one is due."""
    last: BackupView | None
    due: bool


def _target(ledger: Ledger, file: Path | str) -> Path:
    path = Path(file).expanduser().absolute()
    if path.is_dir():
        raise ValidationError("file", Msg.of(N_("{file} is a folder: give a file name."), file=str(path)))
    if not path.parent.is_dir():
        raise ValidationError("file", Msg.of(N_("The folder {folder} does not exist."),
                                             folder=str(path.parent)))
    url = ledger.engine.url
    if url.get_backend_name() == "sqlite" and url.database:
        live = Path(url.database).absolute()
        if path in {live, live.with_name(live.name + "-wal"), live.with_name(live.name + "-shm")} \
                or (path.exists() and live.exists() and path.samefile(live)):
            raise ValidationError("file", Msg.of(N_(
                "{file} is the ledger itself: write the backup to another file."), file=str(path)))
    return path


def _copy_sqlite(ledger: Ledger, dest: Path) -> dict:
    source = sqlite3.connect(ledger.engine.url.database, timeout=30)
    try:
        copy = sqlite3.connect(dest)
        try:
            source.backup(copy)     # pages=-1: one step, one read transaction, a snapshot
            copy.execute("PRAGMA journal_mode=DELETE")      # a self-contained file
        finally:
            copy.close()
    finally:
        source.close()
    engine = create_engine(f"sqlite:///{dest}", poolclass=NullPool)
    try:
        with engine.connect() as conn:
            return snapshot_facts(conn)
    finally:
        engine.dispose()


def _dump_postgresql(ledger: Ledger, dest: Path) -> dict:
    pg_tools.pg_tool("pg_dump")         # missing: say so before anything else
    with ledger.engine.connect() as conn:
        conn = conn.execution_options(isolation_level="REPEATABLE READ")
        with conn.begin():          # open until pg_dump is done: its snapshot lives here
            snapshot = conn.exec_driver_sql("SELECT pg_export_snapshot()").scalar_one()
            facts = snapshot_facts(conn)
            pg_tools.dump(ledger.engine.url, snapshot, dest)
    return facts


def take_backup(ledger: Ledger, actor: Actor, file: Path | str, *,
                key_passphrase: str | None = None) -> BackupResult:
    """Write a consistent backup of the ledger to `file` (replacing it atomically if it exists).
    With `key_passphrase` the institution key goes in, encrypted under it."""
    started = time.monotonic()
    with UnitOfWork(ledger, actor, Permission.INSTITUTION_ADMIN, read_only=True) as uow:
        ledger_id = uow.institution().ledger_id
    key = keys.require_key(ledger.key)
    key_blob = keys.export_key(ledger_id, key, key_passphrase) if key_passphrase is not None else None
    path = _target(ledger, file)
    engine = ledger.engine.url.get_backend_name()
    work = Path(tempfile.mkdtemp(prefix=".ventanilla-backup-", dir=path.parent))
    taken_at = datetime.now(timezone.utc)           # the snapshot's moment, give or take the copy
    try:
        payload = work / PAYLOAD[engine]
        facts = _copy_sqlite(ledger, payload) if engine == "sqlite" else _dump_postgresql(ledger, payload)
        manifest = Manifest(
            format="ventanilla-backup-1", engine=engine,
            taken_at=taken_at.strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
            taken_by=actor.username, payload=payload.name, payload_size=payload.stat().st_size,
            payload_sha256=sha256_of(payload), key_included=key_blob is not None,
            program_version=__version__, **facts)
        data = manifest.to_bytes()
        partial = work / "backup.zip"
        write_backup(partial, manifest, manifest_mac(key, data), payload, key_blob)
        size, digest = partial.stat().st_size, sha256_of(partial)
        partial.replace(path)
        fsync_dir(path.parent)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    try:
        record = _record(ledger, actor, path, size, digest, manifest)
    except BaseException:
        path.unlink(missing_ok=True)    # nothing half done: an unrecorded backup is not kept
        raise
    return BackupResult(record, engine, manifest.institution, manifest.ledger_id,
                        manifest.audit_seq, manifest.members, manifest.entries,
                        time.monotonic() - started)


def _record(ledger: Ledger, actor: Actor, path: Path, size: int, digest: str,
            manifest: Manifest) -> BackupView:
    with UnitOfWork(ledger, actor, Permission.INSTITUTION_ADMIN) as uow:
        rec = BackupRecord(taken_at=manifest.taken_at_utc, staff_id=uow.staff_id,
                           file_name=str(path), size=size, sha256=digest,
                           key_included=manifest.key_included, audit_seq=manifest.audit_seq)
        uow.session.add(rec)
        uow.session.flush()
        uow.audit("ledger.backup", "backup_record", rec.id, size=size, sha256=digest,
                  key_included=manifest.key_included, audit_seq=manifest.audit_seq)
        uow.commit()
        return _view(rec, uow.staff.username)


def _view(rec: BackupRecord, username: str) -> BackupView:
    return BackupView(rec.id, rec.taken_at, username, rec.file_name, rec.size, rec.sha256,
                      rec.key_included, rec.audit_seq)


def last_backup(ledger: Ledger, actor: Actor) -> BackupView | None:
    """The newest backup recorded in this ledger, or None."""
    with UnitOfWork(ledger, actor, Permission.INSTITUTION_ADMIN, read_only=True) as uow:
        row = uow.session.execute(select(BackupRecord, Staff.username)
                                  .join(Staff, Staff.id == BackupRecord.staff_id)
                                  .order_by(BackupRecord.taken_at.desc(), BackupRecord.id.desc())
                                  .limit(1)).first()
        return _view(row[0], row[1]) if row else None


def backup_status(ledger: Ledger, actor: Actor, now: datetime | None = None) -> BackupStatus:
    """The newest backup and whether another is due (none yet, or older than a day)."""
    last = last_backup(ledger, actor)
    return BackupStatus(last, backup_due(last.taken_at if last else None, now or utcnow()))
