"""Pieces of the member form: labelled rows with an error line under each field, strict dates
(dd/mm/yyyy) and the labels of document types and risk ratings."""
from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (QFormLayout, QHBoxLayout, QLabel, QLineEdit, QSizePolicy,
                               QVBoxLayout, QWidget)

from ..member_summary import DOCUMENT_TYPES  # noqa: F401  (re-exported for the form)

RISK_LABELS = {"low": QT_TRANSLATE_NOOP("ventanilla", "Low"),
               "medium": QT_TRANSLATE_NOOP("ventanilla", "Medium"),
               "high": QT_TRANSLATE_NOOP("ventanilla", "High")}
_DATE = re.compile(r"\s*(\d{1,2})/(\d{1,2})/(\d{4})\s*")


def _tr(text: str) -> str:
    return QCoreApplication.translate("MemberForm", text)


class DateField(QLineEdit):
    """A date typed as dd/mm/yyyy; empty means none."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setMaxLength(10)
        self.setPlaceholderText(_tr("dd/mm/yyyy"))

    def set_date(self, value: date | None) -> None:
        self.setText("" if value is None else value.strftime("%d/%m/%Y"))


def parse_date(text: str) -> date | None:
    """None for an empty text; ValueError (with the message to show) for anything but a real
    date written dd/mm/yyyy."""
    if not text.strip():
        return None
    match = _DATE.fullmatch(text)
    if match is None:
        raise ValueError(_tr("Type the date as dd/mm/yyyy, for example 31/12/1980."))
    day, month, year = (int(g) for g in match.groups())
    try:
        return date(year, month, day)
    except ValueError:
        raise ValueError(_tr("There is no such date: check the day and the month.")) from None


def parse_dates(texts: dict[str, str]) -> tuple[dict[str, date | None], dict[str, str]]:
    """(field -> date or None, field -> message for the ones that cannot be read)."""
    values: dict[str, date | None] = {}
    problems: dict[str, str] = {}
    for name, text in texts.items():
        try:
            values[name] = parse_date(text)
        except ValueError as exc:
            values[name] = None
            problems[name] = str(exc)
    return values, problems


class FieldRows:
    """Rows of QFormLayouts: a caption, the field (plus an optional button) and a small red line
    under it for what is wrong. `order` lists the fields as they appear."""

    def __init__(self, inputs: dict[str, QWidget]):
        self.inputs = inputs
        self.order: list[str] = []
        self.captions: dict[str, QLabel] = {}
        self.errors: dict[str, QLabel] = {}
        self._cells: dict[str, tuple[QFormLayout, QWidget]] = {}

    @staticmethod
    def _prepare(form: QFormLayout) -> None:
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(1)

    def section(self, form: QFormLayout, title: str) -> None:
        if form.rowCount() == 0:
            self._prepare(form)
        label = QLabel(title)
        label.setProperty("role", "section")
        label.setContentsMargins(0, 6 if form.rowCount() else 0, 0, 4)
        form.addRow(label)

    def add(self, form: QFormLayout, name: str, caption: str, extra: QWidget | None = None,
            extra_below: bool = False) -> None:
        """A row for `name`; `extra` (a button) beside the field, or under it."""
        if form.rowCount() == 0:
            self._prepare(form)
        widget = self.inputs[name]
        error = QLabel(objectName=f"error_{name}", wordWrap=True)
        error.setProperty("role", "field-error")
        error.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        error.ensurePolished()
        error.setMinimumHeight(error.fontMetrics().height() + 2)
        # QFormLayout centres the caption on the whole cell (field + error line): a bottom
        # margin as tall as the error line puts it level with the field.
        label = QLabel(caption, objectName=f"caption_{name}")
        label.setBuddy(widget)
        label.setContentsMargins(0, 0, 0, error.minimumHeight() + 1)
        cell = QWidget()
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        if extra is None or extra_below:
            column.addWidget(widget)
            if extra is not None:
                column.addWidget(extra, 0, Qt.AlignmentFlag.AlignLeft)
        else:
            line = QHBoxLayout()
            line.setSpacing(8)
            line.addWidget(widget, 1)
            line.addWidget(extra)
            column.addLayout(line)
        column.addWidget(error)
        form.addRow(label, cell)
        self.order.append(name)
        self.captions[name], self.errors[name] = label, error
        self._cells[name] = (form, cell)

    def set_error(self, name: str, text: str) -> None:
        if name in self.errors:
            self.errors[name].setText(text)

    @staticmethod
    def grow_to_fit(window: QWidget) -> None:
        """A message that wraps to a second line needs room: make the window taller (never
        shorter, so the fields do not jump while typing)."""
        layout = window.layout()
        layout.activate()
        needed = (layout.totalHeightForWidth(window.width()) if layout.hasHeightForWidth()
                  else layout.totalSizeHint().height())
        if needed > window.height():
            window.resize(window.width(), needed)

    def error(self, name: str) -> str:
        return self.errors[name].text() if name in self.errors else ""

    def set_caption(self, name: str, text: str) -> None:
        self.captions[name].setText(text)

    def set_visible(self, name: str, visible: bool) -> None:
        if name in self._cells:
            form, cell = self._cells[name]
            form.setRowVisible(cell, visible)

    def is_visible(self, name: str) -> bool:
        form, cell = self._cells[name]
        return form.isRowVisible(cell)
