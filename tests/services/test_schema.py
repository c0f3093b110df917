"""The schema is migrated on open; a ledger from a newer version is refused."""
import pytest
from sqlalchemy import text

from app import db
from app.services.context import Ledger


def test_newer_ledger_is_refused_with_a_clear_message(ledger):
    with ledger.ledger.engine.begin() as c:
        c.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    with pytest.raises(db.LedgerVersionError, match="newer version of Ventanilla"):
        Ledger.open(ledger.url)
    with ledger.ledger.engine.begin() as c:
        c.execute(text(f"UPDATE alembic_version SET version_num = '{db.head_revision()}'"))


def test_open_brings_the_schema_to_head(tmp_path):
    url = db.sqlite_url(tmp_path / "new.sqlite")
    Ledger.open(url).dispose()
    engine = db.make_engine(url)
    assert db.current_revision(engine) == db.head_revision()
    with engine.connect() as c:
        assert c.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert c.exec_driver_sql("PRAGMA synchronous").scalar() == 2      # FULL
        assert c.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    engine.dispose()


def test_a_ledger_with_rows_upgrades_from_the_first_schemas(tmp_path):
    """Each migration after 0002 runs on a ledger that already holds rows pointing at the
    tables it changes (SQLite's batch "move and copy" would fail on them)."""
    from alembic import command
    url = db.sqlite_url(tmp_path / "old.sqlite")
    engine = db.make_engine(url)
    cfg = db._alembic_config(engine)
    command.upgrade(cfg, "0002")
    with engine.begin() as c:
        c.execute(text("INSERT INTO branch (id, code, name) VALUES (1, '0001', 'Centro')"))
        c.execute(text("INSERT INTO staff (id, username, full_name, role, branch_id, password_hash,"
                       " failed_logins, locked, active, must_change_password, language, created_at)"
                       " VALUES (1, 'ana', 'Ana', 'teller', 1, 'x', 0, 0, 1, 0, 'es', '2026-01-01')"))
    db.upgrade(engine)
    assert db.current_revision(engine) == db.head_revision()
    with engine.connect() as c:
        assert c.execute(text("SELECT code, active, address FROM branch")).one() == ("0001", 1, "")
        assert c.execute(text("SELECT branch_id FROM staff")).scalar() == 1
    engine.dispose()
