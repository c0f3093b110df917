"""The printed amortization table: a reportlab PDF with the institution's letterhead, the member,
the loan's terms, the disclosure (effective annual rate, total cost of the credit), a chart of
principal and interest over time, then the table (header row repeated on every page), totals and
"Page n of m". A simulation (no loan yet) leaves out the member; the live table of a disbursed
loan adds late interest and each installment's status."""
from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import HRFlowable, LongTable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from ..domain.day_count import DAY_COUNT_LABELS
from ..domain.loan_cost import Disclosure
from ..domain.messages import N_
from ..domain.money import NumberFormat, format_amount
from ..domain.schedule import METHOD_LABELS, LoanTerms, Schedule
from ..services.letterhead import Letterhead
from .amortization_chart import principal_interest_chart
from .fonts import register_fonts
from .letterhead import letterhead_table
from .page_numbers import numbered_canvas

Translate = Callable[[str], str]
ACCENT = colors.HexColor("#1d5a86")
RULE = colors.HexColor("#c9d3df")
SHADE = colors.HexColor("#f1f4f7")
MARGIN = 15 * mm
FRAME_PADDING = 6
TEXT_WIDTH = 180 * mm


@dataclass(frozen=True)
class TableRow:
    number: int
    due_date: date
    days: int
    principal: Decimal
    interest: Decimal
    insurance: Decimal
    payment: Decimal
    balance: Decimal
    late_interest: Decimal = Decimal(0)
    status: str = ""                        # an N_() label: "Paid", "Overdue"...


@dataclass(frozen=True)
class AmortizationDoc:
    terms: LoanTerms
    disclosure: Disclosure
    rows: Sequence[TableRow]
    letterhead: Letterhead | None = None
    member: str = ""                        # "Puig, Ana · member 12"
    loan: str = ""                          # "PR-000012 · Consumer loan"
    live: bool = False                      # late interest and status columns


def rows_of(schedule: Schedule) -> list[TableRow]:
    return [TableRow(i.number, i.due_date, i.days, i.principal, i.interest, i.insurance, i.payment,
                     i.balance) for i in schedule.installments]


def _d(value: date) -> str:
    return value.strftime("%d/%m/%Y")


def _percent(value: Decimal, fmt: NumberFormat, places: int) -> str:
    text = f"{value:.{places}f}"
    return text.replace(".", fmt.decimal) + " %"


def _facts(doc: AmortizationDoc, fmt: NumberFormat, tr: Translate) -> list[tuple[str, str]]:
    t, cur = doc.terms, doc.terms.currency
    facts = []
    if doc.member:
        facts.append((N_("Member"), doc.member))
    if doc.loan:
        facts.append((N_("Loan"), doc.loan))
    facts += [
        (N_("Amount lent"), f"{format_amount(t.principal, fmt, cur)} {cur.code}"),
        (N_("Nominal annual rate"), _percent(t.annual_rate * 100, fmt, 2)),
        (N_("Term"), tr(N_("{months} monthly installments")).format(months=t.months)),
        (N_("Method"), tr(METHOD_LABELS[t.method])),
        (N_("Day count"), tr(DAY_COUNT_LABELS[t.day_count])),
        (N_("Disbursement"), _d(t.disbursed)),
        (N_("First due date"), _d(t.first_due_date)),
    ]
    if t.grace_principal:
        facts.append((N_("Grace on principal"), tr(N_("{n} installments of interest only")).format(
            n=t.grace_principal)))
    if t.insurance_rate:
        facts.append((N_("Credit-life insurance"), tr(N_("{rate} a month on the balance")).format(
            rate=_percent(t.insurance_rate * 100, fmt, 4))))
    return facts


def _disclosure_table(d: Disclosure, fmt: NumberFormat, cur, tr: Translate, fonts) -> Table:  # noqa: ANN001
    regular, bold = fonts
    money = lambda v: format_amount(v, fmt, cur)  # noqa: E731
    head = [tr(N_("Effective annual rate")), tr(N_("Total interest")), tr(N_("Insurance")),
            tr(N_("Fees")), tr(N_("Total cost of the credit"))]
    values = [_percent(d.effective_annual_rate, fmt, 2), money(d.total_interest),
              money(d.total_insurance), money(d.fees), money(d.total_cost)]
    return Table([head, values], colWidths=(36 * mm,) * 5, style=TableStyle([
        ("FONT", (0, 0), (-1, 0), regular, 7.5), ("TEXTCOLOR", (0, 0), (-1, 0), colors.HexColor("#555555")),
        ("FONT", (0, 1), (-1, 1), bold, 10.5), ("ALIGN", (0, 0), (-1, -1), "RIGHT"),
        ("BACKGROUND", (0, 0), (-1, -1), SHADE), ("BOX", (0, 0), (-1, -1), 0.6, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 1), (-1, 1), 6)]))


def _table(doc: AmortizationDoc, fmt: NumberFormat, tr: Translate, fonts) -> LongTable:  # noqa: ANN001
    regular, bold = fonts
    cur = doc.terms.currency
    money = lambda v: format_amount(v, fmt, cur)  # noqa: E731
    head = [tr(N_("No.")), tr(N_("Due date")), tr(N_("Days")), tr(N_("Principal")),
            tr(N_("Interest")), tr(N_("Insurance"))]
    widths = [10, 20, 10, 24, 22, 20]
    if doc.live:
        head.append(tr(N_("Late interest")))
        widths.append(20)
    head += [tr(N_("Payment")), tr(N_("Balance"))]
    widths += [24, 26]
    if doc.live:
        head.append(tr(N_("Status")))
        widths.append(18)
    scale = TEXT_WIDTH / (sum(widths) * mm)
    last_money = len(head) - (2 if doc.live else 1)
    # Header cells wrap (a long caption such as "Late interest" takes two lines, never the
    # neighbour's room); money captions align right over their figures.
    left_head = ParagraphStyle("th", fontName=bold, fontSize=7.5, leading=8.6, textColor=colors.white)
    right_head = ParagraphStyle("thr", parent=left_head, alignment=TA_RIGHT)
    data = [[Paragraph(escape(text), right_head if 2 <= i <= last_money or i == 0 else left_head)
             for i, text in enumerate(head)]]
    totals = dict.fromkeys(("principal", "interest", "insurance", "late_interest", "payment"), Decimal(0))
    for r in doc.rows:
        row = [str(r.number), _d(r.due_date), str(r.days), money(r.principal), money(r.interest),
               money(r.insurance)]
        if doc.live:
            row.append(money(r.late_interest))
        row += [money(r.payment + (r.late_interest if doc.live else 0)), money(r.balance)]
        if doc.live:
            row.append(tr(r.status))
        data.append(row)
        for k in totals:
            totals[k] += getattr(r, k)
    total_row = [tr(N_("Total")), "", "", money(totals["principal"]), money(totals["interest"]),
                 money(totals["insurance"])]
    if doc.live:
        total_row.append(money(totals["late_interest"]))
    total_row += [money(totals["payment"] + (totals["late_interest"] if doc.live else 0)), ""]
    if doc.live:
        total_row.append("")
    data.append(total_row)
    table = LongTable(data, colWidths=[w * mm * scale for w in widths], repeatRows=1)
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, 0), bold, 7.5), ("FONT", (0, 1), (-1, -1), regular, 7.5),
        ("TEXTCOLOR", (0, 0), (-1, 0), colors.white), ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("ALIGN", (0, 0), (0, -1), "RIGHT"), ("ALIGN", (2, 0), (last_money, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("LINEBELOW", (0, 1), (-1, -2), 0.25, RULE),
        ("FONT", (0, -1), (-1, -1), bold, 7.5), ("BACKGROUND", (0, -1), (-1, -1), SHADE),
        ("ALIGN", (0, -1), (0, -1), "LEFT"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.8), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.8)]))
    return table


def build_amortization(doc: AmortizationDoc, fmt: NumberFormat, tr: Translate = lambda s: s,
                       issued_on: date | None = None) -> bytes:
    fonts = register_fonts()
    regular, bold = fonts
    base = ParagraphStyle("base", fontName=regular, fontSize=8.5, leading=10.5)
    label = ParagraphStyle("label", parent=base, textColor=colors.HexColor("#555555"))
    value = ParagraphStyle("value", parent=base, fontSize=9.5, leading=12)
    title = ParagraphStyle("title", parent=base, fontName=bold, fontSize=15, leading=19, textColor=ACCENT)
    right = ParagraphStyle("right", parent=base, alignment=TA_RIGHT)
    issued = Paragraph(escape(tr(N_("Issued on {date}")).format(date=_d(issued_on or date.today()))), right)
    heading = tr(N_("Amortization table")) if doc.member or doc.live else tr(N_("Loan simulation"))
    story: list = []
    if doc.letterhead is not None:
        story += [letterhead_table(doc.letterhead, TEXT_WIDTH, issued, fonts, tr(N_("Tax ID"))),
                  HRFlowable(width="100%", thickness=1.2, color=ACCENT, spaceBefore=0, spaceAfter=0),
                  Spacer(1, 5 * mm)]
    story += [Paragraph(escape(heading), title), Spacer(1, 3 * mm)]
    facts = [[Paragraph(escape(tr(k)), label), Paragraph(escape(v), value)]
             for k, v in _facts(doc, fmt, tr)]
    half = (len(facts) + 1) // 2
    pairs = [a + (facts[half + i] if half + i < len(facts) else ["", ""]) for i, a in enumerate(facts[:half])]
    story.append(Table(pairs, colWidths=(34 * mm, 56 * mm, 34 * mm, 56 * mm), style=TableStyle([
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)])))
    story += [Spacer(1, 4 * mm), _disclosure_table(doc.disclosure, fmt, doc.terms.currency, tr, fonts),
              Spacer(1, 4 * mm),
              principal_interest_chart(doc.rows, TEXT_WIDTH, 42 * mm, fonts,
                                       (tr(N_("Principal")), tr(N_("Interest"))),
                                       tr(N_("Installment"))),
              Spacer(1, 4 * mm), _table(doc, fmt, tr, fonts)]
    buf = io.BytesIO()
    pdf = SimpleDocTemplate(buf, pagesize=A4, leftMargin=MARGIN - FRAME_PADDING,
                            rightMargin=MARGIN - FRAME_PADDING, topMargin=MARGIN, bottomMargin=18 * mm,
                            title=f"{heading} {doc.loan}".strip(),
                            author=doc.letterhead.name if doc.letterhead else "Ventanilla")
    owner = doc.letterhead.name if doc.letterhead else "Ventanilla"
    footer = " · ".join(x for x in (owner, heading, doc.loan) if x)
    pdf.build(story, canvasmaker=numbered_canvas(footer, tr, regular))
    return buf.getvalue()
