"""The administrator's institution tab: the details printed on documents, the logo, SEPA data,
the region of the holiday calendar. Every change is one audited transaction; the audit row names
the fields changed (institution data is not personal, but the pattern is the same everywhere)."""
from __future__ import annotations

from dataclasses import asdict, dataclass

from ..domain.errors import FieldError
from ..domain.institution_details import DETAIL_FIELDS, InstitutionDetails, clean_institution, logo_kind
from ..domain.permissions import Permission
from .context import Actor, Ledger, UnitOfWork
from .errors import ValidationError
from .institution import check_region


@dataclass(frozen=True)
class InstitutionRecord:
    details: InstitutionDetails
    profile: str
    region: str | None
    currency: str
    has_logo: bool


def _record(inst) -> InstitutionRecord:  # noqa: ANN001
    details = InstitutionDetails(**{name: getattr(inst, name) or "" for name in DETAIL_FIELDS})
    return InstitutionRecord(details, inst.profile, inst.region, inst.currency, inst.logo is not None)


def institution_record(ledger: Ledger, actor: Actor) -> InstitutionRecord:
    with UnitOfWork(ledger, actor, Permission.READ, read_only=True) as uow:
        return _record(uow.institution())


def update_institution(ledger: Ledger, actor: Actor, details: InstitutionDetails) -> InstitutionRecord:
    """Store the details (validated as a whole first: a bad field writes nothing)."""
    with UnitOfWork(ledger, actor, Permission.INSTITUTION_ADMIN) as uow:
        inst = uow.institution()
        try:
            clean = clean_institution(inst.profile, details)
        except FieldError as exc:
            raise ValidationError(exc.field, exc.msg) from None
        changed = [name for name, value in asdict(clean).items() if (getattr(inst, name) or "") != value]
        for name in changed:
            setattr(inst, name, getattr(clean, name))
        if changed:
            uow.audit("institution.update", "institution", inst.id, fields=sorted(changed))
            uow.commit()
        return _record(inst)


def set_region(ledger: Ledger, actor: Actor, region: str | None) -> InstitutionRecord:
    """The autonomous community (Spain) or province (Ecuador) whose holidays the calendar takes."""
    with UnitOfWork(ledger, actor, Permission.INSTITUTION_ADMIN) as uow:
        inst = uow.institution()
        inst.region = check_region(uow.profile(), region, default=False)
        uow.audit("institution.region", "institution", inst.id, region=inst.region)
        uow.commit()
        return _record(inst)


def set_logo(ledger: Ledger, actor: Actor, data: bytes | None) -> InstitutionRecord:
    """A PNG or JPEG printed on documents; None removes it."""
    with UnitOfWork(ledger, actor, Permission.INSTITUTION_ADMIN) as uow:
        inst = uow.institution()
        if data is not None:
            try:
                kind = logo_kind(data)
            except FieldError as exc:
                raise ValidationError(exc.field, exc.msg) from None
        inst.logo = data
        uow.audit("institution.logo", "institution", inst.id,
                  **({"kind": kind, "bytes": len(data)} if data is not None else {"removed": True}))
        uow.commit()
        return _record(inst)


def logo(ledger: Ledger, actor: Actor | None = None) -> bytes | None:
    """The logo for a document (any signed-in role may print one)."""
    with UnitOfWork(ledger, actor, None, read_only=True) as uow:
        return uow.institution().logo
