"""One-time codes from the member's authenticator (TOTP, RFC 6238, 30-second steps, 6 digits,
via pyotp). A code is accepted once: the step it belongs to must be later than the last step
accepted; one step of clock drift either way is tolerated. Five wrong codes in a row lock it."""
from __future__ import annotations

import re
from datetime import datetime, timezone

import pyotp

MAX_FAILURES = 5
STEP_SECONDS = 30
DIGITS = 6
TOLERANCE = 1                     # steps either side


def new_secret() -> str:
    return pyotp.random_base32()


def provisioning_uri(secret: str, account: str, issuer: str) -> str:
    """The otpauth:// URI an authenticator app reads from the QR code."""
    return pyotp.TOTP(secret).provisioning_uri(name=account, issuer_name=issuer)


def _seconds(at: datetime) -> int:
    """Seconds since the epoch; a naive time is UTC (as the ledger stores times)."""
    return int((at if at.tzinfo else at.replace(tzinfo=timezone.utc)).timestamp())


def step_of(at: datetime) -> int:
    return _seconds(at) // STEP_SECONDS


def matching_step(secret: str, code: str, at: datetime, last_step: int) -> int | None:
    """The time step `code` is valid for around `at` and later than `last_step`, or None."""
    typed = re.sub(r"\s", "", code)
    if not re.fullmatch(rf"\d{{{DIGITS}}}", typed):
        return None
    totp = pyotp.TOTP(secret, digits=DIGITS, interval=STEP_SECONDS)
    now = step_of(at)
    for step in range(now - TOLERANCE, now + TOLERANCE + 1):
        if step > last_step and pyotp.utils.strings_equal(totp.at(step * STEP_SECONDS), typed):
            return step
    return None


def code_at(secret: str, at: datetime) -> str:
    """The code an authenticator shows at `at` (for tests and the enrolment's own check)."""
    return pyotp.TOTP(secret, digits=DIGITS, interval=STEP_SECONDS).at(_seconds(at))
