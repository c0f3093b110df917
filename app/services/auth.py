"""Staff sign-in, lockout, passwords and staff administration."""
from __future__ import annotations

import re
from dataclasses import dataclass

from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.messages import Msg, N_
from ..domain.passwords import MAX_FAILED_LOGINS, password_problem
from ..domain.permissions import Permission, Role
from ..models import Branch, DrawerSession, Staff
from ..models.base import utcnow
from .context import Actor, Ledger, UnitOfWork
from .errors import AuthenticationFailed, Conflict, NotFound, ValidationError, invalid

LANGUAGES = ("es", "ca", "en")
USERNAME = re.compile(r"^[a-z][a-z0-9._-]{1,39}$")


@dataclass(frozen=True)
class StaffView:
    id: int
    username: str
    full_name: str
    role: str
    branch_id: int
    locked: bool
    active: bool
    failed_logins: int
    must_change_password: bool


def _view(s: Staff) -> StaffView:
    return StaffView(s.id, s.username, s.full_name, s.role, s.branch_id, s.locked, s.active,
                     s.failed_logins, s.must_change_password)


def actor_of(staff: Staff) -> Actor:
    return Actor(staff.id, staff.username, staff.role, staff.branch_id, staff.full_name,
                 staff.language, staff.must_change_password)


def _check_password(ledger: Ledger, staff: Staff, password: str) -> bool:
    try:
        ok = ledger.hasher.verify(staff.password_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False
    if ok and ledger.hasher.check_needs_rehash(staff.password_hash):
        staff.password_hash = ledger.hasher.hash(password)
    return ok


def authenticate_in(uow: UnitOfWork, username: str, password: str) -> Staff:
    """Check a second user's credentials inside an open unit of work (on-the-spot approvals).
    A failure counts towards that user's lockout only if the caller commits; callers raise."""
    staff = uow.session.execute(select(Staff).where(Staff.username == username.strip().lower())
                                ).scalar_one_or_none()
    if staff is None or not staff.active or staff.locked or not _check_password(uow.ledger, staff, password):
        raise AuthenticationFailed(Msg.of(N_("Wrong user name or password.")))
    return staff


def login(ledger: Ledger, username: str, password: str) -> Actor:
    """Sign in. Five failures in a row lock the user until an administrator unlocks it."""
    name = username.strip().lower()
    with UnitOfWork(ledger, None, None) as uow:
        staff = uow.session.execute(select(Staff).where(Staff.username == name).with_for_update()
                                    ).scalar_one_or_none()
        if staff is None or not staff.active:
            ledger.hasher.hash("timing-equaliser")   # do not reveal which user names exist
            raise AuthenticationFailed(Msg.of(N_("Wrong user name or password.")))
        if staff.locked:
            raise AuthenticationFailed(Msg.of(N_(
                "This user is locked after too many failed attempts. Ask an administrator to "
                "unlock it.")))
        if not _check_password(ledger, staff, password):
            staff.failed_logins += 1
            if staff.failed_logins >= MAX_FAILED_LOGINS:
                staff.locked = True
                uow.audit("staff.lock", "staff", staff.id, reason="failed_logins")
            else:
                uow.audit("staff.login_failed", "staff", staff.id, attempts=staff.failed_logins)
            uow.commit()
            if staff.locked:
                raise AuthenticationFailed(Msg.of(N_(
                    "Wrong password. The user is now locked; ask an administrator to unlock it.")))
            raise AuthenticationFailed(Msg.of(N_("Wrong user name or password.")))
        staff.failed_logins = 0
        staff.last_login_at = utcnow()
        uow.audit("staff.login", "staff", staff.id)
        uow.commit()
        return actor_of(staff)


def _validate_new(username: str, full_name: str, role: str, password: str) -> None:
    if not USERNAME.match(username):
        raise invalid("username", N_("Use 2 to 40 lowercase letters, digits, dots, dashes or "
                                     "underscores, starting with a letter."))
    if not full_name.strip() or len(full_name) > 120:
        raise invalid("full_name", N_("Write the full name (1 to 120 characters)."))
    if role not in {r.value for r in Role}:
        raise invalid("role", N_("Choose one of: teller, supervisor, administrator, auditor."))
    if (problem := password_problem(password, username)) is not None:
        raise ValidationError("password", problem)


def create_staff_in(session: Session, ledger: Ledger, *, username: str, full_name: str, role: str,
                    password: str, branch_id: int, language: str = "es") -> Staff:
    username = username.strip().lower()
    _validate_new(username, full_name, role, password)
    if session.execute(select(Staff.id).where(Staff.username == username)).first():
        raise Conflict(Msg.of(N_("The user name {username} is taken."), username=username))
    staff = Staff(username=username, full_name=full_name.strip(), role=role, branch_id=branch_id,
                  password_hash=ledger.hasher.hash(password), language=language)
    session.add(staff)
    session.flush()
    return staff


def add_staff(ledger: Ledger, actor: Actor, *, username: str, full_name: str, role: str,
              password: str, branch_id: int | None = None, language: str = "es") -> StaffView:
    with UnitOfWork(ledger, actor, Permission.STAFF_ADMIN) as uow:
        branch = branch_id or uow.staff.branch_id
        _open_branch(uow, branch)
        staff = create_staff_in(uow.session, ledger, username=username, full_name=full_name,
                                role=role, password=password, branch_id=branch,
                                language=language if language in LANGUAGES else "es")
        staff.must_change_password = True
        uow.audit("staff.create", "staff", staff.id, role=role, branch=branch)
        uow.commit()
        return _view(staff)


def _open_branch(uow: UnitOfWork, branch_id: int) -> Branch:
    branch = uow.session.get(Branch, branch_id)
    if branch is None:
        raise NotFound(Msg.of(N_("Branch {id} does not exist."), id=branch_id))
    if not branch.active:
        raise invalid("branch", N_("The branch {branch} is closed; choose an open one."),
                      branch=branch.name)
    return branch


def _target(uow: UnitOfWork, username: str) -> Staff:
    staff = uow.session.execute(select(Staff).where(Staff.username == username.strip().lower())
                                .with_for_update()).scalar_one_or_none()
    if staff is None:
        raise NotFound(Msg.of(N_("There is no user {username}."), username=username))
    return staff


def unlock_staff(ledger: Ledger, actor: Actor, username: str) -> StaffView:
    with UnitOfWork(ledger, actor, Permission.STAFF_ADMIN) as uow:
        staff = _target(uow, username)
        staff.locked, staff.failed_logins = False, 0
        uow.audit("staff.unlock", "staff", staff.id)
        uow.commit()
        return _view(staff)


def lock_staff(ledger: Ledger, actor: Actor, username: str) -> StaffView:
    with UnitOfWork(ledger, actor, Permission.STAFF_ADMIN) as uow:
        staff = _target(uow, username)
        if staff.id == uow.staff_id:
            raise Conflict(Msg.of(N_("You cannot lock yourself out.")))
        staff.locked = True
        uow.audit("staff.lock", "staff", staff.id, reason="administrator")
        uow.commit()
        return _view(staff)


def set_role(ledger: Ledger, actor: Actor, username: str, role: str) -> StaffView:
    with UnitOfWork(ledger, actor, Permission.STAFF_ADMIN) as uow:
        staff = _target(uow, username)
        if role not in {r.value for r in Role}:
            raise invalid("role", N_("Choose one of: teller, supervisor, administrator, auditor."))
        if staff.id == uow.staff_id:
            raise Conflict(Msg.of(N_("You cannot change your own role.")))
        staff.role = role
        uow.audit("staff.role", "staff", staff.id, role=role)
        uow.commit()
        return _view(staff)


def set_branch(ledger: Ledger, actor: Actor, username: str, branch_id: int) -> StaffView:
    """Where the user works from their next operation on (their drawer is the branch's)."""
    with UnitOfWork(ledger, actor, Permission.STAFF_ADMIN) as uow:
        staff = _target(uow, username)
        _open_branch(uow, branch_id)
        if staff.branch_id != branch_id and uow.session.execute(
                select(DrawerSession.id).where(DrawerSession.staff_id == staff.id,
                                               DrawerSession.status != "closed")).first():
            raise Conflict(Msg.of(N_("{username} has a cash drawer open: close it before moving "
                                     "them to another branch."), username=staff.username))
        if staff.branch_id != branch_id:
            staff.branch_id = branch_id
            uow.audit("staff.branch", "staff", staff.id, branch=branch_id)
            uow.commit()
        return _view(staff)


def reset_password(ledger: Ledger, actor: Actor, username: str, new_password: str) -> StaffView:
    with UnitOfWork(ledger, actor, Permission.STAFF_ADMIN) as uow:
        staff = _target(uow, username)
        if (problem := password_problem(new_password, staff.username)) is not None:
            raise ValidationError("new_password", problem)
        staff.password_hash = ledger.hasher.hash(new_password)
        staff.must_change_password, staff.locked, staff.failed_logins = True, False, 0
        uow.audit("staff.password_reset", "staff", staff.id)
        uow.commit()
        return _view(staff)


def change_password(ledger: Ledger, actor: Actor, old_password: str, new_password: str) -> None:
    with UnitOfWork(ledger, actor, None) as uow:
        staff = uow.staff
        if not _check_password(ledger, staff, old_password):
            raise invalid("password", N_("The current password is wrong."))
        if old_password == new_password:
            raise invalid("new_password", N_("Choose a password different from the current one."))
        if (problem := password_problem(new_password, staff.username)) is not None:
            raise ValidationError("new_password", problem)
        staff.password_hash = ledger.hasher.hash(new_password)
        staff.must_change_password = False
        uow.audit("staff.password_change", "staff", staff.id)
        uow.commit()


def set_language(ledger: Ledger, actor: Actor, language: str) -> Actor:
    """The staff user's language, remembered for their next sign-in on any desk."""
    if language not in LANGUAGES:
        raise invalid("language", N_("Choose Spanish (es), Catalan (ca) or English (en)."))
    with UnitOfWork(ledger, actor, None) as uow:
        uow.staff.language = language
        uow.audit("staff.language", "staff", uow.staff_id, language=language)
        uow.commit()
        return actor_of(uow.staff)


def list_staff(ledger: Ledger, actor: Actor) -> list[StaffView]:
    with UnitOfWork(ledger, actor, Permission.STAFF_ADMIN, read_only=True) as uow:
        return [_view(s) for s in uow.session.execute(select(Staff).order_by(Staff.username)).scalars()]
