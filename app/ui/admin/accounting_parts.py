"""Small pieces the accountant's cards (trial_balance, journal_export) share: date fields, a
titled card, the business date, and asking where to save a CSV file and writing it."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QStandardPaths
from PySide6.QtWidgets import QDateEdit, QFileDialog, QFrame, QLabel, QVBoxLayout, QWidget

from app.services.institution import institution_view

from ..desk_context import DeskContext
from ..member_file.style import INPUTS
from ..retranslate import LiveText

CONTEXT = "ventanilla"
# Message labels inside a card: the desk's style sheet clears every label's background in a card
# (QFrame#Card QLabel), which would leave errors and results without their coloured box.
CARD_MESSAGES = """
QFrame#Card QLabel#ErrorLabel { background: #fdecea; }
QFrame#Card QLabel#DoneLabel { background: #e8f4ec; }
"""


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def date_of(edit: QDateEdit) -> date:
    d = edit.date()
    return date(d.year(), d.month(), d.day())


def date_edit(name: str, day: date) -> QDateEdit:
    """A date field as the desk writes dates (dd/MM/yyyy), with a calendar, showing `day`."""
    edit = QDateEdit(objectName=name, calendarPopup=True)
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setDate(qdate(day))
    return edit


def caption(buddy: QWidget) -> QLabel:
    label = QLabel()
    label.setBuddy(buddy)
    return label


def set_caption(label: QLabel, text: str) -> None:
    """Set a short caption ("&To") wide enough for its letters one by one: Qt measures the
    text kerned but draws it unkerned, and a tight "To" would lose its "o"."""
    label.setText(text)
    label.ensurePolished()
    label.setMinimumWidth(sum(label.fontMetrics().horizontalAdvance(c)
                              for c in text.replace("&", "")) + 2)


def card_column(frame: QFrame) -> tuple[QVBoxLayout, QLabel]:
    """Make `frame` a white card with a section title (its text: retranslate_ui); returns its
    column and the title label."""
    frame.setObjectName("Card")
    frame.setStyleSheet(INPUTS + CARD_MESSAGES)     # date fields drawn like the line edits
    column = QVBoxLayout(frame)
    column.setContentsMargins(18, 14, 18, 16)
    column.setSpacing(8)
    title = QLabel(objectName="SectionTitle")
    column.addWidget(title)
    return column, title


def current_business_date(ctx: DeskContext) -> date:
    try:
        return institution_view(ctx.ledger, ctx.actor).business_date
    except Exception:  # noqa: BLE001 - the date read at sign-in will do for a default
        return ctx.institution.business_date


def ask_save_csv(parent: QWidget, title: str, name: str) -> str:
    """Where to save a CSV file (starting in the documents folder with `name`); "" if cancelled.
    The path always ends in .csv."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    path, _filter = QFileDialog.getSaveFileName(
        parent, title, str(Path(folder) / name) if folder else name, _tr("CSV files (*.csv)"))
    if path and not path.lower().endswith(".csv"):
        path += ".csv"
    return path


def write_csv(path: str, text: str, error: LiveText, *, bom: bool = False) -> bool:
    """Write `text` as UTF-8 (with a BOM for spreadsheets when asked); a failure is said in
    `error` and returns False."""
    try:
        Path(path).write_text(text, encoding="utf-8-sig" if bom else "utf-8")
    except OSError as exc:
        error.show(lambda e=exc: _tr("The file could not be saved: %1")
                   .replace("%1", e.strerror or str(e)))
        return False
    return True
