"""backup records: one row per backup file taken of the ledger

Revision ID: 0004_backup_record
Revises: 0003_institution_details
Create Date: 2026-12-01

`ventanilla backup` (and the desk) record each backup they write: when (UTC), by whom, the file's
path, size and SHA-256, whether the institution key went in under a passphrase, and the audit
chain head the copy holds. The desk reminds an administrator when the newest is older than a day.
"""
from alembic import op
import sqlalchemy as sa

revision = "0004_backup_record"
down_revision = "0003_institution_details"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "backup_record",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("taken_at", sa.DateTime(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.String(length=1024), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("key_included", sa.Boolean(), nullable=False),
        sa.Column("audit_seq", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.id"],
                                name=op.f("fk_backup_record_staff_id_staff")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_backup_record")))
    op.create_index(op.f("ix_backup_record_taken_at"), "backup_record", ["taken_at"])


def downgrade() -> None:
    op.drop_index(op.f("ix_backup_record_taken_at"), table_name="backup_record")
    op.drop_table("backup_record")
