"""The PIN mailer: the temporary PIN of a card, printed once for the member at the counter (the
seed e-mails the same details). The institution's letterhead, the member, the card as its masked
number and type, when the PIN was made, the PIN in a box, and the seed's security tips for the
PIN the member chooses next. Built in memory; the PIN is in no other place."""
from __future__ import annotations

from typing import Callable
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from ..domain.cards import KIND_LABELS, PIN_TIPS
from ..domain.messages import N_
from ..services.card_pins import TemporaryPin
from ..services.receipts import local_time
from .member_letter import addressee, build, heading, secret_box, styles


def build_pin_mailer(t: TemporaryPin, tr: Callable[[str], str] = lambda s: s) -> bytes:
    s = styles()
    base = s.base
    at = local_time(t.issued_at, t.timezone)
    story = heading(t.letterhead, s, tr) + addressee(t.member_name, t.member_address, s)
    story += [Spacer(1, 10 * mm), Paragraph(escape(tr(N_("Temporary PIN of your card"))), s.title),
              Spacer(1, 4 * mm),
              Paragraph(escape(tr(N_("A temporary PIN was generated for your card. Keep this sheet "
                                     "private and destroy it once you have changed the PIN."))), base),
              Spacer(1, 5 * mm),
              secret_box([(tr(N_("Card number")), t.card.number),
                          (tr(N_("Card type")), tr(KIND_LABELS[t.card.kind])),
                          (tr(N_("Date and time")), f"{at:%d/%m/%Y %H:%M:%S}"),
                          (tr(N_("Temporary PIN")), t.pin)], s.fonts),
              Spacer(1, 7 * mm),
              Paragraph(escape(tr(N_("Change it before you use the card, at the branch or at a cash "
                                     "machine: choose four digits of your own."))), base),
              Spacer(1, 3 * mm), Paragraph(escape(tr(N_("Security tips"))), base)]
    story += [Paragraph("• " + escape(tr(tip)), base) for tip in PIN_TIPS]
    story += [Spacer(1, 8 * mm),
              Paragraph(escape(tr(N_("Nobody from the cooperative will ever ask you for your PIN. If "
                                     "you did not ask for this, tell your branch at once."))), s.small)]
    return build(story, t.letterhead, tr(N_("Temporary PIN")))
