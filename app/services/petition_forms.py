"""The printed petition form: what a member asks for, in the words approving it would carry out,
for the member to sign at the counter (until OTP lets them confirm with a code)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from ..domain.messages import Msg, N_
from ..domain.permissions import Permission
from ..models import Branch, Member, Petition, Staff
from . import petitions
from .context import Actor, Ledger, UnitOfWork
from .errors import NotFound
from .letterhead import Letterhead, letterhead
from .members import display_name
from .receipts import local_time
from .settings import values as setting_values


@dataclass(frozen=True)
class PetitionForm:
    letterhead: Letterhead
    petition_id: int
    kind_label: str               # N_() marked
    filed_at: datetime            # the institution's local time
    branch: str
    teller: str
    member: str
    member_document: str
    member_address: str
    effects: tuple[Msg, ...]
    reason: str
    currency: str
    locale: str
    number_format: str


def petition_form(ledger: Ledger, actor: Actor, petition_id: int) -> PetitionForm:
    with UnitOfWork(ledger, actor, Permission.READ, read_only=True) as uow:
        petition = uow.session.get(Petition, petition_id)
        if petition is None:
            raise NotFound(Msg.of(N_("Petition {id} does not exist."), id=petition_id))
        view = petitions._view(uow, petition)
        member = uow.session.get(Member, petition.member_id) if petition.member_id else None
        branch = uow.session.get(Branch, petition.branch_id)
        maker = uow.session.get(Staff, petition.maker_id)
        inst = uow.institution()
        return PetitionForm(
            letterhead(uow), petition.id, view.kind_label,
            local_time(petition.created_at, uow.profile().timezone), f"{branch.code} {branch.name}",
            maker.full_name, display_name(member) if member else "", member.document if member else "",
            member.address if member else "", view.effects,
            str((petition.payload or {}).get("reason", "")), inst.currency, uow.profile().locale,
            setting_values(uow)["number_format"])
