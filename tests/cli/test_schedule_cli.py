"""`ventanilla schedule`: JSON, CSV and PDF without a ledger; bad arguments exit 2 naming them."""
from __future__ import annotations

import csv
import io
import json
from decimal import Decimal as D

import pytest
from pypdf import PdfReader

from app.cli import main

# The command installs its catalogs in the process's Qt application; in-process, that must be
# the test session's QApplication (a bare QCoreApplication would outlive the test and break
# every later window test).
pytestmark = pytest.mark.usefixtures("qapp")

BASE = ["schedule", "--principal", "13750.00", "--rate", "15.60", "--months", "48",
        "--disbursed", "2026-01-15"]


def run(capsysbinary, *extra: str) -> bytes:
    assert main([*BASE, *extra]) == 0
    return capsysbinary.readouterr().out


def test_json_has_every_installment_the_totals_and_the_effective_rate(capsysbinary):
    doc = json.loads(run(capsysbinary, "--format", "json"))
    rows = doc["installments"]
    assert len(rows) == 48
    assert rows[0] == {"number": 1, "due_date": "2026-02-15", "days": 30, "payment": "386.87",
                       "principal": "208.12", "interest": "178.75", "insurance": "0.00",
                       "balance": "13541.88"}
    assert rows[-1]["balance"] == "0.00"
    assert doc["totals"]["principal"] == "13750.00"
    assert D(doc["totals"]["payment"]) == D(doc["totals"]["principal"]) + D(doc["totals"]["interest"])
    assert doc["effective_annual_rate"] == "16.7652"
    assert sum(D(r["principal"]) for r in rows) == D("13750.00")


def test_german_with_insurance_grace_and_business_days(capsysbinary):
    doc = json.loads(run(capsysbinary, "--method", "german", "--insurance-rate", "0.05", "--grace-principal",
                         "2", "--business-days", "following", "--country", "EC", "--currency", "USD",
                         "--disbursed", "2026-01-28", "--format", "json"))
    rows = doc["installments"]
    assert [r["principal"] for r in rows[:2]] == ["0.00", "0.00"]
    assert rows[0]["due_date"] == "2026-03-02"            # 28 February 2026 is a Saturday
    assert rows[0]["insurance"] == "6.88"
    assert len({r["principal"] for r in rows[2:-1]}) == 1


def test_csv_rows_match_the_json(capsysbinary):
    text = run(capsysbinary, "--format", "csv").decode()
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == 48 and rows[0]["payment"] == "386.87" and rows[47]["balance"] == "0.00"
    assert list(rows[0]) == ["number", "due_date", "days", "payment", "principal", "interest",
                             "insurance", "balance"]


def test_pdf_to_a_file(tmp_path, capsysbinary):
    out = tmp_path / "table.pdf"
    assert main([*BASE, "--months", "120", "--format", "pdf", "--out", str(out)]) == 0
    reader = PdfReader(out)
    assert len(reader.pages) >= 3
    first = reader.pages[0].extract_text()
    assert "Loan simulation" in first and "Effective annual rate" in first and "13.750,00 EUR" in first
    assert "Page 1 of" in first
    assert "Principal" in reader.pages[2].extract_text()    # the header repeats on every page


def test_regions_holidays_move_due_dates(capsysbinary):
    # 25 December 2026 is a Friday: without a country it stays, in Spain it moves to Monday 28.
    weekends = json.loads(run(capsysbinary, "--disbursed", "2026-11-25", "--months", "2",
                              "--business-days", "following", "--format", "json"))
    spain = json.loads(run(capsysbinary, "--disbursed", "2026-11-25", "--months", "2", "--business-days",
                           "following", "--country", "ES", "--format", "json"))
    assert weekends["installments"][0]["due_date"] == "2026-12-25"
    assert spain["installments"][0]["due_date"] == "2026-12-28"


@pytest.mark.parametrize("args, named", [
    (["--principal", "-5"], "--principal"), (["--months", "0"], "--months"),
    (["--rate", "abc"], "--rate"), (["--method", "italian"], "--method"),
    (["--installment-multiple", "0.001"], "--installment-multiple"),
    (["--grace-principal", "48"], "--grace-principal"), (["--first-due", "2026-13-01"], "--first-due"),
    (["--business-days", "following", "--country", "ES", "--region", "XX"], "--region"),
])
def test_bad_arguments_exit_2_naming_the_argument(capsys, args, named):
    with pytest.raises(SystemExit) as info:
        main([*BASE, *args, "--format", "json"])
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert f"argument {named}" in err
