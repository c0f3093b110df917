"""The `ventanilla` command: opens the desk, and runs the administrative commands.

    ventanilla [--db URL] [--user NAME] [--password-stdin] [--lang es|ca|en] COMMAND ...

Commands that change a ledger run as a staff user, whose password is read from the prompt or,
with --password-stdin, from the first line of standard input (a second password, such as a new
user's, from the next line). Thin over the services: no rule lives here.
"""
from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import Callable, Sequence

from . import __version__

EXIT_OK, EXIT_FAULT, EXIT_USAGE = 0, 1, 2


class Console:
    """Reads passwords (prompt or stdin lines) and prints translated messages."""

    def __init__(self, password_stdin: bool, tr: Callable[[str], str]):
        self.password_stdin = password_stdin
        self.tr = tr

    def secret(self, prompt: str, *, confirm: bool = False) -> str:
        if self.password_stdin:
            line = sys.stdin.readline()
            if not line:
                raise SystemExit(self.fail(self.tr("Expected another password line on standard input.")))
            return line.rstrip("\r\n")
        first = getpass.getpass(self.tr(prompt) + " ")
        if confirm and getpass.getpass(self.tr("Repeat it:") + " ") != first:
            raise SystemExit(self.fail(self.tr("The two entries differ.")))
        return first

    def say(self, text: str) -> None:
        print(text)

    def fail(self, text: str) -> int:
        print(text, file=sys.stderr)
        return EXIT_FAULT


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="ventanilla", description="The teller desk of a cooperative.")
    p.add_argument("--version", action="version", version=f"ventanilla {__version__}")
    p.add_argument("--db", help="ledger URL (sqlite:///FILE or postgresql+psycopg://...); "
                                "default: $VENTANILLA_DB or the desk's own ledger file")
    p.add_argument("--demo", action="store_true", help="use the demo ledger (built if missing)")
    p.add_argument("--user", help="staff user who runs a changing command")
    p.add_argument("--password-stdin", action="store_true",
                   help="read passwords from standard input, one per line")
    p.add_argument("--lang", choices=("es", "ca", "en"), default=os.environ.get("VENTANILLA_LANG", "en"))
    sub = p.add_subparsers(dest="command")
    sub.add_parser("gui", help="open the desk (the default)")
    sub.add_parser("self-check", help="check offscreen that this installation works")
    from .schedule_cli import add_parser as add_schedule
    add_schedule(sub)
    init = sub.add_parser("init", help="create a ledger")
    init.add_argument("--profile", required=True, choices=("es-coop", "ec-coop"))
    init.add_argument("--name", required=True)
    init.add_argument("--tax-id", required=True)
    init.add_argument("--admin", required=True)
    init.add_argument("--admin-name", default="")
    init.add_argument("--region")
    init.add_argument("--branch-name", default="Main office")
    user = sub.add_parser("user", help="staff users").add_subparsers(dest="user_command", required=True)
    add = user.add_parser("add", help="create a staff user (its password on the next line)")
    add.add_argument("name")
    add.add_argument("--role", required=True, choices=("teller", "supervisor", "administrator", "auditor"))
    add.add_argument("--full-name", default="")
    unlock = user.add_parser("unlock", help="unlock a user locked by failed sign-ins")
    unlock.add_argument("name")
    user.add_parser("list", help="list staff users")
    key = sub.add_parser("key", help="the institution key").add_subparsers(dest="key_command", required=True)
    kexp = key.add_parser("export", help="write the key protected by a passphrase")
    kexp.add_argument("file")
    kimp = key.add_parser("import", help="install a key exported from another desk")
    kimp.add_argument("file")
    bkp = sub.add_parser("backup", help="write a consistent backup of the ledger (administrator)")
    bkp.add_argument("file")
    bkp.add_argument("--with-key", action="store_true",
                     help="put the institution key in, under a passphrase (read after the password)")
    rst = sub.add_parser("restore", help="restore a backup into --db, then verify it")
    rst.add_argument("file")
    rst.add_argument("--overwrite", action="store_true",
                     help="replace the ledger there (one of its administrators signs in with --user)")
    rst.add_argument("--key", help="the exported institution key, when this desk has none and the "
                                   "backup does not carry it")
    ledger = sub.add_parser("ledger", help="ledger tools").add_subparsers(dest="ledger_command", required=True)
    ledger.add_parser("check", help="verify that the ledger balances")
    audit = sub.add_parser("audit", help="audit log tools").add_subparsers(dest="audit_command", required=True)
    audit.add_parser("verify", help="verify the audit chain")
    imp = sub.add_parser("import-members", help="register members from a CSV file")
    imp.add_argument("file")
    imp.add_argument("--skip-invalid", action="store_true", help="import the good rows anyway")
    imp.add_argument("--report", help="write the errors as JSON to this file")
    tb = sub.add_parser("trial-balance", help="debits and credits per chart code at a date")
    tb.add_argument("--at", help="YYYY-MM-DD (default: the business date)")
    je = sub.add_parser("journal-export", help="every posting of a date range as CSV")
    je.add_argument("date_from", help="YYYY-MM-DD")
    je.add_argument("date_to", help="YYYY-MM-DD")
    je.add_argument("--out", help="CSV file (default: standard output)")
    rr = sub.add_parser("remuneration-rate", help="the year's rate of voluntary capital (administrator)")
    rr.add_argument("year", type=int)
    rr.add_argument("rate", help="a percentage, e.g. 1.5")
    rem = sub.add_parser("remuneration", help="the yearly remuneration of voluntary capital (supervisor)")
    rem.add_argument("year", type=int)
    rem.add_argument("--preview", action="store_true", help="show what it would pay; write nothing")
    fc = sub.add_parser("fiscal-certificates", help="every member's fiscal certificate of a year")
    fc.add_argument("--year", type=int, required=True)
    fc.add_argument("--out", required=True, help="the folder for the PDFs, the summary and the modelo 193")
    cf = sub.add_parser("collection-file", help="the pain.008 file of every direct debit waiting (supervisor)")
    cf.add_argument("--out", required=True, help="the XML file to write")
    tf = sub.add_parser("transfer-file", help="the bank file of every outgoing transfer waiting (supervisor)")
    tf.add_argument("--out", required=True, help="the file to write (pain.001 XML or the interbank CSV)")
    aml = sub.add_parser("cash-report", help="monthly cash report for the financial intelligence unit")
    aml.add_argument("month", help="YYYY-MM")
    aml.add_argument("--out", help="CSV file (default: standard output)")
    eod = sub.add_parser("end-of-day", help="close the business day (supervisor)")
    eod.add_argument("--report", help="write the day's journal and audit head to this PDF")
    osend = sub.add_parser("outbox-send", help="send the e-mails due in the outbox (as any desk does every minute)")
    osend.add_argument("--limit", type=int, default=500, help="at most this many messages")
    demo = sub.add_parser("demo", help="build a demo ledger in a file of its own")
    demo.add_argument("--profile", default="es-coop", choices=("es-coop", "ec-coop"))
    demo.add_argument("--out", help="the file (default: the desk's demo ledger)")
    demo.add_argument("--members", type=int, default=200)
    demo.add_argument("--activity-days", type=int, default=365,
                      help="days of counter activity before today (profiles with savings)")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    command = args.command or "gui"
    if command == "gui":
        return _gui(args)
    if command == "self-check":
        from .self_check import run_self_check
        return run_self_check()
    from .i18n import translator
    tr = translator(args.lang)
    if command == "schedule":                 # needs no ledger and no user
        from . import schedule_cli
        sub = next(a for a in parser._subparsers._group_actions if a.dest == "command")
        return schedule_cli.run(args, sub.choices["schedule"], tr)
    console = Console(args.password_stdin, tr)
    from .db import LedgerVersionError
    from .services.errors import ServiceError
    try:
        from . import commands
        return commands.run(command, args, console)
    except ServiceError as exc:
        return console.fail(exc.render(tr))
    except LedgerVersionError as exc:
        return console.fail(exc.msg.render(tr))
    except KeyboardInterrupt:
        return EXIT_USAGE


def _gui(args: argparse.Namespace) -> int:
    from .ui.app import run_gui
    url, hint = _gui_ledger(args)

    def factory():  # noqa: ANN202 - opened after the login window is painted
        from .services.context import Ledger
        return Ledger.open(url)
    return run_gui(factory, demo_hint=hint, title_suffix=" (demo)" if args.demo else "")


def _gui_ledger(args: argparse.Namespace) -> tuple[str, str]:
    from .paths import default_ledger_url, demo_ledger_path, sqlite_url
    if not args.demo:
        return args.db or default_ledger_url(), ""
    path = Path(args.db.removeprefix("sqlite:///")) if args.db else demo_ledger_path()
    if not path.exists():
        print(f"Building the demo ledger in {path} ...", flush=True)
        from .commands import build_demo_file
        build_demo_file(path, "es-coop", 200, print)
    from .demo_users import DEMO_PASSWORD, DEMO_STAFF
    users = ", ".join(f"{u} ({r})" for u, _n, r in DEMO_STAFF)
    return sqlite_url(path), f"Demo ledger. Users: {users}. Password: {DEMO_PASSWORD}"


if __name__ == "__main__":
    sys.exit(main())
