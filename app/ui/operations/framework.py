"""The operation panel: form -> confirmation -> result, the same for every counter operation.

A dialog over the member page with the three stages in a QStackedWidget. Enter takes the stage's
main step (Continue, Confirm, Print receipt; after printing, Back to search), Escape goes back
one stage: from the form it closes the panel (the teller stays on the member's page), from the
result the desk goes back to the search field for the next member. Nothing is posted before
Confirm. The idempotency key is made when the confirmation is shown and reused by every press of
Confirm, so a double Enter or a retry after an error posts at most once; Confirm is also disabled
while posting. A spec (spec.py) supplies the form and the service calls.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (QDialog, QHBoxLayout, QLabel, QPushButton, QStackedWidget,
                               QVBoxLayout, QWidget)

from app.services.errors import AuthenticationFailed, PermissionDenied, ValidationError
from app.services.operations import OperationPreview, OperationResult

from ..desk_context import DeskContext
from ..i18n import render_error
from .common import message_label, new_key, show_message
from .confirmation import ConfirmationPage
from .receipt import show_receipt
from .result_page import ResultPage
from .spec import FieldProblem, OperationSpec

FORM, CONFIRM, RESULT = range(3)


class OperationPanel(QDialog):
    """`posted(OperationResult)` after the service committed; `back_to_search` when the teller
    leaves the panel after posting (the main window puts the cursor in the search field)."""

    posted = Signal(object)
    back_to_search = Signal()

    def __init__(self, ctx: DeskContext, spec: OperationSpec, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("OperationPanel")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.ctx, self.spec = ctx, spec
        self.request: object = None
        self.preview: OperationPreview | None = None
        self.outcome: OperationResult | None = None
        self.key = ""
        self._posting = False

        self.heading = QLabel(spec.title(), objectName="PageTitle")
        self.notice = message_label("WarningLabel")
        self.form_error = message_label("ErrorLabel")
        self.form = spec.build_form()
        self.cancel_button = QPushButton(self.tr("Cancel (Esc)"), objectName="CancelButton")
        self.continue_button = QPushButton(self.tr("Continue (Enter)"), objectName="ContinueButton")
        self.continue_button.setProperty("primary", True)
        form_page = QWidget()
        column = QVBoxLayout(form_page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)
        column.addWidget(self.heading)
        column.addWidget(self.notice)
        column.addWidget(self.form)
        column.addStretch(1)
        column.addWidget(self.form_error)
        row = QHBoxLayout()
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        row.addWidget(self.continue_button)
        column.addLayout(row)
        self.confirmation = ConfirmationPage(ctx)
        self.result_page = ResultPage(ctx)
        self.stages = QStackedWidget()
        for page in (form_page, self.confirmation, self.result_page):
            self.stages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.addWidget(self.stages)

        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)          # Enter = the stage's main button, always
        self.cancel_button.clicked.connect(self.back)
        self.continue_button.clicked.connect(self.go_to_confirmation)
        self.confirmation.back_button.clicked.connect(self.back)
        self.confirmation.confirm_button.clicked.connect(self.confirm)
        self.result_page.print_button.clicked.connect(self.print_receipt)
        self.result_page.new_button.clicked.connect(self.new_operation)
        self.result_page.search_button.clicked.connect(self.leave)
        self.setWindowTitle(spec.title())
        self.setMinimumSize(600, 540)
        self._show_form()

    # --- stages --------------------------------------------------------------------------------

    def stage(self) -> int:
        return self.stages.currentIndex()

    def _set_stage(self, stage: int, default: QPushButton, focus: QWidget | None) -> None:
        self.stages.setCurrentIndex(stage)
        for button in self.findChildren(QPushButton):
            button.setDefault(button is default)
        self._focus_target = focus or default
        self._focus_target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_form(self) -> None:
        show_message(self.notice, self.spec.form_notice())
        self.continue_button.setEnabled(self.spec.can_continue())
        self._set_stage(FORM, self.continue_button, self.spec.first_focus())

    def go_to_confirmation(self) -> None:
        """Ask the service what would happen (nothing is written) and show it."""
        if self.stage() != FORM or not self.spec.can_continue():
            return
        show_message(self.form_error, "")
        try:
            request = self.spec.build_request()
            preview = self.spec.preview(request)
        except FieldProblem as exc:
            self._field_error(exc.field, exc.text)
            return
        except ValidationError as exc:
            self._field_error(exc.field, render_error(exc))
            return
        except Exception as exc:  # noqa: BLE001 - said on the form, not raised
            show_message(self.form_error, render_error(exc))
            return
        self.request, self.preview = request, preview
        self.key = new_key(self.spec.key_prefix)      # one key per confirmation shown
        self.confirmation.show_preview(self.spec, preview)
        default = (self.confirmation.confirm_button if preview.refusal is None
                   else self.confirmation.back_button)
        self._set_stage(CONFIRM, default, self.confirmation.first_focus())

    def _field_error(self, field: str, text: str) -> None:
        if not self.spec.show_field_error(field, text):
            show_message(self.form_error, text)

    def confirm(self) -> None:
        """Post the operation once; a second press replays the same key."""
        preview = self.preview
        if self._posting or self.stage() != CONFIRM or preview is None or preview.refusal:
            return
        missing = self.confirmation.missing_input()
        if missing is not None:
            missing.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        show_message(self.confirmation.error, "")
        request = self.spec.with_confirmation(
            self.request, override=self.confirmation.override_box.value() if preview.needs_override
            else None, funds_origin=self.confirmation.funds_origin())
        self._posting = True
        self.confirmation.confirm_button.setEnabled(False)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = self.spec.execute(request, self.key)
        except Exception as exc:  # noqa: BLE001 - said on the confirmation, nothing was posted
            self._confirm_failed(exc)
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
            self._posting = False
            self.confirmation.confirm_button.setEnabled(True)
        self.outcome = result
        self.result_page.show_result(self.spec, result)
        self._set_stage(RESULT, self.result_page.print_button, None)
        self.ctx.events.notify(result)
        self.posted.emit(result)

    def _confirm_failed(self, exc: BaseException) -> None:
        text = render_error(exc)
        field = getattr(exc, "field", "")
        if isinstance(exc, ValidationError) and field != "funds_origin" \
                and self.spec.show_field_error(field, text):
            self._show_form()                  # the form must change: back to it
            return
        if isinstance(exc, (PermissionDenied, AuthenticationFailed)) and self.preview.needs_override:
            text = self.tr("The supervisor's approval was refused: %1").replace("%1", text)
        self.confirmation.show_error(text, field)
        if isinstance(exc, (PermissionDenied, AuthenticationFailed)) and self.preview.needs_override:
            self.confirmation.override_box.clear_password()
            self.confirmation.override_box.password_edit.setFocus()

    def back(self) -> None:
        """Escape: one stage back; from the form (or the result) the panel closes."""
        if self._posting:
            return
        if self.stage() == CONFIRM:
            self.key = ""                       # the form may change: a new confirmation, a new key
            self._show_form()
        else:
            self.leave()

    def leave(self) -> None:
        """Close: accepted after a posting (the desk goes back to the search field), rejected
        when cancelled (the teller stays on the member's page)."""
        if self.outcome is not None:
            self.back_to_search.emit()
            self.accept()
        else:
            self.reject()

    def new_operation(self) -> None:
        self.request = self.preview = self.outcome = None
        self.key = ""
        self.spec.reset_form()
        self._show_form()

    def print_receipt(self) -> None:
        if self.outcome is None:
            return
        try:
            show_receipt(self, self.ctx, self.outcome.entry_id)
        except Exception as exc:  # noqa: BLE001 - the operation stands; say why there is no receipt
            self.result_page.show_error(render_error(exc))
        self._set_stage(RESULT, self.result_page.search_button, None)

    # --- keyboard ------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self._focus_target.setFocus(Qt.FocusReason.OtherFocusReason)   # QDialog picks its own

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape:
            self.back()
            return
        super().keyPressEvent(event)
