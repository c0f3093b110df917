"""Ecuador's monthly cash report (RESU) to the financial intelligence unit: every cash operation
of the members whose cash in the month reached the threshold, or that carried an origin-of-funds
declaration."""
from __future__ import annotations

import csv
import io
from calendar import monthrange
from collections import defaultdict
from datetime import date
from decimal import Decimal

from sqlalchemy import select

from ..domain.messages import N_
from ..domain.money import currency, from_minor
from ..domain.permissions import Permission
from ..models import Account, Branch, Entry, FundsDeclaration, Member, Posting
from . import settings
from .cash_ops import CASH_REPORTED
from .context import Actor, Ledger, UnitOfWork
from .errors import invalid
from .ledger import receipt_label

HEADER = ("date", "receipt", "member_number", "document_type", "document", "name", "operation",
          "amount", "currency", "origin_of_funds")


def monthly_cash_report(ledger: Ledger, actor: Actor, year: int, month: int) -> str:
    if not 1 <= month <= 12:
        raise invalid("date_from", N_("Choose a month from 1 to 12."))
    first, last = date(year, month, 1), date(year, month, monthrange(year, month)[1])
    with UnitOfWork(ledger, actor, Permission.AUDIT_READ, read_only=True) as uow:
        cur = currency(uow.institution().currency)
        threshold = settings.values(uow)["aml_threshold"]
        rows = uow.session.execute(
            select(Entry, Posting, Member, Branch.code)
            .join(Posting, Posting.entry_id == Entry.id)
            .join(Account, Account.id == Posting.account_id)
            .join(Member, Member.id == Entry.acted_by_member_id)
            .join(Branch, Branch.id == Entry.branch_id)
            .where(Entry.kind.in_(CASH_REPORTED), Entry.business_date.between(first, last),
                   Account.product == "cash_drawer")
            .order_by(Entry.business_date, Entry.id)).all()
        reversed_ids = set(uow.session.execute(select(Entry.reverses_entry_id).where(
            Entry.reverses_entry_id.is_not(None))).scalars())
        declared = dict(uow.session.execute(select(FundsDeclaration.entry_id, FundsDeclaration.origin)).all())
        per_member: dict[int, Decimal] = defaultdict(Decimal)
        live = [(e, p, m, code) for e, p, m, code in rows if e.id not in reversed_ids]
        for e, p, m, _code in live:
            per_member[m.id] += abs(from_minor(p.amount, cur))
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(HEADER)
        for e, p, m, code in live:
            if (threshold and per_member[m.id] >= threshold) or e.id in declared:
                writer.writerow([e.business_date.isoformat(), receipt_label(code, e.receipt_year, e.receipt_no),
                                 f"{m.number:06d}", m.document_type, m.document,
                                 f"{m.surnames} {m.given_names}".strip(), e.kind,
                                 f"{abs(from_minor(p.amount, cur)):.2f}", cur.code, declared.get(e.id, "")])
        return out.getvalue()
