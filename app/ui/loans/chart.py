"""Principal and interest of each installment over a loan's life, painted with QPainter (the
printed table draws the same with reportlab.graphics). Floats only place pixels."""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

PRINCIPAL, INTEREST, GRID, TEXT = QColor("#1d5a86"), QColor("#d9822b"), QColor("#e3e8ee"), QColor("#3c4450")


class PrincipalInterestChart(QWidget):
    """`set_rows(rows)`: rows with .number, .principal, .interest."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("PrincipalInterestChart")
        self.setMinimumHeight(120)
        self.setMaximumHeight(160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.points: list[tuple[int, float, float]] = []
        self.labels = ("Principal", "Interest")

    def set_rows(self, rows, labels: tuple[str, str]) -> None:  # noqa: ANN001
        self.points = [(r.number, float(r.principal), float(r.interest)) for r in rows]
        self.labels = labels
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802, ANN001
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("#ffffff"))
        fm = p.fontMetrics()
        area = QRectF(self.rect()).adjusted(fm.horizontalAdvance("000000") + 8, fm.height() + 10, -12,
                                            -(fm.height() + 8))
        if not self.points or area.width() <= 0 or area.height() <= 0:
            p.end()
            return
        top = max(max(pr, it) for _n, pr, it in self.points) or 1.0
        first, last = self.points[0][0], self.points[-1][0]
        span = max(last - first, 1)

        def at(n: int, v: float) -> QPointF:
            return QPointF(area.left() + (n - first) / span * area.width(), area.bottom() - v / top * area.height())
        p.setPen(QPen(TEXT))
        for i in range(5):
            y = area.bottom() - i / 4 * area.height()
            p.setPen(QPen(GRID))
            p.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            p.setPen(QPen(TEXT))
            p.drawText(QRectF(0, y - fm.height() / 2, area.left() - 6, fm.height()),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, f"{top * i / 4:,.0f}")
        for n in (first, last):
            x = at(n, 0).x()
            p.drawText(QRectF(x - 30, area.bottom() + 4, 60, fm.height()), Qt.AlignmentFlag.AlignHCenter, str(n))
        for colour, index in ((PRINCIPAL, 1), (INTEREST, 2)):
            path = QPainterPath(at(self.points[0][0], self.points[0][index]))
            for point in self.points[1:]:
                path.lineTo(at(point[0], point[index]))
            p.setPen(QPen(colour, 2))
            p.drawPath(path)
        x = area.left()
        for colour, label in zip((PRINCIPAL, INTEREST), self.labels):
            p.fillRect(QRectF(x, 4, 14, 4 + fm.height() / 3), colour)
            p.setPen(QPen(TEXT))
            p.drawText(QPointF(x + 20, 4 + fm.ascent()), label)
            x += 20 + fm.horizontalAdvance(label) + 24
        p.end()
