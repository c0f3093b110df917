"""Money: Decimal amounts, minor units, rounding, strict parsing, formatting and words.

DOMAIN.md, "Money": Decimal end to end (never float), integer minor units in storage, precision
from babel, amounts typed and shown with the profile's decimal and group symbols.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal, InvalidOperation, localcontext
from functools import lru_cache

from babel.numbers import get_currency_precision, get_currency_symbol, is_currency
from num2words import num2words

from .messages import N_, Msg

MAX_INTEGER_DIGITS = 15


class InvalidAmount(ValueError):
    """An amount that cannot be accepted; `msg` says why."""

    def __init__(self, msg: Msg) -> None:
        super().__init__(msg.render())
        self.msg = msg


@dataclass(frozen=True)
class Currency:
    code: str
    exponent: int

    @property
    def quantum(self) -> Decimal:
        """The minor unit: Decimal('0.01') for EUR."""
        return Decimal(1).scaleb(-self.exponent)


@lru_cache(maxsize=None)
def currency(code: str) -> Currency:
    """The ISO 4217 currency `code` with its number of decimals from babel."""
    if not is_currency(code):
        raise ValueError(f"unknown currency code: {code!r}")
    return Currency(code, get_currency_precision(code))


@dataclass(frozen=True)
class NumberFormat:
    """How an institution writes amounts; the symbol settings only matter with a currency sign."""
    decimal: str
    group: str
    symbol_first: bool = False
    locale: str = "es_ES"

    def example(self, cur: Currency) -> str:
        """1.250,50 (Spain) or 1,250.50 (Ecuador), with the currency's decimals."""
        fraction = ("5" + "0" * (cur.exponent - 1)) if cur.exponent else ""
        return f"1{self.group}250" + (self.decimal + fraction if fraction else "")


ES = NumberFormat(",", ".")
EC = NumberFormat(".", ",", symbol_first=True, locale="es_EC")


# --- minor units and rounding -----------------------------------------------------------------

def _decimals_msg(cur: Currency) -> Msg:
    if cur.exponent == 0:
        return Msg.of(N_("This currency has no decimals."))
    return Msg.of(N_("This currency has {n} decimals."), n=cur.exponent)


def to_minor(amount: Decimal, cur: Currency) -> int:
    """Integer minor units (cents); refuses an amount finer than the currency's minor unit."""
    amount = Decimal(amount)
    if not amount.is_finite():
        raise InvalidAmount(Msg.of(N_("Type an amount.")))
    with localcontext() as ctx:
        ctx.prec = 60
        scaled = amount.scaleb(cur.exponent)
        if scaled != scaled.to_integral_value():
            raise InvalidAmount(_decimals_msg(cur))
        return int(scaled)


def from_minor(minor: int, cur: Currency) -> Decimal:
    """The Decimal amount of `minor` units, with exactly the currency's decimals."""
    with localcontext() as ctx:
        ctx.prec = 60
        return Decimal(int(minor)).scaleb(-cur.exponent).quantize(cur.quantum)


_ROUNDING = {"half_up": ROUND_HALF_UP, "half_even": ROUND_HALF_EVEN}


def round_money(value: Decimal, cur: Currency, mode: str = "half_up") -> Decimal:
    """`value` rounded to the currency's minor unit; mode 'half_up' (default) or 'half_even'."""
    try:
        rounding = _ROUNDING[mode]
    except KeyError:
        raise ValueError(f"unknown rounding mode: {mode!r}") from None
    with localcontext() as ctx:
        ctx.prec = 60
        return Decimal(value).quantize(cur.quantum, rounding=rounding)


# --- parsing and formatting -------------------------------------------------------------------

_NUMERIC_LOOKING = re.compile(r"[0-9.,\s'\u00a0\u202f]+")


@lru_cache(maxsize=None)
def _grammar(fmt: NumberFormat) -> re.Pattern[str]:
    group, decimal = re.escape(fmt.group), re.escape(fmt.decimal)
    return re.compile(
        rf"(?P<int>[0-9]+|[1-9][0-9]{{0,2}}(?:{group}[0-9]{{3}})+)(?:{decimal}(?P<frac>[0-9]+))?")


def parse_amount(text: str, fmt: NumberFormat, cur: Currency, *,
                 allow_zero: bool = False, allow_negative: bool = False) -> Decimal:
    """Strictly parse a typed amount: '1.250,50' with ES, '1,250.50' with EC.

    Groups have exactly 3 digits (the first 1 to 3); no more decimals than the currency has.
    Returns the amount quantized to the currency's minor unit; InvalidAmount says what is wrong.
    """
    body = text.strip()
    if not body:
        raise InvalidAmount(Msg.of(N_("Type an amount.")))
    negative = body[0] in "-\u2212"
    if negative:
        body = body[1:]
    match = _grammar(fmt).fullmatch(body)
    if match is None:
        if not body or not _NUMERIC_LOOKING.fullmatch(body):
            raise InvalidAmount(Msg.of(N_("Type the amount with digits only, as {example}."),
                                       example=fmt.example(cur)))
        raise InvalidAmount(Msg.of(N_("Type the amount as {example}."), example=fmt.example(cur)))
    integer = match["int"].replace(fmt.group, "")
    fraction = match["frac"] or ""
    if len(fraction) > cur.exponent:
        raise InvalidAmount(_decimals_msg(cur))
    if len(integer.lstrip("0")) > MAX_INTEGER_DIGITS:
        raise InvalidAmount(Msg.of(N_("The amount is too large.")))
    value = Decimal(f"{'-' if negative else ''}{integer}.{fraction or '0'}").quantize(cur.quantum)
    if value == 0:
        if not allow_zero:
            raise InvalidAmount(Msg.of(N_("The amount cannot be zero.") if allow_negative
                                       else N_("The amount must be greater than zero.")))
        return abs(value)
    if value < 0 and not allow_negative:
        raise InvalidAmount(Msg.of(N_("The amount cannot be negative.") if allow_zero
                                   else N_("The amount must be greater than zero.")))
    return value


def format_amount(value: Decimal, fmt: NumberFormat, cur: Currency, with_symbol: bool = False,
                  symbol_first: bool | None = None) -> str:
    """'1.250,50' (ES) or '1,250.50' (EC); negatives with a leading '-'.

    With the symbol: '1.250,50 €' or '$1,250.50' (placement from `fmt` unless `symbol_first`).
    """
    try:
        quantized = round_money(Decimal(value), cur)
    except InvalidOperation:
        raise ValueError(f"not an amount: {value!r}") from None
    sign = "-" if quantized < 0 else ""
    integer, _, fraction = format(abs(quantized), "f").partition(".")
    groups = []
    while len(integer) > 3:
        groups.insert(0, integer[-3:])
        integer = integer[:-3]
    text = fmt.group.join([integer, *groups]) + (fmt.decimal + fraction if fraction else "")
    if not with_symbol:
        return sign + text
    symbol = get_currency_symbol(cur.code, fmt.locale)
    first = fmt.symbol_first if symbol_first is None else symbol_first
    return f"{sign}{symbol}{text}" if first else f"{sign}{text} {symbol}"


# --- amounts in words -------------------------------------------------------------------------

# (unit singular, unit plural, minor singular, minor plural) per language and currency.
_CURRENCY_NAMES: dict[str, dict[str, tuple[str, str, str, str]]] = {
    "es": {"EUR": ("euro", "euros", "céntimo", "céntimos"),
           "USD": ("dólar", "dólares", "centavo", "centavos")},
    "ca": {"EUR": ("euro", "euros", "cèntim", "cèntims"),
           "USD": ("dòlar", "dòlars", "cèntim", "cèntims")},
    "en": {"EUR": ("euro", "euros", "cent", "cents"),
           "USD": ("dollar", "dollars", "cent", "cents")},
}
_JOINER = {"es": "con", "ca": "amb", "en": "and"}
_MINUS = {"es": "menos", "ca": "menys", "en": "minus"}
_BIG_UNITS = {"es": ("millón", "millones", "billón", "billones"),
              "ca": ("milió", "milions", "bilió", "bilions")}


def _number_words(n: int, lang: str) -> str:
    """num2words for a count of a masculine noun, in the style of receipts."""
    words = num2words(n, lang=lang)
    if lang == "es":  # apocope before a masculine noun: "veintiún euros", "ciento un mil"
        words = re.sub(r"\bveintiuno\b", "veintiún", words)
        words = re.sub(r"\buno\b", "un", words)
    elif lang == "en":  # "one thousand two hundred fifty"
        words = re.sub(r"\band\s+", "", words.replace(",", ""))
    return words


def _counted(n: int, lang: str, singular: str, plural: str) -> str:
    words = _number_words(n, lang)
    noun = singular if n == 1 else plural
    if words.split()[-1] in _BIG_UNITS.get(lang, ()):  # "un millón de euros"
        if lang == "ca" and noun[:1] in "aeiouàèéíòóú":
            return f"{words} d'{noun}"
        return f"{words} de {noun}"
    return f"{words} {noun}"


def amount_in_words(value: Decimal, lang: str, cur: Currency) -> str:
    """'mil doscientos cincuenta euros con cincuenta céntimos' (es), also 'ca' and 'en'."""
    lang = lang.split("_")[0].split("-")[0].lower()
    if lang not in _JOINER:
        raise ValueError(f"no amounts in words for language {lang!r}")
    # A currency without a name here is written with its code: "mil JPY".
    fallback = (cur.code, cur.code) + _CURRENCY_NAMES[lang]["EUR"][2:]
    names = _CURRENCY_NAMES[lang].get(cur.code, fallback)
    minor = to_minor(round_money(value, cur), cur)
    units, cents = divmod(abs(minor), 10 ** cur.exponent)
    text = _counted(units, lang, names[0], names[1])
    if cents:
        text += f" {_JOINER[lang]} {_counted(cents, lang, names[2], names[3])}"
    return f"{_MINUS[lang]} {text}" if minor < 0 else text
