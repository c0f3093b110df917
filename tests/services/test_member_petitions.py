"""A question and a change of contact data, as petitions: the answer is the decision's reason;
the change is checked when filed and applied (with history) when approved."""
import pytest

from app.domain.member_form import MemberInput
from app.services import member_petitions, members, petitions
from app.services.errors import ValidationError


@pytest.fixture
def member(ledger):
    teller = ledger.staff("teller")
    f = members.register_member(ledger.ledger, teller, MemberInput(
        document="12345678Z", given_names="Ana", surnames="Puig", email="ana@example.org"))
    return ledger, teller, f


def test_a_question_is_answered_by_the_decision(member):
    lut, teller, f = member
    view = member_petitions.ask_question(lut.ledger, teller, f.id, "  ¿Cuándo se paga   la remuneración? ")
    assert view.kind_label == "Question" and "¿Cuándo se paga la remuneración?" in view.effects[0].render()
    done = petitions.approve(lut.ledger, lut.staff("supervisor"), view.id, "En enero, con fecha 31 de diciembre.")
    assert done.status == "executed" and done.history[-2].reason == "En enero, con fecha 31 de diciembre."
    with pytest.raises(ValidationError):
        member_petitions.ask_question(lut.ledger, teller, f.id, "   ")


def test_a_contact_change_is_checked_then_applied_with_history(member):
    lut, teller, f = member
    with pytest.raises(ValidationError) as info:
        member_petitions.request_contact_change(lut.ledger, teller, f.id, email="ana at home",
                                                phone="", address="")
    assert info.value.field == "email"
    with pytest.raises(ValidationError, match="Nothing changes"):
        member_petitions.request_contact_change(lut.ledger, teller, f.id, email="ana@example.org",
                                                phone="", address="")
    view = member_petitions.request_contact_change(lut.ledger, teller, f.id, email="ANA@coop.example",
                                                   phone="+34 600 111 222", address="C/ Nou 5, Reus")
    assert members.get_member(lut.ledger, teller, f.id).data.email == "ana@example.org"   # not yet
    assert any("ana@example.org -> ana@coop.example" in m.render() for m in view.effects)
    petitions.approve(lut.ledger, lut.staff("supervisor"), view.id)
    data = members.get_member(lut.ledger, teller, f.id).data
    assert (data.email, data.phone, data.address) == ("ana@coop.example", "+34 600 111 222", "C/ Nou 5, Reus")
    fields = [h[2] for h in members.member_history(lut.ledger, teller, f.id)]
    assert {"email", "phone", "address"} <= set(fields)
