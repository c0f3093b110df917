"""Text folding for search: accent- and case-blind, split into terms."""
from __future__ import annotations

import re
import unicodedata

_NON_WORD = re.compile(r"[^0-9a-z]+")


def fold(text: str) -> str:
    """Lowercase ASCII without accents: 'Peña Núñez' -> 'pena nunez'; 'ç' -> 'c'; 'l·l' -> 'l l'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.replace("ß", "ss").replace("ø", "o").replace("æ", "ae").replace("œ", "oe")


def terms(text: str) -> list[str]:
    """The folded words of `text`, in order, without empties or repeats."""
    seen: list[str] = []
    for word in _NON_WORD.split(fold(text)):
        if word and word not in seen:
            seen.append(word)
    return seen


def prefix_upper_bound(prefix: str) -> str:
    """The smallest string greater than every string starting with `prefix` (ASCII terms)."""
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)
