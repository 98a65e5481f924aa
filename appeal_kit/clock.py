"""The day appeal-kit judges by: the one SOURCE_DATE_EPOCH gives when it is set (reproducible-builds.org), else the
computer's. `draft`, `check` and `build` all take it from here, so a letter and the checks on it never judge a
deadline or a trial's length by two different days."""
from __future__ import annotations

import os
from datetime import UTC, date, datetime


def epoch_time() -> datetime | None:
    """SOURCE_DATE_EPOCH as a time (UTC), when it is set to a number of seconds."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    return datetime.fromtimestamp(int(epoch), UTC) if epoch.isdigit() else None


def today() -> date:
    stamp = epoch_time()
    return stamp.date() if stamp else date.today()
