"""Spain's modelo 193 (the yearly summary of withholdings on income from movable capital), in
the tax agency's fixed-width format: one type-1 record for the declarant and one type-2 record
per payment, 500 characters each, ISO-8859-1, amounts in cents without a decimal point.

Positions follow the agency's record design (2024 and after). A cooperative's remuneration of
capital is income from participation in an entity's own funds: key A, nature 01, paid in money
(payment 1). Text is upper case, without accents except Ñ and Ç, as the design asks."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal

RECORD = 500
KEY, NATURE, PAYMENT, KIND = "A", "01", "1", "1"


@dataclass(frozen=True)
class Declarant:
    tax_id: str
    name: str
    phone: str = ""
    contact: str = ""
    sequence: int = 1          # the declaration's own number: 193 + 10 digits


@dataclass(frozen=True)
class Perceptor:
    tax_id: str
    name: str                  # "SURNAMES NAME" or an organisation's name
    province: str              # two digits (the first two of the postal code)
    gross: Decimal
    rate: Decimal              # a fraction: 0.19
    withheld: Decimal


def _text(value: str, size: int) -> str:
    kept = []
    for ch in value.upper():
        if ch in "ÑÇ":
            kept.append(ch)
        else:
            kept.append(unicodedata.normalize("NFKD", ch).encode("ascii", "ignore").decode())
    clean = re.sub(r"[^A-Z0-9ÑÇ ,.\-&'/]", " ", "".join(kept))
    return " ".join(clean.split())[:size].ljust(size)


def _digits(value: str, size: int) -> str:
    return re.sub(r"\D", "", value)[:size].rjust(size, "0") if value else "0" * size


def _cents(value: Decimal, size: int) -> str:
    cents = int((value * 100).to_integral_value())
    if cents < 0:
        raise ValueError("modelo 193 amounts are not negative")
    return str(cents).rjust(size, "0")[-size:]


def declarant_record(year: int, d: Declarant, rows: list[Perceptor]) -> str:
    base = sum((r.gross for r in rows), Decimal(0))
    withheld = sum((r.withheld for r in rows), Decimal(0))
    rec = ("1" + "193" + f"{year:04d}" + _text(d.tax_id, 9) + _text(d.name, 40) + "T"
           + _digits(d.phone, 9) + _text(d.contact or d.name, 40)
           + "193" + f"{d.sequence:010d}" + "  " + "0" * 13
           + f"{len(rows):09d}" + _cents(base, 15) + _cents(withheld, 15) + _cents(withheld, 15)
           + " " * 30 + _cents(Decimal(0), 15) + " ")
    return rec.ljust(RECORD)


def perceptor_record(year: int, declarant_tax_id: str, p: Perceptor) -> str:
    rec = ("2" + "193" + f"{year:04d}" + _text(declarant_tax_id, 9) + _text(p.tax_id, 9)
           + " " * 9 + _text(p.name, 40) + " " + _digits(p.province, 2) + " " + " " * 12
           + KEY + NATURE + PAYMENT + " " + " " * 20 + " " + f"{year:04d}" + KIND
           + _cents(p.gross, 13) + "   " + _cents(Decimal(0), 13) + _cents(p.gross, 13)
           + _cents(p.rate * 100, 4) + _cents(p.withheld, 13))
    return rec.ljust(RECORD)


def modelo193(year: int, declarant: Declarant, rows: list[Perceptor]) -> bytes:
    """The whole file: records joined by CRLF, encoded ISO-8859-1."""
    lines = [declarant_record(year, declarant, rows)] + [perceptor_record(year, declarant.tax_id, r)
                                                         for r in rows]
    for line in lines:
        assert len(line) == RECORD, len(line)
    return "\r\n".join(lines).encode("iso-8859-1")


def province_of(address: str, fallback: str) -> str:
    """The province code: the first two digits of a 5-digit postal code in the address."""
    match = re.search(r"\b(\d{5})\b", address or "")
    code = match.group(1)[:2] if match else (fallback or "")[:2]
    return code if re.fullmatch(r"\d{2}", code or "") else "00"
