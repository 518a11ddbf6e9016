"""A platform stand-in for the dispatcher's tests: records what it was asked to send, and can answer
like a platform does when it refuses (for good, or for now). The Slack and Discord adapters are tested
against their fake servers; this is for the dispatcher's own logic."""

from __future__ import annotations

import asyncio
from collections import deque

from bot.core.delivery import DeliveryError, Outgoing


class RecordingSender:
    """``delay``: each send takes that long, as on a slow platform; ``hold``: sends after the first
    ``hold[0]`` wait until ``hold[1]`` is set, as on a platform that stopped answering."""

    def __init__(
        self, platform: str = "console", delay: float = 0.0, hold: tuple[int, asyncio.Event] | None = None
    ) -> None:
        self.platform = platform
        self.delay = delay
        self.hold = hold
        self.sent: list[Outgoing] = []
        self.attempts: list[Outgoing] = []
        self._script: deque[DeliveryError] = deque()

    def fail_next(self, *errors: DeliveryError) -> None:
        self._script.extend(errors)

    async def send(self, message: Outgoing) -> str:
        self.attempts.append(message)
        if self.hold is not None and len(self.attempts) > self.hold[0]:
            await self.hold[1].wait()
        if self.delay:
            await asyncio.sleep(self.delay)
        if self._script:
            raise self._script.popleft()
        self.sent.append(message)
        return f"{self.platform}-{len(self.sent)}"
