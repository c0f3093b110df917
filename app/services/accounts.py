"""Finding ledger accounts inside a unit of work: internal ones by product, a teller's drawer."""
from __future__ import annotations

from sqlalchemy import select

from ..domain.messages import Msg, N_
from ..domain.profiles import NORMAL_SIDE, Product
from ..models import Account, Branch, Staff
from .context import UnitOfWork
from .errors import NotFound


def internal(uow: UnitOfWork, product: Product, branch_id: int | None = None) -> Account:
    branch_id = branch_id or uow.staff.branch_id
    acc = uow.session.execute(select(Account).where(
        Account.kind == "internal", Account.product == product.value,
        Account.branch_id == branch_id, Account.staff_id.is_(None))).scalars().first()
    if acc is None:
        acc = _open_missing(uow, product, branch_id)
    if acc is None:
        raise NotFound(Msg.of(N_("This branch has no {product} account."), product=product.value))
    return acc


def _open_missing(uow: UnitOfWork, product: Product, branch_id: int) -> Account | None:
    """An internal account the profile lists but this branch lacks (opened before the program
    knew it: loans came later), opened now when the unit may write."""
    spec = next((a for a in uow.profile().internal_accounts if a.product == product), None)
    if spec is None or uow.read_only:
        return None
    from .institution import internal_account_number
    branch = uow.session.get(Branch, branch_id)
    acc = Account(number=internal_account_number(branch.code, spec.chart_code), name=spec.name,
                  kind="internal", product=product.value, normal_side=NORMAL_SIDE[product],
                  chart_code=spec.chart_code, currency=uow.profile().currency, branch_id=branch_id,
                  status="active", allow_negative=True, balance=0, held=0, postings=0,
                  opened_on=uow.business_date())
    uow.session.add(acc)
    uow.session.flush()
    uow.audit("account.open", "account", acc.id, product=product.value)
    return acc


def drawer_account(uow: UnitOfWork, staff: Staff) -> Account:
    """The teller's own cash drawer account, opened the first time it is needed. Its chart code
    is the vault's (both are cash)."""
    acc = uow.session.execute(select(Account).where(
        Account.product == Product.CASH_DRAWER.value, Account.staff_id == staff.id)).scalar_one_or_none()
    if acc is not None:
        return acc
    vault = internal(uow, Product.VAULT, staff.branch_id)
    branch = uow.session.get(Branch, staff.branch_id)
    acc = Account(number=f"{branch.code}-{vault.chart_code}-T{staff.id:03d}",
                  name=f"Cash drawer {staff.username}", kind="internal",
                  product=Product.CASH_DRAWER.value, normal_side=NORMAL_SIDE[Product.CASH_DRAWER],
                  chart_code=vault.chart_code, currency=vault.currency, branch_id=staff.branch_id,
                  staff_id=staff.id, status="active", allow_negative=False, balance=0, held=0,
                  postings=0, opened_on=uow.business_date())
    uow.session.add(acc)
    uow.session.flush()
    uow.audit("account.open", "account", acc.id, product=Product.CASH_DRAWER.value, staff=staff.id)
    return acc
