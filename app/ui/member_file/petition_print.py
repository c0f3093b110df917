"""The printed petition form (for the member's signature), shown in the PDF preview."""
from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QWidget

from app.documents.petition_form import build_petition_form
from app.services.petition_forms import petition_form

from ..desk_context import DeskContext
from ..i18n import translate
from ..operations import receipt as receipt_ui
from ..operations.common import tr


def petition_pdf(ctx: DeskContext, petition_id: int) -> bytes:
    return build_petition_form(petition_form(ctx.ledger, ctx.actor, petition_id), translate)


def show_petition_form(parent: QWidget, ctx: DeskContext, petition_id: int) -> object:
    pdf = petition_pdf(ctx, petition_id)
    return receipt_ui._show_pdf(parent, pdf, tr("Petition %1").replace("%1", str(petition_id)),
                                f"petition-{petition_id}.pdf")


def print_button(parent: QWidget) -> QPushButton:
    """"Print the petition form", hidden until a petition is filed."""
    button = QPushButton(tr("Print the petition f&orm…"), parent, objectName="PrintPetition",
                         autoDefault=False, visible=False)
    return button
