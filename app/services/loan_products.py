"""The catalogue of loan products: the administrator creates and changes them (audited); every
desk reads the active ones to simulate and apply."""
from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal

from sqlalchemy import select

from ..domain.day_count import DayCount
from ..domain.errors import FieldError
from ..domain.loan_products import ProductRules, check_product
from ..domain.messages import Msg, N_
from ..domain.money import currency, from_minor, to_minor
from ..domain.permissions import Permission
from ..domain.schedule import Method
from ..models import LoanProduct
from . import settings
from .context import Actor, Ledger, UnitOfWork
from .errors import Conflict, NotFound, ValidationError


@dataclass(frozen=True)
class ProductView:
    id: int
    rules: ProductRules
    currency: str
    active: bool


def rules_of(row: LoanProduct) -> ProductRules:
    cur = currency(row.currency)
    return ProductRules(
        code=row.code, name=row.name, method=Method(row.method), rate_min=Decimal(row.rate_min),
        rate_max=Decimal(row.rate_max), term_min=row.term_min, term_max=row.term_max,
        amount_min=from_minor(row.amount_min, cur), amount_max=from_minor(row.amount_max, cur),
        day_count=DayCount(row.day_count), insurance_rate=Decimal(row.insurance_rate),
        late_rate=Decimal(row.late_rate), fee_rate=Decimal(row.fee_rate),
        fee_fixed=from_minor(row.fee_fixed, cur), business_days=row.business_days,
        allocation=tuple(row.allocation.split(",")), multiple=from_minor(row.multiple, cur),
        grace_max=row.grace_max)


def _write(row: LoanProduct, r: ProductRules) -> None:
    cur = currency(row.currency)
    row.code, row.name, row.method = r.code.strip().upper(), r.name.strip(), r.method.value
    row.rate_min, row.rate_max = str(r.rate_min), str(r.rate_max)
    row.term_min, row.term_max = r.term_min, r.term_max
    row.amount_min, row.amount_max = to_minor(r.amount_min, cur), to_minor(r.amount_max, cur)
    row.day_count, row.insurance_rate = r.day_count.value, str(r.insurance_rate)
    row.late_rate, row.fee_rate, row.fee_fixed = str(r.late_rate), str(r.fee_rate), to_minor(r.fee_fixed, cur)
    row.business_days, row.allocation = r.business_days, ",".join(r.allocation)
    row.multiple, row.grace_max = to_minor(r.multiple, cur), r.grace_max


def _check(uow: UnitOfWork, r: ProductRules) -> None:
    try:
        check_product(r, currency(uow.institution().currency), settings.values(uow)["late_interest_cap"])
    except FieldError as exc:
        raise ValidationError(exc.field, exc.msg) from None


def _view(row: LoanProduct) -> ProductView:
    return ProductView(row.id, rules_of(row), row.currency, row.active)


def list_products(ledger: Ledger, actor: Actor, *, active_only: bool = True) -> list[ProductView]:
    with UnitOfWork(ledger, actor, Permission.READ, read_only=True) as uow:
        q = select(LoanProduct).order_by(LoanProduct.code)
        if active_only:
            q = q.where(LoanProduct.active.is_(True))
        return [_view(p) for p in uow.session.execute(q).scalars()]


def product(uow: UnitOfWork, product_id: int) -> LoanProduct:
    row = uow.session.get(LoanProduct, product_id)
    if row is None:
        raise NotFound(Msg.of(N_("Loan product {id} does not exist."), id=product_id))
    return row


def create_product(ledger: Ledger, actor: Actor, rules: ProductRules) -> ProductView:
    with UnitOfWork(ledger, actor, Permission.INSTITUTION_ADMIN) as uow:
        rules = replace(rules, code=rules.code.strip().upper())
        _check(uow, rules)
        if uow.session.execute(select(LoanProduct.id).where(LoanProduct.code == rules.code)).first():
            raise ValidationError("code", Msg.of(N_("There is a product with code {code} already."),
                                                 code=rules.code))
        row = LoanProduct(currency=uow.institution().currency, active=True)
        _write(row, rules)
        uow.session.add(row)
        uow.session.flush()
        uow.audit("loan_product.create", "loan_product", row.id, code=row.code)
        uow.commit()
        return _view(row)


def update_product(ledger: Ledger, actor: Actor, product_id: int, rules: ProductRules,
                   active: bool = True) -> ProductView:
    """Changes apply to applications from now on; loans already approved keep their terms."""
    with UnitOfWork(ledger, actor, Permission.INSTITUTION_ADMIN) as uow:
        row = product(uow, product_id)
        rules = replace(rules, code=rules.code.strip().upper())
        _check(uow, rules)
        clash = uow.session.execute(select(LoanProduct.id).where(
            LoanProduct.code == rules.code, LoanProduct.id != row.id)).first()
        if clash:
            raise ValidationError("code", Msg.of(N_("There is a product with code {code} already."),
                                                 code=rules.code))
        before = rules_of(row)
        _write(row, rules)
        row.active = active
        changed = [k for k in before.__dataclass_fields__ if getattr(before, k) != getattr(rules, k)]
        uow.audit("loan_product.update", "loan_product", row.id, fields=changed, active=active)
        uow.commit()
        return _view(row)


def require_active(uow: UnitOfWork, product_id: int) -> LoanProduct:
    row = product(uow, product_id)
    if not row.active:
        raise Conflict(Msg.of(N_("Loan product {code} is withdrawn."), code=row.code))
    return row
