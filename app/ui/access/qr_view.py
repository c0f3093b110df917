"""A QR code (segno) painted module by module, square and centred, scaled to the widget."""
from __future__ import annotations

import segno
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

BORDER = 2


class QrView(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, objectName="QrView")
        self.matrix: list[list[bool]] = []
        self.setMinimumSize(QSize(220, 220))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def set_data(self, data: str) -> None:
        self.matrix = [[bool(v) for v in row] for row in segno.make(data, error="m").matrix] if data else []
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(240, 240)

    def paintEvent(self, _event: object) -> None:  # noqa: N802 - Qt's name
        p = QPainter(self)
        side = min(self.width(), self.height())
        left, top = (self.width() - side) / 2, (self.height() - side) / 2
        p.fillRect(QRectF(left, top, side, side), QColor("white"))
        if not self.matrix:
            return
        n = len(self.matrix) + 2 * BORDER
        module = side / n
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor("black"))
        for y, row in enumerate(self.matrix):
            for x, dark in enumerate(row):
                if dark:       # a hair wider, so no seams show between modules
                    p.drawRect(QRectF(left + (x + BORDER) * module, top + (y + BORDER) * module,
                                      module + 0.5, module + 0.5))
        p.end()
