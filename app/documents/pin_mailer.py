"""The PIN mailer: the temporary PIN of a card, printed once for the member at the counter (the
seed e-mails the same details). The institution's letterhead, the member, the card as its masked
number and type, when the PIN was made, the PIN in a box, and the seed's security tips for the
PIN the member chooses next. Built in memory; the PIN is in no other place."""
from __future__ import annotations

import io
from typing import Callable
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import HRFlowable, Paragraph, SimpleDocTemplate, Spacer

from ..domain.cards import KIND_LABELS, PIN_TIPS
from ..domain.messages import N_
from ..services.card_pins import TemporaryPin
from ..services.receipts import local_time
from .credential_letter import ACCENT, secret_box
from .fonts import register_fonts
from .letterhead import letterhead_table


def build_pin_mailer(t: TemporaryPin, tr: Callable[[str], str] = lambda s: s) -> bytes:
    regular, bold = register_fonts()
    base = ParagraphStyle("b", fontName=regular, fontSize=10.5, leading=15)
    title = ParagraphStyle("t", parent=base, fontName=bold, fontSize=15, leading=19, textColor=ACCENT)
    small = ParagraphStyle("s", parent=base, fontSize=9, leading=12, textColor=colors.HexColor("#555555"))
    buf = io.BytesIO()
    head = t.letterhead
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=15 * mm,
                            bottomMargin=15 * mm, title=tr(N_("Temporary PIN")), author=head.name if head else "")
    at = local_time(t.issued_at, t.timezone)
    story = [letterhead_table(head, 170 * mm, Paragraph("", base), (regular, bold), tr(N_("Tax ID"))),
             HRFlowable(width="100%", thickness=1.2, color=ACCENT), Spacer(1, 8 * mm),
             Paragraph(escape(t.member_name), base)]
    story += [Paragraph(escape(line), base) for line in t.member_address.splitlines() if line.strip()]
    story += [Spacer(1, 10 * mm), Paragraph(escape(tr(N_("Temporary PIN of your card"))), title),
              Spacer(1, 4 * mm),
              Paragraph(escape(tr(N_("A temporary PIN was generated for your card. Keep this sheet "
                                     "private and destroy it once you have changed the PIN."))), base),
              Spacer(1, 5 * mm),
              secret_box([(tr(N_("Card number")), t.card.number),
                          (tr(N_("Card type")), tr(KIND_LABELS[t.card.kind])),
                          (tr(N_("Date and time")), f"{at:%d/%m/%Y %H:%M:%S}"),
                          (tr(N_("Temporary PIN")), t.pin)], (regular, bold), 170 * mm),
              Spacer(1, 7 * mm),
              Paragraph(escape(tr(N_("Change it before you use the card, at the branch or at a cash "
                                     "machine: choose four digits of your own."))), base),
              Spacer(1, 3 * mm), Paragraph(escape(tr(N_("Security tips"))), base)]
    story += [Paragraph("• " + escape(tr(tip)), base) for tip in PIN_TIPS]
    story += [Spacer(1, 8 * mm),
              Paragraph(escape(tr(N_("Nobody from the cooperative will ever ask you for your PIN. If "
                                     "you did not ask for this, tell your branch at once."))), small)]
    doc.build(story)
    return buf.getvalue()
