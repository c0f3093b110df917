"""The Administration page: which tabs each role sees, and each tab driven as an administrator
would (institution details with a field error, the logo, a new branch, a new user with a
temporary password, a role change, settings in the institution's format, a fee, holidays)."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtWidgets import QFileDialog

from app.domain.institution_details import InstitutionDetails
from app.domain.permissions import Role
from app.services import auth, branches, institution_admin, settings
from app.ui.admin.page import AdministrationPage
from app.ui.desk_context import DeskContext
from app.ui.events import AppEvents


def make_page(qtbot, lut, actor):  # noqa: ANN001, ANN201
    page = AdministrationPage(DeskContext.open(lut.ledger, actor, AppEvents()))
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def tab_keys(page) -> list[str]:  # noqa: ANN001
    return [page.tabs.widget(i).spec.key for i in range(page.tabs.count())]


def test_each_role_sees_the_tabs_its_services_allow(qtbot, ledger):
    admin = make_page(qtbot, ledger, ledger.admin)
    assert tab_keys(admin) == ["institution", "branches", "staff", "settings", "mail", "holidays",
                               "accounting", "loan_products", "import", "returns", "transfers", "backup"]
    supervisor = make_page(qtbot, ledger, ledger.staff("supervisor"))
    assert tab_keys(supervisor) == ["accounting", "returns", "transfers"]
    teller_ctx = DeskContext.open(ledger.ledger, ledger.staff("teller"), AppEvents())
    assert not AdministrationPage.applies(teller_ctx)


def test_institution_details_save_and_a_bad_field_is_named(qtbot, ledger):
    page = make_page(qtbot, ledger, ledger.admin)
    tab = page.show_tab("institution")
    tab.inputs["tax_id"].setText("F08000002")
    tab.inputs["city"].setText("Barcelona")
    tab.inputs["bic"].setText("CAIX")
    assert not tab.save()
    assert "8 or 11" in tab.rows.error("bic")
    assert institution_admin.institution_record(ledger.ledger, ledger.admin).details.city == ""
    tab.inputs["bic"].setText("caixesbbxxx")
    tab.inputs["iban"].setText("2100 0418 45 0200051332")
    assert tab.save()
    assert tab.inputs["iban"].text() == "ES9121000418450200051332"
    stored = institution_admin.institution_record(ledger.ledger, ledger.admin).details
    assert (stored.city, stored.bic) == ("Barcelona", "CAIXESBBXXX")
    assert tab.feedback.done_label.isVisible()


def test_the_logo_is_chosen_and_removed(qtbot, ledger, tmp_path, monkeypatch):
    from PySide6.QtGui import QColor, QImage
    image = QImage(120, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("#1d5a86"))
    path = tmp_path / "logo.png"
    image.save(str(path))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    tab = make_page(qtbot, ledger, ledger.admin).show_tab("institution")
    tab.choose_logo()
    assert institution_admin.logo(ledger.ledger, ledger.admin) == path.read_bytes()
    assert not tab.logo_view.pixmap().isNull() and tab.remove_logo_button.isEnabled()
    tab.remove_logo_button.click()
    assert institution_admin.logo(ledger.ledger, ledger.admin) is None


def test_a_new_branch_and_closing_it(qtbot, ledger):
    tab = make_page(qtbot, ledger, ledger.admin).show_tab("branches")
    tab.start_new()
    tab.save()
    assert "required" in tab.fields.error("name")
    tab.inputs["name"].setText("Gràcia")
    tab.inputs["city"].setText("Barcelona")
    view = tab.save()
    assert view.code == "0002" and tab.table.rowCount() == 2
    assert "0002" in tab.feedback.done_label.text()
    tab.toggle_active()
    assert not branches.list_branches(ledger.ledger, ledger.admin)[1].active
    assert tab.table.item(1, 5).text() == "Closed"


def test_a_new_user_gets_a_temporary_password_shown_once(qtbot, ledger):
    tab = make_page(qtbot, ledger, ledger.admin).show_tab("staff")
    dialog = tab.new_user()
    dialog.inputs["username"].setText("Bad Name")
    dialog.inputs["full_name"].setText("Berta Vidal")
    assert dialog.create() is None and dialog.rows.error("username")
    dialog.inputs["username"].setText("bvidal")
    dialog.inputs["role"].setCurrentIndex(dialog.inputs["role"].findData(Role.SUPERVISOR.value))
    view = dialog.create()
    assert view.role == "supervisor" and view.must_change_password
    password = dialog.password_label.text()
    assert dialog.password_label.isVisible() and len(password) == 14
    assert auth.login(ledger.ledger, "bvidal", password).must_change_password
    dialog.create_button.click()                 # Done
    qtbot.waitUntil(lambda: tab.dialog is None)
    assert tab.selected == "bvidal" and "bvidal" in [r.username for r in tab.rows]


def test_role_change_reset_and_lock_from_the_staff_tab(qtbot, ledger):
    ledger.staff("teller", "carles")
    tab = make_page(qtbot, ledger, ledger.admin).show_tab("staff")
    row = [r.username for r in tab.rows].index("carles")
    tab.table.selectRow(row)
    tab.role_combo.setCurrentIndex(tab.role_combo.findData("auditor"))
    tab.role_button.click()
    assert next(s for s in auth.list_staff(ledger.ledger, ledger.admin) if s.username == "carles").role == "auditor"
    password = tab.reset_password()
    assert auth.login(ledger.ledger, "carles", password).username == "carles"
    tab.lock_button.click()
    assert next(s for s in tab.rows if s.username == "carles").locked
    assert tab.lock_button.text() == "&Unlock"
    # an administrator cannot lock themselves: the refusal is shown, nothing changes
    tab.table.selectRow([r.username for r in tab.rows].index("admin"))
    tab.lock_button.click()
    assert "yourself" in tab.feedback.error_label.text()


def test_settings_are_typed_the_institution_s_way(qtbot, ledger):
    tab = make_page(qtbot, ledger, ledger.admin).show_tab("settings")
    assert tab.inputs["cash_soft_limit"].text() == "600,00"
    assert tab.inputs["withholding_rate"].text() == "19"
    tab.inputs["cash_soft_limit"].setText("700.00")           # the other convention
    assert not tab.save() and "1.250,50" in tab.rows.error("cash_soft_limit")
    tab.inputs["cash_soft_limit"].setText("1.700,00")
    tab.inputs["withholding_rate"].setText("19,5")
    tab.inputs["idle_lock_minutes"].setValue(9)
    assert tab.save()
    stored = settings.get_settings(ledger.ledger, ledger.admin)
    assert stored["cash_soft_limit"] == Decimal("1700.00")
    assert stored["withholding_rate"] == Decimal("0.195") and stored["idle_lock_minutes"] == 9
    assert "3 setting(s) saved" in tab.feedback.done_label.text()


def test_a_fee_is_set_from_the_settings_tab(qtbot, ledger):
    fees = make_page(qtbot, ledger, ledger.admin).show_tab("settings").fees
    fees.operation.setCurrentIndex(fees.operation.findData("cash_withdrawal"))
    fees.inputs["fixed"].setText("0,36")
    fees.inputs["percent"].setText("0,5")
    fees.inputs["maximum"].setText("5,00")
    assert fees.save()
    rule = settings.fee_rules(ledger.ledger, ledger.admin)[0]
    assert (rule.fixed, rule.percent, rule.maximum) == (Decimal("0.36"), Decimal("0.5"), Decimal("5.00"))
    assert fees.table.rowCount() == 1 and fees.table.item(0, 2).text() == "0,5"


def test_holidays_region_and_an_extra_closing_day(qtbot, ledger):
    tab = make_page(qtbot, ledger, ledger.admin).show_tab("holidays")
    tab.year.setValue(2026)
    tab.region.setCurrentIndex(tab.region.findData("CT"))
    assert tab.apply_region()
    names = [tab.table.item(r, 1).text() for r in range(tab.table.rowCount())]
    assert any("Catalonia" in n or "Catalunya" in n for n in names)
    from PySide6.QtCore import QDate
    tab.day.setDate(QDate(2026, 7, 20))
    tab.day_name.setText("Festa major")
    assert tab.add_closing()
    days = {h.day: h for h in settings.holidays_of(ledger.ledger, ledger.admin, 2026)}
    assert days[date(2026, 7, 20)].source == "added"
    row = [h.day for h in tab.rows].index(date(2026, 7, 20))
    tab.table.selectRow(row)
    assert tab.reset_selected()
    assert date(2026, 7, 20) not in {h.day for h in settings.holidays_of(ledger.ledger, ledger.admin, 2026)}


def test_backup_from_the_desk_clears_the_reminder(qtbot, ledger, tmp_path, monkeypatch):
    from app.ui.status_bar import DeskStatusBar
    ctx = DeskContext.open(ledger.ledger, ledger.admin, AppEvents())
    bar = DeskStatusBar(ctx)
    qtbot.addWidget(bar)
    bar.show()
    assert bar.backup_label.isVisible()                     # no backup yet: due
    page = make_page(qtbot, ledger, ledger.admin)
    panel = page.show_tab("backup")
    assert panel.due_label.isVisible()
    target = tmp_path / "copy.ventanilla-backup"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    panel.with_key.setChecked(True)
    panel.passphrase.setText("short")
    assert panel.ask_backup() == "" and "8 characters" in panel.feedback.error_label.text()
    panel.passphrase.setText("a long passphrase")
    panel.repeat.setText("a long passphrase")
    panel.ask_backup()
    qtbot.waitUntil(lambda: panel.worker is None, timeout=30_000)
    assert target.exists(), panel.feedback.error_label.text()
    assert not panel.due_label.isVisible() and "Last backup" in panel.last_label.text()
    assert "with the key" in panel.last_label.text()
    bar.refresh()
    assert not bar.backup_label.isVisible()


def test_restore_from_the_desk_signs_out(qtbot, ledger, tmp_path, monkeypatch):
    if ledger.backend != "sqlite":
        import shutil
        if shutil.which("pg_restore") is None:
            raise AssertionError("pg_restore is needed for PostgreSQL restores")
    from app.services import backup, members
    from ui_helpers import register
    path = tmp_path / "before.ventanilla-backup"
    taken = backup.take_backup(ledger.ledger, ledger.admin, path)
    later = register(ledger, ledger.admin, "Later", "Member", 30001001)   # not in the backup
    page = make_page(qtbot, ledger, ledger.admin)
    panel = page.show_tab("backup")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    assert not panel.restore_button.isEnabled()             # the replacement must be confirmed
    panel.confirm_replace.setChecked(True)
    with qtbot.waitSignal(page.ledger_replaced, timeout=60_000):
        panel.ask_restore()
    assert "Restored" in panel.feedback.done_label.text()
    assert panel.last_result.members == taken.members
    assert members.member_rows(ledger.ledger, ledger.admin, [later.id]) == []   # read anew: gone


def test_the_transfer_file_from_the_desk(qtbot, ledger, tmp_path, monkeypatch):
    from app.domain.institution_details import InstitutionDetails
    from app.domain.member_form import MemberInput
    from app.services import contributions, drawer, members, petitions, refunds
    institution_admin.update_institution(ledger.ledger, ledger.admin, InstitutionDetails(
        name="Coop Exemple SCCL", tax_id="F08000002", iban="ES9121000418450200051332"))
    teller = ledger.staff("teller")
    f = members.register_member(ledger.ledger, teller, MemberInput(
        document="12345678Z", given_names="Ana", surnames="Puig", bank_account="ES7921000813610123456789"))
    drawer.open_drawer(ledger.ledger, teller, {"50": 10})
    for kind, amount in (("mandatory", "300.00"), ("voluntary", "80.00")):
        contributions.execute(ledger.ledger, teller, contributions.ContributionRequest(
            f.id, kind, Decimal(amount), "cash", f.id), kind)
    view = refunds.request_refund(ledger.ledger, teller, refunds.RefundRequest(f.id, Decimal("80.00"), "transfer"))
    supervisor = ledger.staff("supervisor")
    petitions.approve(ledger.ledger, supervisor, view.id)
    tab = make_page(qtbot, ledger, supervisor).show_tab("transfers")
    assert tab.waiting_table.rowCount() == 1 and "80,00 €" in tab.total_label.text()
    target = tmp_path / "t.xml"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert tab.make_file() == str(target)
    assert b"pain.001.001.09" in target.read_bytes()
    assert tab.waiting_table.rowCount() == 0 and tab.files_table.rowCount() == 1
    assert not tab.make_button.isEnabled()
    again = tmp_path / "again.xml"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(again), ""))
    tab.files_table.selectRow(0)
    assert tab.save_again() == str(again) and again.read_bytes() == target.read_bytes()


def test_capital_returns_rate_run_and_certificates_with_progress(qtbot, ledger, tmp_path, monkeypatch):
    from datetime import date
    from sqlalchemy import update
    from app.domain.member_form import MemberInput
    from app.models import Institution
    from app.services import contributions, drawer, members
    with ledger.ledger.engine.begin() as c:
        c.execute(update(Institution).values(business_date=date(2026, 1, 2)))
    teller = ledger.staff("teller")
    drawer.open_drawer(ledger.ledger, teller, {"50": 20})
    f = members.register_member(ledger.ledger, teller, MemberInput(
        document="12345678Z", given_names="Ana", surnames="Puig"))
    for kind, amount in (("mandatory", "300.00"), ("voluntary", "730.00")):
        contributions.execute(ledger.ledger, teller, contributions.ContributionRequest(
            f.id, kind, Decimal(amount), "cash", f.id), kind)
    with ledger.ledger.engine.begin() as c:
        c.execute(update(Institution).values(business_date=date(2026, 12, 31)))
    tab = make_page(qtbot, ledger, ledger.admin).show_tab("returns")
    assert tab.year.value() == 2026 and "No rate set" in tab.preview_label.text()
    tab.rate_edit.setText("abc")
    assert tab.set_rate() is None and tab.feedback.error_label.isVisible()
    tab.rate_edit.setText("3,65")
    assert tab.set_rate() == Decimal("0.0365")
    tab.show_preview()
    assert "1 members: gross 26,57 €, withheld 5,05 €" in tab.feedback.done_label.text()   # from 2 January
    assert tab.run_year() is not None and "posted" in tab.feedback.done_label.text()
    assert tab.run_year() is None and "already been run" in tab.feedback.error_label.text()
    with ledger.ledger.engine.begin() as c:
        c.execute(update(Institution).values(business_date=date(2027, 1, 4)))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    worker = tab.write_certificates()
    assert tab.cancel_button.isVisible() and not tab.cert_button.isEnabled()
    qtbot.waitUntil(lambda: tab.worker is None, timeout=60_000)
    assert tab.last_batch is not None and tab.last_batch.written == 1, tab.feedback.error_label.text()
    assert (tmp_path / "certificates-2026" / "certificate-2026-12345678Z.pdf").exists()
    assert tab.progress.value() == 1 and "1 certificates written" in tab.feedback.done_label.text()
    assert worker.isFinished()


def test_direct_debits_file_and_a_returned_one_from_the_desk(qtbot, ledger, tmp_path, monkeypatch):
    from datetime import date
    from app.domain.member_form import MemberInput
    from app.services import contributions, drawer, members, periodic
    institution_admin.update_institution(ledger.ledger, ledger.admin, InstitutionDetails(
        name="Coop Exemple SCCL", tax_id="F08000002", iban="ES9121000418450200051332",
        sepa_creditor_id="ES94ZZZF08000002"))
    teller = ledger.staff("teller")
    f = members.register_member(ledger.ledger, teller, MemberInput(
        document="12345678Z", given_names="Ana", surnames="Puig", bank_account="ES7921000813610123456789"))
    drawer.open_drawer(ledger.ledger, teller, {"50": 10})
    contributions.execute(ledger.ledger, teller, contributions.ContributionRequest(
        f.id, "mandatory", Decimal("300.00"), "cash", f.id), "m")
    periodic.register_mandate(ledger.ledger, teller, f.id, date(2026, 11, 30))
    contributions.execute(ledger.ledger, teller, contributions.ContributionRequest(
        f.id, "voluntary", Decimal("60.00"), "sepa", f.id), "v")
    supervisor = ledger.staff("supervisor")
    card = make_page(qtbot, ledger, supervisor).show_tab("transfers").collections
    assert card.table.rowCount() == 1 and card.make_button.isEnabled()
    target = tmp_path / "c.xml"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert card.make_file() == str(target) and b"pain.008.001.08" in target.read_bytes()
    assert "1 direct debits" in card.feedback.done_label.text() and not card.make_button.isEnabled()
    card.table.selectRow(0)
    card.reason.setText("AM04")
    assert card.return_selected()
    assert contributions.capital_summary(ledger.ledger, teller, f.id).voluntary == 0
