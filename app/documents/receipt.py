"""The counter receipt: a reportlab PDF from a ReceiptData, in the language asked for."""
from __future__ import annotations

import io
from dataclasses import replace
from decimal import Decimal
from typing import Callable

from reportlab.lib import colors
from reportlab.lib.pagesizes import A5, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from ..domain.messages import N_
from ..domain.money import EC, ES, amount_in_words, currency, format_amount
from ..services.receipts import ReceiptData
from ..services.letterhead import Letterhead
from .fonts import register_fonts
from .letterhead import draw_letterhead

Translate = Callable[[str], str]


def _fmt(data: ReceiptData) -> Callable[[Decimal], str]:
    nf = EC if data.locale == "es_EC" else ES
    if data.number_format:
        nf = replace(nf, decimal=data.number_format[-3], group=data.number_format[1])
    cur = currency(data.currency)
    return lambda v: format_amount(v, nf, cur, with_symbol=True)


def build_receipt(data: ReceiptData, lang: str, tr: Translate = lambda s: s) -> bytes:
    regular, bold = register_fonts()
    buf = io.BytesIO()
    width, height = landscape(A5)
    c = Canvas(buf, pagesize=(width, height), pageCompression=1)
    c.setTitle(f"{tr(N_('Receipt'))} {data.receipt}")
    money = _fmt(data)
    left, right, y = 15 * mm, width - 15 * mm, height - 16 * mm
    head = data.letterhead or Letterhead(data.institution, data.tax_id)
    depth = draw_letterhead(c, head, left, y, (regular, bold), tr(N_("Tax ID")), extra=data.branch)
    c.setFont(bold, 11)
    c.drawRightString(right, y, f"{tr(N_('Receipt'))} {data.receipt}")
    c.setFont(regular, 8.5)
    c.drawRightString(right, y - 5 * mm, f"{tr(N_('Business date'))} {data.business_date:%d/%m/%Y}"
                                         f"  ·  {data.printed_at:%H:%M}")
    y -= max(10 * mm, depth + 2 * mm)
    c.setStrokeColor(colors.HexColor("#1f4e79"))
    c.setLineWidth(1.2)
    c.line(left, y, right, y)
    y -= 9 * mm
    c.setFont(bold, 14)
    c.setFillColor(colors.HexColor("#1f4e79"))
    c.drawString(left, y, tr(data.operation))
    c.setFillColor(colors.black)
    y -= 9 * mm
    rows = [(N_("Member"), f"{data.member}  ({data.member_document})" if data.member else "—"),
            (N_("Acting at the counter"), data.acting or "—"),
            (N_("Account"), f"{data.account_number}  ·  {tr(data.account_name)}")]
    if data.reverses:
        rows.append((N_("Reverses receipt"), data.reverses))
    for label, value in rows:
        c.setFont(regular, 9)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawString(left, y, tr(label))
        c.setFillColor(colors.black)
        c.setFont(regular, 10)
        c.drawString(left + 48 * mm, y, value)
        y -= 6 * mm
    y -= 2 * mm
    box_top = y + 4 * mm
    lines = [(N_("Amount"), data.amount, True)]
    if data.fee:
        lines.append((N_("Fee"), data.fee, False))
    if data.vat:
        lines.append((N_("VAT on the fee"), data.vat, False))
    if data.balance_after is not None:
        lines.append((N_("Balance after the operation"), data.balance_after, False))
    for label, value, strong in lines:
        c.setFont(bold if strong else regular, 12 if strong else 10)
        c.drawString(left + 3 * mm, y - 2 * mm, tr(label))
        c.drawRightString(right - 3 * mm, y - 2 * mm, money(value))
        y -= 7 * mm
    c.setStrokeColor(colors.HexColor("#c9d3df"))
    c.setLineWidth(0.6)
    c.rect(left, y, right - left, box_top - y, stroke=1, fill=0)
    y -= 7 * mm
    c.setFont(regular, 9)
    words = amount_in_words(data.amount, lang, currency(data.currency))
    c.drawString(left, y, f"{tr(N_('In words'))}: {words}")
    y = 22 * mm
    c.setStrokeColor(colors.black)
    c.setLineWidth(0.5)
    for x, label, name in ((left, N_("Member's signature"), data.acting or data.member),
                           (width / 2 + 10 * mm, N_("Teller"), data.teller)):
        c.line(x, y, x + 70 * mm, y)
        c.setFont(regular, 8.5)
        c.drawString(x, y - 4.5 * mm, f"{tr(label)}: {name}")
    c.setFont(regular, 7)
    c.setFillColor(colors.HexColor("#777777"))
    c.drawCentredString(width / 2, 8 * mm, tr(N_("Keep this receipt. Reprints show the same "
                                                  "receipt number.")))
    c.showPage()
    c.save()
    return buf.getvalue()
