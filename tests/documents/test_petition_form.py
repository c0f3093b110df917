"""The petition form the member signs, read back with pypdf."""
import io
from decimal import Decimal

from pypdf import PdfReader

from app.documents.petition_form import build_petition_form
from app.domain.member_form import MemberInput
from app.services import contributions, drawer, members, refunds
from app.services.petition_forms import petition_form

D = Decimal


def test_a_refund_petition_form_names_the_member_the_amount_and_the_signatures(ledger):
    teller = ledger.staff("teller", "tere")
    f = members.register_member(ledger.ledger, teller, MemberInput(
        document="12345678Z", given_names="María", surnames="García López", address="C/ Major 3, Lleida",
        bank_account="ES7921000813610123456789"))
    drawer.open_drawer(ledger.ledger, teller, {"50": 10})
    for kind, amount in (("mandatory", "300.00"), ("voluntary", "900.00")):
        contributions.execute(ledger.ledger, teller, contributions.ContributionRequest(
            f.id, kind, D(amount), "cash", f.id), kind)
    view = refunds.request_refund(ledger.ledger, teller, refunds.RefundRequest(
        f.id, D("750.50"), "transfer", reason="Obras en casa"))
    form = petition_form(ledger.ledger, teller, view.id)
    pdf = build_petition_form(form)
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    for expected in ("Cooperativa de Prueba", f"Petition {view.id}", "Refund of voluntary capital",
                     "García López, María", "12345678Z", "C/ Major 3, Lleida", "750,50 €",
                     "ES7921000813610123456789", "Obras en casa", "The member's signature", "Tere"):
        assert expected in text, expected
