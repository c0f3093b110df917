"""The drawer closing report: the blind count by denomination, what the drawer should have held,
the difference and who signs. A reportlab PDF from a DrawerReport, in the language asked for."""
from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Callable

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from ..domain.messages import N_
from ..domain.money import NumberFormat, currency, format_amount
from .fonts import register_fonts

Translate = Callable[[str], str]
ACCENT = colors.HexColor("#1f4e79")
GREY = colors.HexColor("#555555")
RULE = colors.HexColor("#c9d3df")


@dataclass(frozen=True)
class DrawerReport:
    institution: str
    branch: str
    teller: str
    business_date: date
    printed_at: datetime
    session_id: int
    account_number: str
    currency: str
    number_format: NumberFormat
    status: str                                # "closed" or "closing" (difference waits)
    opening: Decimal
    counted: Decimal
    difference: Decimal                        # expected - counted: positive is short
    counts: tuple[tuple[str, int], ...] = ()   # (denomination, pieces); empty when unknown
    date_text: str = ""                        # the business date as the desk writes it

    @property
    def expected(self) -> Decimal:
        return self.counted + self.difference


def _styles(regular: str, bold: str) -> dict[str, ParagraphStyle]:
    return {
        "title": ParagraphStyle("title", fontName=bold, fontSize=16, leading=20, textColor=ACCENT),
        "head": ParagraphStyle("head", fontName=bold, fontSize=12, leading=15),
        "small": ParagraphStyle("small", fontName=regular, fontSize=8.5, leading=11, textColor=GREY),
        "body": ParagraphStyle("body", fontName=regular, fontSize=10, leading=13),
        "strong": ParagraphStyle("strong", fontName=bold, fontSize=10.5, leading=14),
        "right": ParagraphStyle("right", fontName=regular, fontSize=10, leading=13, alignment=TA_RIGHT),
        "small_right": ParagraphStyle("small_right", fontName=regular, fontSize=8.5, leading=11,
                                      textColor=GREY, alignment=TA_RIGHT),
    }


def build_drawer_report(r: DrawerReport, tr: Translate = lambda s: s) -> bytes:
    regular, bold = register_fonts()
    st = _styles(regular, bold)
    cur = currency(r.currency)
    money = lambda v: format_amount(v, r.number_format, cur, with_symbol=True)  # noqa: E731
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=16 * mm, bottomMargin=16 * mm,
                            title=tr(N_("Drawer closing report")), author=r.institution)
    width = A4[0] - 36 * mm
    when = r.date_text or f"{r.business_date:%d/%m/%Y}"
    head = Table([[Paragraph(r.institution, st["head"]),
                   Paragraph(f"{tr(N_('Business date'))} {when}", st["right"])],
                  [Paragraph(r.branch, st["small"]),
                   Paragraph(f"{tr(N_('Printed'))} {r.printed_at:%d/%m/%Y %H:%M}", st["small_right"])]],
                 colWidths=[width * 0.6, width * 0.4])
    head.setStyle(TableStyle([("LINEBELOW", (0, -1), (-1, -1), 1.2, ACCENT),
                              ("BOTTOMPADDING", (0, -1), (-1, -1), 6)]))
    story = [head, Spacer(0, 6 * mm), Paragraph(tr(N_("Drawer closing report")), st["title"]),
             Spacer(0, 4 * mm)]
    info = [(N_("Teller"), r.teller), (N_("Drawer account"), r.account_number),
            (N_("Drawer session"), str(r.session_id))]
    info_table = Table([[Paragraph(tr(k), st["small"]), Paragraph(v, st["body"])] for k, v in info],
                       colWidths=[45 * mm, width - 45 * mm])
    info_table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    story += [info_table, Spacer(0, 6 * mm)]

    if r.counts:
        rows = [[tr(N_("Denomination")), tr(N_("Pieces")), tr(N_("Amount"))]]
        for key, pieces in r.counts:
            rows.append([money(Decimal(key)), str(pieces), money(Decimal(key) * pieces)])
        rows.append([tr(N_("Total counted")), "", money(r.counted)])
        count_table = Table(rows, colWidths=[width * 0.4, width * 0.2, width * 0.4], repeatRows=1)
        count_table.setStyle(TableStyle([
            ("FONT", (0, 0), (-1, -1), regular, 10), ("FONT", (0, 0), (-1, 0), bold, 9.5),
            ("FONT", (0, -1), (-1, -1), bold, 10.5), ("ALIGN", (0, 0), (-1, -1), "RIGHT"),
            ("ALIGN", (0, -1), (0, -1), "LEFT"), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4e8ed")),
            ("ROWBACKGROUNDS", (0, 1), (-1, -2), [colors.white, colors.HexColor("#f4f6f8")]),
            ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black), ("BOX", (0, 0), (-1, -1), 0.6, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
        story += [Paragraph(tr(N_("Blind count by denomination")), st["strong"]), Spacer(0, 2 * mm),
                  count_table, Spacer(0, 6 * mm)]

    diff = r.difference
    diff_text = money(abs(diff)) + (f" ({tr(N_('short'))})" if diff > 0 else
                                    f" ({tr(N_('over'))})" if diff < 0 else "")
    totals = [(N_("Opening float"), money(r.opening)), (N_("Counted at closing"), money(r.counted)),
              (N_("The drawer should have held"), money(r.expected)), (N_("Difference"), diff_text)]
    totals_table = Table([[tr(k), v] for k, v in totals], colWidths=[width * 0.6, width * 0.4])
    totals_table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), regular, 10.5), ("FONT", (0, -1), (-1, -1), bold, 11),
        ("ALIGN", (1, 0), (1, -1), "RIGHT"), ("BOX", (0, 0), (-1, -1), 0.6, RULE),
        ("LINEABOVE", (0, -1), (-1, -1), 0.6, RULE),
        ("TEXTCOLOR", (1, -1), (1, -1), colors.HexColor("#b3261e") if diff else colors.black),
        ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    if diff == 0:
        verdict = tr(N_("The count matches: the drawer is closed."))
    elif r.status == "closing":
        verdict = tr(N_("The difference waits for a supervisor's approval before it is posted "
                        "to cash over and short."))
    else:
        verdict = tr(N_("The difference was approved and posted to cash over and short."))
    story += [totals_table, Spacer(0, 4 * mm), Paragraph(verdict, st["body"]), Spacer(0, 24 * mm)]
    sign = Table([["", "", ""], [f"{tr(N_('Teller'))}: {r.teller}", "", tr(N_("Supervisor"))]],
                 colWidths=[width * 0.42, width * 0.16, width * 0.42])
    sign.setStyle(TableStyle([("LINEABOVE", (0, 1), (0, 1), 0.5, colors.black),
                              ("LINEABOVE", (2, 1), (2, 1), 0.5, colors.black),
                              ("FONT", (0, 0), (-1, -1), regular, 9)]))
    story.append(sign)
    doc.build(story)
    return buf.getvalue()
