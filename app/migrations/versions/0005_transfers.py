"""outgoing transfers and bank files

Revision ID: 0005_transfers
Revises: 0004_backup_record
Create Date: 2026-12-01

Refunds of capital (and later payments) to members' external accounts are posted to clearing and
wait as outgoing_transfer rows; the next transfer file (pain.001 in the Spanish profile, the
interbank list in the Ecuadorian one) carries them and is kept whole in bank_file, so a file is
shown again rather than generated twice.
"""
from alembic import op
import sqlalchemy as sa

revision = "0005_transfers"
down_revision = "0004_backup_record"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "bank_file",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("version", sa.String(20), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("business_date", sa.Date(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.String(120), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("total", sa.BigInteger(), nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.id"], name=op.f("fk_bank_file_staff_id_staff")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bank_file")))
    op.create_table(
        "outgoing_transfer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("petition_id", sa.Integer(), nullable=True),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("beneficiary", sa.String(140), nullable=False),
        sa.Column("account", sa.String(40), nullable=False),
        sa.Column("bank_name", sa.String(80), nullable=False),
        sa.Column("reference", sa.String(140), nullable=False),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("bank_file_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["entry_id"], ["entry.id"], name=op.f("fk_outgoing_transfer_entry_id_entry")),
        sa.ForeignKeyConstraint(["member_id"], ["member.id"], name=op.f("fk_outgoing_transfer_member_id_member")),
        sa.ForeignKeyConstraint(["petition_id"], ["petition.id"],
                                name=op.f("fk_outgoing_transfer_petition_id_petition")),
        sa.ForeignKeyConstraint(["bank_file_id"], ["bank_file.id"],
                                name=op.f("fk_outgoing_transfer_bank_file_id_bank_file")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outgoing_transfer")),
        sa.UniqueConstraint("entry_id", name=op.f("uq_outgoing_transfer_entry_id")))
    op.create_index(op.f("ix_outgoing_transfer_member_id"), "outgoing_transfer", ["member_id"])
    op.create_index("ix_outgoing_transfer_status", "outgoing_transfer", ["status"])


def downgrade() -> None:
    op.drop_index("ix_outgoing_transfer_status", table_name="outgoing_transfer")
    op.drop_index(op.f("ix_outgoing_transfer_member_id"), table_name="outgoing_transfer")
    op.drop_table("outgoing_transfer")
    op.drop_table("bank_file")
