"""A 360-installment schedule: the engine's time per schedule (French and German, with the
disclosure's effective rate), and its printed amortization table beside raw reportlab writing the
same table (same strings, same columns, a header row repeated on every page) in the same run.

    .venv/bin/python bench/bench_schedule.py [--rounds N]
"""
from __future__ import annotations

import argparse
import io
import statistics
import time
from datetime import date
from decimal import Decimal

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import LongTable, SimpleDocTemplate

from app.documents.amortization import AmortizationDoc, build_amortization, rows_of
from app.documents.fonts import register_fonts
from app.domain.day_count import DayCount
from app.domain.loan_cost import disclosure
from app.domain.money import ES, currency, format_amount
from app.domain.schedule import LoanTerms, Method, build_schedule, weekends_only

TERMS = LoanTerms(principal=Decimal("250000.00"), annual_rate=Decimal("0.0325"), months=360,
                  disbursed=date(2026, 1, 31), day_count=DayCount.ACTUAL_365,
                  insurance_rate=Decimal("0.0002"), currency=currency("EUR"), fees=Decimal("1250.00"))


def raw_table(schedule) -> bytes:  # noqa: ANN001
    """Raw reportlab: the same cells in a LongTable with its header repeated, nothing else."""
    regular, _bold = register_fonts()
    cur = schedule.terms.currency
    money = lambda v: format_amount(v, ES, cur)  # noqa: E731
    data = [["No.", "Due date", "Days", "Principal", "Interest", "Insurance", "Payment", "Balance"]]
    data += [[str(i.number), i.due_date.strftime("%d/%m/%Y"), str(i.days), money(i.principal),
              money(i.interest), money(i.insurance), money(i.payment), money(i.balance)]
             for i in schedule.installments]
    buf = io.BytesIO()
    table = LongTable(data, colWidths=[w * mm for w in (11, 22, 11, 25, 23, 21, 25, 27)], repeatRows=1)
    table.setStyle([("FONT", (0, 0), (-1, -1), regular, 7.5)])
    SimpleDocTemplate(buf, pagesize=A4).build([table])
    return buf.getvalue()


def timed(fn, rounds: int) -> float:  # noqa: ANN001
    start = time.perf_counter()
    for _ in range(rounds):
        fn()
    return (time.perf_counter() - start) / rounds


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=10)
    rounds = ap.parse_args().rounds
    french = build_schedule(TERMS, weekends_only)
    german = build_schedule(TERMS.__class__(**{**TERMS.__dict__, "method": Method.GERMAN}), weekends_only)
    assert len(french.installments) == len(german.installments) == 360
    t_french = timed(lambda: build_schedule(TERMS, weekends_only), rounds)
    t_disclosure = timed(lambda: disclosure(french), rounds)
    doc = AmortizationDoc(TERMS, disclosure(french), rows_of(french))
    raw_table(french), build_amortization(doc, ES)                   # warm fonts and caches
    # Interleaved, medians: the machine's noise falls on both sides alike.
    raw_times, pdf_times = [], []
    for _ in range(rounds):
        raw_times.append(timed(lambda: raw_table(french), 1))
        pdf_times.append(timed(lambda: build_amortization(doc, ES), 1))
    t_raw, t_pdf = statistics.median(raw_times), statistics.median(pdf_times)
    print(f"schedule, 360 installments (French, actual/365, business days): {t_french * 1000:.1f} ms")
    print(f"disclosure (effective annual rate by bisection):              {t_disclosure * 1000:.1f} ms")
    print(f"amortization table PDF (median):   {t_pdf * 1000:.0f} ms ({len(build_amortization(doc, ES)) // 1024} KB)")
    print(f"raw reportlab same table (median): {t_raw * 1000:.0f} ms")
    print(f"ratio PDF / raw: {t_pdf / t_raw:.2f}x (target at most 1.5x)")


if __name__ == "__main__":
    main()
