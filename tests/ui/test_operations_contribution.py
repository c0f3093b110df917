"""Capital contributions through the operation panel (F7): the mandatory one on the Spanish
ledger (amount fixed, the applicant becomes active, the Capital tab shows it), a voluntary one in
cash refused at the Spanish cash limit, and one from savings on the Ecuadorian ledger."""
from __future__ import annotations

import pytest
from cash_helpers import D, ec_member, open_window
from PySide6.QtCore import Qt
from ui_helpers import register

from app.domain.contributions import Source
from app.services import cash_ops, contributions, drawer, ledger as ledger_svc, members
from app.services.cash_ops import CashRequest, DEPOSIT
from app.ui.operations import receipt as receipt_ui
from app.ui.operations.framework import CONFIRM, FORM, RESULT


@pytest.fixture(autouse=True)
def no_pdf_window(monkeypatch):  # noqa: ANN201
    monkeypatch.setattr(receipt_ui, "_show_pdf", lambda *a, **k: None)


def _panel(qtbot, window, member_id):  # noqa: ANN001, ANN202
    window.summary.show_member(member_id)
    qtbot.keyClick(window, Qt.Key.Key_F7)
    panel = window.operations.panel
    assert panel is not None and panel.isVisible()
    qtbot.waitUntil(panel.isActiveWindow)
    return panel


def test_mandatory_contribution_in_cash_on_the_spanish_desk(qtbot, ledger):
    teller = ledger.staff("teller")
    from ui_helpers import settle
    teller = settle(ledger, teller, "desk-secret-2")
    member = register(ledger, teller, "María", "García López", 12345001)
    drawer.open_drawer(ledger.ledger, teller, {"50": 10})
    window = open_window(qtbot, ledger, teller)
    assert window.actions["capital_contribution"].isEnabled()
    panel = _panel(qtbot, window, member.id)
    form = panel.spec.form
    assert panel.stage() == FORM
    assert form.kind_label.text() == "Mandatory contribution"
    assert form.amount.text() == "300,00" and form.amount.edit.isReadOnly()
    assert form.source_combo.count() == 1                         # no savings in this profile
    qtbot.keyClick(form.source_combo, Qt.Key.Key_Return)
    assert panel.stage() == CONFIRM
    page = panel.confirmation
    assert "300,00 €" in page.sentence.text() and "mandatory contribution" in page.sentence.text()
    assert "active member" in page.warnings.text()
    qtbot.keyClick(panel, Qt.Key.Key_Return)
    assert panel.stage() == RESULT
    assert "now an active member" in panel.result_page.sentence.text()
    assert members.get_member(ledger.ledger, teller, member.id).status == "active"
    window.open_member(member.id)
    window.member_file.tabs.setCurrentWidget(window.member_file.capital)
    tab = window.member_file.capital
    assert [v.text() for v in tab.values] == ["300,00 €", "0,00 €", "300,00 €"]
    assert tab.table.rowCount() == 1 and "Mandatory" in tab.table.item(0, 2).text()


def test_a_voluntary_cash_contribution_over_the_spanish_limit_is_refused(qtbot, ledger):
    from ui_helpers import settle
    teller = settle(ledger, ledger.staff("teller"), "desk-secret-2")
    member = register(ledger, teller, "Jordi", "Puig Soler", 12345002)
    drawer.open_drawer(ledger.ledger, teller, {"50": 10})
    contributions.execute(ledger.ledger, teller, contributions.ContributionRequest(
        member.id, "mandatory", D("300.00"), "cash", member.id), "m")
    window = open_window(qtbot, ledger, teller)
    panel = _panel(qtbot, window, member.id)
    form = panel.spec.form
    assert form.kind_label.text() == "Voluntary contribution" and not form.amount.edit.isReadOnly()
    qtbot.keyClicks(form.amount.edit, "1.500,00")
    qtbot.keyClick(form.amount.edit, Qt.Key.Key_Return)
    assert panel.stage() == CONFIRM
    assert panel.confirmation.refusal.isVisible() and "Ley 7/2012" in panel.confirmation.refusal.text()
    assert contributions.capital_summary(ledger.ledger, teller, member.id).voluntary == 0


def test_from_savings_on_the_ecuadorian_desk(qtbot, ec_ledger):
    from ui_helpers import settle
    teller = settle(ec_ledger, ec_ledger.staff("teller"), "desk-secret-2")
    member, savings = ec_member(ec_ledger, teller, "Luis", "Andrade Mena", 1003406)
    drawer.open_drawer(ec_ledger.ledger, teller, {"20": 5})
    cash_ops.execute(ec_ledger.ledger, teller, DEPOSIT, CashRequest(savings, D("60.00"), member.id), "d")
    window = open_window(qtbot, ec_ledger, teller)
    panel = _panel(qtbot, window, member.id)
    form = panel.spec.form
    assert form.amount.text() == "25.00"
    form.source_combo.setCurrentIndex(form.source_combo.findData(Source.SAVINGS.value))
    assert form.account_combo.isVisibleTo(form) and "$60.00" in form.account_combo.currentText()
    qtbot.keyClick(form.source_combo, Qt.Key.Key_Return)
    assert panel.stage() == CONFIRM and "from savings" in panel.confirmation.sentence.text()
    qtbot.keyClick(panel, Qt.Key.Key_Return)
    assert panel.stage() == RESULT
    assert ledger_svc.balance(ec_ledger.ledger, teller, savings).booked == D("35.00")


def test_refund_petition_from_the_member_file_then_approved(qtbot, ledger):
    from app.services import petitions, refunds
    from ui_helpers import settle
    teller = settle(ledger, ledger.staff("teller"), "desk-secret-2")
    member = register(ledger, teller, "Núria", "Soler Vidal", 12345003)
    from app.domain.member_form import MemberInput
    drawer.open_drawer(ledger.ledger, teller, {"50": 10})
    for kind, amount in (("mandatory", "300.00"), ("voluntary", "250.00")):
        contributions.execute(ledger.ledger, teller, contributions.ContributionRequest(
            member.id, kind, D(amount), "cash", member.id), kind)
    with_account = members.register_member(ledger.ledger, teller, MemberInput(
        document="00000000T", given_names="Pere", surnames="Vidal", bank_account="ES7921000813610123456789"))
    for kind, amount in (("mandatory", "300.00"), ("voluntary", "250.00")):
        contributions.execute(ledger.ledger, teller, contributions.ContributionRequest(
            with_account.id, kind, D(amount), "cash", with_account.id), f"{kind}-2")
    window = open_window(qtbot, ledger, teller)
    window.summary.show_member(member.id)
    dialog = window.operations.refund()
    assert not dialog.send_button.isEnabled() and "no registered external account" in dialog.message.text()
    dialog.close()
    window.summary.show_member(with_account.id)
    qtbot.keyClick(window, Qt.Key.Key_F8)
    dialog = window.operations.refund_dialog
    assert dialog.isVisible() and "refundable now 250,00 €" in dialog.intro.text()
    dialog.amount.set_text("300,00")
    assert not dialog.send()
    assert "At most 250,00 €" in dialog.amount.error.text()
    dialog.amount.set_text("100,00")
    dialog.reason.setText("Obras en casa")
    assert dialog.send() and dialog.done_label.isVisible()
    shown = []
    from app.ui.operations import receipt as receipt_ui
    receipt_ui._show_pdf = lambda parent, pdf, title, name: shown.append((title, pdf))
    dialog.print_button.click()
    assert shown and shown[0][0] == f"Petition {dialog.petition.id}" and shown[0][1].startswith(b"%PDF")
    assert refunds.refundable(ledger.ledger, teller, with_account.id).pending == D("100.00")
    boss = ledger.staff("supervisor")
    petitions.approve(ledger.ledger, boss, dialog.petition.id)
    assert contributions.capital_summary(ledger.ledger, teller, with_account.id).voluntary == D("150.00")


def test_leaving_from_the_member_file(qtbot, ledger):
    from app.domain.member_form import MemberInput
    from app.services import petitions
    from ui_helpers import settle
    teller = settle(ledger, ledger.staff("teller"), "desk-secret-2")
    f = members.register_member(ledger.ledger, teller, MemberInput(
        document="00000000T", given_names="Pere", surnames="Vidal", bank_account="ES7921000813610123456789"))
    drawer.open_drawer(ledger.ledger, teller, {"50": 10})
    for kind, amount in (("mandatory", "300.00"), ("voluntary", "120.00")):
        contributions.execute(ledger.ledger, teller, contributions.ContributionRequest(
            f.id, kind, D(amount), "cash", f.id), kind)
    window = open_window(qtbot, ledger, teller)
    window.open_member(f.id)
    page = window.member_file
    assert page.header.leave_button.isEnabled()
    dialog = page.leave_membership()
    assert "420,00 € in all" in dialog.summary.text() and dialog.send_button.isEnabled()
    dialog.reason.setText("Se muda")
    assert dialog.send()
    qtbot.waitUntil(lambda: page.member.status == "leaving")
    assert not page.header.leave_button.isEnabled()
    petitions.approve(ledger.ledger, ledger.staff("supervisor"), dialog.petition.id)
    assert members.get_member(ledger.ledger, teller, f.id).status == "left"


def test_capital_tab_keeps_the_return_choice_and_shows_the_certificate(qtbot, ledger, monkeypatch):
    from datetime import date
    from sqlalchemy import update
    from app.domain.member_form import MemberInput
    from app.models import Institution
    from ui_helpers import settle
    teller = settle(ledger, ledger.staff("teller"), "desk-secret-2")
    f = members.register_member(ledger.ledger, teller, MemberInput(
        document="00000000T", given_names="Pere", surnames="Vidal", bank_account="ES7921000813610123456789"))
    window = open_window(qtbot, ledger, teller)
    window.open_member(f.id)
    tab = window.member_file.capital
    assert tab.choice.currentData() == "capitalise"
    tab.choice.setCurrentIndex(1)
    tab.choice.activated.emit(1)
    assert remuneration_choice(ledger, teller, f.id) == "pay" and "Saved" in tab.message.text()
    tab.year.setValue(date.today().year)
    assert tab.show_certificate() is None and "are issued from 1 January" in tab.message.text()
    with ledger.ledger.engine.begin() as c:
        c.execute(update(Institution).values(business_date=date(2027, 2, 1)))
    shown = []
    from app.ui.operations import receipt as receipt_ui
    monkeypatch.setattr(receipt_ui, "_show_pdf", lambda parent, pdf, title, name: shown.append((title, pdf)))
    tab.year.setValue(2026)
    tab.show_certificate()
    assert shown and shown[0][0] == "Fiscal certificate 2026" and shown[0][1].startswith(b"%PDF")


def remuneration_choice(lut, actor, member_id):  # noqa: ANN001, ANN201
    return members.remuneration_choice(lut.ledger, actor, member_id)


def test_question_and_contact_change_petitions_from_the_member_file(qtbot, ledger):
    from app.domain.member_form import MemberInput
    from app.services import petitions
    from ui_helpers import settle
    teller = settle(ledger, ledger.staff("teller"), "desk-secret-2")
    f = members.register_member(ledger.ledger, teller, MemberInput(
        document="00000000T", given_names="Pere", surnames="Vidal", email="pere@example.org"))
    window = open_window(qtbot, ledger, teller)
    window.open_member(f.id)
    dialog = window.member_file.file_petition()
    dialog.question.setPlainText("¿Puedo aportar cada mes?")
    assert dialog.send() and dialog.print_button.isVisible()
    dialog.accept()
    dialog = window.member_file.file_petition()
    dialog.kind.setCurrentIndex(1)
    dialog.inputs["email"].setText("pere at home")
    assert not dialog.send() and dialog.rows.error("email")
    dialog.inputs["email"].setText("pere@coop.example")
    assert dialog.send()
    petitions.approve(ledger.ledger, ledger.staff("supervisor"), dialog.petition.id)
    assert members.get_member(ledger.ledger, teller, f.id).data.email == "pere@coop.example"


def test_mandate_and_periodic_contribution_from_the_capital_tab(qtbot, ledger):
    from app.domain.member_form import MemberInput
    from app.services import periodic, petitions
    from PySide6.QtCore import QDate
    from ui_helpers import settle
    teller = settle(ledger, ledger.staff("teller"), "desk-secret-2")
    f = members.register_member(ledger.ledger, teller, MemberInput(
        document="00000000T", given_names="Pere", surnames="Vidal", bank_account="ES7921000813610123456789"))
    drawer.open_drawer(ledger.ledger, teller, {"50": 10})
    contributions.execute(ledger.ledger, teller, contributions.ContributionRequest(
        f.id, "mandatory", D("300.00"), "cash", f.id), "m")
    window = open_window(qtbot, ledger, teller)
    window.open_member(f.id)
    card = window.member_file.capital.periodic
    card.amount.set_text("40,00")
    assert card.request_new() is None and "no signed SEPA mandate" in card.message.text()
    card.mandate_date.setDate(QDate(2026, 11, 30))
    assert card.register_mandate() == "VT000001001"
    card.day.setValue(5)
    view = card.request_new()
    assert view is not None and "filed" in card.message.text()
    petitions.approve(ledger.ledger, ledger.staff("supervisor"), view.id)
    window._test_events.notify(None)                  # another desk approved: the page re-reads
    qtbot.waitUntil(lambda: card.table.rowCount() == 1)
    assert card.table.item(0, 0).text() == "40,00 €" and "day 5, Monthly" in card.table.item(0, 1).text()
    card.table.selectRow(0)
    assert card.request_cancel() is not None
    assert [p.status for p in periodic.periodic_of(ledger.ledger, teller, f.id)] == ["active"]   # until approved


def test_no_part_of_the_member_file_shows_as_a_window_of_its_own(qtbot, ec_ledger):
    """The Ecuadorian file has no SEPA mandate row: none of its widgets may float as a window."""
    from PySide6.QtWidgets import QApplication
    teller = ec_ledger.staff("teller")
    member, _savings = ec_member(ec_ledger, teller, "Ana", "Puig Mena", 1003407)
    window = open_window(qtbot, ec_ledger, teller)
    window.open_member(member.id)
    window.member_file.tabs.setCurrentWidget(window.member_file.capital)
    stray = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not window]
    assert stray == []
