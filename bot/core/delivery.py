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

import base64
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Protocol

from bot.core.messages import Attachment, Button, LearnerRef, Reply

#: outbox kinds written for a moment of the learner's day (bot/core/flows/drip.py): the drip (or the
#: nudge in its place), a snoozed drill coming back, the final-week mock reminder
DRIP, SNOOZE, MOCK = "drip", "snooze", "mock"
TIMELY_KINDS = frozenset({DRIP, SNOOZE, MOCK})
#: a timely message still unsent this long after it was queued (an outage, a long 429) is skipped,
#: not sent: after a multi-day outage Thursday's drill must not arrive beside Saturday's. Other kinds
#: (answers to what the learner typed, group posts) go out however late.
TIMELY_FOR = timedelta(hours=20)
SKIPPED_LATE = f"skipped: still unsent {TIMELY_FOR.total_seconds() / 3600:.0f} h after it was queued"
SKIPPED_PAUSED = "skipped: the learner paused before it went out"


@dataclass(frozen=True, slots=True)
class Outgoing:
    """One scheduled message. ``key`` is stable across retries and restarts (the outbox row id), so a
    platform that dedupes by it (Discord's ``nonce`` with ``enforce_nonce``) never shows it twice."""

    key: str
    to: LearnerRef
    reply: Reply
    kind: str = "drip"
    attempts: int = 0  # sends tried before this one
    #: a post to a group's channel (the weekly board) instead of the learner's DM; ``to`` then names
    #: only the platform and workspace
    channel: str | None = None


@dataclass(frozen=True, slots=True)
class Failure:
    key: str
    to: LearnerRef
    kind: str
    reason: str
    at: datetime


def to_payload(r: Reply) -> dict[str, Any]:
    """A reply as JSON for the outbox row."""
    return {
        "text": r.text,
        "buttons": [[b.label, b.value] for b in r.buttons],
        "image": r.image,
        "kind": r.kind,
        "alt_text": r.alt_text,
        "meta": dict(r.meta),
        "files": [
            {"filename": f.filename, "mime": f.mime, "title": f.title, "b64": base64.b64encode(f.content).decode()}
            for f in r.files
        ],
    }


def from_payload(p: dict[str, Any], to: LearnerRef, dm: bool = True) -> Reply:
    return Reply(
        text=str(p.get("text", "")),
        buttons=tuple(Button(str(a), str(b)) for a, b in p.get("buttons", [])),
        image=p.get("image"),
        to=to,
        dm=dm,
        kind=str(p.get("kind", "drip")),
        alt_text=p.get("alt_text"),
        meta={str(k): str(v) for k, v in (p.get("meta") or {}).items()},
        files=tuple(
            Attachment(str(f["filename"]), base64.b64decode(f["b64"]), str(f.get("mime") or ""), f.get("title"))
            for f in p.get("files") or []
        ),
    )


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
    """A platform's way to deliver an ``Outgoing`` to the learner's DM (or, with ``channel``, to a
    group's channel); returns the platform's id for the message it created."""

    platform: str

    async def send(self, message: Outgoing) -> str: ...


class Outbox(Protocol):
    """The outbox as the dispatcher sees it (``bot/store/outbox.py`` on SQLAlchemy)."""

    async def claim(
        self,
        now: datetime,
        limit: int,
        lease_seconds: float,
        platforms: frozenset[str] | None = None,
        only: LearnerRef | None = None,
    ) -> list[Outgoing]: ...
    async def sent(self, key: str, platform_id: str, now: datetime) -> None: ...
    async def sent_many(self, done: list[tuple[str, str]], now: datetime) -> None: ...
    async def release(self, keys: list[str], lease_until: datetime | None = None) -> None: ...
    async def extend(self, keys: list[str], lease_until: datetime, until: datetime) -> None: ...
    async def retry(self, key: str, at: datetime, reason: str) -> None: ...
    async def failed(self, key: str, reason: str, now: datetime) -> None: ...
    async def counts(self) -> dict[str, int]: ...
    async def failures(self, limit: int) -> list[Failure]: ...
    async def oldest_ready(self, now: datetime) -> datetime | None: ...
