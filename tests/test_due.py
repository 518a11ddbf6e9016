"""`Coach.due(now)`: who gets the drip, at their own local time, once, and the final-week reminder."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

from bot.adapters.console import ConsoleAdapter
from jobs.scheduler import build_scheduler, drip_tick
from tests.conftest import onboard, texts


async def test_drip_arrives_at_local_time_once(coach, clock) -> None:
    ada = ConsoleAdapter(coach, clock, user="ada")
    await onboard(ada, answers="nnnn", tz="Europe/Berlin", at="08:30")  # now: 08:00 Berlin
    assert await coach.due(clock.now()) == []
    clock.advance(minutes=31)
    out = await coach.due(clock.now())
    assert out and out[0].to == ada.ref and out[0].kind == "drip"
    assert "prompt_id" in out[0].meta and len(out) == 1  # header and prompt in one message
    assert await coach.due(clock.now()) == []  # not twice
    clock.advance(hours=23)
    assert await coach.due(clock.now()) == []  # 07:31 Berlin next day: not yet
    clock.advance(hours=1)
    assert await coach.due(clock.now())


async def test_each_user_on_their_own_clock(coach, clock) -> None:
    ada = ConsoleAdapter(coach, clock, user="ada")
    raj = ConsoleAdapter(coach, clock, user="raj")
    await onboard(ada, tz="Europe/Berlin", at="09:00")  # 08:00 UTC
    await onboard(raj, tz="Asia/Kolkata", at="13:00")  # 07:30 UTC
    clock.set(datetime(2026, 11, 25, 7, 45, tzinfo=UTC))
    first = await coach.due(clock.now())
    assert {r.to for r in first} == {raj.ref}
    clock.set(datetime(2026, 11, 25, 8, 5, tzinfo=UTC))
    second = await coach.due(clock.now())
    assert {r.to for r in second} == {ada.ref}


async def test_paused_learners_are_not_due(coach, clock) -> None:
    ada = ConsoleAdapter(coach, clock, user="ada")
    await onboard(ada)
    await ada.say("/coach pause")
    clock.advance(days=2)
    assert await coach.due(clock.now()) == []
    await ada.say("/coach resume")
    clock.advance(days=1)  # 08:00 Berlin: yesterday's missed time is skipped, today's hasn't come
    assert await coach.due(clock.now()) == []
    clock.advance(minutes=31)
    assert await coach.due(clock.now())


async def test_final_week_mock_reminder_until_booked(coach, clock) -> None:
    ada = ConsoleAdapter(coach, clock, user="ada")
    await onboard(ada, interview="2026-12-05")
    clock.set(datetime(2026, 11, 27, 8, 0, tzinfo=UTC))  # 8 days out: no reminder yet
    assert not [r for r in await coach.due(clock.now()) if r.kind == "reminder"]
    clock.set(datetime(2026, 11, 28, 8, 0, tzinfo=UTC))  # 7 days out
    rem = [r for r in await coach.due(clock.now()) if r.kind == "reminder"]
    assert len(rem) == 1 and "mock interview" in rem[0].text and "7 days" in rem[0].text
    await ada.say("/coach mock booked")
    clock.advance(days=1)
    assert not [r for r in await coach.due(clock.now()) if r.kind == "reminder"]


async def test_two_schedulers_deliver_once(coach, clock) -> None:
    from bot.store.outbox import SqlOutbox
    from jobs.dispatcher import Dispatcher
    from tests.fakes.senders import RecordingSender

    ada = ConsoleAdapter(coach, clock, user="ada")
    await onboard(ada)
    clock.advance(hours=1)
    sender = RecordingSender("console")
    outbox = coach.outbox
    assert isinstance(outbox, SqlOutbox)
    a = Dispatcher(outbox, {"console": sender}, clock)
    b = Dispatcher(SqlOutbox(outbox.engine), {"console": sender}, clock)
    await asyncio.gather(drip_tick(coach, a, clock), drip_tick(coach, b, clock))
    drips = [m for m in sender.sent if m.kind == "drip"]
    assert len(drips) == 1 and drips[0].to == ada.ref


async def test_scheduler_is_built_with_utc_jobs_on_the_minute(coach, clock) -> None:
    from jobs.dispatcher import Dispatcher

    sched = build_scheduler(coach, Dispatcher(coach.outbox, {}, clock), clock, tick_seconds=60)
    job = sched.get_job("drip_tick")
    assert job is not None and job.trigger.interval == timedelta(seconds=60)
    assert job.trigger.start_date.second == 0
    assert sched.get_job("dispatch") is not None
    assert str(sched.timezone) == "UTC"


async def test_spaced_repetition_over_simulated_weeks(coach, clock) -> None:
    """A prompt rated Again comes back the next day as a review, before anything new; one answered
    well and rated Easy stays away for days (a weak answer rated Easy is reviewed as the answer showed)."""
    ada = ConsoleAdapter(coach, clock, user="ada")
    await onboard(ada, answers="nnnn", interview="none")
    r = await ada.say("/coach today")
    first = r[0].meta["prompt_id"]
    await ada.say("I am not sure, something about models and data.")
    r = await ada.say("again")
    second = next(x.meta["prompt_id"] for x in r if x.kind == "prompt") if any(x.kind == "prompt" for x in r) else None
    clock.advance(days=1)
    r = await ada.say("/coach today")
    if second:  # yesterday's new prompt was still open: finish it
        await ada.say("Regularization penalizes large weights so the model generalizes.")
        r = await ada.say("easy")
        clock.advance(days=1)
        r = await ada.say("/coach today")
    prompt = next(x for x in r if x.kind == "prompt")
    assert prompt.meta["prompt_id"] == first and "review" in prompt.text
    await ada.say(" ".join(k.text for k in coach.cur.prompts[first].key_points))
    await ada.say("easy")
    seen_again = []
    for _ in range(6):
        clock.advance(days=1)
        r = await ada.say("/coach today")
        seen_again += [x.meta.get("prompt_id") for x in r if x.kind == "prompt"]
        for x in r:
            if x.kind == "prompt":
                await ada.say("/coach skip")
    assert first not in seen_again[:3]


async def test_reviews_intensify_near_the_interview(coach, clock) -> None:
    ada = ConsoleAdapter(coach, clock, user="ada")
    await onboard(ada, answers="nnnn", interview="2026-12-05")
    await ada.say("/coach practice th-bv-01")
    await ada.say("Variance is sensitivity of the fitted function to the training sample.")
    r = await ada.say("easy")
    # FSRS alone would wait ~8 days for a first Easy; 10 days out, it comes back within a third of that
    assert "in 3 days" in texts(r) or "tomorrow" in texts(r) or "in 2 days" in texts(r)


async def test_a_database_outage_is_logged_once_per_job_not_with_a_traceback_every_run(coach, caplog) -> None:  # type: ignore[no-untyped-def]
    """The dispatcher runs every few seconds: with PostgreSQL down each run failed, and APScheduler logged
    every failure with its traceback. Now each job logs the outage once, and once more when it is over."""
    import logging
    import socket

    from bot.adapters.console import ConsoleSender
    from bot.core.clock import SystemClock
    from bot.store.db import make_engine
    from bot.store.outbox import SqlOutbox
    from jobs.dispatcher import Dispatcher

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    down = make_engine(f"postgresql+asyncpg://prep@127.0.0.1:{port}/prepdrip")  # nothing listens: refused
    dispatcher = Dispatcher(SqlOutbox(down), {"console": ConsoleSender()}, SystemClock())
    sched = build_scheduler(coach, dispatcher, SystemClock(), tick_seconds=1, dispatch_seconds=0.05)
    caplog.set_level(logging.DEBUG)
    sched.start()
    try:
        await asyncio.sleep(1.5)  # some thirty dispatch runs and two drip ticks, all failing
        tracebacks = [r for r in caplog.records if r.exc_info and r.levelno >= logging.ERROR]
        assert 1 <= len(tracebacks) <= 2, [r.getMessage() for r in tracebacks]  # one per job
        assert {r.name for r in tracebacks} == {"jobs.quiet"}
        assert sum("failed again" in r.getMessage() for r in caplog.records) >= 10  # the rest, at DEBUG
        dispatcher.outbox = coach.outbox  # the database is back
        await asyncio.sleep(0.5)
        assert any("the dispatcher works again after" in r.getMessage() for r in caplog.records)
    finally:
        assert await sched.wind_down(5.0)  # shutdown(wait=False) cancelled runs mid-query: the loop never closed
        await down.dispose()
        for t in asyncio.all_tasks():
            t.print_stack()


async def test_the_final_week_review_load_ends_with_the_interview(coach, clock) -> None:
    """Reviews intensify in the last two weeks before the interview; after it had passed, the heavier
    load stayed for ever (days left below zero counted as close)."""
    from bot.core.context import Ctx
    from bot.core.flows.today import _build_queue
    from bot.core.messages import Inbound
    from bot.core.state import Conversation

    ada = ConsoleAdapter(coach, clock, user="ada")
    await onboard(ada, answers="nnnn", interview="2026-12-05")
    for pid in ("th-bv-01", "th-bv-02", "th-reg-01", "th-reg-02", "th-gd-01", "th-gd-02", "th-metrics-01"):
        await ada.say(f"/coach practice {pid}")
        await ada.say("I am not sure.")
        await ada.say("again")

    async def reviews(days: int) -> int:
        clock.advance(days=days)
        async with coach.uow() as uow:
            learner = await uow.get_learner(ada.ref)
            assert learner is not None
            ctx = Ctx(uow, learner, clock.now(), Inbound(ada.ref, ""), coach.svc, Conversation.load(learner.state))
            _ids, review_ids = await _build_queue(ctx)
        return len(review_ids)

    close = await reviews(2)  # interview in 8 days
    passed = await reviews(12)  # the interview was 4 days ago
    assert close == coach.svc.settings.reviews_per_day_final
    assert passed == coach.svc.settings.reviews_per_day
