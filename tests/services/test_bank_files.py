"""The transfer file: every refund waiting, once, validated against its pain.001 schema (Spanish
profile) or as the interbank CSV (Ecuadorian); booked from clearing to the bank; saved again
exactly, never made twice."""
from decimal import Decimal
from xml.etree import ElementTree

import pytest

from app.domain.contributions import Kind, Source
from app.domain.institution_details import InstitutionDetails
from app.domain.member_form import MemberInput
from app.services import bank_files, contributions, drawer, institution_admin, members, petitions, refunds
from app.services.contributions import ContributionRequest
from app.services.errors import Conflict, PermissionDenied, ValidationError
from app.services.refunds import RefundRequest

D = Decimal


def refunded(lut, document, bank_account, amount, version="pain.001.001.09"):  # noqa: ANN001
    teller = lut.staff("teller")
    f = members.register_member(lut.ledger, teller, MemberInput(
        document=document, given_names="María", surnames="García López", bank_account=bank_account))
    drawer.open_drawer(lut.ledger, teller, {"50": 10})
    for kind, value, key in ((Kind.MANDATORY, "300.00", "m"), (Kind.VOLUNTARY, "500.00", "v")):
        contributions.execute(lut.ledger, teller, ContributionRequest(f.id, kind, D(value), Source.CASH, f.id),
                              f"{key}-{document}")
    view = refunds.request_refund(lut.ledger, teller, RefundRequest(f.id, D(amount), refunds.TRANSFER))
    petitions.approve(lut.ledger, lut.admin, view.id)
    return f


def set_bank(lut, version="pain.001.001.09"):  # noqa: ANN001
    institution_admin.update_institution(lut.ledger, lut.admin, InstitutionDetails(
        name="Coop Exemple SCCL", tax_id="F08000002", iban="ES9121000418450200051332",
        bic="CAIXESBBXXX", pain001_version=version))


@pytest.mark.parametrize("version", ["pain.001.001.09", "pain.001.001.03"])
def test_a_pain001_file_carries_every_refund_once(ledger, version):
    set_bank(ledger, version)
    refunded(ledger, "12345678Z", "ES7921000813610123456789", "125.50")
    refunded(ledger, "00000000T", "2100 0418 45 0200051332", "74.50")
    waiting = bank_files.pending_transfers(ledger.ledger, ledger.admin)
    assert [t.amount for t in waiting] == [D("125.50"), D("74.50")]
    view, content = bank_files.make_transfer_file(ledger.ledger, ledger.admin)
    assert (view.kind, view.version, view.count, view.total) == ("pain.001", version, 2, D("200.00"))
    root = ElementTree.fromstring(content)
    assert root.tag == "{urn:iso:std:iso:20022:tech:xsd:%s}Document" % version
    text = content.decode()
    assert "<CtrlSum>200.00</CtrlSum>" in text and "ES7921000813610123456789" in text
    assert "Garcia Lopez, Maria" in text                  # SEPA's character set
    assert bank_files.pending_transfers(ledger.ledger, ledger.admin) == []
    with pytest.raises(Conflict, match="No transfers are waiting"):
        bank_files.make_transfer_file(ledger.ledger, ledger.admin)
    again_view, again = bank_files.file_content(ledger.ledger, ledger.admin, view.id)
    assert again == content and again_view.sha256 == view.sha256
    assert [f.id for f in bank_files.bank_files(ledger.ledger, ledger.admin)] == [view.id]


def test_the_cooperative_iban_is_needed_and_tellers_cannot_make_files(ledger):
    refunded(ledger, "12345678Z", "ES7921000813610123456789", "10.00")
    with pytest.raises(ValidationError) as info:
        bank_files.make_transfer_file(ledger.ledger, ledger.admin)
    assert info.value.field == "iban"
    with pytest.raises(PermissionDenied):
        bank_files.make_transfer_file(ledger.ledger, ledger.staff("teller"))
    assert len(bank_files.pending_transfers(ledger.ledger, ledger.admin)) == 1


def test_the_ecuadorian_interbank_list(ec_ledger):
    teller = ec_ledger.staff("teller")
    f = members.register_member(ec_ledger.ledger, teller, MemberInput(
        document="1710034065", given_names="Luis", surnames="Andrade Mena",
        bank_account="2200123456", bank_name="Banco Pichincha"))
    drawer.open_drawer(ec_ledger.ledger, teller, {"20": 10})
    for kind, value, key in ((Kind.MANDATORY, "25.00", "m"), (Kind.VOLUNTARY, "40.00", "v")):
        contributions.execute(ec_ledger.ledger, teller, ContributionRequest(f.id, kind, D(value), Source.CASH, f.id), key)
    view = refunds.request_refund(ec_ledger.ledger, teller, RefundRequest(f.id, D("15.00"), refunds.TRANSFER))
    petitions.approve(ec_ledger.ledger, ec_ledger.admin, view.id)
    file, content = bank_files.make_transfer_file(ec_ledger.ledger, ec_ledger.admin)
    lines = content.decode().splitlines()
    assert file.kind == "spi.csv" and lines[0].startswith("reference;beneficiary;bank;account")
    assert "Andrade Mena, Luis;Banco Pichincha;2200123456;15.00;USD" in lines[1]
