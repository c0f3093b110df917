"""Translatable messages for code below the UI.

Domain and service code never translate: they return or raise a `Msg` (English source text with
{named} placeholders, plus its parameters). The edges (Qt widgets, the command line) render it with
the Qt catalogs. `N_` marks a literal for extraction without translating it.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

CONTEXT = "ventanilla"


def N_(text: str) -> str:
    """Mark `text` for translation; return it unchanged."""
    return text


@dataclass(frozen=True)
class Msg:
    text: str
    params: tuple[tuple[str, object], ...] = ()

    @staticmethod
    def of(text: str, **params: object) -> "Msg":
        return Msg(text, tuple(sorted(params.items())))

    def render(self, translate: Callable[[str], str] = lambda s: s) -> str:
        """The text in the language of `translate`; a parameter that is itself a Msg is rendered
        in the same language (a schedule inside a petition's description...)."""
        template = translate(self.text)
        params = {k: (v.render(translate) if isinstance(v, Msg) else v) for k, v in self.params}
        try:
            return template.format(**params)
        except (KeyError, IndexError, ValueError):
            return self.text.format(**params)

    def __str__(self) -> str:
        return self.render()
