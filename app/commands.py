"""The command line's subcommands, each thin over a service."""
from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Callable

from .paths import default_ledger_url, demo_ledger_path, sqlite_url
from .services import auth, keys
from .services.context import Actor, Ledger, UnitOfWork

EXIT_OK, EXIT_FAULT = 0, 1


def _url(args: argparse.Namespace) -> str:
    if args.demo:
        return sqlite_url(demo_ledger_path())
    return args.db or default_ledger_url()


def _sign_in(ledger: Ledger, args: argparse.Namespace, console) -> Actor:  # noqa: ANN001
    if not args.user:
        raise SystemExit(console.fail(console.tr("This command changes the ledger: say who you are "
                                                 "with --user NAME.")))
    return auth.login(ledger, args.user, console.secret(console.tr("Password for {user}:").format(user=args.user)))


def run(command: str, args: argparse.Namespace, console) -> int:  # noqa: ANN001
    if command == "demo":
        return _demo(args, console)
    if command == "restore":        # the target may hold no ledger yet: nothing to open first
        return _restore(args, console)
    ledger = Ledger.open(_url(args))
    try:
        return HANDLERS[command](ledger, args, console)
    finally:
        ledger.dispose()


def _init(ledger: Ledger, args, console) -> int:  # noqa: ANN001
    from .services.institution import init_ledger
    password = console.secret(console.tr("Password for the administrator {user}:").format(user=args.admin),
                              confirm=True)
    init_ledger(ledger, profile=args.profile, name=args.name, tax_id=args.tax_id, admin=args.admin,
                admin_password=password, admin_name=args.admin_name, region=args.region,
                branch_name=args.branch_name)
    console.say(console.tr("Ledger created ({profile}). The institution key is in {path}; export it "
                           "with 'ventanilla key export FILE' and keep the copy safe.").format(
        profile=args.profile, path=keys.key_path(ledger.ledger_id())))
    return EXIT_OK


def _user(ledger: Ledger, args, console) -> int:  # noqa: ANN001
    actor = _sign_in(ledger, args, console)
    if args.user_command == "add":
        password = console.secret(console.tr("Password for the new user {user}:").format(user=args.name),
                                  confirm=True)
        view = auth.add_staff(ledger, actor, username=args.name, full_name=args.full_name or args.name,
                              role=args.role, password=password)
        console.say(console.tr("User {user} created with role {role}; they must change the password "
                               "at first sign-in.").format(user=view.username, role=view.role))
    elif args.user_command == "unlock":
        view = auth.unlock_staff(ledger, actor, args.name)
        console.say(console.tr("User {user} unlocked.").format(user=view.username))
    else:
        for s in auth.list_staff(ledger, actor):
            state = "locked" if s.locked else ("inactive" if not s.active else "active")
            console.say(f"{s.username:<20} {s.role:<14} {state:<8} {s.full_name}")
    return EXIT_OK


def _key(ledger: Ledger, args, console) -> int:  # noqa: ANN001
    from .services import key_admin
    path = Path(args.file)
    if args.key_command == "export":
        actor = _sign_in(ledger, args, console)
        passphrase = console.secret(console.tr("Passphrase to protect the key:"), confirm=True)
        path.write_bytes(key_admin.export_key(ledger, actor, passphrase))
        console.say(console.tr("Key written to {file}.").format(file=path))
    else:
        if not args.user:
            return console.fail(console.tr("This command changes the ledger: say who you are with --user NAME."))
        password = console.secret(console.tr("Password for {user}:").format(user=args.user))
        passphrase = console.secret(console.tr("Passphrase of the key file:"))
        installed = key_admin.import_key(ledger, args.user, password, path.read_bytes(), passphrase)
        console.say(console.tr("Key installed in {path}; the audit chain verifies with it.").format(path=installed))
    return EXIT_OK


def _ledger_check(ledger: Ledger, args, console) -> int:  # noqa: ANN001
    from .services.ledger_check import check
    faults = check(ledger)
    for fault in faults:
        console.say(fault.msg.render(console.tr))
    if faults:
        console.say(console.tr("{n} faults found.").format(n=len(faults)))
        return EXIT_FAULT
    console.say(console.tr("The ledger balances: every entry sums to zero and every balance "
                           "equals its postings."))
    return EXIT_OK


def _audit_verify(ledger: Ledger, args, console) -> int:  # noqa: ANN001
    from .services import audit
    with UnitOfWork(ledger, None, None, read_only=True) as uow:
        faults = audit.verify(uow.session, keys.require_key(ledger.key))
        seq, mac = audit.chain_head(uow.session)
    for fault in faults:
        console.say(fault.msg.render(console.tr))
    if faults:
        return EXIT_FAULT
    console.say(console.tr("The audit chain is intact: {n} rows, head {mac}.").format(n=seq, mac=mac[:16]))
    return EXIT_OK


def _backup(ledger: Ledger, args, console) -> int:  # noqa: ANN001
    from .services.backup import take_backup
    actor = _sign_in(ledger, args, console)
    passphrase = console.secret(console.tr("Passphrase to protect the key in the backup:"),
                                confirm=True) if args.with_key else None
    r = take_backup(ledger, actor, args.file, key_passphrase=passphrase)
    console.say(console.tr("Backup of {institution} written to {file} in {seconds} s: {members} "
                           "members, {entries} entries, {rows} audit rows; {size} bytes, SHA-256 "
                           "{sha}.").format(
        institution=r.institution, file=r.record.file_name, seconds=f"{r.seconds:.1f}",
        members=r.members, entries=r.entries, rows=r.audit_seq, size=r.record.size,
        sha=r.record.sha256[:16]))
    if r.record.key_included:
        console.say(console.tr("The institution key is in it, encrypted under the passphrase."))
    else:
        console.say(console.tr("The institution key is not in it: keep its export (ventanilla key "
                               "export) apart from the backup."))
    return EXIT_OK


def _restore(args, console) -> int:  # noqa: ANN001
    from .services.restore import restore

    def passphrase() -> str:
        return console.secret(console.tr("Passphrase of the key file:") if args.key
                              else console.tr("Passphrase of the key in the backup:"))
    s = restore(_url(args), args.file, overwrite=args.overwrite, passphrase=passphrase,
                key_file=args.key,
                sign_in=(lambda old: _sign_in(old, args, console)) if args.user else None)
    console.say(console.tr("Restored the ledger of {institution} ({ledger_id}) as backed up at "
                           "{taken_at} UTC by {user}: {members} members, {entries} entries, {rows} "
                           "audit rows. The ledger check and the audit chain verify.").format(
        institution=s.institution, ledger_id=s.ledger_id, taken_at=f"{s.taken_at:%Y-%m-%d %H:%M}",
        user=s.taken_by, members=s.members, entries=s.entries, rows=s.audit_rows))
    if s.key_source == "installed":
        console.say(console.tr("Its institution key was already installed on this desk."))
    elif s.key_source == "backup":
        console.say(console.tr("Its institution key came from the backup and is now installed in "
                               "{path}.").format(path=s.key_path))
    else:
        console.say(console.tr("Its institution key came from {file} and is now installed in "
                               "{path}.").format(file=args.key, path=s.key_path))
    if s.replaced:
        console.say(console.tr("It replaced what the target held before."))
    return EXIT_OK


def build_demo_file(path: Path, profile: str, count: int, say: Callable[[str], None],
                    activity_days: int = 365) -> None:
    from .services.demo import build_demo
    path.parent.mkdir(parents=True, exist_ok=True)
    ledger = Ledger.open(sqlite_url(path))
    try:
        result = build_demo(ledger, profile=profile, members_count=count, say=say,
                            activity_days=activity_days)
    finally:
        ledger.dispose()
    say(f"Demo ledger ({profile}) with {result.members} members: {path}")
    for username, role, password in result.staff:
        say(f"  {username:<8} {role:<14} password: {password}")


def _demo(args, console) -> int:  # noqa: ANN001
    path = Path(args.out) if args.out else demo_ledger_path(args.profile)
    if path.exists():
        return console.fail(console.tr("{file} exists already: remove it or choose another --out.").format(file=path))
    build_demo_file(path, args.profile, args.members, console.say, args.activity_days)
    return EXIT_OK


def _end_of_day(ledger: Ledger, args, console) -> int:  # noqa: ANN001
    from .services import end_of_day
    actor = _sign_in(ledger, args, console)

    def progress(i: int, n: int, label: str) -> None:
        console.say(f"[{i}/{n}] {console.tr(label)}")
    result = end_of_day.run(ledger, actor, progress)
    console.say(console.tr("Business day {closed} closed; the business date is now {new}. Audit "
                           "chain head: row {seq}, {mac}.").format(
        closed=result.closed_date.isoformat(), new=result.new_date.isoformat(),
        seq=result.audit_seq, mac=result.audit_mac[:16]))
    if args.report:
        from .documents.day_report import build_day_report
        from .services.journal import day_journal
        Path(args.report).write_bytes(build_day_report(day_journal(ledger, actor, result.closed_date),
                                                       console.tr))
        console.say(console.tr("Report written to {file}.").format(file=args.report))
    return EXIT_OK


def _emit(text: str, out: str | None, console) -> int:  # noqa: ANN001
    """A CSV report to the --out file, or to standard output."""
    if out:
        Path(out).write_text(text, encoding="utf-8")
        console.say(console.tr("Report written to {file}.").format(file=out))
    else:
        console.say(text.rstrip("\n"))
    return EXIT_OK


def _cash_report(ledger: Ledger, args, console) -> int:  # noqa: ANN001
    from .services.aml_report import monthly_cash_report
    try:
        year, month = (int(x) for x in args.month.split("-"))
    except ValueError:
        return console.fail(console.tr("Give the month as YYYY-MM, e.g. 2026-11."))
    text = monthly_cash_report(ledger, _sign_in(ledger, args, console), year, month)
    return _emit(text, args.out, console)


def _date(text: str, console) -> date:  # noqa: ANN001
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise SystemExit(console.fail(console.tr("Give dates as YYYY-MM-DD, e.g. 2026-11-22."))) from None


def _trial_balance(ledger: Ledger, args, console) -> int:  # noqa: ANN001
    from .domain.money import currency, format_amount
    from .domain.profiles import get_profile, number_format
    from .services.accounting import trial_balance
    from .services.institution import institution_view
    actor = _sign_in(ledger, args, console)
    tb = trial_balance(ledger, actor, _date(args.at, console) if args.at else None)
    view = institution_view(ledger, actor)
    nf = number_format(get_profile(view.profile), view.number_format)
    cur = currency(tb.currency)
    money = lambda v: format_amount(v, nf, cur)  # noqa: E731
    console.say(console.tr("Trial balance at {date} ({currency})").format(date=tb.at.isoformat(),
                                                                         currency=tb.currency))
    for ln in tb.lines:
        console.say(f"{ln.chart_code:<10} {console.tr(ln.name)[:38]:<38} {money(ln.debit):>16} "
                    f"{money(ln.credit):>16} {money(ln.balance):>16}")
    console.say(f"{'':<10} {console.tr('Total'):<38} {money(tb.total_debit):>16} "
                f"{money(tb.total_credit):>16}")
    return EXIT_OK


def _journal_export(ledger: Ledger, args, console) -> int:  # noqa: ANN001
    from .services.accounting import journal_csv
    text = journal_csv(ledger, _sign_in(ledger, args, console), _date(args.date_from, console),
                       _date(args.date_to, console))
    return _emit(text, args.out, console)


def _import_members(ledger: Ledger, args, console) -> int:  # noqa: ANN001
    import json
    from .services.member_import import import_members
    actor = _sign_in(ledger, args, console)
    result = import_members(ledger, actor, Path(args.file).read_bytes(), skip_invalid=args.skip_invalid)
    for e in result.errors:
        console.say(f"line {e.line}: {e.column}: {e.reason.render(console.tr)}")
    if args.report:
        Path(args.report).write_text(json.dumps(
            [{"line": e.line, "column": e.column, "reason": e.reason.render(console.tr)}
             for e in result.errors], ensure_ascii=False, indent=1), encoding="utf-8")
    console.say(console.tr("{imported} of {rows} members imported.").format(
        imported=result.imported, rows=result.rows))
    return EXIT_FAULT if result.errors else EXIT_OK


def _transfer_file(ledger: Ledger, args, console) -> int:  # noqa: ANN001
    from .services.bank_files import make_transfer_file
    view, content = make_transfer_file(ledger, _sign_in(ledger, args, console))
    Path(args.out).write_bytes(content)
    console.say(console.tr("Transfer file {id} ({kind} {version}): {count} transfers, {total} {currency}, "
                           "written to {file}.").format(id=view.id, kind=view.kind, version=view.version,
                                                       count=view.count, total=view.total,
                                                       currency=view.currency, file=args.out))
    return EXIT_OK


def _collection_file(ledger: Ledger, args, console) -> int:  # noqa: ANN001
    from .services.bank_files import make_collection_file
    view, content = make_collection_file(ledger, _sign_in(ledger, args, console))
    Path(args.out).write_bytes(content)
    console.say(console.tr("Collection file {id} ({version}): {count} direct debits, {total} {currency}, "
                           "written to {file}.").format(id=view.id, version=view.version, count=view.count,
                                                       total=view.total, currency=view.currency, file=args.out))
    return EXIT_OK


def _remuneration_rate(ledger: Ledger, args, console) -> int:  # noqa: ANN001
    from decimal import Decimal, InvalidOperation
    from .services import remuneration
    try:
        rate = Decimal(args.rate.replace(",", ".")) / 100
    except InvalidOperation:
        return console.fail(console.tr("Give the rate as a percentage, e.g. 1.5."))
    remuneration.set_rate(ledger, _sign_in(ledger, args, console), args.year, rate)
    console.say(console.tr("The rate of {year} is {rate} %.").format(year=args.year, rate=args.rate))
    return EXIT_OK


def _remuneration(ledger: Ledger, args, console) -> int:  # noqa: ANN001
    from .services import remuneration
    actor = _sign_in(ledger, args, console)
    result = (remuneration.preview if args.preview else remuneration.run)(ledger, actor, args.year)
    for m in result.members:
        console.say(f"{m.tax_id:<12} {m.name[:40]:<40} {m.gross:>12} {m.withheld:>10} {m.net:>12} {m.settled}")
    text = (console.tr("Would pay {n} members: gross {gross}, withheld {withheld} {currency}.") if args.preview
            else console.tr("Paid {n} members: gross {gross}, withheld {withheld} {currency}."))
    console.say(text.format(n=len(result.members), gross=result.gross, withheld=result.withheld,
                            currency=result.currency))
    return EXIT_OK


def _fiscal_certificates(ledger: Ledger, args, console) -> int:  # noqa: ANN001
    from .documents.fiscal_batch import write_batch
    from .services import fiscal
    from .services.institution import institution_view
    actor = _sign_in(ledger, args, console)
    certs = fiscal.all_certificates(ledger, actor, args.year)
    spanish = institution_view(ledger, actor).profile == "es-coop"
    result = write_batch(certs, Path(args.out), args.lang, spanish=spanish)
    console.say(console.tr("{n} certificates of {year} written to {folder} in {seconds} s.").format(
        n=result.written, year=args.year, folder=result.folder, seconds=f"{result.seconds:.1f}"))
    if result.modelo193:
        console.say(console.tr("Modelo 193: {file}").format(file=result.modelo193))
    return EXIT_OK


def _outbox_send(ledger: Ledger, args, console) -> int:  # noqa: ANN001
    from .services import outbox, outbox_dispatch
    actor = _sign_in(ledger, args, console)
    result = outbox_dispatch.dispatch_due(ledger, actor, limit=max(1, args.limit))
    if not result.configured:
        return console.fail(console.tr("No mail server is set: an administrator sets it in the desk "
                                       "(Administration, Mail server)."))
    left = outbox.counts(ledger, actor)
    console.say(console.tr("{sent} sent, {retrying} to retry, {failed} failed; {waiting} still waiting, "
                           "{given_up} given up in all.").format(
        sent=result.sent, retrying=result.retrying, failed=result.failed, waiting=left.waiting,
        given_up=left.failed))
    return EXIT_OK if not (result.retrying or result.failed) else EXIT_FAULT


HANDLERS = {"outbox-send": _outbox_send, "collection-file": _collection_file, "remuneration-rate": _remuneration_rate, "remuneration": _remuneration,
            "fiscal-certificates": _fiscal_certificates, "transfer-file": _transfer_file, "import-members": _import_members, "end-of-day": _end_of_day, "cash-report": _cash_report,
            "trial-balance": _trial_balance, "journal-export": _journal_export, "init": _init, "user": _user, "key": _key,
            "ledger": _ledger_check, "audit": _audit_verify, "backup": _backup}
