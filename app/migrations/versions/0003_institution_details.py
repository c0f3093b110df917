"""institution details for documents and SEPA; branch addresses

Revision ID: 0003_institution_details
Revises: 0002
Create Date: 2026-12-01

What an administrator sets on the Institution and Branches tabs: the address printed on every
document, a logo (stored in the ledger so every desk of a shared ledger prints the same), and in
the Spanish profile the SEPA creditor identifier, the cooperative's IBAN and BIC and the pain
versions its bank accepts. Branches gain an address and can be closed (no new staff, kept for the
history of what was done there).
"""
from alembic import op
import sqlalchemy as sa

revision = "0003_institution_details"
down_revision = "0002"
branch_labels = None
depends_on = None

_INSTITUTION = [
    ("address", sa.String(200)), ("postal_code", sa.String(10)), ("city", sa.String(100)),
    ("phone", sa.String(30)), ("email", sa.String(120)), ("sepa_creditor_id", sa.String(35)),
    ("iban", sa.String(34)), ("bic", sa.String(11)),
]


def upgrade() -> None:
    # Plain ADD COLUMN (with a constant default) on both engines: a batch "move and copy" on
    # SQLite would drop the branch table, which every ledger's rows point at.
    for name, kind in _INSTITUTION:
        op.add_column("institution", sa.Column(name, kind, nullable=False, server_default=""))
    op.add_column("institution", sa.Column("pain008_version", sa.String(20), nullable=False,
                                           server_default="pain.008.001.08"))
    op.add_column("institution", sa.Column("pain001_version", sa.String(20), nullable=False,
                                           server_default="pain.001.001.09"))
    op.add_column("institution", sa.Column("logo", sa.LargeBinary(), nullable=True))
    for name, size in (("address", 200), ("city", 100), ("phone", 30)):
        op.add_column("branch", sa.Column(name, sa.String(size), nullable=False, server_default=""))
    op.add_column("branch", sa.Column("active", sa.Boolean(), nullable=False, server_default=sa.true()))


def downgrade() -> None:
    # ALTER TABLE ... DROP COLUMN in place (SQLite 3.35+ and PostgreSQL): no batch copy, which
    # would drop the branch table that other rows point at.
    for name in ("active", "phone", "city", "address"):
        op.execute(f"ALTER TABLE branch DROP COLUMN {name}")
    for name in ("logo", "pain001_version", "pain008_version") + tuple(n for n, _k in reversed(_INSTITUTION)):
        op.execute(f"ALTER TABLE institution DROP COLUMN {name}")
