"""The approvals page: what a petition would do, Reject needs a reason, the service's refusals
(the maker cannot decide their own petition) shown as they come."""
from __future__ import annotations

from cash_helpers import D, ec_member, open_window

from app.services import cash_ops, drawer, petitions
from app.services.cash_ops import CashRequest
from app.ui.navigation import Page
from app.ui.operations.reversal import request_reversal_dialog


def test_reversal_dialog_files_a_petition_that_is_rejected_with_a_reason(qtbot, ec_ledger):
    teller = ec_ledger.staff("teller", "tere")
    supervisor = ec_ledger.staff("supervisor", "sofi")
    member, savings = ec_member(ec_ledger, teller, "Ana", "Paz Mena", 2004001)
    drawer.open_drawer(ec_ledger.ledger, teller, {"100": 1})
    done = cash_ops.execute(ec_ledger.ledger, teller, "cash_deposit",
                            CashRequest(savings, D("60.00"), member.id), "dep")
    window = open_window(qtbot, ec_ledger, teller)
    dialog = request_reversal_dialog(window, window._ctx, done.entry_id)
    assert "Cash deposit" in dialog.entry_label.text() and "$60.00" in dialog.entry_label.text()
    dialog.file_button.click()
    assert dialog.error.text() == "Write why the operation must be reversed."
    dialog.reason_edit.setText("Importe equivocado: eran 6,00")
    dialog.file_button.click()
    assert "waits for a supervisor's approval" in dialog.done_label.text()
    assert petitions.pending_count(ec_ledger.ledger, teller) == 1
    dialog.file_button.click()                                   # now "Close"
    qtbot.waitUntil(lambda: not dialog.isVisible())

    boss = open_window(qtbot, ec_ledger, supervisor)
    boss.go(Page.APPROVALS)
    page = boss.approvals
    assert page.table.item(0, 0).text() == "Reversal of an operation"
    assert page.table.item(0, 1).text() == "Paz Mena, Ana"
    assert "Importe equivocado" in page.effects_label.text()
    page.reject_button.click()
    assert page.error.text() == "Write why you reject the petition."
    page.reason_edit.setText("The member confirmed the amount")
    page.reject_button.click()
    assert "rejected" in page.done_label.text() and page.table.rowCount() == 0
    assert petitions.pending_count(ec_ledger.ledger, supervisor) == 0


def test_the_maker_cannot_decide_their_own_petition(qtbot, ec_ledger):
    supervisor = ec_ledger.staff("supervisor", "sofi")
    drawer.open_drawer(ec_ledger.ledger, supervisor, {"20": 5})
    drawer.close_drawer(ec_ledger.ledger, supervisor, {"20": 4})      # 20.00 short
    window = open_window(qtbot, ec_ledger, supervisor)
    window.go(Page.APPROVALS)
    page = window.approvals
    assert page.table.item(0, 2).text() == "you"
    page.approve_button.click()
    assert page.error.isVisible()
    assert page.error.text() == ("You filed this petition, so you cannot approve it: another "
                                 "supervisor must.")
    assert page.table.rowCount() == 1


def test_administrators_see_the_maker_by_name(qtbot, ec_ledger):
    teller = ec_ledger.staff("teller", "tere")
    drawer.open_drawer(ec_ledger.ledger, teller, {"20": 5})
    drawer.close_drawer(ec_ledger.ledger, teller, {"20": 6})          # 20.00 over
    window = open_window(qtbot, ec_ledger, ec_ledger.admin)
    window.go(Page.APPROVALS)
    assert window.approvals.table.item(0, 2).text() == "tere"
    assert "over" in window.approvals.effects_label.text()


def test_filters_by_kind_branch_and_age_and_a_refund_is_approved(qtbot, ledger):
    from datetime import timedelta
    from app.domain.member_form import MemberInput
    from app.models import Petition
    from app.services import contributions, leaving, members, refunds
    from app.services.context import UnitOfWork
    teller = ledger.staff("teller")
    drawer.open_drawer(ledger.ledger, teller, {"50": 10})
    people = []
    for doc in ("12345678Z", "00000000T"):
        f = members.register_member(ledger.ledger, teller, MemberInput(
            document=doc, given_names="Ana", surnames=f"Puig {doc[-1]}", bank_account="ES7921000813610123456789"))
        for kind, amount in (("mandatory", "300.00"), ("voluntary", "90.00")):
            contributions.execute(ledger.ledger, teller, contributions.ContributionRequest(
                f.id, kind, D(amount), "cash", f.id), f"{kind}-{doc}")
        people.append(f)
    refund = refunds.request_refund(ledger.ledger, teller, refunds.RefundRequest(people[0].id, D("40.00"), "transfer"))
    leave = leaving.request_leaving(ledger.ledger, teller, people[1].id)
    with UnitOfWork(ledger.ledger, None, None) as uow:             # the leaving one waits for 2 days
        p = uow.session.get(Petition, leave.id)
        p.created_at = p.created_at - timedelta(days=2)
        uow.commit()
    window = open_window(qtbot, ledger, ledger.staff("supervisor"))
    window.go(Page.APPROVALS)
    page = window.approvals
    assert page.table.rowCount() == 2
    page.kind_filter.setCurrentIndex(page.kind_filter.findText("Refund of voluntary capital"))
    assert page.table.rowCount() == 1 and page.selected().id == refund.id
    assert "Refund 40.00" not in page.effects_label.text() and "40,00 €" in page.effects_label.text()
    page.kind_filter.setCurrentIndex(0)
    page.age_filter.setCurrentIndex(page.age_filter.findText("waiting 1 day or more"))
    assert page.table.rowCount() == 1 and page.selected().id == leave.id
    page.age_filter.setCurrentIndex(0)
    assert page.branch_filter.count() == 2 and "0001" in page.branch_filter.itemText(1)
    page.select_petition(refund.id)
    page.approve_button.click()
    assert "approved and carried out" in page.done_label.text()
    assert contributions.capital_summary(ledger.ledger, teller, people[0].id).voluntary == D("50.00")
