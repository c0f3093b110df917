"""Importing members from CSV: the desk's rules, all or nothing, line numbers that match the file."""
import pytest
from sqlalchemy import func, select

from app.models import Account, AuditRecord, Member
from app.services import member_import, members
from app.services.context import UnitOfWork
from app.services.errors import PermissionDenied, ValidationError
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
    with pytest.raises(PermissionDenied):
        run(ledger, ledger.staff("auditor"), GOOD)


BAD = (GOOD
       + "12345678A,Ana,Puig,,,,,,\n"                 # line 5: check letter
       + '"87654321X","Jordi\n","Puig",,,,,,\n'       # line 6-7: a quoted newline (good)
       + "87654321X,Pere,Vila,,1990-13-01,,,,\n"      # line 8: date
       + "12345678Z,Dup,Licate,,,,,,\n")              # line 9: twice in the file


def preview(lut, actor, text):
    return member_import.preview_members(lut.ledger, actor, text.encode("utf-8"))


def _counts(lut):
    """How many members, accounts and audit records the ledger holds."""
    with UnitOfWork(lut.ledger, None, None, read_only=True) as uow:
        return tuple(uow.session.execute(select(func.count()).select_from(t)).scalar_one()
                     for t in (Member, Account, AuditRecord))


def test_preview_lists_every_row_with_its_verdict_and_writes_nothing(ledger):
    teller = ledger.staff("teller")
    before = _counts(ledger)
    p = preview(ledger, teller, BAD)
    assert _counts(ledger) == before
    assert [r.line for r in p.rows] == [2, 3, 4, 5, 6, 8, 9]
    assert (len(p.rows), p.good, p.bad) == (7, 4, 3)
    first, org, bad_letter, jordi = p.rows[0], p.rows[2], p.rows[3], p.rows[4]
    assert (first.document, first.name, first.ok) == ("12345678Z", "García Núñez, María José", True)
    assert org.name == "Ateneu Cooperatiu" and org.ok
    assert jordi.name == "Puig, Jordi" and jordi.ok          # the quoted newline, collapsed
    assert bad_letter.document == "12345678A" and bad_letter.name == "Puig, Ana"
    assert [(e.line, e.column) for e in bad_letter.errors] == [(5, "document")]
    assert "check letter" in bad_letter.errors[0].reason.render()
    assert [e.column for e in p.rows[5].errors] == ["birth_date"]
    assert "line 2" in p.rows[6].errors[0].reason.render()


def test_preview_reports_the_same_errors_as_the_import(ledger):
    teller = ledger.staff("teller")
    p = preview(ledger, teller, BAD)
    r = run(ledger, teller, BAD)
    assert r.imported == 0 and p.errors == r.errors and p.header_errors == ()
    assert len(p.rows) == r.rows
    done = run(ledger, teller, BAD, skip_invalid=True)
    assert done.imported == p.good
    again = preview(ledger, teller, BAD)                      # now every document is in
    assert again.good == 0 and again.errors == run(ledger, teller, BAD).errors
    assert all(not r.ok for r in again.rows)


def test_preview_of_a_file_without_a_required_column(ledger):
    text = "document,given_names\n12345678Z,Ana\n"
    p = preview(ledger, ledger.admin, text)
    assert p.rows == () and [(e.line, e.column) for e in p.header_errors] == [(1, "surnames")]
    assert p.errors == run(ledger, ledger.admin, text).errors and (p.good, p.bad) == (0, 0)


def test_preview_needs_the_permission_the_import_needs(ledger):
    with pytest.raises(PermissionDenied):
        preview(ledger, ledger.staff("auditor"), GOOD)


def test_preview_of_a_file_that_is_not_utf8(ledger):
    with pytest.raises(ValidationError):
        member_import.preview_members(ledger.ledger, ledger.admin, "Peña".encode("latin-1"))
