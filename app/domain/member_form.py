"""Validation of a member's data as typed at the desk (and, later, in an import file).

The same rules and messages everywhere: `clean_member` returns the normalised values or raises
`FieldError` naming the first bad field. Names may hold letters of any script, spaces, apostrophes,
hyphens and dots; nothing that looks like code.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from .errors import FieldError
from .identifiers import (DocumentType, InvalidIdentifier, infer_document_type,
                          is_organisation_document, normalize_document, normalize_ec_account,
                          normalize_spanish_account)
from .messages import Msg, N_
from .profiles import Profile

RISKS = ("low", "medium", "high")
_PERSON_NAME = re.compile(r"^[^\W\d_]+(?:[ '’.\-][^\W\d_]+)*\.?$", re.UNICODE)
_ORG_NAME = re.compile(r"^[\w][\w &'’.,\-()/+]*$", re.UNICODE)
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]{2,}$")


def is_email(text: str) -> bool:
    return bool(_EMAIL.match(text))
_PHONE = re.compile(r"^\+?[0-9 ()\-]{6,24}$")
_SAFE_TEXT = re.compile(r"^[^<>;{}\\`|]*$")


@dataclass(frozen=True)
class MemberInput:
    """What the teller typed. Strings as typed; dates already parsed by the form (or None)."""
    document: str
    given_names: str
    surnames: str = ""
    document_type: str = ""
    document_expiry: date | None = None
    birth_date: date | None = None
    address: str = ""
    email: str = ""
    phone: str = ""
    occupation: str = ""
    income_source: str = ""
    pep: bool = False
    risk: str = "low"
    bank_account: str = ""
    bank_name: str = ""


@dataclass(frozen=True)
class CleanMember:
    kind: str                  # person | organisation
    document_type: str
    document: str
    document_expiry: date | None
    given_names: str
    surnames: str
    birth_date: date | None
    address: str
    email: str
    phone: str
    occupation: str
    income_source: str
    pep: bool
    risk: str
    bank_account: str
    bank_name: str


def _fail(field: str, text: str, **params: object) -> FieldError:
    return FieldError(field, Msg.of(text, **params))


def _collapse(value: str) -> str:
    return " ".join(value.split())


def _text(field: str, value: str, limit: int) -> str:
    value = _collapse(value)
    if len(value) > limit:
        raise _fail(field, N_("Use at most {n} characters (this has {length})."), n=limit,
                    length=len(value))
    if not _SAFE_TEXT.match(value):
        raise _fail(field, N_("Remove the characters < > ; {{ }} \\ ` |."))
    return value


def clean_document(profile: Profile, raw_type: str, raw: str) -> tuple[DocumentType, str]:
    if not raw.strip():
        raise _fail("document", N_("Type the identity document."))
    allowed = [DocumentType(t) for t in profile.document_types]
    if raw_type:
        try:
            doc_type = DocumentType(raw_type.strip().lower())
        except ValueError:
            doc_type = None
        if doc_type not in allowed:
            raise _fail("document_type", N_("Choose one of: {choices}."),
                        choices=", ".join(t.value for t in allowed))
    else:
        doc_type = infer_document_type(raw, allowed)
        if doc_type is None:
            raise _fail("document", N_("This does not look like any of: {choices}. Choose the "
                                       "document type."), choices=", ".join(t.value for t in allowed))
    try:
        return doc_type, normalize_document(doc_type, raw)
    except InvalidIdentifier as exc:
        raise FieldError("document", exc.msg) from None


def clean_bank_account(profile: Profile, raw: str, bank_name: str) -> tuple[str, str]:
    raw, bank_name = raw.strip(), _text("bank_name", bank_name, 80)
    if not raw:
        return "", ""
    try:
        if profile.bank_account_kind == "iban":
            return normalize_spanish_account(raw), ""
        if not bank_name:
            raise _fail("bank_name", N_("Say which bank holds the account."))
        return normalize_ec_account(raw), bank_name
    except InvalidIdentifier as exc:
        raise FieldError("bank_account", exc.msg) from None


def clean_member(profile: Profile, data: MemberInput, today: date) -> CleanMember:
    doc_type, document = clean_document(profile, data.document_type, data.document)
    organisation = is_organisation_document(doc_type, document)
    given = _collapse(data.given_names)
    surnames = _collapse(data.surnames)
    name_field = "legal_name" if organisation else "given_names"
    if not given:
        raise _fail(name_field, N_("This cannot be empty."))
    if len(given) > 120:
        raise _fail(name_field, N_("Use at most {n} characters (this has {length})."), n=120,
                    length=len(given))
    if organisation:
        if not _ORG_NAME.match(given):
            raise _fail(name_field, N_("Use letters, digits, spaces and & ' . , - ( ) / + only."))
        if surnames:
            raise _fail("surnames", N_("An organisation has no surnames: leave this empty."))
    else:
        if not _PERSON_NAME.match(given):
            raise _fail("given_names", N_("Use letters, spaces, apostrophes, hyphens and dots only."))
        if not surnames:
            raise _fail("surnames", N_("Type at least one surname."))
        if len(surnames) > 120:
            raise _fail("surnames", N_("Use at most {n} characters (this has {length})."), n=120,
                        length=len(surnames))
        if not _PERSON_NAME.match(surnames):
            raise _fail("surnames", N_("Use letters, spaces, apostrophes, hyphens and dots only."))
    if data.document_expiry is not None and data.document_expiry < today:
        raise _fail("document_expiry", N_("The document expired on {date}: ask for a valid one."),
                    date=data.document_expiry.isoformat())
    if data.birth_date is not None:
        if organisation:
            raise _fail("birth_date", N_("An organisation has no birth date: leave this empty."))
        if data.birth_date > today:
            raise _fail("birth_date", N_("The birth date is in the future."))
        if data.birth_date.year < today.year - 120:
            raise _fail("birth_date", N_("The birth date is more than 120 years ago."))
    email = _text("email", data.email, 120).lower()
    if email and not is_email(email):
        raise _fail("email", N_("Type an address like name@example.org."))
    phone = _text("phone", data.phone, 30)
    if phone and (not _PHONE.match(phone) or sum(c.isdigit() for c in phone) < 6):
        raise _fail("phone", N_("Type digits, with an optional leading + (at least 6 digits)."))
    if data.risk not in RISKS:
        raise _fail("risk", N_("Choose low, medium or high."))
    bank_account, bank_name = clean_bank_account(profile, data.bank_account, data.bank_name)
    return CleanMember(
        kind="organisation" if organisation else "person", document_type=doc_type.value,
        document=document, document_expiry=data.document_expiry, given_names=given,
        surnames=surnames, birth_date=data.birth_date,
        address=_text("address", data.address, 200), email=email, phone=phone,
        occupation=_text("occupation", data.occupation, 100),
        income_source=_text("income_source", data.income_source, 100), pep=bool(data.pep),
        risk=data.risk, bank_account=bank_account, bank_name=bank_name)


def without_bank(data: MemberInput) -> MemberInput:
    return replace(data, bank_account="", bank_name="")
