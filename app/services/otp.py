"""The member's authenticator (TOTP): enrolled at the counter from a QR code, confirmed with a
first code, then asked for by sensitive operations. The secret is stored encrypted with the
institution key and shown only at enrolment; a code is accepted once (the last accepted time
step is kept), with one step of clock tolerance; five wrong codes in a row lock it, and a teller
enrols the member again."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select

from ..domain import otp as rules
from ..domain.messages import Msg, N_
from ..domain.permissions import Permission
from ..models import Member, OtpEnrolment
from ..models.base import utcnow
from . import vault
from .context import Actor, Ledger, UnitOfWork
from .errors import Conflict, NotFound, invalid
from .letterhead import Letterhead, letterhead

PURPOSE = "otp"
PENDING, ACTIVE, LOCKED, REVOKED = "pending", "active", "locked", "revoked"
STATUS_LABELS = {PENDING: N_("Waiting for the first code"), ACTIVE: N_("Active"),
                 LOCKED: N_("Locked after wrong codes"), REVOKED: N_("Removed")}


@dataclass(frozen=True)
class OtpStatus:
    member_id: int
    status: str                   # none | pending | active | locked | revoked
    failures: int
    confirmed_at: datetime | None


@dataclass(frozen=True)
class Enrolment:
    """Shown once: the secret as a QR code (and as text for typing it in)."""
    member_id: int
    member_name: str
    secret: str = field(repr=False)     # a secret: never in a repr or a log
    uri: str = field(repr=False)        # holds the secret too
    issuer: str
    account: str
    letterhead: Letterhead | None = None


def _enrolment(uow: UnitOfWork, member_id: int, *, lock: bool = False) -> OtpEnrolment | None:
    q = select(OtpEnrolment).where(OtpEnrolment.member_id == member_id)
    return uow.session.execute(q.with_for_update() if lock else q).scalar_one_or_none()


def _member(uow: UnitOfWork, member_id: int) -> Member:
    member = uow.session.get(Member, member_id)
    if member is None:
        raise NotFound(Msg.of(N_("Member {id} does not exist."), id=member_id))
    return member


def status(ledger: Ledger, actor: Actor, member_id: int) -> OtpStatus:
    with UnitOfWork(ledger, actor, Permission.READ, read_only=True) as uow:
        e = _enrolment(uow, member_id)
        if e is None:
            return OtpStatus(member_id, "none", 0, None)
        return OtpStatus(member_id, e.status, e.failures, e.confirmed_at)


def enrol(ledger: Ledger, actor: Actor, member_id: int) -> Enrolment:
    """A new secret for the member (replacing any earlier one, which stops working now)."""
    with UnitOfWork(ledger, actor, Permission.ACCESS) as uow:
        member = _member(uow, member_id)
        if member.status not in ("active", "applicant"):
            raise Conflict(Msg.of(N_("Member {number} is {status}: no authenticator."),
                                  number=member.number, status=member.status))
        secret = rules.new_secret()
        e = _enrolment(uow, member_id, lock=True)
        if e is None:
            e = OtpEnrolment(member_id=member_id)
            uow.session.add(e)
        e.secret_enc = vault.encrypt(ledger.key, PURPOSE, secret)
        e.status, e.last_step, e.failures, e.confirmed_at = PENDING, 0, 0, None
        uow.session.flush()
        uow.audit("otp.enrol", "member", member_id)
        issuer, account, head = uow.institution().name, member.document, letterhead(uow)
        name = ", ".join(p for p in (member.surnames, member.given_names) if p)
        uow.commit()
        return Enrolment(member_id, name, secret, rules.provisioning_uri(secret, account, issuer),
                         issuer, account, head)


def _check(uow: UnitOfWork, e: OtpEnrolment, code: str, at: datetime) -> None:
    """Accept `code` once (recording its step) or count the failure, commit it, and refuse."""
    secret = vault.decrypt(uow.ledger.key, PURPOSE, e.secret_enc)
    step = rules.matching_step(secret, code, at, e.last_step)
    if step is not None:
        e.last_step, e.failures = step, 0
        return
    member_id = e.member_id
    uow.discard()                        # the operation's writes go; the failure stays
    e = _enrolment(uow, member_id, lock=True)
    e.failures += 1
    locked = e.failures >= rules.MAX_FAILURES
    if locked:
        e.status = LOCKED
    uow.audit("otp.fail", "member", member_id, failures=e.failures, locked=locked)
    uow.commit()
    if locked:
        raise invalid("otp_code", N_("Wrong code, the fifth in a row: the authenticator is locked. "
                                     "Enrol it again at the counter."))
    raise invalid("otp_code", N_("That code is wrong or was used already ({left} tries left)."),
                  left=rules.MAX_FAILURES - e.failures)


def confirm(ledger: Ledger, actor: Actor, member_id: int, code: str, *, at: datetime | None = None) -> None:
    """The first code from the member's app: the enrolment becomes active."""
    with UnitOfWork(ledger, actor, Permission.ACCESS) as uow:
        e = _enrolment(uow, member_id, lock=True)
        if e is None or e.status != PENDING:
            raise Conflict(Msg.of(N_("There is no enrolment waiting for its first code.")))
        _check(uow, e, code, at or utcnow())
        e.status, e.confirmed_at = ACTIVE, utcnow()
        uow.audit("otp.confirm", "member", member_id)
        uow.commit()


def enrolled_in(uow: UnitOfWork, member_id: int) -> str:
    """none | pending | active | locked | revoked."""
    e = _enrolment(uow, member_id)
    return e.status if e else "none"


def verify_in(uow: UnitOfWork, member_id: int, code: str | None, *, at: datetime | None = None) -> bool:
    """Inside a sensitive operation, before it writes: True when the member confirmed with their
    code (accepted once), False when the member has no active authenticator (they sign the printed
    form instead). A locked authenticator, a missing or a wrong code refuse the operation; a wrong
    code is counted even so."""
    e = _enrolment(uow, member_id, lock=True)
    if e is None or e.status in (PENDING, REVOKED):
        return False
    if e.status == LOCKED:
        raise Conflict(Msg.of(N_("The member's authenticator is locked after wrong codes: enrol it "
                                 "again before this operation.")))
    if not (code or "").strip():
        raise invalid("otp_code", N_("The member has an authenticator: type the code it shows now."))
    _check(uow, e, code, at or utcnow())
    uow.audit("otp.accept", "member", member_id)
    return True


SIGNATURE, CODE = "signature", "otp"


def confirmation_in(uow: UnitOfWork, member_id: int, code: str | None, *, at: datetime | None = None) -> str:
    """How the member confirms what they ask for: CODE when their authenticator accepted `code`,
    SIGNATURE (the printed form) when they have none active. Call it last, before writing."""
    return CODE if verify_in(uow, member_id, code, at=at) else SIGNATURE


def remove(ledger: Ledger, actor: Actor, member_id: int) -> None:
    """The member no longer uses an authenticator (a lost phone): they sign forms again."""
    with UnitOfWork(ledger, actor, Permission.ACCESS) as uow:
        e = _enrolment(uow, member_id, lock=True)
        if e is None or e.status == REVOKED:
            raise Conflict(Msg.of(N_("The member has no authenticator.")))
        e.status, e.secret_enc = REVOKED, ""
        uow.audit("otp.remove", "member", member_id)
        uow.commit()
