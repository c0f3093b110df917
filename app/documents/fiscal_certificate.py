"""The fiscal certificate of a member and year: payer (the letterhead), member, the returns paid
with gross, rate, withheld and net, the totals, and the date and signature block."""
from __future__ import annotations

import io
from dataclasses import replace

from typing import Callable
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import HRFlowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from ..domain.messages import N_
from ..domain.money import EC, ES, currency, format_amount
from ..services.fiscal import INCOME_LABELS, FiscalCertificate
from .fonts import register_fonts
from .letterhead import letterhead_table

ACCENT = colors.HexColor("#1f4e79")


def certificate_story(cert: FiscalCertificate, tr: Callable[[str], str], fonts: tuple[str, str]) -> list:
    regular, bold = fonts
    nf = EC if cert.locale == "es_EC" else ES
    if cert.number_format:
        nf = replace(nf, decimal=cert.number_format[-3], group=cert.number_format[1])
    cur = currency(cert.currency)
    money = lambda v: format_amount(v, nf, cur, with_symbol=True)  # noqa: E731
    pct = lambda r: format_amount(r * 100, nf, cur) + " %"  # noqa: E731
    base = ParagraphStyle("b", fontName=regular, fontSize=10, leading=14)
    label = ParagraphStyle("l", parent=base, fontSize=8.5, textColor=colors.HexColor("#555555"))
    title = ParagraphStyle("t", parent=base, fontName=bold, fontSize=15, leading=19, textColor=ACCENT)
    right = ParagraphStyle("r", parent=base, fontSize=9, alignment=2)
    head = cert.letterhead
    facts = [(N_("Payer"), f"{head.name} · {tr(N_('Tax ID'))} {head.tax_id}"),
             (N_("Member"), f"{cert.member_name} · {tr(N_('Tax ID'))} {cert.member_tax_id}"),
             (N_("Year"), str(cert.year))]
    rows = [[tr(N_("Date")), tr(N_("Kind of income")), tr(N_("Gross")), tr(N_("Rate")),
             tr(N_("Withheld")), tr(N_("Net"))]]
    for x in cert.lines:
        rows.append([f"{x.paid_on:%d/%m/%Y}", Paragraph(escape(tr(INCOME_LABELS.get(x.income_kind, x.income_kind))),
                                                       ParagraphStyle("c", parent=base, fontSize=8.5, leading=11)),
                     money(x.gross), pct(x.rate), money(x.withheld), money(x.net)])
    if not cert.lines:
        rows.append(["", tr(N_("No returns were paid this year.")), "", "", "", ""])
    rows.append(["", tr(N_("Total")), money(cert.gross), "", money(cert.withheld), money(cert.net)])
    table = Table(rows, colWidths=(22 * mm, 64 * mm, 25 * mm, 17 * mm, 25 * mm, 27 * mm), repeatRows=1,
                  style=TableStyle([
                      ("FONTNAME", (0, 0), (-1, -1), regular), ("FONTSIZE", (0, 0), (-1, -1), 8.5),
                      ("FONTNAME", (0, 0), (-1, 0), bold), ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                      ("BACKGROUND", (0, 0), (-1, 0), ACCENT), ("FONTNAME", (0, -1), (-1, -1), bold),
                      ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black),
                      ("ALIGN", (2, 0), (-1, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    when = f"{cert.place}, {cert.issued_on:%d/%m/%Y}" if cert.place else f"{cert.issued_on:%d/%m/%Y}"
    return [
        letterhead_table(head, 180 * mm, Paragraph(escape(f"{tr(N_('Year'))} {cert.year}"), right),
                         (regular, bold), tr(N_("Tax ID"))),
        HRFlowable(width="100%", thickness=1.2, color=ACCENT),
        Spacer(1, 6 * mm),
        Paragraph(escape(tr(N_("Certificate of returns and withholdings"))), title),
        Spacer(1, 3 * mm),
        Table([[Paragraph(escape(tr(k)), label), Paragraph(escape(v), base)] for k, v in facts],
              colWidths=(30 * mm, 150 * mm),
              style=TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("VALIGN", (0, 0), (-1, -1), "TOP")])),
        Spacer(1, 4 * mm),
        Paragraph(escape(tr(N_("{payer} certifies that in {year} it paid the member the returns "
                               "below and withheld on them the amounts shown, paid to the tax "
                               "office.")).format(payer=head.name, year=cert.year)), base),
        Spacer(1, 4 * mm),
        table,
        Spacer(1, 14 * mm),
        Paragraph(escape(when), base),
        Spacer(1, 18 * mm),
        HRFlowable(width="40%", thickness=0.6, color=colors.black, hAlign="LEFT"),
        Paragraph(escape(tr(N_("Signature and stamp of the cooperative"))), label),
    ]


def build_fiscal_certificate(cert: FiscalCertificate, tr: Callable[[str], str] = lambda s: s) -> bytes:
    fonts = register_fonts()
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm,
                            topMargin=15 * mm, bottomMargin=15 * mm,
                            title=f"{tr(N_('Certificate of returns and withholdings'))} {cert.year}",
                            author=cert.letterhead.name)
    doc.build(certificate_story(cert, tr, fonts))
    return buf.getvalue()



