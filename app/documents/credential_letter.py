"""The letter that hands a member their online-banking access: the institution's letterhead, the
member's name and address, the user name and the one-time registration key in a box, its expiry,
and the steps to complete the registration online (as the Spanish seed's manual tells them).
Built in memory and shown once; the key is in no other place."""
from __future__ import annotations

import io
from typing import Callable
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import HRFlowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from ..domain.credentials import PASSWORD_MIN
from ..domain.messages import Msg, N_
from ..services.credentials import IssuedCredential
from ..services.receipts import local_time
from .fonts import register_fonts
from .letterhead import letterhead_table

ACCENT = colors.HexColor("#1f4e79")
STEPS = (N_("Open the online office's registration page."),
         N_("Type your document number as it is written, without dashes or spaces."),
         N_("Type the registration key above (capitals or small letters, with or without dashes)."),
         N_("Type the external account you registered with us (without the country code and its "
            "two check digits)."),
         N_("Choose your password and type it twice: at least {min} characters, letters and "
            "digits, not your document or your birth date."))


def secret_box(rows: list[tuple[str, str]], fonts: tuple[str, str], width: float) -> Table:
    """The framed box a secret is printed in, label above value, large and spaced for typing."""
    regular, bold = fonts
    label = ParagraphStyle("sl", fontName=regular, fontSize=9, leading=12, textColor=colors.HexColor("#555555"))
    value = ParagraphStyle("sv", fontName=bold, fontSize=16, leading=22, textColor=colors.black)
    cells = [[Paragraph(escape(k), label), Paragraph(escape(v), value)] for k, v in rows]
    return Table(cells, colWidths=(45 * mm, width - 45 * mm), style=TableStyle([
        ("BOX", (0, 0), (-1, -1), 1.2, ACCENT), ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f3f6fa")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6), ("LEFTPADDING", (0, 0), (-1, -1), 8)]))


def build_credential_letter(issued: IssuedCredential, tr: Callable[[str], str] = lambda s: s) -> bytes:
    regular, bold = register_fonts()
    base = ParagraphStyle("b", fontName=regular, fontSize=10.5, leading=15)
    title = ParagraphStyle("t", parent=base, fontName=bold, fontSize=15, leading=19, textColor=ACCENT)
    small = ParagraphStyle("s", parent=base, fontSize=9, leading=12, textColor=colors.HexColor("#555555"))
    buf = io.BytesIO()
    head = issued.letterhead
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=15 * mm,
                            bottomMargin=15 * mm, title=tr(N_("Online banking access")),
                            author=head.name if head else "")
    expires = local_time(issued.view.key_expires_at, issued.timezone)
    story = [letterhead_table(head, 170 * mm, Paragraph("", base), (regular, bold), tr(N_("Tax ID"))),
             HRFlowable(width="100%", thickness=1.2, color=ACCENT), Spacer(1, 8 * mm),
             Paragraph(escape(issued.member_name), base)]
    story += [Paragraph(escape(line), base) for line in issued.member_address.splitlines() if line.strip()]
    story += [Spacer(1, 10 * mm), Paragraph(escape(tr(N_("Your online banking access"))), title),
              Spacer(1, 4 * mm),
              Paragraph(escape(tr(N_("Your access to our online office is ready for you to complete. "
                                      "Keep this letter private: the key works once."))), base),
              Spacer(1, 5 * mm),
              secret_box([(tr(N_("User name")), issued.view.username),
                          (tr(N_("Registration key")), issued.key),
                          (tr(N_("Valid until")), f"{expires:%d/%m/%Y %H:%M}")], (regular, bold), 170 * mm),
              Spacer(1, 7 * mm), Paragraph(escape(tr(N_("To complete it:"))), base), Spacer(1, 2 * mm)]
    for n, step in enumerate(STEPS, 1):
        story.append(Paragraph(f"{n}. " + escape(Msg.of(step, min=PASSWORD_MIN).render(tr)), base))
    story += [Spacer(1, 8 * mm),
              Paragraph(escape(tr(N_("If the key expires before you use it, or you did not ask for "
                                     "this access, ask your branch: they issue a new key and the "
                                     "old one stops working."))), small)]
    doc.build(story)
    return buf.getvalue()
