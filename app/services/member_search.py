"""Member search: accent- and case-blind prefix search over names, documents and numbers.

Each member has one row per folded word in member_search_term (term, sort_key, member_id),
indexed on (term, sort_key, member_id). A query's words are prefixes that must all match; the
most selective word drives an index range scan, the others are checked per candidate.
"""
from __future__ import annotations

from sqlalchemy import and_, delete, exists, func, select
from sqlalchemy.orm import Session, aliased

from ..domain.permissions import Permission
from ..domain.text import fold, prefix_upper_bound, terms
from ..models import Member, MemberSearchTerm
from .context import Actor, Ledger, UnitOfWork

MAX_RESULTS = 500
_PROBE = 20000     # a count over the covering index: ~1 ms per 10,000 rows


def sort_key(surnames: str, given_names: str) -> str:
    return fold(f"{surnames} {given_names}".strip())[:64]


def member_terms(member: Member) -> set[str]:
    words = set(terms(member.given_names)) | set(terms(member.surnames))
    words |= {member.document.lower(), str(member.number), f"{member.number:06d}"}
    return {w[:64] for w in words if w}


def index_member(session: Session, member: Member) -> None:
    session.execute(delete(MemberSearchTerm).where(MemberSearchTerm.member_id == member.id))
    key = member.sort_key
    session.add_all(MemberSearchTerm(member_id=member.id, term=t, sort_key=key)
                    for t in member_terms(member))


def _range(col, prefix: str):  # noqa: ANN001, ANN202
    return and_(col >= prefix, col < prefix_upper_bound(prefix))


def _selectivity(session: Session, prefix: str) -> int:
    sub = select(MemberSearchTerm.member_id).where(_range(MemberSearchTerm.term, prefix)).limit(_PROBE)
    return session.execute(select(func.count()).select_from(sub.subquery())).scalar_one()


def search_ids(session: Session, query: str, limit: int = MAX_RESULTS) -> list[int]:
    words = [w[:64] for w in terms(query)]
    if not words:
        return []
    if len(words) > 1:
        counts = {w: _selectivity(session, w) for w in words}
        if not all(counts.values()):
            return []                      # a word matches nobody: no need to scan the others
        words.sort(key=lambda w: (counts[w], -len(w)))
    driver, others = words[0], words[1:]
    t = aliased(MemberSearchTerm)
    q = select(t.member_id).where(_range(t.term, driver))
    for word in others:
        o = aliased(MemberSearchTerm)
        q = q.where(exists().where(o.member_id == t.member_id, _range(o.term, word)))
    q = q.order_by(t.term, t.sort_key, t.member_id).limit(limit * 3)
    seen: dict[int, None] = {}
    # Core rows stream from the cursor: stop stepping (and probing) once the page is full,
    # instead of the ORM result's fetchall() of all limit * 3 rows.
    result = session.connection().execute(q)
    try:
        for (member_id,) in result:
            seen.setdefault(member_id, None)
            if len(seen) >= limit:
                break
    finally:
        result.close()
    return list(seen)


def search_members(ledger: Ledger, actor: Actor, query: str, limit: int = MAX_RESULTS) -> list[int]:
    """The ids of the members matching `query`, in display order (at most `limit`)."""
    with UnitOfWork(ledger, actor, Permission.READ, read_only=True) as uow:
        return search_ids(uow.session, query, limit)


__all__ = ["search_members", "search_ids", "index_member", "sort_key", "Member"]
