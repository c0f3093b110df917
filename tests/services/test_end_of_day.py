"""Closing the business day: drawers first, jobs once, date to the next business day."""
from datetime import date

import pytest
from sqlalchemy import select, update

from app.models import EndOfDayStep, Institution
from app.services import drawer, end_of_day
from app.services.context import UnitOfWork
from app.services.errors import Conflict, PermissionDenied



def test_needs_closed_drawers_and_moves_over_holidays(ledger):
    ledger.set_business_date(date(2026, 12, 24))                       # Catalonia: 25, 26, weekend
    teller, sup = ledger.staff("teller", "toni"), ledger.staff("supervisor")
    drawer.open_drawer(ledger.ledger, teller, {"50": 2})
    with pytest.raises(PermissionDenied):
        end_of_day.run(ledger.ledger, teller)
    with pytest.raises(Conflict, match="toni"):
        end_of_day.run(ledger.ledger, sup)
    session = end_of_day.status(ledger.ledger, sup).open_drawers[0][0]
    drawer.force_close(ledger.ledger, sup, session, "Teller left ill")
    seen = []
    result = end_of_day.run(ledger.ledger, sup, progress=lambda i, n, label: seen.append((i, n)))
    assert (result.closed_date, result.new_date) == (date(2026, 12, 24), date(2026, 12, 28))
    steps = len(end_of_day.jobs()) + 1                         # the jobs, then the new date
    assert seen[-1] == (steps, steps) and result.audit_seq > 0
    assert end_of_day.status(ledger.ledger, sup).business_date == date(2026, 12, 28)


def test_a_crashed_run_resumes_without_repeating_jobs(ledger, monkeypatch):
    ledger.set_business_date(date(2026, 3, 2))
    sup = ledger.staff("supervisor")
    calls = []

    def counting(uow, today):
        calls.append(today)
        return "counted"

    def crash(uow, today):
        raise RuntimeError("power cut")

    monkeypatch.setattr(end_of_day, "_JOBS", list(end_of_day._JOBS) + [
        ("test.count", "Counting", counting), ("test.crash", "Crash", crash)])
    with pytest.raises(RuntimeError):
        end_of_day.run(ledger.ledger, sup)
    assert end_of_day.status(ledger.ledger, sup).business_date == date(2026, 3, 2)
    assert calls == [date(2026, 3, 2)]
    monkeypatch.setattr(end_of_day, "_JOBS", [j for j in end_of_day._JOBS if j[0] != "test.crash"])
    result = end_of_day.run(ledger.ledger, sup)
    assert calls == [date(2026, 3, 2)]                           # not run twice
    assert dict(result.summaries)["test.count"] == "already done"
    assert result.new_date == date(2026, 3, 3)
    with UnitOfWork(ledger.ledger, None, None, read_only=True) as uow:
        assert len(uow.session.execute(select(EndOfDayStep)).scalars().all()) == len(end_of_day.jobs())


def test_cancel_between_jobs_is_safe(ledger):
    ledger.set_business_date(date(2026, 3, 2))
    sup = ledger.staff("supervisor")
    with pytest.raises(Conflict, match="cancelled"):
        end_of_day.run(ledger.ledger, sup, cancelled=lambda: True)
    assert end_of_day.run(ledger.ledger, sup).new_date == date(2026, 3, 3)
