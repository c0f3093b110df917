"""The receipt PDF, read back with pypdf."""
import io
from decimal import Decimal

from pypdf import PdfReader

from app.documents.receipt import build_receipt
from app.domain.member_form import MemberInput
from app.services import cash_ops, drawer, members, receipts
from app.services import settings as settings_svc
from app.services.cash_ops import WITHDRAWAL, DEPOSIT, CashRequest

D = Decimal


def text_of(pdf: bytes) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)


def test_withdrawal_receipt_names_everything(ec_ledger, tmp_path):
    lut = ec_ledger
    teller = lut.staff("teller", "rita")
    f = members.register_member(lut.ledger, teller, MemberInput(
        document="1710034065", given_names="Luis", surnames="Andrade Mena"))
    acc = next(a.id for a in f.accounts if a.product == "savings")
    settings_svc.set_fee_rule(lut.ledger, lut.admin, settings_svc.FeeInput(WITHDRAWAL, fixed=D("0.36")))
    drawer.open_drawer(lut.ledger, teller, {"100": 30})
    cash_ops.execute(lut.ledger, teller, DEPOSIT, CashRequest(acc, D("2000.00"), f.id), "d")
    r = cash_ops.execute(lut.ledger, teller, WITHDRAWAL, CashRequest(acc, D("1250.50"), f.id), "w")
    data = receipts.receipt_data(lut.ledger, teller, r.entry_id)
    assert (data.amount, data.fee, data.vat, data.balance_after) == (
        D("1250.50"), D("0.36"), D("0.05"), D("749.09"))
    pdf = build_receipt(data, "es")
    (tmp_path / "receipt.pdf").write_bytes(pdf)
    text = text_of(pdf)
    for expected in ("Cooperativa de Prueba", r.receipt, "Cash withdrawal", "Andrade Mena, Luis",
                     "1710034065", "$1,250.50", "$0.36", "$0.05", "$749.09", "Rita",
                     "mil doscientos cincuenta dólares con cincuenta centavos"):
        assert expected in text, expected
    again = receipts.receipt_data(lut.ledger, teller, r.entry_id)
    assert again == data                                   # a reprint is the same receipt


def test_the_receipt_carries_the_letterhead_and_number_format_the_administrator_set(ec_ledger):
    from app.domain.institution_details import InstitutionDetails
    from app.services import institution_admin
    lut = ec_ledger
    institution_admin.update_institution(lut.ledger, lut.admin, InstitutionDetails(
        name="Cooperativa Andina", tax_id="1790000001001", address="Av. Amazonas 100",
        postal_code="170150", city="Quito", phone="+593 2 250 0000"))
    from PySide6.QtGui import QColor, QImage
    from PySide6.QtCore import QBuffer, QByteArray
    image = QImage(90, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("#1d5a86"))
    raw = QByteArray()
    buffer = QBuffer(raw)
    buffer.open(QBuffer.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    institution_admin.set_logo(lut.ledger, lut.admin, bytes(raw))
    settings_svc.set_setting(lut.ledger, lut.admin, "number_format", "1 234,56")
    teller = lut.staff("teller")
    f = members.register_member(lut.ledger, teller, MemberInput(
        document="1710034065", given_names="Luis", surnames="Andrade Mena"))
    acc = next(a.id for a in f.accounts if a.product == "savings")
    drawer.open_drawer(lut.ledger, teller, {"100": 30})
    r = cash_ops.execute(lut.ledger, teller, DEPOSIT, CashRequest(acc, D("1250.50"), f.id), "d")
    data = receipts.receipt_data(lut.ledger, teller, r.entry_id)
    assert data.letterhead.address == "Av. Amazonas 100 · 170150 Quito" and data.letterhead.logo
    pdf = build_receipt(data, "en")
    text = text_of(pdf)
    for expected in ("Cooperativa Andina", "1790000001001", "Av. Amazonas 100 · 170150 Quito",
                     "+593 2 250 0000", "$1 250,50"):
        assert expected in text, expected
    images = PdfReader(io.BytesIO(pdf)).pages[0].images         # the logo is drawn
    assert len(images) == 1
