"""Two petitions of the Spanish manual that need no money: a question to the cooperative (the
supervisor's decision carries the answer), and a change of contact data asked for when the member
is not at the counter (in person it is a direct edit). Approving the change applies it, kept in
the member's history like any edit."""
from __future__ import annotations

from dataclasses import replace

from ..domain.errors import FieldError
from ..domain.member_form import clean_member
from ..domain.messages import Msg, N_
from ..domain.permissions import Permission
from ..models import Member, Petition
from . import petitions
from .context import Actor, Ledger, UnitOfWork
from .errors import NotFound, ValidationError, invalid
from .members import _file, _record

QUESTION, CONTACT = "member.question", "member.contact_change"
CONTACT_FIELDS = ("email", "phone", "address")


def _member(uow: UnitOfWork, member_id: int) -> Member:
    member = uow.session.get(Member, member_id)
    if member is None:
        raise NotFound(Msg.of(N_("Member {id} does not exist."), id=member_id))
    return member


def ask_question(ledger: Ledger, actor: Actor, member_id: int, text: str) -> petitions.PetitionView:
    text = " ".join(text.split())
    if not text or len(text) > 2000:
        raise invalid("description", N_("Write the member's question (1 to 2000 characters)."))
    with UnitOfWork(ledger, actor, Permission.PETITION_FILE) as uow:
        member = _member(uow, member_id)
        petition = petitions.file_in(uow, QUESTION, {"text": text}, member.id)
        uow.commit()
        return petitions._view(uow, petition)


def request_contact_change(ledger: Ledger, actor: Actor, member_id: int, *, email: str, phone: str,
                           address: str, otp_code: str | None = None) -> petitions.PetitionView:
    """File the change (checked now with the member form's rules; applied on approval)."""
    with UnitOfWork(ledger, actor, Permission.PETITION_FILE) as uow:
        member = _member(uow, member_id)
        current = _file(uow, member).data
        try:
            clean = clean_member(uow.profile(), replace(current, email=email, phone=phone, address=address),
                                 uow.business_date())
        except FieldError as exc:
            raise ValidationError(exc.field, exc.msg) from None
        new = {name: getattr(clean, name) for name in CONTACT_FIELDS if getattr(clean, name) != getattr(member, name)}
        if not new:
            raise invalid("email", N_("Nothing changes: the contact data are the same."))
        petition = petitions.file_for_member(uow, CONTACT, {"new": new}, member.id, otp_code)
        uow.commit()
        return petitions._view(uow, petition)


def _describe_question(uow: UnitOfWork, petition: Petition) -> list[Msg]:
    return [Msg.of(N_("The member asks: {question}"), question=petition.payload["text"]),
            Msg.of(N_("Write the answer as the reason: approving records it as answered."))]


def _answered(uow: UnitOfWork, petition: Petition) -> None:
    """Nothing to carry out: the answer is the decision's reason, in the petition's history."""


def _describe_contact(uow: UnitOfWork, petition: Petition) -> list[Msg]:
    member = _member(uow, petition.member_id)
    labels = {"email": N_("E-mail"), "phone": N_("Phone"), "address": N_("Address")}
    return [Msg.of(N_("{field}: {old} -> {new}"), field=labels[k], old=getattr(member, k) or "—", new=v or "—")
            for k, v in petition.payload["new"].items()]


def _apply_contact(uow: UnitOfWork, petition: Petition) -> None:
    member = _member(uow, petition.member_id)
    changed = []
    for name, value in petition.payload["new"].items():
        if getattr(member, name) != value:
            _record(uow, member, name, getattr(member, name), value, petition.id)
            setattr(member, name, value)
            changed.append(name)
    if changed:                     # contact data are not search terms: the index stays as it is
        uow.audit("member.update", "member", member.id, fields=changed, petition=petition.id)


petitions.register(QUESTION, petitions.KindSpec(N_("Question"), _describe_question, _answered))
petitions.register(CONTACT, petitions.KindSpec(N_("Change of contact data"), _describe_contact, _apply_contact))
