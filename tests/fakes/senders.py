"""A platform stand-in for the dispatcher's tests: records what it was asked to send, and can answer
like a platform does when it refuses (for good, or for now). The Slack and Discord adapters are tested
against their fake servers; this is for the dispatcher's own logic."""

from __future__ import annotations

from collections import deque

from bot.core.delivery import DeliveryError, Outgoing


class RecordingSender:
    def __init__(self, platform: str = "console") -> None:
        self.platform = platform
        self.sent: list[Outgoing] = []
        self.attempts: list[Outgoing] = []
        self._script: deque[DeliveryError] = deque()

    def fail_next(self, *errors: DeliveryError) -> None:
        self._script.extend(errors)

    async def send(self, message: Outgoing) -> str:
        self.attempts.append(message)
        if self._script:
            raise self._script.popleft()
        self.sent.append(message)
        return f"{self.platform}-{len(self.sent)}"
