"""Maker-checker on the one mechanism, proven with the change of a member's bank account."""
import pytest

from app.domain.member_form import MemberInput
from app.services import members, petitions
from app.services.context import UnitOfWork
from app.services.errors import AuthenticationFailed, Conflict, PermissionDenied, ValidationError
from tests.conftest import STAFF_PASSWORD

OLD, NEW = "21000418450200051332", "ES7620770024003102575766"


@pytest.fixture
def member(ledger):
    teller = ledger.staff("teller", "tina")
    f = members.register_member(ledger.ledger, teller, MemberInput(
        document="12345678Z", given_names="Ana", surnames="Puig Vila", bank_account=OLD))
    return ledger, teller, f


def test_bank_change_waits_then_applies_on_approval(member):
    lut, teller, f = member
    p = members.request_bank_account_change(lut.ledger, teller, f.id, NEW)
    assert p.status == "pending" and p.kind == "member.bank_account"
    assert [m.render() for m in p.effects] == [
        "Change the bank account of Puig Vila, Ana (member 000001)",
        "from ES91 2100 0418 4502 0005 1332", "to ES76 2077 0024 0031 0257 5766",
        "The member signs the printed petition form."]
    assert members.get_member(lut.ledger, teller, f.id).data.bank_account == "ES9121000418450200051332"
    assert petitions.pending_count(lut.ledger, teller) == 1
    supervisor = lut.staff("supervisor")
    done = petitions.approve(lut.ledger, supervisor, p.id, "Signed form seen")
    assert done.status == "executed"
    assert [e.status for e in done.history] == ["pending", "approved", "executed"]
    assert done.history[1].staff_id == supervisor.staff_id
    assert members.get_member(lut.ledger, teller, f.id).data.bank_account == NEW
    history = members.member_history(lut.ledger, teller, f.id)
    assert ("bank_account", "ES9121000418450200051332", NEW) in {(h[2], h[3], h[4]) for h in history}
    assert petitions.pending_count(lut.ledger, teller) == 0


def test_the_maker_can_never_approve(member):
    lut, _teller, f = member
    supervisor = lut.staff("supervisor")
    p = members.request_bank_account_change(lut.ledger, supervisor, f.id, NEW)
    with pytest.raises(PermissionDenied, match="You filed this petition"):
        petitions.approve(lut.ledger, supervisor, p.id)
    assert petitions.get(lut.ledger, supervisor, p.id).status == "pending"


def test_a_teller_cannot_approve(member):
    lut, teller, f = member
    p = members.request_bank_account_change(lut.ledger, teller, f.id, NEW)
    other_teller = lut.staff("teller")
    with pytest.raises(PermissionDenied):
        petitions.approve(lut.ledger, other_teller, p.id)


def test_reject_needs_a_reason_and_changes_nothing(member):
    lut, teller, f = member
    p = members.request_bank_account_change(lut.ledger, teller, f.id, NEW)
    supervisor = lut.staff("supervisor")
    with pytest.raises(ValidationError) as exc:
        petitions.reject(lut.ledger, supervisor, p.id, "  ")
    assert exc.value.field == "reason"
    r = petitions.reject(lut.ledger, supervisor, p.id, "No signed form")
    assert r.status == "rejected" and r.history[-1].reason == "No signed form"
    assert members.get_member(lut.ledger, teller, f.id).data.bank_account != NEW
    with pytest.raises(Conflict, match="already rejected"):
        petitions.approve(lut.ledger, supervisor, p.id)


def test_maker_cancels_own_petition(member):
    lut, teller, f = member
    p = members.request_bank_account_change(lut.ledger, teller, f.id, NEW)
    assert petitions.cancel(lut.ledger, teller, p.id, "Member changed mind").status == "cancelled"


def test_on_the_spot_approval_by_a_second_user(member):
    lut, teller, f = member
    lut.staff("supervisor", "sam")
    with UnitOfWork(lut.ledger, teller, None) as uow:
        p = petitions.file_in(uow, members.BANK_CHANGE, {"bank_account": NEW, "bank_name": ""}, f.id)
        with pytest.raises(AuthenticationFailed):
            petitions.on_the_spot(uow, p, "sam", "wrong password")
    with UnitOfWork(lut.ledger, teller, None) as uow:
        p = petitions.file_in(uow, members.BANK_CHANGE, {"bank_account": NEW, "bank_name": ""}, f.id)
        petitions.on_the_spot(uow, p, "sam", STAFF_PASSWORD)
        uow.commit()
    assert members.get_member(lut.ledger, teller, f.id).data.bank_account == NEW
    view = petitions.get(lut.ledger, teller, p.id)
    assert view.status == "executed" and view.maker_id == teller.staff_id
    assert view.history[1].staff_id != teller.staff_id
    with UnitOfWork(lut.ledger, teller, None) as uow:
        p2 = petitions.file_in(uow, members.BANK_CHANGE, {"bank_account": OLD, "bank_name": ""}, f.id)
        with pytest.raises(PermissionDenied):
            petitions.on_the_spot(uow, p2, "tina", STAFF_PASSWORD)   # a teller cannot approve


def test_invalid_new_account_files_nothing(member):
    lut, teller, f = member
    with pytest.raises(ValidationError) as exc:
        members.request_bank_account_change(lut.ledger, teller, f.id, "21000418460200051332")
    assert exc.value.field == "bank_account"
    assert petitions.pending_count(lut.ledger, teller) == 0
