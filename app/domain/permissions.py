"""Roles and what each may do. Services check these; the UI only hides what a role cannot use."""
from __future__ import annotations

from enum import StrEnum

from .messages import N_


class Role(StrEnum):
    TELLER = "teller"
    SUPERVISOR = "supervisor"
    ADMINISTRATOR = "administrator"
    AUDITOR = "auditor"


ROLE_LABELS = {
    Role.TELLER: N_("Teller"),
    Role.SUPERVISOR: N_("Supervisor"),
    Role.ADMINISTRATOR: N_("Administrator"),
    Role.AUDITOR: N_("Auditor"),
}


class Permission(StrEnum):
    READ = "read"                      # look at members, accounts, movements, petitions
    MEMBER_WRITE = "member.write"      # register and edit members
    PETITION_FILE = "petition.file"    # file a petition for a member
    PETITION_DECIDE = "petition.decide"  # approve or reject someone else's petition
    POST = "ledger.post"               # post operations to the ledger
    HOLD = "ledger.hold"               # place and release holds
    STAFF_ADMIN = "staff.admin"        # create staff, change roles, unlock
    INSTITUTION_ADMIN = "institution.admin"  # institution settings, keys
    AUDIT_READ = "audit.read"          # verify the audit chain, ledger check
    END_OF_DAY = "day.close"           # close the business day
    ACCESS = "member.access"           # online credentials, authenticator, cards and PINs
    OUTBOX = "outbox.send"             # send the outbox, retry or cancel a message


_TELLER = {Permission.READ, Permission.MEMBER_WRITE, Permission.PETITION_FILE, Permission.POST,
           Permission.HOLD, Permission.ACCESS, Permission.OUTBOX}
_SUPERVISOR = _TELLER | {Permission.PETITION_DECIDE, Permission.AUDIT_READ, Permission.END_OF_DAY}
_ADMIN = _SUPERVISOR | {Permission.STAFF_ADMIN, Permission.INSTITUTION_ADMIN}
_AUDITOR = {Permission.READ, Permission.AUDIT_READ}

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.TELLER: frozenset(_TELLER),
    Role.SUPERVISOR: frozenset(_SUPERVISOR),
    Role.ADMINISTRATOR: frozenset(_ADMIN),
    Role.AUDITOR: frozenset(_AUDITOR),
}


def allows(role: Role | str, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS.get(Role(role), frozenset())
