"""What every runner shares: a global cap on concurrent runs (slots), the count of runs waiting
for one, and a last line of defence that turns a runner's own failure into a report."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from bot.core.curriculum import CodingPrompt
from bot.core.judging import Limits, RunReport

log = logging.getLogger(__name__)


class SlotRunner:
    """At most ``concurrency`` runs at once in this process; the rest wait in arrival order. Each
    run holds a numbered slot (the bubblewrap runner gives each slot its own user id)."""

    label = "runner"

    def __init__(self, limits: Limits, concurrency: int) -> None:
        self.limits = limits
        self.concurrency = max(1, concurrency)
        self._free: asyncio.Queue[int] = asyncio.Queue()
        for n in range(self.concurrency):
            self._free.put_nowait(n)
        self._waiting = 0

    def waiting(self) -> int:
        """How many runs a submission made now would wait for: those queued, plus one running when
        every slot is taken."""
        return self._waiting + (1 if self._free.empty() else 0)

    @asynccontextmanager
    async def slot(self) -> AsyncIterator[int]:
        self._waiting += 1
        try:
            n = await self._free.get()
        finally:
            self._waiting -= 1
        try:
            yield n
        finally:
            self._free.put_nowait(n)

    async def run(self, drill: CodingPrompt, code: str) -> RunReport:
        async with self.slot() as n:
            try:
                return await self.run_in_slot(drill, code, n)
            except Exception:
                log.exception("the %s failed on %s", self.label, drill.id)
                return RunReport(
                    "unavailable",
                    total=len(drill.tests),
                    note="I couldn't run your code just now (a problem on my side). Send it again in a minute.",
                    runner=self.label,
                )

    async def run_in_slot(self, drill: CodingPrompt, code: str, slot: int) -> RunReport:
        raise NotImplementedError
