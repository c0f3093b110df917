"""Identity documents, bank accounts and card numbers (DOMAIN.md, "Identifiers").

Everything accepts what people type (lowercase, blanks, dashes, dots), validates with python-stdnum
and returns the compact form. Failures raise `InvalidIdentifier` carrying our own `Msg` that says
which part is wrong; python-stdnum's English texts never reach the user.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from enum import StrEnum

from stdnum import iban, luhn
from stdnum.ec import ci, ruc
from stdnum.es import ccc, cif, dni, nie, nif
from stdnum.exceptions import ValidationError

from .messages import N_, Msg


class InvalidIdentifier(ValueError):
    """A document, account or card number that is not valid; `msg` says why."""

    def __init__(self, msg: Msg) -> None:
        super().__init__(msg.render())
        self.msg = msg


class DocumentType(StrEnum):
    DNI = "dni"
    NIE = "nie"
    NIF = "nif"
    CIF = "cif"
    CEDULA = "cedula"
    RUC = "ruc"
    PASSPORT = "passport"


_SEPARATORS = re.compile(r"[\s.\-]+")
_CIF_LETTERS = "ABCDEFGHJNPQRSUVW"
_FORMS: dict[DocumentType, re.Pattern[str]] = {
    DocumentType.DNI: re.compile(r"[0-9]{8}[A-Z]"),
    DocumentType.NIE: re.compile(r"[XYZ][0-9]{7}[A-Z]"),
    DocumentType.CIF: re.compile(rf"[{_CIF_LETTERS}][0-9]{{7}}[0-9A-J]"),
    DocumentType.NIF: re.compile(
        rf"[0-9]{{8}}[A-Z]|[XYZKLM][0-9]{{7}}[A-Z]|[{_CIF_LETTERS}][0-9]{{7}}[0-9A-J]"),
    DocumentType.CEDULA: re.compile(r"[0-9]{10}"),
    DocumentType.RUC: re.compile(r"[0-9]{13}"),
    DocumentType.PASSPORT: re.compile(r"[A-Z0-9]{5,20}"),
}


def _compact(raw: str) -> str:
    return _SEPARATORS.sub("", raw).upper()


def _fail(text: str, **params: object) -> InvalidIdentifier:
    return InvalidIdentifier(Msg.of(text, **params))


# --- identity documents ---------------------------------------------------------------------

_DNI_LETTER = N_("The check letter of the DNI is wrong: expected {expected}.")
_NIE_LETTER = N_("The check letter of the NIE is wrong: expected {expected}.")
_NIF_LETTER = N_("The check letter of the NIF is wrong: expected {expected}.")


def _check_dni(number: str, wrong_letter: str = _DNI_LETTER) -> str:
    if not re.fullmatch(r"[0-9]{8}[A-Z]", number):
        raise _fail(N_("A DNI has 8 digits and a letter."))
    expected = dni.calc_check_digit(number[:-1])
    if number[-1] != expected:
        raise _fail(wrong_letter, expected=expected)
    return number


def _check_nie(number: str, wrong_letter: str = _NIE_LETTER) -> str:
    if not re.fullmatch(r"[XYZ][0-9]{7}[A-Z]", number):
        raise _fail(N_("A NIE has the letter X, Y or Z, 7 digits and a letter."))
    expected = nie.calc_check_digit(number[:-1])
    if number[-1] != expected:
        raise _fail(wrong_letter, expected=expected)
    return number


def _check_cif(number: str) -> str:
    if not re.fullmatch(r"[A-Z][0-9]{7}[0-9A-Z]", number):
        raise _fail(N_("A CIF has a letter, 7 digits and a check digit or letter."))
    if number[0] not in _CIF_LETTERS:
        raise _fail(N_("The first letter of the CIF ({letter}) is not a kind of organisation."),
                    letter=number[0])
    if number[-1] not in cif.calc_check_digits(number[:-1]):
        raise _fail(N_("The check digit or letter of the CIF is wrong."))
    return number


def _check_nif(number: str) -> str:
    if len(number) != 9:
        raise _fail(N_("A NIF has 9 characters."))
    if number[0].isdigit():
        return _check_dni(number, _NIF_LETTER)
    if number[0] in "XYZ":
        return _check_nie(number, _NIF_LETTER)
    if number[0] in "KLM":
        if not re.fullmatch(r"[KLM][0-9]{7}[A-Z]", number):
            raise _fail(N_("A NIF has 9 characters."))
        expected = dni.calc_check_digit(number[1:-1])
        if number[-1] != expected:
            raise _fail(_NIF_LETTER, expected=expected)
        return number
    return _check_cif(number)


def _check_province(number: str, wrong_province: str) -> None:
    if not ("01" <= number[:2] <= "24" or number[:2] in ("30", "50")):
        raise _fail(wrong_province)


def _ci_expected(number: str) -> str:
    for digit in "0123456789":
        if ci.is_valid(number[:9] + digit):
            return digit
    return "?"


def _check_cedula(number: str) -> str:
    if not re.fullmatch(r"[0-9]{10}", number):
        raise _fail(N_("A cédula has 10 digits."))
    _check_province(number, N_("The first two digits of the cédula are not a valid province."))
    if number[2] > "6":
        raise _fail(N_("The third digit of the cédula is wrong."))
    try:
        return ci.validate(number)
    except ValidationError:
        raise _fail(N_("The check digit of the cédula is wrong: expected {expected}."),
                    expected=_ci_expected(number)) from None


def _check_ruc(number: str) -> str:
    if not re.fullmatch(r"[0-9]{13}", number):
        raise _fail(N_("A RUC has 13 digits."))
    _check_province(number, N_("The first two digits of the RUC are not a valid province."))
    if number[2] in "78":
        raise _fail(N_("The third digit of the RUC is wrong."))
    establishment = number[-4:] if number[2] in "69" and _is_public_ruc(number) else number[-3:]
    if set(establishment) == {"0"}:
        raise _fail(N_("The establishment number of the RUC (its last digits) cannot be zero."))
    try:
        return ruc.validate(number)
    except ValidationError:
        raise _fail(N_("The check digit of the RUC is wrong.")) from None


def _is_public_ruc(number: str) -> bool:
    weights = (3, 2, 7, 6, 5, 4, 3, 2, 1)
    return sum(w * int(n) for w, n in zip(weights, number)) % 11 == 0


def _check_passport(number: str) -> str:
    if not _FORMS[DocumentType.PASSPORT].fullmatch(number):
        raise _fail(N_("A passport number has 5 to 20 letters and digits."))
    return number


_CHECKS = {
    DocumentType.DNI: _check_dni, DocumentType.NIE: _check_nie, DocumentType.NIF: _check_nif,
    DocumentType.CIF: _check_cif, DocumentType.CEDULA: _check_cedula,
    DocumentType.RUC: _check_ruc, DocumentType.PASSPORT: _check_passport,
}


def normalize_document(doc_type: DocumentType, raw: str) -> str:
    """The compact form of a typed document number; InvalidIdentifier says what is wrong."""
    number = _compact(raw)
    if not number:
        raise _fail(N_("Type the document number."))
    return _CHECKS[DocumentType(doc_type)](number)


def format_document(doc_type: DocumentType, compact: str) -> str:
    """The shown form. python-stdnum has no format for these documents: the compact form."""
    return compact


def infer_document_type(raw: str, allowed: Sequence[DocumentType]) -> DocumentType | None:
    """The kind among `allowed` whose form `raw` has (the form only, not the check digits)."""
    number = _compact(raw)
    kinds = [DocumentType(k) for k in allowed]
    for kind in (DocumentType.DNI, DocumentType.NIE, DocumentType.CIF, DocumentType.NIF,
                 DocumentType.CEDULA, DocumentType.RUC, DocumentType.PASSPORT):
        if kind in kinds and _FORMS[kind].fullmatch(number):
            return kind
    return None


def is_organisation_document(doc_type: DocumentType, compact: str) -> bool:
    """True for a CIF, the NIF of a legal person and the RUC of a company or public body."""
    doc_type = DocumentType(doc_type)
    if doc_type is DocumentType.CIF:
        return True
    if doc_type is DocumentType.NIF:
        return compact[:1] in _CIF_LETTERS
    if doc_type is DocumentType.RUC:
        return compact[2:3] == "9" or (compact[2:3] == "6" and _is_public_ruc(compact))
    return False


# --- bank accounts ----------------------------------------------------------------------------

def _check_ccc(number: str) -> str:
    if not re.fullmatch(r"[0-9]{20}", number):
        raise _fail(N_("An account number has 20 digits, or is an IBAN starting with ES."))
    expected = ccc.calc_check_digits(number)
    bank_office_ok, account_ok = number[8] == expected[0], number[9] == expected[1]
    if not bank_office_ok and not account_ok:
        raise _fail(N_("Both control digits of the account are wrong."))
    if not bank_office_ok:
        raise _fail(N_("The bank-office control digit of the account is wrong."))
    if not account_ok:
        raise _fail(N_("The account control digit is wrong."))
    return number


def normalize_spanish_account(raw: str) -> str:
    """A Spanish account typed as a 20-digit CCC or as an IBAN, as a compact IBAN."""
    number = _compact(raw)
    if not number:
        raise _fail(N_("Type the account number."))
    if number[:1].isdigit():
        return ccc.to_iban(_check_ccc(number))
    if not number.startswith("ES"):
        raise _fail(N_("Only Spanish accounts are accepted: an IBAN starting with ES."))
    if not re.fullmatch(r"ES[0-9]{22}", number):
        raise _fail(N_("A Spanish IBAN has ES, 2 check digits and the 20 digits of the account."))
    _check_ccc(number[4:])
    try:
        return iban.validate(number)
    except ValidationError:
        raise _fail(N_("The check digits of the IBAN (after ES) are wrong.")) from None


def format_iban(compact: str) -> str:
    """The IBAN in groups of 4: 'ES91 2100 0418 4502 0005 1332'."""
    return iban.format(compact)


def normalize_ec_account(raw: str) -> str:
    """An Ecuadorian local bank account number: 6 to 20 digits, leading zeros kept."""
    number = _compact(raw)
    if not number:
        raise _fail(N_("Type the account number."))
    if not re.fullmatch(r"[0-9]{6,20}", number):
        raise _fail(N_("An account number has 6 to 20 digits."))
    return number


# --- cards ------------------------------------------------------------------------------------

def card_is_valid(number: str) -> bool:
    """12 to 19 digits with a right Luhn check digit."""
    digits = _compact(number)
    return bool(re.fullmatch(r"[0-9]{12,19}", digits)) and luhn.is_valid(digits)


def mask_card(number: str) -> str:
    """At most the first 6 and last 4 digits, always hiding at least 6: '550975******7023'."""
    digits = _compact(number)
    tail = 4 if len(digits) > 8 else 0
    head = max(0, min(6, len(digits) - tail - 6))
    return digits[:head] + "*" * (len(digits) - head - tail) + digits[len(digits) - tail:]
