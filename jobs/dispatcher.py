"""The dispatcher: sends what the outbox holds through each platform's adapter, paced under the
platform's limits, and marks each message sent (with the platform's id) or failed (with the reason).

It imports no platform library: adapters translate their errors into ``TryLater`` (retried, after
the platform's Retry-After when given) and ``Undeliverable`` (failed for good; the learner's drip is
paused). Rows are leased when claimed, so a process killed mid-send leaves them to be claimed again
once the lease runs out: nothing is lost. What the platform accepted is written down every couple of
seconds during a round, not at its end, so a kill (or a slow round outliving its lease) resends only
the last moments' messages (Discord dedupes even those, by the outbox key as nonce); no send starts
in the lease's last quarter, so another round never claims a row this one is about to send; and a send
still under way near the end of its lease (a platform answering slowly, a Retry-After waited inside the
send) has its lease extended, up to ``MAX_LEASES`` leases in all, so no other round sends it again.
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
#: a send under way keeps its row leased for at most this many leases from the claim: a send that hangs
#: longer lets the row go to another round (resent, as after a crash) rather than hold it for ever
MAX_LEASES = 3


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


@dataclass
class _Books:
    """One round's bookkeeping: what was handed to the platform, and what is not written down yet
    (accepted by the platform; released unsent)."""

    last_start: float  # time.monotonic() after which no send starts
    lease_until: datetime  # the claim's lease
    extended: dict[str, datetime] = field(default_factory=dict)  # sends under way whose lease was extended
    handed: set[str] = field(default_factory=set)
    settled: set[str] = field(default_factory=set)  # handed, and accepted, retried or failed
    freed: set[str] = field(default_factory=set)
    accepted: list[tuple[str, str]] = field(default_factory=list)
    released: list[str] = field(default_factory=list)
    halted: bool = False  # a send raised something no retry covers: start no more
    over: asyncio.Event = field(default_factory=asyncio.Event)


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
        record_every: float = 2.0,
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
        self.record_every = record_every
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
        claimed_at = self.clock.now()
        items = await self.outbox.claim(claimed_at, self.batch, self.lease_seconds, frozenset(self.senders), only=only)
        if not items:
            return
        lease_until = claimed_at + timedelta(seconds=self.lease_seconds)
        # no send starts in the lease's last quarter: a send still under way when the lease runs out
        # is one another round may claim and send again
        books = _Books(last_start=time.monotonic() + 0.75 * self.lease_seconds, lease_until=lease_until)
        gate = asyncio.Semaphore(self.concurrency)

        async def one(item: Outgoing) -> None:  # a task of its own (gather), so its log context too
            set_context(item.to.platform, item.to.workspace_id, f"outbox-{item.key}")
            async with gate:
                try:
                    platform_id = await self._send(item, stats, books)
                except BaseException:
                    books.halted = True
                    raise
                finally:
                    books.settled.add(item.key)
                if platform_id is not None:
                    books.accepted.append((item.key, platform_id))
                    stats.sent += 1

        recorder = asyncio.create_task(self._record_while(books, lease_until, claimed_at))
        try:
            # every send runs to its end even when one raises: none is left running unrecorded
            results = await asyncio.gather(*(one(i) for i in items), return_exceptions=True)
        finally:  # what the platform accepted is marked, even if the round was cut short
            books.over.set()
            await recorder  # it is told to stop, never cancelled (mid-query, that can hang the loop)
            # never handed over (the round cut short): free at once, not when the lease runs out
            books.released += [i.key for i in items if i.key not in books.handed | books.freed]
            await self._record(books, lease_until)
        for r in results:
            if isinstance(r, BaseException):
                raise r

    async def _record_while(self, books: _Books, lease_until: datetime, claimed_at: datetime) -> None:
        """Every ``record_every`` seconds while the round runs, mark what the platform accepted since
        (one UPDATE), so neither a killed process nor a lease running out sends it again; and extend
        the lease of sends still under way when it is in its last quarter."""
        every = min(self.record_every, self.lease_seconds / 4)
        cap = claimed_at + timedelta(seconds=MAX_LEASES * self.lease_seconds)
        while not books.over.is_set():
            try:
                await asyncio.wait_for(books.over.wait(), every)
            except TimeoutError:
                pass
            if not books.over.is_set():
                try:
                    await self._record(books, lease_until)
                    await self._extend(books, cap)
                except Exception:  # the database hiccuped: the next tick (or the round's end) tries again
                    log.warning("recording sent messages failed; will retry", exc_info=True)

    async def _extend(self, books: _Books, cap: datetime) -> None:
        now = self.clock.now()
        soon = now + timedelta(seconds=self.lease_seconds / 4)
        ending: dict[datetime, list[str]] = {}  # by the lease each row is under now
        for key in sorted(books.handed - books.settled):
            lease = books.extended.get(key, books.lease_until)
            if lease <= soon and lease < cap:
                ending.setdefault(lease, []).append(key)
        until = min(cap, now + timedelta(seconds=self.lease_seconds))
        for lease, keys in ending.items():
            await self.outbox.extend(keys, lease, until)
            books.extended.update(dict.fromkeys(keys, until))

    async def _record(self, books: _Books, lease_until: datetime) -> None:
        accepted, books.accepted = books.accepted, []
        released, books.released = books.released, []
        try:
            await self.outbox.sent_many(accepted, self.clock.now())
            if released:  # claimed but not handed over: free for the next round or process
                await self.outbox.release(released, lease_until)
        except BaseException:  # kept for the next try (marking sent twice is harmless)
            books.accepted[:0] = accepted
            books.released[:0] = released
            raise

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

    def _may_start(self, item: Outgoing, books: _Books) -> bool:
        """False (and the message released) when the process is stopping, the round was halted, or
        the lease is in its last quarter: it is left for the next round."""
        if self._stopping or books.halted or time.monotonic() >= books.last_start:
            books.released.append(item.key)
            books.freed.add(item.key)
            return False
        return True

    async def _send(self, item: Outgoing, stats: DispatchStats, books: _Books) -> str | None:
        """The platform's id when it accepted the message; None when it is retried, failed, or not
        handed over (``_may_start``)."""
        if not self._may_start(item, books):
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
                    if not self._may_start(item, books):  # while it waited its turn
                        return None
                    books.handed.add(item.key)
                    platform_id = await sender.send(item)
            else:
                books.handed.add(item.key)
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
