"""The member import panel: a file chosen, the verdict of every row before anything is written,
Import (all or nothing, or the good rows with "Skip invalid rows"), refusals said on the panel;
and the preview model's contract (qtmodeltester), filtered or not."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QFileDialog
from ui_helpers import valid_dni

from app.services import member_import
from app.services.member_search import search_members
from app.ui.admin.import_preview_model import (BadRole, BadRowsFilter, ImportPreviewModel,
                                               PreviewColumn, RowRole, verdict)
from app.ui.admin.member_import import MemberImportPanel
from app.ui.desk_context import DeskContext
from app.ui.events import AppEvents

HEADER = "document;given_names;surnames;birth_date;email\n"
GOOD_ROWS = [f"{valid_dni(31000000 + 17 * i)};Núria {chr(65 + i)};Puig Vila;1980-01-0{1 + i % 9};"
             f"n{i}@example.org\n" for i in range(8)]
BAD_ROWS = ["12345678A;Ana;Font;;\n",                          # line 10: check letter
            f"{valid_dni(32000000)};Pere;Vila;1990-13-01;\n",   # line 11: date
            f"{valid_dni(33000000)};Lia;Soler;;not-an-email\n"]  # line 12: e-mail
FILE = HEADER + "".join(GOOD_ROWS) + "".join(BAD_ROWS)


def make_panel(qtbot, lut, actor):  # noqa: ANN001, ANN201
    ctx = DeskContext.open(lut.ledger, actor, AppEvents())
    panel = MemberImportPanel(ctx)
    panel._test_events = ctx.events            # keep the events object alive with the panel
    qtbot.addWidget(panel)
    panel.resize(1000, 640)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def choose(qtbot, monkeypatch, panel, path):  # noqa: ANN001
    """Choose `path` through the panel's file dialog and wait for its rows' verdicts."""
    asked = []

    def open_name(parent, caption, folder, filters):  # noqa: ANN001, ANN202
        asked.append((caption, filters))
        return str(path), filters

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(open_name))
    panel.choose_button.click()
    qtbot.waitUntil(lambda: not panel.busy, timeout=20_000)
    return asked


def members_named(lut, actor, word):  # noqa: ANN001, ANN201
    return search_members(lut.ledger, actor, word)


def test_preview_then_import_the_good_rows_with_skip(qtbot, ledger, monkeypatch, tmp_path):
    admin = ledger.admin
    path = tmp_path / "socios.csv"
    path.write_text(FILE, encoding="utf-8")
    panel = make_panel(qtbot, ledger, admin)
    assert panel.file_label.text() == "No file chosen yet." and not panel.import_button.isEnabled()
    asked = choose(qtbot, monkeypatch, panel, path)
    assert asked[0][0] == "Choose the members file" and "*.csv" in asked[0][1]
    assert panel.file_label.text() == str(path)
    assert panel.counts_label.text() == "Rows: 11 · good: 8 · with errors: 3"
    assert members_named(ledger, admin, "puig") == []           # the preview wrote nothing
    model = panel.model
    assert model.rowCount() == 11 and model.columnCount() == PreviewColumn.COUNT
    bad = model.index(8, PreviewColumn.VERDICT)
    assert model.index(8, PreviewColumn.LINE).data() == "10"
    assert model.index(8, PreviewColumn.NAME).data() == "Font, Ana"
    assert bad.data().startswith("document: ") and "check letter" in bad.data()
    assert model.index(9, PreviewColumn.VERDICT).data().startswith("birth_date: ")
    assert model.index(10, PreviewColumn.VERDICT).data().startswith("email: ")
    assert model.index(0, PreviewColumn.VERDICT).data() == "OK"
    assert model.index(0, PreviewColumn.NAME).data() == "Puig Vila, Núria A"

    # All or nothing: with bad rows, Import waits for "Skip invalid rows".
    assert not panel.import_button.isEnabled()
    assert "Skip invalid rows" in panel.hint_label.text()
    panel.only_bad_box.setChecked(True)
    assert panel.view.model().rowCount() == 3
    assert panel.view.model().index(0, PreviewColumn.LINE).data() == "10"
    panel.skip_box.setChecked(True)
    assert panel.import_button.isEnabled() and panel.hint_label.text() == ""
    panel.import_button.click()
    qtbot.waitUntil(lambda: panel.result is not None and not panel.busy, timeout=30_000)
    assert (panel.result.imported, panel.result.rows, len(panel.result.errors)) == (8, 11, 3)
    assert panel.done_label.text() == ("8 of 11 members imported. Rows skipped for their "
                                       "errors: 3.")
    assert not panel.error.isVisible() and not panel.import_button.isEnabled()
    assert len(members_named(ledger, admin, "puig vila")) == 8
    assert model.index(0, PreviewColumn.VERDICT).data() == "Imported"
    assert model.index(8, PreviewColumn.VERDICT).data().startswith("document: ")   # skipped
    assert members_named(ledger, admin, "font ana") == []


def test_without_skip_the_import_writes_nothing_and_says_which_field(qtbot, ledger, monkeypatch,
                                                                    tmp_path):
    admin = ledger.admin
    path = tmp_path / "socios.csv"
    path.write_text(FILE, encoding="utf-8")
    panel = make_panel(qtbot, ledger, admin)
    choose(qtbot, monkeypatch, panel, path)
    panel.import_file()                       # the service decides, whatever the button says
    qtbot.waitUntil(lambda: panel.result is not None and not panel.busy, timeout=30_000)
    assert panel.result.imported == 0
    text = panel.error.text()
    assert text.startswith("Nothing was imported: 3 rows have errors. The first, on line 10, "
                           "document: ")
    assert members_named(ledger, admin, "puig vila") == []


def test_a_good_file_imports_whole_and_a_second_time_every_row_is_registered(
        qtbot, ledger, monkeypatch, tmp_path):
    admin = ledger.admin
    path = tmp_path / "good.csv"
    path.write_text(HEADER + "".join(GOOD_ROWS[:3]), encoding="utf-8")
    panel = make_panel(qtbot, ledger, admin)
    seen = []
    panel._ctx.events.changed.connect(seen.append)
    choose(qtbot, monkeypatch, panel, path)
    assert panel.counts_label.text() == "Rows: 3 · good: 3 · with errors: 0"
    assert not panel.skip_box.isEnabled() and panel.import_button.isEnabled()
    panel.import_button.click()
    qtbot.waitUntil(lambda: panel.result is not None and not panel.busy, timeout=30_000)
    assert panel.done_label.text() == "3 of 3 members imported."
    assert seen and seen[-1] is panel.result                    # the desk hears of the change
    choose(qtbot, monkeypatch, panel, path)                     # the same file again
    assert panel.counts_label.text() == "Rows: 3 · good: 0 · with errors: 3"
    assert panel.model.index(0, PreviewColumn.VERDICT).data() == (
        "document: This document is already registered.")
    assert "No row can be imported" in panel.hint_label.text()
    assert not panel.import_button.isEnabled() and not panel.done_label.isVisible()


def test_refusals_and_unreadable_files_are_said_on_the_panel(qtbot, ledger, monkeypatch,
                                                            tmp_path):
    path = tmp_path / "socios.csv"
    path.write_text(FILE, encoding="utf-8")
    panel = make_panel(qtbot, ledger, ledger.staff("auditor"))
    choose(qtbot, monkeypatch, panel, path)
    assert panel.error.isVisible() and "may not do this" in panel.error.text()
    assert panel.preview is None and not panel.import_button.isEnabled()

    panel = make_panel(qtbot, ledger, ledger.admin)
    latin = tmp_path / "latin.csv"
    latin.write_bytes("document;given_names;surnames\n12345678Z;Núria;Peña\n".encode("latin-1"))
    choose(qtbot, monkeypatch, panel, latin)
    assert panel.error.text() == "Document: The file is not UTF-8 text."
    choose(qtbot, monkeypatch, panel, tmp_path / "missing.csv")
    assert panel.error.text().startswith("The file could not be read: ")
    headless = tmp_path / "headless.csv"
    headless.write_text("document,given_names\n12345678Z,Ana\n", encoding="utf-8")
    choose(qtbot, monkeypatch, panel, headless)
    assert panel.error.text() == ("This file cannot be imported: surnames: The header has no "
                                  "column surnames.")
    assert panel.model.rowCount() == 0 and not panel.import_button.isEnabled()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a: ("", "")))
    assert panel.choose_file() == "" and panel.path == str(headless)   # cancelled: unchanged


def test_a_language_change_keeps_the_panel_and_its_verdicts(qtbot, ledger, monkeypatch, tmp_path):
    path = tmp_path / "socios.csv"
    path.write_text(FILE, encoding="utf-8")
    panel = make_panel(qtbot, ledger, ledger.admin)
    choose(qtbot, monkeypatch, panel, path)
    with qtbot.waitSignal(panel.model.dataChanged):
        QApplication.sendEvent(panel, QEvent(QEvent.Type.LanguageChange))
    assert panel.import_button.text() == "&Import"
    assert panel.counts_label.text() == "Rows: 11 · good: 8 · with errors: 3"


def _preview(lut):  # noqa: ANN001, ANN202
    return member_import.preview_members(lut.ledger, lut.admin, FILE.encode("utf-8"))


def test_the_preview_model_contract(qtmodeltester, ledger):
    """One check, then every change the panel makes (the tester re-checks on each signal)."""
    preview = _preview(ledger)
    model = ImportPreviewModel()
    qtmodeltester.check(model, force_py=True)                   # empty
    model.set_preview(preview)
    assert model.rowCount() == 11
    row = model.index(8, 0)
    assert model.data(row, RowRole) is preview.rows[8] and model.data(row, BadRole) is True
    assert model.data(row, Qt.ItemDataRole.EditRole) == 10
    assert model.headerData(PreviewColumn.VERDICT, Qt.Orientation.Horizontal) == "Verdict"
    assert verdict(preview.rows[0]) == "OK"
    model.set_imported(True)
    assert model.index(0, PreviewColumn.VERDICT).data() == "Imported"
    model.retranslate()
    model.set_preview(None)
    assert model.rowCount() == 0 and model.preview is None


def test_the_bad_rows_filter_contract(qtmodeltester, ledger):
    model = ImportPreviewModel()
    model.set_preview(_preview(ledger))
    proxy = BadRowsFilter()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy, force_py=True)
    proxy.set_only_bad(True)
    assert proxy.rowCount() == 3
    assert [proxy.index(r, 0).data() for r in range(3)] == ["10", "11", "12"]
    model.retranslate()
    model.set_preview(None)
    assert proxy.rowCount() == 0
    proxy.set_only_bad(False)
    model.set_preview(_preview(ledger))
    assert proxy.rowCount() == 11
