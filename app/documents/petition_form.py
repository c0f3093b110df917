"""The petition form the member signs: letterhead, the petition's kind and number, who asks and
who filed it, what approving it would do (the same words the supervisor reads), the member's
reason, and the two signature lines."""
from __future__ import annotations

import io
from dataclasses import replace
from decimal import Decimal
from typing import Callable
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import HRFlowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from ..domain.messages import Msg, N_
from ..domain.money import EC, ES, currency, format_amount
from ..services.petition_forms import PetitionForm
from .fonts import register_fonts
from .letterhead import letterhead_table

ACCENT = colors.HexColor("#1f4e79")


def _render(msg: Msg, form: PetitionForm, tr: Callable[[str], str]) -> str:
    nf = EC if form.locale == "es_EC" else ES
    if form.number_format:
        nf = replace(nf, decimal=form.number_format[-3], group=form.number_format[1])
    cur = currency(form.currency)

    def amounts(m: Msg) -> Msg:            # Decimal parameters as amounts, nested ones too
        return Msg(m.text, tuple((k, format_amount(v, nf, cur, with_symbol=True) if isinstance(v, Decimal)
                                  else amounts(v) if isinstance(v, Msg) else v) for k, v in m.params))
    return amounts(msg).render(tr)


def build_petition_form(form: PetitionForm, tr: Callable[[str], str] = lambda s: s) -> bytes:
    regular, bold = register_fonts()
    base = ParagraphStyle("b", fontName=regular, fontSize=10, leading=14)
    label = ParagraphStyle("l", parent=base, fontSize=8.5, textColor=colors.HexColor("#555555"))
    title = ParagraphStyle("t", parent=base, fontName=bold, fontSize=15, leading=19, textColor=ACCENT)
    right = ParagraphStyle("r", parent=base, fontSize=9, alignment=2)
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm,
                            topMargin=15 * mm, bottomMargin=15 * mm,
                            title=f"{tr(N_('Petition'))} {form.petition_id}", author=form.letterhead.name)
    facts = [(N_("Member"), f"{form.member}  ({form.member_document})" if form.member else "—"),
             (N_("Address"), form.member_address or "—"),
             (N_("Filed at"), f"{form.branch} · {form.filed_at:%d/%m/%Y %H:%M}"),
             (N_("Filed by"), form.teller)]
    story = [
        letterhead_table(form.letterhead, 180 * mm,
                         Paragraph(escape(f"{tr(N_('Petition'))} {form.petition_id}"), right),
                         (regular, bold), tr(N_("Tax ID"))),
        HRFlowable(width="100%", thickness=1.2, color=ACCENT),
        Spacer(1, 6 * mm),
        Paragraph(escape(tr(form.kind_label)), title),   # flush with the facts below
        Spacer(1, 3 * mm),
        Table([[Paragraph(escape(tr(k)), label), Paragraph(escape(v), base)] for k, v in facts],
              colWidths=(40 * mm, 140 * mm),
              style=TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("VALIGN", (0, 0), (-1, -1), "TOP")])),
        Spacer(1, 5 * mm),
        Paragraph(escape(tr(N_("The member asks for the following, which a supervisor approves:"))), base),
        Spacer(1, 2 * mm),
    ]
    for effect in form.effects:
        story.append(Paragraph("• " + escape(_render(effect, form, tr)), base))
    if form.reason:
        story += [Spacer(1, 3 * mm), Paragraph(escape(f"{tr(N_('Reason'))}: {form.reason}"), base)]
    story += [Spacer(1, 30 * mm),
              Table([[tr(N_("The member's signature")), "", tr(N_("The teller's signature"))],
                     [form.member, "", form.teller]], colWidths=(80 * mm, 20 * mm, 80 * mm),
                    style=TableStyle([("LINEABOVE", (0, 0), (0, 0), 0.6, colors.black),
                                      ("LINEABOVE", (2, 0), (2, 0), 0.6, colors.black),
                                      ("FONTNAME", (0, 0), (-1, -1), regular),
                                      ("FONTSIZE", (0, 0), (-1, -1), 9),
                                      ("LEFTPADDING", (0, 0), (-1, -1), 0)]))]
    doc.build(story)
    return buf.getvalue()
