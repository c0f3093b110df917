"""Counting cash by denomination: notes and coins of the institution's currency, a count of
pieces for each, the value of each line and the total.

Counts are whole pieces (QSpinBox); money is never a QDoubleSpinBox. Enter in a count moves to the
next one (a teller counts down the column); the total comes from the domain's count_total, the
same function the drawer service uses.
"""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QSpinBox, QWidget

from app.domain.cash import DENOMINATIONS, count_total
from app.domain.money import currency, format_amount

from .desk_context import DeskContext
from .retranslate import Retranslatable

MAX_PIECES = 99_999
# Smallest note per currency: below it the denominations are coins.
SMALLEST_NOTE = {"EUR": Decimal("5"), "USD": Decimal("1")}
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class DenominationCount(Retranslatable, QWidget):
    """Notes on the left, coins on the right, the total below. `changed(total)` on every edit;
    `counts()` is what the drawer service takes ({"50": 3, "0.20": 4}, zero lines left out)."""

    changed = Signal(object)

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("DenominationCount")
        self._ctx = ctx
        self.currency_code = ctx.profile.currency
        self._cur = currency(self.currency_code)
        self.spins: dict[str, QSpinBox] = {}
        self._values: dict[str, QLabel] = {}
        smallest_note = SMALLEST_NOTE.get(self.currency_code, Decimal(1))
        denominations = DENOMINATIONS[self.currency_code]
        notes = [d for d in denominations if d >= smallest_note]
        coins = [d for d in denominations if d < smallest_note]
        columns = QHBoxLayout()
        columns.setSpacing(24)
        self.notes_title = QLabel(objectName="SectionTitle")
        self.coins_title = QLabel(objectName="SectionTitle")
        columns.addWidget(self._column(self.notes_title, notes))
        columns.addWidget(self._column(self.coins_title, coins))
        self.total_caption = QLabel(objectName="TotalCaption")
        self.total_label = QLabel(objectName="TotalAmount", alignment=RIGHT)
        total_row = QHBoxLayout()
        total_row.addWidget(self.total_caption)
        total_row.addStretch(1)
        total_row.addWidget(self.total_label)
        rule = QFrame(frameShape=QFrame.Shape.HLine, objectName="Rule")
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setVerticalSpacing(8)
        layout.addLayout(columns, 0, 0)
        layout.addWidget(rule, 1, 0)
        layout.addLayout(total_row, 2, 0)
        order = [self.spins[str(d)] for d in notes + coins]
        for first, second in zip(order, order[1:]):
            QWidget.setTabOrder(first, second)
        self._order = order
        if order:
            self.setFocusProxy(order[0])
        self._update()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.notes_title.setText(self.tr("Notes"))
        self.coins_title.setText(self.tr("Coins"))
        self.total_caption.setText(self.tr("Total counted"))
        for key, spin in self.spins.items():
            spin.setToolTip(self.tr("Pieces of %1").replace("%1", self._money(Decimal(key))))

    def _column(self, title: QLabel, denominations: list[Decimal]) -> QWidget:
        box = QWidget()
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        grid.addWidget(title, 0, 0, 1, 3)
        fm = self.fontMetrics()
        for row, d in enumerate(denominations, start=1):
            key = str(d)
            face = QLabel(self._money(d), objectName="Denomination", alignment=RIGHT)
            spin = QSpinBox(objectName=f"count_{key}", maximum=MAX_PIECES, alignment=RIGHT)
            spin.setAccelerated(True)
            spin.setMinimumWidth(fm.horizontalAdvance("99999") + 28)
            spin.valueChanged.connect(self._update)
            spin.installEventFilter(self)
            value = QLabel(objectName="LineValue", alignment=RIGHT)
            value.setMinimumWidth(fm.horizontalAdvance(self._money(Decimal("99999000"))))
            grid.addWidget(face, row, 0)
            grid.addWidget(spin, row, 1)
            grid.addWidget(value, row, 2)
            self.spins[key] = spin
            self._values[key] = value
        grid.setRowStretch(len(denominations) + 1, 1)
        grid.setColumnStretch(3, 1)
        return box

    def _money(self, value: Decimal) -> str:
        return format_amount(value, self._ctx.number_format, self._cur, with_symbol=True)

    def _update(self) -> None:
        for key, spin in self.spins.items():
            n = spin.value()
            self._values[key].setText(self._money(Decimal(key) * n) if n else "")
        total = self.total()
        self.total_label.setText(self._money(total))
        self.changed.emit(total)

    # --- values --------------------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        return {key: spin.value() for key, spin in self.spins.items() if spin.value()}

    def total(self) -> Decimal:
        return count_total(self.currency_code, self.counts())

    def set_counts(self, counts: dict[str, int]) -> None:
        for key, spin in self.spins.items():
            spin.blockSignals(True)
            spin.setValue(counts.get(key, 0))
            spin.blockSignals(False)
        self._update()

    def clear(self) -> None:
        self.set_counts({})

    def first_field(self) -> QSpinBox | None:
        return self._order[0] if self._order else None

    # --- keyboard: Enter goes to the next count -----------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QSpinBox):
            watched.selectAll()
        elif event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return,
                                                                     Qt.Key.Key_Enter):
            if isinstance(watched, QSpinBox) and watched in self._order:
                i = self._order.index(watched)
                if i + 1 < len(self._order):
                    self._order[i + 1].setFocus(Qt.FocusReason.TabFocusReason)
                else:
                    watched.focusNextChild()
                return True
        return False
