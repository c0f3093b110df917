"""Rendering service messages and errors, and installing catalogs that may not exist."""
from __future__ import annotations

from app.domain.messages import Msg
from app.services.errors import AuthenticationFailed, invalid
from app.ui.i18n import install_translators, render_error, tr_msg


def test_messages_and_errors_render_in_the_source_language():
    assert tr_msg(Msg.of("Member {id} does not exist.", id=7)) == "Member 7 does not exist."
    assert tr_msg("Applicant") == "Applicant"
    assert render_error(AuthenticationFailed(Msg.of("Wrong user name or password."))) == \
        "Wrong user name or password."
    assert render_error(invalid("document", "Type the document number.")) == \
        "Document: Type the document number."
    assert render_error(ValueError("no such table: x\n[SQL: ...]")) == \
        "Unexpected error: ValueError: no such table: x"


def test_missing_catalogs_do_not_fail(qapp):
    assert install_translators(qapp, "xx") == []
    loaded = install_translators(qapp, "es")          # Qt's qtbase_es and our ventanilla_es
    assert any("ventanilla_es" in f for f in loaded) and any("qtbase_es" in f for f in loaded)
    assert install_translators(qapp, "en") == [] or all("qtbase_en" in f for f in
                                                        install_translators(qapp, "en"))
