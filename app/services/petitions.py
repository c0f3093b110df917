"""Maker-checker: petitions wait for a second person, and approving one executes it.

A petition has a kind, a payload, a maker and a dated status history (pending, approved,
rejected, executed, cancelled). Each kind registers an executor; approval runs it in the same
transaction, through the same service code that would run without approval. The maker can never
approve their own petition. "On the spot" is the same petition filed and approved in one
transaction by a second signed-in user at the counter.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Callable, Protocol

from sqlalchemy import func, select

from ..domain.messages import Msg, N_
from ..domain.permissions import Permission, allows
from ..models import Member, Petition, PetitionEvent, Staff
from ..models.base import utcnow
from .auth import authenticate_in
from .context import Actor, Ledger, UnitOfWork
from .errors import Conflict, NotFound, PermissionDenied, invalid

PENDING, APPROVED, REJECTED, EXECUTED, CANCELLED = (
    "pending", "approved", "rejected", "executed", "cancelled")
STATUS_LABELS = {PENDING: N_("Pending"), APPROVED: N_("Approved"), REJECTED: N_("Rejected"),
                 EXECUTED: N_("Executed"), CANCELLED: N_("Cancelled")}


class Executor(Protocol):
    label: str

    def describe(self, uow: UnitOfWork, petition: Petition) -> list[Msg]: ...
    def execute(self, uow: UnitOfWork, petition: Petition) -> None: ...


@dataclass(frozen=True)
class KindSpec:
    label: str                                                # N_() marked
    describe: Callable[[UnitOfWork, Petition], list[Msg]]     # what approving would do
    execute: Callable[[UnitOfWork, Petition], None]           # do it (same transaction)
    withdrawn: Callable[[UnitOfWork, Petition], None] | None = None   # undo what filing did,
                                                              # when rejected or cancelled


_REGISTRY: dict[str, KindSpec] = {}
# The modules that register petition kinds: loaded before the registry is read, so a petition
# is understood whichever screen or command happens to read it first.
KIND_MODULES = ("cash_ops", "members", "drawer", "reversals", "refunds", "leaving", "member_petitions",
                "periodic", "loans")
_loaded = False


def register(kind: str, spec: KindSpec) -> None:
    _REGISTRY[kind] = spec


def _load_kinds() -> None:
    global _loaded
    if not _loaded:
        import importlib
        for name in KIND_MODULES:
            importlib.import_module(f"{__package__}.{name}")
        _loaded = True


def kinds() -> dict[str, str]:
    _load_kinds()
    return {k: v.label for k, v in _REGISTRY.items()}


def _spec(kind: str) -> KindSpec:
    _load_kinds()
    try:
        return _REGISTRY[kind]
    except KeyError:
        raise invalid("kind", N_("Unknown petition kind {kind}."), kind=kind) from None


@dataclass(frozen=True)
class EventView:
    status: str
    staff_id: int
    at: datetime
    reason: str
    staff_name: str = ""


@dataclass(frozen=True)
class PetitionView:
    id: int
    kind: str
    kind_label: str
    status: str
    member_id: int | None
    member_name: str
    maker_id: int
    created_at: datetime
    effects: tuple[Msg, ...]
    history: tuple[EventView, ...]
    maker_name: str = ""
    branch_id: int = 0
    confirmed_by: str = ""               # a member's petition: "otp" (their code) or "signature"


def _event(uow: UnitOfWork, petition: Petition, status: str, reason: str = "") -> None:
    petition.status = status
    uow.session.add(PetitionEvent(petition_id=petition.id, status=status, staff_id=uow.staff_id,
                                  at=utcnow(), reason=reason))
    uow.audit(f"petition.{status}", "petition", petition.id, kind=petition.kind)


def file_in(uow: UnitOfWork, kind: str, payload: dict, member_id: int | None = None) -> Petition:
    """File a petition inside the caller's unit of work."""
    _spec(kind)
    uow.require(Permission.PETITION_FILE)
    petition = Petition(kind=kind, payload=payload, member_id=member_id, status=PENDING,
                        branch_id=uow.staff.branch_id, maker_id=uow.staff_id, created_at=utcnow())
    uow.session.add(petition)
    uow.session.flush()
    _event(uow, petition, PENDING)
    return petition


CONFIRMATIONS = {"otp": N_("The member confirmed it with the code of their authenticator."),
                 "signature": N_("The member signs the printed petition form.")}


def file_for_member(uow: UnitOfWork, kind: str, payload: dict, member_id: int,
                    otp_code: str | None) -> Petition:
    """A petition the member asks for, confirmed with their authenticator's code when they have
    one (refused when it is missing or wrong) or else by signing the printed form. Call it
    after every other check: a code is spent only on a petition that is filed."""
    from . import otp
    method = otp.confirmation_in(uow, member_id, otp_code)
    return file_in(uow, kind, payload | {"confirmed_by": method}, member_id)


def _locked(uow: UnitOfWork, petition_id: int) -> Petition:
    petition = uow.session.execute(select(Petition).where(Petition.id == petition_id)
                                   .with_for_update()).scalar_one_or_none()
    if petition is None:
        raise NotFound(Msg.of(N_("Petition {id} does not exist."), id=petition_id))
    if petition.status != PENDING:
        raise Conflict(Msg.of(N_("Petition {id} is already {status}."), id=petition_id,
                              status=petition.status))
    return petition


def approve_in(uow: UnitOfWork, petition: Petition, reason: str = "") -> None:
    uow.require(Permission.PETITION_DECIDE)
    if petition.maker_id == uow.staff_id:
        raise PermissionDenied(Msg.of(N_(
            "You filed this petition, so you cannot approve it: another supervisor must.")))
    spec = _spec(petition.kind)
    petition.decided_at, petition.decided_by = utcnow(), uow.staff_id
    _event(uow, petition, APPROVED, reason)
    spec.execute(uow, petition)
    _event(uow, petition, EXECUTED)


def approve(ledger: Ledger, actor: Actor, petition_id: int, reason: str = "") -> PetitionView:
    with UnitOfWork(ledger, actor, Permission.PETITION_DECIDE) as uow:
        petition = _locked(uow, petition_id)
        approve_in(uow, petition, reason.strip())
        uow.commit()
        return _view(uow, petition)


def reject(ledger: Ledger, actor: Actor, petition_id: int, reason: str) -> PetitionView:
    if not reason.strip():
        raise invalid("reason", N_("Say why the petition is rejected."))
    with UnitOfWork(ledger, actor, Permission.PETITION_DECIDE) as uow:
        petition = _locked(uow, petition_id)
        if petition.maker_id == uow.staff_id:
            raise PermissionDenied(Msg.of(N_("You filed this petition: cancel it instead.")))
        petition.decided_at, petition.decided_by = utcnow(), uow.staff_id
        _event(uow, petition, REJECTED, reason.strip())
        _withdrawn(uow, petition)
        uow.commit()
        return _view(uow, petition)


def cancel(ledger: Ledger, actor: Actor, petition_id: int, reason: str) -> PetitionView:
    """The maker (or a supervisor) withdraws a pending petition."""
    if not reason.strip():
        raise invalid("reason", N_("Say why the petition is cancelled."))
    with UnitOfWork(ledger, actor, Permission.PETITION_FILE) as uow:
        petition = _locked(uow, petition_id)
        if petition.maker_id != uow.staff_id:
            uow.require(Permission.PETITION_DECIDE)
        _event(uow, petition, CANCELLED, reason.strip())
        _withdrawn(uow, petition)
        uow.commit()
        return _view(uow, petition)


def _withdrawn(uow: UnitOfWork, petition: Petition) -> None:
    spec = _spec(petition.kind)
    if spec.withdrawn is not None:
        spec.withdrawn(uow, petition)


def on_the_spot(uow: UnitOfWork, petition: Petition, approver_username: str,
                approver_password: str, reason: str = "") -> None:
    """A second user, present at the counter, approves `petition` in the same transaction."""
    approver = authenticate_in(uow, approver_username, approver_password)
    if not allows(approver.role, Permission.PETITION_DECIDE):
        raise PermissionDenied(Msg.of(N_("{user} is not a supervisor and cannot approve this."),
                                      user=approver.username))
    maker_staff = uow.staff
    uow.staff = approver
    try:
        approve_in(uow, petition, reason or "on the spot")
    finally:
        uow.staff = maker_staff


def _view(uow: UnitOfWork, petition: Petition) -> PetitionView:
    spec = _spec(petition.kind)
    member = uow.session.get(Member, petition.member_id) if petition.member_id else None
    events = uow.session.execute(select(PetitionEvent).where(PetitionEvent.petition_id == petition.id)
                                 .order_by(PetitionEvent.id)).scalars().all()
    name = f"{member.surnames}, {member.given_names}".strip(", ") if member else ""
    staff = {s.id: s.full_name for s in uow.session.execute(select(Staff).where(
        Staff.id.in_({petition.maker_id} | {e.staff_id for e in events}))).scalars()}
    confirmed = str((petition.payload or {}).get("confirmed_by", ""))
    effects = list(spec.describe(uow, petition))
    if confirmed in CONFIRMATIONS:
        effects.append(Msg.of(CONFIRMATIONS[confirmed]))
    return PetitionView(petition.id, petition.kind, spec.label, petition.status, petition.member_id,
                        name, petition.maker_id, petition.created_at, tuple(effects),
                        tuple(EventView(e.status, e.staff_id, e.at, e.reason, staff.get(e.staff_id, ""))
                              for e in events),
                        staff.get(petition.maker_id, ""), petition.branch_id, confirmed)


def get(ledger: Ledger, actor: Actor, petition_id: int) -> PetitionView:
    with UnitOfWork(ledger, actor, Permission.READ, read_only=True) as uow:
        petition = uow.session.get(Petition, petition_id)
        if petition is None:
            raise NotFound(Msg.of(N_("Petition {id} does not exist."), id=petition_id))
        return _view(uow, petition)


def pending(ledger: Ledger, actor: Actor, kind: str | None = None) -> list[PetitionView]:
    with UnitOfWork(ledger, actor, Permission.READ, read_only=True) as uow:
        q = select(Petition).where(Petition.status == PENDING).order_by(Petition.created_at, Petition.id)
        if kind:
            q = q.where(Petition.kind == kind)
        return [_view(uow, p) for p in uow.session.execute(q).scalars()]


def pending_count(ledger: Ledger, actor: Actor) -> int:
    with UnitOfWork(ledger, actor, Permission.READ, read_only=True) as uow:
        return uow.session.execute(select(func.count()).select_from(Petition)
                                   .where(Petition.status == PENDING)).scalar_one()
