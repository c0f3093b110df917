"""The loan contract summary handed to the member at disbursement: who lends to whom, the
amount, fee and what was paid out, the terms (method, rate, term, dates, day count, business-day
rule), the disclosure (effective annual rate, total interest, insurance, fees, total cost and
total to pay), late interest and the order a payment settles an installment in, and two
signature lines. The full table is the amortization table."""
from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import HRFlowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from ..domain.day_count import DAY_COUNT_LABELS
from ..domain.loan_products import BUSINESS_DAY_RULES, COMPONENT_LABELS
from ..domain.messages import N_
from ..domain.money import NumberFormat, format_amount
from ..domain.schedule import METHOD_LABELS
from ..services.loan_views import LoanDetail
from .fonts import register_fonts
from .letterhead import letterhead_table

Translate = Callable[[str], str]
ACCENT = colors.HexColor("#1d5a86")
RULE = colors.HexColor("#c9d3df")


def _d(value: date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else "—"


def _pct(value, fmt: NumberFormat, places: int = 2) -> str:  # noqa: ANN001
    return f"{value:.{places}f}".replace(".", fmt.decimal) + " %"


def build_contract_summary(d: LoanDetail, fmt: NumberFormat, tr: Translate = lambda s: s,
                           issued_on: date | None = None) -> bytes:
    fonts = register_fonts()
    regular, bold = fonts
    t, cur = d.terms, d.terms.currency
    money = lambda v: f"{format_amount(v, fmt, cur)} {cur.code}"  # noqa: E731
    base = ParagraphStyle("base", fontName=regular, fontSize=9, leading=11.5)
    label = ParagraphStyle("label", parent=base, textColor=colors.HexColor("#555555"))
    strong = ParagraphStyle("strong", parent=base, fontName=bold)
    title = ParagraphStyle("title", parent=base, fontName=bold, fontSize=15, leading=19, textColor=ACCENT)
    head = ParagraphStyle("head", parent=base, fontName=bold, fontSize=10.5, leading=14, textColor=ACCENT,
                          spaceBefore=6)
    right = ParagraphStyle("right", parent=base, alignment=TA_RIGHT)
    installments = d.installments
    sections = [
        (N_("The parties"), [
            (N_("Lender"), f"{d.letterhead.name} · {tr(N_('Tax ID'))} {d.letterhead.tax_id}"),
            (N_("Borrower"), f"{d.member_name} · {d.member_document}"),
            (N_("Loan"), f"{d.row.number} · {d.row.product}" + (f" · {d.row.purpose}" if d.row.purpose else ""))]),
        (N_("The money"), [
            (N_("Amount lent"), money(t.principal)), (N_("Opening fee"), money(t.fees)),
            (N_("Paid out to the member"), money(t.principal - t.fees)),
            (N_("Disbursement"), _d(d.row.granted))]),
        (N_("The terms"), [
            (N_("Method"), tr(METHOD_LABELS[t.method])),
            (N_("Nominal annual rate"), _pct(t.annual_rate * 100, fmt)),
            (N_("Term"), tr(N_("{months} monthly installments")).format(months=t.months)),
            (N_("Installment"), money(d.installment)),
            (N_("First and last due dates"), f"{_d(installments[0].due_date if installments else None)} – "
                                              f"{_d(installments[-1].due_date if installments else None)}"),
            (N_("Day count"), tr(DAY_COUNT_LABELS[t.day_count])),
            (N_("Due dates"), tr(BUSINESS_DAY_RULES[d.business_days])),
            (N_("Credit-life insurance"), tr(N_("{rate} a month on the balance")).format(
                rate=_pct(t.insurance_rate * 100, fmt, 4)))]),
        (N_("What it costs"), [
            (N_("Effective annual rate"), _pct(d.disclosure.effective_annual_rate, fmt)),
            (N_("Total interest"), money(d.disclosure.total_interest)),
            (N_("Insurance"), money(d.disclosure.total_insurance)), (N_("Fees"), money(d.disclosure.fees)),
            (N_("Total cost of the credit"), money(d.disclosure.total_cost)),
            (N_("Total to pay"), money(d.disclosure.total_paid))]),
        (N_("If a payment is late"), [
            (N_("Late interest"), tr(N_("{rate} a year on the overdue principal only, for the days "
                                       "overdue")).format(rate=_pct(d.late_rate * 100, fmt))),
            (N_("A payment settles"), ", ".join(tr(COMPONENT_LABELS[k]) for k in d.allocation))]),
    ]
    story: list = [letterhead_table(d.letterhead, 180 * mm, Paragraph(escape(tr(N_("Issued on {date}")).format(
                       date=_d(issued_on or date.today()))), right), fonts, tr(N_("Tax ID"))),
                   HRFlowable(width="100%", thickness=1.2, color=ACCENT, spaceBefore=0, spaceAfter=0),
                   Spacer(1, 5 * mm), Paragraph(escape(tr(N_("Loan contract summary"))), title)]
    for heading, rows in sections:
        story.append(Paragraph(escape(tr(heading)), head))
        story.append(Table([[Paragraph(escape(tr(k)), label), Paragraph(escape(v), strong)] for k, v in rows],
                           colWidths=(55 * mm, 125 * mm), style=TableStyle([
                               ("LEFTPADDING", (0, 0), (-1, -1), 0), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
                               ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)])))
    story += [Spacer(1, 6 * mm), Paragraph(escape(tr(N_(
        "Every installment, its due date and its parts are in the amortization table given with this "
        "summary."))), base), Spacer(1, 18 * mm),
        Table([[tr(N_("The member")), tr(N_("For the institution"))]], colWidths=(90 * mm, 90 * mm),
              style=TableStyle([("FONT", (0, 0), (-1, -1), regular, 9), ("LINEABOVE", (0, 0), (0, 0), 0.6, colors.black),
                                ("LINEABOVE", (1, 0), (1, 0), 0.6, colors.black), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                ("RIGHTPADDING", (0, 0), (0, 0), 12 * mm)]))]
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4, leftMargin=15 * mm - 6, rightMargin=15 * mm - 6, topMargin=15 * mm,
                      bottomMargin=15 * mm, title=f"{tr(N_('Loan contract summary'))} {d.row.number}",
                      author=d.letterhead.name).build(story)
    return buf.getvalue()
