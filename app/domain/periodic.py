"""When a periodic contribution falls due: on `day` (1-28, so every month has it) every `months`
months (1 monthly, 3 quarterly, 12 yearly), on or after a given date."""
from __future__ import annotations

from datetime import date

from .errors import FieldError
from .messages import Msg, N_

FREQUENCIES = {1: N_("Monthly"), 3: N_("Quarterly"), 12: N_("Yearly")}


def check_schedule(day: int, months: int) -> None:
    if not 1 <= day <= 28:
        raise FieldError("day", Msg.of(N_("Choose a day from 1 to 28 (every month has it).")))
    if months not in FREQUENCIES:
        raise FieldError("months", Msg.of(N_("Choose monthly, quarterly or yearly.")))


def first_due(day: int, since: date) -> date:
    """The first `day` of a month on or after `since`."""
    candidate = since.replace(day=day)
    if candidate < since:
        candidate = _add_months(candidate, 1)
    return candidate


def next_due(current: date, months: int) -> date:
    return _add_months(current, months)


def _add_months(d: date, months: int) -> date:
    index = d.month - 1 + months
    return d.replace(year=d.year + index // 12, month=index % 12 + 1)
