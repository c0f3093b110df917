"""Message catalogs for the edges (command line and windows): Qt's .qm files.

Services return `Msg` objects; `translator(lang)` gives the function that renders them.
Only QtCore is imported here, so the command line needs no display.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from .domain.messages import CONTEXT

CATALOGS = Path(__file__).resolve().parent.parent / "translations"
LANGUAGES = ("es", "ca", "en")
_TAG = "ventanilla-translator"


def install_translators(app: QCoreApplication, lang: str) -> list[str]:
    """Install Ventanilla's catalog translations/ventanilla_{lang}.qm and Qt's own
    qtbase_{lang}.qm when they exist (a missing catalog leaves the English source text).
    Replaces the translators a previous call installed. Returns the files loaded."""
    for old in app.findChildren(QTranslator, _TAG):
        app.removeTranslator(old)
        old.deleteLater()
    lang = (lang or "en").replace("-", "_")
    loaded = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, directory in ((f"qtbase_{lang}", qt_dir), (f"ventanilla_{lang}", str(CATALOGS))):
        translator = QTranslator(app)
        translator.setObjectName(_TAG)
        if translator.load(name, directory):
            app.installTranslator(translator)
            loaded.append(translator.filePath())
        else:
            translator.deleteLater()
    return loaded


def translate(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def translator(lang: str) -> Callable[[str], str]:
    """Install the catalogs for `lang` in this process (a QCoreApplication is created when there
    is none, for the command line) and return the function that translates with them."""
    app = QCoreApplication.instance() or QCoreApplication([])
    install_translators(app, lang)
    return translate
