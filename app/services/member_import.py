"""Importing members from a CSV file, with the same rules and messages as the desk.

Every row is validated first. A document already registered, or twice in the file, is a bad row.
Without `skip_invalid` one bad row imports nothing; with it the good rows are imported in one
transaction. Errors name the file line where the record starts (the header is line 1) and the
column. `preview_members` runs the same validation in a read-only unit of work and returns every
row with its verdict, so the desk can show what an import would do before anything is written.
"""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from ..domain.errors import FieldError
from ..domain.member_form import CleanMember, MemberInput, clean_member
from ..domain.messages import Msg, N_
from ..domain.permissions import Permission
from ..models import Institution, Member
from .context import Actor, Ledger, UnitOfWork
from .errors import ValidationError
from .members import next_member_number, register_many

REQUIRED = ("document", "given_names", "surnames")
OPTIONAL = ("document_type", "birth_date", "email", "phone", "address", "external_account")
# Where a field's error is reported: the file's column for that field.
COLUMN_OF = {"legal_name": "given_names", "bank_account": "external_account",
             "bank_name": "external_account"}


@dataclass(frozen=True)
class RowError:
    line: int
    column: str
    reason: Msg


@dataclass(frozen=True)
class ImportResult:
    rows: int
    imported: int
    errors: tuple[RowError, ...]


@dataclass(frozen=True)
class PreviewRow:
    """One record of the file: where it starts, its document and name (normalised when the row
    is good, as written when not) and what is wrong with it (nothing: it would be imported)."""
    line: int
    document: str
    name: str
    errors: tuple[RowError, ...]

    @property
    def ok(self) -> bool:
        return not self.errors


@dataclass(frozen=True)
class ImportPreview:
    """Every record in file order; `header_errors` (line 1) when the file cannot be read as a
    member list at all (then `rows` is empty and nothing would be imported)."""
    rows: tuple[PreviewRow, ...]
    header_errors: tuple[RowError, ...] = ()

    @property
    def good(self) -> int:
        return sum(1 for r in self.rows if r.ok)

    @property
    def bad(self) -> int:
        return len(self.rows) - self.good

    @property
    def errors(self) -> tuple[RowError, ...]:
        """Every error, as `import_members` reports them."""
        return self.header_errors + tuple(e for r in self.rows for e in r.errors)


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ValidationError("document", Msg.of(N_("The file is not UTF-8 text."))) from None


def _delimiter(header: str) -> str:
    return ";" if header.count(";") > header.count(",") else ","


def read_rows(data: bytes) -> tuple[list[str], list[tuple[int, dict[str, str]]]]:
    """The header and (starting line, record) pairs."""
    text = _decode(data)
    first = text.split("\n", 1)[0]
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=_delimiter(first))
    header = [h.strip() for h in (reader.fieldnames or [])]
    reader.fieldnames = header
    rows = []
    end = reader.line_num
    for record in reader:
        start, end = end + 1, reader.line_num
        if not any((v or "").strip() for k, v in record.items() if k):
            continue
        rows.append((start, {k: (v or "").strip() for k, v in record.items() if k}))
    return header, rows


def _parse_date(line: int, value: str) -> date | None | RowError:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return RowError(line, "birth_date", Msg.of(N_("Use the form YYYY-MM-DD.")))


def validate(uow: UnitOfWork, header: list[str], rows) -> tuple[list[tuple[int, CleanMember]], list[RowError]]:  # noqa: ANN001
    errors: list[RowError] = []
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        return [], [RowError(1, c, Msg.of(N_("The header has no column {column}."), column=c))
                    for c in missing]
    profile, today = uow.profile(), uow.business_date()
    registered = set(uow.session.execute(select(Member.document)).scalars())
    seen: dict[str, int] = {}
    good = []
    for line, rec in rows:
        birth = _parse_date(line, rec.get("birth_date", ""))
        if isinstance(birth, RowError):
            errors.append(birth)
            continue
        data = MemberInput(document=rec["document"], given_names=rec["given_names"],
                           surnames=rec["surnames"], document_type=rec.get("document_type", ""),
                           birth_date=birth, email=rec.get("email", ""), phone=rec.get("phone", ""),
                           address=rec.get("address", ""), bank_account=rec.get("external_account", ""))
        try:
            clean = clean_member(profile, data, today)
        except FieldError as exc:
            errors.append(RowError(line, COLUMN_OF.get(exc.field, exc.field), exc.msg))
            continue
        if clean.document in registered:
            errors.append(RowError(line, "document", Msg.of(N_("This document is already registered."))))
        elif clean.document in seen:
            errors.append(RowError(line, "document", Msg.of(N_(
                "This document is also on line {other} of the file."), other=seen[clean.document])))
        else:
            seen[clean.document] = line
            good.append((line, clean))
    return good, errors


def _name(given_names: str, surnames: str) -> str:
    """As the desk lists members: "Surnames, Given names", or the legal name alone."""
    given, sur = " ".join(given_names.split()), " ".join(surnames.split())
    return f"{sur}, {given}" if sur and given else sur or given


def preview_members(ledger: Ledger, actor: Actor, data: bytes) -> ImportPreview:
    """What `import_members` would do with `data`, row by row, writing nothing: the same
    validation (and the same permission), in a read-only unit of work."""
    with UnitOfWork(ledger, actor, Permission.MEMBER_WRITE, read_only=True) as uow:
        header, rows = read_rows(data)
        good, errors = validate(uow, header, rows)
    header_errors = tuple(e for e in errors if e.line == 1)      # records start on line 2
    if header_errors:
        return ImportPreview((), header_errors)
    clean_of = dict(good)
    errors_of: dict[int, list[RowError]] = {}
    for e in errors:
        errors_of.setdefault(e.line, []).append(e)
    out = []
    for line, rec in rows:
        clean = clean_of.get(line)
        if clean is not None:
            out.append(PreviewRow(line, clean.document, _name(clean.given_names, clean.surnames), ()))
        else:
            out.append(PreviewRow(line, rec.get("document", ""),
                                  _name(rec.get("given_names", ""), rec.get("surnames", "")),
                                  tuple(errors_of.get(line, ()))))
    return ImportPreview(tuple(out))


def import_members(ledger: Ledger, actor: Actor, data: bytes, *, skip_invalid: bool = False,
                   dry_run: bool = False) -> ImportResult:
    """Validate every row, then import (all, the good ones with skip_invalid, or none)."""
    with UnitOfWork(ledger, actor, Permission.MEMBER_WRITE) as uow:
        uow.session.execute(select(Institution).with_for_update())
        header, rows = read_rows(data)
        good, errors = validate(uow, header, rows)
        if dry_run or (errors and not skip_invalid) or not good:
            return ImportResult(len(rows), 0, tuple(errors))
        register_many(uow, [clean for _line, clean in good], next_member_number(uow))
        uow.audit("member.import", "institution", uow.institution().id, rows=len(good))
        uow.commit()
        return ImportResult(len(rows), len(good), tuple(errors))
