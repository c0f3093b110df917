"""The backup file: what `backup` writes and `restore` reads.

A backup is a zip container:

- manifest.json: format, engine, ledger id, institution, schema revision, taken_at (UTC), taken
  by, the audit chain head and the member and entry counts of the copy, the payload's name, size
  and SHA-256, whether the key is included. Read from the same snapshot as the payload, so they
  describe exactly that copy.
- manifest.mac: HMAC-SHA256 of manifest.json under the institution key (domain-separated from
  the audit chain's use of the key). The payload's SHA-256 is in the manifest, so a restore that
  has the key proves the whole file is what the ledger's own desk wrote, before touching the
  target. Without the key nobody can forge it; the audit chain is checked again after restoring.
- ledger.sqlite (sqlite3's online backup of the live database) or ledger.pgdump (pg_dump -Fc).
- key.enc, only when asked for: the institution key under a passphrase, in `key export`'s format.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import os
import zipfile
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Connection, func, select

from ..domain.messages import Msg, N_
from ..models import AuditHead, Entry, Institution, Member
from .errors import NotFound, ValidationError

FORMAT = "ventanilla-backup-1"
MANIFEST, MANIFEST_MAC, KEY_MEMBER = "manifest.json", "manifest.mac", "key.enc"
PAYLOAD = {"sqlite": "ledger.sqlite", "postgresql": "ledger.pgdump"}
_MAC_DOMAIN = b"ventanilla-backup-manifest\x00"
_CHUNK = 1 << 20


@dataclass(frozen=True)
class Manifest:
    format: str
    engine: str                 # sqlite | postgresql
    ledger_id: str
    institution: str
    schema_revision: str
    taken_at: str               # ISO 8601, UTC, e.g. 2026-11-22T18:30:00Z
    taken_by: str               # the administrator's user name
    audit_seq: int
    audit_mac: str
    members: int
    entries: int
    payload: str
    payload_size: int
    payload_sha256: str
    key_included: bool
    program_version: str

    def to_bytes(self) -> bytes:
        return json.dumps(asdict(self), indent=1, ensure_ascii=False).encode()

    @property
    def taken_at_utc(self) -> datetime:
        """Naive UTC, like the ledger's own timestamps."""
        return datetime.fromisoformat(self.taken_at.removesuffix("Z"))

    @classmethod
    def from_bytes(cls, data: bytes) -> "Manifest":
        try:
            raw = json.loads(data)
            if raw.get("format") != FORMAT:
                raise ValueError(raw.get("format"))
            manifest = cls(**{k: raw[k] for k in cls.__dataclass_fields__})
            manifest.taken_at_utc  # noqa: B018 - parses
        except (ValueError, KeyError, TypeError, AttributeError):
            raise not_a_backup() from None
        if manifest.engine not in PAYLOAD or manifest.payload != PAYLOAD[manifest.engine]:
            raise not_a_backup()
        return manifest


def not_a_backup() -> ValidationError:
    return ValidationError("file", Msg.of(N_(
        "This file is not a Ventanilla backup, or it is damaged.")))


def manifest_mac(key: bytes, manifest: bytes) -> str:
    return hmac.new(key, _MAC_DOMAIN + manifest, hashlib.sha256).hexdigest()


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def snapshot_facts(conn: Connection) -> dict:
    """What the manifest says about a copy, read inside the copy's own snapshot."""
    inst = conn.execute(select(Institution.ledger_id, Institution.name)).one_or_none()
    if inst is None:
        raise NotFound(Msg.of(N_("This database holds no ledger yet: run ventanilla init.")))
    head = conn.execute(select(AuditHead.seq, AuditHead.mac).where(AuditHead.id == 1)).one()
    revision = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar_one()
    return dict(ledger_id=inst.ledger_id, institution=inst.name, schema_revision=revision,
                audit_seq=head.seq, audit_mac=head.mac,
                members=conn.execute(select(func.count()).select_from(Member)).scalar_one(),
                entries=conn.execute(select(func.count()).select_from(Entry)).scalar_one())


class BackupReader:
    """An open backup file: its manifest, checked against the key, and its payload."""

    def __init__(self, path: Path):
        self.path = path
        try:
            self.zip = zipfile.ZipFile(path)
        except FileNotFoundError:
            raise ValidationError("file", Msg.of(N_("There is no file {file}."), file=str(path))) from None
        except PermissionError:
            raise ValidationError("file", Msg.of(N_("Cannot read {file}."), file=str(path))) from None
        except (zipfile.BadZipFile, IsADirectoryError, OSError):
            raise not_a_backup() from None
        try:
            self.manifest_bytes = self._read(MANIFEST)
            self.manifest = Manifest.from_bytes(self.manifest_bytes)
            self.mac = self._read(MANIFEST_MAC).decode("ascii", "replace").strip()
            names = set(self.zip.namelist())
            if self.manifest.payload not in names:
                raise not_a_backup()
            self.key_blob = self._read(KEY_MEMBER) if KEY_MEMBER in names else None
        except BaseException:
            self.zip.close()
            raise

    def _read(self, name: str) -> bytes:
        try:
            return self.zip.read(name)
        except (KeyError, zipfile.BadZipFile, OSError):
            raise not_a_backup() from None

    def check_mac(self, key: bytes) -> None:
        if not hmac.compare_digest(manifest_mac(key, self.manifest_bytes), self.mac):
            raise ValidationError("file", Msg.of(N_(
                "The backup's manifest does not verify with this ledger's key: the file was "
                "altered, or the key is not this ledger's.")))

    def extract_payload(self, dest: Path) -> Path:
        """Write the database copy to `dest`, proving its SHA-256 on the way."""
        digest, size = hashlib.sha256(), 0
        try:
            with self.zip.open(self.manifest.payload) as src, dest.open("wb") as out:
                while chunk := src.read(_CHUNK):
                    digest.update(chunk)
                    size += len(chunk)
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
        except zipfile.BadZipFile:          # zip's own CRC check
            raise altered_payload() from None
        if size != self.manifest.payload_size or digest.hexdigest() != self.manifest.payload_sha256:
            raise altered_payload()
        return dest

    def close(self) -> None:
        self.zip.close()

    def __enter__(self) -> "BackupReader":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def altered_payload() -> ValidationError:
    return ValidationError("file", Msg.of(N_(
        "The database copy in this backup was altered or damaged: it does not match the "
        "SHA-256 in its manifest.")))


def write_backup(dest: Path, manifest: Manifest, mac: str, payload: Path,
                 key_blob: bytes | None) -> None:
    """Write the container to `dest` (a temporary name: the caller renames it into place)."""
    # A SQLite file deflates to about a third; level 1 is 2.5x faster than 6 for 6% more bytes.
    # pg_dump's custom format is compressed already.
    compression = zipfile.ZIP_DEFLATED if manifest.engine == "sqlite" else zipfile.ZIP_STORED
    fd = os.open(dest, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)     # members' data
    with os.fdopen(fd, "wb") as fh:
        with zipfile.ZipFile(fh, "w", allowZip64=True) as zf:
            zf.writestr(MANIFEST, manifest.to_bytes(), zipfile.ZIP_DEFLATED)
            zf.writestr(MANIFEST_MAC, mac + "\n", zipfile.ZIP_STORED)
            zf.write(payload, manifest.payload, compress_type=compression, compresslevel=1)
            if key_blob is not None:
                zf.writestr(KEY_MEMBER, key_blob, zipfile.ZIP_STORED)
        fh.flush()
        os.fsync(fh.fileno())


def fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
