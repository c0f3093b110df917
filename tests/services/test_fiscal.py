"""Fiscal certificates: from the return records, per member and year, issued from the next
year; the batch writes every PDF, the summary and the modelo 193."""
from datetime import date
from decimal import Decimal
import io

import pytest
from pypdf import PdfReader

from app.documents.fiscal_batch import write_batch
from app.documents.fiscal_certificate import build_fiscal_certificate
from app.services import fiscal, remuneration
from app.services.errors import Conflict
from tests.services.test_remuneration import year_2026  # noqa: F401 - a fixture

D = Decimal


def text_of(pdf: bytes) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)


@pytest.fixture
def paid(year_2026):  # noqa: F811
    lut, teller, a, b, only_mandatory = year_2026
    remuneration.set_rate(lut.ledger, lut.admin, 2026, D("0.0365"))
    remuneration.run(lut.ledger, lut.admin, 2026)
    return lut, teller, a, b, only_mandatory


def test_a_certificate_is_issued_from_the_next_year_with_the_payment(paid):
    lut, teller, a, _b, only_mandatory = paid
    with pytest.raises(Conflict, match="from 1 January 2027"):
        fiscal.certificate(lut.ledger, teller, a.id, 2026)
    lut.set_business_date(date(2027, 1, 4))
    cert = fiscal.certificate(lut.ledger, teller, a.id, 2026)
    assert (cert.member_tax_id, cert.gross, cert.withheld, cert.net) == ("12345678Z", D("26.65"), D("5.06"), D("21.59"))
    text = text_of(build_fiscal_certificate(cert))
    for expected in ("Certificate of returns and withholdings", "Cooperativa de Prueba", "12345678Z",
                     "Puig Z, Ana", "2026", "26,65 €", "19,00 %", "5,06 €", "21,59 €", "31/12/2026",
                     "Signature and stamp"):
        assert expected in text, expected
    empty = fiscal.certificate(lut.ledger, teller, only_mandatory.id, 2026)
    assert empty.lines == () and "No returns were paid" in text_of(build_fiscal_certificate(empty))


def test_the_batch_writes_every_certificate_the_summary_and_the_modelo_193(paid, tmp_path):
    lut, teller, a, b, _only = paid
    lut.set_business_date(date(2027, 1, 4))
    certs = fiscal.all_certificates(lut.ledger, lut.admin, 2026)
    assert [c.member_id for c in certs] == sorted([a.id, b.id])
    seen = []
    result = write_batch(certs, tmp_path / "out", "en", spanish=True, progress=lambda d, t: seen.append((d, t)),
                         workers=2)
    assert result.written == 2 and not result.cancelled and seen[-1] == (2, 2)
    pdfs = sorted(p.name for p in (tmp_path / "out").glob("*.pdf"))
    assert pdfs == ["certificate-2026-00000000T.pdf", "certificate-2026-12345678Z.pdf"]
    summary = result.summary.read_text().splitlines()
    assert summary[0].startswith("member_id,name,tax_id,year,gross") and len(summary) == 3
    lines = result.modelo193.read_bytes().decode("iso-8859-1").split("\r\n")
    assert len(lines) == 3 and lines[0][135:144] == "000000002" and lines[0][144:159] == "000000000004001"


def test_a_cancelled_batch_says_so(paid, tmp_path):
    lut, _teller, *_ = paid
    lut.set_business_date(date(2027, 1, 4))
    certs = fiscal.all_certificates(lut.ledger, lut.admin, 2026)
    result = write_batch(certs, tmp_path / "c", "en", spanish=True, cancelled=lambda: True, workers=1)
    assert result.cancelled and result.summary is None and result.modelo193 is None
