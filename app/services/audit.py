"""The audit chain: append inside the operation's transaction; verify from the database and key.

Each row's MAC is HMAC-SHA256(key, canonical row || previous MAC). A row changed, removed or
moved breaks the chain at that row; the head row (last seq and MAC) shows a cut-off tail, and the
end-of-day report prints it so a rewritten head is visible on paper too.
"""
from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from ..domain.messages import Msg, N_
from ..models import AuditHead, AuditRecord
from ..models.base import utcnow

GENESIS = "0" * 64
_HEAD = select(AuditHead.seq, AuditHead.mac).where(AuditHead.id == 1).with_for_update()
_INSERT = insert(AuditRecord.__table__)
_MOVE_HEAD = (update(AuditHead.__table__).where(AuditHead.__table__.c.id == 1)
              .values(seq=bindparam("new_seq"), mac=bindparam("new_mac")))


@dataclass(frozen=True)
class PendingAudit:
    staff_id: int | None
    action: str
    entity: str
    entity_id: str
    detail: dict


def _canonical(seq: int, at: str, staff_id: int | None, action: str, entity: str,
               entity_id: str, detail: str, prev_mac: str) -> bytes:
    return json.dumps([seq, at, staff_id, action, entity, entity_id, detail, prev_mac],
                      separators=(",", ":"), ensure_ascii=False).encode()


def _mac(key: bytes, payload: bytes) -> str:
    return hmac.new(key, payload, hashlib.sha256).hexdigest()


def ensure_head(session: Session) -> None:
    if session.get(AuditHead, 1) is None:
        session.add(AuditHead(id=1, seq=0, mac=GENESIS))
        session.flush()


def append(session: Session, key: bytes, records: list[PendingAudit]) -> None:
    """Append `records` to the chain. Call last in the transaction: it holds the head's lock."""
    if not records:
        return
    session.flush()     # the operation's own pending writes go first, as before
    conn = session.connection()
    seq, prev = conn.execute(_HEAD).one()
    rows = []
    at = utcnow().isoformat(timespec="microseconds")
    for rec in records:
        seq += 1
        detail = json.dumps(rec.detail, sort_keys=True, separators=(",", ":"), default=str)
        mac = _mac(key, _canonical(seq, at, rec.staff_id, rec.action, rec.entity, rec.entity_id,
                                   detail, prev))
        rows.append(dict(seq=seq, at=at, staff_id=rec.staff_id, action=rec.action,
                         entity=rec.entity, entity_id=rec.entity_id, detail=detail,
                         prev_mac=prev, mac=mac))
        prev = mac
    conn.execute(_INSERT, rows)
    conn.execute(_MOVE_HEAD, {"new_seq": seq, "new_mac": prev})
    head = session.identity_map.get(session.identity_key(AuditHead, (1,)))
    if head is not None:            # a loaded head row must not go stale
        set_committed_value(head, "seq", seq)
        set_committed_value(head, "mac", prev)


@dataclass(frozen=True)
class AuditFault:
    seq: int
    msg: Msg


def verify(session: Session, key: bytes, *, batch: int = 5000) -> list[AuditFault]:
    """Walk the chain in order. Returns the first fault found (a list of at most one), or []."""
    expected_seq, prev = 1, GENESIS
    last = 0
    while True:
        rows = session.execute(select(AuditRecord).where(AuditRecord.seq > last)
                               .order_by(AuditRecord.seq).limit(batch)).scalars().all()
        if not rows:
            break
        for row in rows:
            if row.seq != expected_seq:
                return [AuditFault(expected_seq, Msg.of(N_(
                    "Audit row {seq} is missing: the chain jumps from {prev} to {next}."),
                    seq=expected_seq, prev=expected_seq - 1, next=row.seq))]
            if row.prev_mac != prev:
                return [AuditFault(row.seq, Msg.of(N_(
                    "Audit row {seq} is out of order or a row before it was removed: it does not "
                    "follow the row before it."), seq=row.seq))]
            mac = _mac(key, _canonical(row.seq, row.at, row.staff_id, row.action, row.entity,
                                       row.entity_id, row.detail, row.prev_mac))
            if not hmac.compare_digest(mac, row.mac):
                return [AuditFault(row.seq, Msg.of(N_(
                    "Audit row {seq} was changed after it was written (or the key is not this "
                    "ledger's)."), seq=row.seq))]
            prev, expected_seq, last = row.mac, row.seq + 1, row.seq
        session.expunge_all()
    head = session.get(AuditHead, 1)
    if head is not None and (head.seq != last or head.mac != prev):
        return [AuditFault(last + 1, Msg.of(N_(
            "The audit chain ends at row {last} but its head says {head}: rows were removed from "
            "the end."), last=last, head=head.seq))]
    return []


def chain_head(session: Session) -> tuple[int, str]:
    head = session.get(AuditHead, 1)
    return (head.seq, head.mac) if head else (0, GENESIS)
