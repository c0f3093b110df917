"""The `ventanilla` command, run as a real process, as an administrator would."""
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import update

from app.db import make_engine
from app.models import AuditRecord

ADMIN_PW = "initial-admin-9"


def run(db: str, *args: str, stdin: str = "", env_extra: dict | None = None):
    env = dict(os.environ, **(env_extra or {}))
    return subprocess.run([sys.executable, "-m", "app.cli", "--db", db, *args], input=stdin,
                          capture_output=True, text=True, env=env, timeout=120)


@pytest.fixture
def db(tmp_path):
    url = f"sqlite:///{tmp_path / 'cli.sqlite'}"
    r = run(url, "--password-stdin", "init", "--profile", "es-coop", "--name", "Coop Prova",
            "--tax-id", "F08000002", "--admin", "root", "--region", "CT", stdin=ADMIN_PW + "\n")
    assert r.returncode == 0, r.stderr
    assert "Ledger created (es-coop)" in r.stdout
    return url


def test_init_refuses_a_second_time(db):
    r = run(db, "--password-stdin", "init", "--profile", "es-coop", "--name", "X", "--tax-id", "Y",
            "--admin", "root", stdin=ADMIN_PW + "\n")
    assert r.returncode == 1 and "already holds a ledger" in r.stderr


def test_init_rejects_a_region_with_the_field(tmp_path):
    r = run(f"sqlite:///{tmp_path / 'x.sqlite'}", "--password-stdin", "init", "--profile", "es-coop",
            "--name", "X", "--tax-id", "F08000002", "--admin", "root", "--region", "ZZ",
            stdin=ADMIN_PW + "\n")
    assert r.returncode == 1 and r.stderr.startswith("Region: ZZ is not a region of ES")


def test_user_add_reads_both_passwords_and_runs_as_the_user(db):
    r = run(db, "--user", "root", "--password-stdin", "user", "add", "marta", "--role", "teller",
            stdin=f"{ADMIN_PW}\nfirst-day-pass-77\n")
    assert r.returncode == 0, r.stderr
    r = run(db, "--user", "root", "--password-stdin", "user", "list", stdin=ADMIN_PW + "\n")
    assert "marta" in r.stdout and "teller" in r.stdout
    r = run(db, "--user", "root", "--password-stdin", "user", "add", "x", "--role", "teller",
            stdin="wrong-password\nwhatever-pass-1\n")
    assert r.returncode == 1 and "Wrong user name or password" in r.stderr


def test_changing_commands_need_a_user(db):
    r = run(db, "user", "unlock", "root")
    assert r.returncode == 1 and "--user NAME" in r.stderr


def test_unlock_after_lockout(db):
    run(db, "--user", "root", "--password-stdin", "user", "add", "nil", "--role", "teller",
        stdin=f"{ADMIN_PW}\nfirst-day-pass-7\n")
    for _ in range(5):
        run(db, "--user", "nil", "--password-stdin", "user", "list", stdin="bad-password\n")
    r = run(db, "--user", "root", "--password-stdin", "user", "list", stdin=ADMIN_PW + "\n")
    assert "nil" in r.stdout and "locked" in r.stdout
    r = run(db, "--user", "root", "--password-stdin", "user", "unlock", "nil", stdin=ADMIN_PW + "\n")
    assert r.returncode == 0 and "unlocked" in r.stdout


def test_ledger_check_and_audit_verify_report_tampering(db):
    assert run(db, "ledger", "check").returncode == 0
    r = run(db, "audit", "verify")
    assert r.returncode == 0 and "intact" in r.stdout
    engine = make_engine(db)
    with engine.begin() as c:
        c.execute(update(AuditRecord).where(AuditRecord.seq == 3).values(entity_id="999"))
    r = run(db, "audit", "verify")
    assert r.returncode == 1 and "Audit row 3 was changed" in r.stdout
    engine.dispose()


def test_key_export_and_import_on_another_desk(db, tmp_path):
    export = tmp_path / "key.export"
    r = run(db, "--user", "root", "--password-stdin", "key", "export", str(export),
            stdin=f"{ADMIN_PW}\nlong passphrase here\n")
    assert r.returncode == 0, r.stderr
    other_desk = {"VENTANILLA_KEY_DIR": str(tmp_path / "other-desk-keys")}
    r = run(db, "audit", "verify", env_extra=other_desk)
    assert r.returncode == 1 and "not installed on this desk" in r.stderr
    r = run(db, "--user", "root", "--password-stdin", "key", "import", str(export),
            stdin=f"{ADMIN_PW}\nwrong passphrase!!\n", env_extra=other_desk)
    assert r.returncode == 1 and "passphrase does not open" in r.stderr
    r = run(db, "--user", "root", "--password-stdin", "key", "import", str(export),
            stdin=f"{ADMIN_PW}\nlong passphrase here\n", env_extra=other_desk)
    assert r.returncode == 0, r.stderr
    assert run(db, "audit", "verify", env_extra=other_desk).returncode == 0
    key_files = list(Path(other_desk["VENTANILLA_KEY_DIR"]).glob("*.key"))
    assert len(key_files) == 1 and key_files[0].stat().st_mode & 0o077 == 0


def test_demo_builds_its_own_file(tmp_path):
    out = tmp_path / "demo.sqlite"
    r = subprocess.run([sys.executable, "-m", "app.cli", "demo", "--profile", "ec-coop", "--out",
                        str(out), "--members", "12", "--activity-days", "12"],
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    assert "with 12 members" in r.stdout and "sara" in r.stdout and "password" in r.stdout
    url = f"sqlite:///{out}"
    assert run(url, "ledger", "check").returncode == 0
    assert run(url, "audit", "verify").returncode == 0


def test_end_of_day_runs_as_a_supervisor(db, tmp_path):
    run(db, "--user", "root", "--password-stdin", "user", "add", "sup", "--role", "supervisor",
        stdin=f"{ADMIN_PW}\nfirst-day-pass-8\n")
    report = tmp_path / "day.pdf"
    r = run(db, "--user", "sup", "--password-stdin", "end-of-day", "--report", str(report),
            stdin="first-day-pass-8\n")
    assert r.returncode == 0, r.stderr
    assert "Checking the ledger" in r.stdout and "the business date is now" in r.stdout
    assert report.read_bytes().startswith(b"%PDF")


def test_trial_balance_and_journal_export(db, tmp_path):
    r = run(db, "--user", "root", "--password-stdin", "trial-balance", stdin=ADMIN_PW + "\n")
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("Trial balance at ") and "Total" in r.stdout
    out = tmp_path / "journal.csv"
    r = run(db, "--user", "root", "--password-stdin", "journal-export", "2026-01-01", "2026-12-31",
            "--out", str(out), stdin=ADMIN_PW + "\n")
    assert r.returncode == 0, r.stderr
    assert out.read_text().startswith("business_date,receipt,entry,kind")
    r = run(db, "--user", "root", "--password-stdin", "journal-export", "2026-13-01", "2026-12-31",
            stdin=ADMIN_PW + "\n")
    assert r.returncode == 1 and "YYYY-MM-DD" in r.stderr


def test_import_members_prints_lines_and_writes_the_report(db, tmp_path):
    import json
    src = tmp_path / "m.csv"
    src.write_text("document;given_names;surnames\n12345678Z;Ana;Puig\n12345678A;Bad;Row\n",
                   encoding="utf-8-sig")
    report = tmp_path / "r.json"
    r = run(db, "--user", "root", "--password-stdin", "import-members", str(src), "--report",
            str(report), stdin=ADMIN_PW + "\n")
    assert r.returncode == 1
    assert "line 3: document: The check letter of the DNI is wrong: expected Z." in r.stdout
    assert json.loads(report.read_text()) == [{"line": 3, "column": "document", "reason":
                                               "The check letter of the DNI is wrong: expected Z."}]
    assert "0 of 2 members imported" in r.stdout
    r = run(db, "--user", "root", "--password-stdin", "import-members", str(src), "--skip-invalid",
            stdin=ADMIN_PW + "\n")
    assert r.returncode == 1 and "1 of 2 members imported" in r.stdout


def test_transfer_file_writes_the_waiting_refunds_once(db, tmp_path):
    from decimal import Decimal
    from app.domain.institution_details import InstitutionDetails
    from app.domain.member_form import MemberInput
    from app.services import auth, contributions, drawer, institution_admin, members, petitions, refunds
    from app.services.context import Ledger
    ledger = Ledger.open(db)
    try:
        root = auth.login(ledger, "root", ADMIN_PW)
        institution_admin.update_institution(ledger, root, InstitutionDetails(
            name="Coop Prova", tax_id="F08000002", iban="ES9121000418450200051332"))
        auth.add_staff(ledger, root, username="tina", full_name="Tina", role="teller", password="desk-pass-77")
        teller = auth.login(ledger, "tina", "desk-pass-77")
        f = members.register_member(ledger, teller, MemberInput(
            document="12345678Z", given_names="Ana", surnames="Puig", bank_account="ES7921000813610123456789"))
        drawer.open_drawer(ledger, teller, {"50": 10})
        for kind, amount in (("mandatory", "300.00"), ("voluntary", "80.00")):
            contributions.execute(ledger, teller, contributions.ContributionRequest(
                f.id, kind, Decimal(amount), "cash", f.id), kind)
        view = refunds.request_refund(ledger, teller, refunds.RefundRequest(f.id, Decimal("80.00"), "transfer"))
        petitions.approve(ledger, root, view.id)
    finally:
        ledger.dispose()
    out = tmp_path / "transfers.xml"
    r = run(db, "--user", "root", "--password-stdin", "transfer-file", "--out", str(out), stdin=ADMIN_PW + "\n")
    assert r.returncode == 0, r.stderr
    assert "1 transfers, 80.00 EUR" in r.stdout and "pain.001.001.09" in r.stdout
    assert b"ES7921000813610123456789" in out.read_bytes()
    r = run(db, "--user", "root", "--password-stdin", "transfer-file", "--out", str(out), stdin=ADMIN_PW + "\n")
    assert r.returncode == 1 and "No transfers are waiting" in r.stderr


def test_remuneration_and_fiscal_certificates_commands(db, tmp_path):
    from datetime import date
    from decimal import Decimal
    from sqlalchemy import update
    from app.domain.member_form import MemberInput
    from app.models import Institution
    from app.services import auth, contributions, drawer, members
    from app.services.context import Ledger
    ledger = Ledger.open(db)
    try:
        with ledger.engine.begin() as c:
            c.execute(update(Institution).values(business_date=date(2026, 1, 2)))
        root = auth.login(ledger, "root", ADMIN_PW)
        drawer.open_drawer(ledger, root, {"50": 20})
        f = members.register_member(ledger, root, MemberInput(
            document="12345678Z", given_names="Ana", surnames="Puig", address="C/ Major 3, 25001 Lleida"))
        for kind, amount in (("mandatory", "300.00"), ("voluntary", "900.00")):
            contributions.execute(ledger, root, contributions.ContributionRequest(
                f.id, kind, Decimal(amount), "cash", f.id), kind)
        with ledger.engine.begin() as c:
            c.execute(update(Institution).values(business_date=date(2026, 12, 31)))
    finally:
        ledger.dispose()
    r = run(db, "--user", "root", "--password-stdin", "remuneration-rate", "2026", "2", stdin=ADMIN_PW + "\n")
    assert r.returncode == 0, r.stderr
    r = run(db, "--user", "root", "--password-stdin", "remuneration", "2026", "--preview", stdin=ADMIN_PW + "\n")
    assert r.returncode == 0 and "Would pay 1 members" in r.stdout
    r = run(db, "--user", "root", "--password-stdin", "remuneration", "2026", stdin=ADMIN_PW + "\n")
    assert r.returncode == 0 and "Paid 1 members" in r.stdout
    r = run(db, "--user", "root", "--password-stdin", "remuneration", "2026", stdin=ADMIN_PW + "\n")
    assert r.returncode == 1 and "already been run" in r.stderr
    out = tmp_path / "certs"
    r = run(db, "--user", "root", "--password-stdin", "fiscal-certificates", "--year", "2026", "--out", str(out),
            stdin=ADMIN_PW + "\n")
    assert r.returncode == 1 and "from 1 January 2027" in r.stderr
    ledger = Ledger.open(db)
    with ledger.engine.begin() as c:
        c.execute(update(Institution).values(business_date=date(2027, 1, 4)))
    ledger.dispose()
    r = run(db, "--user", "root", "--password-stdin", "fiscal-certificates", "--year", "2026", "--out", str(out),
            stdin=ADMIN_PW + "\n")
    assert r.returncode == 0, r.stderr
    assert "1 certificates of 2026" in r.stdout and (out / "certificate-2026-12345678Z.pdf").exists()
    assert (out / "modelo193-2026.txt").read_bytes()[:8] == b"11932026"


def test_outbox_send_sends_what_is_due_through_the_mail_server(db):
    from app.services import auth, mail_server, outbox
    from app.services.context import Ledger, UnitOfWork
    from app.services.mail_server import MailServerInput
    from tests.services.smtp_inbox import SmtpServer
    r = run(db, "--user", "root", "--password-stdin", "outbox-send", stdin=ADMIN_PW + "\n")
    assert r.returncode == 1 and "No mail server is set" in r.stderr
    with SmtpServer() as server:
        ledger = Ledger.open(db)
        root = auth.login(ledger, "root", ADMIN_PW)
        mail_server.set_server(ledger, root, MailServerInput("127.0.0.1", server.port, "none",
                                                             sender="oficina@coop.example"))
        with UnitOfWork(ledger, root, None) as uow:
            for to in ("a@example.org", "b@example.org"):
                outbox.queue_in(uow, kind="notice", channel=outbox.EMAIL, recipient=to,
                                subject="Aviso", body="Hola")
            uow.commit()
        ledger.dispose()
        r = run(db, "--user", "root", "--password-stdin", "outbox-send", stdin=ADMIN_PW + "\n")
        assert r.returncode == 0, r.stderr
        assert r.stdout.strip() == "2 sent, 0 to retry, 0 failed; 0 still waiting, 0 given up in all."
        assert sorted(m["To"] for m in server.inbox.received) == ["a@example.org", "b@example.org"]
