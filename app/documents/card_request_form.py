"""The form a member without an authenticator signs to have a card unblocked or its PIN reset
(members with one confirm with its code instead): the letterhead, the request, the member and
the card as its masked number, when and by whom, and the two signature lines."""
from __future__ import annotations

from typing import Callable
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from ..domain.cards import KIND_LABELS
from ..domain.messages import N_
from ..services.cards import REQUESTS, RequestForm
from ..services.receipts import local_time
from .member_letter import WIDTH, build, heading, styles


def build_card_request(form: RequestForm, tr: Callable[[str], str] = lambda s: s) -> bytes:
    s = styles()
    label = ParagraphStyle("l", parent=s.base, fontSize=8.5, textColor=colors.HexColor("#555555"))
    at = local_time(form.at, form.timezone)
    facts = [(N_("Member"), f"{form.member_name}  ({form.member_document})"),
             (N_("Address"), form.member_address or "—"),
             (N_("Card"), f"{tr(KIND_LABELS[form.card.kind])} {form.card.brand} {form.card.number}"),
             (N_("Date and time"), f"{at:%d/%m/%Y %H:%M}"), (N_("Teller"), form.teller)]
    story = heading(form.letterhead, s, tr) + [
        Paragraph(escape(tr(REQUESTS[form.action])), s.title), Spacer(1, 4 * mm),
        Table([[Paragraph(escape(tr(k)), label), Paragraph(escape(v), s.base)] for k, v in facts],
              colWidths=(40 * mm, WIDTH - 40 * mm),
              style=TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("VALIGN", (0, 0), (-1, -1), "TOP")])),
        Spacer(1, 6 * mm),
        Paragraph(escape(tr(N_("I, the holder of the card above, ask for this at the counter and sign "
                               "it, as I have no authenticator for one-time codes."))), s.base),
        Spacer(1, 30 * mm),
        Table([[tr(N_("The member's signature")), "", tr(N_("The teller's signature"))],
               [form.member_name, "", form.teller]], colWidths=(75 * mm, 20 * mm, 75 * mm),
              style=TableStyle([("LINEABOVE", (0, 0), (0, 0), 0.6, colors.black),
                                ("LINEABOVE", (2, 0), (2, 0), 0.6, colors.black),
                                ("FONTNAME", (0, 0), (-1, -1), s.fonts[0]), ("FONTSIZE", (0, 0), (-1, -1), 9),
                                ("LEFTPADDING", (0, 0), (-1, -1), 0)]))]
    return build(story, form.letterhead, tr(REQUESTS[form.action]))
