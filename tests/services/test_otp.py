"""The member's authenticator: enrolled (secret encrypted, shown once), confirmed with a first
code, a code accepted once with one step of tolerance, wrong codes counted and locking at five."""
from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from app.domain import otp as rules
from app.models import OtpEnrolment
from app.services import otp
from app.services.context import UnitOfWork
from app.services.errors import Conflict, ValidationError

from access_helpers import active_member

T0 = datetime(2026, 12, 3, 10, 0, 0)


@pytest.fixture
def enrolled(ec_ledger):
    teller = ec_ledger.staff("teller")
    f = active_member(ec_ledger, teller)
    e = otp.enrol(ec_ledger.ledger, teller, f.id)
    return ec_ledger, teller, f, e


def _row(lut, member_id):  # noqa: ANN001
    with UnitOfWork(lut.ledger, None, None, read_only=True) as uow:
        return uow.session.execute(select(OtpEnrolment).where(OtpEnrolment.member_id == member_id)).scalar_one()


def _verify(lut, teller, member_id, code, at):  # noqa: ANN001
    with UnitOfWork(lut.ledger, teller, None) as uow:
        ok = otp.verify_in(uow, member_id, code, at=at)
        uow.commit()
        return ok


def test_enrolment_shows_the_secret_once_stores_it_encrypted_and_needs_a_first_code(enrolled):
    lut, teller, f, e = enrolled
    assert e.uri.startswith("otpauth://totp/") and f"secret={e.secret}" in e.uri
    row = _row(lut, f.id)
    assert row.status == "pending" and e.secret not in row.secret_enc
    assert otp.status(lut.ledger, teller, f.id).status == "pending"
    with UnitOfWork(lut.ledger, teller, None) as uow:             # pending: not yet asked for
        assert otp.verify_in(uow, f.id, None) is False
    with pytest.raises(ValidationError) as info:
        otp.confirm(lut.ledger, teller, f.id, "000000" if rules.code_at(e.secret, T0) != "000000" else "111111", at=T0)
    assert info.value.field == "otp_code"
    otp.confirm(lut.ledger, teller, f.id, rules.code_at(e.secret, T0), at=T0)
    assert otp.status(lut.ledger, teller, f.id).status == "active"


def test_a_code_works_once_with_one_step_of_tolerance(enrolled):
    lut, teller, f, e = enrolled
    otp.confirm(lut.ledger, teller, f.id, rules.code_at(e.secret, T0), at=T0)
    with pytest.raises(ValidationError) as info:                  # the same code again: replay
        _verify(lut, teller, f.id, rules.code_at(e.secret, T0), T0 + timedelta(seconds=5))
    assert "used already" in info.value.render()
    t1 = T0 + timedelta(seconds=60)
    assert _verify(lut, teller, f.id, rules.code_at(e.secret, t1 - timedelta(seconds=30)), t1)  # a step late
    t2 = T0 + timedelta(seconds=120)
    assert _verify(lut, teller, f.id, rules.code_at(e.secret, t2 + timedelta(seconds=30)), t2)  # a step early
    t3 = T0 + timedelta(seconds=300)
    with pytest.raises(ValidationError):                          # two steps off: refused
        _verify(lut, teller, f.id, rules.code_at(e.secret, t3 - timedelta(seconds=60)), t3)
    with pytest.raises(ValidationError) as info:                  # enrolled: a code is required
        _verify(lut, teller, f.id, "", t3)
    assert "type the code" in info.value.render()


def test_five_wrong_codes_lock_it_and_a_new_enrolment_opens_it_again(enrolled):
    lut, teller, f, e = enrolled
    otp.confirm(lut.ledger, teller, f.id, rules.code_at(e.secret, T0), at=T0)
    at = T0 + timedelta(minutes=5)
    wrong = "123456" if rules.code_at(e.secret, at) != "123456" else "654321"
    for n in range(1, 5):
        with pytest.raises(ValidationError) as info:
            _verify(lut, teller, f.id, wrong, at)
        assert f"{5 - n} tries left" in info.value.render()
    assert _row(lut, f.id).failures == 4                         # counted although refused
    with pytest.raises(ValidationError) as info:
        _verify(lut, teller, f.id, wrong, at)
    assert "locked" in info.value.render()
    with pytest.raises(Conflict):                                 # even the right code now
        _verify(lut, teller, f.id, rules.code_at(e.secret, at), at)
    again = otp.enrol(lut.ledger, teller, f.id)
    assert again.secret != e.secret and _row(lut, f.id).failures == 0
    otp.confirm(lut.ledger, teller, f.id, rules.code_at(again.secret, at), at=at)
    assert otp.status(lut.ledger, teller, f.id).status == "active"


def test_a_wrong_code_undoes_the_operations_writes_but_keeps_the_count(enrolled):
    lut, teller, f, e = enrolled
    otp.confirm(lut.ledger, teller, f.id, rules.code_at(e.secret, T0), at=T0)
    at = T0 + timedelta(minutes=1)
    from app.models import Member
    with pytest.raises(ValidationError):
        with UnitOfWork(lut.ledger, teller, None) as uow:
            uow.session.get(Member, f.id).phone = "0999999999"       # written before the check
            uow.session.flush()
            otp.verify_in(uow, f.id, "000001" if rules.code_at(e.secret, at) != "000001" else "000002", at=at)
            uow.commit()
    with UnitOfWork(lut.ledger, None, None, read_only=True) as uow:
        assert uow.session.get(Member, f.id).phone != "0999999999"
    assert _row(lut, f.id).failures == 1


def test_removing_the_authenticator_goes_back_to_signed_forms(enrolled):
    lut, teller, f, e = enrolled
    otp.confirm(lut.ledger, teller, f.id, rules.code_at(e.secret, T0), at=T0)
    otp.remove(lut.ledger, teller, f.id)
    assert _row(lut, f.id).secret_enc == ""
    with UnitOfWork(lut.ledger, teller, None) as uow:
        assert otp.verify_in(uow, f.id, None) is False


def test_petitions_take_the_members_code_in_place_of_the_signed_form(enrolled):
    from app.models import Petition
    from app.services import member_petitions, members
    lut, teller, f, e = enrolled
    signed = member_petitions.request_contact_change(lut.ledger, teller, f.id, email="l@example.org",
                                                     phone="", address="")   # enrolment pending
    assert signed.confirmed_by == "signature"
    assert signed.effects[-1].render() == "The member signs the printed petition form."
    otp.confirm(lut.ledger, teller, f.id, rules.code_at(e.secret, T0), at=T0)
    with pytest.raises(ValidationError) as info:                  # enrolled: the code is asked for
        members.request_bank_account_change(lut.ledger, teller, f.id, "2200999999", "Banco Pichincha")
    assert info.value.field == "otp_code"
    from app.models.base import utcnow
    now = utcnow()                                                # the services read the clock
    wrong = "000000" if rules.code_at(e.secret, now) != "000000" else "111111"
    with pytest.raises(ValidationError):
        members.request_bank_account_change(lut.ledger, teller, f.id, "2200999999", "Banco Pichincha",
                                            otp_code=wrong)
    with UnitOfWork(lut.ledger, None, None, read_only=True) as uow:   # nothing filed, one failure
        assert uow.session.query(Petition).filter_by(kind="member.bank_account").count() == 0
    assert _row(lut, f.id).failures == 1
    p = members.request_bank_account_change(lut.ledger, teller, f.id, "2200999999", "Banco Pichincha",
                                            otp_code=rules.code_at(e.secret, utcnow()))
    assert p.confirmed_by == "otp" and "authenticator" in p.effects[-1].render()
