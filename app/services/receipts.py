"""What a receipt shows, read back from the ledger (so a reprint equals the first print)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timezone
from zoneinfo import ZoneInfo
from decimal import Decimal

from sqlalchemy import select

from ..domain.messages import Msg, N_
from ..domain.money import currency, from_minor
from ..domain.permissions import Permission
from ..domain.profiles import Product, get_profile
from ..models import Account, Branch, Entry, Loan, LoanPayment, Member, Posting, Staff
from .context import Actor, Ledger, UnitOfWork
from .errors import NotFound
from .ledger import receipt_label
from .letterhead import Letterhead, letterhead
from .settings import values as setting_values
from .members import display_name

OPERATION_TITLES = {
    "cash_deposit": N_("Cash deposit"), "cash_withdrawal": N_("Cash withdrawal"),
    "cash_deposit.reversal": N_("Reversal of a cash deposit"),
    "cash_withdrawal.reversal": N_("Reversal of a cash withdrawal"),
    "drawer.open": N_("Drawer opening float"), "drawer.close": N_("Drawer closing"),
    "drawer.to_vault": N_("Drawer to vault"), "drawer.from_vault": N_("Vault to drawer"),
    "drawer.difference": N_("Drawer over/short"),
    "capital.mandatory.cash": N_("Mandatory capital contribution in cash"),
    "capital.mandatory.savings": N_("Mandatory capital contribution from savings"),
    "capital.voluntary.cash": N_("Voluntary capital contribution in cash"),
    "capital.voluntary.savings": N_("Voluntary capital contribution from savings"),
    "capital.refund.transfer": N_("Refund of voluntary capital by transfer"),
    "capital.refund.savings": N_("Refund of voluntary capital to savings"),
    "member.leave.settlement": N_("Settlement on leaving membership"),
    "capital.remuneration.capitalised": N_("Remuneration of voluntary capital, capitalised"),
    "capital.remuneration.paid": N_("Remuneration of voluntary capital, paid by transfer"),
    "capital.mandatory.sepa": N_("Mandatory capital contribution by direct debit"),
    "capital.voluntary.sepa": N_("Voluntary capital contribution by direct debit"),
    "capital.collection.returned": N_("Returned direct debit"),
    "loan.disburse.savings": N_("Loan disbursement into savings"),
    "loan.disburse.transfer": N_("Loan disbursement by transfer"),
    "loan.disburse.cash": N_("Loan disbursement in cash"),
    "loan.repay.cash": N_("Loan repayment in cash"),
    "loan.repay.account": N_("Loan repayment from savings"),
}


def local_time(utc: datetime, zone: str) -> datetime:
    """A stored UTC time as the institution's wall-clock time (naive, for printing)."""
    return utc.replace(tzinfo=timezone.utc).astimezone(ZoneInfo(zone)).replace(tzinfo=None)


@dataclass(frozen=True)
class ReceiptData:
    institution: str
    tax_id: str
    branch: str
    teller: str
    business_date: date
    printed_at: datetime
    receipt: str
    operation: str                 # N_() marked title
    member: str
    member_document: str
    acting: str
    account_number: str
    account_name: str
    currency: str
    amount: Decimal
    fee: Decimal
    vat: Decimal
    balance_after: Decimal | None
    reverses: str | None
    locale: str
    letterhead: Letterhead | None = None
    number_format: str = ""        # the administrator's choice ("1.234,56"), "" = the profile's


def receipt_data(ledger: Ledger, actor: Actor, entry_id: int) -> ReceiptData:
    with UnitOfWork(ledger, actor, Permission.READ, read_only=True) as uow:
        entry = uow.session.get(Entry, entry_id)
        if entry is None:
            raise NotFound(Msg.of(N_("Entry {id} does not exist."), id=entry_id))
        inst = uow.institution()
        branch = uow.session.get(Branch, entry.branch_id)
        teller = uow.session.get(Staff, entry.staff_id)
        rows = uow.session.execute(select(Posting, Account).join(Account, Account.id == Posting.account_id)
                                   .where(Posting.entry_id == entry.id).order_by(Posting.id)).all()
        cur = currency(inst.currency)
        member_rows = [(p, a) for p, a in rows if a.kind == "member"]
        main = member_rows[0] if member_rows else rows[0]
        acc = main[1]
        fee = sum((from_minor(-p.amount, cur) for p, a in rows if a.product == Product.FEE_INCOME.value),
                  Decimal(0))
        vat = sum((from_minor(-p.amount, cur) for p, a in rows if a.product == Product.TAX_PAYABLE.value),
                  Decimal(0))
        # The operation's own line is the first posting on the member account (fees and taxes
        # follow it); without a member account, the first posting.
        amount = abs(from_minor(main[0].amount, cur))
        last_balance = None
        if entry.kind.startswith("loan.repay"):
            # The receipt is of the loan, for all that was paid (interest and insurance too), even
            # when nothing of it was principal; the balance is the principal still owed then.
            loan_acc = uow.session.execute(select(Account).join(Loan, Loan.account_id == Account.id)
                                           .join(LoanPayment, LoanPayment.loan_id == Loan.id)
                                           .where(LoanPayment.entry_id == entry.id)).scalar_one()
            acc = loan_acc
            amount = sum((from_minor(p.amount, cur) for p, _a in rows if p.amount > 0), Decimal(0))
            last_balance = uow.session.execute(select(Posting.balance_after).where(
                Posting.account_id == acc.id, Posting.entry_id <= entry.id)
                .order_by(Posting.seq.desc()).limit(1)).scalar_one()
        owner = uow.session.get(Member, acc.member_id) if acc.member_id else None
        acting = uow.session.get(Member, entry.acted_by_member_id) if entry.acted_by_member_id else None
        if last_balance is None:
            last_balance = max((p for p, a in rows if a.id == acc.id), key=lambda p: p.seq).balance_after
        reverses = None
        if entry.reverses_entry_id:
            orig = uow.session.get(Entry, entry.reverses_entry_id)
            reverses = receipt_label(uow.session.get(Branch, orig.branch_id).code, orig.receipt_year,
                                     orig.receipt_no)
        return ReceiptData(
            inst.name, inst.tax_id, f"{branch.code} {branch.name}", teller.full_name,
            entry.business_date, local_time(entry.created_at, get_profile(inst.profile).timezone),
            receipt_label(branch.code, entry.receipt_year, entry.receipt_no),
            OPERATION_TITLES.get(entry.kind, entry.description), display_name(owner) if owner else "",
            owner.document if owner else "", display_name(acting) if acting else "", acc.number,
            acc.name, inst.currency, amount, fee, vat,
            from_minor(last_balance, cur) if owner else None, reverses,
            "es_EC" if inst.profile == "ec-coop" else "es_ES", letterhead(uow),
            setting_values(uow)["number_format"])
