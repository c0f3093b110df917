"""member search: one full-text document per member (multi-word queries)

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22

A member's search terms (member_search_term, one row per folded word) also go into one document
per member, so a query of several words is an intersection of posting lists instead of a scan of
one word's range probing the others:

- SQLite: FTS5 table member_search_fts(terms, sort_key UNINDEXED), rowid = member.id, terms =
  the member's terms separated by spaces; detail=none (no positions: only "which members"),
  prefix indexes for 1..8 characters (a query word is a prefix), the ascii tokenizer (the terms
  are already folded to [0-9a-z]). The content is stored, so a row is deleted by rowid.
- PostgreSQL: table member_search_doc(member_id, sort_key, tokens text[]) and a GIN index on
  member_search_prefixes(tokens): every prefix of every token, up to 8 characters, so a query
  word is one exact index key ('garc lop': prefixes @> '{garc,lop}'), not a partial match over
  all the lexemes it starts (tsvector 'garc':* was 3-6x slower at 1M members). Plain SQL and
  btree/GIN only: no extension.

Both are filled here from the existing member_search_term rows and kept by
app.services.member_search.index_member. They are not ORM models (an autogenerate would see
them as unknown tables: exclude member_search_fts* and member_search_doc).
"""
import re
import warnings

from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None

FTS_PREFIXES = "1 2 3 4 5 6 7 8"
PREFIX_KEYS = 8         # PostgreSQL: the same prefix lengths as index keys
_TOKEN = re.compile(r"[0-9a-z]*")


def _token(term: str) -> str:
    """The leading [0-9a-z] run of a term (the whole term: member terms are [0-9a-z]+)."""
    return _TOKEN.match(term).group()


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        _upgrade_sqlite(bind)
    elif bind.dialect.name == "postgresql":
        _upgrade_postgresql(bind)
    else:
        raise NotImplementedError(f"member search documents for {bind.dialect.name}")


def _has_fts5(bind) -> bool:  # noqa: ANN001
    try:
        bind.exec_driver_sql("CREATE VIRTUAL TABLE temp._fts5_probe USING fts5(x)")
    except sa.exc.OperationalError:
        return False
    bind.exec_driver_sql("DROP TABLE temp._fts5_probe")
    return True


def _upgrade_sqlite(bind) -> None:  # noqa: ANN001
    if not _has_fts5(bind):
        # app.services.member_search finds no member_search_fts and keeps searching the term
        # index alone (correct, slower on multi-word queries over large ledgers).
        warnings.warn("SQLite without FTS5: member search stays on the term index only")
        return
    op.execute("CREATE VIRTUAL TABLE member_search_fts USING fts5(terms, sort_key UNINDEXED, "
               f"detail=none, columnsize=0, prefix='{FTS_PREFIXES}', tokenize='ascii')")
    # Terms are [0-9a-z]+ (folded words, documents, numbers): one statement does them all. Any
    # other term (none are made) keeps only its leading [0-9a-z] run, as the service does.
    op.execute("INSERT INTO member_search_fts (rowid, terms, sort_key) "
               "SELECT member_id, group_concat(term, ' '), max(sort_key) FROM member_search_term "
               "GROUP BY member_id HAVING max(term GLOB '*[^0-9a-z]*') = 0")
    odd: dict[int, tuple[str, set[str]]] = {}
    for member_id, term, key in bind.exec_driver_sql(
            "SELECT member_id, term, sort_key FROM member_search_term WHERE member_id IN "
            "(SELECT member_id FROM member_search_term WHERE term GLOB '*[^0-9a-z]*')"):
        odd.setdefault(member_id, (key, set()))[1].add(_token(term))
    for member_id, (key, tokens) in odd.items():
        bind.exec_driver_sql(
            "INSERT INTO member_search_fts (rowid, terms, sort_key) VALUES (?, ?, ?)",
            (member_id, " ".join(sorted(t for t in tokens if t)), key))
    op.execute("INSERT INTO member_search_fts (member_search_fts) VALUES ('optimize')")


def _upgrade_postgresql(bind) -> None:  # noqa: ANN001
    op.create_table(
        'member_search_doc',
        sa.Column('member_id', sa.Integer(), nullable=False),
        sa.Column('sort_key', sa.String(length=64, collation='C'), nullable=False),
        sa.Column('tokens', postgresql.ARRAY(sa.Text()), nullable=False),
        sa.ForeignKeyConstraint(['member_id'], ['member.id'],
                                name=op.f('fk_member_search_doc_member_id_member')),
        sa.PrimaryKeyConstraint('member_id', name=op.f('pk_member_search_doc')))
    op.execute(f"""
        CREATE FUNCTION member_search_prefixes(tokens text[]) RETURNS text[]
        LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE COST 10000 AS $$
            SELECT coalesce(array_agg(DISTINCT left(t, n)), '{{}}')
            FROM unnest(tokens) AS t, generate_series(1, least(length(t), {PREFIX_KEYS})) AS n
        $$""")
    op.execute(r"""
        INSERT INTO member_search_doc (member_id, sort_key, tokens)
        SELECT member_id, max(sort_key),
               coalesce(array_agg(DISTINCT substring(term from '^[0-9a-z]+') ORDER BY
                                  substring(term from '^[0-9a-z]+'))
                            FILTER (WHERE term ~ '^[0-9a-z]'), '{}')
        FROM member_search_term GROUP BY member_id""")
    # COST: computing the prefixes of every row is what the index saves; without it the planner
    # would rather scan a small table calling the function per row (~20 us each).
    op.execute("CREATE INDEX ix_member_search_doc_prefixes ON member_search_doc "
               "USING gin (member_search_prefixes(tokens))")
    # The term-range planner estimates need a fine histogram over millions of terms.
    op.execute("ALTER TABLE member_search_term ALTER COLUMN term SET STATISTICS 2000")
    op.execute("ANALYZE member_search_term")
    op.execute("ANALYZE member_search_doc")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS member_search_fts")
    else:
        op.drop_table('member_search_doc')         # and its index
        op.execute("DROP FUNCTION member_search_prefixes(text[])")
        op.execute("ALTER TABLE member_search_term ALTER COLUMN term SET STATISTICS -1")
