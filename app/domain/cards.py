"""Payment cards and their PINs (DOMAIN.md, "Cards and PINs"): numbers pass Luhn and are kept and
shown only as their first 6 and last 4 digits; PINs are 4 digits that are not all equal, not an
ascending or descending run and not the holder's birth date. Pure rules."""
from __future__ import annotations

import re
import secrets
from datetime import date
from enum import StrEnum

from stdnum import luhn
from stdnum.exceptions import ValidationError as StdnumError

from .errors import FieldError
from .messages import Msg, N_


class Kind(StrEnum):
    DEBIT = "debit"
    CREDIT = "credit"


class Status(StrEnum):
    ACTIVE = "active"
    BLOCKED = "blocked"
    CANCELLED = "cancelled"


# "Debit card", not "Debit": the short words are the ledger's (cargo/abono in Spanish). A card's
# status words are feminine in Spanish and Catalan: the desk's cards table has its own.
KIND_LABELS = {Kind.DEBIT: N_("Debit card"), Kind.CREDIT: N_("Credit card")}
KIND_NOUNS = {Kind.DEBIT: N_("debit card"), Kind.CREDIT: N_("credit card")}     # inside a sentence
# Why a card is blocked. A stolen card or one used by someone else stays blocked (it is cancelled
# and a new one issued); one that was lost or blocked by the member's wish may be unblocked.
BLOCK_REASONS = {"lost": N_("Lost"), "stolen": N_("Stolen"), "fraud": N_("Used by someone else"),
                 "member": N_("At the member's request")}
FINAL_BLOCKS = ("stolen", "fraud")

MAX_PIN_FAILURES = 3
PIN_LENGTH = 4
# The seed's security tips, shown beside the field where a member chooses a PIN.
PIN_TIPS = (N_("Avoid consecutive digits (1234, 9876)."), N_("Avoid your birth date."),
            N_("Avoid repeated digits (1111)."))

_DIGITS = re.compile(r"[\s-]+")


def card_number(text: str) -> str:
    """The digits of a typed card number (spaces and dashes allowed); FieldError unless it has
    13 to 19 digits and passes Luhn."""
    digits = _DIGITS.sub("", text or "")
    if not digits.isdigit() or not 13 <= len(digits) <= 19:
        raise FieldError("card_number", Msg.of(N_("Type the 13 to 19 digits printed on the card.")))
    try:
        luhn.validate(digits)
    except StdnumError:
        raise FieldError("card_number", Msg.of(N_("This card number is mistyped: its check digit "
                                                  "does not match."))) from None
    return digits


def brand_of(digits: str) -> str:
    """The card's network from its first digits (ISO/IEC 7812 ranges)."""
    two, four = int(digits[:2]), int(digits[:4])
    if digits.startswith("4"):
        return "Visa"
    if 51 <= two <= 55 or 2221 <= four <= 2720:
        return "Mastercard"
    if two in (34, 37):
        return "American Express"
    if two == 36 or 300 <= int(digits[:3]) <= 305 or two in (38, 39):
        return "Diners Club"
    if digits.startswith(("6011", "65")) or 644 <= int(digits[:3]) <= 649:
        return "Discover"
    return "Card"


def masked(first6: str, last4: str) -> str:
    """As the seed prints it: 550975XXXXXX7023 (never more than the first 6 and last 4)."""
    return f"{first6}XXXXXX{last4}"


def parse_expiry(text: str) -> date:
    """"MM/YY" or "MM/YYYY" as printed on the card -> its last valid day."""
    match = re.fullmatch(r"\s*(\d{1,2})\s*/\s*(\d{2}|\d{4})\s*", text or "")
    if match is None or not 1 <= int(match.group(1)) <= 12:
        raise FieldError("expires_on", Msg.of(N_("Type the expiry as printed on the card: MM/YY.")))
    month, year = int(match.group(1)), int(match.group(2))
    year += 2000 if year < 100 else 0
    nxt = date(year + month // 12, month % 12 + 1, 1)
    return date.fromordinal(nxt.toordinal() - 1)


def _run(pin: str) -> bool:
    steps = {int(b) - int(a) for a, b in zip(pin, pin[1:])}
    return steps in ({1}, {-1})


def pin_problem(pin: str, birth_date: date | None) -> Msg | None:
    """Why `pin` may not be chosen, or None."""
    if len(pin) != PIN_LENGTH or not pin.isdigit():
        return Msg.of(N_("The PIN has {n} digits."), n=PIN_LENGTH)
    if len(set(pin)) == 1:
        return Msg.of(N_("All four digits are the same: choose another PIN."))
    if _run(pin):
        return Msg.of(N_("The digits follow each other (like 1234 or 4321): choose another PIN."))
    if birth_date is not None and pin in (f"{birth_date:%d%m}", f"{birth_date:%m%d}", f"{birth_date:%Y}"):
        return Msg.of(N_("That is the birth date: choose another PIN."))
    return None


def temporary_pin(birth_date: date | None) -> str:
    """A random PIN that passes the rules (the member changes it anyway)."""
    while True:
        pin = f"{secrets.randbelow(10 ** PIN_LENGTH):0{PIN_LENGTH}d}"
        if pin_problem(pin, birth_date) is None:
            return pin
