"""The dispatcher: sends what the outbox holds through each platform's adapter, paced under the
platform's limits, and marks each message sent (with the platform's id) or failed (with the reason).

It imports no platform library: adapters translate their errors into ``TryLater`` (retried, after
the platform's Retry-After when given) and ``Undeliverable`` (failed for good; the learner's drip is
paused). Rows are leased when claimed, so a process killed mid-send leaves them to be claimed again
once the lease runs out: nothing is lost, and a duplicate is possible only for a message the platform
had accepted in the instant before the kill (Discord dedupes even that, by the outbox key as nonce).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from aiolimiter import AsyncLimiter

from bot.core.clock import Clock
from bot.core.delivery import Outbox, Outgoing, Sender, TryLater, Undeliverable
from bot.core.messages import LearnerRef
from bot.core.telemetry import NoTelemetry, Telemetry
from bot.logs import set_context

log = logging.getLogger(__name__)

DoorClosed = Callable[[LearnerRef, str, datetime], Awaitable[None]]


@dataclass
class DispatchStats:
    sent: int = 0
    retried: int = 0
    failed: int = 0
    reasons: dict[str, int] = field(default_factory=dict)

    def add(self, other: DispatchStats) -> None:
        self.sent += other.sent
        self.retried += other.retried
        self.failed += other.failed
        for k, v in other.reasons.items():
            self.reasons[k] = self.reasons.get(k, 0) + v


class Dispatcher:
    def __init__(
        self,
        outbox: Outbox,
        senders: Mapping[str, Sender],
        clock: Clock,
        *,
        door_closed: DoorClosed | None = None,
        rates: Mapping[str, float] | None = None,
        batch: int = 200,
        concurrency: int = 32,
        lease_seconds: float = 120.0,
        max_attempts: int = 8,
        telemetry: Telemetry | None = None,
    ) -> None:
        self.outbox = outbox
        self.senders = dict(senders)
        self.clock = clock
        self.door_closed = door_closed
        # a leaky bucket per platform, from aiolimiter: sends wait their turn instead of meeting a 429
        self.limiters = {p: AsyncLimiter(r, 1.0) for p, r in (rates or {}).items() if p in self.senders}
        self.batch = batch
        self.concurrency = concurrency
        self.lease_seconds = lease_seconds
        self.max_attempts = max_attempts
        self.telemetry = telemetry or NoTelemetry()
        self._stopping = False
        self._rounds = 0
        self._idle = asyncio.Event()
        self._idle.set()

    def stop(self) -> None:
        """Take no new work: no further claims, and claimed messages not yet handed to the platform go
        back to the outbox; sends already under way finish and are recorded (``wait_idle``)."""
        self._stopping = True

    async def wait_idle(self, timeout: float) -> bool:  # noqa: ASYNC109
        """Wait for the rounds under way to finish and record what they sent; False on time-out."""
        try:
            await asyncio.wait_for(self._idle.wait(), timeout)
            return True
        except TimeoutError:
            return False

    async def run_once(self, only: LearnerRef | None = None) -> DispatchStats:
        """Claim one batch of ready messages and send them; returns what happened."""
        stats = DispatchStats()
        if not self.senders or self._stopping:
            return stats
        self._rounds += 1
        self._idle.clear()
        try:
            await self._round(stats, only)
        finally:
            self._rounds -= 1
            if not self._rounds:
                self._idle.set()
        return stats

    async def _round(self, stats: DispatchStats, only: LearnerRef | None) -> None:
        items = await self.outbox.claim(
            self.clock.now(), self.batch, self.lease_seconds, frozenset(self.senders), only=only
        )
        gate = asyncio.Semaphore(self.concurrency)
        done: list[tuple[str, str]] = []
        released: list[str] = []

        async def one(item: Outgoing) -> None:  # a task of its own (gather), so its log context too
            set_context(item.to.platform, item.to.workspace_id, f"outbox-{item.key}")
            async with gate:
                platform_id = await self._send(item, stats, released)
                if platform_id is not None:
                    done.append((item.key, platform_id))

        try:
            await asyncio.gather(*(one(i) for i in items))
        finally:  # what the platform accepted is marked, even if the round was cut short
            await self.outbox.sent_many(done, self.clock.now())
            if released:  # stopping: what was claimed but not handed over is free for the next process
                await self.outbox.release(released)
        stats.sent += len(done)

    async def drain(self, max_rounds: int = 1000, only: LearnerRef | None = None) -> DispatchStats:
        """Send until nothing is ready (a learner's next message becomes ready once the one before it
        is out), or ``max_rounds`` batches."""
        total = DispatchStats()
        for _ in range(max_rounds):
            if self._stopping:
                break
            stats = await self.run_once(only)
            total.add(stats)
            if not (stats.sent or stats.retried or stats.failed):
                break
        return total

    async def _send(self, item: Outgoing, stats: DispatchStats, released: list[str]) -> str | None:
        """The platform's id when it accepted the message; None when it is retried, failed, or (the
        process stopping before it was handed over) ``released``."""
        if self._stopping:
            released.append(item.key)
            return None
        platform = item.to.platform
        sender = self.senders[platform]
        limiter = self.limiters.get(platform)
        try:
            if limiter is not None:
                start = time.perf_counter()
                async with limiter:
                    if (waited := time.perf_counter() - start) > 0.001:
                        self.telemetry.rate_limited(platform, "pacer", waited)
                    if self._stopping:  # stopped while waiting its turn
                        released.append(item.key)
                        return None
                    platform_id = await sender.send(item)
            else:
                platform_id = await sender.send(item)
        except Undeliverable as e:
            now = self.clock.now()
            await self.outbox.failed(item.key, e.reason, now)
            stats.failed += 1
            stats.reasons[e.reason] = stats.reasons.get(e.reason, 0) + 1
            self.telemetry.delivery_failed(platform, e.reason, final=True)
            log.warning("outbox %s to %s undeliverable: %s", item.key, item.to, e.reason)
            if self.door_closed is not None and item.channel is None:  # a learner's DM, not a group's channel
                await self.door_closed(item.to, e.reason, now)
            return None
        except Exception as e:  # TryLater, or anything unexpected: retry with back-off, lose nothing
            reason = e.reason if isinstance(e, TryLater) else f"{type(e).__name__}: {e}"
            wait = e.retry_after if isinstance(e, TryLater) and e.retry_after is not None else None
            if not isinstance(e, TryLater):
                log.exception("sending outbox %s to %s failed", item.key, item.to)
            elif wait is not None:  # the platform said how long: a rate limit
                self.telemetry.rate_limited(platform, "platform", wait)
            now = self.clock.now()
            final = item.attempts + 1 >= self.max_attempts
            self.telemetry.delivery_failed(platform, reason, final=final)
            if final:
                await self.outbox.failed(item.key, f"gave up after {item.attempts + 1} tries: {reason}", now)
                stats.failed += 1
                stats.reasons["gave up"] = stats.reasons.get("gave up", 0) + 1
                return None
            backoff = wait if wait is not None else min(300.0, 2.0 ** (item.attempts + 1))
            await self.outbox.retry(item.key, now + timedelta(seconds=backoff), reason)
            stats.retried += 1
            stats.reasons[reason[:60]] = stats.reasons.get(reason[:60], 0) + 1
            return None
        self.telemetry.sent(platform, item.kind)
        return platform_id
