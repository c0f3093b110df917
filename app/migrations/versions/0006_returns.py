"""returns paid to members: yearly remuneration rate and run, payment records; the member's choice

Revision ID: 0006_returns
Revises: 0005_transfers
Create Date: 2026-12-01

The yearly remuneration of voluntary capital needs the year's rate (remuneration_rate), runs once
a year (remuneration_run, keyed by year) and records each return paid (return_payment) with what
the fiscal certificate and the modelo 193 need. Each member chooses whether the net return is
capitalised or paid to their external account (member.remuneration_choice).
"""
from alembic import op
import sqlalchemy as sa

revision = "0006_returns"
down_revision = "0005_transfers"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "remuneration_rate",
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("rate", sa.String(20), nullable=False),
        sa.Column("set_by", sa.Integer(), nullable=False),
        sa.Column("set_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["set_by"], ["staff.id"], name=op.f("fk_remuneration_rate_set_by_staff")),
        sa.PrimaryKeyConstraint("year", name=op.f("pk_remuneration_rate")))
    op.create_table(
        "remuneration_run",
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("run_at", sa.DateTime(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("members", sa.Integer(), nullable=False),
        sa.Column("gross", sa.BigInteger(), nullable=False),
        sa.Column("withheld", sa.BigInteger(), nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.id"], name=op.f("fk_remuneration_run_staff_id_staff")),
        sa.PrimaryKeyConstraint("year", name=op.f("pk_remuneration_run")))
    op.create_table(
        "return_payment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("paid_on", sa.Date(), nullable=False),
        sa.Column("income_kind", sa.String(30), nullable=False),
        sa.Column("tax_id", sa.String(20), nullable=False),
        sa.Column("name", sa.String(250), nullable=False),
        sa.Column("gross", sa.BigInteger(), nullable=False),
        sa.Column("rate", sa.String(12), nullable=False),
        sa.Column("withheld", sa.BigInteger(), nullable=False),
        sa.Column("net", sa.BigInteger(), nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("settled", sa.String(12), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["member_id"], ["member.id"], name=op.f("fk_return_payment_member_id_member")),
        sa.ForeignKeyConstraint(["entry_id"], ["entry.id"], name=op.f("fk_return_payment_entry_id_entry")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_return_payment")))
    op.create_index("ix_return_payment_year_member", "return_payment", ["year", "member_id"])
    op.add_column("member", sa.Column("remuneration_choice", sa.String(12), nullable=False,
                                      server_default="capitalise"))


def downgrade() -> None:
    op.execute("ALTER TABLE member DROP COLUMN remuneration_choice")
    op.drop_index("ix_return_payment_year_member", table_name="return_payment")
    op.drop_table("return_payment")
    op.drop_table("remuneration_run")
    op.drop_table("remuneration_rate")
