"""Translation at the Qt edge: service messages, errors and the catalogs.

Services and the domain hand over `Msg` keys (English source text with {named} parameters) and
errors that can `render(translate)` themselves; here they meet the Qt catalogs, all in the
"ventanilla" context. This module imports Qt only, so the login window can use it before the
services are loaded: it duck-types messages and errors instead of importing their classes.
"""
from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLocale

from ..i18n import install_translators  # noqa: F401  (the one loader of catalogs)

CONTEXT = "ventanilla"
log = logging.getLogger("ventanilla.ui")


def translate(text: str) -> str:
    """A marked (N_) source text in this language; the source itself without a catalog."""
    return QCoreApplication.translate(CONTEXT, text)


def tr_msg(msg: object) -> str:
    """A service `Msg` (or a plain marked string) rendered in the current language."""
    if isinstance(msg, str):
        return translate(msg)
    render = getattr(msg, "render", None)
    return render(translate) if callable(render) else str(msg)


def render_error(exc: BaseException) -> str:
    """The message of a service error (ServiceError.render) or of an error that carries a `Msg`
    in `.msg` (LedgerVersionError, InvalidAmount...). Anything else is a fault, not a message
    for the teller: it is logged with its traceback and named in one short line."""
    render = getattr(exc, "render", None)
    if callable(render):
        try:
            return render(translate)
        except TypeError:
            pass
    msg = getattr(exc, "msg", None)
    if msg is not None and callable(getattr(msg, "render", None)):
        return msg.render(translate)
    log.error("unexpected error", exc_info=exc)
    detail = (str(exc).strip().splitlines() or [type(exc).__name__])[0][:160]
    return QCoreApplication.translate("ventanilla", "Unexpected error: %1").replace(
        "%1", f"{type(exc).__name__}: {detail}" if detail != type(exc).__name__ else detail)


def system_language() -> str:
    """'es', 'ca', 'en'... from the desk's locale."""
    return QLocale.system().name().split("_")[0] or "en"
