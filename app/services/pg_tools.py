"""The PostgreSQL client tools behind backup and restore: pg_dump, pg_restore, psql.

A dump runs on a snapshot exported by the caller's REPEATABLE READ transaction. A restore runs
pg_restore's script through `psql --single-transaction`, after emptying the target's schema in that
same transaction: all or nothing, and a target whose schema is newer than the dump's (tables or
functions of later migrations) is replaced whole instead of keeping objects that the migrations
would then try to create again. Passwords travel in PGPASSWORD, never on a command line.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import IO

from sqlalchemy.engine import URL, make_url

from ..domain.messages import Msg, N_
from .errors import ServiceError


class BackupToolError(ServiceError):
    """pg_dump, pg_restore or psql is missing or failed."""


def pg_tool(name: str) -> str:
    """The path of pg_dump, pg_restore or psql ($VENTANILLA_PG_BIN first, then $PATH)."""
    bindir = os.environ.get("VENTANILLA_PG_BIN")
    found = (shutil.which(name, path=bindir) if bindir else None) or shutil.which(name)
    if not found:
        raise BackupToolError(Msg.of(N_(
            "Backups of a PostgreSQL ledger need {tool} from the PostgreSQL client tools, of the "
            "server's major version or newer. Install them (Debian: apt-get install "
            "postgresql-client) or point VENTANILLA_PG_BIN at their folder."), tool=name))
    return found


def libpq(url: str | URL) -> tuple[str, dict[str, str]]:
    """A SQLAlchemy URL as a libpq URI without the password, and the environment that carries
    it (a password on a command line would show in the process list)."""
    u = make_url(url)
    env = dict(os.environ)
    if u.password:
        env["PGPASSWORD"] = str(u.password)
    conninfo = u.set(drivername="postgresql", password=None).render_as_string(hide_password=False)
    return conninfo, env


def tool_failed(tool: str, stderr: str) -> BackupToolError:
    lines = [ln for ln in stderr.strip().splitlines() if ln.strip()]
    return BackupToolError(Msg.of(N_("{tool} failed: {error}"), tool=tool,
                                  error=" / ".join(lines[-3:]) or "?"))


def run_tool(args: list[str], env: dict[str, str], stdin: IO[bytes] | None = None) -> None:
    try:
        done = subprocess.run(args, env=env, stdin=stdin, stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE)
    except OSError as exc:
        raise tool_failed(Path(args[0]).name, str(exc)) from None
    if done.returncode != 0:
        raise tool_failed(Path(args[0]).name, done.stderr.decode(errors="replace"))


def dump(url: str | URL, snapshot: str, dest: Path) -> None:
    """pg_dump -Fc of the database at `url`, as it is in `snapshot`, to `dest`."""
    conninfo, env = libpq(url)
    run_tool([pg_tool("pg_dump"), "--format=custom", f"--snapshot={snapshot}", f"--file={dest}",
              "--no-password", f"--dbname={conninfo}"], env)


# Empties the target's schema inside psql's single transaction, before the dump's script runs:
# every routine, table, view, sequence and type there (not those of an extension).
_EMPTY_SCHEMA = r"""
DO $ventanilla$
DECLARE r record;
BEGIN
  FOR r IN SELECT p.oid::regprocedure AS sig FROM pg_proc p
           WHERE p.pronamespace = current_schema()::regnamespace
             AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')
  LOOP EXECUTE format('DROP ROUTINE IF EXISTS %s CASCADE', r.sig); END LOOP;
  FOR r IN SELECT c.relname, c.relkind FROM pg_class c
           WHERE c.relnamespace = current_schema()::regnamespace
             AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
             AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype = 'e')
  LOOP EXECUTE format('DROP %s IF EXISTS %I.%I CASCADE',
                      CASE r.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW'
                                     WHEN 'S' THEN 'SEQUENCE' WHEN 'f' THEN 'FOREIGN TABLE'
                                     ELSE 'TABLE' END, current_schema(), r.relname); END LOOP;
  FOR r IN SELECT t.typname FROM pg_type t
           WHERE t.typnamespace = current_schema()::regnamespace AND t.typtype IN ('e', 'd')
             AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = t.oid AND d.deptype = 'e')
  LOOP EXECUTE format('DROP TYPE IF EXISTS %I.%I CASCADE', current_schema(), r.typname); END LOOP;
END
$ventanilla$;
"""


def restore_dump(url: str | URL, dump_file: Path) -> None:
    """Replace everything in the target's schema with the dump, in one transaction."""
    pg_restore, psql = pg_tool("pg_restore"), pg_tool("psql")
    conninfo, env = libpq(url)
    with tempfile.TemporaryDirectory(prefix="ventanilla-pg-") as work:
        with open(Path(work) / "pg_restore.err", "w+b") as restore_err, \
                open(Path(work) / "psql.err", "w+b") as psql_err:
            producer = subprocess.Popen(
                [pg_restore, "--no-owner", "--no-acl", "--file=-", str(dump_file)],
                env=env, stdout=subprocess.PIPE, stderr=restore_err)
            consumer = subprocess.run(
                [psql, "--no-psqlrc", "--quiet", "--no-password", "--set=ON_ERROR_STOP=1",
                 "--single-transaction", f"--dbname={conninfo}", f"--command={_EMPTY_SCHEMA}",
                 "--file=-"], env=env, stdin=producer.stdout, stdout=subprocess.DEVNULL,
                stderr=psql_err)
            producer.stdout.close()
            producer.wait()
            if consumer.returncode != 0:
                psql_err.seek(0)
                raise tool_failed("psql", psql_err.read().decode(errors="replace"))
            if producer.returncode != 0:
                restore_err.seek(0)
                raise tool_failed("pg_restore", restore_err.read().decode(errors="replace"))
