"""The account statement: a reportlab PDF of a range of an account's movements.

Input: the range's `StatementHeader` (institution, account, holder, period, opening and closing
balances) and its movements oldest first. Written in the language of `tr`; amounts in the
institution's number format; every page says which account it belongs to and "Page n of m".
"""
from __future__ import annotations

import io
from collections.abc import Callable, Iterable
from datetime import date
from decimal import Decimal

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (HRFlowable, LongTable, Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle)
from xml.sax.saxutils import escape

from ..domain.messages import N_
from ..domain.money import NumberFormat, currency, format_amount
from ..services.letterhead import Letterhead
from ..services.movements import Movement, StatementHeader
from .fonts import register_fonts
from .letterhead import letterhead_table
from .page_numbers import numbered_canvas

Translate = Callable[[str], str]
ACCENT = colors.HexColor("#1d5a86")
RULE = colors.HexColor("#c9d3df")
SHADE = colors.HexColor("#f1f4f7")
MARGIN = 15 * mm
# date, receipt, description, debit, credit, balance (sums to the A4 text width, 180 mm)
WIDTHS = (20 * mm, 32 * mm, 50 * mm, 25 * mm, 25 * mm, 28 * mm)
FRAME_PADDING = 6        # points: platypus frames pad their content; the margins make up for it


def _d(value: date) -> str:
    return value.strftime("%d/%m/%Y")


def build_statement(header: StatementHeader, rows: Iterable[Movement], fmt: NumberFormat,
                    tr: Translate = lambda s: s, issued_on: date | None = None) -> bytes:
    """The statement PDF. `rows`: the range's movements, oldest first."""
    regular, bold = register_fonts()
    cur = currency(header.currency)

    def money(value: Decimal | None) -> str:
        return "" if value is None else format_amount(value, fmt, cur)

    base = ParagraphStyle("base", fontName=regular, fontSize=8.5, leading=10.5)
    small = ParagraphStyle("small", parent=base, fontSize=8, leading=9.5)
    label = ParagraphStyle("label", parent=base, textColor=colors.HexColor("#555555"))
    value = ParagraphStyle("value", parent=base, fontSize=9.5, leading=12)
    title = ParagraphStyle("title", parent=base, fontName=bold, fontSize=15, leading=19,
                           textColor=ACCENT)
    inst = ParagraphStyle("inst", parent=base, fontName=bold, fontSize=12, leading=15)
    right = ParagraphStyle("right", parent=base, alignment=TA_RIGHT)
    account = f"{header.account_number} · {tr(header.account_name)}"

    story: list = [
        letterhead_table(header.letterhead or Letterhead(header.institution, ""), 180 * mm,
                         Paragraph(escape(tr(N_("Issued on {date}")).format(
                             date=_d(issued_on or date.today()))), right),
                         (regular, bold), tr(N_("Tax ID"))),
        HRFlowable(width="100%", thickness=1.2, color=ACCENT, spaceBefore=0, spaceAfter=0),
        Spacer(1, 5 * mm),
        Paragraph(escape(tr(N_("Account statement"))), title),
        Spacer(1, 3 * mm),
    ]
    facts = [(N_("Account"), account), (N_("Holder"), header.holder or "—"),
             (N_("Currency"), header.currency),
             (N_("Period"), tr(N_("from {start} to {end}")).format(
                 start=_d(header.date_from), end=_d(header.date_to)))]
    story.append(Table([[Paragraph(escape(tr(k)), label), Paragraph(escape(v), value)]
                        for k, v in facts], colWidths=(35 * mm, 145 * mm),
                       style=TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                                         ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                                         ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)])))
    story.append(Spacer(1, 5 * mm))

    body = []
    debits = credits = Decimal(0)
    count = 0
    for m in rows:
        count += 1
        debits += m.debit or 0
        credits += m.credit or 0
        text = tr(m.description)
        if m.reversed:
            text = tr(N_("{description} (reversed)")).format(description=text)
        body.append([_d(m.business_date), m.receipt, Paragraph(escape(text), small),
                     money(m.debit), money(m.credit), money(m.balance_after)])

    totals = [[tr(N_("Opening balance")), tr(N_("Total debits")), tr(N_("Total credits")),
               tr(N_("Closing balance"))],
              [money(header.opening), money(debits), money(credits), money(header.closing)]]
    story.append(Table(totals, colWidths=(45 * mm,) * 4, style=TableStyle([
        ("FONT", (0, 0), (-1, 0), regular, 8), ("TEXTCOLOR", (0, 0), (-1, 0), colors.HexColor("#555555")),
        ("FONT", (0, 1), (-1, 1), bold, 11), ("ALIGN", (0, 0), (-1, -1), "RIGHT"),
        ("BACKGROUND", (0, 0), (-1, -1), SHADE), ("BOX", (0, 0), (-1, -1), 0.6, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 1), (-1, 1), 6)])))
    story.append(Spacer(1, 6 * mm))

    head = [tr(N_("Date")), tr(N_("Receipt no.")), tr(N_("Description")),
            tr(N_("Debit")), tr(N_("Credit")), tr(N_("Balance"))]
    opening = ["", "", Paragraph(escape(tr(N_("Opening balance"))), small), "", "",
               money(header.opening)]
    closing = ["", "", Paragraph(escape(tr(N_("Closing balance"))), small), "", "",
               money(header.closing)]
    data = [head, opening, *body, closing]
    if not body:
        data.insert(2, ["", "", Paragraph(escape(tr(N_("No movements in this period."))), small),
                        "", "", ""])
    table = LongTable(data, colWidths=WIDTHS, repeatRows=1)
    style = [
        ("FONT", (0, 0), (-1, 0), bold, 8.5), ("FONT", (0, 1), (-1, -1), regular, 8.5),
        ("TEXTCOLOR", (0, 0), (-1, 0), colors.white), ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("ALIGN", (3, 0), (5, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
        ("FONT", (5, 1), (5, 1), bold, 8.5), ("FONT", (5, -1), (5, -1), bold, 8.5),
        ("BACKGROUND", (0, 1), (-1, 1), SHADE), ("BACKGROUND", (0, -1), (-1, -1), SHADE),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    table.setStyle(TableStyle(style))
    story.append(table)
    story.append(Spacer(1, 3 * mm))
    story.append(Paragraph(escape(tr(N_("Number of movements: {count}")).format(count=count)), label))

    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=MARGIN - FRAME_PADDING,
                            rightMargin=MARGIN - FRAME_PADDING, topMargin=MARGIN,
                            bottomMargin=18 * mm,
                            title=f"{tr(N_('Account statement'))} {header.account_number}",
                            author=header.institution)
    footer = f"{header.institution} · {tr(N_('Account'))} {header.account_number} · " \
             f"{_d(header.date_from)} – {_d(header.date_to)}"
    doc.build(story, canvasmaker=numbered_canvas(footer, tr, regular))
    return buf.getvalue()
