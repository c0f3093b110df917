"""Creating a ledger (`ventanilla init`) and reading the institution's identity."""
from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

import holidays
from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.messages import Msg, N_
from ..domain.settings import defaults_for, from_json, to_json
from ..domain.profiles import NORMAL_SIDE, PRODUCT_LABELS, get_profile, Profile
from ..models import Account, Branch, Institution
from . import audit, keys
from .auth import actor_of, create_staff_in
from .context import Actor, Ledger, UnitOfWork
from .errors import Conflict, invalid


@dataclass(frozen=True)
class InstitutionView:
    ledger_id: str
    name: str
    tax_id: str
    profile: str
    region: str | None
    currency: str
    business_date: date
    branch_code: str
    branch_name: str
    idle_lock_minutes: int = 5
    number_format: str = ""         # the administrator's choice ("1.234,56"); "" = the profile's


def internal_account_number(branch_code: str, chart_code: str) -> str:
    return f"{branch_code}-{chart_code}"


def open_internal_accounts(session: Session, profile: Profile, branch: Branch, opened: date) -> list[Account]:
    accounts = []
    for spec in profile.internal_accounts:
        acc = Account(number=internal_account_number(branch.code, spec.chart_code), name=spec.name,
                      kind="internal", product=spec.product.value,
                      normal_side=NORMAL_SIDE[spec.product], chart_code=spec.chart_code,
                      currency=profile.currency, branch_id=branch.id, status="active",
                      allow_negative=True, balance=0, held=0, opened_on=opened)
        session.add(acc)
        accounts.append(acc)
    session.flush()
    return accounts


def check_region(profile: Profile, region: str | None, *, default: bool = True) -> str | None:
    """A region of the profile's country known to the holidays package (None: the whole country;
    with `default`, an empty region means the profile's default one)."""
    region = (region or (profile.default_region if default else "") or "").strip().upper() or None
    subdivisions = holidays.list_supported_countries().get(profile.country, [])
    if region is not None and region not in subdivisions:
        raise invalid("region", N_("{region} is not a region of {country}. Use one of: {choices}."),
                      region=region, country=profile.country, choices=", ".join(subdivisions))
    return region


def init_ledger(ledger: Ledger, *, profile: str, name: str, tax_id: str, admin: str,
                admin_password: str, admin_name: str = "", region: str | None = None,
                branch_name: str = "Main office", today: date | None = None,
                language: str = "es") -> Actor:
    """Create the institution, its first branch, chart and administrator, and the key file."""
    try:
        prof = get_profile(profile)
    except ValueError:
        raise invalid("profile", N_("Choose es-coop or ec-coop.")) from None
    if not name.strip() or len(name) > 200:
        raise invalid("name", N_("Write the institution's name (1 to 200 characters)."))
    if not tax_id.strip() or len(tax_id) > 20:
        raise invalid("tax_id", N_("Write the institution's tax ID (1 to 20 characters)."))
    reg = check_region(prof, region)
    with UnitOfWork(ledger, None, None) as uow:
        s = uow.session
        if s.execute(select(Institution.id)).first():
            raise Conflict(Msg.of(N_("This database already holds a ledger.")))
        opened = today or date.today()
        ledger_id = str(uuid.uuid4())
        inst = Institution(ledger_id=ledger_id, name=name.strip(), tax_id=tax_id.strip().upper(),
                           profile=prof.code, region=reg, currency=prof.currency,
                           business_date=opened, settings=to_json(defaults_for(prof.code)))
        s.add(inst)
        branch = Branch(code="0001", name=branch_name)
        s.add(branch)
        s.flush()
        staff = create_staff_in(s, ledger, username=admin, full_name=admin_name or admin,
                                role="administrator", password=admin_password, branch_id=branch.id,
                                language=language)
        accounts = open_internal_accounts(s, prof, branch, opened)
        audit.ensure_head(s)
        key = keys.new_key()
        keys.save_key(ledger_id, key)
        ledger.key = key
        uow.staff = staff
        uow.audit("institution.init", "institution", inst.id, profile=prof.code)
        uow.audit("branch.create", "branch", branch.id)
        uow.audit("staff.create", "staff", staff.id, role="administrator", branch=branch.id)
        for acc in accounts:
            uow.audit("account.open", "account", acc.id, product=acc.product)
        uow.commit()
        return actor_of(staff)


def institution_view(ledger: Ledger, actor: Actor | None = None) -> InstitutionView:
    with UnitOfWork(ledger, actor, None, read_only=True) as uow:
        inst = uow.institution()
        branch_id = uow.staff.branch_id if uow.staff else 1
        branch = uow.session.get(Branch, branch_id)
        values = from_json(inst.profile, inst.settings or {})
        return InstitutionView(inst.ledger_id, inst.name, inst.tax_id, inst.profile, inst.region,
                               inst.currency, inst.business_date, branch.code, branch.name,
                               values["idle_lock_minutes"], values["number_format"])


__all__ = ["InstitutionView", "init_ledger", "institution_view", "open_internal_accounts",
           "PRODUCT_LABELS"]
