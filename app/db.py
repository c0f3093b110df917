"""Engine, sessions and schema migrations: the only place that knows which database we are on.

SQLite (one desk): WAL, synchronous=FULL, foreign keys, busy_timeout, and every writing
transaction begins with BEGIN IMMEDIATE so two desks never interleave a read-then-write.
Read-only work uses a deferred BEGIN so it never waits for a writer.
PostgreSQL (many desks): READ COMMITTED with row locks (SELECT ... FOR UPDATE) in the services.
"""
from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url

from .domain.messages import Msg, N_
from .paths import sqlite_url  # noqa: F401  (re-exported)

MIGRATIONS = Path(__file__).with_name("migrations")
READ_ONLY = "ventanilla_read_only"


class LedgerVersionError(RuntimeError):
    def __init__(self, msg: Msg):
        super().__init__(msg.render())
        self.msg = msg


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


def make_engine(url: str, *, echo: bool = False) -> Engine:
    """An engine for `url`, configured for a ledger. Creates no schema."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        engine = create_engine(url, echo=echo, connect_args={"timeout": 30})
        _configure_sqlite(engine)
        return engine
    return create_engine(url, echo=echo, pool_pre_ping=True, pool_size=2, max_overflow=4)


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):  # noqa: ANN001
        # Let SQLAlchemy's "begin" event below emit BEGIN itself (the pysqlite recipe).
        dbapi_conn.isolation_level = None
        cursor = dbapi_conn.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):  # noqa: ANN001
        if conn.get_execution_options().get(READ_ONLY):
            conn.exec_driver_sql("BEGIN")
        else:
            conn.exec_driver_sql("BEGIN IMMEDIATE")


def _alembic_config(engine: Engine) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["engine"] = engine
    return cfg


def head_revision() -> str:
    script = ScriptDirectory.from_config(_alembic_config(None))  # type: ignore[arg-type]
    return script.get_current_head() or ""


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine) -> None:
    """Bring the schema to this program's version; refuse a ledger written by a newer one."""
    cfg = _alembic_config(engine)
    script = ScriptDirectory.from_config(cfg)
    current = current_revision(engine)
    known = {rev.revision for rev in script.walk_revisions()}
    if current is not None and current not in known:
        raise LedgerVersionError(Msg.of(N_(
            "This ledger was written by a newer version of Ventanilla (schema {revision}). "
            "Install that version or a later one to open it."), revision=current))
    if current != script.get_current_head():
        command.upgrade(cfg, "head")
