"""The sheet a member takes home after enrolling their authenticator: the QR code their app
scans, the same secret as text for typing it in, and how to use the codes. Printed only at
enrolment (the secret is shown then and never again)."""
from __future__ import annotations

from typing import Callable
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from ..domain.messages import N_
from ..services.otp import Enrolment
from .member_letter import WIDTH, build, heading, secret_box, styles
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
    s = styles()
    advice = [Paragraph(f"{n}. " + escape(tr(a)), s.base) for n, a in enumerate(ADVICE, 1)]
    story = heading(e.letterhead, s, tr) + [
        Paragraph(escape(tr(N_("Your authenticator"))), s.title), Spacer(1, 2 * mm),
        Paragraph(escape(e.member_name), s.base), Spacer(1, 6 * mm),
        Table([[qr_drawing(e.uri, 60 * mm), [Spacer(1, 1)] + [x for p in advice for x in (p, Spacer(1, 2 * mm))]]],
              colWidths=(66 * mm, WIDTH - 66 * mm),
              style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])),
        Spacer(1, 6 * mm),
        secret_box([(tr(N_("Account")), f"{e.issuer}: {e.account}"),
                    (tr(N_("Secret (to type it in)")), grouped(e.secret))], s.fonts)]
    return build(story, e.letterhead, tr(N_("Your authenticator")))
