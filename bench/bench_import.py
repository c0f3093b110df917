"""Member import: 10,000 CSV rows through the service (validation, members, accounts, search
terms, audit) on a SQLite ledger, beside raw sqlite3 inserting the same member rows.

    .venv/bin/python bench/bench_import.py [--rows N]
"""
from __future__ import annotations

import argparse
import os
import sqlite3
import tempfile
import time
from pathlib import Path

os.environ.setdefault("VENTANILLA_KEY_DIR", tempfile.mkdtemp(prefix="ventanilla-bench-keys-"))

from argon2 import PasswordHasher  # noqa: E402
from stdnum.es import dni  # noqa: E402

from app.services import member_import  # noqa: E402
from app.services.context import Ledger  # noqa: E402
from app.services.institution import init_ledger  # noqa: E402


def make_csv(rows: int) -> bytes:
    lines = ["document;given_names;surnames;birth_date;email;external_account"]
    for i in range(rows):
        body = f"{30000000 + i * 7:08d}"
        lines.append(f"{body}{dni.calc_check_digit(body)};Núria {chr(65 + i % 26)};Puig Vila;"
                     f"1980-01-0{1 + i % 9};n{i}@example.org;21000418450200051332")
    return ("\ufeff" + "\n".join(lines) + "\n").encode("utf-8")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=10_000)
    args = parser.parse_args()
    data = make_csv(args.rows)
    folder = Path(tempfile.mkdtemp(prefix="ventanilla-bench-import-"))
    ledger = Ledger.open(f"sqlite:///{folder / 'ledger.sqlite'}",
                         hasher=PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
    admin = init_ledger(ledger, profile="es-coop", name="Bench", tax_id="F08000002",
                        admin="root", admin_password="bench-pass-1")
    t0 = time.perf_counter()
    result = member_import.import_members(ledger, admin, data)
    service = time.perf_counter() - t0
    assert result.imported == args.rows, result.errors[:3]
    raw_db = sqlite3.connect(folder / "ledger.sqlite", isolation_level=None)
    raw_db.execute("PRAGMA synchronous=FULL")
    rows = [(f"R{i:08d}", f"Núria {i}") for i in range(args.rows)]
    t0 = time.perf_counter()
    raw_db.execute("BEGIN IMMEDIATE")
    raw_db.execute("CREATE TEMP TABLE raw_member (document TEXT, given_names TEXT)")
    raw_db.executemany("INSERT INTO raw_member VALUES (?, ?)", rows)
    raw_db.execute("COMMIT")
    raw = time.perf_counter() - t0
    print(f"service import of {args.rows} rows: {service:.2f} s ({args.rows / service:.0f} rows/s)")
    print(f"raw sqlite3 insert of {args.rows} bare rows: {raw:.3f} s; ratio service/raw time "
          f"{service / raw:.0f}x (the service also validates, opens 2 accounts, indexes and "
          f"audits each member)")


if __name__ == "__main__":
    main()
