"""Two real processes, each with its own engine, post to the same accounts at once."""
import multiprocessing as mp
from decimal import Decimal

from sqlalchemy import select

from app.domain.member_form import MemberInput
from app.models import Account, Entry
from app.services import ledger as ledger_svc, members
from app.services.context import UnitOfWork
from tests.conftest import STAFF_PASSWORD

PER_PROCESS = 40


def _worker(url: str, username: str, vault: int, account: int, tag: str, start) -> None:  # noqa: ANN001
    from app.services import auth
    from app.services.context import Ledger
    from app.services.ledger import Line, post_entry
    ledger = Ledger.open(url, migrate=False)
    actor = auth.login(ledger, username, STAFF_PASSWORD)
    start.wait()
    for i in range(PER_PROCESS):
        amount = Decimal("1.25")
        post_entry(ledger, actor, kind="test", description=f"{tag} {i}",
                   lines=[Line(vault, amount), Line(account, -amount)], idempotency_key=f"{tag}-{i}")
        # a retried click: the same key again must not post twice
        if i % 10 == 0:
            post_entry(ledger, actor, kind="test", description=f"{tag} {i}",
                       lines=[Line(vault, amount), Line(account, -amount)], idempotency_key=f"{tag}-{i}")
    ledger.dispose()


def test_two_processes_posting_to_the_same_accounts_lose_nothing(ledger):
    a, b = ledger.staff("teller", "uno"), ledger.staff("teller", "dos")
    f = members.register_member(ledger.ledger, a, MemberInput(
        document="12345678Z", given_names="Ana", surnames="Puig"))
    account = f.accounts[1].id
    with UnitOfWork(ledger.ledger, None, None, read_only=True) as uow:
        vault = uow.session.execute(select(Account.id).where(Account.product == "vault")).scalar_one()
    ctx = mp.get_context("spawn")
    start = ctx.Event()
    procs = [ctx.Process(target=_worker, args=(ledger.url, name, vault, account, name, start))
             for name in ("uno", "dos")]
    for p in procs:
        p.start()
    start.set()
    for p in procs:
        p.join(timeout=300)
        assert p.exitcode == 0
    expected = Decimal("1.25") * PER_PROCESS * 2
    assert ledger_svc.balance(ledger.ledger, a, account).booked == expected
    assert ledger_svc.balance(ledger.ledger, a, vault).booked == expected
    with UnitOfWork(ledger.ledger, None, None, read_only=True) as uow:
        numbers = sorted(uow.session.execute(select(Entry.receipt_no)).scalars())
    assert numbers == list(range(1, 2 * PER_PROCESS + 1))
    # the fixture then runs the ledger check and the audit verification on what was written
