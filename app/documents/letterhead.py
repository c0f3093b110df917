"""The institution's letterhead on every document: the logo (when there is one) on the left, the
name, tax ID, address and contact beside it. `draw_letterhead` for canvas documents (receipts),
`letterhead_table` for platypus ones (statements, certificates, tables)."""
from __future__ import annotations

import io
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Image, Paragraph, Table, TableStyle
from reportlab.lib.styles import ParagraphStyle

from ..services.letterhead import Letterhead

LOGO_HEIGHT = 12 * mm
LOGO_MAX_WIDTH = 36 * mm


def _logo_size(data: bytes) -> tuple[ImageReader, float, float] | None:
    try:
        reader = ImageReader(io.BytesIO(data))
        w, h = reader.getSize()
    except Exception:  # noqa: BLE001 - a logo reportlab cannot read is left out, not fatal
        return None
    if not w or not h:
        return None
    height = LOGO_HEIGHT
    width = min(LOGO_MAX_WIDTH, height * w / h)
    return reader, width, width * h / w


def _lines(head: Letterhead, tax_label: str) -> list[str]:
    lines = [f"{tax_label} {head.tax_id}"]
    lines += [x for x in (head.address, head.contact) if x]
    return lines


def draw_letterhead(c: Canvas, head: Letterhead, left: float, top: float, fonts: tuple[str, str],
                    tax_label: str, extra: str = "") -> float:
    """Draw at (left, top) downwards; returns how far below `top` it reaches.
    `extra` goes after the tax ID (e.g. the branch)."""
    regular, bold = fonts
    x = left
    logo = _logo_size(head.logo) if head.logo else None
    if logo is not None:
        reader, w, h = logo
        c.drawImage(reader, left, top - h + 3 * mm, w, h, mask="auto")
        x = left + w + 4 * mm
    c.setFont(bold, 13)
    c.drawString(x, top, head.name)
    c.setFont(regular, 8.5)
    lines = _lines(head, tax_label)
    if extra:
        lines[0] += f"  ·  {extra}"
    for i, line in enumerate(lines):
        c.drawString(x, top - (5 + 3.6 * i) * mm, line)
    depth = (5 + 3.6 * (len(lines) - 1) + 2) * mm
    return max(depth, (LOGO_HEIGHT - 3 * mm) if logo is not None else 0)


def letterhead_table(head: Letterhead, width: float, right_cell, fonts: tuple[str, str],  # noqa: ANN001
                     tax_label: str) -> Table:
    """A one-row table: [logo] name / tax ID / address / contact | `right_cell` (e.g. a date)."""
    regular, bold = fonts
    name = ParagraphStyle("lh-name", fontName=bold, fontSize=12, leading=15)
    small = ParagraphStyle("lh-small", fontName=regular, fontSize=8, leading=10)
    text = [Paragraph(escape(head.name), name)] + [Paragraph(escape(line), small)
                                                    for line in _lines(head, tax_label)]
    logo = _logo_size(head.logo) if head.logo else None
    cells, widths = [], []
    if logo is not None:
        reader, w, h = logo
        cells.append(Image(io.BytesIO(head.logo), width=w, height=h))
        widths.append(w + 4 * mm)
    cells += [text, right_cell]
    widths += [width - sum(widths) - 60 * mm, 60 * mm]
    return Table([cells], colWidths=widths,
                 style=TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
