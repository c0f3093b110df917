"""Receipts on screen: read back from the ledger, built as a PDF, shown with Print and Save."""
from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.documents.receipt import build_receipt
from app.services import receipts

from ..desk_context import DeskContext
from ..i18n import translate
from .common import tr


def receipt_pdf(ctx: DeskContext, entry_id: int) -> tuple[bytes, str]:
    """(PDF bytes, receipt number) of a posted entry, in the desk's language."""
    data = receipts.receipt_data(ctx.ledger, ctx.actor, entry_id)
    return build_receipt(data, ctx.actor.language or "en", translate), data.receipt


def _show_pdf(parent: QWidget, pdf: bytes, title: str, suggested_name: str) -> object:
    from ..pdf_preview import show_pdf      # the shared preview (Print, Save)
    return show_pdf(parent, pdf, title, suggested_name)


def show_receipt(parent: QWidget, ctx: DeskContext, entry_id: int) -> object:
    """Open the receipt of `entry_id` in the PDF preview; errors propagate to the caller."""
    pdf, number = receipt_pdf(ctx, entry_id)
    title = tr("Receipt %1").replace("%1", number)
    return _show_pdf(parent, pdf, title, f"receipt-{number}.pdf")
