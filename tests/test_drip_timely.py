"""Messages that belong to a moment of the learner's day (the drip, a snoozed drill, the mock
reminder): never delivered a day late or to someone who paused, and never missed on a day the
learner's drills skip. Real SQLite and PostgreSQL, a controllable clock."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from bot.adapters.console import ConsoleAdapter
from bot.core.clock import FakeClock
from bot.core.context import say
from bot.core.curriculum import Curriculum
from bot.core.delivery import SKIPPED_LATE, SKIPPED_PAUSED, TryLater
from bot.core.engine import Coach
from bot.core.judging import CodeRunner
from bot.core.matcher import Matcher
from bot.core.srs import Repetition
from bot.store.outbox import SqlOutbox
from bot.store.uow import SqlStore
from jobs.dispatcher import Dispatcher
from tests.conftest import onboard, texts
from tests.fakes.senders import RecordingSender


@pytest.fixture
def coach_on(curriculum: Curriculum, store: SqlStore, matcher: Matcher, tmp_path: Path, runner: CodeRunner) -> Coach:
    """The coach on each backend (the ``coach`` fixture is SQLite only)."""
    return Coach(curriculum, store, matcher, Repetition(), None, outbox=SqlOutbox(store.engine), runner=runner)


def utc(d: int, hh: int, mm: int = 0) -> datetime:
    return datetime(2026, 12, d, hh, mm, tzinfo=UTC)  # 2026-12-03 is a Thursday


async def rows(coach: Coach) -> list[tuple[str, str, str | None]]:
    assert isinstance(coach.outbox, SqlOutbox)
    async with coach.outbox.engine.connect() as c:
        found = await c.execute(text("SELECT kind, state, error FROM outbox ORDER BY id"))
        return [(str(k), str(s), e) for k, s, e in found.all()]


async def test_after_a_multi_day_outage_thursdays_drill_does_not_arrive_beside_saturdays(coach_on, store) -> None:  # type: ignore[no-untyped-def]
    clock = FakeClock(utc(3, 7))
    ada = ConsoleAdapter(coach_on, clock, user="ada")
    await onboard(ada, answers="nnnn", interview="none", tz="UTC", at="08:00")
    clock.set(utc(3, 8))
    await coach_on.enqueue_due(clock.now())  # Thursday's drill
    async with store() as uow:  # and a message that is not tied to the day (a peer-mock partner found)
        learner = await uow.get_learner(ada.ref)
        await uow.enqueue(learner, "pair", clock.now().date(), [say("You're paired with Raj.")], clock.now())
        await uow.commit()
    down = RecordingSender()
    down.fail_next(TryLater("http 503"))
    assert (await Dispatcher(coach_on.outbox, {"console": down}, clock).drain()).retried == 1
    clock.set(utc(5, 8))  # the platform is back on Saturday: Saturday's drill is queued
    await coach_on.enqueue_due(clock.now())
    up = RecordingSender()
    await Dispatcher(coach_on.outbox, {"console": up}, clock).drain()
    sent = [m.reply.text for m in up.sent]
    assert len(sent) == 2 and "You're paired with Raj." in sent, sent  # late, but not tied to a day
    drills = [t for t in sent if "Your PrepDrip for" in t]
    assert len(drills) == 1 and "Sat 05 Dec" in drills[0]  # Thursday's was not sent beside it
    assert (await rows(coach_on))[0] == ("drip", "skipped", SKIPPED_LATE)
    assert await coach_on.outbox.skipped() == {SKIPPED_LATE: 1}  # `prepdrip outbox` says why, under the counts


async def test_a_drill_waiting_behind_a_rate_limit_is_not_sent_once_the_learner_paused(coach_on) -> None:  # type: ignore[no-untyped-def]
    clock = FakeClock(utc(3, 7))
    ada = ConsoleAdapter(coach_on, clock, user="ada")
    await onboard(ada, answers="nnnn", interview="none", tz="UTC", at="08:00")
    clock.set(utc(3, 8))
    await coach_on.enqueue_due(clock.now())
    sender = RecordingSender()
    sender.fail_next(TryLater("ratelimited", retry_after=30))
    d = Dispatcher(coach_on.outbox, {"console": sender}, clock)
    await d.drain()
    clock.advance(seconds=10)
    await ada.say("/coach pause")
    clock.advance(seconds=30)
    await d.drain()
    assert sender.sent == []
    assert await rows(coach_on) == [("drip", "skipped", SKIPPED_PAUSED)]


async def test_the_interview_tomorrow_reminder_comes_on_a_day_without_drills(coach_on) -> None:  # type: ignore[no-untyped-def]
    """Drills mon-fri, the interview on Monday 14 Dec: the 'tomorrow' reminder falls on Sunday. The
    learner was not due on the weekend at all, so it never came."""
    clock = FakeClock(utc(4, 7))  # a Friday
    ada = ConsoleAdapter(coach_on, clock, user="ada")
    await onboard(ada, answers="nnnn", interview="2026-12-14", tz="UTC", at="08:00")
    r = texts(await ada.say("/coach settings days=mon-fri"))
    assert "Next drill: Fri 2026-12-04 08:00" in r  # the next *drill*, whatever else is due sooner
    got: dict[datetime, list[str]] = {}
    when = utc(4, 7)
    while when < utc(14, 7):
        clock.set(when)
        if out := [x.kind for x in await coach_on.due(when)]:
            got[when] = out
            await ada.say("ok")  # keep answering, so no nudge replaces a drill
        when = clock.advance(minutes=30)
    reminders = {w: k for w, k in got.items() if "reminder" in k}
    assert sorted(reminders) == [utc(7, 8), utc(11, 8), utc(13, 8)]  # 7, 3 and 1 days out; the 13th a Sunday
    assert got[utc(13, 8)] == ["reminder"]  # no drill with it on the Sunday
    assert not [w for w in got if w.weekday() >= 5 and w != utc(13, 8)]  # nothing else on the weekend
    r = texts(await ada.say("/coach resume"))
    assert "Next one: Mon 2026-12-14 08:00" in r
