"""SEPA mandates, periodic contributions and their runs, direct-debit collections

Revision ID: 0007_periodic
Revises: 0006_returns
Create Date: 2026-12-01

Members contribute periodically (a petition creates, changes or cancels it); the end of day takes
each one due, from the external account under the member's SEPA mandate (a collection for the
next pain.008 file) or from a savings account, and records every run, failed ones with the reason.
"""
from alembic import op
import sqlalchemy as sa

revision = "0007_periodic"
down_revision = "0006_returns"
branch_labels = None
depends_on = None


def _fk(table: str, column: str, target: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f"{target}.id"], name=op.f(f"fk_{table}_{column}_{target}"))


def upgrade() -> None:
    op.create_table(
        "sepa_mandate",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("reference", sa.String(35), nullable=False),
        sa.Column("iban", sa.String(34), nullable=False),
        sa.Column("signed_on", sa.Date(), nullable=False),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("first_collected", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        _fk("sepa_mandate", "member_id", "member"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sepa_mandate")),
        sa.UniqueConstraint("reference", name=op.f("uq_sepa_mandate_reference")))
    op.create_index(op.f("ix_sepa_mandate_member_id"), "sepa_mandate", ["member_id"])
    op.create_table(
        "periodic_contribution",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("day", sa.Integer(), nullable=False),
        sa.Column("months", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(12), nullable=False),
        sa.Column("savings_account_id", sa.Integer(), nullable=True),
        sa.Column("mandate_id", sa.Integer(), nullable=True),
        sa.Column("next_date", sa.Date(), nullable=False),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        _fk("periodic_contribution", "member_id", "member"),
        _fk("periodic_contribution", "savings_account_id", "account"),
        _fk("periodic_contribution", "mandate_id", "sepa_mandate"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_periodic_contribution")))
    op.create_index(op.f("ix_periodic_contribution_member_id"), "periodic_contribution", ["member_id"])
    op.create_index("ix_periodic_contribution_due", "periodic_contribution", ["status", "next_date"])
    op.create_table(
        "periodic_run",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("periodic_id", sa.Integer(), nullable=False),
        sa.Column("business_date", sa.Date(), nullable=False),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=True),
        _fk("periodic_run", "periodic_id", "periodic_contribution"),
        _fk("periodic_run", "entry_id", "entry"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_periodic_run")))
    op.create_index(op.f("ix_periodic_run_periodic_id"), "periodic_run", ["periodic_id"])
    op.create_table(
        "collection",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("mandate_id", sa.Integer(), nullable=False),
        sa.Column("capital_account_id", sa.Integer(), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=False),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("bank_file_id", sa.Integer(), nullable=True),
        sa.Column("return_entry_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        _fk("collection", "entry_id", "entry"),
        _fk("collection", "member_id", "member"),
        _fk("collection", "mandate_id", "sepa_mandate"),
        _fk("collection", "capital_account_id", "account"),
        _fk("collection", "bank_file_id", "bank_file"),
        _fk("collection", "return_entry_id", "entry"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_collection")),
        sa.UniqueConstraint("entry_id", name=op.f("uq_collection_entry_id")))
    op.create_index(op.f("ix_collection_member_id"), "collection", ["member_id"])
    op.create_index("ix_collection_status", "collection", ["status"])


def downgrade() -> None:
    for index, table in (("ix_collection_status", "collection"), (op.f("ix_collection_member_id"), "collection"),
                         (op.f("ix_periodic_run_periodic_id"), "periodic_run"),
                         ("ix_periodic_contribution_due", "periodic_contribution"),
                         (op.f("ix_periodic_contribution_member_id"), "periodic_contribution"),
                         (op.f("ix_sepa_mandate_member_id"), "sepa_mandate")):
        op.drop_index(index, table_name=table)
    for table in ("collection", "periodic_run", "periodic_contribution", "sepa_mandate"):
        op.drop_table(table)
