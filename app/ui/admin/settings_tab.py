"""The Settings tab: the profile settings every desk shares (limits, cash rules, rounding, number
format, VAT and withholding, idle lock) and the fee schedule. Each setting is edited the way it
is shown: amounts in the institution's format, rates as percentages, minutes, yes/no, a choice.
Save sends every change at once (`settings.set_settings`): one bad value names its setting and
nothing is written."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QSpinBox, QVBoxLayout, QWidget)

from app.domain.errors import FieldError
from app.domain.money import InvalidAmount, currency, format_amount, parse_amount
from app.domain.permissions import Permission
from app.domain.settings import CHOICE_LABELS, SETTINGS, Setting, parse_percent, percent_text
from app.services import settings
from app.services.errors import ValidationError

from ..desk_context import DeskContext
from ..i18n import render_error, tr_msg, translate
from ..member_file.fields import FieldRows
from ..retranslate import Retranslatable
from .common import Feedback, card, scrolling
from .fees_card import FeesCard


def _editor(setting: Setting) -> QWidget:
    if setting.unit == "flag":
        return QCheckBox()
    if setting.unit == "choice":
        combo = QComboBox()
        for choice in setting.choices:
            combo.addItem(choice, choice)
        combo.setMaximumWidth(320)
        return combo
    if setting.unit == "minutes":
        box = QSpinBox()
        box.setRange(int(setting.minimum or 0), int(setting.maximum or 999))
        box.setMaximumWidth(120)
        return box
    edit = QLineEdit(maxLength=20)
    edit.setMaximumWidth(180)
    return edit


class SettingsTab(Retranslatable, QWidget):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("SettingsTab")
        self._ctx = ctx
        self._cur = currency(ctx.profile.currency)
        self.values: dict[str, object] = {}
        self.inputs: dict[str, QWidget] = {s.key: _editor(s) for s in SETTINGS}
        self.rows = FieldRows(self.inputs)
        form = QFormLayout()
        for s in SETTINGS:
            self.rows.add(form, s.key, "")
        self.title = QLabel()
        self.note = QLabel(objectName="FieldNote", wordWrap=True)
        self.feedback = Feedback()
        self.save_button = QPushButton(objectName="SaveSettings")
        self.save_button.setProperty("primary", True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.feedback.done_label, 1)
        buttons.addStretch(0)
        buttons.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight)
        settings_card, column = card(self.title, self.note)
        column.addLayout(form)
        column.addWidget(self.feedback.error_label)
        column.addLayout(buttons)
        self.fees = FeesCard(ctx)
        inner = QWidget()
        row = QHBoxLayout(inner)
        row.setContentsMargins(0, 4, 8, 4)
        row.setSpacing(12)
        left = QVBoxLayout()
        left.addWidget(settings_card)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.fees)
        right.addStretch(1)
        row.addLayout(left, 3)
        row.addLayout(right, 2)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(inner))
        editable = ctx.can(Permission.INSTITUTION_ADMIN)
        for w in self.inputs.values():
            w.setEnabled(editable)
        self.save_button.setVisible(editable)
        self.save_button.clicked.connect(self.save)
        self.retranslate_ui()
        self.load()

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Limits, cash rules and formats"))
        self.note.setText(self.tr("Shared by every desk of this ledger; operations follow a change "
                                  "at once, the number format and the idle lock from each desk's "
                                  "next sign-in."))
        for s in SETTINGS:
            caption = translate(s.label)
            if s.unit == "money":
                caption += f" ({self._ctx.profile.currency})"
            elif s.unit == "rate":
                caption += " (%)"
            self.rows.set_caption(s.key, caption)
            widget = self.inputs[s.key]
            if s.unit == "choice":
                for i, choice in enumerate(s.choices):
                    widget.setItemText(i, translate(CHOICE_LABELS[choice]) if choice in CHOICE_LABELS else choice)
            elif s.unit == "minutes":
                widget.setSuffix(" " + self.tr("min"))
        self.save_button.setText(self.tr("&Save settings"))
        self.feedback.retranslate()

    # --- values <-> editors --------------------------------------------------------------------

    def load(self) -> None:
        try:
            self.values = settings.get_settings(self._ctx.ledger, self._ctx.actor)
        except Exception as exc:  # noqa: BLE001
            self.feedback.error.show(lambda e=exc: render_error(e))
            return
        for s in SETTINGS:
            self._show(s, self.values[s.key])

    def _show(self, s: Setting, value: object) -> None:
        widget = self.inputs[s.key]
        if s.unit == "flag":
            widget.setChecked(bool(value))
        elif s.unit == "choice":
            widget.setCurrentIndex(max(0, widget.findData(value)))
        elif s.unit == "minutes":
            widget.setValue(int(value))
        elif s.unit == "rate":
            widget.setText(percent_text(Decimal(value), self._ctx.number_format.decimal))
        else:
            widget.setText(format_amount(Decimal(value), self._ctx.number_format, self._cur))

    def _read(self, s: Setting) -> object:
        """The typed value, as the service takes it; FieldError when it cannot be read."""
        widget = self.inputs[s.key]
        if s.unit == "flag":
            return widget.isChecked()
        if s.unit == "choice":
            return widget.currentData()
        if s.unit == "minutes":
            return widget.value()
        if s.unit == "rate":
            return parse_percent(s.key, widget.text())
        try:
            return parse_amount(widget.text(), self._ctx.number_format, self._cur, allow_zero=True)
        except InvalidAmount as exc:
            raise FieldError(s.key, exc.msg) from None

    def changes(self) -> dict[str, object]:
        """The settings whose editor differs from the stored value (FieldError for a bad one)."""
        out = {}
        for s in SETTINGS:
            value = self._read(s)
            if value != self.values.get(s.key):
                out[s.key] = value
        return out

    def save(self) -> bool:
        self.feedback.clear()
        for s in SETTINGS:
            self.rows.set_error(s.key, "")
        try:
            changes = self.changes()
            if not changes:
                self.feedback.done.show(lambda: self.tr("Nothing to save: every setting is as stored."))
                return True
            self.values = settings.set_settings(self._ctx.ledger, self._ctx.actor, changes)
        except (FieldError, ValidationError) as exc:
            self.rows.set_error(exc.field, tr_msg(exc.msg))
            self.inputs[exc.field].setFocus()
            return False
        except Exception as exc:  # noqa: BLE001 - a refusal, said on the tab
            self.feedback.error.show(lambda e=exc: render_error(e))
            return False
        for s in SETTINGS:
            self._show(s, self.values[s.key])
        n = len(changes)
        self.feedback.done.show(lambda: self.tr("%n setting(s) saved.", "", n))
        self._ctx.events.notify(None)
        return True
