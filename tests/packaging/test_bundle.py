"""The installer: `ventanilla self-check` from source, and the PyInstaller bundle built by
packaging/build, run as a teller's machine would run it (from another folder, without the
virtual environment or the source tree on its paths). The build takes a few minutes."""
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app import __version__

ROOT = Path(__file__).resolve().parents[2]
STEPS = ("qt", "modules", "translations", "style sheet", "ledger", "domain data", "sepa",
         "receipt pdf", "pdf module", "login window", "postgresql driver")


def bare_env(**extra: str) -> dict[str, str]:
    """The environment of a desk: no virtual environment, no Python paths, no test key dir."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("PYTHON", "VIRTUAL_ENV", "VENTANILLA_", "PYTEST", "QT_"))}
    env["PATH"] = "/usr/local/bin:/usr/bin:/bin"
    env.update(extra)
    return env


def assert_passed(result: subprocess.CompletedProcess) -> None:
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[-1] == "self-check passed", result.stdout
    for step in STEPS:
        assert any(line.startswith(f"{step}: ok - ") for line in lines), (step, result.stdout)


def test_self_check_from_source(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", VENTANILLA_DATA_DIR=str(tmp_path / "data"),
               VENTANILLA_KEY_DIR=str(tmp_path / "keys"))
    r = subprocess.run([sys.executable, "-m", "app.cli", "self-check"], cwd=ROOT, env=env,
                       capture_output=True, text=True, timeout=300)
    assert_passed(r)
    # It touched no real place: the folders it was pointed at stay as they were (absent).
    assert not (tmp_path / "data").exists() and not (tmp_path / "keys").exists()


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("bundle")
    r = subprocess.run([str(ROOT / "packaging" / "build"), "--distpath", str(out / "dist"),
                        "--workpath", str(out / "work")],
                       cwd=ROOT, capture_output=True, text=True, timeout=3600)
    assert r.returncode == 0, r.stdout[-4000:] + r.stderr[-4000:]
    exe = out / "dist" / "ventanilla" / "ventanilla"
    assert exe.is_file() and os.access(exe, os.X_OK), r.stdout[-2000:]
    return exe


def test_bundle_holds_the_files_read_at_run_time(bundle):
    internal = bundle.parent / "_internal"
    versions = sorted(p.name for p in (ROOT / "app" / "migrations" / "versions").glob("*.py"))
    assert sorted(p.name for p in (internal / "app" / "migrations" / "versions").glob("*.py")) == versions
    assert (internal / "app" / "migrations" / "env.py").is_file()
    for name in ("style.qss", "ventanilla.svg", "ventanilla-256.png", "ventanilla-48.png"):
        assert (internal / "resources" / name).is_file(), name
    catalogs = sorted(p.with_suffix(".qm").name for p in (ROOT / "translations").glob("*.ts"))
    assert sorted(p.name for p in (internal / "translations").glob("*.qm")) == catalogs
    platforms = internal / "PySide6" / "Qt" / "plugins" / "platforms"
    assert (platforms / "libqoffscreen.so").is_file() and (platforms / "libqxcb.so").is_file()


def test_bundle_version(bundle, tmp_path):
    r = subprocess.run([str(bundle), "--version"], cwd=tmp_path, env=bare_env(),
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == f"ventanilla {__version__}"


def test_bundle_self_check(bundle, tmp_path):
    r = subprocess.run([str(bundle), "self-check"], cwd=tmp_path,
                       env=bare_env(QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path)),
                       capture_output=True, text=True, timeout=300)
    assert_passed(r)
    assert "ventanilla_es.qm" in r.stdout and "ventanilla_ca.qm" in r.stdout


def test_bundle_runs_a_command_on_a_ledger(bundle, tmp_path):
    env = bare_env(HOME=str(tmp_path), VENTANILLA_KEY_DIR=str(tmp_path / "keys"),
                   VENTANILLA_DATA_DIR=str(tmp_path / "data"))
    db = f"sqlite:///{tmp_path / 'ledger.sqlite'}"
    r = subprocess.run([str(bundle), "--db", db, "--password-stdin", "init", "--profile", "ec-coop",
                        "--name", "Cooperativa Empaquetada", "--tax-id", "1790012345001",
                        "--admin", "root"], input="bundle-admin-7\n", cwd=tmp_path, env=env,
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stdout + r.stderr
    r = subprocess.run([str(bundle), "--db", db, "ledger", "check"], cwd=tmp_path, env=env,
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stdout + r.stderr


@pytest.mark.skipif(not os.environ.get("VENTANILLA_TEST_PG", "").strip(),
                    reason="VENTANILLA_TEST_PG names no PostgreSQL server")
def test_bundle_opens_a_postgresql_ledger(bundle, tmp_path):
    import uuid

    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    server = make_url(os.environ["VENTANILLA_TEST_PG"].strip())
    name = f"ventanilla_bundle_{uuid.uuid4().hex[:8]}"
    admin = create_engine(server.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        db = server.set(database=name).render_as_string(hide_password=False)
        env = bare_env(HOME=str(tmp_path), VENTANILLA_KEY_DIR=str(tmp_path / "keys"),
                       VENTANILLA_DATA_DIR=str(tmp_path / "data"))
        r = subprocess.run([str(bundle), "--db", db, "--password-stdin", "init", "--profile",
                            "es-coop", "--name", "Coop Empaquetada", "--tax-id", "F08000002",
                            "--admin", "root", "--region", "CT"], input="bundle-admin-7\n",
                           cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)
        assert r.returncode == 0, r.stdout + r.stderr
        r = subprocess.run([str(bundle), "--db", db, "ledger", "check"], cwd=tmp_path, env=env,
                           capture_output=True, text=True, timeout=300)
        assert r.returncode == 0, r.stdout + r.stderr
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
