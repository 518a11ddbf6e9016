"""A scheduled job's failures, logged once per outage instead of once per run.

When the database goes away, every run of every job fails the same way: the dispatch every couple of
seconds, the drip tick every minute. APScheduler logs each failure with its traceback, so a five-minute
PostgreSQL restart buried the log under hundreds of identical tracebacks. Wrapped in ``Quiet``, a job's
first failure of a kind is logged with its traceback, the same failure again only at DEBUG, and the first
run that works again says how many runs failed and for how long.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import TypeVar

from bot.core.clock import Clock

log = logging.getLogger(__name__)

T = TypeVar("T")


class Quiet:
    """One job's failure state (an instance per job, built with the scheduler: no module state)."""

    def __init__(self, job: str, clock: Clock) -> None:
        self.job = job
        self.clock = clock
        self.failing: str | None = None  # "TypeName: message" of the failure under way
        self.since: datetime | None = None
        self.failures = 0

    async def run(self, work: Callable[[], Awaitable[T]]) -> T | None:
        try:
            result = await work()
        except Exception as e:
            kind = f"{type(e).__name__}: {e}".splitlines()[0][:300]
            self.failures += 1
            if kind == self.failing:
                log.debug("%s failed again (%d in a row): %s", self.job, self.failures, kind)
            else:
                if self.failing is None:
                    self.since = self.clock.now()
                self.failing = kind
                log.error(
                    "%s failed: %s (the same failure again is not logged until it works)", self.job, kind, exc_info=True
                )
            return None
        if self.failing is not None:
            lasted = (self.clock.now() - self.since).total_seconds() if self.since else 0.0
            log.warning("%s works again after %d failed runs over %.0f s", self.job, self.failures, lasted)
            self.failing, self.since, self.failures = None, None, 0
        return result
