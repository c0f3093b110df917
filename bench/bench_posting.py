"""Benchmark: two-posting entries through the ledger service vs. the same SQL through raw sqlite3.

    .venv/bin/python bench/bench_posting.py [--quick] [-n N] [--member] [--profile] [--keep]

Both sides run on a copy of one freshly initialised SQLite ledger (es-coop), configured as
app.db configures it: WAL, synchronous=FULL, foreign_keys=ON, BEGIN IMMEDIATE, one transaction
per entry. The service side calls app.services.ledger.post_entry(); the raw side (stdlib sqlite3
only) issues, per entry, the statements the service issues (traced with a before_cursor_execute
listener and printed with --trace), computing balances and the audit HMAC chain itself, so
both ledgers pass `ledger check` and the audit verification at the end.

The two sides alternate in rounds, so a drift in the disk's speed hits both alike.
Printed: entries/s, median/p95/max latency per entry, and ratio = service rate / raw rate
(target: >= 0.25).  Not part of the test run.
"""
from __future__ import annotations

import argparse
import hashlib
import hmac
import json
import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import datetime, timezone
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# BENCH_APP_ROOT=/path/to/a/copy measures a patched copy of app/ (a prototype) instead.
sys.path.insert(0, os.environ.get("BENCH_APP_ROOT") or str(ROOT))
_TMP = Path(tempfile.mkdtemp(prefix="ventanilla-bench-posting-"))
os.environ["VENTANILLA_KEY_DIR"] = str(_TMP / "keys")   # before importing app

from argon2 import PasswordHasher  # noqa: E402
from sqlalchemy import event, select  # noqa: E402

from app.domain.member_form import MemberInput  # noqa: E402
from app.models import Account  # noqa: E402
from app.services import audit, auth, members  # noqa: E402
from app.services.context import Ledger, UnitOfWork  # noqa: E402
from app.services.institution import init_ledger  # noqa: E402
from app.services.ledger import Line, post_entry  # noqa: E402
from app.services.ledger_check import check  # noqa: E402

ADMIN_PASSWORD = "counter-key-1"
TARGET_RATIO = 0.25


def fast_hasher() -> PasswordHasher:
    return PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)


# --- setup --------------------------------------------------------------------------------------

def make_template(path: Path, member: bool) -> tuple[int, int]:
    """Initialise a ledger at `path`; return the two account ids the entries post to."""
    ledger = Ledger.open(f"sqlite:///{path}", hasher=fast_hasher())
    admin = init_ledger(ledger, profile="es-coop", name="Cooperativa de Prueba", tax_id="F12345678",
                        admin="admin", admin_password=ADMIN_PASSWORD, admin_name="Ada Admin")
    with ledger.read_session() as s:
        internal = dict(s.execute(select(Account.product, Account.id)
                                  .where(Account.kind == "internal")).all())
    a, b = internal["vault"], internal["bank"]
    if member:
        f = members.register_member(ledger, admin, MemberInput(
            document="12345678Z", given_names="María José", surnames="Núñez Peña"))
        b = f.accounts[0].id     # a member account (allow_negative=False); the entry credits it
    ledger.dispose()             # the last connection checkpoints the WAL into the file
    return a, b


def stats(lat_s: list[float]) -> dict[str, float]:
    ms = sorted(x * 1000 for x in lat_s)
    total = sum(lat_s)
    return {"n": len(ms), "rate": len(ms) / total, "median": statistics.median(ms),
            "p95": ms[min(len(ms) - 1, int(round(0.95 * len(ms))) - 1)], "max": ms[-1],
            "total": total}


# --- the service --------------------------------------------------------------------------------

class ServiceSide:
    def __init__(self, path: Path, a: int, b: int):
        self.ledger = Ledger.open(f"sqlite:///{path}", hasher=fast_hasher())
        self.actor = auth.login(self.ledger, "admin", ADMIN_PASSWORD)
        self.a, self.b = a, b
        self.i = 0

    def post_one(self) -> None:
        self.i += 1
        post_entry(self.ledger, self.actor, kind="manual", description=f"Bench entry {self.i}",
                   lines=[Line(self.a, Decimal("10.00")), Line(self.b, Decimal("-10.00"))],
                   idempotency_key=f"svc-{self.i}")

    def run(self, n: int) -> list[float]:
        out = []
        clock = time.perf_counter
        for _ in range(n):
            t0 = clock()
            self.post_one()
            out.append(clock() - t0)
        return out

    def trace(self) -> list[str]:
        """The SQL of one entry, as the service sends it (BEGIN included; COMMIT is a DBAPI call)."""
        seen: list[str] = []

        def listener(conn, cursor, statement, params, context, executemany):  # noqa: ANN001
            seen.append(" ".join(statement.split()))
        event.listen(self.ledger.engine, "before_cursor_execute", listener)
        try:
            self.post_one()
        finally:
            event.remove(self.ledger.engine, "before_cursor_execute", listener)
        return seen

    def close(self) -> None:
        self.ledger.dispose()


# --- raw sqlite3 --------------------------------------------------------------------------------

def _cols(db: sqlite3.Connection, table: str) -> list[str]:
    return [r[1] for r in db.execute(f"PRAGMA table_info({table})")]


def raw_statements(db: sqlite3.Connection) -> dict[str, str]:
    """The service's SQL, spelt as SQLAlchemy spells it, from the live schema (so a new column
    in the models shows up here too); checked against a traced service entry at start-up."""
    def sel(table: str, where: str, extra: str = "") -> str:
        cols = ", ".join(f"{table}.{c}" for c in _cols(db, table))
        return f"SELECT {cols} FROM {table}{' WHERE ' + where if where else ''}{extra}"

    posting = [c for c in _cols(db, "posting") if c != "id"]
    entry = [c for c in _cols(db, "entry") if c != "id"]
    audit_cols = _cols(db, "audit_log")
    account_set = "balance=?, postings=?" if "postings" in _cols(db, "account") else "balance=?"
    return {
        "staff": sel("staff", "staff.id = ?"),
        "idem": "SELECT entry.id FROM entry WHERE entry.idempotency_key = ?",
        "accounts": sel("account", "account.id IN (?, ?)", " ORDER BY account.id"),
        "institution": "SELECT institution.business_date FROM institution",
        "counter": "INSERT INTO receipt_counter (branch_id, year, last_no) VALUES (?, ?, ?) "
                   "ON CONFLICT (branch_id, year) DO UPDATE SET last_no = "
                   "(receipt_counter.last_no + ?) RETURNING last_no",
        "entry_ins": f"INSERT INTO entry ({', '.join(entry)}) VALUES ({', '.join('?' * len(entry))}) "
                     "RETURNING id",
        "posting_ins": f"INSERT INTO posting ({', '.join(posting)}) "
                       f"VALUES ({', '.join('?' * len(posting))})",
        "account_upd": f"UPDATE account SET {account_set} WHERE account.id = ?",
        "branch": "SELECT branch.code FROM branch WHERE branch.id = ?",
        "head_sel": "SELECT audit_head.seq, audit_head.mac FROM audit_head WHERE audit_head.id = ?",
        "audit_ins": f"INSERT INTO audit_log ({', '.join(audit_cols)}) "
                     f"VALUES ({', '.join('?' * len(audit_cols))})",
        "head_upd": "UPDATE audit_head SET seq=?, mac=? WHERE audit_head.id = ?",
    }


def _cols_of(insert_sql: str) -> list[str]:
    return [c.strip() for c in insert_sql.split("(", 1)[1].split(")", 1)[0].split(",")]


class RawSide:
    """The service's statements through stdlib sqlite3, same durability, one transaction each."""

    def __init__(self, path: Path, a: int, b: int, key: bytes, staff_id: int, *,
                 synchronous: str = "FULL"):
        self.db = sqlite3.connect(str(path), timeout=30, isolation_level=None)
        for pragma in ("journal_mode=WAL", f"synchronous={synchronous}", "foreign_keys=ON",
                       "busy_timeout=30000"):
            self.db.execute(f"PRAGMA {pragma}")
        self.db.row_factory = sqlite3.Row
        self.sql = raw_statements(self.db)
        self.cols = {k: _cols_of(self.sql[k]) for k in ("entry_ins", "posting_ins", "audit_ins")}
        self.counts_postings = "postings=?" in self.sql["account_upd"]
        self.a, self.b, self.key, self.staff_id = a, b, key, staff_id
        self.i = 0
        self.prefix = "raw" if synchronous == "FULL" else f"raw-{synchronous.lower()}"
        self.sent: list[str] | None = None

    def _ex(self, sql: str, params: tuple = ()) -> sqlite3.Cursor:
        if self.sent is not None:
            self.sent.append(sql)
        return self.db.execute(sql, params)

    def trace(self) -> list[str]:
        self.sent = []
        try:
            self.post_one()
            return self.sent
        finally:
            self.sent = None

    def post_one(self) -> None:
        self.i += 1
        ex, sql = self._ex, self.sql
        key = f"{self.prefix}-{self.i}"
        description = f"Bench entry {self.i}"
        ex("BEGIN IMMEDIATE")
        try:
            staff = ex(sql["staff"], (self.staff_id,)).fetchone()
            if staff is None or not staff["active"] or staff["locked"]:
                raise RuntimeError("staff gone")
            if ex(sql["idem"], (key,)).fetchone() is not None:
                raise RuntimeError("replay")
            accs = {r["id"]: r for r in ex(sql["accounts"], tuple(sorted((self.a, self.b))))}
            biz = ex(sql["institution"]).fetchone()["business_date"]
            year = int(biz[:4])
            branch_id = staff["branch_id"]
            last_no = ex(sql["counter"], (branch_id, year, 1, 1)).fetchone()[0]
            now = datetime.now(timezone.utc).replace(tzinfo=None)
            entry = {"branch_id": branch_id, "receipt_year": year, "receipt_no": last_no,
                     "business_date": biz, "value_date": biz, "created_at": str(now),
                     "staff_id": staff["id"], "acted_by_member_id": None, "kind": "manual",
                     "description": description, "idempotency_key": key,
                     "reverses_entry_id": None}
            entry_id = ex(sql["entry_ins"], tuple(entry[c] for c in self.cols["entry_ins"])).fetchone()[0]
            lines = ((self.a, 1000), (self.b, -1000))
            running = {aid: row["balance"] for aid, row in accs.items()}
            count = {aid: row["postings"] if self.counts_postings else 0
                     for aid, row in accs.items()}
            rows = []
            for aid, m in lines:
                running[aid] += m if accs[aid]["normal_side"] == "D" else -m
                count[aid] += 1
                rows.append({"entry_id": entry_id, "account_id": aid, "seq": count[aid],
                             "business_date": biz, "amount": m, "balance_after": running[aid],
                             "memo": ""})
            posting_cols = self.cols["posting_ins"]
            if self.sent is not None:
                self.sent += [sql["posting_ins"], sql["account_upd"]]
            self.db.executemany(sql["posting_ins"], [tuple(r[c] for c in posting_cols) for r in rows])
            upd = [((running[aid], count[aid], aid) if self.counts_postings
                    else (running[aid], aid)) for aid in sorted(accs)]
            self.db.executemany(sql["account_upd"], upd)
            ex(sql["branch"], (branch_id,)).fetchone()
            head = ex(sql["head_sel"], (1,)).fetchone()
            seq, prev = head["seq"] + 1, head["mac"]
            at = now.isoformat(timespec="microseconds")
            detail = json.dumps({"kind": "manual", "accounts": sorted(accs), "reverses": None},
                                sort_keys=True, separators=(",", ":"))
            payload = json.dumps([seq, at, staff["id"], "entry.post", "entry", str(entry_id),
                                  detail, prev], separators=(",", ":"), ensure_ascii=False).encode()
            mac = hmac.new(self.key, payload, hashlib.sha256).hexdigest()
            record = {"seq": seq, "at": at, "staff_id": staff["id"], "action": "entry.post",
                      "entity": "entry", "entity_id": str(entry_id), "detail": detail,
                      "prev_mac": prev, "mac": mac}
            ex(sql["audit_ins"], tuple(record[c] for c in self.cols["audit_ins"]))
            ex(sql["head_upd"], (seq, mac, 1))
            ex("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def run(self, n: int) -> list[float]:
        out = []
        clock = time.perf_counter
        for _ in range(n):
            t0 = clock()
            self.post_one()
            out.append(clock() - t0)
        return out

    def close(self) -> None:
        self.db.close()


# --- main ---------------------------------------------------------------------------------------

def verify(path: Path) -> str:
    ledger = Ledger.open(f"sqlite:///{path}", hasher=fast_hasher())
    try:
        faults = [f.msg.render() for f in check(ledger)]
        with UnitOfWork(ledger, None, None, read_only=True) as uow:
            faults += [f.msg.render() for f in audit.verify(uow.session, ledger.key)]
    finally:
        ledger.dispose()
    return "ok" if not faults else "; ".join(faults[:3])


def fmt(name: str, s: dict[str, float]) -> str:
    return (f"{name:<28} {s['rate']:9.1f} entries/s   median {s['median']:7.3f} ms   "
            f"p95 {s['p95']:7.3f} ms   max {s['max']:8.3f} ms   (n={s['n']})")


def main() -> int:
    keep = "--keep" in sys.argv
    try:
        return run()
    finally:
        if not keep:
            shutil.rmtree(_TMP, ignore_errors=True)


def run() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="300 entries per side instead of 2000")
    ap.add_argument("-n", type=int, default=None, help="entries per side (default 2000)")
    ap.add_argument("--rounds", type=int, default=10, help="alternating rounds per side")
    ap.add_argument("--member", action="store_true",
                    help="post vault -> a member's account instead of vault -> bank")
    ap.add_argument("--trace", action="store_true", help="print the SQL of one service entry")
    ap.add_argument("--profile", action="store_true", help="cProfile the service side afterwards")
    ap.add_argument("--keep", action="store_true", help=f"keep the ledgers under {_TMP}")
    args = ap.parse_args()
    n = args.n or (300 if args.quick else 2000)
    rounds = max(1, min(args.rounds, n))
    warmup = 20 if args.quick else 50

    template = _TMP / "template.sqlite"
    a, b = make_template(template, args.member)
    svc_path, raw_path, off_path = (_TMP / "service.sqlite", _TMP / "raw.sqlite",
                                    _TMP / "raw-sync-off.sqlite")
    for p in (svc_path, raw_path, off_path):
        shutil.copy(template, p)

    svc = ServiceSide(svc_path, a, b)
    raw = RawSide(raw_path, a, b, svc.ledger.key, svc.actor.staff_id)
    off = RawSide(off_path, a, b, svc.ledger.key, svc.actor.staff_id, synchronous="OFF")
    sql = svc.trace()
    print(f"app under test: {Path(sys.modules['app'].__file__).parent}")
    print(f"Ventanilla posting benchmark: {n} entries per side in {rounds} alternating rounds "
          f"({'vault -> member account' if args.member else 'vault -> bank, internal'}); "
          f"SQLite {sqlite3.sqlite_version}, WAL, synchronous=FULL, BEGIN IMMEDIATE; files in {_TMP}")
    raw_sql = [" ".join(x.split()) for x in raw.trace()]
    off.post_one()
    only_svc = [x for x in sql if x not in raw_sql]
    only_raw = [x for x in raw_sql if x not in sql and x != "COMMIT"]
    print(f"statements per entry: service {len(sql)} + COMMIT, raw {len(raw_sql) - 1} + COMMIT; "
          + ("the same SQL text, statement for statement" if not only_svc and not only_raw else
             f"DRIFT: {len(only_svc)} service statement(s) the raw side does not send"))
    for x in only_svc:
        print("    service only:", x)
    for x in only_raw:
        print("    raw only:    ", x)
    if args.trace:
        for line in sql:
            print("   ", line)
    svc.run(warmup)
    raw.run(warmup)
    off.run(warmup)

    svc_lat: list[float] = []
    raw_lat: list[float] = []
    cpu = {"service": 0.0, "raw": 0.0}
    round_ratios = []
    per = [n // rounds + (1 if r < n % rounds else 0) for r in range(rounds)]
    for k in per:
        c0 = time.process_time()
        chunk = svc.run(k)
        c1 = time.process_time()
        raw_chunk = raw.run(k)
        cpu["service"] += c1 - c0
        cpu["raw"] += time.process_time() - c1
        round_ratios.append(sum(raw_chunk) / sum(chunk))
        svc_lat += chunk
        raw_lat += raw_chunk
    off_lat = off.run(max(1, n // 4))

    s, r, o = stats(svc_lat), stats(raw_lat), stats(off_lat)
    print(fmt("service post_entry", s))
    print(fmt("raw sqlite3 (same SQL)", r))
    print(fmt("raw, synchronous=OFF (ref)", o))
    ratio = s["rate"] / r["rate"]
    print(f"ratio service/raw = {ratio:.3f}   (target >= {TARGET_RATIO}: "
          f"{'MET' if ratio >= TARGET_RATIO else 'NOT MET'}); per round: median "
          f"{statistics.median(round_ratios):.3f}, min {min(round_ratios):.3f}, "
          f"max {max(round_ratios):.3f}")
    print(f"CPU per entry: service {cpu['service'] / s['n'] * 1e3:.3f} ms, "
          f"raw {cpu['raw'] / r['n'] * 1e3:.3f} ms (this process; the rest is waiting on fsync)")
    print(f"per entry: service {s['total'] / s['n'] * 1e3:.3f} ms, raw {r['total'] / r['n'] * 1e3:.3f} ms, "
          f"of which durable commit ~{(r['total'] / r['n'] - o['total'] / o['n']) * 1e3:.3f} ms; "
          f"service overhead over raw {(s['total'] / s['n'] - r['total'] / r['n']) * 1e3:.3f} ms")

    if args.profile:
        import cProfile
        import pstats
        prof = cProfile.Profile()
        prof.enable()
        svc.run(min(n, 500))
        prof.disable()
        pstats.Stats(prof).sort_stats("cumulative").print_stats(30)

    svc.close()
    raw.close()
    off.close()
    print(f"ledger check + audit chain: service {verify(svc_path)}, raw {verify(raw_path)}")
    if args.keep:
        print(f"kept: {_TMP}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
