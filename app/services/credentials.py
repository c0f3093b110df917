"""Online-banking credentials: a teller issues them for a member (the user name, by default the
member's document, and a one-time registration key valid for a few days, handed over once as a
printed letter or e-mailed through the outbox); the member completes the registration online
(`complete`, the service a member portal calls) with their document, the key, their registered
external account and a new password. Only peppered hashes are stored: the key's HMAC, the
password's argon2id over its HMAC. Repeated failures lock it; a teller reissues it."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

from sqlalchemy import select

from ..domain import credentials as rules
from ..domain.credentials import CredentialStatus as S
from ..domain.errors import FieldError
from ..domain.identifiers import _compact
from ..domain.messages import Msg, N_
from ..domain.permissions import Permission
from ..models import Member, OnlineCredential
from ..models.base import utcnow
from . import outbox, vault
from .context import Actor, Ledger, UnitOfWork
from .errors import Conflict, NotFound, ValidationError, invalid
from .letterhead import Letterhead, letterhead
from .members import display_name
from .receipts import local_time

KEY_PURPOSE, PASSWORD_PURPOSE = "registration-key", "online-password"
PRINT, EMAIL = "print", "email"


@dataclass(frozen=True)
class CredentialView:
    member_id: int
    username: str
    status: S
    issued_at: datetime
    key_expires_at: datetime | None
    activated_at: datetime | None
    failures: int


@dataclass(frozen=True)
class IssuedCredential:
    """What the teller hands over, once: the key is in no other place."""
    view: CredentialView
    key: str = field(repr=False)     # a secret: never in a repr or a log
    member_name: str
    member_address: str
    delivery: str
    outbox_id: int | None
    letterhead: Letterhead | None = None
    timezone: str = "UTC"


def _status(c: OnlineCredential, now: datetime) -> S:
    if c.status == S.ISSUED and c.key_expires_at is not None and c.key_expires_at <= now:
        return S.EXPIRED
    return S(c.status)


def _view(c: OnlineCredential, now: datetime) -> CredentialView:
    return CredentialView(c.member_id, c.username, _status(c, now), c.issued_at, c.key_expires_at,
                          c.activated_at, c.failures)


def _credential(uow: UnitOfWork, member_id: int, *, lock: bool = False) -> OnlineCredential | None:
    q = select(OnlineCredential).where(OnlineCredential.member_id == member_id)
    return uow.session.execute(q.with_for_update() if lock else q).scalar_one_or_none()


def status(ledger: Ledger, actor: Actor, member_id: int, *, now: datetime | None = None) -> CredentialView | None:
    with UnitOfWork(ledger, actor, Permission.READ, read_only=True) as uow:
        c = _credential(uow, member_id)
        return _view(c, now or utcnow()) if c else None


def letter_text(issued: IssuedCredential, institution: str,
                translate: Callable[[str], str] = lambda s: s) -> str:
    """The e-mail's body (the printed letter says the same, laid out)."""
    return Msg.of(N_(
        "Dear {name},\n\nYour online banking access at {institution} is ready to be completed.\n\n"
        "User name: {username}\nRegistration key: {key}\nValid until: {expires}\n\n"
        "To complete it, open the online office's registration page and type your document, "
        "this registration key, the external account you registered with us and the password "
        "you choose (at least {min} characters, letters and digits, not your document or your "
        "birth date). The key works once.\n\nIf you did not ask for this, tell your branch."),
        name=issued.member_name, institution=institution, username=issued.view.username,
        key=issued.key, expires=f"{local_time(issued.view.key_expires_at, issued.timezone):%d/%m/%Y %H:%M}",
        min=rules.PASSWORD_MIN).render(translate)


def issue(ledger: Ledger, actor: Actor, member_id: int, *, delivery: str = PRINT,
          username: str | None = None, reissue: bool = False, now: datetime | None = None,
          translate: Callable[[str], str] = lambda s: s) -> IssuedCredential:
    """Issue (or, with `reissue`, issue again: a new key, the old key and password stop working).
    An e-mailed letter is written with `translate`, in the language the member is served in
    (the desk's), as the printed one is."""
    now = now or utcnow()
    if delivery not in (PRINT, EMAIL):
        raise invalid("delivery", N_("Print the letter or send it by e-mail."))
    with UnitOfWork(ledger, actor, Permission.ACCESS) as uow:
        member = uow.session.get(Member, member_id)
        if member is None:
            raise NotFound(Msg.of(N_("Member {id} does not exist."), id=member_id))
        if member.status != "active":
            raise Conflict(Msg.of(N_("Member {number} is {status}: online access is for active members."),
                                  number=member.number, status=member.status))
        if delivery == EMAIL and not member.email:
            raise invalid("delivery", N_("The member has no e-mail address: print the letter."))
        try:
            name = rules.check_username(username or member.document)
        except FieldError as e:
            raise ValidationError(e.field, e.msg) from None
        c = _credential(uow, member_id, lock=True)
        if c is not None and not reissue:
            raise Conflict(Msg.of(N_("The member has online credentials already ({status}): reissue them."),
                                  status=Msg.of(rules.STATUS_LABELS[_status(c, now)])))
        taken = uow.session.execute(select(OnlineCredential.member_id).where(
            OnlineCredential.username == name)).scalar_one_or_none()
        if taken is not None and taken != member_id:
            raise invalid("username", N_("Another member has this user name."))
        if c is not None:
            outbox.cancel_for_member(uow, member_id, "credential_letter", "reissued")
        key = rules.new_key()
        if c is None:
            c = OnlineCredential(member_id=member_id)
            uow.session.add(c)
        c.username, c.status, c.failures = name, S.ISSUED.value, 0
        c.key_hash = vault.pepper(ledger.key, KEY_PURPOSE, rules.normalize_key(key))
        c.key_expires_at = now + timedelta(days=rules.KEY_VALID_DAYS)
        c.password_hash, c.issued_at, c.issued_by = "", now, uow.staff_id
        c.activated_at = c.revoked_at = None
        uow.session.flush()
        issued = IssuedCredential(_view(c, now), key, display_name(member), member.address, delivery, None,
                                  letterhead(uow), uow.profile().timezone)
        if delivery == EMAIL:
            msg = outbox.queue_in(uow, kind="credential_letter", channel=outbox.EMAIL,
                                  recipient=member.email, member_id=member_id, secret=True, at=now,
                                  subject=Msg.of(N_("Your online banking access at {institution}"),
                                                 institution=uow.institution().name).render(translate),
                                  body=letter_text(issued, uow.institution().name, translate))
            issued = replace(issued, outbox_id=msg.id)
        uow.audit("credential.reissue" if reissue else "credential.issue", "member", member_id,
                  delivery=delivery)
        uow.commit()
        return issued


def revoke(ledger: Ledger, actor: Actor, member_id: int, reason: str) -> None:
    if not reason.strip():
        raise invalid("reason", N_("Say why the access is revoked."))
    with UnitOfWork(ledger, actor, Permission.ACCESS) as uow:
        c = _credential(uow, member_id, lock=True)
        if c is None or c.status == S.REVOKED:
            raise Conflict(Msg.of(N_("The member has no online credentials to revoke.")))
        c.status, c.revoked_at, c.key_hash, c.password_hash = S.REVOKED.value, utcnow(), "", ""
        outbox.cancel_for_member(uow, member_id, "credential_letter", "revoked")
        uow.audit("credential.revoke", "member", member_id, reason=reason.strip()[:200])
        uow.commit()


def _refuse(uow: UnitOfWork, c: OnlineCredential, field: str, text: str) -> ValidationError:
    """Count a wrong key or account (committed even though the attempt is refused)."""
    member_id = c.member_id
    uow.discard()
    c = _credential(uow, member_id, lock=True)
    c.failures += 1
    locked = c.failures >= rules.MAX_FAILURES
    if locked:
        c.status = S.LOCKED.value
    uow.audit("credential.fail", "member", member_id, field=field, locked=locked)
    uow.commit()
    if locked:
        return invalid(field, N_("Too many failed attempts: the access is locked. Ask your branch "
                                 "to issue it again."))
    return invalid(field, text)


def complete(ledger: Ledger, document: str, registration_key: str, external_account: str,
             new_password: str, *, now: datetime | None = None) -> CredentialView:
    """The member's online step: the registration becomes active with their own password."""
    now = now or utcnow()
    with UnitOfWork(ledger, None, None) as uow:
        member = uow.session.execute(select(Member).where(
            Member.document == _compact(document or ""))).scalar_one_or_none()
        c = _credential(uow, member.id, lock=True) if member else None
        if c is None or c.status not in (S.ISSUED, S.LOCKED):
            raise invalid("document", N_("There is no registration waiting for this document."))
        if c.status == S.LOCKED:
            raise Conflict(Msg.of(N_("The access is locked after failed attempts: ask your branch to "
                                     "issue it again.")))
        if _status(c, now) == S.EXPIRED:
            raise Conflict(Msg.of(N_("The registration key expired on {day}: ask your branch for a new one."),
                                  day=f"{c.key_expires_at:%d/%m/%Y}"))
        if not vault.same(c.key_hash, vault.pepper(ledger.key, KEY_PURPOSE,
                                                   rules.normalize_key(registration_key or ""))):
            raise _refuse(uow, c, "registration_key", N_("The registration key is not the one we sent."))
        if not rules.account_matches(external_account or "", member.bank_account):
            raise _refuse(uow, c, "external_account", N_("That is not the external account registered "
                                                         "for you."))
        problem = rules.password_problem(new_password or "", member.document, member.birth_date)
        if problem is not None:
            raise ValidationError("new_password", problem)
        c.password_hash = vault.slow_hash(ledger.hasher, ledger.key, PASSWORD_PURPOSE, new_password)
        c.status, c.key_hash, c.failures, c.activated_at = S.ACTIVE.value, "", 0, now
        uow.audit("credential.activate", "member", member.id)
        uow.commit()
        return _view(c, now)
