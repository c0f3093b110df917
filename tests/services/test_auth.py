"""Staff sign-in, lockout, passwords and roles: checked inside the services."""
import pytest
from sqlalchemy import select

from app.models import AuditRecord
from app.services import auth
from app.services.context import UnitOfWork
from app.services.errors import AuthenticationFailed, PermissionDenied, ValidationError
from tests.conftest import STAFF_PASSWORD


def test_five_failures_lock_until_an_administrator_unlocks(ledger):
    ledger.staff("teller", "bea")
    for _ in range(4):
        with pytest.raises(AuthenticationFailed, match="Wrong user name or password"):
            auth.login(ledger.ledger, "bea", "not-her-password")
    with pytest.raises(AuthenticationFailed, match="now locked"):
        auth.login(ledger.ledger, "bea", "not-her-password")
    with pytest.raises(AuthenticationFailed, match="locked"):
        auth.login(ledger.ledger, "bea", STAFF_PASSWORD)      # even the right one
    auth.unlock_staff(ledger.ledger, ledger.admin, "bea")
    assert auth.login(ledger.ledger, "BEA ", STAFF_PASSWORD).username == "bea"
    with UnitOfWork(ledger.ledger, None, None, read_only=True) as uow:
        actions = uow.session.execute(select(AuditRecord.action)).scalars().all()
    assert actions.count("staff.login_failed") == 4 and "staff.lock" in actions
    assert "staff.unlock" in actions


def test_a_locked_user_can_do_nothing_more_with_an_open_session(ledger):
    teller = ledger.staff("teller", "carl")
    auth.lock_staff(ledger.ledger, ledger.admin, "carl")
    with pytest.raises(PermissionDenied, match="locked"):
        auth.change_password(ledger.ledger, teller, STAFF_PASSWORD, "another-pass-3")


def test_only_administrators_manage_staff(ledger):
    supervisor = ledger.staff("supervisor")
    with pytest.raises(PermissionDenied):
        auth.add_staff(ledger.ledger, supervisor, username="eve", full_name="Eve", role="teller",
                       password="some-pass-77")
    with pytest.raises(PermissionDenied):
        auth.unlock_staff(ledger.ledger, supervisor, "admin")


@pytest.mark.parametrize("username, password, field", [
    ("Bad Name", "good-pass-11", "username"),
    ("x" * 41, "good-pass-11", "username"),
    ("dora", "short", "password"),
    ("dora", "dora-is-great", "password"),
    ("dora'; drop table staff;--", "good-pass-11", "username"),
])
def test_bad_staff_input_names_the_field(ledger, username, password, field):
    with pytest.raises(ValidationError) as exc:
        auth.add_staff(ledger.ledger, ledger.admin, username=username, full_name="Dora",
                       role="teller", password=password)
    assert exc.value.field == field
    assert all(s.username != username for s in auth.list_staff(ledger.ledger, ledger.admin))


def test_password_change_and_first_sign_in_flag(ledger):
    auth.add_staff(ledger.ledger, ledger.admin, username="fran", full_name="Fran", role="teller",
                   password="first-pass-12")
    fran = auth.login(ledger.ledger, "fran", "first-pass-12")
    assert fran.must_change_password
    with pytest.raises(ValidationError) as exc:
        auth.change_password(ledger.ledger, fran, "wrong-current", "second-pass-34")
    assert exc.value.field == "password"
    auth.change_password(ledger.ledger, fran, "first-pass-12", "second-pass-34")
    again = auth.login(ledger.ledger, "fran", "second-pass-34")
    assert not again.must_change_password
    with pytest.raises(AuthenticationFailed):
        auth.login(ledger.ledger, "fran", "first-pass-12")


def test_role_change_takes_effect_at_once(ledger):
    teller = ledger.staff("teller", "gil")
    auth.set_role(ledger.ledger, ledger.admin, "gil", "auditor")
    from app.domain.member_form import MemberInput
    from app.services import members
    with pytest.raises(PermissionDenied):
        members.register_member(ledger.ledger, teller, MemberInput(
            document="12345678Z", given_names="Ana", surnames="Puig"))


def test_language_travels_with_the_user(ledger):
    teller = ledger.staff("teller", "lola", language="es")
    assert teller.language == "es"
    auth.set_language(ledger.ledger, teller, "ca")
    assert auth.login(ledger.ledger, "lola", STAFF_PASSWORD).language == "ca"
    with pytest.raises(ValidationError) as exc:
        auth.set_language(ledger.ledger, teller, "fr")
    assert exc.value.field == "language"
