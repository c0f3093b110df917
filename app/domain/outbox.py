"""The life of an outbox message (ARCHITECTURE.md): queued -> sending (claimed by one dispatcher)
-> sent; a transient failure waits and is tried again with a growing delay, a permanent one (the
server refused the address or the message) or too many attempts give up. Pure rules."""
from __future__ import annotations

from datetime import timedelta
from enum import StrEnum

from .messages import N_


class Status(StrEnum):
    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    RETRYING = "retrying"
    FAILED = "failed"
    CANCELLED = "cancelled"


STATUS_LABELS = {
    Status.QUEUED: N_("Waiting to be sent"), Status.SENDING: N_("Being sent"),
    Status.SENT: N_("Sent"), Status.RETRYING: N_("Failed, will retry"),
    Status.FAILED: N_("Failed, gave up"), Status.CANCELLED: N_("Cancelled"),
}
# A dispatcher claims these when they are due.
DUE = (Status.QUEUED, Status.RETRYING)
# The desk may retry these at once, or cancel them (and the ones waiting).
RETRYABLE = (Status.RETRYING, Status.FAILED)
CANCELLABLE = (Status.QUEUED, Status.RETRYING, Status.FAILED)

MAX_ATTEMPTS = 6
_DELAYS_MINUTES = (1, 5, 15, 60, 240)
# A claim older than this belongs to a desk that died while sending: another one may take it.
# Far longer than a send can last (the SMTP timeout is SEND_TIMEOUT_SECONDS per step).
STALE_CLAIM = timedelta(minutes=10)
SEND_TIMEOUT_SECONDS = 30

SECURITY = ("starttls", "tls", "none")
SECURITY_LABELS = {"starttls": N_("STARTTLS (port 587)"), "tls": N_("TLS from the start (port 465)"),
                   "none": N_("None (a relay inside the branch network)")}
SECURITY_SHORT = {"starttls": N_("STARTTLS"), "tls": N_("TLS"), "none": N_("unencrypted")}
DEFAULT_PORTS = {"starttls": 587, "tls": 465, "none": 25}


def delay_after(attempts: int) -> timedelta:
    """How long to wait before the next try once `attempts` tries failed (1, 5, 15, 60, 240
    minutes, then 240 again)."""
    if attempts < 1:
        return timedelta(0)
    return timedelta(minutes=_DELAYS_MINUTES[min(attempts, len(_DELAYS_MINUTES)) - 1])


def after_failure(attempts: int, permanent: bool) -> Status:
    """The status once the `attempts`-th try failed."""
    return Status.FAILED if permanent or attempts >= MAX_ATTEMPTS else Status.RETRYING


def is_permanent(smtp_code: int | None) -> bool:
    """5xx replies are permanent (a refused address, a message the server will never take);
    4xx and connection problems pass."""
    return smtp_code is not None and 500 <= smtp_code < 600
