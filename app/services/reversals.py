"""Reversal of a posted operation, always through an approval (maker-checker).

The opposite entry points at the original. On the same business day it moves the teller's drawer
back; on a later day the drawer of that day is closed, so the cash line goes to clearing (items
pending application) for the branch to settle.
"""
from __future__ import annotations

import uuid

from sqlalchemy import select

from ..domain.messages import Msg, N_
from ..domain.money import currency, from_minor
from ..domain.permissions import Permission
from ..domain.profiles import Product
from ..models import Account, Entry, Petition, Posting
from . import accounts, ledger as ledger_svc, petitions
from .context import Actor, Ledger, UnitOfWork
from .errors import Conflict, NotFound, invalid
from .ledger import Line

REVERSAL = "entry.reversal"


def _entry(uow: UnitOfWork, entry_id: int) -> Entry:
    entry = uow.session.get(Entry, entry_id)
    if entry is None:
        raise NotFound(Msg.of(N_("Entry {id} does not exist."), id=entry_id))
    return entry


def request_reversal(ledger: Ledger, actor: Actor, entry_id: int, reason: str) -> petitions.PetitionView:
    if not reason.strip():
        raise invalid("reason", N_("Say why the operation must be reversed."))
    with UnitOfWork(ledger, actor, Permission.PETITION_FILE) as uow:
        entry = _entry(uow, entry_id)
        if entry.reverses_entry_id is not None:
            raise Conflict(Msg.of(N_("This entry is itself a reversal.")))
        if uow.session.execute(select(Entry.id).where(Entry.reverses_entry_id == entry_id)).first():
            raise Conflict(Msg.of(N_("This operation has already been reversed.")))
        pending = uow.session.execute(select(Petition).where(
            Petition.kind == REVERSAL, Petition.status == petitions.PENDING)).scalars()
        if any(p.payload.get("entry") == entry_id for p in pending):
            raise Conflict(Msg.of(N_("A reversal of this operation is already waiting for approval.")))
        p = petitions.file_in(uow, REVERSAL, {"entry": entry_id, "reason": reason.strip()},
                              member_id=entry.acted_by_member_id)
        uow.commit()
        return petitions._view(uow, p)


def _describe(uow: UnitOfWork, petition: Petition) -> list[Msg]:
    entry = _entry(uow, petition.payload["entry"])
    rows = uow.session.execute(select(Posting, Account).join(Account, Account.id == Posting.account_id)
                               .where(Posting.entry_id == entry.id).order_by(Posting.id)).all()
    out = [Msg.of(N_("Reverse {description} of {date} (entry {id}): {reason}"),
                  description=entry.description, date=entry.business_date.isoformat(), id=entry.id,
                  reason=petition.payload["reason"])]
    for p, a in rows:
        amount = from_minor(-p.amount, currency(a.currency))
        out.append(Msg.of(N_("{account} {name}: {amount}"), account=a.number, name=a.name, amount=amount))
    return out


def _execute(uow: UnitOfWork, petition: Petition) -> None:
    entry = _entry(uow, petition.payload["entry"])
    rows = uow.session.execute(select(Posting, Account).join(Account, Account.id == Posting.account_id)
                               .where(Posting.entry_id == entry.id).order_by(Posting.id)).all()
    same_day = entry.business_date == uow.business_date()
    clearing = None if same_day else accounts.internal(uow, Product.CLEARING, entry.branch_id)
    lines = []
    for p, a in rows:
        target = a.id
        if a.product == Product.CASH_DRAWER.value and not same_day:
            target = clearing.id
        lines.append(Line(target, -from_minor(p.amount, currency(a.currency)), p.memo))
    ledger_svc.post(uow, kind=entry.kind + ".reversal",
                    description=f"Reversal: {entry.description}"[:200], lines=lines,
                    idempotency_key=f"reversal-{entry.id}-{uuid.uuid4().hex[:8]}",
                    reverses_entry_id=entry.id, acted_by_member_id=entry.acted_by_member_id,
                    enforce_available=False)


petitions.register(REVERSAL, petitions.KindSpec(N_("Reversal of an operation"), _describe, _execute))
