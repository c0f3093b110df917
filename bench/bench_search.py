"""Benchmark: member search over a million members (the service vs. the raw index range query).

    .venv/bin/python bench/bench_search.py [--quick] [--members N] [--rebuild]
                                           [--pg postgresql+psycopg://postgres@127.0.0.1:5432/DB [--keep]]

Builds a ledger (Ledger.open + init_ledger, es-coop), registers three members through the
service, then bulk-inserts the rest (realistic Spanish names: ~200 given names, ~300 surnames
with accents, two surnames each, Zipf-like frequencies; valid DNIs) straight into `member` and
`member_search_term`, with the terms and sort keys made by app.services.member_search's own
member_terms() and sort_key(). The search-term index is dropped during the load and recreated
from its own DDL. The SQLite file is cached under /tmp/ventanilla-bench/ (keyed by the member
count, the schema head and the source of the term functions) and reused; --rebuild forces.
The full-text documents of migration 0002 (SQLite FTS5 member_search_fts, PostgreSQL
member_search_doc) are loaded the same way, from member_search.document_tokens() of those terms.

Then it times app.services.member_search.search_members(ledger, actor, query) over a fixed,
seeded query mix (as-you-type prefixes, two-word queries, documents, member numbers, rare and
no-match queries): a first pass and a second pass, p50/p95/max per kind and overall (target:
p95 < 20 ms). Beside it, for single-word queries, the same index range query through stdlib
sqlite3, and per query kind a raw floor: the bare statement the service's first step runs through
stdlib sqlite3 / psycopg (one word: the index range; several: the full-text match, ids only, up
to 500). With --pg it does the same on PostgreSQL (database created, and dropped unless --keep).
Not part of the test run.
"""
from __future__ import annotations

import argparse
import hashlib
import inspect
import json
import os
import random
import sqlite3
import statistics
import sys
import time
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# BENCH_APP_ROOT=/path/to/a/copy measures a patched copy of app/ (a prototype) instead.
sys.path.insert(0, os.environ.get("BENCH_APP_ROOT") or str(ROOT))
CACHE = Path("/tmp/ventanilla-bench")
os.environ["VENTANILLA_KEY_DIR"] = str(CACHE / "keys")   # before importing app

from argon2 import PasswordHasher  # noqa: E402
from sqlalchemy import create_engine, select, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402
from stdnum.es import dni  # noqa: E402

from app import db  # noqa: E402
from app.domain import text as textmod  # noqa: E402
from app.domain.member_form import MemberInput  # noqa: E402
from app.models import Member, MemberSearchTerm  # noqa: E402
from app.services import auth, member_search, members  # noqa: E402
from app.services.context import Ledger, UnitOfWork  # noqa: E402
from app.services.institution import init_ledger  # noqa: E402
from app.services.member_search import (document_tokens, member_terms, search_members,  # noqa: E402
                                        sort_key)

ADMIN_PASSWORD = "counter-key-1"
TARGET_P95_MS = 20.0
GENERATOR_VERSION = 4          # bump when the generated data changes
SERVICE_REGISTERED = 3         # members registered through the service first (format reference)
REFERENCE_DNIS = (12345678, 23, 87654321)
INDEX_NAME = "ix_member_search_term_term_sort"
DOC_INDEX_NAME = "ix_member_search_doc_prefixes"    # PostgreSQL, migration 0002


def fast_hasher() -> PasswordHasher:
    return PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)


# --- names --------------------------------------------------------------------------------------
# Roughly by frequency, most common first (the generator weights them by rank).

GIVEN = """
María Carmen|Antonio|María|José|Manuel|Carmen|Francisco|Ana María|David|Juan|José Antonio|
Laura|Javier|Isabel|Daniel|María Pilar|José Luis|Cristina|Francisco Javier|María Dolores|
Carlos|Jesús|Marta|Alejandro|María Teresa|Miguel|José Manuel|Lucía|Rafael|María Isabel|
Miguel Ángel|Ana|Pablo|Pedro|Francisca|Juan Carlos|María José|Ángel|Paula|Sergio|Fernando|
Elena|Jorge|Raquel|Luis|Sara|Alberto|Manuela|Álvaro|Rosa María|Adrián|Juan José|Dolores|
Mercedes|Diego|Raúl|Antonia|Juan Antonio|Beatriz|Enrique|Pilar|Ramón|Nuria|Vicente|Silvia|
Iván|Julia|Rubén|Rocío|Óscar|Irene|Andrés|Juan Manuel|Patricia|Joaquín|Alba|Santiago|Andrea|
Eduardo|Montserrat|Víctor|Rosario|Roberto|María Ángeles|Jaime|Teresa|Francisco José|Encarnación|
Mario|Mónica|Ignacio|Concepción|Alfonso|María Jesús|Salvador|Sonia|Ricardo|Sandra|Marcos|Alicia|
Jordi|Inés|Emilio|Eva|Julián|Yolanda|Julio|Claudia|Guillermo|Marina|Gabriel|Sofía|Tomás|Ángela|
Agustín|Natalia|José Miguel|María Luisa|Marc|Noelia|Gonzalo|Esther|Félix|Verónica|José Ramón|
Lorena|Hugo|Carolina|Nicolás|Amparo|Martín|Susana|Íñigo|Josefa|Aitor|María del Carmen|Xavier|
Inmaculada|Mateo|Consuelo|Lucas|Victoria|Héctor|Nerea|Samuel|Ainhoa|Cristian|Begoña|Gregorio|
Lourdes|Domingo|Miriam|Felipe|Almudena|Sebastián|Gloria|Rodrigo|Emilia|Lorenzo|Catalina|Mariano|
Trinidad|Esteban|Adriana|Ismael|Daniela|Borja|Valeria|Germán|Carla|Arturo|Martina|Josep|Olga|
Asier|Remedios|Xabier|Soledad|Bruno|Aurora|Eloy|Milagros|Fermín|Fátima|Abel|Belén|Ezequiel|
Leire|Unai|Itziar|Iker|Maite|Benito|Macarena|Cayetano|Rebeca|Leandro|Estefanía|Nazario|Celia|
Telmo|Jimena|Baltasar|Ariadna|Eusebio|Candela|Zoe|Ximena|Úrsula|Eulalia
"""

SURNAMES = """
García|Rodríguez|González|Fernández|López|Martínez|Sánchez|Pérez|Gómez|Martín|Jiménez|Hernández|
Ruiz|Díaz|Moreno|Muñoz|Álvarez|Romero|Gutiérrez|Alonso|Navarro|Torres|Domínguez|Ramos|Vázquez|
Ramírez|Gil|Serrano|Morales|Molina|Blanco|Suárez|Castro|Ortega|Delgado|Ortiz|Marín|Rubio|Núñez|
Medina|Sanz|Castillo|Iglesias|Cortés|Garrido|Santos|Guerrero|Lozano|Cano|Cruz|Méndez|Flores|
Prieto|Herrera|Peña|León|Márquez|Cabrera|Gallego|Calvo|Vidal|Campos|Reyes|Vega|Fuentes|Carrasco|
Díez|Aguilar|Caballero|Nieto|Santana|Vargas|Pascual|Giménez|Herrero|Hidalgo|Montero|Lorenzo|
Santiago|Benítez|Durán|Ibáñez|Arias|Mora|Ferrer|Carmona|Vicente|Rojas|Soto|Crespo|Román|Pastor|
Velasco|Parra|Sáez|Moya|Bravo|Rivera|Gallardo|Soler|Pardo|Esteban|Franco|Sáenz|Rivas|Merino|
Espinosa|Izquierdo|Lara|Camacho|Arroyo|Sevilla|Vera|Salazar|Luque|Montes|Plaza|Otero|Rey|
Carmona Ruiz|Varela|Bermúdez|Hurtado|Beltrán|Mendoza|Cuesta|Aguado|Quintana|Mateo|Calderón|
Trujillo|Manzano|Pacheco|Muñiz|Robles|Villar|Galán|Guillén|Escudero|Navas|Correa|Bueno|Gálvez|
Salas|Ávila|Rosales|Palacios|Miranda|Quesada|Sierra|Valero|Rincón|Zamora|Maldonado|Blázquez|
Ponce|Cordero|Toledo|Acosta|Benito|Cuevas|Aranda|Villanueva|Mesa|Montoya|Polo|Ballesteros|
de la Fuente|del Río|de la Torre|San Martín|de Castro|de Haro|Puig|Vila|Serra|Font|Roca|Pons|
Casas|Martí|Mas|Riera|Sala|Costa|Oliver|Bosch|Vives|Camps|Llorente|Rovira|Ribas|Solé|Ventura|
Etxeberria|Aguirre|Goikoetxea|Zubizarreta|Arrieta|Urrutia|Garmendia|Olaizola|Iturbe|Echeverría|
Barrenetxea|Larrañaga|Mugica|Txurruka|Andía|Gorostiza|Otxoa|Ezcurra|Zabala|Elorza|Lizarraga|
Castaño|Cañete|Peñalver|Muñoz de Baena|Treviño|Ordóñez|Yáñez|Briceño|Montaño|Villegas|Araújo|
Figueroa|Lamas|Seoane|Couto|Piñeiro|Outeiro|Souto|Barreiro|Rial|Castiñeira|Feijóo|Vilariño|
Amor|Lobo|Toro|Cordero Sáez|Benavente|Valverde|Figueras|Segura|Linares|Andújar|Jaén|Córdoba|
Granados|Olmedo|Olivares|Requena|Zapata|Tapia|Heredia|Ferreira|Barrios|Cisneros|Quiroga|Salgado|
Paredes|Rosado|Sosa|Ceballos|Bustos|Echevarría|Pineda|Valencia|Carretero|Huertas|Alcalde|
Mejías|Carrillo|Bernal|Barroso|Mena|Cantero|Osorio|Pozo|Redondo|Zurita|Losada|Alcántara|Nogueira|
Vallejo|Ibarra|Becerra|Mosquera|Marqués|Roldán|Valdés|Bonilla|Ocaña|Ojeda|Patiño|Quiñones|
Sepúlveda|Úbeda|Íñiguez|Ágreda|Óñez|Zúñiga|Ruipérez|Xirau|Wandosell|Kindelán|Yagüe|Güell
"""


def _names(block: str) -> list[str]:
    out: list[str] = []
    for raw in block.replace("\n", "").split("|"):
        name = raw.strip()
        if name and name not in out:
            out.append(name)
    return out


GIVEN_NAMES = _names(GIVEN)
SURNAME_LIST = _names(SURNAMES)


def rank_weights(n: int, offset: float) -> list[float]:
    """Zipf-like: weight 1/(rank+offset); with offset 10 over 300 names the top one is ~3%."""
    return [1.0 / (r + offset) for r in range(1, n + 1)]


# --- the data ------------------------------------------------------------------------------------

@dataclass(slots=True)
class FakeMember:
    """What member_terms() reads from a Member."""
    number: int
    given_names: str
    surnames: str
    document: str


def dni_for(n: int) -> str:
    digits = f"{n:08d}"
    return digits + dni.calc_check_digit(digits)


def sa_datetime(dt: datetime) -> str:
    """How SQLAlchemy's SQLite DateTime stores a value."""
    return dt.strftime("%Y-%m-%d %H:%M:%S.%f")


def generate(n: int, first_number: int, seed: int, chunk: int):
    """Yield (member_rows, term_rows) chunks; member ids are assigned by the caller's order."""
    rng = random.Random(seed)
    given_w = rank_weights(len(GIVEN_NAMES), 5)
    sur_w = rank_weights(len(SURNAME_LIST), 10)
    documents = [d for d in rng.sample(range(100_000_000), n + len(REFERENCE_DNIS))
                 if d not in REFERENCE_DNIS][:n]
    created = datetime(2024, 1, 2, 9, 0, 0)
    statuses = ["active"] * 90 + ["applicant"] * 4 + ["leaving"] + ["left"] * 4 + ["deceased"]
    for start in range(0, n, chunk):
        k = min(chunk, n - start)
        givens = rng.choices(GIVEN_NAMES, given_w, k=k)
        s1 = rng.choices(SURNAME_LIST, sur_w, k=k)
        s2 = rng.choices(SURNAME_LIST, sur_w, k=k)
        rows, terms = [], []
        for i in range(k):
            number = first_number + start + i
            fake = FakeMember(number, givens[i], f"{s1[i]} {s2[i]}", dni_for(documents[start + i]))
            key = sort_key(fake.surnames, fake.given_names)
            birth = date(1935, 1, 1) + timedelta(days=rng.randrange(0, 365 * 70))
            rows.append((number, fake.document, fake.given_names, fake.surnames,
                         birth.isoformat(), (date(2027, 1, 1) + timedelta(days=rng.randrange(0, 3650))).isoformat(),
                         rng.choice(statuses), key,
                         sa_datetime(created + timedelta(seconds=30 * (start + i)))))
            terms.append((number, key, sorted(member_terms(fake))))
        yield rows, terms


MEMBER_COLUMNS = ("number, kind, document_type, document, document_expiry, given_names, surnames, "
                  "birth_date, address, email, phone, occupation, income_source, pep, risk, "
                  "bank_account, bank_name, status, branch_id, sort_key, created_at, created_by")


def member_params(row: tuple, staff_id: int, branch_id: int) -> tuple:
    number, document, given, surnames, birth, expiry, status, key, created = row
    return (number, "person", "dni", document, expiry, given, surnames, birth, "", "", "", "",
            "", False, "low", "", "", status, branch_id, key, created, staff_id)


# --- building ------------------------------------------------------------------------------------

def source_fingerprint(n: int) -> str:
    parts = [str(GENERATOR_VERSION), str(n), db.head_revision(), inspect.getsource(textmod),
             inspect.getsource(member_terms), inspect.getsource(sort_key),
             inspect.getsource(document_tokens), GIVEN, SURNAMES]
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()[:12]


def register_reference_members(ledger: Ledger, admin) -> None:  # noqa: ANN001
    """A few members through the real service: the format reference for the bulk rows."""
    people = [(REFERENCE_DNIS[0], "María José", "Núñez Peña"),
              (REFERENCE_DNIS[1], "Íñigo", "Ibáñez de la Fuente"),
              (REFERENCE_DNIS[2], "Jesús", "García López")]
    for doc, given, surnames in people[:SERVICE_REGISTERED]:
        members.register_member(ledger, admin, MemberInput(document=dni_for(doc), given_names=given,
                                                           surnames=surnames))


def build_sqlite(path: Path, n: int, seed: int) -> dict:
    t0 = time.perf_counter()
    tmp = path.with_suffix(".building")
    for p in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
        p.unlink(missing_ok=True)
    ledger = Ledger.open(db.sqlite_url(tmp), hasher=fast_hasher())
    admin = init_ledger(ledger, profile="es-coop", name="Cooperativa de Prueba", tax_id="F12345678",
                        admin="admin", admin_password=ADMIN_PASSWORD, admin_name="Ada Admin")
    register_reference_members(ledger, admin)
    ledger.dispose()
    t_init = time.perf_counter() - t0

    con = sqlite3.connect(str(tmp), isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=OFF")            # the build only: a crash means rebuild
    con.execute("PRAGMA cache_size=-1048576")        # 1 GiB while loading
    con.execute("PRAGMA foreign_keys=ON")
    index_sql = con.execute("SELECT sql FROM sqlite_master WHERE type='index' AND name=?",
                            (INDEX_NAME,)).fetchone()[0]
    first = con.execute("SELECT coalesce(max(number), 0) + 1 FROM member").fetchone()[0]
    staff_id, branch_id = con.execute("SELECT id, branch_id FROM staff WHERE username='admin'").fetchone()
    con.execute(f"DROP INDEX {INDEX_NAME}")
    has_fts = con.execute("SELECT 1 FROM sqlite_master WHERE name = 'member_search_fts'").fetchone()
    insert_member = f"INSERT INTO member ({MEMBER_COLUMNS}) VALUES ({', '.join('?' * 22)})"
    t_gen = t_ins = 0.0
    total_terms = 0
    con.execute("BEGIN")
    t1 = time.perf_counter()
    for rows, terms in generate(n - SERVICE_REGISTERED, first, seed, 50_000):
        t2 = time.perf_counter()
        t_gen += t2 - t1
        params = [member_params(r, staff_id, branch_id) for r in rows]
        cur = con.executemany(insert_member, params)
        # ids: the rows went in in order, right after the current max id
        last_id = con.execute("SELECT last_insert_rowid()").fetchone()[0]
        first_id = last_id - len(rows) + 1
        term_rows = [(first_id + i, term, key) for i, (_num, key, ts) in enumerate(terms) for term in ts]
        con.executemany("INSERT INTO member_search_term (member_id, term, sort_key) VALUES (?, ?, ?)",
                        term_rows)
        total_terms += len(term_rows)
        if has_fts:
            con.executemany("INSERT INTO member_search_fts (rowid, terms, sort_key) VALUES (?, ?, ?)",
                            [(first_id + i, " ".join(document_tokens(ts)), key)
                             for i, (_num, key, ts) in enumerate(terms)])
        t1 = time.perf_counter()
        t_ins += t1 - t2
        done = rows[-1][0]
        if done % 200_000 < 50_000:
            print(f"  ... {done:,} members, {total_terms:,} terms, "
                  f"{time.perf_counter() - t0:.0f} s", flush=True)
        del cur
    con.execute("COMMIT")
    t3 = time.perf_counter()
    con.execute(index_sql)
    t_index = time.perf_counter() - t3
    t4 = time.perf_counter()
    if has_fts:
        con.execute("INSERT INTO member_search_fts (member_search_fts) VALUES ('optimize')")
    t_optimize = time.perf_counter() - t4
    total_terms = con.execute("SELECT count(*) FROM member_search_term").fetchone()[0]
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        p.unlink(missing_ok=True)
    tmp.rename(path)
    meta = {"members": n, "terms": total_terms, "seed": seed,
            "build_s": round(time.perf_counter() - t0, 1), "init_s": round(t_init, 1),
            "generate_s": round(t_gen, 1), "insert_s": round(t_ins, 1),
            "index_s": round(t_index, 1), "fts_optimize_s": round(t_optimize, 1),
            "fulltext": bool(has_fts), "bytes": path.stat().st_size,
            "built_at": datetime.now().isoformat(timespec="seconds")}
    return meta


def verify_sample(ledger: Ledger, rng: random.Random, k: int = 200) -> str:
    """The stored terms and sort keys of a sample are exactly what the service would write."""
    with UnitOfWork(ledger, None, None, read_only=True) as uow:
        s = uow.session
        max_id = s.execute(select(Member.id).order_by(Member.id.desc()).limit(1)).scalar_one()
        bad = 0
        ids = [1, 2, 3] + [rng.randint(1, max_id) for _ in range(k)]
        for mid in ids:
            m = s.get(Member, mid)
            if m is None:
                continue
            stored = {t for t, in s.execute(select(MemberSearchTerm.term)
                                            .where(MemberSearchTerm.member_id == mid))}
            keys = set(s.execute(select(MemberSearchTerm.sort_key)
                                 .where(MemberSearchTerm.member_id == mid)).scalars())
            doc = fulltext_doc(s, mid)
            ok = (stored == member_terms(m) and keys == {m.sort_key}
                  and doc == (sorted(document_tokens(stored)), m.sort_key)
                  and m.sort_key == sort_key(m.surnames, m.given_names)
                  and dni.is_valid(m.document))
            bad += not ok
        # the bulk rows look like the service's own rows, column by column
        if s.get_bind().dialect.name != "sqlite":
            return f"{len(ids) - bad}/{len(ids)} sampled members match member_terms/sort_key/document"
        types = s.execute(text("SELECT DISTINCT typeof(number), typeof(document_expiry), "
                               "typeof(birth_date), typeof(pep), typeof(created_at), "
                               "length(created_at) FROM member WHERE id > 3")).all()
        ref = s.execute(text("SELECT typeof(number), typeof(created_at), length(created_at), "
                             "typeof(pep) FROM member WHERE id = 1")).one()
    fmt_ok = all(t[0] == ref[0] and t[4] == ref[1] and t[5] == ref[2] and t[3] == ref[3]
                 for t in types)
    return (f"{len(ids) - bad}/{len(ids)} sampled members match member_terms/sort_key/document; "
            f"column formats {'match' if fmt_ok else 'DIFFER from'} the service's rows")


def fulltext_doc(s, member_id: int):  # noqa: ANN001, ANN201
    """(sorted tokens, sort_key) of a member's full-text document, None if it has none."""
    if s.get_bind().dialect.name == "sqlite":
        row = s.execute(text("SELECT terms, sort_key FROM member_search_fts WHERE rowid = :i"),
                        {"i": member_id}).first()
        return None if row is None else (sorted(row[0].split()), row[1])
    row = s.execute(text("SELECT tokens, sort_key FROM member_search_doc "
                         "WHERE member_id = :i"), {"i": member_id}).first()
    return None if row is None else (sorted(row[0]), row[1])


# --- the query mix ---------------------------------------------------------------------------------

def build_queries(ledger: Ledger, rng: random.Random, n_members: int, quick: bool) -> list[tuple[str, str]]:
    """(kind, query) pairs, from real members of the ledger."""
    with UnitOfWork(ledger, None, None, read_only=True) as uow:
        s = uow.session
        max_id = s.execute(select(Member.id).order_by(Member.id.desc()).limit(1)).scalar_one()
        sample = [s.get(Member, rng.randint(1, max_id)) for _ in range(120)]
        sample = [m for m in sample if m is not None]
    scale = 0.5 if quick else 1.0
    q: list[tuple[str, str]] = []

    def typing(word: str, kind: str, lo: int = 1, hi: int = 8) -> None:
        for i in range(lo, min(hi, len(word)) + 1):
            q.append((kind, word[:i]))

    # 1) as-you-type: a surname (60%) or a given name, 1..8 letters, as typed (accents and all)
    for m in sample[: int(30 * scale)]:
        words = m.surnames.split() if rng.random() < 0.6 else m.given_names.split()
        typing(rng.choice(words).lower() if rng.random() < 0.5 else rng.choice(words), "prefix")
    # 2) two words: two surnames of one member ("garc lop"), given + surname, and typing the 2nd
    for m in sample[30: 30 + int(25 * scale)]:
        s1, *rest = m.surnames.split()
        s2 = rest[-1] if rest else s1
        g = m.given_names.split()[0]
        q.append(("two-word", f"{textmod.fold(s1)[:rng.randint(3, 5)]} {textmod.fold(s2)[:rng.randint(3, 5)]}"))
        q.append(("two-word", f"{g[:rng.randint(3, 6)]} {s1[:rng.randint(2, 5)]}"))
    for m in sample[60: 60 + int(5 * scale)]:
        s1 = m.surnames.split()[0]
        s2 = m.surnames.split()[-1]
        for i in range(1, min(6, len(s2)) + 1):
            q.append(("two-word typing", f"{s1} {s2[:i]}"))
    # common words that seldom meet: the hard case for a driver-plus-EXISTS plan
    for a, b in (("maria", "antonio"), ("jose", "carmen"), ("garcia", "zubizarreta"),
                 ("lopez", "etxeberria"), ("juan", "lucia"), ("ma", "ga"), ("m", "g"),
                 ("de la", "fuente"), ("garcia garcia", "maria"), ("carmen", "txurruka")):
        q.append(("two-word rare mix", f"{a} {b}"))
    # 3) documents: prefixes of 2..8 digits and the whole DNI (with and without the letter)
    for m in sample[70: 70 + int(12 * scale)]:
        k = rng.choice([2, 3, 4, 5, 6, 7, 8])
        q.append(("document", m.document[:k]))
        q.append(("document", m.document if rng.random() < 0.5 else m.document[:8]))
    for m in sample[85: 85 + int(4 * scale)]:
        typing(m.document.lower(), "document typing", 1, 9)
    # 4) member numbers: as printed (zero-padded) and as typed
    for m in sample[90: 90 + int(15 * scale)]:
        q.append(("member number", f"{m.number:06d}" if rng.random() < 0.5 else str(m.number)))
    for num in (1, 7, 42, 123, 4567, n_members, n_members + 1):
        q.append(("member number", str(num)))
    # 5) rare: the rarest surnames and given names, whole or typed, and rare two-word queries
    for w in SURNAME_LIST[-12:] + GIVEN_NAMES[-6:]:
        q.append(("rare", w if rng.random() < 0.5 else textmod.fold(w)[: max(4, len(w) - 2)]))
    # 6) no match
    for w in ("zzqx", "xyzzy", "qwertz", "ññññ", "jjjjjj", "garcia zzz", "zzz garcia",
              "maria 99999999", "kkk lll", "wxy", "000000000", "99999999x", "a-b-c-d",
              "zubizarreta txurruka garmendia", "ü", "qq"):
        q.append(("no match", w))
    return q


# --- timing ---------------------------------------------------------------------------------------

def percentile(values: list[float], pct: float) -> float:
    v = sorted(values)
    return v[min(len(v) - 1, max(0, int(round(pct / 100 * len(v))) - 1))]


def summarise(label: str, lat_ms: list[float]) -> str:
    return (f"{label:<22} n={len(lat_ms):4d}   p50 {percentile(lat_ms, 50):7.2f}   "
            f"p95 {percentile(lat_ms, 95):7.2f}   max {max(lat_ms):8.2f} ms")


def time_service(ledger: Ledger, actor, queries: list[tuple[str, str]]):  # noqa: ANN001
    out = []
    clock = time.perf_counter
    for kind, query in queries:
        t0 = clock()
        ids = search_members(ledger, actor, query)
        out.append((kind, query, (clock() - t0) * 1000, ids))
    return out


RAW_SQL = ("SELECT member_id FROM member_search_term WHERE term >= ? AND term < ? "
           "ORDER BY term, sort_key, member_id LIMIT ?")


def time_raw_sqlite(path: Path, queries: list[str], limit: int = member_search.MAX_RESULTS):
    con = sqlite3.connect(str(path), isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=FULL")
    con.execute("PRAGMA foreign_keys=ON")
    out = []
    clock = time.perf_counter
    for query in queries:
        t0 = clock()
        word = textmod.terms(query)[0][:64]
        seen: dict[int, None] = {}
        for (member_id,) in con.execute(RAW_SQL, (word, textmod.prefix_upper_bound(word), limit * 3)):
            seen.setdefault(member_id, None)
            if len(seen) >= limit:
                break
        out.append(((clock() - t0) * 1000, list(seen)))
    con.close()
    return out


FTS_RAW_SQLITE = "SELECT rowid FROM member_search_fts WHERE member_search_fts MATCH ? LIMIT ?"
FTS_RAW_PG = ("SELECT member_id FROM member_search_doc WHERE member_search_prefixes(tokens) "
              "@> CAST(%s AS text[]) LIMIT %s")


def raw_floor(execute, queries: list[tuple[str, str]], limit: int, fts_sql: str | None,
              fts_arg, range_sql: str) -> list[float]:  # noqa: ANN001
    """Per query, the time of the bare statement behind the service's first step, through the
    driver alone: one word, the index range (first page, rows stepped until `limit` members);
    several words, the full-text match (ids only, up to `limit`)."""
    out = []
    clock = time.perf_counter
    for _kind, query in queries:
        words = [w[:64] for w in textmod.terms(query)]
        t0 = clock()
        if len(words) == 1 or (words and fts_sql is None):
            seen: dict[int, None] = {}
            for (member_id,) in execute(range_sql, (words[0], textmod.prefix_upper_bound(words[0]),
                                                    limit * 3)):
                seen.setdefault(member_id, None)
                if len(seen) >= limit:
                    break
        elif words:
            list(execute(fts_sql, (fts_arg(words), limit)))
        out.append((clock() - t0) * 1000)
    return out


def fts5_match(words: list[str]) -> str:
    return " AND ".join(f'"{w}"*' for w in words)


def prefix_keys(words: list[str]) -> list[str]:
    return [w[:8] for w in words]


def report(title: str, results, raw: list[float] | None = None) -> float:  # noqa: ANN001
    """Per kind: the service's p50/p95/max and, with `raw`, the raw floor's beside it."""
    print(f"\n{title}")
    kinds: dict[str, list[int]] = {}
    for i, (kind, _q, _ms, _ids) in enumerate(results):
        kinds.setdefault(kind, []).append(i)
    kinds["ALL"] = list(range(len(results)))
    for kind, idx in kinds.items():
        line = "  " + summarise(kind, [results[i][2] for i in idx])
        if raw is not None:
            r = [raw[i] for i in idx]
            line += (f"  | raw p50 {percentile(r, 50):6.2f}  p95 {percentile(r, 95):6.2f}  "
                     f"max {max(r):7.2f}")
        print(line)
    allms = [ms for _k, _q, ms, _ids in results]
    p95 = percentile(allms, 95)
    print(f"  p95 {p95:.2f} ms: target < {TARGET_P95_MS:.0f} ms "
          f"{'MET' if p95 < TARGET_P95_MS else 'NOT MET'}")
    slow = sorted(results, key=lambda r: -r[2])[:8]
    print("  slowest: " + ", ".join(f"{q!r} {ms:.1f} ms ({len(ids)} hits)" for _k, q, ms, ids in slow))
    return p95


def single_word(results) -> list[int]:  # noqa: ANN001
    return [i for i, (_k, q, _ms, _ids) in enumerate(results) if len(textmod.terms(q)) == 1]


# --- PostgreSQL -------------------------------------------------------------------------------------

def pg_admin(url: str):  # noqa: ANN201
    return create_engine(make_url(url).set(database="postgres"), isolation_level="AUTOCOMMIT")


def build_pg(url: str, n: int, seed: int) -> dict:
    t0 = time.perf_counter()
    ledger = Ledger.open(url, hasher=fast_hasher())
    admin = init_ledger(ledger, profile="es-coop", name="Cooperativa de Prueba", tax_id="F12345678",
                        admin="admin", admin_password=ADMIN_PASSWORD, admin_name="Ada Admin")
    register_reference_members(ledger, admin)
    t_init = time.perf_counter() - t0
    total_terms = 0
    with ledger.engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        with raw.cursor() as cur:
            cur.execute("SELECT pg_get_indexdef(%s::regclass)", (INDEX_NAME,))
            index_sql = cur.fetchone()[0]
            cur.execute("SELECT coalesce(max(number), 0) + 1, coalesce(max(id), 0) FROM member")
            first, max_id = cur.fetchone()
            cur.execute("SELECT id, branch_id FROM staff WHERE username='admin'")
            staff_id, branch_id = cur.fetchone()
            cur.execute(f"DROP INDEX {INDEX_NAME}")
            cur.execute("SELECT to_regclass('member_search_doc') IS NOT NULL")
            has_doc = cur.fetchone()[0]
            if has_doc:
                cur.execute("SELECT pg_get_indexdef(%s::regclass)", (DOC_INDEX_NAME,))
                doc_index_sql = cur.fetchone()[0]
                cur.execute(f"DROP INDEX {DOC_INDEX_NAME}")
            next_id = max_id + 1
            for rows, terms in generate(n - SERVICE_REGISTERED, first, seed, 50_000):
                with cur.copy(f"COPY member (id, {MEMBER_COLUMNS}) FROM STDIN") as cp:
                    for i, r in enumerate(rows):
                        cp.write_row((next_id + i,) + member_params(r, staff_id, branch_id))
                with cur.copy("COPY member_search_term (member_id, term, sort_key) FROM STDIN") as cp:
                    for i, (_num, key, ts) in enumerate(terms):
                        for term in ts:
                            cp.write_row((next_id + i, term, key))
                            total_terms += 1
                if has_doc:
                    with cur.copy("COPY member_search_doc (member_id, sort_key, tokens) FROM STDIN") as cp:
                        for i, (_num, key, ts) in enumerate(terms):
                            cp.write_row((next_id + i, key, document_tokens(ts)))
                next_id += len(rows)
            cur.execute("SELECT setval(pg_get_serial_sequence('member', 'id'), %s)", (next_id - 1,))
            t3 = time.perf_counter()
            cur.execute(index_sql)
            if has_doc:
                cur.execute(doc_index_sql)
            t_index = time.perf_counter() - t3
        raw.commit()
    # what autovacuum would do soon after such a load anyway
    with create_engine(url, isolation_level="AUTOCOMMIT").connect() as c:
        c.execute(text("VACUUM ANALYZE member"))
        c.execute(text("VACUUM ANALYZE member_search_term"))
        c.execute(text("VACUUM ANALYZE member_search_doc"))
    ledger.dispose()
    return {"members": n, "terms": total_terms, "build_s": round(time.perf_counter() - t0, 1),
            "init_s": round(t_init, 1), "index_s": round(t_index, 1)}


def run_pg(url: str, n: int, seed: int, keep: bool, rebuild: bool, quick: bool) -> None:
    name = make_url(url).database
    admin_engine = pg_admin(url)
    with admin_engine.connect() as c:
        exists = c.execute(text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": name}).first()
        if exists and rebuild:
            c.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
            exists = None
        if not exists:
            c.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        ledger = None
        if not exists:
            print(f"\nPostgreSQL: building {n:,} members in {name} ...", flush=True)
            meta = build_pg(url, n, seed)
            print(f"PostgreSQL build: {meta}")
        else:
            print(f"\nPostgreSQL: reusing database {name}")
        ledger = Ledger.open(url, hasher=fast_hasher(), migrate=False)
        actor = auth.login(ledger, "admin", ADMIN_PASSWORD)
        rng = random.Random(seed + 1)
        queries = build_queries(ledger, rng, n, quick)
        print("check: " + verify_sample(ledger, random.Random(seed + 2)))
        first = time_service(ledger, actor, queries)
        second = time_service(ledger, actor, queries)
        report(f"PostgreSQL service search_members, first pass ({len(queries)} queries)", first)
        with ledger.engine.connect() as conn:
            raw = conn.connection.dbapi_connection
            with raw.cursor() as cur:
                def execute(sql, params):  # noqa: ANN001, ANN202
                    cur.execute(sql, params)
                    return cur.fetchall()
                floor = lambda: raw_floor(execute, queries, member_search.MAX_RESULTS,  # noqa: E731
                                          FTS_RAW_PG, prefix_keys, RAW_SQL.replace("?", "%s"))
                floor()
                raw_all = floor()
            raw.rollback()
        report("PostgreSQL service search_members, second pass (raw: psycopg, bare statement)",
               second, raw_all)
        idx = single_word(second)
        with ledger.engine.connect() as conn:
            raw = conn.connection.dbapi_connection
            lat = []
            with raw.cursor() as cur:
                for i in idx:
                    word = textmod.terms(second[i][1])[0][:64]
                    t0 = time.perf_counter()
                    cur.execute(RAW_SQL.replace("?", "%s"), (word, textmod.prefix_upper_bound(word), 1500))
                    seen = dict.fromkeys(r[0] for r in cur.fetchall())
                    lat.append((time.perf_counter() - t0) * 1000)
            raw.rollback()
        svc = [second[i][2] for i in idx]
        print("  " + summarise("single-word service", svc))
        print("  " + summarise("single-word raw psycopg", lat))
        print(f"  ratio of medians service/raw: {statistics.median(svc) / statistics.median(lat):.1f}x")
        ledger.dispose()
    finally:
        if not keep:
            with admin_engine.connect() as c:
                c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            print(f"dropped database {name}")
        admin_engine.dispose()


# --- main -------------------------------------------------------------------------------------------

def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="100,000 members and about half the queries")
    ap.add_argument("--members", type=int, default=None, help="default 1,000,000 (--quick: 100,000)")
    ap.add_argument("--rebuild", action="store_true", help="rebuild the cached ledger")
    ap.add_argument("--seed", type=int, default=20240601)
    ap.add_argument("--pg", metavar="URL", help="also run on PostgreSQL (database created here)")
    ap.add_argument("--pg-only", action="store_true", help="skip the SQLite run")
    ap.add_argument("--keep", action="store_true", help="keep the PostgreSQL database")
    args = ap.parse_args()
    n = args.members or (100_000 if args.quick else 1_000_000)
    print(f"app under test: {Path(sys.modules['app'].__file__).parent}; "
          f"{len(GIVEN_NAMES)} given names, {len(SURNAME_LIST)} surnames; SQLite {sqlite3.sqlite_version}")

    if not args.pg_only:
        CACHE.mkdir(parents=True, exist_ok=True)
        path = CACHE / f"search-{n}-{source_fingerprint(n)}.sqlite"
        meta_path = path.with_suffix(".json")
        if args.rebuild or not path.exists() or not meta_path.exists():
            print(f"building {path} ({n:,} members) ...", flush=True)
            meta = build_sqlite(path, n, args.seed)
            meta_path.write_text(json.dumps(meta, indent=1))
            print(f"BUILT in {meta['build_s']} s: {meta}")
        else:
            meta = json.loads(meta_path.read_text())
            print(f"reusing {path} (built in {meta['build_s']} s on {meta['built_at']}; --rebuild to redo)")
            print(f"  build figures: {meta}")
        ledger = Ledger.open(db.sqlite_url(path), hasher=fast_hasher())
        actor = auth.login(ledger, "admin", ADMIN_PASSWORD)
        rng = random.Random(args.seed + 1)
        print("check: " + verify_sample(ledger, random.Random(args.seed + 2)))
        queries = build_queries(ledger, rng, n, args.quick)
        first = time_service(ledger, actor, queries)
        second = time_service(ledger, actor, queries)
        report(f"SQLite service search_members, first pass ({len(queries)} queries, {n:,} members)", first)
        con = sqlite3.connect(str(path), isolation_level=None)
        con.execute("PRAGMA journal_mode=WAL")
        fts = con.execute("SELECT 1 FROM sqlite_master WHERE name = 'member_search_fts'").fetchone()
        floor = lambda: raw_floor(con.execute, queries, member_search.MAX_RESULTS,  # noqa: E731
                                  FTS_RAW_SQLITE if fts else None, fts5_match, RAW_SQL)
        floor()
        raw_all = floor()
        con.close()
        p95 = report("SQLite service search_members, second pass (raw: stdlib sqlite3, bare statement)",
                     second, raw_all)

        idx = single_word(second)
        raw = time_raw_sqlite(path, [second[i][1] for i in idx])
        raw = time_raw_sqlite(path, [second[i][1] for i in idx])    # second pass, like the service
        same = sum(second[i][3] == raw[j][1] for j, i in enumerate(idx))
        svc = [second[i][2] for i in idx]
        rlat = [r[0] for r in raw]
        print(f"\nsingle-word queries: service vs raw sqlite3 (same range query, same result ids: "
              f"{same}/{len(idx)})")
        print("  " + summarise("service", svc))
        print("  " + summarise("raw sqlite3", rlat))
        print(f"  ratio of medians service/raw: {statistics.median(svc) / statistics.median(rlat):.1f}x; "
              f"ratio of p95: {percentile(svc, 95) / percentile(rlat, 95):.1f}x")
        ledger.dispose()
        print(f"\nSQLite overall second-pass p95 = {p95:.2f} ms (target < {TARGET_P95_MS:.0f} ms)")

    if args.pg:
        run_pg(args.pg, n, args.seed, args.keep, args.rebuild, args.quick)
    return 0


if __name__ == "__main__":
    sys.exit(main())
