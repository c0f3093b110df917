"""`ventanilla self-check`: proves that this installation (a source checkout or the PyInstaller
bundle) has everything the desk loads at run time, without a display and without touching any
real ledger or key file.

Each step prints one line; the first that fails is named and the command exits 1. The ledger is a
temporary SQLite file, and VENTANILLA_KEY_DIR / VENTANILLA_DATA_DIR point at temporary folders
while the check runs.
"""
from __future__ import annotations

import os
import secrets
import sys
import tempfile
import traceback
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

EXIT_OK, EXIT_FAULT = 0, 1
REQUIRED_PLATFORMS = ("offscreen", "xcb")


class CheckFailed(RuntimeError):
    pass


def _require(condition: object, text: str) -> None:
    if not condition:
        raise CheckFailed(text)


class _State:
    def __init__(self, tmp: Path):
        self.tmp = tmp
        self.app = None
        self.ledger = None
        self.pdf = b""


def _qt(state: _State) -> str:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import QLibraryInfo
    from PySide6.QtWidgets import QApplication

    from .ui.refcount_guard import guard
    guard()
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "ventanilla"])
    app.setApplicationName("Ventanilla")
    app.setOrganizationName("Ventanilla")
    state.app = app
    _require(app.platformName() == "offscreen", f"platform is {app.platformName()!r}, not offscreen")
    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"
    found = sorted(p.name for p in plugins.glob("libq*.so*")) if plugins.is_dir() else []
    for name in REQUIRED_PLATFORMS:
        _require(any(f.startswith(f"libq{name}.") for f in found),
                 f"platform plugin {name} missing from {plugins}")
    return f"PySide6 {pyside_version}, platform offscreen; plugins: {', '.join(found)}"


def _modules(state: _State) -> str:
    """Every module of the program imports (the desk loads some of them by name, later)."""
    import importlib
    import pkgutil

    import app
    names = [m.name for m in pkgutil.walk_packages(app.__path__, "app.")
             if not m.name.startswith("app.migrations")]   # Alembic runs those itself
    for name in names:
        importlib.import_module(name)
    _require(len(names) > 20, f"only {len(names)} modules of the program found")
    return f"{len(names)} modules of the program import"


def _translations(state: _State) -> str:
    from .i18n import CATALOGS, install_translators
    loaded = []
    for lang in ("ca", "es"):        # Spanish last: the login window below is drawn in it
        files = install_translators(state.app, lang)
        names = [Path(f).name for f in files]
        _require(f"ventanilla_{lang}.qm" in names, f"ventanilla_{lang}.qm not found in {CATALOGS}")
        loaded += names
    return ", ".join(loaded)


def _style(state: _State) -> str:
    from PySide6.QtGui import QIcon

    from .ui.app import STYLE_SHEET, WINDOW_ICON, load_style_sheet
    _require(load_style_sheet(state.app), f"cannot read {STYLE_SHEET}")
    _require(state.app.styleSheet().strip(), f"{STYLE_SHEET} is empty")
    icon = QIcon(str(WINDOW_ICON))
    _require(not icon.isNull() and not icon.pixmap(48, 48).isNull(), f"cannot load {WINDOW_ICON}")
    state.app.setWindowIcon(icon)
    return f"{STYLE_SHEET.name} ({len(state.app.styleSheet())} characters), icon {WINDOW_ICON.name}"


def _ledger(state: _State) -> str:
    from . import db
    from .paths import sqlite_url
    from .services import auth
    from .services.context import Ledger
    from .services.institution import init_ledger
    from .services.ledger_check import check

    url = sqlite_url(state.tmp / "data" / "self-check.sqlite")
    ledger = Ledger.open(url)                               # runs the Alembic migrations
    state.ledger = ledger
    head = db.head_revision()
    _require(head and db.current_revision(ledger.engine) == head, "the migrations did not reach head")
    password = "Sc-" + secrets.token_urlsafe(12)
    init_ledger(ledger, profile="es-coop", name="Cooperativa Self-Check", tax_id="F08000002",
                admin="checker", admin_password=password, region="CT")
    _require(any((state.tmp / "keys").iterdir()), "no key file was written")
    actor = auth.login(ledger, "checker", password)        # argon2 verifies the hash
    _require(actor.username == "checker", "sign-in returned another user")
    faults = check(ledger)
    _require(not faults, f"ledger check found {len(faults)} fault(s)")
    return f"migrated to {head}, institution created, sign-in (argon2) and ledger check passed"


def _domain_data(state: _State) -> str:
    from babel.dates import format_date

    from .domain.calendar import package_holidays
    from .domain.identifiers import DocumentType, normalize_document, normalize_spanish_account
    from .domain.money import amount_in_words, currency

    year = date.today().year
    days = package_holidays("ES", "CT", year)
    _require(len(days) >= 8, f"holidays: {len(days)} days for ES-CT")
    ec_days = package_holidays("EC", None, year)
    _require(ec_days, "holidays: none for EC")
    _require(normalize_document(DocumentType.DNI, "12345678-z") == "12345678Z", "stdnum: DNI")
    _require(normalize_spanish_account("ES91 2100 0418 4502 0005 1332").startswith("ES91"), "stdnum: IBAN")
    when = format_date(date(year, 1, 6), format="long", locale="ca_ES")
    _require("gener" in when, f"babel: {when!r}")
    words = amount_in_words(Decimal("1250.50"), "es", currency("EUR"))
    _require("doscientos" in words, f"num2words: {words!r}")
    return f"holidays ({len(days)} in ES-CT), stdnum, babel ({when}), num2words ({words})"


def _sepa(state: _State) -> str:
    from sepaxml import SepaTransfer
    sepa = SepaTransfer({"name": "Cooperativa Self-Check", "IBAN": "ES9121000418450200051332",
                         "BIC": "CAIXESBBXXX", "batch": True, "currency": "EUR"}, clean=True)
    sepa.add_payment({"name": "Socia", "IBAN": "ES7921000813610123456789", "BIC": "CAIXESBBXXX",
                      "amount": 125050, "execution_date": date.today(), "description": "self-check"})
    xml = sepa.export(validate=True)                        # against sepaxml's XSD schemas
    return f"pain.001 transfer validated against its XSD ({len(xml)} bytes)"


def _receipt(state: _State) -> str:
    from .documents.fonts import register_fonts
    from .documents.receipt import build_receipt
    from .services.receipts import ReceiptData
    now = datetime.now()
    data = ReceiptData(
        institution="Cooperativa Self-Check", tax_id="F08000002", branch="0001 Main office",
        teller="Checker", business_date=now.date(), printed_at=now, receipt="0001-2026-000001",
        operation="Cash deposit", member="Puig Serra, Núria", member_document="12345678Z",
        acting="", account_number="ES91 2100 0418 4502 0005 1332", account_name="Savings",
        currency="EUR", amount=Decimal("1250.50"), fee=Decimal("0"), vat=Decimal("0"),
        balance_after=Decimal("3000.00"), reverses=None, locale="es_ES")
    pdf = build_receipt(data, "es")
    _require(pdf.startswith(b"%PDF") and b"%%EOF" in pdf[-64:], "the receipt is not a PDF")
    state.pdf = pdf
    regular, _bold = register_fonts()
    return f"{len(pdf)} bytes, font {regular}"


def _pdf_view(state: _State) -> str:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView  # noqa: F401 - the preview's widget module loads

    buffer = QBuffer()
    buffer.setData(QByteArray(state.pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    doc = QPdfDocument()
    doc.load(buffer)
    _require(doc.status() == QPdfDocument.Status.Ready and doc.pageCount() == 1,
             f"QtPdf could not read the receipt ({doc.status()})")
    image = doc.render(0, QSize(420, 300))
    _require(not image.isNull(), "QtPdf rendered nothing")
    _require(len({image.pixel(x, y) for x in range(0, 420, 7) for y in range(0, 300, 7)}) > 2,
             "QtPdf rendered a blank page")
    doc.close()
    return f"QtPdf read and rendered the receipt ({image.width()}x{image.height()})"


def _login_window(state: _State) -> str:
    from .ui.login_window import LoginWindow
    window = LoginWindow(demo_hint="self-check")
    window.resize(window.sizeHint().expandedTo(window.minimumSize()))
    window.show()
    state.app.processEvents()
    pixmap = window.grab()
    window.close()
    _require(not pixmap.isNull() and pixmap.width() > 100 and pixmap.height() > 100,
             "the login window grabbed as an empty image")
    image = pixmap.toImage()
    colours = {image.pixel(x, y) for x in range(0, image.width(), 5) for y in range(0, image.height(), 5)}
    _require(len(colours) > 3, "the login window is blank")
    out = state.tmp / "login.png"
    _require(pixmap.save(str(out), "PNG"), "cannot save the login window image")
    return f"{pixmap.width()}x{pixmap.height()}, {len(colours)} colours sampled"


def _optional(state: _State) -> str:
    try:
        import psycopg
    except ImportError:
        return "psycopg not installed (PostgreSQL ledgers unavailable)"
    return f"psycopg {psycopg.__version__} ({psycopg.pq.__impl__})"


STEPS: tuple[tuple[str, Callable[[_State], str]], ...] = (
    ("qt", _qt),
    ("modules", _modules),
    ("translations", _translations),
    ("style sheet", _style),
    ("ledger", _ledger),
    ("domain data", _domain_data),
    ("sepa", _sepa),
    ("receipt pdf", _receipt),
    ("pdf module", _pdf_view),
    ("login window", _login_window),
    ("postgresql driver", _optional),
)


def run_self_check(say: Callable[[str], None] = print) -> int:
    saved = {k: os.environ.get(k) for k in ("VENTANILLA_KEY_DIR", "VENTANILLA_DATA_DIR", "VENTANILLA_DB")}
    with tempfile.TemporaryDirectory(prefix="ventanilla-self-check-") as tmp:
        state = _State(Path(tmp))
        os.environ["VENTANILLA_KEY_DIR"] = str(state.tmp / "keys")
        os.environ["VENTANILLA_DATA_DIR"] = str(state.tmp / "data")
        os.environ.pop("VENTANILLA_DB", None)
        (state.tmp / "keys").mkdir()
        (state.tmp / "data").mkdir()
        try:
            for name, step in STEPS:
                try:
                    detail = step(state)
                except Exception as exc:  # noqa: BLE001 - reported as the failing step
                    traceback.print_exc(file=sys.stderr)
                    say(f"{name}: FAILED: {exc}")
                    say(f"self-check failed at step: {name}")
                    return EXIT_FAULT
                say(f"{name}: ok - {detail}")
        finally:
            if state.ledger is not None:
                state.ledger.dispose()
            for key, value in saved.items():
                if value is None:
                    os.environ.pop(key, None)
                else:
                    os.environ[key] = value
    say("self-check passed")
    return EXIT_OK
