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
            seen.append(" ".join(statement.split()) + ("   [executemany]" if executemany else ""))
        event.listen(self.ledger.engine, "before_cursor_execute", listener)
        try:
            self.post_one()
        finally:
            event.remove(self.ledger.engine, "before_cursor_execute", listener)
        return seen

    def close(self) -> None:
        self.ledger.dispose()


# --- raw sqlite3 --------------------------------------------------------------------------------

SQL = {
    "staff": "SELECT staff.id, staff.username, staff.full_name, staff.role, staff.branch_id, "
             "staff.password_hash, staff.failed_logins, staff.locked, staff.active, "
             "staff.must_change_password, staff.language, staff.created_at, staff.last_login_at "
             "FROM staff WHERE staff.id = ?",
    "idem": "SELECT entry.id, entry.branch_id, entry.receipt_year, entry.receipt_no, "
            "entry.business_date, entry.value_date, entry.created_at, entry.staff_id, "
            "entry.acted_by_member_id, entry.kind, entry.description, entry.idempotency_key, "
            "entry.reverses_entry_id FROM entry WHERE entry.idempotency_key = ?",
    "accounts": "SELECT account.id, account.number, account.name, account.kind, account.product, "
                "account.normal_side, account.chart_code, account.currency, account.branch_id, "
                "account.member_id, account.staff_id, account.status, account.allow_negative, "
                "account.balance, account.held, account.opened_on, account.closed_on "
                "FROM account WHERE account.id IN (?, ?) ORDER BY account.id",
    "institution": "SELECT institution.id, institution.ledger_id, institution.name, "
                   "institution.tax_id, institution.profile, institution.region, "
                   "institution.currency, institution.business_date, institution.settings, "
                   "institution.created_at FROM institution",
    "counter_ins": "INSERT INTO receipt_counter (branch_id, year, last_no) VALUES (?, ?, ?) "
                   "ON CONFLICT DO NOTHING",
    "counter_sel": "SELECT receipt_counter.branch_id, receipt_counter.year, receipt_counter.last_no "
                   "FROM receipt_counter WHERE receipt_counter.branch_id = ? "
                   "AND receipt_counter.year = ?",
    "entry_ins": "INSERT INTO entry (branch_id, receipt_year, receipt_no, business_date, "
                 "value_date, created_at, staff_id, acted_by_member_id, kind, description, "
                 "idempotency_key, reverses_entry_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "counter_upd": "UPDATE receipt_counter SET last_no=? WHERE receipt_counter.branch_id = ? "
                   "AND receipt_counter.year = ?",
    "account_upd": "UPDATE account SET balance=? WHERE account.id = ?",
    "posting_ins": "INSERT INTO posting (entry_id, account_id, amount, balance_after, memo) "
                   "VALUES (?, ?, ?, ?, ?) RETURNING id",
    "view": "SELECT posting.id, posting.entry_id, posting.account_id, posting.amount, "
            "posting.balance_after, posting.memo, account.id AS id_1, account.number, "
            "account.name, account.kind, account.product, account.normal_side, "
            "account.chart_code, account.currency, account.branch_id, account.member_id, "
            "account.staff_id, account.status, account.allow_negative, account.balance, "
            "account.held, account.opened_on, account.closed_on FROM posting JOIN account "
            "ON posting.account_id = account.id WHERE posting.entry_id = ? ORDER BY posting.id",
    "branch": "SELECT branch.id, branch.code, branch.name FROM branch WHERE branch.id = ?",
    "head_sel": "SELECT audit_head.id, audit_head.seq, audit_head.mac FROM audit_head "
                "WHERE audit_head.id = ?",
    "head_upd": "UPDATE audit_head SET seq=?, mac=? WHERE audit_head.id = ?",
    "audit_ins": "INSERT INTO audit_log (seq, at, staff_id, action, entity, entity_id, detail, "
                 "prev_mac, mac) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
}


class RawSide:
    """The service's statements through stdlib sqlite3, same durability, one transaction each."""

    def __init__(self, path: Path, a: int, b: int, key: bytes, staff_id: int, *,
                 synchronous: str = "FULL"):
        self.db = sqlite3.connect(str(path), timeout=30, isolation_level=None)
        for pragma in ("journal_mode=WAL", f"synchronous={synchronous}", "foreign_keys=ON",
                       "busy_timeout=30000"):
            self.db.execute(f"PRAGMA {pragma}")
        self.a, self.b, self.key, self.staff_id = a, b, key, staff_id
        self.i = 0
        self.prefix = "raw" if synchronous == "FULL" else f"raw-{synchronous.lower()}"

    def post_one(self) -> None:
        self.i += 1
        ex = self.db.execute
        key = f"{self.prefix}-{self.i}"
        description = f"Bench entry {self.i}"
        ex("BEGIN IMMEDIATE")
        try:
            staff = ex(SQL["staff"], (self.staff_id,)).fetchone()
            if staff is None or not staff[8] or staff[7]:
                raise RuntimeError("staff gone")
            if ex(SQL["idem"], (key,)).fetchone() is not None:
                raise RuntimeError("replay")
            accs = {r[0]: r for r in ex(SQL["accounts"], tuple(sorted((self.a, self.b))))}
            biz = ex(SQL["institution"]).fetchone()[7]
            year = int(biz[:4])
            branch_id = staff[4]
            ex(SQL["counter_ins"], (branch_id, year, 0))
            last_no = ex(SQL["counter_sel"], (branch_id, year)).fetchone()[2] + 1
            now = datetime.now(timezone.utc).replace(tzinfo=None)
            cur = ex(SQL["entry_ins"], (branch_id, year, last_no, biz, biz, str(now), staff[0],
                                        None, "manual", description, key, None))
            entry_id = cur.lastrowid
            ex(SQL["counter_upd"], (last_no, branch_id, year))
            lines = ((self.a, 1000), (self.b, -1000))
            running = {aid: row[13] for aid, row in accs.items()}
            after = []
            for aid, m in lines:
                running[aid] += m if accs[aid][5] == "D" else -m
                after.append(running[aid])
            self.db.executemany(SQL["account_upd"], [(running[aid], aid) for aid in sorted(accs)])
            for (aid, m), bal in zip(lines, after):
                ex(SQL["posting_ins"], (entry_id, aid, m, bal, "")).fetchall()
            ex(SQL["view"], (entry_id,)).fetchall()
            ex(SQL["branch"], (branch_id,)).fetchone()
            head = ex(SQL["head_sel"], (1,)).fetchone()
            seq, prev = head[1] + 1, head[2]
            at = now.isoformat(timespec="microseconds")
            detail = json.dumps({"kind": "manual", "accounts": sorted(accs), "reverses": None},
                                sort_keys=True, separators=(",", ":"))
            payload = json.dumps([seq, at, staff[0], "entry.post", "entry", str(entry_id), detail,
                                  prev], separators=(",", ":"), ensure_ascii=False).encode()
            mac = hmac.new(self.key, payload, hashlib.sha256).hexdigest()
            ex(SQL["head_upd"], (seq, mac, 1))
            ex(SQL["audit_ins"], (seq, at, staff[0], "entry.post", "entry", str(entry_id), detail,
                                  prev, mac))
            ex("COMMIT")
        except BaseException:
            ex("ROLLBACK")
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
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="300 entries per side instead of 2000")
    ap.add_argument("-n", type=int, default=None, help="entries per side (default 2000)")
    ap.add_argument("--rounds", type=int, default=4, help="alternating rounds per side")
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
    print(f"statements per entry: service {len(sql)} + COMMIT, raw 16 + COMMIT "
          f"(the account UPDATEs as one executemany on both)")
    if args.trace:
        for line in sql:
            print("   ", line)
    svc.run(warmup)
    raw.run(warmup)
    off.run(warmup)

    svc_lat: list[float] = []
    raw_lat: list[float] = []
    per = [n // rounds + (1 if r < n % rounds else 0) for r in range(rounds)]
    for k in per:
        svc_lat += svc.run(k)
        raw_lat += raw.run(k)
    off_lat = off.run(max(1, n // 4))

    s, r, o = stats(svc_lat), stats(raw_lat), stats(off_lat)
    print(fmt("service post_entry", s))
    print(fmt("raw sqlite3 (same SQL)", r))
    print(fmt("raw, synchronous=OFF (ref)", o))
    ratio = s["rate"] / r["rate"]
    print(f"ratio service/raw = {ratio:.3f}   (target >= {TARGET_RATIO}: "
          f"{'MET' if ratio >= TARGET_RATIO else 'NOT MET'})")
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
    else:
        shutil.rmtree(_TMP, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
