"""Online-banking credentials (the Spanish seed's registration, the Ecuadorian seed's temporary
user): the user name is the member's document unless the teller chooses another; a one-time
registration key, valid for a few days, is handed over once (a printed letter or an e-mail); the
member completes the registration online with their document, the key, their registered external
account and a new password. Repeated failures lock it."""
from __future__ import annotations

import re
import secrets
from datetime import date
from enum import StrEnum

from .errors import FieldError
from .messages import Msg, N_

KEY_VALID_DAYS = 7
MAX_FAILURES = 5
PASSWORD_MIN, PASSWORD_MAX = 8, 128
# No 0/O, 1/I/L: a key is read off paper and typed by the member.
_KEY_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
_USERNAME = re.compile(r"[A-Za-z0-9._-]{4,40}")


class CredentialStatus(StrEnum):
    ISSUED = "issued"            # the key is out, not used yet
    ACTIVE = "active"
    EXPIRED = "expired"          # issued, the key's time ran out (derived, never stored)
    REVOKED = "revoked"
    LOCKED = "locked"


STATUS_LABELS = {CredentialStatus.ISSUED: N_("Issued, waiting for the member"),
                 CredentialStatus.ACTIVE: N_("Active"), CredentialStatus.EXPIRED: N_("Key expired"),
                 CredentialStatus.REVOKED: N_("Revoked"), CredentialStatus.LOCKED: N_("Locked")}


def new_key() -> str:
    """A registration key like "K7DM-X3PA-9RTW" (about 59 bits)."""
    return "-".join("".join(secrets.choice(_KEY_ALPHABET) for _ in range(4)) for _ in range(3))


def normalize_key(typed: str) -> str:
    """What the member typed, as it is hashed: capitals, no spaces or dashes."""
    return re.sub(r"[\s-]", "", typed).upper()


def check_username(username: str) -> str:
    name = username.strip()
    if not _USERNAME.fullmatch(name):
        raise FieldError("username", Msg.of(N_("The user name takes 4 to 40 letters, digits, dots, "
                                               "dashes or underscores.")))
    return name


def _birth_forms(born: date | None) -> list[str]:
    if born is None:
        return []
    d, m, y = f"{born.day:02d}", f"{born.month:02d}", f"{born.year:04d}"
    return [d + m + y, y + m + d, d + m + y[2:], m + d + y, d + m]


def password_problem(password: str, document: str, born: date | None) -> Msg | None:
    """Why a member's new online password is not acceptable, or None."""
    if len(password) < PASSWORD_MIN:
        return Msg.of(N_("Use at least {n} characters."), n=PASSWORD_MIN)
    if len(password) > PASSWORD_MAX:
        return Msg.of(N_("Use at most {n} characters."), n=PASSWORD_MAX)
    compact = re.sub(r"[^0-9A-Za-z]", "", password).casefold()
    if document and re.sub(r"[^0-9A-Za-z]", "", document).casefold() in compact:
        return Msg.of(N_("The password must not contain the member's document."))
    digits = re.sub(r"\D", "", password)
    if any(len(form) >= 6 and form in digits for form in _birth_forms(born)):
        return Msg.of(N_("The password must not contain the member's birth date."))
    if len(set(password)) < 4:
        return Msg.of(N_("Use at least four different characters."))
    if not (re.search(r"[A-Za-z]", password) and re.search(r"\d", password)):
        return Msg.of(N_("Use letters and digits."))
    return None


def account_matches(typed: str, registered: str) -> bool:
    """The external account as the member types it: with or without the IBAN's country and
    check digits (the Spanish seed asks for it without "ESxx"), spaces and dashes ignored."""
    def compact(s: str) -> str:
        return re.sub(r"[\s.-]", "", s).upper()
    t, r = compact(typed), compact(registered)
    if not t or not r:
        return False
    bare = r[4:] if re.fullmatch(r"[A-Z]{2}\d{2}\w+", r) else r
    return secrets.compare_digest(t, r) or secrets.compare_digest(t, bare)
