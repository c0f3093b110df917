"""Members: register, edit with history, bank-account changes by petition, representatives,
and the views the desk shows (search rows and the member file)."""
from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select

from ..domain.errors import FieldError
from ..domain.identifiers import DocumentType, format_document, format_iban
from ..domain.member_form import CleanMember, MemberInput, clean_bank_account, clean_member
from ..domain.messages import Msg, N_
from ..domain.money import currency, from_minor
from ..domain.permissions import Permission
from ..domain.profiles import NORMAL_SIDE, PRODUCT_CODES, PRODUCT_LABELS, Product, Profile
from ..models import (Account, AccountHolder, Branch, Institution, Member, MemberHistory,
                      Petition, Representative)
from ..models.base import utcnow
from . import petitions
from .context import Actor, Ledger, UnitOfWork
from .errors import Conflict, NotFound, ValidationError, invalid
from .member_search import index_member, index_new_members, sort_key

BANK_CHANGE = "member.bank_account"
STATUSES = ("applicant", "active", "leaving", "left", "deceased")
STATUS_LABELS = {"applicant": N_("Applicant"), "active": N_("Active"), "leaving": N_("Leaving"),
                 "left": N_("Left"), "deceased": N_("Deceased")}
EDITABLE = ("document_type", "document", "document_expiry", "given_names", "surnames",
            "birth_date", "address", "email", "phone", "occupation", "income_source", "pep", "risk")


@dataclass(frozen=True)
class MemberRow:
    """One line of a search result."""
    id: int
    number: int
    name: str
    document: str
    status: str
    branch: str


@dataclass(frozen=True)
class AccountRow:
    id: int
    number: str
    product: str
    product_label: str
    status: str
    currency: str
    booked: Decimal
    available: Decimal
    role: str


@dataclass(frozen=True)
class RepresentativeRow:
    person_id: int
    name: str
    document: str
    role: str


@dataclass(frozen=True)
class MemberFile:
    id: int
    number: int
    kind: str
    name: str
    document_type: str
    document: str
    status: str
    branch: str
    data: MemberInput                    # current values, as a form would show them
    bank_account_display: str
    accounts: tuple[AccountRow, ...]
    representatives: tuple[RepresentativeRow, ...]
    represents: tuple[RepresentativeRow, ...]
    pending_petitions: int


def display_name(m: Member) -> str:
    return m.given_names if m.kind == "organisation" else f"{m.surnames}, {m.given_names}"


def _clean(profile: Profile, data: MemberInput, today: date) -> CleanMember:
    try:
        return clean_member(profile, data, today)
    except FieldError as exc:
        raise ValidationError(exc.field, exc.msg) from None


def _duplicate_check(uow: UnitOfWork, document: str, except_id: int | None = None) -> None:
    q = select(Member.number).where(Member.document == document)
    if except_id is not None:
        q = q.where(Member.id != except_id)
    if (number := uow.session.execute(q).scalar_one_or_none()) is not None:
        raise ValidationError("document", Msg.of(N_(
            "This document is already registered (member {number})."), number=f"{number:06d}"))


def member_account_number(branch_code: str, member_no: int, product: Product, suffix: str = "") -> str:
    """0001-000042-10; a product a member may hold several of takes a suffix (0001-000042-5002)."""
    return f"{branch_code}-{member_no:06d}-{PRODUCT_CODES[product]}{suffix}"


def _new_account(profile: Profile, branch_code: str, member: Member, product: Product,
                 opened: date, suffix: str = "") -> Account:
    return Account(number=member_account_number(branch_code, member.number, product, suffix),
                   name=PRODUCT_LABELS[product], kind="member", product=product.value,
                   normal_side=NORMAL_SIDE[product], chart_code=profile.member_chart[product],
                   currency=profile.currency, branch_id=member.branch_id, member_id=member.id,
                   status="active", allow_negative=False, balance=0, held=0, postings=0,
                   opened_on=opened)


def open_member_account(uow: UnitOfWork, member: Member, product: Product, suffix: str = "") -> Account:
    branch = uow.session.get(Branch, member.branch_id)
    opened = uow.business_date()
    acc = _new_account(uow.profile(), branch.code, member, product, opened, suffix)
    uow.session.add(acc)
    uow.session.flush()
    uow.session.add(AccountHolder(account_id=acc.id, member_id=member.id, role="holder",
                                  since=opened))
    uow.audit("account.open", "account", acc.id, product=product.value, member=member.id)
    return acc


def register_many(uow: UnitOfWork, cleans: list[CleanMember], first_number: int,
                  batch: int = 1000) -> int:
    """Register validated members in bulk inside the caller's unit of work (an import): the same
    rows, accounts, search terms and audit records as one by one, written with Core statements
    per batch (the ORM's per-object bookkeeping would cost milliseconds a member)."""
    profile, opened = uow.profile(), uow.business_date()
    branch = uow.session.get(Branch, uow.staff.branch_id)
    conn = uow.session.connection()
    member_t, account_t, holder_t = Member.__table__, Account.__table__, AccountHolder.__table__
    insert_members = member_t.insert().returning(member_t.c.id, sort_by_parameter_order=True)
    insert_accounts = account_t.insert().returning(account_t.c.id, sort_by_parameter_order=True)
    now = utcnow()
    for start in range(0, len(cleans), batch):
        chunk = [Member(number=first_number + start + i, status="applicant", branch_id=branch.id,
                        created_by=uow.staff_id, created_at=now, remuneration_choice="capitalise",
                        sort_key=sort_key(c.surnames, c.given_names),
                        **{f.name: getattr(c, f.name) for f in fields(CleanMember)})
                 for i, c in enumerate(cleans[start:start + batch])]
        columns = [c.key for c in member_t.columns if c.key != "id"]
        ids = conn.execute(insert_members, [{k: getattr(m, k) for k in columns} for m in chunk]).scalars().all()
        for m, member_id in zip(chunk, ids):
            m.id = member_id
        accounts = [(m, _new_account(profile, branch.code, m, p, opened))
                    for m in chunk for p in profile.default_products]
        acc_columns = [c.key for c in account_t.columns if c.key != "id"]
        acc_ids = conn.execute(insert_accounts, [{k: getattr(a, k) for k in acc_columns}
                                                 for _m, a in accounts]).scalars().all()
        conn.execute(holder_t.insert(), [{"account_id": i, "member_id": m.id, "role": "holder",
                                          "since": opened, "until": None}
                                         for (m, _a), i in zip(accounts, acc_ids)])
        index_new_members(conn, chunk)
        for m in chunk:
            uow.audit("member.register", "member", m.id, kind=m.kind)
        for (m, a), i in zip(accounts, acc_ids):
            uow.audit("account.open", "account", i, product=a.product, member=m.id)
    return len(cleans)


def register_member(ledger: Ledger, actor: Actor, data: MemberInput) -> MemberFile:
    """Register a member (an applicant until the mandatory contribution is paid) and open the
    profile's default accounts."""
    with UnitOfWork(ledger, actor, Permission.MEMBER_WRITE) as uow:
        inst = uow.session.execute(select(Institution).with_for_update()).scalar_one()
        profile = uow.profile()
        clean = _clean(profile, data, inst.business_date)
        _duplicate_check(uow, clean.document)
        member = register_in(uow, clean, next_member_number(uow))
        uow.commit()
        return _file(uow, member)


def next_member_number(uow: UnitOfWork) -> int:
    """The next member number; callers hold the institution row lock."""
    return (uow.session.execute(select(func.max(Member.number))).scalar() or 0) + 1


def register_in(uow: UnitOfWork, clean: CleanMember, number: int) -> Member:
    """Create a validated member and its default accounts inside the caller's unit of work."""
    member = Member(number=number, status="applicant", branch_id=uow.staff.branch_id,
                    created_by=uow.staff_id, sort_key=sort_key(clean.surnames, clean.given_names),
                    **{f.name: getattr(clean, f.name) for f in fields(CleanMember)})
    uow.session.add(member)
    uow.session.flush()
    index_member(uow.session, member)
    uow.audit("member.register", "member", member.id, kind=member.kind)
    for product in uow.profile().default_products:
        open_member_account(uow, member, product)
    return member


def _record(uow: UnitOfWork, member: Member, field: str, old: object, new: object,
            petition_id: int | None = None) -> None:
    uow.session.add(MemberHistory(member_id=member.id, staff_id=uow.staff_id, field=field,
                                  old_value=None if old is None else str(old),
                                  new_value=None if new is None else str(new),
                                  petition_id=petition_id))


def update_member(ledger: Ledger, actor: Actor, member_id: int, data: MemberInput) -> MemberFile:
    """Edit a member with the member present: every change applies at once and is kept in the
    history, except the bank account, which goes through `request_bank_account_change`."""
    with UnitOfWork(ledger, actor, Permission.MEMBER_WRITE) as uow:
        member = _member(uow, member_id, lock=True)
        clean = _clean(uow.profile(), data, uow.business_date())
        if clean.kind != member.kind:
            raise invalid("document", N_("A person cannot become an organisation or the other way "
                                         "round: register the other as a new member."))
        _duplicate_check(uow, clean.document, except_id=member.id)
        changed = []
        for name in EDITABLE:
            old, new = getattr(member, name), getattr(clean, name)
            if old != new:
                _record(uow, member, name, old, new)
                setattr(member, name, new)
                changed.append(name)
        if changed:
            member.sort_key = sort_key(member.surnames, member.given_names)
            uow.session.flush()
            index_member(uow.session, member)
            uow.audit("member.update", "member", member.id, fields=changed)
            uow.commit()
        return _file(uow, member)


def request_bank_account_change(ledger: Ledger, actor: Actor, member_id: int, bank_account: str,
                                bank_name: str = "", otp_code: str | None = None) -> petitions.PetitionView:
    """File the change of a member's external bank account for a supervisor's approval."""
    with UnitOfWork(ledger, actor, Permission.PETITION_FILE) as uow:
        member = _member(uow, member_id)
        try:
            account, bank = clean_bank_account(uow.profile(), bank_account, bank_name)
        except FieldError as exc:
            raise ValidationError(exc.field, exc.msg) from None
        if not account:
            raise invalid("bank_account", N_("Type the new account."))
        if account == member.bank_account and bank == member.bank_name:
            raise invalid("bank_account", N_("This is already the member's account."))
        petition = petitions.file_for_member(uow, BANK_CHANGE, {"bank_account": account, "bank_name": bank},
                                             member.id, otp_code)
        uow.commit()
        return petitions._view(uow, petition)


def _show_account(profile_kind: str, account: str, bank: str) -> str:
    if not account:
        return ""
    return format_iban(account) if profile_kind == "iban" else f"{account} ({bank})"


def _describe_bank_change(uow: UnitOfWork, petition: Petition) -> list[Msg]:
    member = uow.session.get(Member, petition.member_id)
    kind = uow.profile().bank_account_kind
    before = _show_account(kind, member.bank_account, member.bank_name) or "—"
    after = _show_account(kind, petition.payload["bank_account"], petition.payload["bank_name"])
    return [Msg.of(N_("Change the bank account of {name} (member {number})"),
                   name=display_name(member), number=f"{member.number:06d}"),
            Msg.of(N_("from {before}"), before=before), Msg.of(N_("to {after}"), after=after)]


def _execute_bank_change(uow: UnitOfWork, petition: Petition) -> None:
    member = _member(uow, petition.member_id, lock=True)
    for name in ("bank_account", "bank_name"):
        old, new = getattr(member, name), petition.payload[name]
        if old != new:
            _record(uow, member, name, old, new, petition_id=petition.id)
            setattr(member, name, new)
    uow.audit("member.update", "member", member.id, fields=["bank_account", "bank_name"],
              petition=petition.id)


petitions.register(BANK_CHANGE, petitions.KindSpec(N_("Change of bank account"),
                                                   _describe_bank_change, _execute_bank_change))


def add_representative(ledger: Ledger, actor: Actor, organisation_id: int, person_id: int,
                       role: str) -> MemberFile:
    with UnitOfWork(ledger, actor, Permission.MEMBER_WRITE) as uow:
        org = _member(uow, organisation_id)
        person = _member(uow, person_id)
        if org.kind != "organisation":
            raise invalid("representative", N_("Only organisations have representatives."))
        if person.kind != "person":
            raise invalid("representative", N_("A representative must be a person."))
        if not role.strip() or len(role) > 40:
            raise invalid("role", N_("Say in what capacity the person acts (1 to 40 characters)."))
        rep = Representative(organisation_id=org.id, person_id=person.id, role=role.strip(),
                             since=uow.business_date())
        uow.session.add(rep)
        uow.session.flush()
        uow.audit("representative.add", "representative", rep.id, organisation=org.id,
                  person=person.id)
        uow.commit()
        return _file(uow, org)


def _member(uow: UnitOfWork, member_id: int, lock: bool = False) -> Member:
    q = select(Member).where(Member.id == member_id)
    member = uow.session.execute(q.with_for_update() if lock else q).scalar_one_or_none()
    if member is None:
        raise NotFound(Msg.of(N_("Member {id} does not exist."), id=member_id))
    return member


def _row(m: Member, branch_codes: dict[int, str]) -> MemberRow:
    return MemberRow(m.id, m.number, display_name(m),
                     format_document(DocumentType(m.document_type), m.document), m.status,
                     branch_codes.get(m.branch_id, ""))


def member_rows(ledger: Ledger, actor: Actor, ids: list[int]) -> list[MemberRow]:
    """Rows for `ids`, in that order (a page of a search result)."""
    with UnitOfWork(ledger, actor, Permission.READ, read_only=True) as uow:
        found = {m.id: m for m in uow.session.execute(select(Member).where(Member.id.in_(ids))).scalars()}
        codes = dict(uow.session.execute(select(Branch.id, Branch.code)).all())
        return [_row(found[i], codes) for i in ids if i in found]


def _file(uow: UnitOfWork, m: Member) -> MemberFile:
    s = uow.session
    branch = s.get(Branch, m.branch_id)
    accounts = []
    for acc, role in s.execute(select(Account, AccountHolder.role).join(
            AccountHolder, AccountHolder.account_id == Account.id)
            .where(AccountHolder.member_id == m.id, AccountHolder.until.is_(None))
            .order_by(Account.number)).all():
        cur = currency(acc.currency)
        accounts.append(AccountRow(acc.id, acc.number, acc.product,
                                   PRODUCT_LABELS.get(Product(acc.product), acc.product), acc.status,
                                   acc.currency, from_minor(acc.balance, cur),
                                   from_minor(acc.balance - acc.held, cur), role))

    def reps(where, other):  # noqa: ANN001, ANN202
        rows = s.execute(select(Representative, Member).join(Member, Member.id == other)
                         .where(where, Representative.until.is_(None))).all()
        return tuple(RepresentativeRow(p.id, display_name(p),
                                       format_document(DocumentType(p.document_type), p.document),
                                       r.role) for r, p in rows)
    pending = s.execute(select(func.count()).select_from(Petition).where(
        Petition.member_id == m.id, Petition.status == petitions.PENDING)).scalar_one()
    data = MemberInput(document=m.document, given_names=m.given_names, surnames=m.surnames,
                       document_type=m.document_type, document_expiry=m.document_expiry,
                       birth_date=m.birth_date, address=m.address, email=m.email, phone=m.phone,
                       occupation=m.occupation, income_source=m.income_source, pep=m.pep,
                       risk=m.risk, bank_account=m.bank_account, bank_name=m.bank_name)
    return MemberFile(m.id, m.number, m.kind, display_name(m), m.document_type,
                      format_document(DocumentType(m.document_type), m.document), m.status,
                      f"{branch.code} {branch.name}", data,
                      _show_account(uow.profile().bank_account_kind, m.bank_account, m.bank_name),
                      tuple(accounts),
                      reps(Representative.organisation_id == m.id, Representative.person_id),
                      reps(Representative.person_id == m.id, Representative.organisation_id),
                      pending)


def get_member(ledger: Ledger, actor: Actor, member_id: int) -> MemberFile:
    with UnitOfWork(ledger, actor, Permission.READ, read_only=True) as uow:
        return _file(uow, _member(uow, member_id))


def remuneration_choice(ledger: Ledger, actor: Actor, member_id: int) -> str:
    """"capitalise" or "pay": what happens to the member's yearly return on voluntary capital."""
    with UnitOfWork(ledger, actor, Permission.READ, read_only=True) as uow:
        return _member(uow, member_id).remuneration_choice


def member_history(ledger: Ledger, actor: Actor, member_id: int) -> list[tuple]:
    """(when, staff id, field, old, new) of each change, newest first; blocked values hidden."""
    with UnitOfWork(ledger, actor, Permission.READ, read_only=True) as uow:
        rows = uow.session.execute(select(MemberHistory).where(MemberHistory.member_id == member_id)
                                   .order_by(MemberHistory.id.desc())).scalars()
        return [(h.changed_at, h.staff_id, h.field, None if h.blocked else h.old_value,
                 None if h.blocked else h.new_value) for h in rows]
