"""The Holidays tab: the region whose holidays the calendar takes, and a year's holidays (the
`holidays` package's, in the user's language) with the administrator's overrides: close on an
extra day (a local festivity), open on a listed holiday, or go back to the calendar's verdict."""
from __future__ import annotations

from datetime import date

import holidays
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (QComboBox, QDateEdit, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QPushButton, QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout,
                               QWidget)

from app.domain.permissions import Permission
from app.services import institution_admin, settings
from app.services.settings import HolidayView

from ..desk_context import DeskContext
from ..formatting import business_date
from ..i18n import render_error
from ..retranslate import Retranslatable
from ..table_style import list_behaviour
from .common import Feedback, card


class HolidaysTab(Retranslatable, QWidget):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("HolidaysTab")
        self._ctx = ctx
        self.rows: list[HolidayView] = []
        editable = ctx.can(Permission.INSTITUTION_ADMIN)
        self.region_title = QLabel()
        self.region = QComboBox(objectName="RegionCombo")
        self.region.addItem("", "")
        try:
            aliases = holidays.country_holidays(ctx.profile.country).get_subdivision_aliases()
        except (AttributeError, NotImplementedError):
            aliases = {}
        for code in holidays.list_supported_countries().get(ctx.profile.country, []):
            names = aliases.get(code) or []
            self.region.addItem(f"{code} · {names[0]}" if names else code, code)
        self.region.setMinimumWidth(260)
        self.region_button = QPushButton(objectName="ApplyRegion", autoDefault=False)
        region_row = QHBoxLayout()
        region_row.addWidget(self.region)
        region_row.addWidget(self.region_button)
        region_row.addStretch(1)
        region_card, region_col = card(self.region_title)
        region_col.addLayout(region_row)

        self.year = QSpinBox(objectName="HolidayYear")
        self.year.setRange(2000, 2100)
        self.year.setValue(ctx.institution.business_date.year)
        self.year_caption = QLabel()
        self.year_caption.setBuddy(self.year)
        self.table = QTableWidget(0, 3, objectName="HolidayTable")
        list_behaviour(self.table)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.toggle_button = QPushButton(objectName="ToggleHoliday", autoDefault=False)
        self.reset_button = QPushButton(objectName="ResetHoliday", autoDefault=False)
        self.day = QDateEdit(QDate.currentDate(), objectName="ExtraDay", calendarPopup=True)
        self.day.setDisplayFormat("dd/MM/yyyy")
        self.day_name = QLineEdit(objectName="ExtraDayName", maxLength=100)
        self.add_button = QPushButton(objectName="AddClosing", autoDefault=False)
        self.feedback = Feedback()
        head = QHBoxLayout()
        head.addWidget(self.year_caption)
        head.addWidget(self.year)
        head.addStretch(1)
        head.addWidget(self.toggle_button)
        head.addWidget(self.reset_button)
        add_row = QHBoxLayout()
        add_row.addWidget(self.day)
        add_row.addWidget(self.day_name, 1)
        add_row.addWidget(self.add_button)
        self.list_title = QLabel()
        list_card, list_col = card(self.list_title)
        list_col.addLayout(head)
        list_col.addWidget(self.table, 1)
        list_col.addLayout(add_row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.feedback.done_label)
        layout.addWidget(self.feedback.error_label)
        layout.addWidget(region_card)
        layout.addWidget(list_card, 1)
        for w in (self.region, self.region_button, self.toggle_button, self.reset_button,
                  self.day, self.day_name, self.add_button):
            w.setEnabled(editable)
        self.year.valueChanged.connect(self.refresh)
        self.region_button.clicked.connect(self.apply_region)
        self.toggle_button.clicked.connect(self.toggle_selected)
        self.reset_button.clicked.connect(self.reset_selected)
        self.add_button.clicked.connect(self.add_closing)
        self.retranslate_ui()
        self._load_region()
        self.refresh()

    def retranslate_ui(self) -> None:
        self.region_title.setText(self.tr("Region of the calendar"))
        self.region.setItemText(0, self.tr("The whole country"))
        self.region_button.setText(self.tr("Apply"))
        self.list_title.setText(self.tr("Holidays"))
        self.year_caption.setText(self.tr("&Year"))
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Holiday"), self.tr("The institution")])
        self.toggle_button.setText(self.tr("Open / close that day"))
        self.reset_button.setText(self.tr("As the calendar says"))
        self.day_name.setPlaceholderText(self.tr("Name, e.g. the town's festivity"))
        self.add_button.setText(self.tr("&Close on this day"))
        self._fill()
        self.feedback.retranslate()

    def _load_region(self) -> None:
        try:
            region = institution_admin.institution_record(self._ctx.ledger, self._ctx.actor).region
        except Exception:  # noqa: BLE001 - the list below says what failed
            return
        self.region.setCurrentIndex(max(0, self.region.findData(region or "")))

    def refresh(self) -> None:
        try:
            self.rows = settings.holidays_of(self._ctx.ledger, self._ctx.actor, self.year.value(),
                                             self._ctx.actor.language)
        except Exception as exc:  # noqa: BLE001
            self.feedback.error.show(lambda e=exc: render_error(e))
            return
        self._fill()

    def _verdict(self, h: HolidayView) -> str:
        if h.source == "opened":
            return self.tr("Opens (changed here)")
        if h.source == "added":
            return self.tr("Closed (added here)")
        return self.tr("Closed")

    def _fill(self) -> None:
        self.table.setRowCount(len(self.rows))
        for row, h in enumerate(self.rows):
            cells = (business_date(h.day, self._ctx.profile), h.name, self._verdict(h))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, h.day.toordinal())
                self.table.setItem(row, column, item)

    def selected(self) -> HolidayView | None:
        items = self.table.selectedItems()
        if not items:
            return None
        day = date.fromordinal(items[0].data(Qt.ItemDataRole.UserRole))
        return next((h for h in self.rows if h.day == day), None)

    def _run(self, call, done) -> bool:  # noqa: ANN001
        self.feedback.clear()
        try:
            call()
        except Exception as exc:  # noqa: BLE001 - the service's refusal
            self.feedback.error.show(lambda e=exc: render_error(e))
            return False
        self.refresh()
        self.feedback.done.show(done)
        self._ctx.events.notify(None)
        return True

    def apply_region(self) -> bool:
        region = self.region.currentData() or None
        label = self.region.currentText()
        return self._run(lambda: institution_admin.set_region(self._ctx.ledger, self._ctx.actor, region),
                         lambda: self.tr("The calendar now follows the holidays of %1.").replace("%1", label))

    def toggle_selected(self) -> bool:
        h = self.selected()
        if h is None:
            return False
        when = business_date(h.day, self._ctx.profile)
        return self._run(lambda: settings.set_holiday(self._ctx.ledger, self._ctx.actor, h.day,
                                                      closed=not h.closed, name=h.name),
                         (lambda: self.tr("The institution opens on %1.").replace("%1", when)) if h.closed
                         else (lambda: self.tr("The institution is closed on %1.").replace("%1", when)))

    def reset_selected(self) -> bool:
        h = self.selected()
        if h is None:
            return False
        when = business_date(h.day, self._ctx.profile)
        return self._run(lambda: settings.remove_holiday_override(self._ctx.ledger, self._ctx.actor, h.day),
                         lambda: self.tr("%1 is as the calendar says again.").replace("%1", when))

    def add_closing(self) -> bool:
        qd = self.day.date()
        day = date(qd.year(), qd.month(), qd.day())
        name = self.day_name.text()
        when = business_date(day, self._ctx.profile)
        if self.year.value() != day.year:
            self.year.setValue(day.year)
        return self._run(lambda: settings.set_holiday(self._ctx.ledger, self._ctx.actor, day, closed=True, name=name),
                         lambda: self.tr("The institution is closed on %1.").replace("%1", when))
