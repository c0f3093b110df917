"""`ventanilla backup` and `ventanilla restore`, run as real processes, as an administrator would."""
import os
import subprocess
import sys
import uuid
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

ADMIN_PW = "initial-admin-9"
PASSPHRASE = "long passphrase here"
PG_URL = os.environ.get("VENTANILLA_TEST_PG", "").strip()


def run(db: str, *args: str, stdin: str = "", keys: Path | None = None):
    env = dict(os.environ)
    if keys is not None:
        env["VENTANILLA_KEY_DIR"] = str(keys)
    return subprocess.run([sys.executable, "-m", "app.cli", "--db", db, *args], input=stdin,
                          capture_output=True, text=True, env=env, timeout=180)


def _init(url: str, keys: Path) -> None:
    r = run(url, "--password-stdin", "init", "--profile", "es-coop", "--name", "Coop Prova",
            "--tax-id", "F08000002", "--admin", "root", "--region", "CT", stdin=ADMIN_PW + "\n",
            keys=keys)
    assert r.returncode == 0, r.stderr


@pytest.fixture
def desk(tmp_path):
    """A ledger on this desk (its own key directory), with a teller."""
    keys = tmp_path / "desk-keys"
    url = f"sqlite:///{tmp_path / 'desk.sqlite'}"
    _init(url, keys)
    r = run(url, "--user", "root", "--password-stdin", "user", "add", "tina", "--role", "teller",
            stdin=f"{ADMIN_PW}\nfirst-day-pass-7\n", keys=keys)
    assert r.returncode == 0, r.stderr
    return url, keys


def test_backup_with_the_key_restores_on_a_desk_without_it(desk, tmp_path):
    url, keys = desk
    file = tmp_path / "coop.ventanilla-backup"
    r = run(url, "--user", "root", "--password-stdin", "backup", str(file), "--with-key",
            stdin=f"{ADMIN_PW}\n{PASSPHRASE}\n", keys=keys)
    assert r.returncode == 0, r.stderr
    assert f"Backup of Coop Prova written to {file}" in r.stdout
    assert "key is in it, encrypted under the passphrase" in r.stdout
    assert "key.enc" in zipfile.ZipFile(file).namelist()

    other_keys, restored = tmp_path / "other-desk-keys", f"sqlite:///{tmp_path / 'restored.sqlite'}"
    r = run(restored, "--password-stdin", "restore", str(file), stdin="wrong passphrase!!\n",
            keys=other_keys)
    assert r.returncode == 1 and "Passphrase: The passphrase does not open this key." in r.stderr
    assert not (tmp_path / "restored.sqlite").exists()
    r = run(restored, "--password-stdin", "restore", str(file), stdin=PASSPHRASE + "\n", keys=other_keys)
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("Restored the ledger of Coop Prova (")
    assert "The ledger check and the audit chain verify." in r.stdout
    assert "came from the backup and is now installed in " + str(other_keys) in r.stdout
    assert run(restored, "ledger", "check", keys=other_keys).returncode == 0
    assert run(restored, "audit", "verify", keys=other_keys).returncode == 0


def test_backup_without_the_key_restores_with_key_file(desk, tmp_path):
    url, keys = desk
    file, export = tmp_path / "b.zip", tmp_path / "key.export"
    r = run(url, "--user", "root", "--password-stdin", "backup", str(file), stdin=ADMIN_PW + "\n", keys=keys)
    assert r.returncode == 0, r.stderr
    assert "key is not in it" in r.stdout and "key.enc" not in zipfile.ZipFile(file).namelist()
    r = run(url, "--user", "root", "--password-stdin", "key", "export", str(export),
            stdin=f"{ADMIN_PW}\n{PASSPHRASE}\n", keys=keys)
    assert r.returncode == 0, r.stderr
    other_keys, restored = tmp_path / "other-desk-keys", f"sqlite:///{tmp_path / 'restored.sqlite'}"
    r = run(restored, "restore", str(file), keys=other_keys)
    assert r.returncode == 1 and "give its exported key with --key FILE" in r.stderr
    r = run(restored, "--password-stdin", "restore", str(file), "--key", str(export),
            stdin=PASSPHRASE + "\n", keys=other_keys)
    assert r.returncode == 0, r.stderr
    assert f"came from {export} and is now installed" in r.stdout


def test_restore_over_a_ledger_needs_overwrite_and_its_administrator(desk, tmp_path):
    url, keys = desk
    file = tmp_path / "b.zip"
    assert run(url, "--user", "root", "--password-stdin", "backup", str(file), stdin=ADMIN_PW + "\n",
               keys=keys).returncode == 0
    r = run(url, "restore", str(file), keys=keys)
    assert r.returncode == 1 and "already holds the ledger of Coop Prova" in r.stderr
    r = run(url, "restore", str(file), "--overwrite", keys=keys)
    assert r.returncode == 1 and "needs one of its administrators to sign in" in r.stderr
    r = run(url, "--user", "tina", "--password-stdin", "restore", str(file), "--overwrite",
            stdin="first-day-pass-7\n", keys=keys)
    assert r.returncode == 1 and "may not do this" in r.stderr
    r = run(url, "--user", "root", "--password-stdin", "restore", str(file), "--overwrite",
            stdin=ADMIN_PW + "\n", keys=keys)
    assert r.returncode == 0, r.stderr
    assert "already installed on this desk" in r.stdout and "It replaced what the target held" in r.stdout
    assert run(url, "audit", "verify", keys=keys).returncode == 0


def test_a_teller_may_not_take_a_backup(desk, tmp_path):
    url, keys = desk
    r = run(url, "--user", "tina", "--password-stdin", "backup", str(tmp_path / "t.zip"),
            stdin="first-day-pass-7\n", keys=keys)
    assert r.returncode == 1 and "Your role (teller) may not do this." in r.stderr
    assert not (tmp_path / "t.zip").exists()


def test_a_damaged_backup_is_refused_and_names_the_file(desk, tmp_path):
    url, keys = desk
    file = tmp_path / "b.zip"
    assert run(url, "--user", "root", "--password-stdin", "backup", str(file), stdin=ADMIN_PW + "\n",
               keys=keys).returncode == 0
    damaged = tmp_path / "damaged.zip"
    with zipfile.ZipFile(file) as zin, zipfile.ZipFile(damaged, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "ledger.sqlite":
                data = data[:4096] + bytes([data[4096] ^ 1]) + data[4097:]
            zout.writestr(info.filename, data)
    r = run(f"sqlite:///{tmp_path / 'r.sqlite'}", "restore", str(damaged), keys=keys)
    assert r.returncode == 1
    assert r.stderr.startswith("Backup file: The database copy in this backup was altered or damaged")
    r = run(f"sqlite:///{tmp_path / 'r.sqlite'}", "restore", str(tmp_path / "none.zip"), keys=keys)
    assert r.returncode == 1 and r.stderr.startswith("Backup file: There is no file")


@pytest.mark.skipif(not PG_URL, reason="needs VENTANILLA_TEST_PG")
def test_postgresql_round_trip_through_the_command(tmp_path):
    from sqlalchemy.engine import make_url
    admin = create_engine(make_url(PG_URL).set(database="postgres"), isolation_level="AUTOCOMMIT")
    names = [f"vt_cli_{uuid.uuid4().hex[:10]}" for _ in range(2)]
    urls = [make_url(PG_URL).set(database=n).render_as_string(hide_password=False) for n in names]
    with admin.connect() as c:
        for n in names:
            c.execute(text(f'CREATE DATABASE "{n}"'))
    try:
        keys = tmp_path / "keys"
        _init(urls[0], keys)
        file = tmp_path / "pg.ventanilla-backup"
        r = run(urls[0], "--user", "root", "--password-stdin", "backup", str(file),
                stdin=ADMIN_PW + "\n", keys=keys)
        assert r.returncode == 0, r.stderr
        assert "ledger.pgdump" in zipfile.ZipFile(file).namelist()
        r = run(urls[1], "restore", str(file), keys=keys)
        assert r.returncode == 0, r.stderr
        assert run(urls[1], "audit", "verify", keys=keys).returncode == 0
        r = run(f"sqlite:///{tmp_path / 'x.sqlite'}", "restore", str(file), keys=keys)
        assert r.returncode == 1 and "backup of a postgresql ledger" in r.stderr
    finally:
        with admin.connect() as c:
            for n in names:
                c.execute(text(f'DROP DATABASE IF EXISTS "{n}" WITH (FORCE)'))
        admin.dispose()
