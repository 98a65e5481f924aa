"""Whether a date read from a notice can be the notice's date: never a wrong date, and never silently.

A notice date is the start of the appeal clock, so a wrong one tells a family their appeal is past due (or
leaves them waiting past a real deadline). A date that cannot be the notice's own is set aside with the reason:
- before 2000: older than any notice still open to appeal, most often a date of birth;
- equal to the date of birth printed on the notice (or recorded in the case);
- before the date of the service it denies, on a notice about care already given (a claim or EOB; a
  prior-authorization notice is written before the care, so there it is normal);
- after today: a notice cannot come from the future (a misread, or a date the notice sets, like a deadline).
A date of service is set aside when it is before 2000 or more than a year after today: care asked for ahead is
asked for months ahead, not years, so "2076" on a faxed "2026" is a misread, never a date to put in a case.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from appeal_kit.i18n import N_, Reason

EARLIEST = date(2000, 1, 1)
SERVICE_AHEAD_DAYS = 366  # the furthest ahead a date of care asked for can be

# care not yet given: a request, a prior authorization, a planned start ("fechas solicitadas")
_PRE_SERVICE = re.compile(r"request|requested|planned|scheduled|proposed|prior auth|pre-?auth|precert|pre-?service|"
                          r"authorization request|start|begin|will receive|solicit|programad|autorizaci[oó]n previa|"
                          r"aprobaci[oó]n previa", re.IGNORECASE)


def is_pre_service(text: str) -> bool:
    """The notice (or its service-date wording) is about care not yet given."""
    return bool(_PRE_SERVICE.search(text))


def notice_date_problem(value: date, *, birth_dates: Iterable[date] = (), service_dates: Iterable[date] = (),
                        pre_service: bool = False, today: date | None = None) -> str | None:
    """Why `value` cannot be the notice's date, in words for the user (a Reason: English as a string, said in the
    person's language); None when it can."""
    today = today or date.today()
    if value < EARLIEST:
        return Reason(N_("{day} is before 2000, too old for a notice still open to appeal"), day=value.isoformat())
    if value in set(birth_dates):
        return Reason(N_("{day} is the date of birth, not the notice's date"), day=value.isoformat())
    if value > today:
        return Reason(N_("{day} is after today ({today}); a notice cannot be dated in the future"),
                      day=value.isoformat(), today=today.isoformat())
    services = sorted(service_dates)
    if services and not pre_service and value < services[0]:
        return Reason(N_("{day} is before the date of service {service}, and a claim is denied after the care"),
                      day=value.isoformat(), service=services[0].isoformat())
    return None


def service_date_problem(value: date, *, today: date | None = None) -> str | None:
    """Why `value` cannot be a date of service on a notice read `today` (a Reason), or None when it can."""
    today = today or date.today()
    if value < EARLIEST:
        return Reason(N_("{day} is before 2000, too old for care a notice still open to appeal denies"),
                      day=value.isoformat())
    if (value - today).days > SERVICE_AHEAD_DAYS:
        return Reason(N_("{day} is more than a year after today ({today}); care is not asked for that far ahead, so "
                         "the date was misread"), day=value.isoformat(), today=today.isoformat())
    return None
