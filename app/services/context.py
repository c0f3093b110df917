"""The composition root of the service layer and its unit of work.

`Ledger` is one opened ledger: the engine, the institution key and the password hasher, built
once when a desk (or a command) opens a database. Services take it plus the signed-in `Actor`.
`UnitOfWork` is one database transaction on behalf of one actor: it re-reads the staff row (a
user locked a second ago can do nothing more), checks the permission, collects audit records and
appends them to the chain at commit. Without `commit()` everything rolls back.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Self

from argon2 import PasswordHasher
from sqlalchemy import Engine, bindparam, select
from sqlalchemy.orm import Session

from .. import db
from ..domain.messages import Msg, N_
from ..domain.permissions import Permission, allows
from ..domain.profiles import Profile, get_profile
from ..models import Institution, Staff
from . import audit, keys
from .errors import NotFound, PermissionDenied


_BUSINESS_DATE = select(Institution.business_date)
_STAFF = select(Staff).where(Staff.id == bindparam("staff_id"))


@dataclass(frozen=True)
class Actor:
    """The staff user on whose behalf a service runs (as signed in; re-checked every time)."""
    staff_id: int
    username: str
    role: str
    branch_id: int
    full_name: str = ""
    language: str = "en"
    must_change_password: bool = False


@dataclass
class Ledger:
    engine: Engine
    key: bytes | None
    hasher: PasswordHasher = field(default_factory=PasswordHasher)

    @classmethod
    def open(cls, url: str, *, hasher: PasswordHasher | None = None, migrate: bool = True) -> Self:
        engine = db.make_engine(url)
        if migrate:
            db.upgrade(engine)
        ledger = cls(engine=engine, key=None, hasher=hasher or PasswordHasher())
        ledger.reload_key()
        return ledger

    def reload_key(self) -> None:
        ledger_id = self.ledger_id()
        self.key = keys.load_key(ledger_id) if ledger_id else None

    def ledger_id(self) -> str | None:
        with self.read_session() as s:
            inst = s.execute(select(Institution)).scalar_one_or_none()
            return inst.ledger_id if inst else None

    def write_session(self) -> Session:
        return Session(bind=self.engine, expire_on_commit=False, autoflush=True)

    def read_session(self) -> Session:
        conn_engine = self.engine.execution_options(**{db.READ_ONLY: True})
        return Session(bind=conn_engine, expire_on_commit=False)

    def dispose(self) -> None:
        self.engine.dispose()


class UnitOfWork:
    """with UnitOfWork(ledger, actor, Permission.X) as uow: ...; uow.commit()"""

    def __init__(self, ledger: Ledger, actor: Actor | None, permission: Permission | None,
                 *, read_only: bool = False):
        self.ledger = ledger
        self.actor = actor
        self.permission = permission
        self.read_only = read_only
        self._audit: list[audit.PendingAudit] = []
        self._committed = False
        self.session: Session
        self.staff: Staff | None = None
        self._profile: Profile | None = None

    def __enter__(self) -> Self:
        self.session = self.ledger.read_session() if self.read_only else self.ledger.write_session()
        self.session.begin()
        try:
            if self.actor is not None:
                self.staff = self._check_actor()
        except BaseException:
            self.session.rollback()
            self.session.close()
            raise
        return self

    def _check_actor(self) -> Staff:
        staff = self.session.execute(_STAFF, {"staff_id": self.actor.staff_id}).scalar_one_or_none()
        if staff is None or not staff.active:
            raise PermissionDenied(Msg.of(N_("This user no longer exists or was deactivated.")))
        if staff.locked:
            raise PermissionDenied(Msg.of(N_("This user is locked. An administrator can unlock it.")))
        if self.permission is not None and not allows(staff.role, self.permission):
            raise PermissionDenied(Msg.of(N_("Your role ({role}) may not do this."), role=staff.role))
        return staff

    def require(self, permission: Permission) -> None:
        if self.staff is None or not allows(self.staff.role, permission):
            raise PermissionDenied(Msg.of(N_("Your role may not do this.")))

    @property
    def staff_id(self) -> int | None:
        return self.staff.id if self.staff else None

    def institution(self) -> Institution:
        inst = self.session.execute(select(Institution)).scalar_one_or_none()
        if inst is None:
            raise NotFound(Msg.of(N_("This database holds no ledger yet: run ventanilla init.")))
        return inst

    def profile(self) -> Profile:
        """The institution's profile (fixed for the life of a ledger, so read once per unit)."""
        if self._profile is None:
            self._profile = get_profile(self.institution().profile)
        return self._profile

    def business_date(self) -> date:
        day = self.session.execute(_BUSINESS_DATE).scalar_one_or_none()
        return self.institution().business_date if day is None else day   # None: raises NotFound

    def audit(self, action: str, entity: str, entity_id: object, **detail: object) -> None:
        self._audit.append(audit.PendingAudit(self.staff_id, action, entity, str(entity_id), detail))

    def discard(self) -> None:
        """Drop everything this unit wrote so far (and its pending audit) and start again in a
        new transaction: for a refusal that must still record something, such as a wrong
        one-time code counted towards its lock."""
        self._audit.clear()
        self.session.rollback()
        self.session.begin()

    def commit(self) -> None:
        if self.read_only:
            raise RuntimeError("read-only unit of work")
        if self._audit:
            audit.append(self.session, keys.require_key(self.ledger.key), self._audit)
            self._audit.clear()
        self.session.commit()
        self._committed = True

    def __exit__(self, *exc: object) -> None:
        # close() ends the database transaction too; a read-only unit keeps what it loaded
        # usable (rollback would expire it), a failed write is rolled back explicitly.
        if not self._committed and not self.read_only:
            self.session.rollback()
        self.session.close()
