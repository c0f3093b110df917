"""Loan products, loans, their installments and payments

Revision ID: 0008_loans
Revises: 0007_periodic
Create Date: 2026-12-03

The administrator keeps a catalogue of loan products; an application is a petition, approval
creates the loan, disbursement fixes its schedule (one row per installment), repayments at the
counter settle installments in the product's order, and the end of day accrues late interest.
"""
from alembic import op
import sqlalchemy as sa

revision = "0008_loans"
down_revision = "0007_periodic"
branch_labels = None
depends_on = None


def _fk(table: str, column: str, target: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f"{target}.id"], name=op.f(f"fk_{table}_{column}_{target}"))


def upgrade() -> None:
    op.create_table(
        "loan_product",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(12), nullable=False),
        sa.Column("name", sa.String(80), nullable=False),
        sa.Column("method", sa.String(10), nullable=False),
        sa.Column("rate_min", sa.String(20), nullable=False),
        sa.Column("rate_max", sa.String(20), nullable=False),
        sa.Column("term_min", sa.Integer(), nullable=False),
        sa.Column("term_max", sa.Integer(), nullable=False),
        sa.Column("amount_min", sa.BigInteger(), nullable=False),
        sa.Column("amount_max", sa.BigInteger(), nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("day_count", sa.String(14), nullable=False),
        sa.Column("insurance_rate", sa.String(20), nullable=False),
        sa.Column("late_rate", sa.String(20), nullable=False),
        sa.Column("fee_rate", sa.String(20), nullable=False),
        sa.Column("fee_fixed", sa.BigInteger(), nullable=False),
        sa.Column("business_days", sa.String(10), nullable=False),
        sa.Column("allocation", sa.String(80), nullable=False),
        sa.Column("multiple", sa.BigInteger(), nullable=False),
        sa.Column("grace_max", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.UniqueConstraint("code", name=op.f("uq_loan_product_code")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_loan_product")))
    op.create_table(
        "loan",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(24), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=True),
        sa.Column("petition_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("purpose", sa.String(200), nullable=False),
        sa.Column("principal", sa.BigInteger(), nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("annual_rate", sa.String(20), nullable=False),
        sa.Column("months", sa.Integer(), nullable=False),
        sa.Column("method", sa.String(10), nullable=False),
        sa.Column("day_count", sa.String(14), nullable=False),
        sa.Column("rounding", sa.String(10), nullable=False),
        sa.Column("multiple", sa.BigInteger(), nullable=False),
        sa.Column("grace_principal", sa.Integer(), nullable=False),
        sa.Column("insurance_rate", sa.String(20), nullable=False),
        sa.Column("late_rate", sa.String(20), nullable=False),
        sa.Column("fees", sa.BigInteger(), nullable=False),
        sa.Column("level", sa.BigInteger(), nullable=False),
        sa.Column("business_days", sa.String(10), nullable=False),
        sa.Column("allocation", sa.String(80), nullable=False),
        sa.Column("first_due", sa.Date(), nullable=True),
        sa.Column("disbursed_on", sa.Date(), nullable=True),
        sa.Column("disbursement_entry_id", sa.Integer(), nullable=True),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        _fk("loan", "member_id", "member"),
        _fk("loan", "product_id", "loan_product"),
        _fk("loan", "account_id", "account"),
        _fk("loan", "petition_id", "petition"),
        _fk("loan", "disbursement_entry_id", "entry"),
        sa.UniqueConstraint("number", name=op.f("uq_loan_number")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_loan")))
    op.create_index(op.f("ix_loan_member_id"), "loan", ['member_id'])
    op.create_table(
        "loan_installment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("loan_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=False),
        sa.Column("days", sa.Integer(), nullable=False),
        sa.Column("principal", sa.BigInteger(), nullable=False),
        sa.Column("interest", sa.BigInteger(), nullable=False),
        sa.Column("insurance", sa.BigInteger(), nullable=False),
        sa.Column("late_interest", sa.BigInteger(), nullable=False),
        sa.Column("paid_principal", sa.BigInteger(), nullable=False),
        sa.Column("paid_interest", sa.BigInteger(), nullable=False),
        sa.Column("paid_insurance", sa.BigInteger(), nullable=False),
        sa.Column("paid_late_interest", sa.BigInteger(), nullable=False),
        sa.Column("late_accrued_to", sa.Date(), nullable=True),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("paid_on", sa.Date(), nullable=True),
        _fk("loan_installment", "loan_id", "loan"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_loan_installment")))
    op.create_index(op.f("ix_loan_installment_due"), "loan_installment", ['status', 'due_date'])
    op.create_index(op.f("ix_loan_installment_loan"), "loan_installment", ['loan_id', 'status', 'number'])
    op.create_table(
        "loan_payment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("loan_id", sa.Integer(), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("business_date", sa.Date(), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("late_interest", sa.BigInteger(), nullable=False),
        sa.Column("insurance", sa.BigInteger(), nullable=False),
        sa.Column("interest", sa.BigInteger(), nullable=False),
        sa.Column("principal", sa.BigInteger(), nullable=False),
        sa.Column("prepaid", sa.BigInteger(), nullable=False),
        sa.Column("prepayment_mode", sa.String(20), nullable=False),
        sa.Column("source", sa.String(10), nullable=False),
        _fk("loan_payment", "loan_id", "loan"),
        _fk("loan_payment", "entry_id", "entry"),
        sa.UniqueConstraint("entry_id", name=op.f("uq_loan_payment_entry_id")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_loan_payment")))
    op.create_index(op.f("ix_loan_payment_loan_id"), "loan_payment", ['loan_id'])


def downgrade() -> None:
    for table in ("loan_payment", "loan_installment", "loan", "loan_product"):
        op.drop_table(table)
