"""The audit chain names the first row changed, removed or out of order."""
import pytest
from sqlalchemy import delete, select, update

from app.models import AuditHead, AuditRecord
from app.services import audit
from app.services.context import UnitOfWork


def _verify(lut):
    with UnitOfWork(lut.ledger, None, None, read_only=True) as uow:
        return [f.msg.render() for f in audit.verify(uow.session, lut.ledger.key)]


def _rows(lut):
    with UnitOfWork(lut.ledger, None, None, read_only=True) as uow:
        return uow.session.execute(select(AuditRecord).order_by(AuditRecord.seq)).scalars().all()


def _tamper(lut, stmt):
    with UnitOfWork(lut.ledger, None, None) as uow:
        uow.session.execute(stmt)
        uow.session.commit()


@pytest.fixture
def chain(ledger):
    for name in ("hana", "ivan", "jon"):
        ledger.staff("teller", name)
    assert _verify(ledger) == []
    rows = _rows(ledger)
    yield ledger, rows
    # restore every row so the fixture's final verification holds
    with UnitOfWork(ledger.ledger, None, None) as uow:
        uow.session.execute(delete(AuditRecord))
        for r in rows:
            uow.session.add(AuditRecord(seq=r.seq, at=r.at, staff_id=r.staff_id, action=r.action,
                                        entity=r.entity, entity_id=r.entity_id, detail=r.detail,
                                        prev_mac=r.prev_mac, mac=r.mac))
        uow.session.execute(update(AuditHead).values(seq=rows[-1].seq, mac=rows[-1].mac))
        uow.session.commit()


def test_changed_row_is_named(chain):
    lut, rows = chain
    target = rows[len(rows) // 2]
    _tamper(lut, update(AuditRecord).where(AuditRecord.seq == target.seq).values(action="staff.nothing"))
    assert _verify(lut) == [f"Audit row {target.seq} was changed after it was written (or the key "
                            "is not this ledger's)."]


def test_removed_row_is_named(chain):
    lut, rows = chain
    target = rows[3]
    _tamper(lut, delete(AuditRecord).where(AuditRecord.seq == target.seq))
    faults = _verify(lut)
    assert faults and f"row {target.seq} is missing" in faults[0]


def test_swapped_rows_are_out_of_order(chain):
    lut, rows = chain
    a, b = rows[4], rows[5]
    _tamper(lut, update(AuditRecord).where(AuditRecord.seq == a.seq).values(
        action=b.action, entity=b.entity, entity_id=b.entity_id, detail=b.detail,
        prev_mac=b.prev_mac, mac=b.mac, at=b.at, staff_id=b.staff_id))
    faults = _verify(lut)
    assert faults and f"row {a.seq} is out of order" in faults[0]


def test_cut_tail_is_detected(chain):
    lut, rows = chain
    _tamper(lut, delete(AuditRecord).where(AuditRecord.seq == rows[-1].seq))
    faults = _verify(lut)
    assert faults and "removed from the end" in faults[0]


def test_a_rewritten_chain_fails_without_the_key(chain):
    lut, _rows_ = chain
    with UnitOfWork(lut.ledger, None, None, read_only=True) as uow:
        faults = audit.verify(uow.session, b"not the institution key" + bytes(9))
    assert faults and faults[0].seq == 1


def test_audit_records_ids_not_personal_values(ledger):
    from app.domain.member_form import MemberInput
    from app.services import members
    teller = ledger.staff("teller")
    members.register_member(ledger.ledger, teller, MemberInput(
        document="12345678Z", given_names="Lucía", surnames="Peña Ibáñez", email="lucia@example.org"))
    for row in _rows(ledger):
        blob = f"{row.action}{row.entity}{row.entity_id}{row.detail}"
        assert "Lucía" not in blob and "12345678Z" not in blob and "lucia@" not in blob
