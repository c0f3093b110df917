"""Loan installments keep their late interest at full precision and the day their interest starts

Revision ID: 0009_loan_precision
Revises: 0008_loans
Create Date: 2026-12-03

Late interest of an overdue run is computed over the whole run at full precision and only the
rounded total is booked (late_exact, minor units as a decimal string); a payoff or a prepayment
inside a period charges the interest earned up to that day, from the day the period's interest
runs (interest_from). Installments written before this revision start where the previous one fell
due, and their late interest so far is taken as exact.
"""
from alembic import op
import sqlalchemy as sa

revision = "0009_loan_precision"
down_revision = "0008_loans"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("loan_installment", sa.Column("late_exact", sa.String(48), nullable=False,
                                                server_default="0"))
    op.add_column("loan_installment", sa.Column("interest_from", sa.Date(), nullable=True))
    op.execute("UPDATE loan_installment SET late_exact = CAST(late_interest AS VARCHAR(48))")


def downgrade() -> None:
    with op.batch_alter_table("loan_installment") as batch:
        batch.drop_column("interest_from")
        batch.drop_column("late_exact")
