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
