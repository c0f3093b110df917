"""What the Movements tab makes from a range: the CSV file, the statement PDF, a receipt reprint.

Each returns the work as a plain function of services and documents (no widget), so the view
can run the long ones off the GUI thread.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from app.documents.receipt import build_receipt
from app.documents.statement import build_statement
from app.services import movements, receipts

from PySide6.QtCore import QStandardPaths

from ..desk_context import DeskContext
from ..i18n import translate

FETCH_PAGE = 1_000


def suggested_path(kind: str, account: str, rng: movements.MovementRange, suffix: str) -> str:
    """Where Save as starts: the documents folder, a name that says account and period."""
    name = f"{kind}-{account}-{rng.date_from:%Y%m%d}-{rng.date_to:%Y%m%d}.{suffix}"
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return str(Path(folder) / name) if folder else name


def csv_work(ctx: DeskContext, rng: movements.MovementRange, headers: tuple[str, ...],
             path: str) -> Callable[[], str]:
    """Write the range to `path` as CSV (UTF-8 with a BOM, so spreadsheets read the accents)."""
    def work() -> str:
        text = movements.export_csv(ctx.ledger, ctx.actor, rng, ctx.number_format, headers)
        Path(path).write_text(text, encoding="utf-8-sig")
        return path
    return work


def statement_work(ctx: DeskContext, rng: movements.MovementRange) -> Callable[[], bytes]:
    """The statement PDF of the range, its movements oldest first, in the desk's language."""
    def work() -> bytes:
        header = movements.statement_header(ctx.ledger, ctx.actor, rng)
        rows: list[movements.Movement] = []
        for start in range(rng.first_seq, rng.last_seq + 1, FETCH_PAGE):
            seqs = list(range(start, min(start + FETCH_PAGE, rng.last_seq + 1)))
            rows += movements.fetch(ctx.ledger, ctx.actor, rng.account_id, seqs)
        return build_statement(header, rows, ctx.number_format, translate,
                               ctx.institution.business_date)
    return work


def receipt_pdf(ctx: DeskContext, entry_id: int) -> tuple[bytes, str]:
    """The receipt of a posted entry, as first printed, in the teller's language; and its number."""
    data = receipts.receipt_data(ctx.ledger, ctx.actor, entry_id)
    return build_receipt(data, ctx.actor.language, translate), data.receipt
