"""Switching the language at run time: widgets that set their texts again on LanguageChange.

`app.i18n.install_translators` replaces the catalogs; Qt then sends QEvent.LanguageChange to every
window and, through them, to every widget. A widget that mixes in `Retranslatable` (before its Qt
class: `class Page(Retranslatable, QWidget)`) gets `retranslate_ui()` called then; it sets every
text it shows there (and calls it once at the end of __init__). Texts made by self.tr() or the
catalogs once in __init__ and never set again stay in the old language.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel


class Retranslatable:
    """Mixin for QWidget subclasses: `changeEvent(LanguageChange)` -> `self.retranslate_ui()`."""

    def retranslate_ui(self) -> None:
        raise NotImplementedError(f"{type(self).__name__} must set its texts in retranslate_ui()")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - a Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)  # type: ignore[misc]


class LiveText:
    """A message label (ErrorLabel, DoneLabel...) whose text is made again on a language change:
    `show(lambda: self.tr("..."))` shows it, `show(None)` hides it, `retranslate()` remakes it.
    Bind loop variables and exceptions as defaults (`lambda e=exc: render_error(e)`)."""

    def __init__(self, label: QLabel):
        self.label = label
        self._make: Callable[[], str] | None = None

    def show(self, make: Callable[[], str] | None) -> None:
        self._make = make
        text = make() if make is not None else ""
        self.label.setText(text)
        self.label.setVisible(bool(text))

    def retranslate(self) -> None:
        if self._make is not None:
            self.label.setText(self._make())
