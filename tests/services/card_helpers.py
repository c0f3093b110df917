"""Card numbers that pass Luhn, a member's savings account to link a debit card to, and the
member's phone showing a fresh code at each step."""
from __future__ import annotations

from datetime import datetime, timedelta

from stdnum import luhn

from app.domain import otp as otp_rules
from app.services import otp

T0 = datetime(2026, 12, 4, 10, 0)


def number(body: str = "550975000000702") -> str:
    return body + luhn.calc_check_digit(body)


def savings_of(f):  # noqa: ANN001, ANN201
    return next(a.id for a in f.accounts if a.product == "savings")


class Phone:
    """An enrolled authenticator; `next()` moves the clock one step and gives (code, at)."""

    def __init__(self, lut, teller, member_id):  # noqa: ANN001
        self.enrolment = otp.enrol(lut.ledger, teller, member_id)
        self.at = T0
        otp.confirm(lut.ledger, teller, member_id, otp_rules.code_at(self.enrolment.secret, T0), at=T0)

    def next(self) -> tuple[str, datetime]:
        self.at += timedelta(seconds=30)
        return otp_rules.code_at(self.enrolment.secret, self.at), self.at
