"""Fiscal certificates for 10,000 members: the whole batch (read the return records from the
ledger, one PDF per member on every core, CSV summary, modelo 193) beside raw reportlab writing
the same pages (same text, same page size, same number of files) on the same cores, in the same
run.

    .venv/bin/python bench/bench_certificates.py [--members N] [--workers W]
"""
from __future__ import annotations

import argparse
import multiprocessing
import os
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from datetime import date
from pathlib import Path

os.environ.setdefault("VENTANILLA_KEY_DIR", tempfile.mkdtemp(prefix="ventanilla-bench-keys-"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from argon2 import PasswordHasher  # noqa: E402
from sqlalchemy import insert, select, update  # noqa: E402

from app.documents.fiscal_batch import write_batch  # noqa: E402
from app.models import Institution, Member, ReturnPayment  # noqa: E402
from app.services import fiscal, member_import  # noqa: E402
from app.services.context import Ledger  # noqa: E402
from app.services.institution import init_ledger  # noqa: E402

sys_path = Path(__file__).resolve().parent
import sys  # noqa: E402

sys.path.insert(0, str(sys_path))
from bench_import import make_csv  # noqa: E402


def build(folder: Path, n: int):  # noqa: ANN201
    ledger = Ledger.open(f"sqlite:///{folder / 'ledger.sqlite'}",
                         hasher=PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
    admin = init_ledger(ledger, profile="es-coop", name="Coop Bench SCCL", tax_id="F08000002",
                        admin="root", admin_password="bench-pass-1")
    member_import.import_members(ledger, admin, make_csv(n))
    with ledger.engine.begin() as c:
        ids = [(i, d, f"{s}, {g}") for i, d, g, s in c.execute(
            select(Member.id, Member.document, Member.given_names, Member.surnames))]
        c.execute(insert(ReturnPayment), [dict(
            member_id=i, year=2026, paid_on=date(2026, 12, 31), income_kind="capital_remuneration",
            tax_id=d, name=name, gross=2665 + i % 500, rate="0.19", withheld=(2665 + i % 500) * 19 // 100,
            net=(2665 + i % 500) - (2665 + i % 500) * 19 // 100, currency="EUR", settled="capitalised")
            for i, d, name in ids])
        c.execute(update(Institution).values(business_date=date(2027, 1, 4)))
    return ledger, admin


def _raw_chunk(rows: list[tuple[str, str, str]], folder: str) -> int:
    """Raw reportlab: the same texts on an A4 page, one file per member."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas
    from app.documents.fonts import register_fonts
    regular, bold = register_fonts()
    for tax_id, name, amounts in rows:
        c = Canvas(str(Path(folder, f"raw-{tax_id}.pdf")), pagesize=A4)
        c.setFont(bold, 12)
        c.drawString(42, 800, "Coop Bench SCCL")
        c.setFont(regular, 8)
        c.drawString(42, 788, "Tax ID F08000002")
        c.setFont(bold, 15)
        c.drawString(42, 750, "Certificate of returns and withholdings")
        c.setFont(regular, 10)
        for i, line in enumerate((f"Payer Coop Bench SCCL · Tax ID F08000002", f"Member {name} · Tax ID {tax_id}",
                                  "Year 2026", "Coop Bench SCCL certifies that in 2026 it paid the member the returns",
                                  amounts, "Total " + amounts, "31/12/2026",
                                  "Signature and stamp of the cooperative")):
            c.drawString(42, 720 - 18 * i, line)
        c.showPage()
        c.save()
    return len(rows)


def raw_batch(certs, folder: Path, workers: int) -> float:  # noqa: ANN001
    rows = [(c.member_tax_id, c.member_name, f"31/12/2026 {c.gross} 19 % {c.withheld} {c.net}") for c in certs]
    chunks = [rows[i:i + 50] for i in range(0, len(rows), 50)]
    folder.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn")) as pool:
        assert sum(pool.map(_raw_chunk, chunks, [str(folder)] * len(chunks))) == len(rows)
    return time.perf_counter() - t0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--members", type=int, default=10_000)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="ventanilla-bench-certs-"))
    ledger, admin = build(folder, args.members)
    t0 = time.perf_counter()
    certs = fiscal.all_certificates(ledger, admin, 2026)
    read = time.perf_counter() - t0
    t0 = time.perf_counter()
    result = write_batch(certs, folder / "ours", "en", spanish=True, workers=args.workers)
    ours = time.perf_counter() - t0 + read
    raw = raw_batch(certs, folder / "raw", args.workers)
    assert result.written == args.members
    print(f"certificates for {args.members} members on {args.workers} cores: {ours:.1f} s "
          f"({args.members / ours:.0f}/s; reading the records {read:.2f} s), summary and modelo 193 included")
    print(f"raw reportlab, the same pages on the same cores: {raw:.1f} s ({args.members / raw:.0f}/s)")
    print(f"ratio ours/raw: {ours / raw:.2f}x")


if __name__ == "__main__":
    main()
