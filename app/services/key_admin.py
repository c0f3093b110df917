"""Exporting and importing the institution key, as staff operations."""
from __future__ import annotations

from pathlib import Path

from ..domain.messages import Msg, N_
from ..domain.permissions import Permission
from . import audit, keys
from .auth import authenticate_in
from .context import Actor, Ledger, UnitOfWork
from .errors import Conflict, ValidationError


def export_key(ledger: Ledger, actor: Actor, passphrase: str) -> bytes:
    with UnitOfWork(ledger, actor, Permission.INSTITUTION_ADMIN) as uow:
        blob = keys.export_key(uow.institution().ledger_id, keys.require_key(ledger.key), passphrase)
        uow.audit("key.export", "institution", uow.institution().id)
        uow.commit()
        return blob


def import_key(ledger: Ledger, username: str, password: str, blob: bytes, passphrase: str) -> Path:
    """Install a key exported elsewhere, after proving it is this ledger's (the audit chain
    verifies under it). A desk without the key cannot record a sign-in (the audit needs the
    key), so the administrator's password is checked here, inside this one transaction, and
    the import itself is the audited change."""
    ledger_id, key = keys.import_key(blob, passphrase)
    with UnitOfWork(ledger, None, None) as uow:
        uow.staff = authenticate_in(uow, username, password)
        uow.require(Permission.INSTITUTION_ADMIN)
        inst = uow.institution()
        if ledger_id != inst.ledger_id:
            raise ValidationError("passphrase", Msg.of(N_(
                "This key belongs to another ledger ({other}), not to this one ({this}).")
                , other=ledger_id, this=inst.ledger_id))
        faults = audit.verify(uow.session, key)
        if faults:
            raise Conflict(Msg.of(N_("The audit chain does not verify with this key: {fault}"),
                                  fault=faults[0].msg.render()))
        path = keys.save_key(ledger_id, key)
        ledger.key = key
        uow.audit("key.import", "institution", inst.id)
        uow.commit()
        return path
