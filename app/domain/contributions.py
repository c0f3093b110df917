"""Capital contributions (DOMAIN.md, "Contributions, refunds, petitions"): a new member's first
contribution is the mandatory one, of exactly the profile's amount, and paying it makes the
applicant an active member; voluntary contributions come any time after, never before."""
from __future__ import annotations

from decimal import Decimal
from enum import StrEnum

from .messages import Msg, N_


class Kind(StrEnum):
    MANDATORY = "mandatory"
    VOLUNTARY = "voluntary"


class Source(StrEnum):
    CASH = "cash"            # through the teller's drawer
    SAVINGS = "savings"      # from the member's savings account (profiles with savings)
    SEPA = "sepa"            # charged to the external account under a SEPA mandate (pain.008)


KIND_LABELS = {Kind.MANDATORY: N_("Mandatory contribution"), Kind.VOLUNTARY: N_("Voluntary contribution")}
SOURCE_LABELS = {Source.CASH: N_("In cash"), Source.SAVINGS: N_("From a savings account"),
                 Source.SEPA: N_("By direct debit from the external account")}
# Entry kinds: the first part says what it is, the receipt and the capital section read them.
ENTRY_KINDS = {(Kind.MANDATORY, Source.CASH): "capital.mandatory.cash",
               (Kind.MANDATORY, Source.SAVINGS): "capital.mandatory.savings",
               (Kind.VOLUNTARY, Source.CASH): "capital.voluntary.cash",
               (Kind.VOLUNTARY, Source.SAVINGS): "capital.voluntary.savings",
               (Kind.MANDATORY, Source.SEPA): "capital.mandatory.sepa",
               (Kind.VOLUNTARY, Source.SEPA): "capital.voluntary.sepa"}
MEMBER_STATUSES_THAT_CONTRIBUTE = ("applicant", "active")


def next_kind(mandatory_paid: Decimal) -> Kind:
    """What the member's next contribution is: the mandatory one until it is paid."""
    return Kind.MANDATORY if mandatory_paid <= 0 else Kind.VOLUNTARY


def contribution_refusal(status: str, kind: Kind, amount: Decimal, mandatory_paid: Decimal,
                         mandatory_amount: Decimal) -> Msg | None:
    """Why this contribution cannot be taken (None: it can)."""
    if status not in MEMBER_STATUSES_THAT_CONTRIBUTE:
        return Msg.of(N_("A member who is {status} cannot contribute capital."), status=status)
    if kind == Kind.MANDATORY:
        if mandatory_paid > 0:
            return Msg.of(N_("The mandatory contribution is paid already: this one is voluntary."))
        if amount != mandatory_amount:
            return Msg.of(N_("The mandatory contribution is {amount}, exactly."), amount=mandatory_amount)
        return None
    if mandatory_paid <= 0:
        return Msg.of(N_("The mandatory contribution of {amount} comes first: a voluntary one is "
                         "possible once it is paid."), amount=mandatory_amount)
    return None
