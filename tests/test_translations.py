"""The Qt catalogs: every visible string has a finished Spanish and Catalan translation, the
translations keep their placeholders, and the built catalogs are what the desk shows.

The first test extracts the current source tree (scripts/catalogs.py: pyside6-lupdate plus the
N_() pass) into a temporary copy of translations/*.ts, so a string added anywhere in app/ without
its translations fails here, named with its file and line. Fix: `.venv/bin/python
scripts/catalogs.py extract`, translate the unfinished strings of translations/ventanilla_es.ts
and ventanilla_ca.ts (Qt Linguist, or by hand), then `scripts/catalogs.py check`.
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from app.domain.messages import Msg
from app.i18n import install_translators
from app.services.errors import NotFound, invalid
from app.ui.i18n import render_error, tr_msg

ROOT = Path(__file__).resolve().parent.parent


def _load_catalogs():
    spec = importlib.util.spec_from_file_location("ventanilla_catalogs", ROOT / "scripts" / "catalogs.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module          # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


catalogs = _load_catalogs()


@pytest.fixture(scope="module")
def extraction():
    return catalogs.extract_messages()


@pytest.fixture
def installed(qapp):
    """Install catalogs by language; English (no catalog) again afterwards."""
    catalogs.build(only_stale=True)
    yield lambda lang: install_translators(qapp, lang)
    install_translators(qapp, "en")


def test_every_visible_string_has_a_finished_spanish_and_catalan_translation():
    faults = catalogs.check_fresh()
    assert not faults, (f"{len(faults)} catalog problem(s) (run scripts/catalogs.py extract, "
                        "translate, then scripts/catalogs.py check):\n" + "\n".join(faults))


def test_the_extraction_sees_every_kind_of_mark(extraction):
    found = extraction.messages
    assert not extraction.problems, "\n".join(extraction.problems)
    assert ("ventanilla", "Document", "") in found                   # N_ in FIELD_LABELS
    assert ("ventanilla", "Applicant", "") in found                  # N_ in STATUS_LABELS
    assert ("ventanilla", "Teller", "") in found                     # N_ in ROLE_LABELS
    assert ("ventanilla", "Unexpected error: %1", "") in found       # QCoreApplication.translate
    assert ("MemberSearch", "Member no.", "") in found               # self.tr, class context
    assert ("Actions", "&Desk", "") in found                         # QT_TRANSLATE_NOOP
    assert "Console" not in {m.context for m in found.values()}      # console.tr: "ventanilla"
    plural = found[("MemberSearch", "%n members", "")]
    assert plural.numerus and plural.locations


def test_untranslatable_marks_are_reported(tmp_path):
    (tmp_path / "page.py").write_text(
        "from PySide6.QtWidgets import QWidget\n"
        "from app.domain.messages import N_\n"
        "LABEL = N_('Counted')\n"
        "def columns(tr):\n"
        "    return [tr('Loose title')]\n"
        "class Page(QWidget):\n"
        "    def text(self, n):\n"
        "        return self.tr(f'{n} items') + self.tr('Fine %1')\n", encoding="utf-8")
    result = catalogs.extract_messages(tmp_path)
    assert ("ventanilla", "Counted", "") in result.messages
    assert ("Page", "Fine %1", "") in result.messages
    problems = "\n".join(result.problems)
    assert "page.py:5: 'Loose title' gets the context ''" in problems
    assert "page.py:8: tr() of a computed text" in problems


def test_placeholders_numbers_and_accelerators_must_survive():
    def faults(source, translation, numerus=False):
        m = catalogs.Message("ctx", source, numerus=numerus, type="")
        if numerus:
            m.forms = list(translation)
        else:
            m.translation = translation
        return catalogs.problems_of(m)

    assert faults("Account {id} does not exist.", "La cuenta {id} no existe.") == []
    assert faults("Account {id} does not exist.", "La cuenta {ident} no existe.")
    assert faults("Branch %1 %2", "Oficina %1")
    assert faults("Use 2 to 40 letters.", "Usa de 2 a 4 letras.")
    assert faults("&Quit", "Salir")
    assert faults("Remove < > {{ }}.", "Quita < > { }.")
    assert faults("%n members", ("%n socio", "%n socios"), numerus=True) == []
    assert faults("%n members", ("un socio", "%n socios"), numerus=True)
    assert faults("Sign in", "") == ["not translated"]


def test_merge_keeps_translations_and_marks_vanished_and_new():
    msg = catalogs.Message
    catalog = catalogs.Catalog("es_ES")
    for m in (msg("c", "Kept", translation="Guardado", type=""),
              msg("c", "Gone", translation="Ido", type=""),
              msg("c", "Half", translation="Medio", type="unfinished"),
              msg("c", "Empty")):
        catalog.messages[m.key] = m
    extracted = {m.key: m for m in (msg("c", "Kept", locations=[("app/x.py", 3)]),
                                    msg("d", "Kept", locations=[("app/y.py", 9)]),
                                    msg("c", "New", locations=[("app/x.py", 5)]))}
    catalogs.merge(catalog, extracted)
    got = catalog.messages
    assert got[("c", "Kept", "")].finished() and got[("c", "Kept", "")].translation == "Guardado"
    assert got[("c", "Gone", "")].type == "vanished"
    assert got[("c", "Half", "")].type == "obsolete"
    assert ("c", "Empty", "") not in got
    assert got[("c", "New", "")].type == "unfinished"
    suggested = got[("d", "Kept", "")]                  # same English text elsewhere: a hint
    assert suggested.translation == "Guardado" and suggested.type == "unfinished"
    catalogs.merge(catalog, {**extracted, ("c", "Gone", ""): msg("c", "Gone")})     # it is back
    assert catalog.messages[("c", "Gone", "")].finished()


def test_service_messages_render_in_spanish_and_catalan(installed):
    error = invalid("document", "Type the document number.")
    missing = NotFound(Msg.of("Member {id} does not exist.", id=7))
    installed("es")
    assert render_error(error) == "Documento: Escribe el número de documento."
    assert render_error(missing) == "El socio 7 no existe."
    assert tr_msg("Applicant") == "Solicitante"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancelar"    # qtbase_es
    installed("ca")
    assert render_error(error) == "Document: Escriu el número de document."
    assert render_error(missing) == "El soci 7 no existeix."
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel·la"   # qtbase_ca
    installed("en")
    assert render_error(error) == "Document: Type the document number."


def test_installments_are_feminine_and_loans_masculine_in_spanish_and_catalan(installed):
    from app.domain.loan_payments import STATUS_LABELS, InstallmentStatus as S
    from app.services.loan_views import LOAN_STATUS_LABELS
    words = lambda: ([tr_msg(STATUS_LABELS[s]) for s in (S.PAID, S.OVERDUE, S.CURRENT, S.UPCOMING)],  # noqa: E731
                     [tr_msg(LOAN_STATUS_LABELS[s]) for s in ("paid", "overdue", "active")])
    installed("es")          # la cuota / el préstamo, as the seed's table writes them
    assert words() == (["Pagada", "Vencida", "Vigente", "Por vencer"], ["Pagado", "Vencido", "Vigente"])
    installed("ca")          # la quota / el préstec
    assert words() == (["Pagada", "Vençuda", "Vigent", "Per vèncer"], ["Pagat", "Vençut", "Vigent"])


def test_a_window_follows_the_language_at_run_time(qtbot, installed):
    from app.ui.login_window import LoginWindow
    window = LoginWindow()
    qtbot.addWidget(window)
    assert window.sign_in_button.text() == "Sign in"
    installed("es")
    qtbot.waitUntil(lambda: window.sign_in_button.text() == "Entrar")
    assert window.user_label.text() == "&Usuario"
    installed("ca")
    qtbot.waitUntil(lambda: window.sign_in_button.text() == "Entra")
    assert window.password_label.text() == "&Contrasenya"
    installed("en")
    qtbot.waitUntil(lambda: window.sign_in_button.text() == "Sign in")


def test_cards_read_as_cards_not_ledger_sides_and_their_status_is_feminine(installed):
    from app.domain.cards import KIND_LABELS, Kind, Status
    from app.ui.cards.model import CONTEXT, STATUS_LABELS
    from PySide6.QtCore import QCoreApplication
    words = lambda: ([tr_msg(KIND_LABELS[k]) for k in (Kind.DEBIT, Kind.CREDIT)],  # noqa: E731
                     [QCoreApplication.translate(CONTEXT, STATUS_LABELS[s]) for s in Status])
    installed("es")          # la tarjeta: not the Cargo/Abono of a movement
    assert words() == (["Tarjeta de débito", "Tarjeta de crédito"], ["Activa", "Bloqueada", "Cancelada"])
    installed("ca")
    assert words() == (["Targeta de dèbit", "Targeta de crèdit"], ["Activa", "Bloquejada", "Cancel·lada"])
