"""Member search over a few thousand members: every path of search_ids (full-text few, full-text
with a driver scan, driver scan probing the others, no full-text structure) returns exactly what
a brute-force filter over the same data returns, in the same order; the full-text document
follows edits; migration 0002 fills it from the existing term rows. No timings here: those are
bench/bench_search.py's."""
from __future__ import annotations

import random
from dataclasses import dataclass

import pytest
from alembic import command
from sqlalchemy import MetaData, Table, insert, select
from stdnum.es import dni

from app import db
from app.domain.member_form import MemberInput
from app.domain.permissions import Permission
from app.domain.text import terms
from app.models import Member, MemberSearchTerm, Staff
from app.services import member_search, members
from app.services.context import UnitOfWork
from app.services.member_search import document_tokens, member_terms, search_members, sort_key

N_MEMBERS = 2500

GIVEN = ["María", "María José", "José", "José María", "Mariano", "Marina", "Mar", "Ana María",
         "Antonio", "Antonia", "Íñigo", "Núria", "Nuria", "Juan", "Juana", "Lucía", "Luz",
         "Carmen", "Ma", "M"]
SURNAMES = ["García", "Garcés", "Garcia", "López", "Lopera", "de la Fuente", "Martín",
            "Martínez", "Peña", "Pena", "Ibáñez", "Zubizarreta", "Txurruka", "Gómez", "Gil",
            "Marín", "San Martín", "Sánchez", "Santos", "Muñoz de Baena", "Xirau", "Yagüe"]


@dataclass
class Person:
    number: int
    given_names: str
    surnames: str
    document: str


def people(n: int, seed: int = 7) -> list[Person]:
    rng = random.Random(seed)
    weights_g = [1 / (i + 1) for i in range(len(GIVEN))]
    weights_s = [1 / (i + 2) for i in range(len(SURNAMES))]
    docs = rng.sample(range(10_000_000, 99_999_999), n)
    out = []
    for i in range(n):
        s1, s2 = rng.choices(SURNAMES, weights_s, k=2)
        digits = f"{docs[i]:08d}"
        out.append(Person(1000 + i, rng.choices(GIVEN, weights_g)[0], f"{s1} {s2}",
                          digits + dni.calc_check_digit(digits)))
    return out


def load(lut, crowd: list[Person], *, index: bool = True) -> list[Member]:
    """The members straight into the tables (no accounts, no audit), as the bench loads them:
    member rows, their member_search_term rows (member_terms, sort_key) and, with `index`, their
    full-text documents through the service's own writer. Without `index` the ledger looks like
    one from before migration 0002. (index_member itself: register/update below, test_members.)"""
    with UnitOfWork(lut.ledger, lut.admin, Permission.MEMBER_WRITE) as uow:
        s = uow.session
        staff = s.get(Staff, lut.admin.staff_id)
        rows = [dict(number=p.number, kind="person", document_type="dni", document=p.document,
                     given_names=p.given_names, surnames=p.surnames, status="active",
                     branch_id=staff.branch_id, created_by=staff.id,
                     sort_key=sort_key(p.surnames, p.given_names)) for p in crowd]
        # the member table as the ledger has it (at 0001 it lacks the later columns), with the
        # model's defaults for the columns it does have
        live = Table("member", MetaData(), autoload_with=s.connection())
        defaults = {c.name: (c.default.arg(None) if callable(c.default.arg) else c.default.arg)
                    for c in Member.__table__.columns if c.name in live.c and c.default is not None}
        s.execute(insert(live), [defaults | r for r in rows])
        made = s.execute(select(live).where(live.c.number >= crowd[0].number)
                         .order_by(live.c.id)).all()
        s.execute(insert(MemberSearchTerm), [dict(member_id=m.id, term=t, sort_key=m.sort_key)
                                              for m in made for t in member_terms(m)])
        if index:
            conn = s.connection()
            fulltext = member_search._fulltext(conn)
            for m in made:
                fulltext.index(conn, m.id, m.sort_key, document_tokens(member_terms(m)))
        uow.commit()
        return made


def all_members(lut) -> tuple[tuple[int, str, tuple[str, ...]], ...]:
    """(id, sort_key, terms) of every member, from the member rows (what index_member writes)."""
    with UnitOfWork(lut.ledger, None, None, read_only=True) as uow:
        return tuple((m.id, m.sort_key, tuple(sorted(member_terms(m))))
                     for m in uow.session.execute(select(Member).order_by(Member.id)).scalars())


_EXPECTED: dict[tuple, list[int]] = {}


def brute_force(data, query: str, limit: int) -> list[int]:
    """The documented semantics, by enumeration: every word a prefix of some term; the driver is
    the word with the fewest term rows (counted up to _PROBE; ties: the longer, then the first);
    ordered by the member's first term matching the driver, its sort key, its id."""
    key = (hash(data), query, limit)       # the same crowd on each path and engine: once
    if key not in _EXPECTED:
        _EXPECTED[key] = _brute_force(data, query, limit)
    return _EXPECTED[key]


def _brute_force(data, query: str, limit: int) -> list[int]:
    words = [w[:64] for w in terms(query)]
    if not words:
        return []
    counts = {w: min(member_search._PROBE, sum(t.startswith(w) for _i, _k, ts in data for t in ts))
              for w in words}
    if not all(counts.values()):
        return []
    driver = sorted(words, key=lambda w: (counts[w], -len(w)))[0]
    hits = []
    for member_id, key, ts in data:
        if all(any(t.startswith(w) for t in ts) for w in words):
            hits.append((min(t for t in ts if t.startswith(driver)), key, member_id))
    return [member_id for _t, _k, member_id in sorted(hits)[:limit]]


def queries(data, crowd: list[Person], n: int = 120, seed: int = 11) -> list[str]:
    rng = random.Random(seed)
    out = ["m g", "ma ga", "a b c d", "garcia garcia", "de la", "mar mar", "MARÍA josé",
           "garc lop", "maria antonio", "jose carmen", "san mar", "m", "1 0", "00 1",
           "zubizarreta txurruka", "ma 1", "Peña Núñez", "xirau yague gil", "zzz garcia",
           "garcia zzz", "'; drop table member; --", "  ", "nuri pen", "ibanez de la fuente"]
    for _ in range(n):
        p = rng.choice(crowd)
        words = terms(f"{p.given_names} {p.surnames}") + [p.document.lower(), str(p.number)]
        picked = rng.sample(words, k=min(len(words), rng.choice([2, 2, 2, 3])))
        out.append(" ".join(w[:rng.randint(1, len(w))] for w in picked))
    for _ in range(n // 2):       # words that may well never meet
        a, b = rng.sample(GIVEN + SURNAMES, 2)
        out.append(f"{a[:rng.randint(1, 6)]} {b[:rng.randint(1, 6)]}")
    return out


@pytest.fixture
def crowd_ledger(ledger):
    crowd = people(N_MEMBERS)
    load(ledger, crowd)
    return ledger, crowd


PATHS = {
    "default": {},
    "few": {"few": 10**9},                             # every match ordered in Python
    "fulltext-then-scan": {"few": 5, "_DENSE_ROWS": -1},   # driver scan within the matches
    "scan-probing": {"few": 5, "_DENSE_ROWS": 10**12},      # driver scan probing the others
}


@pytest.mark.parametrize("path", [*PATHS, "no-fulltext"])
def test_every_path_matches_brute_force(crowd_ledger, monkeypatch, path):
    lut, crowd = crowd_ledger
    for name, value in PATHS.get(path, {}).items():
        if name == "few":
            for engine in (member_search._SqliteText, member_search._PostgresText):
                monkeypatch.setattr(engine, name, value)
        else:
            monkeypatch.setattr(member_search, name, value)
    if path == "no-fulltext":
        monkeypatch.setattr(member_search, "_fulltext", lambda conn: None)
    data = all_members(lut)
    teller = lut.staff("teller")
    for query in queries(data, crowd):
        for limit in (500, 7):
            expected = brute_force(data, query, limit)
            assert search_members(lut.ledger, teller, query, limit) == expected, (query, limit)


def test_full_text_document_follows_edits(crowd_ledger):
    lut, _crowd = crowd_ledger
    teller = lut.staff("teller")
    f = members.register_member(lut.ledger, teller, MemberInput(
        document="X1234567L", given_names="Núria", surnames="Peña Garcés"))
    assert f.id in search_members(lut.ledger, teller, "nuria pena")
    members.update_member(lut.ledger, teller, f.id, MemberInput(
        document="X1234567L", given_names="Núria", surnames="Quintana Garcés"))
    assert f.id not in search_members(lut.ledger, teller, "nuria pena")
    assert search_members(lut.ledger, teller, "nuri quin garc") == [f.id]
    assert search_members(lut.ledger, teller, "x1234567l quintana") == [f.id]
    data = all_members(lut)
    for query in ("nuria pena", "nur garc", "quin gar", "pen gar", "nuria"):
        assert search_members(lut.ledger, teller, query) == brute_force(data, query, 500), query


def test_migration_fills_the_documents_from_the_term_rows(ledger):
    """A ledger at 0001 holding members and term rows only: 0002 builds every document."""
    cfg = db._alembic_config(ledger.ledger.engine)
    command.downgrade(cfg, "0001")
    ledger.ledger.engine.dispose()                # pooled connections remember what they saw
    crowd = people(600, seed=3)
    load(ledger, crowd, index=False)
    command.upgrade(cfg, "head")
    ledger.ledger.engine.dispose()
    assert db.current_revision(ledger.ledger.engine) == db.head_revision()
    data = all_members(ledger)
    teller = ledger.staff("teller")
    for query in queries(data, crowd, n=40, seed=5):
        assert search_members(ledger.ledger, teller, query) == brute_force(data, query, 500), query
    with UnitOfWork(ledger.ledger, None, None, read_only=True) as uow:
        conn = uow.session.connection()
        assert member_search._fulltext(conn) is not None
