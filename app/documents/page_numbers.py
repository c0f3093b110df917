"""Page footers written once the page count is known: "Page n of m" on every page of a
platypus document, with a footer line naming what the document is about."""
from __future__ import annotations

from collections.abc import Callable

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from ..domain.messages import N_

Translate = Callable[[str], str]
MARGIN = 15 * mm
_RULE = colors.HexColor("#c9d3df")


def numbered_canvas(footer: str, tr: Translate, regular: str) -> type[Canvas]:
    """A canvas that holds its pages back until the end, to write "Page n of m" on each."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs):  # noqa: ANN002, ANN003
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:  # noqa: N802
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._footer(total)
                super().showPage()
            super().save()

        def _footer(self, total: int) -> None:
            width, _height = self._pagesize
            self.setFont(regular, 7.5)
            self.setFillColor(colors.HexColor("#666666"))
            self.setStrokeColor(_RULE)
            self.setLineWidth(0.5)
            self.line(MARGIN, 11 * mm, width - MARGIN, 11 * mm)
            self.drawString(MARGIN, 7 * mm, footer)
            page = tr(N_("Page {page} of {pages}")).format(page=self._pageNumber, pages=total)
            self.drawRightString(width - MARGIN, 7 * mm, page)

    return NumberedCanvas
