"""A member's access: online credentials, the authenticator, cards, and the outbox

Revision ID: 0010_access
Revises: 0009_loan_precision
Create Date: 2026-12-03

Tellers issue online-banking credentials (a one-time registration key kept as a peppered hash),
enrol the member's authenticator (a TOTP secret encrypted with the institution key, with the last
accepted time step), issue debit and credit cards (first 6 and last 4 digits and a token; the PIN
as a peppered slow hash). Messages to members wait in the outbox until a dispatcher claims and
sends them; a secret body is encrypted and erased once sent.
"""
from alembic import op
import sqlalchemy as sa

revision = "0010_access"
down_revision = "0009_loan_precision"
branch_labels = None
depends_on = None


def _fk(table: str, column: str, target: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f"{target}.id"], name=op.f(f"fk_{table}_{column}_{target}"))


def upgrade() -> None:
    op.create_table(
        "online_credential",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(40), nullable=False),
        sa.Column("key_hash", sa.String(64), nullable=False),
        sa.Column("key_expires_at", sa.DateTime(), nullable=True),
        sa.Column("password_hash", sa.String(200), nullable=False),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("issued_at", sa.DateTime(), nullable=False),
        sa.Column("issued_by", sa.Integer(), nullable=True),
        sa.Column("activated_at", sa.DateTime(), nullable=True),
        sa.Column("revoked_at", sa.DateTime(), nullable=True),
        _fk("online_credential", "member_id", "member"),
        _fk("online_credential", "issued_by", "staff"),
        sa.UniqueConstraint("member_id", name=op.f("uq_online_credential_member_id")),
        sa.UniqueConstraint("username", name=op.f("uq_online_credential_username")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_online_credential")))
    op.create_table(
        "otp_enrolment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("secret_enc", sa.Text(), nullable=False),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("last_step", sa.Integer(), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("confirmed_at", sa.DateTime(), nullable=True),
        _fk("otp_enrolment", "member_id", "member"),
        sa.UniqueConstraint("member_id", name=op.f("uq_otp_enrolment_member_id")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_otp_enrolment")))
    op.create_table(
        "card",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(8), nullable=False),
        sa.Column("brand", sa.String(20), nullable=False),
        sa.Column("first6", sa.String(6), nullable=False),
        sa.Column("last4", sa.String(4), nullable=False),
        sa.Column("token", sa.String(64), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=True),
        sa.Column("credit_limit", sa.BigInteger(), nullable=False),
        sa.Column("expires_on", sa.Date(), nullable=True),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("block_reason", sa.String(20), nullable=False),
        sa.Column("pin_hash", sa.String(200), nullable=False),
        sa.Column("pin_must_change", sa.Boolean(), nullable=False),
        sa.Column("pin_failures", sa.Integer(), nullable=False),
        sa.Column("pin_locked", sa.Boolean(), nullable=False),
        sa.Column("issued_at", sa.DateTime(), nullable=False),
        sa.Column("issued_by", sa.Integer(), nullable=True),
        sa.Column("status_changed_at", sa.DateTime(), nullable=True),
        _fk("card", "member_id", "member"),
        _fk("card", "account_id", "account"),
        _fk("card", "issued_by", "staff"),
        sa.UniqueConstraint("token", name=op.f("uq_card_token")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_card")))
    op.create_index(op.f("ix_card_member_id"), "card", ["member_id"])
    op.create_table(
        "outbox_message",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(30), nullable=False),
        sa.Column("channel", sa.String(10), nullable=False),
        sa.Column("recipient", sa.String(200), nullable=False),
        sa.Column("subject", sa.String(200), nullable=False),
        sa.Column("body_enc", sa.Text(), nullable=False),
        sa.Column("secret", sa.Boolean(), nullable=False),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", sa.DateTime(), nullable=False),
        sa.Column("last_error", sa.String(500), nullable=False),
        sa.Column("claimed_by", sa.String(80), nullable=False),
        sa.Column("claimed_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("sent_at", sa.DateTime(), nullable=True),
        _fk("outbox_message", "member_id", "member"),
        _fk("outbox_message", "created_by", "staff"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outbox_message")))
    op.create_index(op.f("ix_outbox_message_member_id"), "outbox_message", ["member_id"])
    op.create_index(op.f("ix_outbox_message_next_attempt_at"), "outbox_message", ["next_attempt_at"])


def downgrade() -> None:
    for table in ("outbox_message", "card", "otp_enrolment", "online_credential"):
        op.drop_table(table)
