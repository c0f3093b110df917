"""The approvals queue's filters: kind, branch and how long a petition has waited. A row of combo
boxes that keeps what was chosen when the petitions are read again; `changed` when one moves."""
from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from app.services.petitions import PetitionView

from .i18n import translate
from .operations.common import tr

AGES = (0, 60, 24 * 60, 7 * 24 * 60)          # minutes waited, at least


def waited(created_at: datetime, now: datetime | None = None) -> str:
    """How long a petition has waited: "3 min", "2 h", "4 days"."""
    start = created_at if created_at.tzinfo else created_at.replace(tzinfo=timezone.utc)
    minutes = max(0, int(((now or datetime.now(timezone.utc)) - start).total_seconds() // 60))
    if minutes < 1:
        return tr("just now")
    if minutes < 60:
        return tr("%n min", minutes)
    if minutes < 48 * 60:
        return tr("%n h", minutes // 60)
    return tr("%n days", minutes // (24 * 60))


class PetitionFilters(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.caption = QLabel(objectName="FieldCaption")
        self.kind = QComboBox(objectName="KindFilter")
        self.branch = QComboBox(objectName="BranchFilter")
        self.age = QComboBox(objectName="AgeFilter")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.caption)
        for combo in (self.kind, self.branch, self.age):
            row.addWidget(combo)
            combo.currentIndexChanged.connect(self.changed)

    def fill(self, rows: list[PetitionView], branch_names: dict[int, str]) -> None:
        """The kinds and branches of `rows`, keeping what was chosen; texts in this language."""
        self.caption.setText(self.tr("Show:"))
        kinds = sorted({(p.kind, translate(p.kind_label)) for p in rows}, key=lambda k: k[1])
        branch_ids = sorted({p.branch_id for p in rows})
        for combo, everything, items in (
                (self.kind, self.tr("every kind"), kinds),
                (self.branch, self.tr("every branch"), [(b, branch_names.get(b, str(b))) for b in branch_ids]),
                (self.age, self.tr("any age"),
                 [(1, self.tr("waiting 1 h or more")), (2, self.tr("waiting 1 day or more")),
                  (3, self.tr("waiting 1 week or more"))])):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for data, text in items:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen is not None else 0)
            combo.blockSignals(False)

    def apply(self, rows: list[PetitionView]) -> list[PetitionView]:
        kind, branch, age = self.kind.currentData(), self.branch.currentData(), self.age.currentData()
        now = datetime.now(timezone.utc)
        least = AGES[age] if age else 0

        def old_enough(p: PetitionView) -> bool:
            start = p.created_at if p.created_at.tzinfo else p.created_at.replace(tzinfo=timezone.utc)
            return (now - start).total_seconds() >= least * 60
        return [p for p in rows if (kind is None or p.kind == kind)
                and (branch is None or p.branch_id == branch) and old_enough(p)]
