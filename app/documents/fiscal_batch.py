"""Every fiscal certificate of a year, into a folder: one PDF per member (built on every core in
worker processes), a CSV summary and, in the Spanish profile, the modelo 193 file. Progress is
reported as certificates are written; a cancel stops between chunks (what was written stays,
named in the summary only if the whole batch ran)."""
from __future__ import annotations

import csv
import io
import multiprocessing
import os
import re
import time
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path

from ..domain.modelo193 import Declarant, Perceptor, modelo193, province_of
from ..services.fiscal import FiscalCertificate

CHUNK = 50


@dataclass(frozen=True)
class BatchResult:
    written: int
    total: int
    folder: Path
    summary: Path | None
    modelo193: Path | None
    cancelled: bool
    seconds: float


def file_name(cert: FiscalCertificate) -> str:
    safe = re.sub(r"[^0-9A-Za-z]", "", cert.member_tax_id) or str(cert.member_id)
    return f"certificate-{cert.year}-{safe}.pdf"


def _render(chunk: list[FiscalCertificate], folder: str, lang: str) -> int:
    """Worker: write the PDFs of `chunk` (its own Qt catalogs for the language)."""
    from ..i18n import translator
    from .fiscal_certificate import build_fiscal_certificate
    tr = translator(lang)
    for cert in chunk:
        Path(folder, file_name(cert)).write_bytes(build_fiscal_certificate(cert, tr))
    return len(chunk)


def _summary(certs: list[FiscalCertificate], path: Path) -> None:
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["member_id", "name", "tax_id", "year", "gross", "withheld", "net", "currency", "file"])
    for c in certs:
        w.writerow([c.member_id, c.member_name, c.member_tax_id, c.year, c.gross, c.withheld, c.net,
                    c.currency, file_name(c)])
    path.write_text(out.getvalue(), encoding="utf-8")


def _modelo(certs: list[FiscalCertificate], path: Path, phone: str = "") -> None:
    head = certs[0].letterhead
    rows = [Perceptor(c.member_tax_id, c.member_name, province_of(c.member_address, _postal(head.address)),
                      x.gross, x.rate, x.withheld) for c in certs for x in c.lines]
    path.write_bytes(modelo193(certs[0].year, Declarant(head.tax_id, head.name, phone), rows))


def _postal(address: str) -> str:
    match = re.search(r"\b(\d{5})\b", address or "")
    return match.group(1) if match else ""


def write_batch(certs: list[FiscalCertificate], folder: Path, lang: str, *, spanish: bool,
                progress: Callable[[int, int], None] = lambda done, total: None,
                cancelled: Callable[[], bool] = lambda: False,
                workers: int | None = None) -> BatchResult:
    started = time.monotonic()
    folder.mkdir(parents=True, exist_ok=True)
    total = len(certs)
    chunks = [certs[i:i + CHUNK] for i in range(0, total, CHUNK)]
    workers = max(1, min(workers or os.cpu_count() or 1, len(chunks) or 1))
    done = 0
    stopped = False
    progress(0, total)
    context = multiprocessing.get_context("spawn")        # no fork of a process that runs Qt
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        pending = set()
        queue = list(chunks)
        while queue or pending:
            while queue and len(pending) < workers * 2 and not stopped:
                pending.add(pool.submit(_render, queue.pop(0), str(folder), lang))
            finished, pending = wait(pending, return_when=FIRST_COMPLETED)
            for f in finished:
                done += f.result()
            progress(done, total)
            if cancelled() and not stopped:
                stopped = True
                queue.clear()
        if stopped:
            return BatchResult(done, total, folder, None, None, True, time.monotonic() - started)
    summary = folder / f"certificates-{certs[0].year if certs else 'none'}.csv"
    _summary(certs, summary)
    modelo_path = None
    if spanish and certs:
        modelo_path = folder / f"modelo193-{certs[0].year}.txt"
        _modelo(certs, modelo_path)
    return BatchResult(done, total, folder, summary, modelo_path, False, time.monotonic() - started)
