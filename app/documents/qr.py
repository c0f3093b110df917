"""A QR code (made by segno) as a reportlab drawing: one square per dark module, so it prints
sharp at any size."""
from __future__ import annotations

import segno
from reportlab.graphics.shapes import Drawing, Rect
from reportlab.lib import colors


def qr_drawing(data: str, size: float, border: int = 2) -> Drawing:
    """`data` as a QR code `size` points wide (quiet zone of `border` modules included)."""
    matrix = [list(row) for row in segno.make(data, error="m").matrix]
    n = len(matrix) + 2 * border
    module = size / n
    d = Drawing(size, size)
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                d.add(Rect((x + border) * module, size - (y + border + 1) * module, module, module,
                           fillColor=colors.black, strokeColor=None, strokeWidth=0))
    return d
