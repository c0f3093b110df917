"""Backup and restore: a consistent copy of a live ledger, restored and proven, on SQLite and on
PostgreSQL; and each refusal (overwrite, engine, key, passphrase, tampering, role)."""
from __future__ import annotations

import json
import multiprocessing as mp
import sqlite3
import time
import uuid
import zipfile
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from app import db
from app.domain.backup import backup_due, suggested_file_name
from app.domain.member_form import MemberInput
from app.models import Account, AuditRecord, BackupRecord, Entry
from app.services import auth, backup, key_admin, keys, members, restore
from app.services.backup_file import MANIFEST, MANIFEST_MAC, manifest_mac
from app.services.context import Ledger, UnitOfWork
from app.services.errors import Conflict, KeyMissing, PermissionDenied, ValidationError
from tests.conftest import ADMIN_PASSWORD, STAFF_PASSWORD, _pg_admin, fast_hasher, pg_url_for, verify_ledger

PASSPHRASE = "a long passphrase 1"


@pytest.fixture
def target(ledger, tmp_path):
    """Fresh restore targets of the ledger's engine: new SQLite paths or new PostgreSQL
    databases (dropped at the end)."""
    made: list[str] = []

    def new() -> str:
        if ledger.backend == "sqlite":
            made.append("x")
            return db.sqlite_url(tmp_path / f"restored-{len(made)}.sqlite")
        name = f"vt_restore_{uuid.uuid4().hex[:12]}"
        admin = _pg_admin()
        with admin.connect() as c:
            c.execute(text(f'CREATE DATABASE "{name}"'))
        admin.dispose()
        made.append(name)
        return pg_url_for(name)
    yield new
    if ledger.backend == "pg":
        admin = _pg_admin()
        with admin.connect() as c:
            for name in made:
                c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _open(url: str) -> Ledger:
    return Ledger.open(url, hasher=fast_hasher())


def _count(ledger: Ledger, stmt) -> int:  # noqa: ANN001
    with UnitOfWork(ledger, None, None, read_only=True) as uow:
        return uow.session.execute(stmt).scalar_one()


def _vault_and_savings(lut) -> tuple[int, int]:
    teller = lut.staff("teller", "lina")
    f = members.register_member(lut.ledger, teller, MemberInput(
        document="12345678Z", given_names="Ana", surnames="Puig"))
    with UnitOfWork(lut.ledger, None, None, read_only=True) as uow:
        vault = uow.session.execute(select(Account.id).where(Account.product == "vault")).scalar_one()
    return vault, f.accounts[1].id


def _writer(url: str, vault: int, account: int, stop, posted) -> None:  # noqa: ANN001
    """A desk of its own (own process, own engine) posting until told to stop."""
    from app.services.context import Ledger
    from app.services.ledger import Line, post_entry
    ledger = Ledger.open(url, migrate=False)
    actor = auth.login(ledger, "lina", STAFF_PASSWORD)
    i = 0
    while not stop.is_set() and i < 20000:
        amount = Decimal("1.25")
        post_entry(ledger, actor, kind="live", description=f"live {i}",
                   lines=[Line(vault, amount), Line(account, -amount)], idempotency_key=f"live-{i}")
        i += 1
        posted.value = i
    ledger.dispose()


def _wait(predicate, seconds: float = 120) -> None:  # noqa: ANN001
    deadline = time.monotonic() + seconds
    while not predicate():
        assert time.monotonic() < deadline, "the writer did not get going"
        time.sleep(0.02)


def test_round_trip_while_another_process_keeps_posting(ledger, target, tmp_path):
    vault, account = _vault_and_savings(ledger)
    ctx = mp.get_context("spawn")
    stop, posted = ctx.Event(), ctx.Value("i", 0)
    writer = ctx.Process(target=_writer, args=(ledger.url, vault, account, stop, posted))
    writer.start()
    try:
        _wait(lambda: posted.value >= 20)
        live = select(func.count()).select_from(Entry).where(Entry.kind == "live")
        before = _count(ledger.ledger, live)
        started = posted.value
        result = backup.take_backup(ledger.ledger, ledger.admin, tmp_path / "live.ventanilla-backup")
        mark = posted.value
        assert mark > started           # the writer went on posting while the copy was taken
        _wait(lambda: posted.value >= mark + 10)       # still posting after the copy
        after = _count(ledger.ledger, live)
    finally:
        stop.set()
        writer.join(timeout=120)
    assert writer.exitcode == 0
    assert before < after

    url = target()
    summary = restore.restore(url, tmp_path / "live.ventanilla-backup", hasher=fast_hasher())
    assert (summary.institution, summary.ledger_id, summary.key_source, summary.replaced) == \
        ("Cooperativa de Prueba", result.ledger_id, "installed", False)
    restored = _open(url)
    try:
        verify_ledger(restored)         # ledger check and audit chain of the copy
        with UnitOfWork(restored, None, None, read_only=True) as uow:
            s = uow.session
            got = set(s.execute(select(Entry.idempotency_key).where(Entry.kind == "live")).scalars())
            balances = dict(s.execute(select(Account.id, Account.balance)
                                      .where(Account.id.in_([vault, account]))).all())
            last = s.execute(select(AuditRecord).order_by(AuditRecord.seq.desc()).limit(1)).scalar_one()
        n = len(got)
        assert before <= n <= after
        assert got == {f"live-{i}" for i in range(n)}         # a prefix of what the writer posted
        assert balances == {vault: 125 * n, account: 125 * n}   # minor units, normal sign
        assert summary.entries == result.entries and summary.audit_rows == result.audit_seq
        assert last.action == "ledger.restore" and last.seq == result.audit_seq + 1
    finally:
        restored.dispose()


def test_backup_is_recorded_audited_and_needs_an_administrator(ledger, tmp_path):
    teller = ledger.staff("teller")
    with pytest.raises(PermissionDenied, match="teller"):
        backup.take_backup(ledger.ledger, teller, tmp_path / "t.bak")
    assert not (tmp_path / "t.bak").exists()
    with pytest.raises(PermissionDenied):
        backup.last_backup(ledger.ledger, teller)

    status = backup.backup_status(ledger.ledger, ledger.admin)
    assert status.last is None and status.due
    result = backup.take_backup(ledger.ledger, ledger.admin, tmp_path / "a.bak")
    file = tmp_path / "a.bak"
    assert file.stat().st_mode & 0o077 == 0
    assert result.record.size == file.stat().st_size and result.record.file_name == str(file)
    with zipfile.ZipFile(file) as zf:
        names = set(zf.namelist())
        manifest = json.loads(zf.read(MANIFEST))
    payload = "ledger.sqlite" if ledger.backend == "sqlite" else "ledger.pgdump"
    assert names == {MANIFEST, MANIFEST_MAC, payload}              # no key.enc: no key
    assert manifest["key_included"] is False and manifest["taken_by"] == "admin"
    assert manifest["engine"] == ("sqlite" if ledger.backend == "sqlite" else "postgresql")
    assert manifest["schema_revision"] == db.head_revision()
    assert not list(tmp_path.glob(".ventanilla-backup-*"))          # no leftovers

    status = backup.backup_status(ledger.ledger, ledger.admin)
    assert status.last == result.record and not status.due
    later = backup.backup_status(ledger.ledger, ledger.admin,
                                 now=result.record.taken_at + timedelta(days=1, seconds=1))
    assert later.due
    with UnitOfWork(ledger.ledger, None, None, read_only=True) as uow:
        rec = uow.session.execute(select(BackupRecord)).scalar_one()
        row = uow.session.execute(select(AuditRecord).where(AuditRecord.action == "ledger.backup")).scalar_one()
    assert row.entity_id == str(rec.id) and rec.sha256 == result.record.sha256

    second = backup.take_backup(ledger.ledger, ledger.admin, tmp_path / "b.bak", key_passphrase=PASSPHRASE)
    assert backup.last_backup(ledger.ledger, ledger.admin) == second.record
    assert second.record.key_included
    with zipfile.ZipFile(tmp_path / "b.bak") as zf:
        assert "key.enc" in zf.namelist()
    with pytest.raises(ValidationError, match="Passphrase: Use at least 10"):
        backup.take_backup(ledger.ledger, ledger.admin, tmp_path / "c.bak", key_passphrase="short")


def test_backup_due_is_a_day_rule():
    now = datetime(2026, 11, 22, 18, 0)
    assert backup_due(None, now)
    assert not backup_due(now - timedelta(hours=23, minutes=59), now)
    assert not backup_due(now - timedelta(days=1), now)
    assert backup_due(now - timedelta(days=1, seconds=1), now)
    assert suggested_file_name("Coop Exemple, SCCL", now) == "coop-exemple-sccl-20261122-1800.ventanilla-backup"


def test_backup_refuses_the_ledger_file_itself(sqlite_ledger, tmp_path):
    ledger = sqlite_ledger                           # a PostgreSQL ledger is not a file
    live = Path(ledger.url.removeprefix("sqlite:///"))
    size = live.stat().st_size
    with pytest.raises(ValidationError, match="is the ledger itself"):
        backup.take_backup(ledger.ledger, ledger.admin, live)
    assert live.stat().st_size == size
    with pytest.raises(ValidationError, match="does not exist"):
        backup.take_backup(ledger.ledger, ledger.admin, tmp_path / "no" / "such" / "x.bak")


def test_restore_refuses_to_overwrite_a_ledger_unless_told_and_signed_in(ledger, target, tmp_path):
    ledger.staff("teller", "tomas")
    file = tmp_path / "b.bak"
    backup.take_backup(ledger.ledger, ledger.admin, file)
    with pytest.raises(Conflict, match="already holds the ledger of Cooperativa de Prueba"):
        restore.restore(ledger.url, file, hasher=fast_hasher())
    url = target()
    restore.restore(url, file, hasher=fast_hasher())
    with pytest.raises(Conflict, match="--overwrite"):
        restore.restore(url, file, hasher=fast_hasher())
    with pytest.raises(PermissionDenied, match="needs one of its administrators"):
        restore.restore(url, file, overwrite=True, hasher=fast_hasher())
    with pytest.raises(PermissionDenied, match="Your role \\(teller\\) may not do this"):
        restore.restore(url, file, overwrite=True, hasher=fast_hasher(),
                        sign_in=lambda old: auth.login(old, "tomas", STAFF_PASSWORD))
    summary = restore.restore(url, file, overwrite=True, hasher=fast_hasher(),
                              sign_in=lambda old: auth.login(old, "admin", ADMIN_PASSWORD))
    assert summary.replaced
    restored = _open(url)
    try:
        verify_ledger(restored)
        with UnitOfWork(restored, None, None, read_only=True) as uow:
            actions = list(uow.session.execute(select(AuditRecord.action).where(
                AuditRecord.action == "ledger.restore")).scalars())
        assert actions == ["ledger.restore"]    # the second restore replaced the first's copy
    finally:
        restored.dispose()


def test_overwrite_is_refused_while_another_desk_has_the_target_open(ledger, target, tmp_path):
    file = tmp_path / "b.bak"
    backup.take_backup(ledger.ledger, ledger.admin, file)
    url = target()
    restore.restore(url, file, hasher=fast_hasher())
    desk = _open(url)
    auth.login(desk, "admin", ADMIN_PASSWORD)          # a desk signed in, its pool open
    try:
        with pytest.raises(Conflict, match="open on another desk"):
            restore.restore(url, file, overwrite=True, hasher=fast_hasher(),
                            sign_in=lambda old: auth.login(old, "admin", ADMIN_PASSWORD))
    finally:
        desk.dispose()


def test_a_target_holding_other_data_needs_overwrite(ledger, target, tmp_path):
    file = tmp_path / "b.bak"
    backup.take_backup(ledger.ledger, ledger.admin, file)
    url = target()
    engine = db.make_engine(url)
    with engine.begin() as c:
        c.execute(text("CREATE TABLE thesis (chapter integer)"))
    engine.dispose()
    with pytest.raises(Conflict, match="not a Ventanilla ledger"):
        restore.restore(url, file, hasher=fast_hasher())
    assert restore.restore(url, file, overwrite=True, hasher=fast_hasher()).replaced


def test_key_missing_comes_from_the_backup_under_its_passphrase(ledger, target, tmp_path, monkeypatch):
    file = tmp_path / "k.bak"
    backup.take_backup(ledger.ledger, ledger.admin, file, key_passphrase=PASSPHRASE)
    other_desk = tmp_path / "other-desk-keys"
    monkeypatch.setenv("VENTANILLA_KEY_DIR", str(other_desk))
    url = target()
    asked = []
    with pytest.raises(ValidationError, match="Passphrase: The passphrase does not open this key"):
        restore.restore(url, file, passphrase=lambda: asked.append(1) or "not the passphrase",
                        hasher=fast_hasher())
    assert asked == [1]
    with pytest.raises(ValidationError, match="Passphrase: The key is protected by a passphrase"):
        restore.restore(url, file, hasher=fast_hasher())
    assert restore.inspect_target(url).holds == "nothing"
    summary = restore.restore(url, file, passphrase=PASSPHRASE, hasher=fast_hasher())
    assert summary.key_source == "backup"
    assert summary.key_path == other_desk / f"{summary.ledger_id}.key"
    assert keys.load_key(summary.ledger_id) == ledger.ledger.key
    assert summary.key_path.stat().st_mode & 0o077 == 0
    restored = _open(url)
    try:
        assert restored.key == ledger.ledger.key
        verify_ledger(restored)
    finally:
        restored.dispose()


def test_key_missing_and_not_in_the_backup_comes_from_an_exported_key(ledger, target, tmp_path, monkeypatch):
    file = tmp_path / "nokey.bak"
    backup.take_backup(ledger.ledger, ledger.admin, file)
    export = tmp_path / "key.export"
    export.write_bytes(key_admin.export_key(ledger.ledger, ledger.admin, PASSPHRASE))
    monkeypatch.setenv("VENTANILLA_KEY_DIR", str(tmp_path / "other-desk-keys"))
    url = target()
    with pytest.raises(KeyMissing, match="--key FILE"):
        restore.restore(url, file, passphrase=PASSPHRASE, hasher=fast_hasher())
    stranger = tmp_path / "stranger.export"
    stranger.write_bytes(keys.export_key(str(uuid.uuid4()), keys.new_key(), PASSPHRASE))
    with pytest.raises(ValidationError, match="Key file: This key belongs to another ledger"):
        restore.restore(url, file, key_file=stranger, passphrase=PASSPHRASE, hasher=fast_hasher())
    summary = restore.restore(url, file, key_file=export, passphrase=PASSPHRASE, hasher=fast_hasher())
    assert summary.key_source == "key_file" and keys.load_key(summary.ledger_id) == ledger.ledger.key


def test_a_backup_is_restored_only_into_its_engine(ledger, tmp_path):
    file = tmp_path / "b.bak"
    backup.take_backup(ledger.ledger, ledger.admin, file)
    other = ("postgresql+psycopg://nobody@127.0.0.1:1/none" if ledger.backend == "sqlite"
             else db.sqlite_url(tmp_path / "x.sqlite"))
    with pytest.raises(ValidationError, match="Backup file: This is a backup of a"):
        restore.restore(other, file, hasher=fast_hasher())
    assert not (tmp_path / "x.sqlite").exists()


def _rewrite(src: Path, dst: Path, members: dict[str, bytes]) -> None:
    """Copy a backup, replacing some of its members."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for info in zin.infolist():
            zout.writestr(info.filename, members.get(info.filename, zin.read(info.filename)))


def _manifest(file: Path) -> dict:
    with zipfile.ZipFile(file) as zf:
        return json.loads(zf.read(MANIFEST))


def _payload_name(file: Path) -> str:
    return _manifest(file)["payload"]


def test_a_tampered_backup_is_refused_before_the_target_is_touched(ledger, target, tmp_path):
    import hashlib
    file = tmp_path / "b.bak"
    backup.take_backup(ledger.ledger, ledger.admin, file)
    name = _payload_name(file)
    with zipfile.ZipFile(file) as zf:
        payload = bytearray(zf.read(name))
    payload[len(payload) // 2] ^= 0xFF
    url = target()

    flipped = tmp_path / "flipped.bak"             # the payload changed, the manifest not
    _rewrite(file, flipped, {name: bytes(payload)})
    with pytest.raises(ValidationError, match="was altered or damaged"):
        restore.restore(url, flipped, hasher=fast_hasher())

    forged = tmp_path / "forged.bak"               # the manifest says so too, but its MAC cannot
    m = _manifest(file)
    m["payload_sha256"] = hashlib.sha256(payload).hexdigest()
    _rewrite(file, forged, {MANIFEST: json.dumps(m, indent=1).encode(), name: bytes(payload)})
    with pytest.raises(ValidationError, match="manifest does not verify with this ledger's key"):
        restore.restore(url, forged, hasher=fast_hasher())

    broken = tmp_path / "broken.bak"
    broken.write_bytes(file.read_bytes()[:200])
    with pytest.raises(ValidationError, match="not a Ventanilla backup"):
        restore.restore(url, broken, hasher=fast_hasher())
    assert restore.inspect_target(url).holds == "nothing"


def test_a_copy_that_does_not_verify_is_not_restored(sqlite_ledger, tmp_path):
    """Someone holding the key (so the manifest verifies) changed a posting and an audit row:
    the ledger check and the audit chain of the copy name them; the target stays as it was.
    (SQLite only: rewriting a pg_dump archive by hand is not worth it; the same checks run.)"""
    ledger = sqlite_ledger
    import hashlib
    vault, account = _vault_and_savings(ledger)
    from app.services.ledger import Line, post_entry
    post_entry(ledger.ledger, ledger.admin, kind="test", description="one",
               lines=[Line(vault, Decimal("5")), Line(account, Decimal("-5"))], idempotency_key="one")
    file = tmp_path / "b.bak"
    backup.take_backup(ledger.ledger, ledger.admin, file)
    work = tmp_path / "copy.sqlite"
    with zipfile.ZipFile(file) as zf:
        work.write_bytes(zf.read("ledger.sqlite"))
    conn = sqlite3.connect(work)
    conn.execute("UPDATE posting SET amount = amount * 2 WHERE account_id = ?", (vault,))
    conn.execute("UPDATE audit_log SET entity_id = '999' WHERE seq = 3")
    conn.commit()
    conn.close()
    data = work.read_bytes()
    m = _manifest(file)
    m.update(payload_sha256=hashlib.sha256(data).hexdigest(), payload_size=len(data))
    mbytes = json.dumps(m, indent=1).encode()
    insider = tmp_path / "insider.bak"
    _rewrite(file, insider, {MANIFEST: mbytes, "ledger.sqlite": data,
                             MANIFEST_MAC: manifest_mac(ledger.ledger.key, mbytes).encode()})
    url = db.sqlite_url(tmp_path / "restored.sqlite")
    with pytest.raises(restore.RestoreVerificationFailed) as caught:
        restore.restore(url, insider, hasher=fast_hasher())
    text_ = caught.value.render()
    assert "the target was left as it was" in text_
    assert "Audit row 3 was changed" in text_ and "does not balance" in text_
    assert not Path(url.removeprefix("sqlite:///")).exists()
    assert not list(tmp_path.glob(".ventanilla-restore-*"))


def test_a_backup_from_a_newer_program_is_refused(ledger, target, tmp_path):
    file = tmp_path / "b.bak"
    backup.take_backup(ledger.ledger, ledger.admin, file)
    m = _manifest(file)
    m["schema_revision"] = "9999_future"
    mbytes = json.dumps(m, indent=1).encode()
    newer = tmp_path / "newer.bak"
    _rewrite(file, newer, {MANIFEST: mbytes, MANIFEST_MAC: manifest_mac(ledger.ledger.key, mbytes).encode()})
    with pytest.raises(db.LedgerVersionError, match="newer version of Ventanilla"):
        restore.restore(target(), newer, hasher=fast_hasher())
