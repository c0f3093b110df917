"""What an administrator types about the institution and its branches, checked before anything is
written: the tax ID by the profile's rules, the address printed on documents, and in the Spanish
profile the SEPA creditor identifier (python-stdnum eu.at_02), the cooperative's IBAN and BIC and
the pain versions its bank accepts (the ones sepaxml writes and validates)."""
from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace

from stdnum import bic as stdnum_bic
from stdnum.ec import ruc
from stdnum.es import cif, nif
from stdnum.eu import at_02
from stdnum.exceptions import ValidationError

from .errors import FieldError
from .identifiers import InvalidIdentifier, normalize_spanish_account
from .messages import Msg, N_

PAIN008_VERSIONS = ("pain.008.001.08", "pain.008.001.02")
PAIN001_VERSIONS = ("pain.001.001.09", "pain.001.001.03")
LOGO_MAX_BYTES = 512 * 1024
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_PHONE = re.compile(r"\+?[0-9 ()./-]{6,30}")
_POSTAL = re.compile(r"[0-9A-Z -]{3,10}")
_BRANCH_CODE = re.compile(r"[0-9]{4}")


@dataclass(frozen=True)
class InstitutionDetails:
    name: str
    tax_id: str
    address: str = ""
    postal_code: str = ""
    city: str = ""
    phone: str = ""
    email: str = ""
    sepa_creditor_id: str = ""
    iban: str = ""
    bic: str = ""
    pain008_version: str = PAIN008_VERSIONS[0]
    pain001_version: str = PAIN001_VERSIONS[0]


DETAIL_FIELDS = tuple(f.name for f in fields(InstitutionDetails))


@dataclass(frozen=True)
class BranchDetails:
    name: str
    address: str = ""
    city: str = ""
    phone: str = ""


def _fail(field: str, text: str, **params: object) -> FieldError:
    return FieldError(field, Msg.of(text, **params))


def _text(field: str, value: str, maximum: int, *, required: bool = False) -> str:
    value = " ".join(value.split())
    if required and not value:
        raise _fail(field, N_("This field is required."))
    if len(value) > maximum:
        raise _fail(field, N_("Use at most {maximum} characters."), maximum=maximum)
    return value


def clean_tax_id(profile_code: str, raw: str) -> str:
    """The institution's own tax ID: a CIF or NIF in Spain, a RUC in Ecuador; compact form."""
    value = re.sub(r"[\s.\-]+", "", raw).upper()
    if not value:
        raise _fail("tax_id", N_("This field is required."))
    if profile_code == "es-coop":
        if not (cif.is_valid(value) or nif.is_valid(value)):
            raise _fail("tax_id", N_("This is not a valid Spanish CIF or NIF (check the letter "
                                     "and the control character)."))
    elif not ruc.is_valid(value):
        raise _fail("tax_id", N_("This is not a valid RUC: 13 digits with a valid check digit."))
    return value


def clean_contact(field: str, value: str) -> str:
    value = value.strip()
    if not value:
        return ""
    if field == "email" and not _EMAIL.fullmatch(value):
        raise _fail("email", N_("Write an e-mail address like name@example.org."))
    if field == "phone" and not _PHONE.fullmatch(value):
        raise _fail("phone", N_("Use digits, spaces and an optional leading +."))
    return value


def _sepa(details: InstitutionDetails) -> dict[str, str]:
    out: dict[str, str] = {}
    creditor = re.sub(r"[\s]+", "", details.sepa_creditor_id).upper()
    if creditor:
        try:
            creditor = at_02.validate(creditor)
        except ValidationError:
            raise _fail("sepa_creditor_id", N_("This is not a valid SEPA creditor identifier "
                                               "(e.g. ES94ZZZF08000002).")) from None
    out["sepa_creditor_id"] = creditor
    if details.iban.strip():
        try:
            out["iban"] = normalize_spanish_account(details.iban)
        except InvalidIdentifier as exc:
            raise FieldError("iban", exc.msg) from None
    else:
        out["iban"] = ""
    code = re.sub(r"\s+", "", details.bic).upper()
    if code:
        try:
            code = stdnum_bic.validate(code)
        except ValidationError:
            raise _fail("bic", N_("A BIC has 8 or 11 letters and digits, e.g. CAIXESBBXXX.")) from None
    out["bic"] = code
    if details.pain008_version not in PAIN008_VERSIONS:
        raise _fail("pain008_version", N_("Choose one of: {choices}."), choices=", ".join(PAIN008_VERSIONS))
    if details.pain001_version not in PAIN001_VERSIONS:
        raise _fail("pain001_version", N_("Choose one of: {choices}."), choices=", ".join(PAIN001_VERSIONS))
    return out


def clean_institution(profile_code: str, details: InstitutionDetails) -> InstitutionDetails:
    """The details as they will be stored, or FieldError naming the first bad field."""
    clean = replace(
        details,
        name=_text("name", details.name, 200, required=True),
        tax_id=clean_tax_id(profile_code, details.tax_id),
        address=_text("address", details.address, 200),
        postal_code=_text("postal_code", details.postal_code.upper(), 10),
        city=_text("city", details.city, 100),
        phone=clean_contact("phone", details.phone),
        email=clean_contact("email", details.email),
    )
    if clean.postal_code and not _POSTAL.fullmatch(clean.postal_code):
        raise _fail("postal_code", N_("Use the postal code's digits (and letters where the "
                                      "country has them)."))
    if profile_code == "es-coop":
        clean = replace(clean, **_sepa(details))
    else:
        clean = replace(clean, sepa_creditor_id="", iban="", bic="")
    return clean


def clean_branch(details: BranchDetails) -> BranchDetails:
    return BranchDetails(name=_text("name", details.name, 100, required=True),
                         address=_text("address", details.address, 200),
                         city=_text("city", details.city, 100),
                         phone=clean_contact("phone", details.phone))


def next_branch_code(existing: list[str]) -> str:
    """The next free four-digit branch code after the highest in use ("0001" -> "0002")."""
    numbers = [int(c) for c in existing if _BRANCH_CODE.fullmatch(c)]
    return f"{(max(numbers) + 1) if numbers else 1:04d}"


def logo_kind(data: bytes) -> str:
    """"png" or "jpeg" by the file's magic bytes, or FieldError: what the documents can print."""
    if len(data) > LOGO_MAX_BYTES:
        raise _fail("logo", N_("The logo file is larger than {kb} KB; use a smaller image."),
                    kb=LOGO_MAX_BYTES // 1024)
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if data.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    raise _fail("logo", N_("Use a PNG or JPEG image for the logo."))
