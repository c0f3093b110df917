from decimal import Decimal

from app.domain.member_form import MemberInput
from app.services import members
from app.services.member_search import search_members


def test_register_and_find(ledger):
    teller = ledger.staff("teller")
    f = members.register_member(ledger.ledger, teller, MemberInput(
        document="12345678z", given_names="María José", surnames="García Núñez"))
    assert f.number == 1 and f.status == "applicant"
    assert [a.product for a in f.accounts] == ["capital_mandatory", "capital_voluntary"]
    assert f.accounts[0].booked == Decimal("0.00")
    assert search_members(ledger.ledger, teller, "garc nun") == [f.id]
    assert search_members(ledger.ledger, teller, "MARIA") == [f.id]
    assert search_members(ledger.ledger, teller, "12345678") == [f.id]
    assert search_members(ledger.ledger, teller, "000001") == [f.id]
    assert search_members(ledger.ledger, teller, "lopez") == []
