"""Principal and interest of each installment over the life of a loan, as a reportlab.graphics
drawing for the printed table (the desk draws the same with QPainter)."""
from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.legends import LineLegend
from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors

PRINCIPAL = colors.HexColor("#1d5a86")
INTEREST = colors.HexColor("#d9822b")
MAX_POINTS = 90


def _nice_step(top: float) -> float:
    """A round step (1, 2 or 5 x 10^n) giving about four gridlines up to `top`."""
    raw = max(top, 1e-9) / 4
    power = 10 ** len(str(int(raw))) / 10 if raw >= 1 else 0.01
    for m in (1, 2, 5, 10):
        if raw <= m * power:
            return m * power
    return 10 * power


def principal_interest_chart(rows: Sequence, width: float, height: float, fonts: tuple[str, str],
                             labels: tuple[str, str], x_title: str) -> Drawing:
    """Two lines: each installment's principal and its interest (`rows` have .number,
    .principal, .interest). Floats here only place ink on paper; no amount is computed."""
    regular, _bold = fonts
    drawing = Drawing(width, height)
    plot = LinePlot()
    plot.x, plot.y = 38, 22
    plot.width, plot.height = width - 48, height - 40
    # A line of at most MAX_POINTS points (the curves are smooth; the last one always kept):
    # 360 points per line cost ink and time for nothing the eye can see at this size.
    step = max(1, -(-len(rows) // MAX_POINTS))
    shown = list(rows[::step]) + ([rows[-1]] if rows and (len(rows) - 1) % step else [])
    principal = [(r.number, float(r.principal)) for r in shown]
    interest = [(r.number, float(r.interest)) for r in shown]
    plot.data = [principal or [(0, 0)], interest or [(0, 0)]]
    for i, colour in enumerate((PRINCIPAL, INTEREST)):
        plot.lines[i].strokeColor = colour
        plot.lines[i].strokeWidth = 1.4
    top = max([float(max(r.principal, r.interest)) for r in rows] or [1.0])
    step = _nice_step(top)
    plot.yValueAxis.valueMin = 0
    plot.yValueAxis.valueMax = step * (int(top / step) + 1)
    plot.yValueAxis.valueStep = step
    plot.yValueAxis.labels.fontName = regular
    plot.yValueAxis.labels.fontSize = 6.5
    plot.yValueAxis.visibleGrid = True
    plot.yValueAxis.gridStrokeColor = colors.HexColor("#e3e8ee")
    last = rows[-1].number if rows else 1
    first = rows[0].number if rows else 0
    plot.xValueAxis.valueMin = first
    plot.xValueAxis.valueMax = max(last, first + 1)
    plot.xValueAxis.valueSteps = sorted({first, *range(12, last, 12 if last <= 72 else 60), last})
    plot.xValueAxis.labels.fontName = regular
    plot.xValueAxis.labels.fontSize = 6.5
    plot.xValueAxis.labelTextFormat = "%d"
    drawing.add(plot)
    legend = LineLegend()
    legend.x, legend.y = 40, height - 6
    legend.fontName, legend.fontSize = regular, 7
    legend.columnMaximum = 1
    legend.deltax = 90
    legend.colorNamePairs = [(PRINCIPAL, labels[0]), (INTEREST, labels[1])]
    drawing.add(legend)
    from reportlab.graphics.shapes import String
    drawing.add(String(width - 10, 4, x_title, fontName=regular, fontSize=6.5, textAnchor="end"))
    return drawing
