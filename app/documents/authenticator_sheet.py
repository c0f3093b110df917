"""The sheet a member takes home after enrolling their authenticator: the QR code their app
scans, the same secret as text for typing it in, and how to use the codes. Printed only at
enrolment (the secret is shown then and never again)."""
from __future__ import annotations

import io
from typing import Callable
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import HRFlowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from ..domain.messages import N_
from ..services.otp import Enrolment
from .credential_letter import ACCENT, secret_box
from .fonts import register_fonts
from .letterhead import letterhead_table
from .qr import qr_drawing

ADVICE = (N_("Scan the code with an authenticator app (any TOTP app) on your phone."),
          N_("At the counter, or online, we ask for the six-digit code the app shows at that moment; "
             "each code works once."),
          N_("Keep this sheet somewhere safe or destroy it once the app shows the codes: whoever "
             "has it can make your codes."),
          N_("If you lose your phone, tell your branch: they remove the authenticator at once."))


def grouped(secret: str) -> str:
    return " ".join(secret[i:i + 4] for i in range(0, len(secret), 4))


def build_authenticator_sheet(e: Enrolment, tr: Callable[[str], str] = lambda s: s) -> bytes:
    regular, bold = register_fonts()
    base = ParagraphStyle("b", fontName=regular, fontSize=10.5, leading=15)
    title = ParagraphStyle("t", parent=base, fontName=bold, fontSize=15, leading=19, textColor=ACCENT)
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=15 * mm,
                            bottomMargin=15 * mm, title=tr(N_("Your authenticator")),
                            author=e.letterhead.name if e.letterhead else "")
    advice = [Paragraph(f"{n}. " + escape(tr(a)), base) for n, a in enumerate(ADVICE, 1)]
    story = [letterhead_table(e.letterhead, 170 * mm, Paragraph("", base), (regular, bold), tr(N_("Tax ID"))),
             HRFlowable(width="100%", thickness=1.2, color=ACCENT), Spacer(1, 8 * mm),
             Paragraph(escape(tr(N_("Your authenticator"))), title), Spacer(1, 2 * mm),
             Paragraph(escape(e.member_name), base), Spacer(1, 6 * mm),
             Table([[qr_drawing(e.uri, 60 * mm), [Spacer(1, 1)] + [x for p in advice for x in (p, Spacer(1, 2 * mm))]]],
                   colWidths=(66 * mm, 104 * mm),
                   style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])),
             Spacer(1, 6 * mm),
             secret_box([(tr(N_("Account")), f"{e.issuer}: {e.account}"),
                         (tr(N_("Secret (to type it in)")), grouped(e.secret))], (regular, bold), 170 * mm)]
    doc.build(story)
    return buf.getvalue()
