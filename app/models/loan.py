"""Loan products, loans, their installments and the payments that settle them.

Rates are stored as exact fractions in text ("0.156"); money in minor units. A loan's schedule
is fixed at disbursement (one row per installment); a prepayment supersedes the unpaid rows and
writes the recomputed ones, so the rows a member was given stay readable."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Minor, utcnow


class LoanProduct(Base):
    __tablename__ = "loan_product"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(12), unique=True)
    name: Mapped[str] = mapped_column(String(80))
    method: Mapped[str] = mapped_column(String(10))                     # french | german
    rate_min: Mapped[str] = mapped_column(String(20))
    rate_max: Mapped[str] = mapped_column(String(20))
    term_min: Mapped[int] = mapped_column(Integer)
    term_max: Mapped[int] = mapped_column(Integer)
    amount_min: Mapped[int] = mapped_column(Minor)
    amount_max: Mapped[int] = mapped_column(Minor)
    currency: Mapped[str] = mapped_column(String(3))
    day_count: Mapped[str] = mapped_column(String(14))
    insurance_rate: Mapped[str] = mapped_column(String(20), default="0")   # a month, of the balance
    late_rate: Mapped[str] = mapped_column(String(20), default="0")        # a year, of overdue principal
    fee_rate: Mapped[str] = mapped_column(String(20), default="0")
    fee_fixed: Mapped[int] = mapped_column(Minor, default=0)
    business_days: Mapped[str] = mapped_column(String(10), default="none")  # none | following
    allocation: Mapped[str] = mapped_column(String(80))                    # components, comma-separated
    multiple: Mapped[int] = mapped_column(Minor, default=1)                 # installment multiple
    grace_max: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class Loan(Base):
    """A loan from approval on: approved (waiting for disbursement), active, paid or cancelled."""
    __tablename__ = "loan"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(24), unique=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), index=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("loan_product.id"))
    account_id: Mapped[int | None] = mapped_column(ForeignKey("account.id"))
    petition_id: Mapped[int | None] = mapped_column(ForeignKey("petition.id"))
    status: Mapped[str] = mapped_column(String(12))
    purpose: Mapped[str] = mapped_column(String(200), default="")
    principal: Mapped[int] = mapped_column(Minor)
    currency: Mapped[str] = mapped_column(String(3))
    annual_rate: Mapped[str] = mapped_column(String(20))
    months: Mapped[int] = mapped_column(Integer)
    method: Mapped[str] = mapped_column(String(10))
    day_count: Mapped[str] = mapped_column(String(14))
    rounding: Mapped[str] = mapped_column(String(10))
    multiple: Mapped[int] = mapped_column(Minor)
    grace_principal: Mapped[int] = mapped_column(Integer, default=0)
    insurance_rate: Mapped[str] = mapped_column(String(20))
    late_rate: Mapped[str] = mapped_column(String(20))                     # capped at approval
    fees: Mapped[int] = mapped_column(Minor, default=0)
    level: Mapped[int] = mapped_column(Minor, default=0)        # French installment / German principal
    business_days: Mapped[str] = mapped_column(String(10))
    allocation: Mapped[str] = mapped_column(String(80))
    first_due: Mapped[date | None] = mapped_column(Date)
    disbursed_on: Mapped[date | None] = mapped_column(Date)
    disbursement_entry_id: Mapped[int | None] = mapped_column(ForeignKey("entry.id"))
    closed_on: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class LoanInstallment(Base):
    """One installment as scheduled and what has been paid of it; late interest accrues here."""
    __tablename__ = "loan_installment"

    id: Mapped[int] = mapped_column(primary_key=True)
    loan_id: Mapped[int] = mapped_column(ForeignKey("loan.id"))
    number: Mapped[int] = mapped_column(Integer)
    due_date: Mapped[date] = mapped_column(Date)
    days: Mapped[int] = mapped_column(Integer)
    principal: Mapped[int] = mapped_column(Minor)
    interest: Mapped[int] = mapped_column(Minor)
    insurance: Mapped[int] = mapped_column(Minor)
    late_interest: Mapped[int] = mapped_column(Minor, default=0)
    paid_principal: Mapped[int] = mapped_column(Minor, default=0)
    paid_interest: Mapped[int] = mapped_column(Minor, default=0)
    paid_insurance: Mapped[int] = mapped_column(Minor, default=0)
    paid_late_interest: Mapped[int] = mapped_column(Minor, default=0)
    late_accrued_to: Mapped[date | None] = mapped_column(Date)
    # the late interest the overdue run has earned, in minor units at full precision: what is
    # booked in late_interest is this total rounded, never a sum of rounded days
    late_exact: Mapped[str] = mapped_column(String(48), default="0")
    interest_from: Mapped[date | None] = mapped_column(Date)          # the period's interest start
    status: Mapped[str] = mapped_column(String(12), default="open")       # open | paid | superseded
    paid_on: Mapped[date | None] = mapped_column(Date)

    __table_args__ = (Index("ix_loan_installment_loan", "loan_id", "status", "number"),
                      Index("ix_loan_installment_due", "status", "due_date"))


class LoanPayment(Base):
    """A repayment at the counter: how it was split, and the prepayment, if any."""
    __tablename__ = "loan_payment"

    id: Mapped[int] = mapped_column(primary_key=True)
    loan_id: Mapped[int] = mapped_column(ForeignKey("loan.id"), index=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("entry.id"), unique=True)
    business_date: Mapped[date] = mapped_column(Date)
    amount: Mapped[int] = mapped_column(Minor)
    late_interest: Mapped[int] = mapped_column(Minor, default=0)
    insurance: Mapped[int] = mapped_column(Minor, default=0)
    interest: Mapped[int] = mapped_column(Minor, default=0)
    principal: Mapped[int] = mapped_column(Minor, default=0)
    prepaid: Mapped[int] = mapped_column(Minor, default=0)
    prepayment_mode: Mapped[str] = mapped_column(String(20), default="")
    source: Mapped[str] = mapped_column(String(10))                       # cash | account
