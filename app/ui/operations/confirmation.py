"""The confirmation screen of an operation: what will happen, in plain words, before anything is
posted. Accounts, amounts, fees and taxes, the resulting balance and the warnings; a refusal in red
(and no Confirm); the supervisor's sign-in and the origin-of-funds declaration when the preview
asks for them."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QFrame, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QScrollArea, QVBoxLayout, QWidget)

from app.services.operations import OperationPreview

from ..desk_context import DeskContext
from ..override_dialog import OverrideBox
from .common import field_error_label, message_label, money_text, say, show_message
from .spec import OperationSpec


class ConfirmationPage(QWidget):
    """`show_preview(spec, preview)` fills it; the panel owns the buttons' behaviour."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self.preview: OperationPreview | None = None
        self.heading = QLabel(objectName="PageTitle")
        self.sentence = QLabel(objectName="Sentence", wordWrap=True)
        self.sentence.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QFrame(objectName="Card")
        self.grid = QGridLayout(self.details)
        self.grid.setContentsMargins(16, 12, 16, 12)
        self.grid.setHorizontalSpacing(24)
        self.grid.setVerticalSpacing(6)
        self.grid.setColumnStretch(1, 1)
        self.warnings = message_label("WarningLabel")
        self.refusal = message_label("RefusalLabel")
        self.override_box = OverrideBox()
        self.origin_label = QLabel(self.tr("&Origin of the funds (the member's declaration)"),
                                   objectName="FieldCaption")
        self.origin_edit = QLineEdit(objectName="FundsOrigin", maxLength=2000)
        self.origin_edit.setPlaceholderText(self.tr("e.g. sale of a vehicle, salary, harvest"))
        self.origin_label.setBuddy(self.origin_edit)
        self.origin_error = field_error_label()
        self.error = message_label("ErrorLabel")
        self.back_button = QPushButton(self.tr("Back (Esc)"), objectName="BackButton")
        self.confirm_button = QPushButton(self.tr("Confirm (Enter)"), objectName="ConfirmButton")
        self.confirm_button.setProperty("primary", True)

        body = QWidget(objectName="PageBody")
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 8, 0)
        column.setSpacing(10)
        for w in (self.heading, self.sentence, self.details, self.warnings, self.refusal,
                  self.override_box, self.origin_label, self.origin_edit, self.origin_error):
            column.addWidget(w)
        column.addStretch(1)
        scroll = QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.confirm_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

    # --- filling -------------------------------------------------------------------------------

    def show_preview(self, spec: OperationSpec, preview: OperationPreview) -> None:
        self.preview = preview
        ctx = self._ctx
        self.heading.setText(say(ctx, preview.title))
        self.sentence.setText(spec.summary(preview))
        self._fill_grid(spec, preview)
        show_message(self.warnings, "\n".join("⚠ " + say(ctx, w) for w in preview.warnings))
        refused = preview.refusal is not None
        show_message(self.refusal, self.tr("This operation cannot be done.") + "\n"
                     + say(ctx, preview.refusal) if refused else "")
        self.override_box.setVisible(preview.needs_override and not refused)
        self.override_box.clear()
        declaring = preview.needs_declaration and not refused
        for w in (self.origin_label, self.origin_edit):
            w.setVisible(declaring)
        self.origin_edit.clear()
        show_message(self.origin_error, "")
        show_message(self.error, "")
        self.confirm_button.setVisible(not refused)
        self.confirm_button.setEnabled(not refused)

    def _fill_grid(self, spec: OperationSpec, p: OperationPreview) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        ctx = self._ctx
        rows: list[tuple[str, str, str]] = [
            (self.tr("Member"), p.member_name, ""),
            (self.tr("Acting at the counter"), p.acting_name, ""),
            (self.tr("Account"), p.account_number, ""),
        ]
        rows += [(say(ctx, line.label), money_text(ctx, line.amount, p.currency), "Amount")
                 for line in p.lines]
        rows += [(label, money_text(ctx, value, p.currency), "Amount")
                 for label, value in spec.extra_rows(p)]
        if p.refusal is None:                  # a refused operation leaves no balance behind
            rows.append((self.tr("Balance after the operation"),
                         money_text(ctx, p.balance_after, p.currency), "Total"))
        for r, (label, value, kind) in enumerate(rows):
            caption = QLabel(label, objectName="GridCaption")
            shown = QLabel(value, objectName=f"Grid{kind or 'Value'}")
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            if kind:
                shown.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.grid.addWidget(caption, r, 0)
            self.grid.addWidget(shown, r, 1)

    # --- what the confirmation asks for --------------------------------------------------------

    def first_focus(self) -> QWidget:
        p = self.preview
        if p is not None and p.refusal is None:
            if p.needs_override:
                return self.override_box.missing_field() or self.confirm_button
            if p.needs_declaration:
                return self.origin_edit
            return self.confirm_button
        return self.back_button

    def funds_origin(self) -> str:
        return self.origin_edit.text().strip()

    def missing_input(self) -> QWidget | None:
        """The first thing the confirmation still needs, after saying so; None when complete."""
        p = self.preview
        if p is None:
            return None
        if p.needs_declaration and not self.funds_origin():
            show_message(self.origin_error, self.tr("Write where the money comes from, as the "
                                                    "member declares it."))
            return self.origin_edit
        show_message(self.origin_error, "")
        if p.needs_override:
            missing = self.override_box.missing_field()
            if missing is not None:
                show_message(self.error, self.tr("A supervisor must type their user name and "
                                                 "password to approve this operation."))
                return missing
        return None

    def show_error(self, text: str, field: str = "") -> None:
        if field == "funds_origin":
            show_message(self.origin_error, text)
        else:
            show_message(self.error, text)
