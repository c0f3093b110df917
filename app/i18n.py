"""Message catalogs for the edges (command line and windows): Qt's .qm files.

Services return `Msg` objects; `translator(lang)` gives the function that renders them.
Only QtCore is imported here, so the command line needs no display.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from .domain.messages import CONTEXT

CATALOGS = Path(__file__).resolve().parent.parent / "translations"
LANGUAGES = ("es", "ca", "en")
_installed: list[QTranslator] = []


def install(lang: str) -> None:
    """Load our catalog and Qt's own for `lang` into the running Qt application (once)."""
    app = QCoreApplication.instance() or QCoreApplication([])
    for tr in _installed:
        app.removeTranslator(tr)
    _installed.clear()
    if lang == "en":
        return
    ours = QTranslator()
    if ours.load(str(CATALOGS / f"ventanilla_{lang}.qm")):
        app.installTranslator(ours)
        _installed.append(ours)
    qt = QTranslator()
    if qt.load(QLocale(lang), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)


def translate(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def translator(lang: str) -> Callable[[str], str]:
    install(lang)
    return translate
