"""The teller's cash drawer: opened with a counted float from the vault, moved by every cash
operation, topped up or emptied into the vault during the day, closed with a blind count.

Closing returns the counted cash to the vault. A difference (over or short) stays on the drawer
account until a supervisor approves the petition that posts it to "cash over and short".
"""
from __future__ import annotations

import uuid
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select

from ..domain.cash import count_total
from ..domain.messages import Msg, N_
from ..domain.money import currency, from_minor, to_minor
from ..domain.permissions import Permission
from ..domain.profiles import Product
from ..models import Account, DrawerSession, Petition, Staff
from ..models.base import utcnow
from . import accounts, ledger as ledger_svc, petitions
from .context import Actor, Ledger, UnitOfWork
from .errors import Conflict, NotFound, ValidationError, invalid
from .ledger import Line

DIFFERENCE = "drawer.difference"


@dataclass(frozen=True)
class DrawerView:
    session_id: int
    staff_id: int
    username: str
    status: str
    account_id: int
    account_number: str
    opening: Decimal
    balance: Decimal          # what the drawer should hold now
    counted: Decimal | None
    difference: Decimal | None   # expected - counted: positive is short
    petition_id: int | None


def _counts(uow: UnitOfWork, counts: dict[str, int]) -> Decimal:
    try:
        return count_total(uow.institution().currency, counts)
    except ValueError as exc:
        raise ValidationError("amount", exc.args[0]) from None


def _view(uow: UnitOfWork, ds: DrawerSession) -> DrawerView:
    cur = currency(uow.institution().currency)
    acc = uow.session.get(Account, ds.account_id)
    staff = uow.session.get(Staff, ds.staff_id)
    m = lambda v: None if v is None else from_minor(v, cur)  # noqa: E731
    diff = None if ds.counted_amount is None else ds.expected_amount - ds.counted_amount
    return DrawerView(ds.id, ds.staff_id, staff.username, ds.status, acc.id, acc.number,
                      from_minor(ds.opening_amount, cur), from_minor(acc.balance, cur),
                      m(ds.counted_amount), m(diff), ds.petition_id)


def open_session(uow: UnitOfWork, staff_id: int | None = None) -> DrawerSession | None:
    q = select(DrawerSession).where(DrawerSession.staff_id == (staff_id or uow.staff_id),
                                    DrawerSession.status == "open")
    return uow.session.execute(q).scalar_one_or_none()


def require_open(uow: UnitOfWork) -> tuple[DrawerSession, Account]:
    """The actor's open drawer, for a cash operation; refuses when there is none."""
    ds = open_session(uow)
    if ds is None:
        raise Conflict(Msg.of(N_("Open your cash drawer first (Drawer, then Open drawer).")))
    return ds, uow.session.get(Account, ds.account_id)


def _key(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex}"


def open_drawer(ledger: Ledger, actor: Actor, counts: dict[str, int]) -> DrawerView:
    """Take a counted float from the vault and open the day's drawer session."""
    with UnitOfWork(ledger, actor, Permission.POST) as uow:
        if open_session(uow) is not None:
            raise Conflict(Msg.of(N_("Your drawer is already open.")))
        waiting = uow.session.execute(select(DrawerSession).where(
            DrawerSession.staff_id == uow.staff_id, DrawerSession.status == "closing")).first()
        if waiting:
            raise Conflict(Msg.of(N_("Your last drawer difference waits for a supervisor's "
                                     "approval; it must be settled before you open again.")))
        amount = _counts(uow, counts)
        acc = accounts.drawer_account(uow, uow.staff)
        if acc.balance != 0:
            raise Conflict(Msg.of(N_("Drawer account {number} is not empty: settle it first."),
                                  number=acc.number))
        vault = accounts.internal(uow, Product.VAULT)
        if amount > 0:
            ledger_svc.post(uow, kind="drawer.open", description="Opening float to drawer",
                            lines=[Line(acc.id, amount), Line(vault.id, -amount)],
                            idempotency_key=_key("open"))
        cur = currency(acc.currency)
        ds = DrawerSession(staff_id=uow.staff_id, account_id=acc.id, branch_id=uow.staff.branch_id,
                           business_date=uow.business_date(), status="open", opened_at=utcnow(),
                           opening_count={k: v for k, v in counts.items() if v},
                           opening_amount=to_minor(amount, cur))
        uow.session.add(ds)
        uow.session.flush()
        uow.audit("drawer.open", "drawer_session", ds.id)
        uow.commit()
        return _view(uow, ds)


def transfer(ledger: Ledger, actor: Actor, amount: Decimal, *, to_vault: bool,
             idempotency_key: str) -> DrawerView:
    """Move cash between the vault and the actor's open drawer."""
    if not isinstance(amount, Decimal) or amount <= 0:
        raise invalid("amount", N_("The amount must be greater than zero."))
    with UnitOfWork(ledger, actor, Permission.POST) as uow:
        ds, acc = require_open(uow)
        vault = accounts.internal(uow, Product.VAULT)
        src, dst = (acc, vault) if to_vault else (vault, acc)
        ledger_svc.post(uow, kind="drawer.to_vault" if to_vault else "drawer.from_vault",
                        description="Drawer to vault" if to_vault else "Vault to drawer",
                        lines=[Line(dst.id, amount), Line(src.id, -amount)],
                        idempotency_key=idempotency_key)
        uow.commit()
        return _view(uow, ds)


def _close(uow: UnitOfWork, ds: DrawerSession, counted: Decimal, reason: str) -> None:
    acc = uow.session.get(Account, ds.account_id)
    cur = currency(acc.currency)
    vault = accounts.internal(uow, Product.VAULT, ds.branch_id)
    expected = acc.balance
    ds.closing_count = ds.closing_count or {}
    ds.counted_amount, ds.expected_amount = to_minor(counted, cur), expected
    ds.closed_at, ds.close_reason = utcnow(), reason
    if counted > 0:
        ledger_svc.post(uow, kind="drawer.close", description="Drawer cash back to the vault",
                        lines=[Line(vault.id, counted), Line(acc.id, -counted)],
                        idempotency_key=_key("close"), enforce_available=False)
    difference = expected - ds.counted_amount
    if difference == 0:
        ds.status = "closed"
    else:
        ds.status = "closing"
        petition = petitions.file_in(uow, DIFFERENCE, {"session": ds.id,
                                                       "difference": difference})
        ds.petition_id = petition.id
    uow.audit("drawer.close", "drawer_session", ds.id, difference=difference)


def close_drawer(ledger: Ledger, actor: Actor, counts: dict[str, int]) -> DrawerView:
    """Close the actor's drawer with a blind count by denomination."""
    with UnitOfWork(ledger, actor, Permission.POST) as uow:
        ds, _acc = require_open(uow)
        counted = _counts(uow, counts)
        ds.closing_count = {k: v for k, v in counts.items() if v}
        _close(uow, ds, counted, "")
        uow.commit()
        return _view(uow, ds)


def force_close(ledger: Ledger, actor: Actor, session_id: int, reason: str) -> DrawerView:
    """A supervisor closes a teller's drawer (absent teller at end of day): the cash the drawer
    should hold goes back to the vault, sealed, and the reason is recorded."""
    if not reason.strip():
        raise invalid("reason", N_("Say why the drawer is closed by a supervisor."))
    with UnitOfWork(ledger, actor, Permission.PETITION_DECIDE) as uow:
        ds = uow.session.get(DrawerSession, session_id)
        if ds is None or ds.status != "open":
            raise NotFound(Msg.of(N_("There is no open drawer session {id}."), id=session_id))
        acc = uow.session.get(Account, ds.account_id)
        expected = from_minor(acc.balance, currency(acc.currency))
        _close(uow, ds, expected, reason.strip())
        uow.commit()
        return _view(uow, ds)


def my_drawer(ledger: Ledger, actor: Actor) -> DrawerView | None:
    with UnitOfWork(ledger, actor, Permission.READ, read_only=True) as uow:
        ds = open_session(uow) or uow.session.execute(select(DrawerSession).where(
            DrawerSession.staff_id == uow.staff_id).order_by(DrawerSession.id.desc())).scalars().first()
        return _view(uow, ds) if ds else None


def open_drawers(ledger: Ledger, actor: Actor) -> list[DrawerView]:
    with UnitOfWork(ledger, actor, Permission.READ, read_only=True) as uow:
        rows = uow.session.execute(select(DrawerSession).where(
            DrawerSession.status.in_(("open", "closing"))).order_by(DrawerSession.id)).scalars()
        return [_view(uow, ds) for ds in rows]


def _describe(uow: UnitOfWork, petition: Petition) -> list[Msg]:
    ds = uow.session.get(DrawerSession, petition.payload["session"])
    staff = uow.session.get(Staff, ds.staff_id)
    cur = currency(uow.institution().currency)
    diff = from_minor(petition.payload["difference"], cur)
    settle = (N_("Post the shortage of {amount} to cash over and short.") if diff > 0
              else N_("Post the surplus of {amount} to cash over and short."))
    return [Msg.of(N_("Drawer of {user} on {date}: counted {counted}, expected {expected}."),
                   user=staff.full_name, date=ds.business_date,
                   counted=from_minor(ds.counted_amount, cur), expected=from_minor(ds.expected_amount, cur)),
            Msg.of(settle, amount=abs(diff))]


def _settle(uow: UnitOfWork, petition: Petition) -> None:
    ds = uow.session.get(DrawerSession, petition.payload["session"])
    acc = uow.session.get(Account, ds.account_id)
    cur = currency(acc.currency)
    diff = from_minor(petition.payload["difference"], cur)      # positive: drawer is short
    over_short = accounts.internal(uow, Product.CASH_DIFFERENCES, ds.branch_id)
    ledger_svc.post(uow, kind="drawer.difference", description="Drawer over/short",
                    lines=[Line(over_short.id, diff), Line(acc.id, -diff)],
                    idempotency_key=f"drawer-difference-{ds.id}", enforce_available=False)
    ds.status = "closed"
    uow.audit("drawer.settle", "drawer_session", ds.id)


petitions.register(DIFFERENCE, petitions.KindSpec(N_("Drawer difference"), _describe, _settle))
