"""Benchmark: an account with a million movements in the desk's movements table.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_movements.py
        [--movements N] [--rebuild] [--opens K] [--steps S] [--sample-every M] [--screenshot PNG]

Builds (once; cached under /tmp/ventanilla-bench/, keyed by N, the schema head and this
generator) an ec-coop ledger: two members registered through the service, then, straight into
`entry` and `posting` with stdlib sqlite3, N cash deposits and withdrawals on the first member's
savings account against the vault (business dates spread over three years, per-account `seq`
1..n, `balance_after` the running balance, receipt numbers per year) and 10 on the second
member's; the accounts' cached balance/postings, the receipt counters and the business date are
set to match, and `ventanilla ledger check` (app.services.ledger_check.check) must pass.

Then, offscreen:
1. Time to the first page: from "open" (movements.movement_range over the whole three years,
   a MovementsModel (app/ui/movements_model.py; without it, a PagedKeyModel over
   range(len)) set to it, a QTableView set up like the Movements tab) to the end of the first
   paint of the table's viewport with its rows' data (target < 50 ms). Cold (first open in the
   process) and warm (median of K). Beside it, the same for the 10-movement account and a raw
   floor: stdlib sqlite3 running the two range lookups and the first page's join.
2. Memory while scrolling to the end: the scroll bar moved from top to bottom in S steps
   (setValue + processEvents: each step paints, fetching its pages), RSS (/proc/self/statm)
   sampled every M steps: start, max, end and the growth (target: flat: the model keeps at most
   max_pages x page_size rows). Also the step latency and the model's cached rows.
Not part of the test run.
"""
from __future__ import annotations

import argparse
import gc
from array import array
import hashlib
import inspect
import json
import os
import random
import resource
import sqlite3
import statistics
import sys
import time
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, os.environ.get("BENCH_APP_ROOT") or str(ROOT))
CACHE = Path("/tmp/ventanilla-bench")
os.environ["VENTANILLA_KEY_DIR"] = str(CACHE / "keys")   # before importing app
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LANG", "C.UTF-8")

from argon2 import PasswordHasher  # noqa: E402
from stdnum.ec import ci  # noqa: E402

from app import db  # noqa: E402
from app.domain.member_form import MemberInput  # noqa: E402
from app.services import auth, members, movements  # noqa: E402
from app.services.context import Ledger  # noqa: E402
from app.services.institution import init_ledger  # noqa: E402
from app.services.ledger_check import check  # noqa: E402

ADMIN_PASSWORD = "counter-key-1"
GENERATOR_VERSION = 1
TARGET_FIRST_PAGE_MS = 50.0
FIRST_DAY = date(2023, 6, 1)
DAYS = 3 * 365 + 1                  # business dates spread over three years
SMALL = 10                          # the baseline account's movements
PAGE = 4096


def fast_hasher() -> PasswordHasher:
    return PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)


def rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * PAGE / 2**20


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def cedula(n: int) -> str:
    """A valid Ecuadorian cédula (province 17) from a serial number."""
    for last in range(10):
        number = f"17{n:07d}{last}"
        if ci.is_valid(number):
            return number
    raise ValueError(n)


# --- building --------------------------------------------------------------------------------------

def sa_datetime(dt: datetime) -> str:
    return dt.strftime("%Y-%m-%d %H:%M:%S.%f")      # how SQLAlchemy's SQLite DateTime stores it


def load_movements(con: sqlite3.Connection, account_id: int, n: int, first_day: date, days: int,
                   rng: random.Random, chunk: int = 50_000) -> None:
    """n cash deposits/withdrawals on `account_id` against the vault, dated first_day onwards over
    `days` days, appended after everything already in the ledger; balances and seqs continue
    from the accounts' cached values, which are updated, as are the receipt counters."""
    (acc_side, acc_balance, acc_seq) = con.execute(
        "SELECT normal_side, balance, postings FROM account WHERE id = ?", (account_id,)).fetchone()
    vault_id, vault_side, vault_balance, vault_seq = con.execute(
        "SELECT id, normal_side, balance, postings FROM account WHERE kind = 'internal' "
        "AND product = 'vault'").fetchone()
    staff_id, branch_id = con.execute("SELECT id, branch_id FROM staff WHERE username = 'admin'").fetchone()
    next_entry = con.execute("SELECT coalesce(max(id), 0) + 1 FROM entry").fetchone()[0]
    receipts = dict(con.execute("SELECT year, last_no FROM receipt_counter WHERE branch_id = ?",
                                (branch_id,)).fetchall())
    acc_sign = 1 if acc_side == "D" else -1
    vault_sign = 1 if vault_side == "D" else -1
    created0 = datetime.combine(first_day, datetime.min.time()) + timedelta(hours=9)
    step = days * 86400 / max(1, n)
    for start in range(0, n, chunk):
        entries, postings = [], []
        for i in range(start, min(n, start + chunk)):
            day = first_day + timedelta(days=i * days // n)
            cents = rng.randrange(500, 50_000)
            deposit = acc_balance < 100_000 or rng.random() < 0.55
            member_amount = -cents if deposit else cents        # savings (C): a deposit credits
            if acc_sign * member_amount + acc_balance < 0:
                member_amount = -member_amount
                deposit = not deposit
            acc_balance += acc_sign * member_amount
            vault_balance += vault_sign * -member_amount
            acc_seq += 1
            vault_seq += 1
            receipts[day.year] = receipts.get(day.year, 0) + 1
            kind, text = (("cash_deposit", "Cash deposit") if deposit
                          else ("cash_withdrawal", "Cash withdrawal"))
            entry_id = next_entry + i
            created = sa_datetime(created0 + timedelta(seconds=i * step))
            entries.append((entry_id, branch_id, day.year, receipts[day.year], day.isoformat(),
                            day.isoformat(), created, staff_id, kind, text,
                            f"bench-{account_id}-{i:07d}"))
            postings.append((entry_id, vault_id, vault_seq, day.isoformat(), -member_amount,
                             vault_balance, ""))
            postings.append((entry_id, account_id, acc_seq, day.isoformat(), member_amount,
                             acc_balance, text))
        con.executemany("INSERT INTO entry (id, branch_id, receipt_year, receipt_no, business_date, "
                        "value_date, created_at, staff_id, kind, description, idempotency_key) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", entries)
        con.executemany("INSERT INTO posting (entry_id, account_id, seq, business_date, amount, "
                        "balance_after, memo) VALUES (?, ?, ?, ?, ?, ?, ?)", postings)
        if n >= 200_000 and (start // chunk) % 4 == 3:
            print(f"  ... {start + chunk:,} movements", flush=True)
    con.execute("UPDATE account SET balance = ?, postings = ? WHERE id = ?",
                (acc_balance, acc_seq, account_id))
    con.execute("UPDATE account SET balance = ?, postings = ? WHERE id = ?",
                (vault_balance, vault_seq, vault_id))
    for year, last in receipts.items():
        con.execute("INSERT INTO receipt_counter (branch_id, year, last_no) VALUES (?, ?, ?) "
                    "ON CONFLICT (branch_id, year) DO UPDATE SET last_no = excluded.last_no",
                    (branch_id, year, last))


def source_fingerprint(n: int) -> str:
    parts = [str(GENERATOR_VERSION), str(n), db.head_revision(), inspect.getsource(load_movements)]
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()[:12]


def build(path: Path, n: int, seed: int) -> dict:
    t0 = time.perf_counter()
    tmp = path.with_suffix(".building")
    for p in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
        p.unlink(missing_ok=True)
    ledger = Ledger.open(db.sqlite_url(tmp), hasher=fast_hasher())
    admin = init_ledger(ledger, profile="ec-coop", name="Cooperativa de Prueba",
                        tax_id="1790012345001", admin="admin", admin_password=ADMIN_PASSWORD,
                        admin_name="Ada Admin")
    big = members.register_member(ledger, admin, MemberInput(
        document=cedula(1003406), given_names="Luis Alberto", surnames="Andrade Pazmiño"))
    small = members.register_member(ledger, admin, MemberInput(
        document=cedula(2003406), given_names="Rosa", surnames="Quishpe"))
    big_acc = next(a.id for a in big.accounts if a.product == "savings")
    small_acc = next(a.id for a in small.accounts if a.product == "savings")
    ledger.dispose()
    con = sqlite3.connect(str(tmp), isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=OFF")            # the build only: a crash means rebuild
    con.execute("PRAGMA cache_size=-1048576")
    con.execute("PRAGMA foreign_keys=ON")
    rng = random.Random(seed)
    con.execute("BEGIN")
    t1 = time.perf_counter()
    load_movements(con, big_acc, n, FIRST_DAY, DAYS, rng)
    last_day = FIRST_DAY + timedelta(days=DAYS - 1)
    load_movements(con, small_acc, SMALL, last_day - timedelta(days=SMALL - 1), SMALL, rng)
    con.execute("UPDATE institution SET business_date = ?", (last_day.isoformat(),))
    con.execute("COMMIT")
    t_load = time.perf_counter() - t1
    con.execute("ANALYZE")
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    t2 = time.perf_counter()
    ledger = Ledger.open(db.sqlite_url(tmp), hasher=fast_hasher())
    faults = check(ledger)
    t_check = time.perf_counter() - t2
    ledger.dispose()
    if faults:
        raise SystemExit("ledger check FAILED: " + "; ".join(f.msg.render() for f in faults[:5]))
    for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        p.unlink(missing_ok=True)
    tmp.rename(path)
    return {"movements": n, "big_account": big_acc, "small_account": small_acc,
            "first_day": FIRST_DAY.isoformat(), "last_day": last_day.isoformat(), "seed": seed,
            "build_s": round(time.perf_counter() - t0, 1), "load_s": round(t_load, 1),
            "ledger_check_s": round(t_check, 1), "ledger_check": "passed",
            "bytes": path.stat().st_size, "built_at": datetime.now().isoformat(timespec="seconds")}


# --- the table ---------------------------------------------------------------------------------------

def make_ui():  # noqa: ANN201
    """(QApplication, the table class, a model factory, setup function, the model's origin)."""
    from PySide6.QtWidgets import QApplication, QTableView

    from app.ui.refcount_guard import guard
    guard()
    app = QApplication.instance() or QApplication(["bench"])

    class Table(QTableView):
        """Records when the first paint that showed data rows ended."""
        painted_at: float | None = None

        def paintEvent(self, event):  # noqa: ANN001, N802
            super().paintEvent(event)
            if self.painted_at is None and self.model() is not None and self.model().rowCount():
                self.painted_at = time.perf_counter()

    try:
        from app.ui.member_file.tables import setup_table
    except ImportError:              # noqa: BLE001 - the tab's own setup, when there is one
        setup_table = None
    try:
        from app.ui.movements_model import MovementsModel
        origin = "app.ui.movements_model.MovementsModel"
    except ImportError:
        MovementsModel = None  # noqa: N806
        origin = "PagedKeyModel over range(len) (app/ui/movements_model.py not found)"
    return app, Table, MovementsModel, setup_table, origin


class Opener:
    """Open an account's movements in a fresh model and table; time each part."""

    def __init__(self, ledger: Ledger, actor, ui):  # noqa: ANN001
        from app.ui.desk_context import DeskContext
        from app.ui.events import AppEvents
        self.app, self.Table, self.Model, self.setup_table, self.origin = ui
        self.ledger, self.actor = ledger, actor
        self.ctx = DeskContext.open(ledger, actor, AppEvents())

    def model(self):  # noqa: ANN201
        if self.Model is not None:
            return self.Model(self.ctx)
        from app.ui.paged_model import Column, PagedKeyModel
        box: dict = {}
        cols = [Column("Date", lambda m: m.business_date.isoformat()),
                Column("Description", lambda m: m.description),
                Column("Debit", lambda m: "" if m.debit is None else str(m.debit)),
                Column("Credit", lambda m: "" if m.credit is None else str(m.credit)),
                Column("Balance", lambda m: str(m.balance_after)),
                Column("Receipt", lambda m: m.receipt)]

        def fetch(rows):  # noqa: ANN001, ANN202
            rng = box["rng"]
            return movements.fetch(self.ledger, self.actor, rng.account_id,
                                   [rng.seq_at(r) for r in rows])
        model = PagedKeyModel(cols, fetch)
        model.set_range = lambda rng: (box.__setitem__("rng", rng), model.set_keys(range(len(rng))))
        return model

    def open(self, account_id: int, date_from: date, date_to: date) -> dict:
        clock = time.perf_counter
        fetches: list[tuple[float, float]] = []       # the first few only: no growth while scrolling
        count = [0]
        c0 = time.process_time()
        t0 = clock()
        rng = movements.movement_range(self.ledger, self.actor, account_id, date_from, date_to)
        t1 = clock()
        model = self.model()
        inner = model._fetch

        def timed_fetch(keys):  # noqa: ANN001, ANN202
            a = clock()
            rows = inner(keys)
            count[0] += 1
            if len(fetches) < 10:
                fetches.append((a, clock()))
            return rows
        model._fetch = timed_fetch
        model.set_range(rng)
        view = self.Table()
        view.setModel(model)
        if self.setup_table is not None:
            amount = "$ 000,000,000.00"
            self.setup_table(view, stretch=1, samples=("00/00/0000", "", amount, amount, amount,
                                                       "0000-0000-000000"))
        view.resize(1100, 720)
        t2 = clock()
        view.show()
        deadline = t2 + 30
        while view.painted_at is None and clock() < deadline:
            self.app.processEvents()
        t3 = view.painted_at or clock()
        cpu = (time.process_time() - c0) * 1e3        # this process only: robust to a busy machine
        first = model.index(0, 0)
        shown = model.data(first) if model.rowCount() else None
        return {"rows": len(rng), "range_ms": (t1 - t0) * 1e3, "model_view_ms": (t2 - t1) * 1e3,
                "first_fetch_ms": (fetches[0][1] - fetches[0][0]) * 1e3 if fetches else 0.0,
                "fetches_before_paint": sum(1 for a, _b in fetches if a < t3),
                "first_paint_ms": (t3 - t0) * 1e3, "first_paint_cpu_ms": cpu, "first_cell": shown,
                "view": view, "model": model, "fetches": fetches, "fetch_count": count}


RAW_RANGE_FIRST = ("SELECT seq FROM posting WHERE account_id = ? AND business_date >= ? "
                   "ORDER BY business_date, seq LIMIT 1")
RAW_RANGE_LAST = ("SELECT seq FROM posting WHERE account_id = ? AND business_date <= ? "
                  "ORDER BY business_date DESC, seq DESC LIMIT 1")
RAW_PAGE = ("SELECT p.seq, p.business_date, p.amount, p.balance_after, p.memo, e.description, "
            "e.receipt_year, e.receipt_no, e.branch_id FROM posting p JOIN entry e ON e.id = p.entry_id "
            "WHERE p.account_id = ? AND p.seq BETWEEN ? AND ? ORDER BY p.seq DESC")


def raw_first_page(path: Path, account_id: int, date_from: date, date_to: date, page: int) -> float:
    con = sqlite3.connect(str(path), isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    t0 = time.perf_counter()
    first = con.execute(RAW_RANGE_FIRST, (account_id, date_from.isoformat())).fetchone()[0]
    last = con.execute(RAW_RANGE_LAST, (account_id, date_to.isoformat())).fetchone()[0]
    rows = con.execute(RAW_PAGE, (account_id, max(first, last - page + 1), last)).fetchall()
    ms = (time.perf_counter() - t0) * 1e3
    con.close()
    assert len(rows) == min(page, last - first + 1)
    return ms


def dispose(opened: dict) -> None:
    """Close and really delete an opened table and its model (deleteLater needs its event)."""
    from PySide6.QtCore import QCoreApplication, QEvent
    view, model = opened.pop("view"), opened.pop("model")
    view.close()
    view.setModel(None)
    view.deleteLater()
    model.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


def pct(values: list[float], p: float) -> float:
    v = sorted(values)
    return v[min(len(v) - 1, max(0, int(round(p / 100 * len(v))) - 1))]


# --- main ------------------------------------------------------------------------------------------

def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--movements", type=int, default=1_000_000)
    ap.add_argument("--rebuild", action="store_true")
    ap.add_argument("--seed", type=int, default=20240601)
    ap.add_argument("--opens", type=int, default=9, help="warm opens of each account (median)")
    ap.add_argument("--steps", type=int, default=4000, help="scroll steps from top to bottom")
    ap.add_argument("--sample-every", type=int, default=100, help="RSS sample every N steps")
    ap.add_argument("--passes", type=int, default=1, help="scroll down, up, down... this many times")
    ap.add_argument("--screenshot", metavar="PNG", help="save the first page of the big account")
    args = ap.parse_args()
    rss_start = rss_mb()
    n = args.movements
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"movements-{n}-{source_fingerprint(n)}.sqlite"
    meta_path = path.with_suffix(".json")
    if args.rebuild or not path.exists() or not meta_path.exists():
        print(f"building {path} ({n:,} movements) ...", flush=True)
        meta = build(path, n, args.seed)
        meta_path.write_text(json.dumps(meta, indent=1))
        print(f"BUILT in {meta['build_s']} s: {meta}")
    else:
        meta = json.loads(meta_path.read_text())
        print(f"reusing {path} (built {meta['built_at']}; --rebuild to redo)\n  {meta}")
    print(f"  check it: .venv/bin/ventanilla --db {db.sqlite_url(path)} ledger check")
    big, small = meta["big_account"], meta["small_account"]
    first_day, last_day = date.fromisoformat(meta["first_day"]), date.fromisoformat(meta["last_day"])

    ledger = Ledger.open(db.sqlite_url(path), hasher=fast_hasher())
    actor = auth.login(ledger, "admin", ADMIN_PASSWORD)
    ui = make_ui()
    rss_qt = rss_mb()
    opener = Opener(ledger, actor, ui)
    print(f"model: {opener.origin}; SQLite {sqlite3.sqlite_version}; "
          f"QT_QPA_PLATFORM={os.environ['QT_QPA_PLATFORM']}")

    # 1) time to the first page --------------------------------------------------------------------
    cold = opener.open(big, first_day, last_day)
    print(f"\ncold open of the big account ({cold['rows']:,} movements): first page painted in "
          f"{cold['first_paint_ms']:.1f} ms (range {cold['range_ms']:.1f}, model+view "
          f"{cold['model_view_ms']:.1f}, first fetch {cold['first_fetch_ms']:.1f} ms; process CPU "
          f"{cold['first_paint_cpu_ms']:.1f} ms; "
          f"first cell {cold['first_cell']!r})")
    if args.screenshot:
        cold["view"].grab().save(args.screenshot)
        print(f"  first page saved to {args.screenshot}")
    dispose(cold)
    results: dict[str, list[dict]] = {"big": [], "small": []}
    for _ in range(args.opens):
        for name, acc in (("small", small), ("big", big)):
            r = opener.open(acc, first_day, last_day)
            dispose(r)
            results[name].append({k: v for k, v in r.items() if k not in ("fetches", "fetch_count")})
    raw = [raw_first_page(path, big, first_day, last_day, 100) for _ in range(args.opens)]
    raw_small = [raw_first_page(path, small, first_day, last_day, 100) for _ in range(args.opens)]
    print(f"\nwarm opens, median of {args.opens} (max):")
    print(f"  {'':26} {'rows':>9} {'range':>7} {'model+view':>11} {'1st fetch':>10} {'FIRST PAINT':>12}"
          f"   (process CPU time to first paint)")
    for name in ("big", "small"):
        rs = results[name]
        med = {k: statistics.median(r[k] for r in rs) for k in (
            "range_ms", "model_view_ms", "first_fetch_ms", "first_paint_ms", "first_paint_cpu_ms")}
        print(f"  {name + ' account':26} {rs[0]['rows']:9,d} {med['range_ms']:7.2f} "
              f"{med['model_view_ms']:11.2f} {med['first_fetch_ms']:10.2f} "
              f"{med['first_paint_ms']:8.2f} ms (max {max(r['first_paint_ms'] for r in rs):.2f})"
              f"   (cpu {med['first_paint_cpu_ms']:.2f} ms)")
    print(f"  {'raw sqlite3, big (floor)':26} {'':9} ranges + first page join: median "
          f"{statistics.median(raw):.2f} ms (max {max(raw):.2f}); small {statistics.median(raw_small):.2f} ms")
    big_med = statistics.median(r["first_paint_ms"] for r in results["big"])
    small_med = statistics.median(r["first_paint_ms"] for r in results["small"])
    print(f"  ratios: big/small {big_med / small_med:.2f}x, big/raw {big_med / statistics.median(raw):.1f}x; "
          f"target first page < {TARGET_FIRST_PAGE_MS:.0f} ms: "
          f"{'MET' if max(big_med, cold['first_paint_ms']) < TARGET_FIRST_PAGE_MS else 'NOT MET'} "
          f"(cold {cold['first_paint_ms']:.1f}, warm median {big_med:.1f})")

    # 2) memory while scrolling to the end -----------------------------------------------------------
    gc.collect()
    r = opener.open(big, first_day, last_day)
    view, model = r["view"], r["model"]
    app = ui[0]
    bar = view.verticalScrollBar()
    top = bar.maximum()
    samples: list[tuple[int, float, int]] = []
    total = args.steps * args.passes
    step_ms = array("d", bytes(8 * (total + 1)))     # preallocated: the bench's own memory stays put
    rss_open = rss_mb()
    clock = time.perf_counter
    for i in range(total + 1):
        k = i % (2 * args.steps)                  # down on even passes, up on odd ones
        pos = k if k <= args.steps else 2 * args.steps - k
        t0 = clock()
        bar.setValue(round(top * pos / args.steps))
        app.processEvents()
        step_ms[i] = (clock() - t0) * 1e3
        if i % args.sample_every == 0 or i == total:
            samples.append((i, rss_mb(), model.cached_row_count()))
    rss_end = rss_mb()           # before the bench's own summary work below
    if args.passes % 2 == 0:      # ended at the top: show the end once more
        bar.setValue(top)
        app.processEvents()
    last_row = model.rowCount() - 1
    bottom = view.rowAt(view.viewport().height() - 2)
    oldest = model.row_of(last_row)
    values = [s[1] for s in samples]
    quarter = max(1, len(values) // 4)
    first_q, last_q = statistics.mean(values[:quarter]), statistics.mean(values[-quarter:])
    print(f"\nscrolling the big account to the end: {args.steps} steps of ~{model.rowCount() // args.steps:,} "
          f"rows{f' x {args.passes} passes (down, up, ...)' if args.passes > 1 else ''}, "
          f"{r['fetch_count'][0]:,} page fetches")
    print(f"  last visible row {bottom:,} of {last_row:,}; oldest movement seq "
          f"{getattr(oldest, 'seq', None)} on {getattr(oldest, 'business_date', None)}")
    steps = list(step_ms)
    print(f"  step (setValue + processEvents): p50 {pct(steps, 50):.2f}  p95 {pct(steps, 95):.2f}  "
          f"max {max(steps):.2f} ms")
    print(f"  model cache: max {max(s[2] for s in samples):,} rows held "
          f"(bound {model.max_pages * model.page_size:,} = {model.max_pages} pages x {model.page_size})")
    print(f"  RSS MiB: process start {rss_start:.1f}, Qt up {rss_qt:.1f}, after open {rss_open:.1f}; "
          f"while scrolling start {values[0]:.1f}  max {max(values):.1f}  end {rss_end:.1f}")
    print(f"  growth over the scroll: end - start {rss_end - values[0]:+.1f} MiB, max - start "
          f"{max(values) - values[0]:+.1f} MiB; mean of last quarter - first quarter "
          f"{last_q - first_q:+.1f} MiB; peak RSS (ru_maxrss) {peak_rss_mb():.1f} MiB")
    print("  samples (step: MiB): " + ", ".join(f"{i}: {m:.1f}" for i, m, _c in samples[::max(1, len(samples) // 12)]))
    flat = max(values) - values[0] < 16 and last_q - first_q < 8
    print(f"  target flat: {'MET' if flat else 'NOT MET'} (max - start < 16 MiB and no upward trend "
          f"between the first and last quarter, < 8 MiB)")
    view.close()
    ledger.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
