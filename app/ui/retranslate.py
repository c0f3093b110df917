"""Switching the language at run time: widgets that set their texts again on LanguageChange.

`app.i18n.install_translators` replaces the catalogs; Qt then sends QEvent.LanguageChange to every
window and, through them, to every widget. A widget that mixes in `Retranslatable` (before its Qt
class: `class Page(Retranslatable, QWidget)`) gets `retranslate_ui()` called then; it sets every
text it shows there (and calls it once at the end of __init__). Texts made by self.tr() or the
catalogs once in __init__ and never set again stay in the old language.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent


class Retranslatable:
    """Mixin for QWidget subclasses: `changeEvent(LanguageChange)` -> `self.retranslate_ui()`."""

    def retranslate_ui(self) -> None:
        raise NotImplementedError(f"{type(self).__name__} must set its texts in retranslate_ui()")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - a Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)  # type: ignore[misc]
