"""What one counter operation defines for the operation panel (framework.py).

A spec builds its form, turns the form into a service request, and names the service calls that
preview and execute it. Everything else (the confirmation screen, the supervisor on the spot, the
origin-of-funds declaration, the idempotency key, the receipt, the keyboard) is the panel's.
"""
from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QWidget

from app.services.operations import OperationPreview, OperationResult, Override

from ..desk_context import DeskContext


class FieldProblem(Exception):
    """A form value refused before the service is asked (an amount that does not parse...)."""

    def __init__(self, field: str, text: str):
        super().__init__(text)
        self.field = field
        self.text = text


class OperationSpec:
    """Subclass per operation. `ctx` and the member the operation is for are given."""

    key_prefix = "op"          # idempotency keys: "<prefix>-<uuid>"

    def __init__(self, ctx: DeskContext, member_id: int):
        self.ctx = ctx
        self.member_id = member_id

    # --- the form ------------------------------------------------------------------------------

    def title(self) -> str:
        """The operation's name, translated ("Cash deposit")."""
        raise NotImplementedError

    def build_form(self) -> QWidget:
        """The form's widget; called once by the panel."""
        raise NotImplementedError

    def first_focus(self) -> QWidget | None:
        """Where the cursor goes when the form is shown."""
        return None

    def reset_form(self) -> None:
        """For "New operation": the form as for a new one, for the same member."""

    def form_notice(self) -> str:
        """A warning shown above the form before anything is typed ("your drawer is closed")."""
        return ""

    def can_continue(self) -> bool:
        """False when the form cannot be filled at all (the member has no savings account)."""
        return True

    def build_request(self) -> object:
        """The service request for what the form holds; FieldProblem for a bad field."""
        raise NotImplementedError

    def show_field_error(self, field: str, text: str) -> bool:
        """Show `text` under the form field named `field` (a service ValidationError's field);
        False when the form has no such field (the panel then shows it above the form)."""
        return False

    # --- the services --------------------------------------------------------------------------

    def preview(self, request: object) -> OperationPreview:
        raise NotImplementedError

    def execute(self, request: object, idempotency_key: str) -> OperationResult:
        raise NotImplementedError

    def with_confirmation(self, request: object, *, override: Override | None,
                          funds_origin: str) -> object:
        """The request completed with what the confirmation screen asked for. The default suits
        dataclass requests with `override` and `funds_origin` fields."""
        names = {f.name for f in dataclasses.fields(request)}  # type: ignore[arg-type]
        changes: dict[str, object] = {}
        if "override" in names:
            changes["override"] = override
        if "funds_origin" in names:
            changes["funds_origin"] = funds_origin
        return dataclasses.replace(request, **changes)  # type: ignore[type-var]

    # --- the words -----------------------------------------------------------------------------

    def summary(self, preview: OperationPreview) -> str:
        """What will happen, in one plain sentence, for the confirmation screen."""
        raise NotImplementedError

    def extra_rows(self, preview: OperationPreview) -> list[tuple[str, object]]:
        """Rows (label, amount) shown after the preview's own lines (a total...)."""
        return []

    def done_text(self, result: OperationResult) -> str:
        """What was done, in one sentence, for the result screen."""
        raise NotImplementedError
