"""Closing the business day.

A supervisor closes the day once every drawer is closed (or force-closed with a reason). The
registered day jobs run in order, each in its own transaction together with the row that marks it
done, so a crash at any step resumes where it stopped and no job runs twice. The last step moves
the business date to the next business day of the institution's calendar (one day per run) and
records the audit chain head, which the day's report prints.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Callable

from sqlalchemy import select

from ..domain.messages import Msg, N_
from ..domain.permissions import Permission
from ..models import DrawerSession, EndOfDayRun, EndOfDayStep, Institution, Staff
from ..models.base import utcnow
from . import audit, settings
from .context import Actor, Ledger, UnitOfWork
from .errors import Conflict
from .ledger_check import check_session

Job = Callable[[UnitOfWork, date], str]
_JOBS: list[tuple[str, str, Job]] = []          # (name, N_ label, function), in run order


def register_job(name: str, label: str, job: Job, before: str | None = None) -> None:
    """Add a day job (at the end, or just before the job named `before`)."""
    if any(n == name for n, _l, _j in _JOBS):
        raise ValueError(name)
    at = next((i for i, (n, _l, _j) in enumerate(_JOBS) if n == before), len(_JOBS))
    _JOBS.insert(at, (name, label, job))


def jobs() -> list[tuple[str, str]]:
    return [(n, label) for n, label, _j in _JOBS]


@dataclass(frozen=True)
class EodStatus:
    business_date: date
    next_date: date
    open_drawers: tuple[tuple[int, str], ...]       # (session id, username)
    jobs_done: tuple[str, ...]


@dataclass(frozen=True)
class EodResult:
    closed_date: date
    new_date: date
    summaries: tuple[tuple[str, str], ...]
    audit_seq: int
    audit_mac: str


def _open_drawers(uow: UnitOfWork) -> list[tuple[int, str]]:
    rows = uow.session.execute(select(DrawerSession.id, Staff.username).join(
        Staff, Staff.id == DrawerSession.staff_id).where(DrawerSession.status == "open")
        .order_by(DrawerSession.id)).all()
    return [(i, u) for i, u in rows]


def status(ledger: Ledger, actor: Actor) -> EodStatus:
    with UnitOfWork(ledger, actor, Permission.READ, read_only=True) as uow:
        today = uow.business_date()
        run = uow.session.execute(select(EndOfDayRun).where(EndOfDayRun.business_date == today)).scalar_one_or_none()
        done = () if run is None else tuple(uow.session.execute(select(EndOfDayStep.job).where(
            EndOfDayStep.run_id == run.id)).scalars())
        return EodStatus(today, settings.calendar(uow).next_business_day(today),
                         tuple(_open_drawers(uow)), done)


def _start(ledger: Ledger, actor: Actor) -> tuple[int, date]:
    with UnitOfWork(ledger, actor, Permission.END_OF_DAY) as uow:
        inst = uow.session.execute(select(Institution).with_for_update()).scalar_one()
        today = inst.business_date
        drawers = _open_drawers(uow)
        if drawers:
            raise Conflict(Msg.of(N_("Close these drawers first (or force-close them with a "
                                     "reason): {drawers}."),
                                  drawers=", ".join(u for _i, u in drawers)))
        run = uow.session.execute(select(EndOfDayRun).where(EndOfDayRun.business_date == today)).scalar_one_or_none()
        if run is None:
            run = EndOfDayRun(business_date=today, status="running", started_by=uow.staff_id,
                              started_at=utcnow())
            uow.session.add(run)
            uow.session.flush()
            uow.audit("eod.start", "eod_run", run.id, date=today.isoformat())
        uow.commit()
        return run.id, today


def _run_job(ledger: Ledger, actor: Actor, run_id: int, today: date, name: str, job: Job) -> str | None:
    """Run `name` unless done; the step row commits with the job's own work."""
    with UnitOfWork(ledger, actor, Permission.END_OF_DAY) as uow:
        uow.session.execute(select(EndOfDayRun).where(EndOfDayRun.id == run_id).with_for_update())
        if uow.session.get(EndOfDayStep, (run_id, name)) is not None:
            return None
        summary = job(uow, today)
        uow.session.add(EndOfDayStep(run_id=run_id, job=name, summary=summary[:2000],
                                     finished_at=utcnow()))
        uow.audit("eod.job", "eod_run", run_id, job=name)
        uow.commit()
        return summary


def _finish(ledger: Ledger, actor: Actor, run_id: int, today: date) -> tuple[date, int, str]:
    with UnitOfWork(ledger, actor, Permission.END_OF_DAY) as uow:
        inst = uow.session.execute(select(Institution).with_for_update()).scalar_one()
        run = uow.session.get(EndOfDayRun, run_id)
        if inst.business_date != today or run.status == "done":
            return inst.business_date, run.audit_head_seq or 0, run.audit_head_mac or ""
        new_date = settings.calendar(uow).next_business_day(today)
        inst.business_date = new_date
        run.status, run.finished_at = "done", utcnow()
        uow.audit("eod.finish", "eod_run", run.id, closed=today.isoformat(), opened=new_date.isoformat())
        uow.commit()
    with UnitOfWork(ledger, actor, Permission.END_OF_DAY) as uow:
        run = uow.session.get(EndOfDayRun, run_id)
        # The head after the finishing record: what the day's report prints.
        run.audit_head_seq, run.audit_head_mac = audit.chain_head(uow.session)
        uow.session.commit()
        return new_date, run.audit_head_seq, run.audit_head_mac


Progress = Callable[[int, int, str], None]


def run(ledger: Ledger, actor: Actor, progress: Progress | None = None,
        cancelled: Callable[[], bool] = lambda: False) -> EodResult:
    """Close the business day (or resume a run that stopped). Cancelling between jobs is safe:
    the next run resumes with the first job not done."""
    run_id, today = _start(ledger, actor)
    total = len(_JOBS) + 1
    summaries = []
    for i, (name, label, job) in enumerate(_JOBS):
        if progress:
            progress(i, total, label)
        if cancelled():
            raise Conflict(Msg.of(N_("End of day cancelled after {done} of {total} steps; run it "
                                     "again to resume."), done=i, total=total))
        summary = _run_job(ledger, actor, run_id, today, name, job)
        summaries.append((name, summary if summary is not None else "already done"))
    if progress:
        progress(total - 1, total, N_("Moving the business date"))
    new_date, seq, mac = _finish(ledger, actor, run_id, today)
    if progress:
        progress(total, total, N_("Done"))
    return EodResult(today, new_date, tuple(summaries), seq, mac)


def _ledger_check_job(uow: UnitOfWork, today: date) -> str:
    faults = check_session(uow.session)
    if faults:
        raise Conflict(Msg.of(N_("The ledger check found {n} faults; the day cannot close: {first}"),
                              n=len(faults), first=faults[0].msg.render()))
    return "ledger balances"


def _drawers_settled_job(uow: UnitOfWork, today: date) -> str:
    waiting = uow.session.execute(select(DrawerSession.id).where(
        DrawerSession.status == "closing")).scalars().all()
    return f"{len(waiting)} drawer differences wait for approval" if waiting else "drawers settled"


register_job("ledger.check", N_("Checking the ledger"), _ledger_check_job)
register_job("drawers.review", N_("Reviewing the drawers"), _drawers_settled_job)

# Capabilities with day jobs of their own register them when imported; imported here, after this
# module's own jobs, so that whoever runs the end of day runs them all.
from . import loan_late, periodic  # noqa: E402,F401
