"""The letter that hands a member their online-banking access: the institution's letterhead, the
member's name and address, the user name and the one-time registration key in a box, its expiry,
and the steps to complete the registration online (as the Spanish seed's manual tells them).
Built in memory and shown once; the key is in no other place."""
from __future__ import annotations

from typing import Callable
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from ..domain.credentials import PASSWORD_MIN
from ..domain.messages import Msg, N_
from ..services.credentials import IssuedCredential
from ..services.receipts import local_time
from .member_letter import addressee, build, heading, secret_box, styles

STEPS = (N_("Open the online office's registration page."),
         N_("Type your document number as it is written, without dashes or spaces."),
         N_("Type the registration key above (capitals or small letters, with or without dashes)."),
         N_("Type the external account you registered with us (without the country code and its "
            "two check digits)."),
         N_("Choose your password and type it twice: at least {min} characters, letters and "
            "digits, not your document or your birth date."))


def build_credential_letter(issued: IssuedCredential, tr: Callable[[str], str] = lambda s: s) -> bytes:
    s = styles()
    base = s.base
    expires = local_time(issued.view.key_expires_at, issued.timezone)
    story = heading(issued.letterhead, s, tr) + addressee(issued.member_name, issued.member_address, s)
    story += [Spacer(1, 10 * mm), Paragraph(escape(tr(N_("Your online banking access"))), s.title),
              Spacer(1, 4 * mm),
              Paragraph(escape(tr(N_("Your access to our online office is ready for you to complete. "
                                      "Keep this letter private: the key works once."))), base),
              Spacer(1, 5 * mm),
              secret_box([(tr(N_("User name")), issued.view.username),
                          (tr(N_("Registration key")), issued.key),
                          (tr(N_("Valid until")), f"{expires:%d/%m/%Y %H:%M}")], s.fonts),
              Spacer(1, 7 * mm), Paragraph(escape(tr(N_("To complete it:"))), base), Spacer(1, 2 * mm)]
    for n, step in enumerate(STEPS, 1):
        story.append(Paragraph(f"{n}. " + escape(Msg.of(step, min=PASSWORD_MIN).render(tr)), base))
    story += [Spacer(1, 8 * mm),
              Paragraph(escape(tr(N_("If the key expires before you use it, or you did not ask for "
                                     "this access, ask your branch: they issue a new key and the "
                                     "old one stops working."))), s.small)]
    return build(story, issued.letterhead, tr(N_("Online banking access")))
