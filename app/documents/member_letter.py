"""What the letters handed to a member share (the online access letter, the authenticator sheet,
the PIN mailer): A4 with the same margins and styles, the institution's letterhead over a rule,
and the framed box a secret is printed in, label beside value, large and spaced for typing."""
from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, HRFlowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from ..domain.messages import N_
from ..services.letterhead import Letterhead
from .fonts import register_fonts
from .letterhead import letterhead_table

ACCENT = colors.HexColor("#1f4e79")
WIDTH = 170 * mm - 12       # the frame less its 6 pt paddings: tables flush with the text


@dataclass(frozen=True)
class Styles:
    fonts: tuple[str, str]
    base: ParagraphStyle
    title: ParagraphStyle
    small: ParagraphStyle


def styles() -> Styles:
    regular, bold = register_fonts()
    base = ParagraphStyle("b", fontName=regular, fontSize=10.5, leading=15)
    return Styles((regular, bold), base,
                  ParagraphStyle("t", parent=base, fontName=bold, fontSize=15, leading=19, textColor=ACCENT),
                  ParagraphStyle("s", parent=base, fontSize=9, leading=12, textColor=colors.HexColor("#555555")))


def secret_box(rows: list[tuple[str, str]], fonts: tuple[str, str], width: float = WIDTH) -> Table:
    regular, bold = fonts
    label = ParagraphStyle("sl", fontName=regular, fontSize=9, leading=12, textColor=colors.HexColor("#555555"))
    value = ParagraphStyle("sv", fontName=bold, fontSize=16, leading=22, textColor=colors.black)
    cells = [[Paragraph(escape(k), label), Paragraph(escape(v), value)] for k, v in rows]
    return Table(cells, colWidths=(45 * mm, width - 45 * mm), style=TableStyle([
        ("BOX", (0, 0), (-1, -1), 1.2, ACCENT), ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f3f6fa")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6), ("LEFTPADDING", (0, 0), (-1, -1), 8)]))


def heading(head: Letterhead | None, s: Styles, tr: Callable[[str], str]) -> list[Flowable]:
    """The letterhead and its rule."""
    return [letterhead_table(head, WIDTH, Paragraph("", s.base), s.fonts, tr(N_("Tax ID"))),
            HRFlowable(width="100%", thickness=1.2, color=ACCENT), Spacer(1, 8 * mm)]


def addressee(name: str, address: str, s: Styles) -> list[Flowable]:
    """The member's name and address lines, where a window envelope shows them."""
    return [Paragraph(escape(name), s.base)] + [
        Paragraph(escape(line), s.base) for line in address.splitlines() if line.strip()]


def build(story: list[Flowable], head: Letterhead | None, title: str) -> bytes:
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=15 * mm,
                      bottomMargin=15 * mm, title=title, author=head.name if head else "").build(story)
    return buf.getvalue()
