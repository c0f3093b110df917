"""Online credentials: issued with a one-time key (printed or e-mailed through the outbox),
completed by the member with document + key + external account + password, refused with a
reason, locked by repeated failures; only peppered hashes are stored."""
from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from app.domain.credentials import CredentialStatus as S, normalize_key
from app.models import AuditRecord, OnlineCredential, OutboxMessage
from app.services import credentials, outbox
from app.services.context import UnitOfWork
from app.services.errors import Conflict, PermissionDenied, ValidationError

from access_helpers import active_member

NOW = datetime(2026, 12, 3, 10, 0)


@pytest.fixture
def member(ec_ledger):
    teller = ec_ledger.staff("teller")
    return ec_ledger, teller, active_member(ec_ledger, teller)


def _row(lut, member_id):  # noqa: ANN001
    with UnitOfWork(lut.ledger, None, None, read_only=True) as uow:
        return uow.session.execute(select(OnlineCredential).where(
            OnlineCredential.member_id == member_id)).scalar_one()


def test_issue_prints_a_key_once_and_stores_only_its_peppered_hash(member):
    lut, teller, f = member
    issued = credentials.issue(lut.ledger, teller, f.id, now=NOW)
    assert issued.view.username == "1710034065" and issued.view.status == S.ISSUED
    assert issued.view.key_expires_at == NOW + timedelta(days=7) and len(normalize_key(issued.key)) == 12
    row = _row(lut, f.id)
    assert issued.key not in row.key_hash and normalize_key(issued.key) not in row.key_hash
    assert len(row.key_hash) == 64 and row.password_hash == ""
    with UnitOfWork(lut.ledger, None, None, read_only=True) as uow:
        details = [r.detail for r in uow.session.execute(select(AuditRecord)).scalars()]
    assert not any(normalize_key(issued.key) in str(d) or issued.key in str(d) for d in details)
    with pytest.raises(Conflict):                                 # once: then it is a reissue
        credentials.issue(lut.ledger, teller, f.id, now=NOW)


def test_the_member_completes_it_with_document_key_account_and_a_good_password(member):
    lut, teller, f = member
    key = credentials.issue(lut.ledger, teller, f.id, now=NOW).key
    later = NOW + timedelta(hours=2)
    for password, why in (("short1", "at least 8"), ("1710034065ab", "document"),
                          ("pass07031985", "birth date"), ("onlyletters", "letters and digits")):
        with pytest.raises(ValidationError) as info:
            credentials.complete(lut.ledger, "171003406-5", key, "2200123456", password, now=later)
        assert info.value.field == "new_password" and why in info.value.render()
    assert _row(lut, f.id).failures == 0                          # a weak password is no failure
    view = credentials.complete(lut.ledger, "1710034065", key.lower().replace("-", " "), "2200-123456",
                                "Cotopaxi2026", now=later)
    assert view.status == S.ACTIVE and view.activated_at == later
    row = _row(lut, f.id)
    assert row.key_hash == "" and "Cotopaxi2026" not in row.password_hash
    assert row.password_hash.startswith("$argon2id$")
    with pytest.raises(ValidationError) as info:                  # the key works once
        credentials.complete(lut.ledger, "1710034065", key, "2200123456", "Cotopaxi2027", now=later)
    assert info.value.field == "document"


def test_wrong_key_wrong_account_and_expiry_are_refused_with_a_reason_and_failures_lock(member):
    lut, teller, f = member
    key = credentials.issue(lut.ledger, teller, f.id, now=NOW).key
    with pytest.raises(ValidationError) as info:
        credentials.complete(lut.ledger, "1710034065", "AAAA-BBBB-CCCC", "2200123456", "Cotopaxi2026", now=NOW)
    assert info.value.field == "registration_key" and "not the one we sent" in info.value.render()
    with pytest.raises(ValidationError) as info:
        credentials.complete(lut.ledger, "1710034065", key, "9999999999", "Cotopaxi2026", now=NOW)
    assert info.value.field == "external_account"
    assert _row(lut, f.id).failures == 2                          # counted although refused
    for _ in range(3):
        with pytest.raises(ValidationError):
            credentials.complete(lut.ledger, "1710034065", "AAAA-BBBB-CCCC", "2200123456", "Cotopaxi2026", now=NOW)
    assert credentials.status(lut.ledger, teller, f.id, now=NOW).status == S.LOCKED
    with pytest.raises(Conflict):                                 # even the right key now
        credentials.complete(lut.ledger, "1710034065", key, "2200123456", "Cotopaxi2026", now=NOW)
    key = credentials.issue(lut.ledger, teller, f.id, reissue=True, now=NOW).key
    late = NOW + timedelta(days=7, seconds=1)
    assert credentials.status(lut.ledger, teller, f.id, now=late).status == S.EXPIRED
    with pytest.raises(Conflict) as info:
        credentials.complete(lut.ledger, "1710034065", key, "2200123456", "Cotopaxi2026", now=late)
    assert "expired" in info.value.render()


def test_email_delivery_goes_to_the_outbox_encrypted_and_revoke_stops_it(member):
    lut, teller, f = member
    issued = credentials.issue(lut.ledger, teller, f.id, delivery="email", now=NOW)
    with UnitOfWork(lut.ledger, None, None, read_only=True) as uow:
        msg = uow.session.get(OutboxMessage, issued.outbox_id)
        assert msg.secret and msg.recipient == "luis@example.org" and issued.key not in msg.body_enc
        body = outbox.body_of(uow, msg)
    assert issued.key in body and "1710034065" in body
    credentials.revoke(lut.ledger, teller, f.id, "Member asked")
    assert credentials.status(lut.ledger, teller, f.id).status == S.REVOKED
    with pytest.raises(ValidationError):
        credentials.complete(lut.ledger, "1710034065", issued.key, "2200123456", "Cotopaxi2026", now=NOW)


def test_usernames_are_unique_and_an_auditor_cannot_issue(member):
    lut, teller, f = member
    other = active_member(lut, teller, document="0102030400")
    credentials.issue(lut.ledger, teller, f.id, username="luis.andrade", now=NOW)
    with pytest.raises(ValidationError) as info:
        credentials.issue(lut.ledger, teller, other.id, username="luis.andrade", now=NOW)
    assert info.value.field == "username"
    with pytest.raises(ValidationError) as info:
        credentials.issue(lut.ledger, teller, other.id, username="a b", now=NOW)
    assert info.value.field == "username"
    with pytest.raises(PermissionDenied):
        credentials.issue(lut.ledger, lut.staff("auditor"), other.id, now=NOW)
