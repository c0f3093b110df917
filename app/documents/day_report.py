"""The end-of-day report: the day's journal, its totals and the audit chain head (printed, so a
cut-off tail of the audit log is visible on paper)."""
from __future__ import annotations

import io
from typing import Callable

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from ..domain.messages import N_
from ..domain.money import EC, ES, currency, format_amount
from ..services.journal import DayJournal
from .fonts import register_fonts


def build_day_report(journal: DayJournal, tr: Callable[[str], str] = lambda s: s) -> bytes:
    regular, bold = register_fonts()
    nf = EC if journal.currency == "USD" else ES
    cur = currency(journal.currency)
    money = lambda v: format_amount(v, nf, cur) if v else ""  # noqa: E731
    title = ParagraphStyle("t", fontName=bold, fontSize=14, leading=18)
    small = ParagraphStyle("s", fontName=regular, fontSize=8.5, leading=11)
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm,
                            topMargin=15 * mm, bottomMargin=15 * mm,
                            title=f"{tr(N_('Journal of the day'))} {journal.business_date.isoformat()}")
    story = [Paragraph(journal.institution, title),
             Paragraph(f"{tr(N_('Journal of the day'))} {journal.business_date:%d/%m/%Y}", small),
             Spacer(0, 5 * mm)]
    data = [[tr(N_("Receipt")), tr(N_("Account")), tr(N_("Chart")), tr(N_("Debit")), tr(N_("Credit"))]]
    style = [("FONT", (0, 0), (-1, 0), bold, 8.5), ("FONT", (0, 1), (-1, -1), regular, 8),
             ("ALIGN", (3, 0), (4, -1), "RIGHT"), ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
             ("VALIGN", (0, 0), (-1, -1), "TOP")]
    for e in journal.entries:
        data.append([e.receipt, f"{e.description} ({e.teller})", "", "", ""])
        style.append(("FONT", (0, len(data) - 1), (-1, len(data) - 1), bold, 8))
        style.append(("LINEABOVE", (0, len(data) - 1), (-1, len(data) - 1), 0.3, colors.grey))
        for ln in e.lines:
            data.append(["", f"{ln.account_number}  {tr(ln.account_name)}"[:60], ln.chart_code,
                         money(ln.debit), money(ln.credit)])
    data.append([tr(N_("Total")), f"{len(journal.entries)} {tr(N_('entries'))}", "",
                 money(journal.total_debit) or "0", money(journal.total_credit) or "0"])
    style += [("FONT", (0, -1), (-1, -1), bold, 8.5), ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black)]
    table = Table(data, colWidths=[32 * mm, 88 * mm, 18 * mm, 21 * mm, 21 * mm], repeatRows=1)
    table.setStyle(TableStyle(style))
    story += [table, Spacer(0, 6 * mm)]
    if journal.audit_seq is not None:
        story.append(Paragraph(f"{tr(N_('Audit chain head'))}: {tr(N_('row'))} {journal.audit_seq} · "
                               f"{journal.audit_mac}", small))
    doc.build(story)
    return buf.getvalue()
