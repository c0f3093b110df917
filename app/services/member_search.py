"""Member search: accent- and case-blind prefix search over names, documents and numbers.

Each member has one row per folded word in member_search_term (term, sort_key, member_id),
indexed on (term, sort_key, member_id), and one full-text document holding the same words
(migration 0002: FTS5 member_search_fts on SQLite; member_search_doc on PostgreSQL, with a GIN
index on every prefix of up to 8 characters of its tokens). A query's words are prefixes that
must all match. Results are ordered by the matching term of the driving word (the one with the
fewest term rows, counted up to _PROBE; ties: the longer), then sort_key, then member id.

- One word: a range scan of the term index, in display order; it stops at the first page.
- Several words: the full-text index intersects the words' posting lists. When few members match
  (the usual case: "garc lop", "maria antonio") they are fetched with their terms and sort key
  and ordered here. When many match, the driver's range is scanned in display order keeping the
  members in the full-text match or, when a page of matches lies within a few thousand driver
  rows, probing the other words row by row; either stops when the page is full.
Without the full-text structure (a SQLite built without FTS5) every query scans the driver's range.
bench/bench_search.py measures it over a million members.
"""
from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from sqlalchemy import and_, delete, exists, func, literal, literal_column, select, text, tuple_
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session, aliased

from ..domain.permissions import Permission
from ..domain.text import fold, prefix_upper_bound, terms
from ..models import Member, MemberSearchTerm
from .context import Actor, Ledger, UnitOfWork

MAX_RESULTS = 500
_PROBE = 20000     # a count over the covering index: ~1 ms per 10,000 rows
_DENSE_ROWS = 3000  # a page expected within this many driver rows: probe the others per row
_PREFIX_KEYS = 8   # the longest prefix with its own index key (migration 0002)
_TOKEN = re.compile(r"[0-9a-z]*")
_CACHE_KEY = "ventanilla.member_search.fulltext"


def sort_key(surnames: str, given_names: str) -> str:
    return fold(f"{surnames} {given_names}".strip())[:64]


def member_terms(member: Member) -> set[str]:
    words = set(terms(member.given_names)) | set(terms(member.surnames))
    words |= {member.document.lower(), str(member.number), f"{member.number:06d}"}
    return {w[:64] for w in words if w}


def document_tokens(member_terms: Iterable[str]) -> list[str]:
    """The full-text tokens for a member's terms: each term's leading [0-9a-z] run, which is the
    whole term (terms are folded words, compact documents and numbers). A query word, being
    [0-9a-z]+, is a prefix of a term exactly when it is a prefix of its token."""
    return sorted({tok for tok in (_TOKEN.match(t).group() for t in member_terms) if tok})


# --- the full-text document, per engine ----------------------------------------------------------
# A query word longer than _PREFIX_KEYS is looked up by its first _PREFIX_KEYS characters (one
# index key, no merge of every term it starts) and checked whole on the documents afterwards.

class _SqliteText:
    """FTS5 member_search_fts(terms, sort_key UNINDEXED), rowid = member id."""

    few = 1500     # at most this many matches are fetched with their documents, ordered here
    estimates = True   # a word's members estimated from its first few + 1 matches: cheap here

    def index(self, conn: Connection, member_id: int, key: str, tokens: list[str]) -> None:
        conn.execute(text("DELETE FROM member_search_fts WHERE rowid = :id"), {"id": member_id})
        conn.execute(text("INSERT INTO member_search_fts (rowid, terms, sort_key) "
                          "VALUES (:id, :terms, :key)"),
                     {"id": member_id, "terms": " ".join(tokens), "key": key})

    @staticmethod
    def _match(words: list[str]) -> str:
        return " AND ".join(f'"{w[:_PREFIX_KEYS]}"*' for w in words)   # words are [0-9a-z]+

    def matches(self, conn: Connection, words: list[str], n: int) -> _Matches:
        ids = conn.execute(text("SELECT rowid FROM member_search_fts WHERE member_search_fts "
                                "MATCH :m LIMIT :n"), {"m": self._match(words), "n": n}
                           ).scalars().all()
        return _Matches(ids, max(ids, default=0), lambda: self._documents(conn, ids))

    def _documents(self, conn: Connection, ids: list[int]):  # noqa: ANN202
        rows = conn.execute(text("SELECT rowid, sort_key, terms FROM member_search_fts "
                                 "WHERE rowid IN (SELECT value FROM json_each(:ids))"),
                            {"ids": json.dumps(ids)}).all()
        return [(mid, key, toks.split()) for mid, key, toks in rows]

    def ids(self, words: list[str]):  # noqa: ANN201
        """A subquery: the ids of the members matching `words` (exactly: whole words)."""
        match = " AND ".join(f'"{w}"*' for w in words)
        return (select(literal_column("rowid")).select_from(text("member_search_fts"))
                .where(text("member_search_fts MATCH :fts_match")).params(fts_match=match))


class _PostgresText:
    """member_search_doc(member_id, sort_key, tokens text[]), GIN on member_search_prefixes(tokens)."""

    few = 5000     # more than SQLite: the other paths cost more here (heap and buffer reads)
    estimates = False  # a short word's bitmap (all its members) costs more than it saves

    def index(self, conn: Connection, member_id: int, key: str, tokens: list[str]) -> None:
        conn.execute(text(
            "INSERT INTO member_search_doc (member_id, sort_key, tokens) "
            "VALUES (:id, :key, CAST(:tokens AS text[])) ON CONFLICT (member_id) "
            "DO UPDATE SET sort_key = excluded.sort_key, tokens = excluded.tokens"),
            {"id": member_id, "key": key, "tokens": tokens})

    def matches(self, conn: Connection, words: list[str], n: int) -> _Matches:
        # No ORDER BY: with one the planner may walk the primary key filtering every row.
        rows = conn.execute(text(
            "SELECT member_id, sort_key, tokens FROM member_search_doc "
            "WHERE member_search_prefixes(tokens) @> CAST(:keys AS text[]) LIMIT :n"),
            {"keys": [w[:_PREFIX_KEYS] for w in words], "n": n}).all()
        # Rows come in table order, close to id order (members are appended).
        return _Matches([r[0] for r in rows], max((r[0] for r in rows), default=0), lambda: rows)

    def ids(self, words: list[str]):  # noqa: ANN201
        long = [w for w in words if len(w) > _PREFIX_KEYS]
        q = (select(literal_column("member_id")).select_from(text("member_search_doc"))
             .where(text("member_search_prefixes(tokens) @> CAST(:fts_keys AS text[])"))
             .params(fts_keys=[w[:_PREFIX_KEYS] for w in words]))
        if long:      # whole words: each a prefix of some token
            q = q.where(text("NOT EXISTS (SELECT 1 FROM unnest(CAST(:fts_long AS text[])) AS w(w) "
                             "WHERE NOT EXISTS (SELECT 1 FROM unnest(tokens) AS t(t) "
                             "WHERE starts_with(t, w)))")).params(fts_long=long)
        return q


@dataclass
class _Matches:
    ids: list[int]                 # up to n matching members (superset: cut words)
    highest: int                   # the highest id among them
    documents: Callable[[], list]  # their (member_id, sort_key, tokens)


def _fulltext(conn: Connection) -> _SqliteText | _PostgresText | None:
    """The engine's full-text structure, or None where the ledger has none (SQLite without
    FTS5). Looked up once per database connection."""
    info = conn.info
    if _CACHE_KEY not in info:
        if conn.dialect.name == "sqlite":
            found = conn.execute(text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND "
                                      "name = 'member_search_fts'")).first()
            info[_CACHE_KEY] = _SqliteText() if found else None
        else:
            found = conn.execute(text("SELECT to_regclass('member_search_doc')")).scalar()
            info[_CACHE_KEY] = _PostgresText() if found else None
    return info[_CACHE_KEY]


# --- writing ---------------------------------------------------------------------------------------

def index_member(session: Session, member: Member) -> None:
    """(Re)write a member's search terms and full-text document (the member row is flushed)."""
    # No session synchronisation: scanning the identity map per call makes bulk imports O(n^2).
    session.execute(delete(MemberSearchTerm).where(MemberSearchTerm.member_id == member.id),
                    execution_options={"synchronize_session": False})
    key = member.sort_key
    words = member_terms(member)
    session.add_all(MemberSearchTerm(member_id=member.id, term=t, sort_key=key) for t in words)
    conn = session.connection()
    fulltext = _fulltext(conn)
    if fulltext is not None:
        fulltext.index(conn, member.id, key, document_tokens(words))


# --- searching -------------------------------------------------------------------------------------

def _range(col, prefix: str):  # noqa: ANN001, ANN202
    return and_(col >= prefix, col < prefix_upper_bound(prefix))


def _counts(conn: Connection, words: list[str], cap: int) -> dict[str, int]:
    """Each word's term rows, counted up to `cap` (one statement for all the words)."""
    counts = [select(func.count()).select_from(
        select(literal(1)).where(_range(MemberSearchTerm.term, w)).limit(cap).subquery()
    ).scalar_subquery() for w in words]
    return dict(zip(words, conn.execute(select(*counts)).one()))


def _order_words(conn: Connection, words: list[str]) -> tuple[list[str], dict[str, int]] | None:
    """`words`, the driver first: fewest term rows (counted up to _PROBE), then the longest.
    None when a word matches no term. Counted up to _PROBE // 10 first: a word under that cap
    is known to come before every word over it, so the larger counts are needed only when all
    words reach it (the same order as counting everything up to _PROBE)."""
    for cap in (_PROBE // 10, _PROBE):
        counts = _counts(conn, words, cap)
        if min(counts.values()) == 0:
            return None                        # a word matches nobody
        if min(counts.values()) < cap:
            break
    return sorted(words, key=lambda w: (counts[w], -len(w))), counts


def _scan(conn: Connection, driver: str, others: list[str], limit: int, within=None) -> list[int]:  # noqa: ANN001
    """The driver's range in display order, keeping members that match every other word
    (probed in the term index) and, with `within`, whose id is in that subquery."""
    t = aliased(MemberSearchTerm)
    q = select(t.member_id, t.term, t.sort_key).where(_range(t.term, driver))
    for word in others:
        o = aliased(MemberSearchTerm)
        q = q.where(exists().where(o.member_id == t.member_id, _range(o.term, word)))
    if within is not None:
        q = q.where((t.member_id + 0).in_(within))     # "+ 0": scan the term index, not the PK
    q = q.order_by(t.term, t.sort_key, t.member_id)
    batch = limit * 3                                  # a member may match the driver twice
    seen: dict[int, None] = {}
    after = None
    while True:
        # (term >= the last term: the index seek starts there, not at the driver's start)
        page = q if after is None else q.where(t.term >= after[0], tuple_(
            t.term, t.sort_key, t.member_id) > tuple_(*after))
        # Core rows stream from the cursor: stop stepping once the page is full.
        result = conn.execute(page.limit(batch))
        n = 0
        try:
            for member_id, term, key in result:
                n += 1
                seen.setdefault(member_id, None)
                if len(seen) >= limit:
                    return list(seen)
        finally:
            result.close()
        if n < batch:
            return list(seen)
        after = (term, key, member_id)


def search_ids(session: Session, query: str, limit: int = MAX_RESULTS) -> list[int]:
    words = [w[:64] for w in terms(query)]
    if not words or limit <= 0:
        return []
    conn = session.connection()
    if len(words) == 1:
        return _scan(conn, words[0], [], limit)
    if conn.dialect.name == "postgresql":
        # Short index-driven queries that stop early: parallel workers and JIT compilation (which
        # a million-row estimate triggers) cost more than they save. This transaction only.
        conn.execute(text("SELECT set_config('max_parallel_workers_per_gather', '0', true), "
                          "set_config('jit', 'off', true)"))
    ordered = _order_words(conn, words)
    if ordered is None:
        return []
    (driver, *others), counts = ordered
    fulltext = _fulltext(conn)
    if fulltext is None:
        return _scan(conn, driver, others, limit)
    found = fulltext.matches(conn, words, fulltext.few + 1)
    if len(found.ids) <= fulltext.few:
        # All the matches (a superset where words were cut): check, order, take the page.
        cut = [w for w in words if len(w) > _PREFIX_KEYS]
        keyed = []
        for member_id, key, tokens in found.documents():
            hits = [tok for tok in tokens if tok.startswith(driver)]
            if hits and all(any(tok.startswith(w) for tok in tokens) for w in cut):
                keyed.append((min(hits), key, member_id))
        keyed.sort()
        return [member_id for _term, _key, member_id in keyed[:limit]]
    # Many matches: scan the driver's range in display order, either probing the other words
    # row by row or keeping the rows whose member is in the full-text match, whichever reads
    # fewer rows. The first few + 1 matches lie below `highest`: about that share of the ids.
    top = conn.execute(select(func.max(Member.id))).scalar() or found.highest
    matching = len(found.ids) * top / max(1, found.highest)
    if counts[driver] < _PROBE or not fulltext.estimates:
        driving = counts[driver]   # (capped: at least that many)
    else:                          # the same estimate for the driver alone
        alone = fulltext.matches(conn, [driver], fulltext.few + 1)
        driving = len(alone.ids) * top / max(1, alone.highest)
    if limit * driving / matching <= _DENSE_ROWS:
        return _scan(conn, driver, others, limit)
    return _scan(conn, driver, [], limit, within=fulltext.ids(words))


def search_members(ledger: Ledger, actor: Actor, query: str, limit: int = MAX_RESULTS) -> list[int]:
    """The ids of the members matching `query`, in display order (at most `limit`)."""
    with UnitOfWork(ledger, actor, Permission.READ, read_only=True) as uow:
        return search_ids(uow.session, query, limit)


__all__ = ["search_members", "search_ids", "index_member", "sort_key", "member_terms",
           "document_tokens", "Member"]


def index_new_members(conn: Connection, members: list[Member]) -> None:
    """Search terms and full-text documents of members just inserted (bulk import): no delete,
    one executemany for the terms."""
    rows = []
    fulltext = _fulltext(conn)
    for m in members:
        words = member_terms(m)
        rows += [{"member_id": m.id, "term": t, "sort_key": m.sort_key} for t in words]
        if fulltext is not None:
            fulltext.index(conn, m.id, m.sort_key, document_tokens(words))
    if rows:
        conn.execute(MemberSearchTerm.__table__.insert(), rows)
