"""`ventanilla schedule`: an amortization schedule as JSON, CSV or the printable PDF, computed by
the pure engine without a ledger or a user. A bad argument exits 2 naming it."""
from __future__ import annotations

import argparse
import csv
import io
import json
import sys
from datetime import date
from decimal import Decimal, InvalidOperation

from .domain.calendar import BusinessCalendar
from .domain.day_count import DayCount
from .domain.errors import FieldError
from .domain.loan_cost import disclosure
from .domain.money import EC, ES, currency
from .domain.schedule import LoanTerms, Method, Schedule, build_schedule, weekends_only

# Which argument each term of the engine comes from, to name it in an error.
ARGUMENT_OF = {"principal": "--principal", "rate": "--rate", "months": "--months",
               "method": "--method", "grace_principal": "--grace-principal",
               "installment_multiple": "--installment-multiple", "insurance_rate": "--insurance-rate",
               "first_due": "--first-due", "fees": "--fees", "rounding": "--rounding"}


def _decimal(text: str) -> Decimal:
    try:
        value = Decimal(text.strip())
    except InvalidOperation:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not value.is_finite():
        raise argparse.ArgumentTypeError(f"not a number: {text!r}")
    return value


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value <= 0:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date as YYYY-MM-DD: {text!r}") from None


def add_parser(sub) -> argparse.ArgumentParser:  # noqa: ANN001 - argparse's private subparsers type
    p = sub.add_parser("schedule", help="an amortization schedule (needs no ledger)")
    p.add_argument("--principal", type=_decimal, required=True, help="the amount lent, e.g. 13750.00")
    p.add_argument("--rate", type=_decimal, required=True, help="nominal annual rate in %%, e.g. 15.60")
    p.add_argument("--months", type=_positive_int, required=True, help="number of monthly installments")
    p.add_argument("--method", choices=[m.value for m in Method], default=Method.FRENCH.value)
    p.add_argument("--disbursed", type=_day, help="YYYY-MM-DD (default: today)")
    p.add_argument("--first-due", type=_day, help="YYYY-MM-DD (default: a month after the disbursement)")
    p.add_argument("--day-count", choices=[d.value for d in DayCount], default=DayCount.THIRTY_360.value)
    p.add_argument("--rounding", choices=("half-up", "half-even"), default="half-up")
    p.add_argument("--installment-multiple", type=_decimal, default=Decimal("0.01"))
    p.add_argument("--grace-principal", type=int, default=0, help="installments of interest only")
    p.add_argument("--insurance-rate", type=_decimal, default=Decimal(0),
                   help="credit-life insurance, %% of the balance a month")
    p.add_argument("--fees", type=_decimal, default=Decimal(0), help="fees paid at disbursement")
    p.add_argument("--business-days", choices=("none", "following"), default="none")
    p.add_argument("--country", choices=("ES", "EC"), help="holidays for --business-days following")
    p.add_argument("--region", help="the region's holidays too (e.g. CT, MD)")
    p.add_argument("--currency", choices=("EUR", "USD"), default="EUR")
    p.add_argument("--format", choices=("json", "csv", "pdf"), required=True)
    p.add_argument("--out", help="the file to write (default: standard output)")
    return p


def _roll(args: argparse.Namespace, parser: argparse.ArgumentParser):  # noqa: ANN202
    if args.business_days == "none":
        if args.country or args.region:
            parser.error("argument --country/--region: only with --business-days following")
        return None
    if not args.country:
        if args.region:
            parser.error("argument --region: needs --country")
        return weekends_only
    cal = BusinessCalendar(args.country, args.region.upper() if args.region else None)
    try:
        cal.holidays_of(date.today().year)
    except NotImplementedError:
        parser.error(f"argument --region: {args.region!r} is not a region of {args.country}")
    return cal.roll_forward


def _terms(args: argparse.Namespace) -> LoanTerms:
    return LoanTerms(principal=args.principal, annual_rate=args.rate / 100, months=args.months,
                     disbursed=args.disbursed or date.today(), method=Method(args.method),
                     first_due=args.first_due, day_count=DayCount(args.day_count),
                     rounding=args.rounding.replace("-", "_"), multiple=args.installment_multiple,
                     grace_principal=args.grace_principal, insurance_rate=args.insurance_rate / 100,
                     currency=currency(args.currency), fees=args.fees)


def schedule_json(s: Schedule) -> str:
    q = s.terms.currency.quantum
    money = lambda v: str(v.quantize(q))  # noqa: E731
    d = disclosure(s)
    return json.dumps({
        "installments": [{"number": i.number, "due_date": i.due_date.isoformat(), "days": i.days,
                          "payment": money(i.payment), "principal": money(i.principal),
                          "interest": money(i.interest), "insurance": money(i.insurance),
                          "balance": money(i.balance)} for i in s.installments],
        "totals": {k: money(s.total(k)) for k in ("payment", "principal", "interest", "insurance")},
        "effective_annual_rate": str(d.effective_annual_rate),
        "total_cost": money(d.total_cost),
    }, indent=1)


def schedule_csv(s: Schedule) -> str:
    q = s.terms.currency.quantum
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["number", "due_date", "days", "payment", "principal", "interest", "insurance", "balance"])
    for i in s.installments:
        w.writerow([i.number, i.due_date.isoformat(), i.days] +
                   [str(v.quantize(q)) for v in (i.payment, i.principal, i.interest, i.insurance, i.balance)])
    return out.getvalue()


def schedule_pdf(s: Schedule, tr=lambda text: text) -> bytes:  # noqa: ANN001
    from .documents.amortization import AmortizationDoc, build_amortization, rows_of
    fmt = ES if s.terms.currency.code == "EUR" else EC
    return build_amortization(AmortizationDoc(s.terms, disclosure(s), rows_of(s)), fmt, tr)


def run(args: argparse.Namespace, parser: argparse.ArgumentParser, tr=lambda text: text) -> int:  # noqa: ANN001
    roll = _roll(args, parser)
    try:
        s = build_schedule(_terms(args), roll)
    except FieldError as exc:
        parser.error(f"argument {ARGUMENT_OF.get(exc.field, exc.field)}: {exc.msg.render(tr)}")
    if args.format == "pdf":
        content = schedule_pdf(s, tr)
    else:
        content = (schedule_json(s) if args.format == "json" else schedule_csv(s)).encode("utf-8")
    if args.out:
        with open(args.out, "wb") as fh:
            fh.write(content)
    else:
        sys.stdout.buffer.write(content)
        sys.stdout.flush()
    return 0
