"""Restoring a backup into a database, and proving what was restored.

Order of work (nothing is touched until the file is proven):
1. the manifest: a Ventanilla backup, of this engine, of a schema this program knows;
2. the target: empty, or the caller said `overwrite`; a ledger that can still be opened is
   replaced only after one of its administrators signs in (`sign_in`); no other desk may have it
   open;
3. the key: installed on this desk, or from an exported key file (`key_file`), or from the
   backup's key.enc; both of the latter under `passphrase`;
4. the manifest's MAC under that key, and the payload's SHA-256 while it is extracted;
5. restore: SQLite into a file beside the target, migrated, verified, then renamed over the
   target (a failed verification leaves the target as it was); PostgreSQL by pg_restore's script
   through psql in one transaction that first empties the schema (so a target with a newer schema
   is replaced too), then migrated and verified;
6. verification: `ledger check`, `audit verify`, and the audit head and counts equal the
   manifest's; then the key is installed and the restore is audited in the restored ledger.
"""
from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Callable

from alembic.script import ScriptDirectory
from argon2 import PasswordHasher
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.pool import NullPool

from .. import db
from ..domain.messages import Msg, N_
from ..domain.permissions import Permission
from ..models import Entry, Institution, Member
from . import audit, keys, ledger_check, pg_tools
from .backup_file import BackupReader, Manifest, fsync_dir
from .context import Actor, Ledger, UnitOfWork
from .errors import Conflict, KeyMissing, PermissionDenied, ServiceError, ValidationError

Passphrase = Callable[[], str] | str | None


class RestoreVerificationFailed(ServiceError):
    """The restored copy does not verify: what was checked, and each fault."""

    def __init__(self, header: Msg, faults: list[Msg]):
        self.faults = tuple(faults)
        super().__init__(header)

    def render(self, translate: Callable[[str], str] = lambda s: s) -> str:
        return "\n".join([self.msg.render(translate)] + [f.render(translate) for f in self.faults])


@dataclass(frozen=True)
class RestoreSummary:
    institution: str
    ledger_id: str
    engine: str
    taken_at: datetime          # naive UTC
    taken_by: str
    schema_revision: str        # the backup's; the restored ledger is now at this program's head
    audit_rows: int             # as backed up (the restore's own audit row comes after them)
    members: int
    entries: int
    key_source: str             # "installed" | "backup" | "key_file"
    key_path: Path
    replaced: bool              # an existing ledger (or other data) was overwritten


@dataclass(frozen=True)
class TargetState:
    """What a restore target holds now (a restore over anything but nothing needs overwrite)."""
    holds: str                  # "nothing" | "ledger" | "other"
    institution: str = ""
    ledger_id: str = ""


def read_manifest(file: Path | str) -> Manifest:
    """What a backup file says it holds (not yet proven: that needs the key)."""
    with BackupReader(Path(file)) as reader:
        return reader.manifest


def _known_revisions() -> set[str]:
    return {rev.revision for rev in ScriptDirectory(str(db.MIGRATIONS)).walk_revisions()}


def _ask(passphrase: Passphrase) -> str:
    value = passphrase() if callable(passphrase) else passphrase
    if not value:
        raise ValidationError("passphrase", Msg.of(N_(
            "The key is protected by a passphrase: give it.")))
    return value


def _sqlite_path(url: str) -> Path:
    database = make_url(url).database
    if not database or database == ":memory:":
        raise ValidationError("file", Msg.of(N_("Restore into a SQLite file, not into memory.")))
    return Path(database).absolute()


def inspect_target(url: str) -> TargetState:
    """Whether the database at `url` is empty, holds a ledger (whose), or holds other data."""
    engine_name = make_url(url).get_backend_name()
    if engine_name == "sqlite":
        path = _sqlite_path(url)
        if not path.exists() or path.stat().st_size == 0:
            return TargetState("nothing")
        try:
            conn = sqlite3.connect(path, timeout=30)
            try:
                tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
                row = conn.execute("SELECT name, ledger_id FROM institution").fetchone() \
                    if "institution" in tables else None
            finally:
                conn.close()
        except sqlite3.DatabaseError:
            return TargetState("other")
    else:
        engine = create_engine(url, poolclass=NullPool)
        try:
            with engine.connect() as conn:
                tables = set(conn.execute(text(
                    "SELECT table_name FROM information_schema.tables "
                    "WHERE table_schema = current_schema()")).scalars())
                row = conn.execute(select(Institution.name, Institution.ledger_id)).first() \
                    if "institution" in tables else None
        except SQLAlchemyError as exc:
            raise ValidationError("database", Msg.of(N_(
                "Cannot open the target database: {error}"), error=str(exc.orig or exc).strip())) from None
        finally:
            engine.dispose()
    if row is not None:
        return TargetState("ledger", row[0], row[1])
    return TargetState("other" if tables else "nothing")


def _in_use(url: str, engine_name: str) -> bool:
    """Whether another process has the target open (it would keep writing to the old ledger)."""
    if engine_name == "sqlite":
        path = _sqlite_path(url)
        if not path.exists():
            return False
        conn = sqlite3.connect(path, timeout=0, isolation_level=None)
        try:
            conn.execute("PRAGMA locking_mode=EXCLUSIVE")
            conn.execute("BEGIN EXCLUSIVE")
            conn.execute("ROLLBACK")
            return False
        except sqlite3.OperationalError:
            return True
        finally:
            conn.close()
    engine = create_engine(url, poolclass=NullPool)
    try:
        with engine.connect() as conn:
            return bool(conn.execute(text(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                "AND pid <> pg_backend_pid() AND backend_type = 'client backend'")).scalar_one())
    finally:
        engine.dispose()


def _refuse_if_in_use(url: str, engine_name: str) -> None:
    if _in_use(url, engine_name):
        raise Conflict(Msg.of(N_(
            "The target ledger is open on another desk or program: close it everywhere, then "
            "restore.")))


def _authorise_overwrite(url: str, target: TargetState, overwrite: bool,
                         sign_in: Callable[[Ledger], Actor] | None,
                         hasher: PasswordHasher | None) -> None:
    if target.holds == "nothing":
        return
    if not overwrite:
        if target.holds == "ledger":
            raise Conflict(Msg.of(N_(
                "The target already holds the ledger of {institution} ({ledger_id}). To replace "
                "it, restore with --overwrite (and take a backup of it first)."),
                institution=target.institution, ledger_id=target.ledger_id))
        raise Conflict(Msg.of(N_(
            "The target holds data that is not a Ventanilla ledger. To replace it, restore with "
            "--overwrite.")))
    if target.holds != "ledger":
        return
    try:
        old = Ledger.open(url, hasher=hasher)
    except (db.LedgerVersionError, SQLAlchemyError):
        return                  # it cannot be opened: --overwrite is all there is to ask
    try:
        if old.key is None:
            return              # nobody can sign in to it on this desk
        if sign_in is None:
            raise PermissionDenied(Msg.of(N_(
                "Replacing the ledger of {institution} needs one of its administrators to sign "
                "in (--user NAME)."), institution=target.institution))
        actor = sign_in(old)
        with UnitOfWork(old, actor, Permission.INSTITUTION_ADMIN, read_only=True):
            pass
    finally:
        old.dispose()


def _resolve_key(reader: BackupReader, key_file: Path | str | None,
                 passphrase: Passphrase) -> tuple[bytes, str]:
    m = reader.manifest
    if key_file is not None:
        try:
            blob = Path(key_file).read_bytes()
        except OSError:
            raise ValidationError("key_file", Msg.of(N_("Cannot read {file}."), file=str(key_file))) from None
        ledger_id, key = keys.import_key(blob, _ask(passphrase))
        if ledger_id != m.ledger_id:
            raise ValidationError("key_file", Msg.of(N_(
                "This key belongs to another ledger ({other}), not to the backup's ({this})."),
                other=ledger_id, this=m.ledger_id))
        return key, "key_file"
    installed = keys.load_key(m.ledger_id)
    if installed is not None:
        return installed, "installed"
    if reader.key_blob is not None:
        ledger_id, key = keys.import_key(reader.key_blob, _ask(passphrase))
        if ledger_id != m.ledger_id:
            raise ValidationError("file", Msg.of(N_(
                "The key in this backup belongs to another ledger ({other}), not to the backup's "
                "({this})."), other=ledger_id, this=m.ledger_id))
        return key, "backup"
    raise KeyMissing(Msg.of(N_(
        "The institution key of this ledger ({ledger_id}) is not installed on this desk and the "
        "backup does not carry it: give its exported key with --key FILE."), ledger_id=m.ledger_id))


def _verify(ledger: Ledger, m: Manifest) -> list[Msg]:
    faults = [f.msg for f in ledger_check.check(ledger)]
    with UnitOfWork(ledger, None, None, read_only=True) as uow:
        faults += [f.msg for f in audit.verify(uow.session, ledger.key)]
        seq, mac = audit.chain_head(uow.session)
        ledger_id = uow.institution().ledger_id
        members = uow.session.execute(select(func.count()).select_from(Member)).scalar_one()
        entries = uow.session.execute(select(func.count()).select_from(Entry)).scalar_one()
    if ledger_id != m.ledger_id:
        faults.append(Msg.of(N_("The restored ledger is {found}, the manifest says {expected}."),
                             found=ledger_id, expected=m.ledger_id))
    if (seq, mac) != (m.audit_seq, m.audit_mac):
        faults.append(Msg.of(N_(
            "The restored audit chain ends at row {seq}, the manifest says row {expected}."),
            seq=seq, expected=m.audit_seq))
    if (members, entries) != (m.members, m.entries):
        faults.append(Msg.of(N_(
            "The restored ledger has {members} members and {entries} entries, the manifest says "
            "{m_members} and {m_entries}."), members=members, entries=entries,
            m_members=m.members, m_entries=m.entries))
    return faults


def _finish(ledger: Ledger, m: Manifest, key: bytes, source: str, replaced: bool,
            file: Path, header: Msg) -> Path:
    """Verify the restored ledger, install its key, audit the restore."""
    ledger.key = key
    faults = _verify(ledger, m)
    if faults:
        raise RestoreVerificationFailed(header, faults)
    installed = keys.load_key(m.ledger_id)
    path = keys.key_path(m.ledger_id) if installed == key else keys.save_key(m.ledger_id, key)
    with UnitOfWork(ledger, None, None) as uow:
        uow.audit("ledger.restore", "institution", uow.institution().id, taken_at=m.taken_at,
                  audit_seq=m.audit_seq, key_source=source, replaced=replaced,
                  file_name=file.name)
        uow.commit()
    return path


def _restore_sqlite(url: str, reader: BackupReader, key: bytes, source: str, replaced: bool,
                    hasher: PasswordHasher | None) -> Path:
    target = _sqlite_path(url)
    target.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=".ventanilla-restore-", dir=target.parent))
    try:
        copy = reader.extract_payload(work / "ledger.sqlite")
        ledger = Ledger.open(db.sqlite_url(copy), hasher=hasher)
        try:
            key_path = _finish(ledger, reader.manifest, key, source, replaced, reader.path,
                               Msg.of(N_("The restored copy does not verify; the target was left "
                                         "as it was:")))
        finally:
            ledger.dispose()
        for suffix in ("-wal", "-shm"):
            if copy.with_name(copy.name + suffix).exists():   # a clean close removes them
                raise Conflict(Msg.of(N_("The restored copy was not closed cleanly; try again.")))
        _refuse_if_in_use(url, "sqlite")
        if target.exists():
            os.chmod(copy, target.stat().st_mode & 0o777)     # the replaced file's permissions
        os.replace(copy, target)
        for suffix in ("-wal", "-shm"):      # stale files of the replaced ledger
            target.with_name(target.name + suffix).unlink(missing_ok=True)
        fsync_dir(target.parent)
        return key_path
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _restore_postgresql(url: str, reader: BackupReader, key: bytes, source: str, replaced: bool,
                        hasher: PasswordHasher | None) -> Path:
    with tempfile.TemporaryDirectory(prefix="ventanilla-restore-") as work:
        dump = reader.extract_payload(Path(work) / "ledger.pgdump")
        _refuse_if_in_use(url, "postgresql")
        pg_tools.restore_dump(url, dump)
    ledger = Ledger.open(url, hasher=hasher)
    try:
        return _finish(ledger, reader.manifest, key, source, replaced, reader.path,
                       Msg.of(N_("The restored ledger does not verify (the database now holds "
                                 "this copy of the backup):")))
    finally:
        ledger.dispose()


def restore(url: str, file: Path | str, *, overwrite: bool = False,
            passphrase: Passphrase = None, key_file: Path | str | None = None,
            sign_in: Callable[[Ledger], Actor] | None = None,
            hasher: PasswordHasher | None = None) -> RestoreSummary:
    """Restore the backup `file` into the database at `url` and prove it.

    `passphrase` (a string, or a function asked only when needed) opens `key_file` (an exported
    key) or the backup's key.enc when this desk has no key for the ledger. `sign_in(old_ledger)`
    returns the signed-in administrator of a ledger being replaced."""
    engine_name = make_url(url).get_backend_name()
    with BackupReader(Path(file)) as reader:
        m = reader.manifest
        if m.engine != engine_name:
            raise ValidationError("file", Msg.of(N_(
                "This is a backup of a {engine} ledger: restore it into a {engine} database, not "
                "into {target}."), engine=m.engine, target=engine_name))
        if m.schema_revision not in _known_revisions():
            raise db.LedgerVersionError(Msg.of(N_(
                "This ledger was written by a newer version of Ventanilla (schema {revision}). "
                "Install that version or a later one to open it."), revision=m.schema_revision))
        target = inspect_target(url)
        _authorise_overwrite(url, target, overwrite, sign_in, hasher)
        if target.holds != "nothing":
            _refuse_if_in_use(url, engine_name)
        key, source = _resolve_key(reader, key_file, passphrase)
        reader.check_mac(key)
        replaced = target.holds != "nothing"
        run = _restore_sqlite if engine_name == "sqlite" else _restore_postgresql
        key_path = run(url, reader, key, source, replaced, hasher)
    return RestoreSummary(m.institution, m.ledger_id, m.engine, m.taken_at_utc, m.taken_by,
                          m.schema_revision, m.audit_seq, m.members, m.entries, source, key_path,
                          replaced)
