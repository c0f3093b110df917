"""The order of capital contributions (app.domain.contributions)."""
from decimal import Decimal

import pytest

from app.domain.contributions import Kind, contribution_refusal, next_kind

D = Decimal
MANDATORY = D("300.00")


def test_the_mandatory_one_comes_first_and_once():
    assert next_kind(D(0)) == Kind.MANDATORY and next_kind(MANDATORY) == Kind.VOLUNTARY
    assert contribution_refusal("applicant", Kind.MANDATORY, MANDATORY, D(0), MANDATORY) is None
    assert "comes first" in contribution_refusal("applicant", Kind.VOLUNTARY, D("50"), D(0), MANDATORY).text
    assert "paid already" in contribution_refusal("active", Kind.MANDATORY, MANDATORY, MANDATORY, MANDATORY).text
    assert contribution_refusal("active", Kind.VOLUNTARY, D("50"), MANDATORY, MANDATORY) is None


@pytest.mark.parametrize("amount", [D("299.99"), D("300.01"), D("600.00")])
def test_the_mandatory_amount_is_exact(amount):
    refusal = contribution_refusal("applicant", Kind.MANDATORY, amount, D(0), MANDATORY)
    assert refusal.text == "The mandatory contribution is {amount}, exactly."
    assert dict(refusal.params)["amount"] == MANDATORY


@pytest.mark.parametrize("status", ["leaving", "left", "deceased"])
def test_members_on_their_way_out_do_not_contribute(status):
    assert "cannot contribute" in contribution_refusal(status, Kind.VOLUNTARY, D("5"), MANDATORY, MANDATORY).text
