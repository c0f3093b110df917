"""Shared fixtures. Qt runs offscreen; every service test runs on SQLite and, when
VENTANILLA_TEST_PG holds a URL, on PostgreSQL too. Each ledger a test uses is checked at the end:
the ledger invariants and the audit chain must hold on whatever the test wrote."""
from __future__ import annotations

import itertools
import os
import shutil
import tempfile
import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LANG", "C.UTF-8")
# One key directory per test run, shared with the worker processes the tests spawn (they import
# this module again and must find the same keys).
if "VENTANILLA_TEST_KEY_DIR" not in os.environ:
    os.environ["VENTANILLA_TEST_KEY_DIR"] = tempfile.mkdtemp(prefix="ventanilla-keys-")
os.environ["VENTANILLA_KEY_DIR"] = os.environ["VENTANILLA_TEST_KEY_DIR"]

from app.ui.refcount_guard import guard  # noqa: E402

guard()     # PySide6 6.12.0 on Python 3.11 drops references to None/True: app/ui/refcount_guard.py

import pytest  # noqa: E402
from argon2 import PasswordHasher  # noqa: E402
from sqlalchemy import create_engine, text, update  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from app.models import Institution  # noqa: E402
from app.services import audit, auth  # noqa: E402
from app.services.context import Actor, Ledger, UnitOfWork  # noqa: E402
from app.services.institution import init_ledger  # noqa: E402
from app.services.ledger_check import check  # noqa: E402

PG_URL = os.environ.get("VENTANILLA_TEST_PG", "").strip()
BACKENDS = ["sqlite"] + (["pg"] if PG_URL else [])
ADMIN_PASSWORD = "counter-key-1"
STAFF_PASSWORD = "desk-secret-2"


def pytest_configure(config: pytest.Config) -> None:
    if os.environ.get("CI", "").lower() == "true" and not PG_URL:
        raise pytest.UsageError(
            "CI=true but VENTANILLA_TEST_PG is not set: the PostgreSQL half of the service tests "
            "cannot be skipped in CI. Run .ci/run, or export VENTANILLA_TEST_PG=postgresql+psycopg://...")


def fast_hasher() -> PasswordHasher:
    """argon2id with small costs: the same code path, a fraction of the time."""
    return PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)


def pg_admin_url() -> str:
    return make_url(PG_URL).set(database="postgres").render_as_string(hide_password=False)


def pg_url_for(database: str) -> str:
    return make_url(PG_URL).set(database=database).render_as_string(hide_password=False)


def _pg_admin():
    return create_engine(pg_admin_url(), isolation_level="AUTOCOMMIT")


class Templates:
    """One initialised ledger per (backend, profile), copied for each test."""

    def __init__(self, root: Path):
        self.root = root
        self.made: dict[tuple[str, str], str] = {}
        self.tag = uuid.uuid4().hex[:8]
        self.counter = itertools.count()
        self.pg_dbs: list[str] = []

    def _init(self, url: str, profile: str) -> None:
        ledger = Ledger.open(url, hasher=fast_hasher())
        init_ledger(ledger, profile=profile, name="Cooperativa de Prueba",
                    tax_id="F12345678" if profile == "es-coop" else "1790012345001",
                    admin="admin", admin_password=ADMIN_PASSWORD, admin_name="Ada Admin",
                    language="en")      # the tests read the English source texts
        ledger.dispose()

    def url(self, backend: str, profile: str) -> str:
        key = (backend, profile)
        if key not in self.made:
            if backend == "sqlite":
                path = self.root / f"template-{profile}.sqlite"
                self._init(f"sqlite:///{path}", profile)
                self.made[key] = str(path)
            else:
                name = f"vt_tpl_{profile.replace('-', '_')}_{self.tag}"
                with _pg_admin().connect() as c:
                    c.execute(text(f'CREATE DATABASE "{name}"'))
                self.pg_dbs.append(name)
                self._init(pg_url_for(name), profile)
                self.made[key] = name
        n = next(self.counter)
        if backend == "sqlite":
            dest = self.root / f"ledger-{n}.sqlite"
            shutil.copy(self.made[key], dest)
            return f"sqlite:///{dest}"
        name = f"vt_{self.tag}_{n}"
        with _pg_admin().connect() as c:
            c.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{self.made[key]}"'))
        self.pg_dbs.append(name)
        return pg_url_for(name)

    def drop_pg(self) -> None:
        if not self.pg_dbs:
            return
        with _pg_admin().connect() as c:
            for name in reversed(self.pg_dbs):
                c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@pytest.fixture(scope="session")
def templates(tmp_path_factory: pytest.TempPathFactory):
    t = Templates(tmp_path_factory.mktemp("ledgers"))
    yield t
    t.drop_pg()


@dataclass
class LedgerUnderTest:
    ledger: Ledger
    admin: Actor
    url: str
    backend: str
    profile: str

    def staff(self, role: str, username: str | None = None, language: str = "en") -> Actor:
        name = username or f"{role[:4]}{next(_names)}"
        auth.add_staff(self.ledger, self.admin, username=name, full_name=name.title(), role=role,
                       password=STAFF_PASSWORD, language=language)
        return auth.login(self.ledger, name, STAFF_PASSWORD)

    def set_business_date(self, day: date) -> None:
        """Test set-up only: put the ledger on `day` (the end of day moves it in real life)."""
        with self.ledger.engine.begin() as c:
            c.execute(update(Institution).values(business_date=day))


_names = itertools.count(1)


def verify_ledger(ledger: Ledger) -> None:
    faults = check(ledger)
    assert not faults, [f.msg.render() for f in faults]
    with UnitOfWork(ledger, None, None, read_only=True) as uow:
        bad = audit.verify(uow.session, ledger.key)
    assert not bad, [f.msg.render() for f in bad]


def _open(templates: Templates, backend: str, profile: str):
    url = templates.url(backend, profile)
    ledger = Ledger.open(url, hasher=fast_hasher())
    admin = auth.login(ledger, "admin", ADMIN_PASSWORD)
    lut = LedgerUnderTest(ledger, admin, url, backend, profile)
    yield lut
    try:
        verify_ledger(ledger)
    finally:
        ledger.dispose()


@pytest.fixture(params=BACKENDS)
def ledger(request: pytest.FixtureRequest, templates: Templates):
    yield from _open(templates, request.param, "es-coop")


@pytest.fixture
def sqlite_ledger(templates: Templates):
    """The Spanish ledger on SQLite only, for what only a file-based ledger has."""
    yield from _open(templates, "sqlite", "es-coop")


@pytest.fixture(params=BACKENDS)
def ec_ledger(request: pytest.FixtureRequest, templates: Templates):
    yield from _open(templates, request.param, "ec-coop")
