"""Branches: list, open (with its own chart of internal accounts: vault, drawers' cash, clearing),
change their details, close and reopen. A closed branch keeps its history; no staff work there."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from ..domain.errors import FieldError
from ..domain.institution_details import BranchDetails, clean_branch, next_branch_code
from ..domain.messages import Msg, N_
from ..domain.permissions import Permission
from ..models import Branch, Staff
from .context import Actor, Ledger, UnitOfWork
from .errors import Conflict, NotFound, ValidationError
from .institution import open_internal_accounts


@dataclass(frozen=True)
class BranchView:
    id: int
    code: str
    name: str
    address: str
    city: str
    phone: str
    active: bool
    staff: int            # active staff assigned to it


def _view(b: Branch, staff: int) -> BranchView:
    return BranchView(b.id, b.code, b.name, b.address, b.city, b.phone, b.active, staff)


def _staff_counts(uow: UnitOfWork) -> dict[int, int]:
    rows = uow.session.execute(select(Staff.branch_id, func.count()).where(Staff.active.is_(True))
                               .group_by(Staff.branch_id))
    return {branch_id: n for branch_id, n in rows}


def _clean(details: BranchDetails) -> BranchDetails:
    try:
        return clean_branch(details)
    except FieldError as exc:
        raise ValidationError(exc.field, exc.msg) from None


def list_branches(ledger: Ledger, actor: Actor) -> list[BranchView]:
    with UnitOfWork(ledger, actor, Permission.READ, read_only=True) as uow:
        counts = _staff_counts(uow)
        return [_view(b, counts.get(b.id, 0))
                for b in uow.session.execute(select(Branch).order_by(Branch.code)).scalars()]


def add_branch(ledger: Ledger, actor: Actor, details: BranchDetails) -> BranchView:
    clean = _clean(details)
    with UnitOfWork(ledger, actor, Permission.INSTITUTION_ADMIN) as uow:
        codes = list(uow.session.execute(select(Branch.code).with_for_update()).scalars())
        if uow.session.execute(select(Branch.id).where(func.lower(Branch.name) == clean.name.lower())).first():
            raise Conflict(Msg.of(N_("There is a branch called {name} already."), name=clean.name))
        branch = Branch(code=next_branch_code(codes), name=clean.name, address=clean.address,
                        city=clean.city, phone=clean.phone, active=True)
        uow.session.add(branch)
        uow.session.flush()
        accounts = open_internal_accounts(uow.session, uow.profile(), branch, uow.business_date())
        uow.audit("branch.create", "branch", branch.id, code=branch.code)
        for acc in accounts:
            uow.audit("account.open", "account", acc.id, product=acc.product)
        uow.commit()
        return _view(branch, 0)


def _branch(uow: UnitOfWork, branch_id: int) -> Branch:
    branch = uow.session.execute(select(Branch).where(Branch.id == branch_id).with_for_update()
                                 ).scalar_one_or_none()
    if branch is None:
        raise NotFound(Msg.of(N_("Branch {id} does not exist."), id=branch_id))
    return branch


def update_branch(ledger: Ledger, actor: Actor, branch_id: int, details: BranchDetails) -> BranchView:
    clean = _clean(details)
    with UnitOfWork(ledger, actor, Permission.INSTITUTION_ADMIN) as uow:
        branch = _branch(uow, branch_id)
        if uow.session.execute(select(Branch.id).where(func.lower(Branch.name) == clean.name.lower(),
                                                       Branch.id != branch.id)).first():
            raise Conflict(Msg.of(N_("There is a branch called {name} already."), name=clean.name))
        changed = [n for n in ("name", "address", "city", "phone") if getattr(branch, n) != getattr(clean, n)]
        for name in changed:
            setattr(branch, name, getattr(clean, name))
        if changed:
            uow.audit("branch.update", "branch", branch.id, fields=changed)
            uow.commit()
        return _view(branch, _staff_counts(uow).get(branch.id, 0))


def set_branch_active(ledger: Ledger, actor: Actor, branch_id: int, active: bool) -> BranchView:
    """Close a branch (only once no active staff work there) or reopen it."""
    with UnitOfWork(ledger, actor, Permission.INSTITUTION_ADMIN) as uow:
        branch = _branch(uow, branch_id)
        staff = _staff_counts(uow).get(branch.id, 0)
        if not active and staff:
            raise Conflict(Msg.of(N_("{n} staff users work at {branch}: move them to another "
                                     "branch first."), n=staff, branch=branch.name))
        if branch.active != active:
            branch.active = active
            uow.audit("branch.open" if active else "branch.close", "branch", branch.id)
            uow.commit()
        return _view(branch, staff)
