"""The outgoing mail server the outbox dispatcher uses

Revision ID: 0011_mail_server
Revises: 0010_access
Create Date: 2026-12-04

One row, set by an administrator: host, port, security (none, STARTTLS or TLS from the start),
the user to sign in as and its password encrypted with the institution key, and the sender
address members see. Outbox messages name what they are about (`ref`, such as card:12), so that
replacing one card's temporary PIN cancels only that card's e-mail still waiting.
"""
from alembic import op
import sqlalchemy as sa

revision = "0011_mail_server"
down_revision = "0010_access"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "mail_server",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("host", sa.String(200), nullable=False),
        sa.Column("port", sa.Integer(), nullable=False),
        sa.Column("security", sa.String(10), nullable=False),
        sa.Column("username", sa.String(200), nullable=False),
        sa.Column("password_enc", sa.Text(), nullable=False),
        sa.Column("sender", sa.String(200), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["updated_by"], ["staff.id"], name=op.f("fk_mail_server_updated_by_staff")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mail_server")),
    )


    op.add_column("outbox_message", sa.Column("ref", sa.String(40), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("outbox_message") as batch:
        batch.drop_column("ref")
    op.drop_table("mail_server")
