"""The dispatcher's rounds against a platform that is slow, stops answering, or a round that is cut
short: what the platform accepted is written down as the round goes, so a lease running out or a
killed process never sends it twice. Real SQLite and PostgreSQL, a real clock (leases are wall time)."""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime

import pytest

from bot.core.clock import SystemClock
from bot.core.delivery import Outgoing
from bot.core.messages import LearnerRef, Reply
from bot.core.model import Learner
from bot.store.outbox import SqlOutbox
from bot.store.uow import SqlStore
from jobs.dispatcher import Dispatcher
from tests.fakes.senders import RecordingSender


class Crash(BaseException):
    """Something no retry covers, raised in the middle of a send (as a dying process would)."""


async def queued(store: SqlStore, n: int) -> None:
    """``n`` learners, each with today's drip in the outbox, ready to send."""
    now = datetime.now(UTC)
    async with store() as uow:
        for i in range(n):
            L = await uow.add_learner(
                Learner(LearnerRef("console", "local", f"u{i:02d}"), now, tz="UTC", drip_time="08:00", onboarded=True)
            )
            await uow.enqueue(L, "drip", now.date(), [Reply(f"today's drill for u{i:02d}", kind="drip")], now)
        await uow.commit()


async def until(ok: Callable[[], bool], within: float = 10.0) -> None:
    end = time.monotonic() + within
    while not ok():
        assert time.monotonic() < end, "timed out"
        await asyncio.sleep(0.01)


async def test_a_slow_round_outliving_its_lease_sends_each_message_once(store: SqlStore) -> None:
    """Ten sends of 0.25 s one at a time outlast a 2 s lease. They were marked sent only at the end of
    the round, so the other dispatcher claimed the rows again when the lease ran out and sent them a
    second time. Now the round writes down what was accepted as it goes and starts no send in the
    lease's last quarter: the rest is left to the next round."""
    await queued(store, 10)
    sender = RecordingSender(delay=0.25)
    clock = SystemClock()
    outbox = SqlOutbox(store.engine)
    a, b = (
        Dispatcher(SqlOutbox(store.engine), {"console": sender}, clock, concurrency=1, lease_seconds=2.0)
        for _ in range(2)
    )
    end = time.monotonic() + 12.0

    async def keep_draining(d: Dispatcher) -> None:  # as the dispatch job does, every few moments
        while time.monotonic() < end and await outbox.counts() != {"sent": 10}:
            await d.drain()
            await asyncio.sleep(0.05)

    await asyncio.gather(keep_draining(a), keep_draining(b))
    per_learner = Counter(m.to.user_id for m in sender.sent)
    assert sorted(per_learner.values()) == [1] * 10, per_learner
    assert await outbox.counts() == {"sent": 10}


async def test_accepted_sends_are_marked_while_the_round_is_still_running(store: SqlStore) -> None:
    """The platform accepted three messages, then stopped answering. They were marked sent only when
    the whole round ended, so a process killed now would have sent them again after a restart."""
    await queued(store, 6)
    outbox = SqlOutbox(store.engine)
    answering = asyncio.Event()
    sender = RecordingSender(hold=(3, answering))
    d = Dispatcher(outbox, {"console": sender}, SystemClock(), concurrency=1, record_every=0.1)
    round_ = asyncio.create_task(d.run_once())
    try:
        await until(lambda: len(sender.sent) == 3)
        await asyncio.sleep(0.5)
        assert await outbox.counts() == {"sent": 3, "sending": 3}  # what a kill now would leave
    finally:
        answering.set()
        stats = await round_
    assert stats.sent == 6 and await outbox.counts() == {"sent": 6}


async def test_a_round_cancelled_mid_send_marks_what_was_accepted_and_frees_what_never_left(store: SqlStore) -> None:
    await queued(store, 6)
    outbox = SqlOutbox(store.engine)
    never = asyncio.Event()
    sender = RecordingSender(hold=(3, never))
    d = Dispatcher(outbox, {"console": sender}, SystemClock(), concurrency=1, record_every=30.0)
    round_ = asyncio.create_task(d.run_once())
    await until(lambda: len(sender.attempts) == 4)  # three accepted, the fourth hangs at the platform
    round_.cancel()  # cancelled where it waits on the platform, not in a query
    with pytest.raises(asyncio.CancelledError):
        await round_
    # the fourth may have reached the platform: it stays leased; the last two never left: free now
    assert await outbox.counts() == {"sent": 3, "sending": 1, "pending": 2}
    again = await Dispatcher(outbox, {"console": RecordingSender()}, SystemClock()).drain()
    assert again.sent == 2


class CrashingSender(RecordingSender):
    def __init__(self, after: int) -> None:
        super().__init__()
        self.after = after

    async def send(self, message: Outgoing) -> str:
        if len(self.attempts) == self.after:
            self.attempts.append(message)
            raise Crash
        return await super().send(message)


async def test_a_send_that_crashes_stops_the_round_after_recording_what_was_accepted(store: SqlStore) -> None:
    await queued(store, 6)
    outbox = SqlOutbox(store.engine)
    sender = CrashingSender(after=3)
    d = Dispatcher(outbox, {"console": sender}, SystemClock(), concurrency=1, record_every=30.0)
    with pytest.raises(Crash):
        await d.run_once()
    assert len(sender.sent) == 3 and len(sender.attempts) == 4  # no send started after the crash
    # the crashed one may have reached the platform: it stays leased; the two after it are free now
    assert await outbox.counts() == {"sent": 3, "sending": 1, "pending": 2}


async def test_a_send_longer_than_its_lease_is_not_claimed_again_while_under_way(store: SqlStore) -> None:
    """One send takes 3 s (a platform answering slowly, or a Retry-After waited inside the send) against
    a 2 s lease. The lease ran out mid-send and the other dispatcher claimed the row and sent it again.
    Now the lease of a send under way is extended while it lasts (up to three leases in all)."""
    await queued(store, 1)
    sender = RecordingSender(delay=3.0)
    clock = SystemClock()
    outbox = SqlOutbox(store.engine)
    a, b = (Dispatcher(SqlOutbox(store.engine), {"console": sender}, clock, lease_seconds=2.0) for _ in range(2))
    first = asyncio.create_task(a.drain())
    await until(lambda: len(sender.attempts) == 1)
    end = time.monotonic() + 4.0
    while time.monotonic() < end:  # the other process's dispatch job, every few moments
        await b.drain()
        await asyncio.sleep(0.1)
    await first
    assert len(sender.attempts) == 1, [m.key for m in sender.attempts]
    assert await outbox.counts() == {"sent": 1}


async def test_a_send_that_hangs_lets_its_row_go_after_three_leases(store: SqlStore) -> None:
    """The extension is bounded: a send hanging past three leases no longer holds its learner's
    messages; another round claims the row, as after a crash."""
    await queued(store, 1)
    hung = asyncio.Event()
    slow = RecordingSender(hold=(0, hung))
    quick = RecordingSender()
    clock = SystemClock()
    outbox = SqlOutbox(store.engine)
    a = Dispatcher(SqlOutbox(store.engine), {"console": slow}, clock, lease_seconds=1.0)
    b = Dispatcher(SqlOutbox(store.engine), {"console": quick}, clock, lease_seconds=1.0)
    first = asyncio.create_task(a.drain())
    await until(lambda: len(slow.attempts) == 1)
    await asyncio.sleep(2.0)
    assert (await b.drain()).sent == 0  # two leases in: still extended
    await asyncio.sleep(1.5)
    assert (await b.drain()).sent == 1  # past three leases: let go
    hung.set()
    await first
    assert await outbox.counts() == {"sent": 1}
