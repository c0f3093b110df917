"""SEPA mandates and periodic contributions. A periodic contribution is created, changed or
cancelled by petition (the member signs, a supervisor approves); the end of day takes every one
due: from the external account under the member's mandate (a collection for the next pain.008
file) or from a savings account. Each run is recorded; a failed one (not enough money, a member
no longer active...) is reported in the end-of-day summary with its reason and not retried: the
next date moves on."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select

from ..domain.contributions import Kind, Source
from ..domain.errors import FieldError
from ..domain.messages import Msg, N_
from ..domain.money import currency, from_minor, to_minor
from ..domain.periodic import FREQUENCIES, check_schedule, first_due, next_due
from ..domain.permissions import Permission
from ..domain.profiles import Product
from ..models import Account, Member, PeriodicContribution, PeriodicRun, Petition, SepaMandate
from . import cash_ops, end_of_day, petitions
from .context import Actor, Ledger, UnitOfWork
from .contributions import ContributionRequest, execute_in
from .errors import Conflict, NotFound, ServiceError, ValidationError, invalid

CREATE, CHANGE, CANCEL = "periodic.create", "periodic.change", "periodic.cancel"


@dataclass(frozen=True)
class PeriodicView:
    id: int
    member_id: int
    amount: Decimal
    currency: str
    day: int
    months: int
    source: str
    next_date: date
    status: str
    last_failure: str


def _member(uow: UnitOfWork, member_id: int) -> Member:
    member = uow.session.get(Member, member_id)
    if member is None:
        raise NotFound(Msg.of(N_("Member {id} does not exist."), id=member_id))
    return member


def register_mandate(ledger: Ledger, actor: Actor, member_id: int, signed_on: date) -> str:
    """Record the SEPA mandate the member signed for their registered external account; returns
    its reference (the one the collections carry)."""
    with UnitOfWork(ledger, actor, Permission.MEMBER_WRITE) as uow:
        if uow.profile().country != "ES":
            raise invalid("source", N_("Direct debits (SEPA) are for the Spanish profile."))
        member = _member(uow, member_id)
        if not member.bank_account:
            raise invalid("bank_account", N_("Register the member's external account first."))
        if signed_on > uow.business_date():
            raise invalid("signed_on", N_("The signature date cannot be in the future."))
        for old in uow.session.execute(select(SepaMandate).where(
                SepaMandate.member_id == member.id, SepaMandate.status == "active")).scalars():
            old.status = "revoked"
            uow.audit("mandate.revoke", "sepa_mandate", old.id, reason="replaced")
        count = uow.session.execute(select(func.count()).select_from(SepaMandate).where(
            SepaMandate.member_id == member.id)).scalar_one()
        mandate = SepaMandate(member_id=member.id, reference=f"VT{member.number:06d}{count + 1:03d}",
                              iban=member.bank_account, signed_on=signed_on, status="active",
                              first_collected=False)
        uow.session.add(mandate)
        uow.session.flush()
        uow.audit("mandate.register", "sepa_mandate", mandate.id, member=member.id)
        uow.commit()
        return mandate.reference


def _view(uow: UnitOfWork, p: PeriodicContribution) -> PeriodicView:
    failure = uow.session.execute(select(PeriodicRun.reason).where(
        PeriodicRun.periodic_id == p.id, PeriodicRun.status == "failed").order_by(PeriodicRun.id.desc())
    ).scalars().first()
    return PeriodicView(p.id, p.member_id, from_minor(p.amount, currency(p.currency)), p.currency, p.day,
                        p.months, p.source, p.next_date, p.status, failure or "")


def periodic_of(ledger: Ledger, actor: Actor, member_id: int) -> list[PeriodicView]:
    with UnitOfWork(ledger, actor, Permission.READ, read_only=True) as uow:
        rows = uow.session.execute(select(PeriodicContribution).where(
            PeriodicContribution.member_id == member_id).order_by(PeriodicContribution.id)).scalars()
        return [_view(uow, p) for p in rows]


def _check(uow: UnitOfWork, member: Member, amount: Decimal, day: int, months: int, source: str,
           savings_account_id: int | None) -> None:
    cash_ops._check_amount(amount)
    try:
        check_schedule(day, months)
    except FieldError as exc:
        raise ValidationError(exc.field, exc.msg) from None
    if source == Source.SEPA.value:
        from .contributions import active_mandate
        if uow.profile().country != "ES":
            raise invalid("source", N_("Direct debits (SEPA) are for the Spanish profile."))
        active_mandate(uow, member.id)
    elif source == Source.SAVINGS.value:
        acc = uow.session.get(Account, savings_account_id) if savings_account_id else None
        if acc is None or acc.member_id != member.id or acc.product != Product.SAVINGS.value:
            raise invalid("account", N_("Choose one of the member's savings accounts."))
    else:
        raise invalid("source", N_("A periodic contribution is taken by direct debit or from savings."))


def request_periodic(ledger: Ledger, actor: Actor, member_id: int, amount: Decimal, day: int,
                     months: int, source: str, savings_account_id: int | None = None) -> petitions.PetitionView:
    with UnitOfWork(ledger, actor, Permission.PETITION_FILE) as uow:
        member = _member(uow, member_id)
        if member.status != "active":
            raise Conflict(Msg.of(N_("Only an active member contributes periodically (the mandatory "
                                     "contribution comes first).")))
        _check(uow, member, amount, day, months, source, savings_account_id)
        petition = petitions.file_in(uow, CREATE, {"amount": str(amount), "day": day, "months": months,
                                                   "source": source, "savings_account_id": savings_account_id},
                                     member.id)
        uow.commit()
        return petitions._view(uow, petition)


def _periodic(uow: UnitOfWork, periodic_id: int, member_id: int | None = None) -> PeriodicContribution:
    p = uow.session.get(PeriodicContribution, periodic_id)
    if p is None or p.status != "active" or (member_id is not None and p.member_id != member_id):
        raise NotFound(Msg.of(N_("There is no active periodic contribution {id}."), id=periodic_id))
    return p


def request_change(ledger: Ledger, actor: Actor, periodic_id: int, amount: Decimal, day: int,
                   months: int) -> petitions.PetitionView:
    with UnitOfWork(ledger, actor, Permission.PETITION_FILE) as uow:
        p = _periodic(uow, periodic_id)
        member = _member(uow, p.member_id)
        _check(uow, member, amount, day, months, p.source, p.savings_account_id)
        petition = petitions.file_in(uow, CHANGE, {"id": p.id, "amount": str(amount), "day": day,
                                                   "months": months}, member.id)
        uow.commit()
        return petitions._view(uow, petition)


def request_cancel(ledger: Ledger, actor: Actor, periodic_id: int) -> petitions.PetitionView:
    with UnitOfWork(ledger, actor, Permission.PETITION_FILE) as uow:
        p = _periodic(uow, periodic_id)
        petition = petitions.file_in(uow, CANCEL, {"id": p.id}, p.member_id)
        uow.commit()
        return petitions._view(uow, petition)


def _schedule_text(amount: Decimal, day: int, months: int) -> Msg:
    return Msg.of(N_("{amount} on day {day}, {frequency}"), amount=amount, day=day,
                  frequency=Msg.of(FREQUENCIES[months]))


def _describe_create(uow: UnitOfWork, petition: Petition) -> list[Msg]:
    p = petition.payload
    how = Msg.of(N_("by direct debit from the external account") if p["source"] == Source.SEPA.value
                 else N_("from a savings account"))
    return [Msg.of(N_("New periodic voluntary contribution: {schedule}, {how}."),
                   schedule=_schedule_text(Decimal(p["amount"]), p["day"], p["months"]), how=how)]


def _create(uow: UnitOfWork, petition: Petition) -> None:
    p = petition.payload
    member = _member(uow, petition.member_id)
    amount = Decimal(p["amount"])
    _check(uow, member, amount, p["day"], p["months"], p["source"], p.get("savings_account_id"))
    from .contributions import active_mandate
    mandate = active_mandate(uow, member.id) if p["source"] == Source.SEPA.value else None
    cur = currency(uow.institution().currency)
    row = PeriodicContribution(member_id=member.id, amount=to_minor(amount, cur), currency=cur.code,
                               day=p["day"], months=p["months"], source=p["source"],
                               savings_account_id=p.get("savings_account_id"),
                               mandate_id=mandate.id if mandate else None,
                               next_date=first_due(p["day"], uow.business_date()), status="active")
    uow.session.add(row)
    uow.session.flush()
    uow.audit("periodic.create", "periodic_contribution", row.id, member=member.id)


def _describe_change(uow: UnitOfWork, petition: Petition) -> list[Msg]:
    p = petition.payload
    return [Msg.of(N_("Periodic contribution {id} becomes {schedule}."), id=p["id"],
                   schedule=_schedule_text(Decimal(p["amount"]), p["day"], p["months"]))]


def _change(uow: UnitOfWork, petition: Petition) -> None:
    p = petition.payload
    row = _periodic(uow, p["id"])
    cur = currency(row.currency)
    row.amount, row.day, row.months = to_minor(Decimal(p["amount"]), cur), p["day"], p["months"]
    row.next_date = first_due(p["day"], uow.business_date())
    uow.audit("periodic.change", "periodic_contribution", row.id, fields=["amount", "day", "months"])


def _describe_cancel(uow: UnitOfWork, petition: Petition) -> list[Msg]:
    return [Msg.of(N_("Periodic contribution {id} is cancelled."), id=petition.payload["id"])]


def _cancel(uow: UnitOfWork, petition: Petition) -> None:
    row = _periodic(uow, petition.payload["id"])
    row.status = "cancelled"
    uow.audit("periodic.cancel", "periodic_contribution", row.id)


def _due_job(uow: UnitOfWork, day: date) -> str:
    """End of day: every periodic contribution due by `day`, once; failures recorded."""
    rows = list(uow.session.execute(select(PeriodicContribution).where(
        PeriodicContribution.status == "active", PeriodicContribution.next_date <= day)
        .order_by(PeriodicContribution.id)).scalars())
    posted = failed = 0
    for row in rows:
        amount = from_minor(row.amount, currency(row.currency))
        req = ContributionRequest(row.member_id, Kind.VOLUNTARY, amount, Source(row.source), row.member_id,
                                  row.savings_account_id)
        audit_mark = len(uow._audit)
        savepoint = uow.session.begin_nested()
        try:
            result = execute_in(uow, req, f"periodic-{row.id}-{row.next_date.isoformat()}")
            savepoint.commit()
            uow.session.add(PeriodicRun(periodic_id=row.id, business_date=day, status="posted",
                                        reason="", entry_id=result.entry_id))
            posted += 1
        except ServiceError as exc:
            savepoint.rollback()
            del uow._audit[audit_mark:]
            uow.session.add(PeriodicRun(periodic_id=row.id, business_date=day, status="failed",
                                        reason=exc.render()[:500]))
            uow.audit("periodic.failed", "periodic_contribution", row.id)
            failed += 1
        row.next_date = next_due(row.next_date, row.months)
    return Msg.of(N_("Periodic contributions: {posted} taken, {failed} failed (see each member's "
                     "capital)."), posted=posted, failed=failed).render()


petitions.register(CREATE, petitions.KindSpec(N_("Periodic contribution"), _describe_create, _create))
petitions.register(CHANGE, petitions.KindSpec(N_("Change of a periodic contribution"), _describe_change, _change))
petitions.register(CANCEL, petitions.KindSpec(N_("Cancellation of a periodic contribution"), _describe_cancel, _cancel))
end_of_day.register_job("periodic.contributions", N_("Taking the periodic contributions"), _due_job,
                        before="ledger.check")
