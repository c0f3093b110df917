"""Importing members from CSV: the desk's rules, all or nothing, line numbers that match the file."""
import pytest

from app.services import member_import, members
from app.services.member_search import search_members

GOOD = ("document,given_names,surnames,document_type,birth_date,email,phone,address,external_account\n"
        "12345678Z,María José,García Núñez,,1980-05-01,mj@example.org,600111222,Calle Mayor 1,"
        "21000418450200051332\n"
        "X1234567L,Núria,Peña,nie,,,,,\n"
        "F08000002,Ateneu Cooperatiu,,,,,,,\n")


def run(lut, actor, text, **kw):
    return member_import.import_members(lut.ledger, actor, text.encode("utf-8"), **kw)


def test_good_file_with_bom_and_semicolons(ledger):
    teller = ledger.staff("teller")
    text = "\ufeff" + GOOD.replace(",", ";")
    r = run(ledger, teller, text)
    assert (r.rows, r.imported, r.errors) == (3, 3, ())
    found = search_members(ledger.ledger, teller, "pena nuria")
    assert len(found) == 1
    org = members.get_member(ledger.ledger, teller, search_members(ledger.ledger, teller, "ateneu")[0])
    assert org.kind == "organisation" and org.document_type == "cif"
    mj = members.get_member(ledger.ledger, teller, search_members(ledger.ledger, teller, "garcia")[0])
    assert mj.data.bank_account == "ES9121000418450200051332" and len(mj.accounts) == 2


def test_bad_rows_are_reported_by_line_and_column_and_nothing_is_imported(ledger):
    teller = ledger.staff("teller")
    members_before = search_members(ledger.ledger, teller, "a")
    text = (GOOD
            + "12345678A,Ana,Puig,,,,,,\n"                 # line 5: check letter
            + '"87654321X","Jordi\n","Puig",,,,,,\n'       # line 6-7: a quoted newline
            + "87654321X,Pere,Vila,,1990-13-01,,,,\n"      # line 8: date
            + "12345678Z,Dup,Licate,,,,,,\n"               # line 9: twice in file
            + "11111111H,Lia,Font,,,,,,2100041846020005133\n")  # line 10: account
    r = run(ledger, teller, text)
    got = [(e.line, e.column) for e in r.errors]
    assert got == [(5, "document"), (8, "birth_date"), (9, "document"), (10, "external_account")]
    assert "check letter" in r.errors[0].reason.render()
    assert "line 2" in r.errors[2].reason.render()
    assert r.imported == 0
    assert search_members(ledger.ledger, teller, "a") == members_before


def test_skip_invalid_imports_the_good_rows_in_one_go(ledger):
    teller = ledger.staff("teller")
    r = run(ledger, teller, GOOD + "12345678A,Ana,Puig,,,,,,\n", skip_invalid=True)
    assert r.imported == 3 and [e.line for e in r.errors] == [5]
    again = run(ledger, teller, GOOD)
    assert again.imported == 0 and {e.column for e in again.errors} == {"document"}
    assert all("already registered" in e.reason.render() for e in again.errors)


def test_missing_required_column(ledger):
    r = run(ledger, ledger.admin, "document,given_names\n12345678Z,Ana\n")
    assert [(e.line, e.column) for e in r.errors] == [(1, "surnames")]


def test_an_auditor_cannot_import(ledger):
    from app.services.errors import PermissionDenied
    with pytest.raises(PermissionDenied):
        run(ledger, ledger.staff("auditor"), GOOD)
