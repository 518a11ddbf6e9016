"""Sending what the core pushes on its own (the drip, reminders, nudges): the contract between the
dispatcher in ``jobs/`` and each platform adapter.

An adapter implements ``Sender`` for its platform and translates its platform's errors into the two
below, so ``jobs/`` never imports a platform library:

- ``TryLater``: a rate limit, a time-out, a 5xx — the dispatcher retries (after ``retry_after`` when
  the platform said how long), and nothing is lost;
- ``Undeliverable``: refused for good (Slack ``cannot_dm_bot``, a deactivated user, a revoked token;
  Discord error 50007) — the message is marked failed with the reason and the learner's drip paused.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from bot.core.messages import LearnerRef, Reply


@dataclass(frozen=True, slots=True)
class Outgoing:
    """One scheduled message. ``key`` is stable across retries and restarts (the outbox row id), so a
    platform that dedupes by it (Discord's ``nonce`` with ``enforce_nonce``) never shows it twice."""

    key: str
    to: LearnerRef
    reply: Reply


class DeliveryError(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class TryLater(DeliveryError):
    """Not now: retry, after ``retry_after`` seconds when the platform said."""

    def __init__(self, reason: str, retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.retry_after = retry_after


class Undeliverable(DeliveryError):
    """Refused for good; ``reason`` is stored on the outbox row and shown to operators."""


class Sender(Protocol):
    """A platform's way to deliver an ``Outgoing`` to the learner's DM; returns the platform's id for
    the message it created."""

    platform: str

    async def send(self, message: Outgoing) -> str: ...
