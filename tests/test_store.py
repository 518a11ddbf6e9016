"""The storage layer on SQLite and PostgreSQL: migrations, round trips, optimistic concurrency,
the at-most-once delivery ledger, study groups."""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime, timedelta

import pytest

from bot.core.messages import LearnerRef
from bot.core.model import Attempt, CardState, GateTick, Learner, Story
from bot.core.ports import ConcurrentUpdate

NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)


async def _add(store, user: str = "u1") -> Learner:
    async with store() as uow:
        L = await uow.add_learner(Learner(ref=LearnerRef("slack", "T1", user), created_at=NOW))
        await uow.commit()
    return L


async def test_learner_round_trip_keeps_utc_and_json(store) -> None:
    L = await _add(store)
    L.tz, L.drip_time, L.interview_date, L.phase = "Asia/Kolkata", "07:00", date(2027, 1, 5), 3
    L.routing_answers = [True, True, True, False]
    L.state = {"pending": {"prompt_id": "x", "buffer": ["a", "b"]}}
    L.next_drip_at = NOW + timedelta(hours=5)
    async with store() as uow:
        await uow.save_learner(L)
        await uow.commit()
    async with store() as uow:
        got = await uow.get_learner(LearnerRef("slack", "T1", "u1"))
    assert got is not None
    assert got.tz == "Asia/Kolkata" and got.interview_date == date(2027, 1, 5)
    assert got.routing_answers == [True, True, True, False]
    assert got.state["pending"]["buffer"] == ["a", "b"]
    assert got.next_drip_at == NOW + timedelta(hours=5) and got.next_drip_at.tzinfo is not None
    assert got.created_at.utcoffset() == timedelta(0)
    # the same user id in another workspace is another learner
    async with store() as uow:
        assert await uow.get_learner(LearnerRef("slack", "T2", "u1")) is None


async def test_stale_save_is_detected(store) -> None:
    L = await _add(store)
    async with store() as uow:
        a = await uow.get_learner(L.ref)
    async with store() as uow:
        b = await uow.get_learner(L.ref)
    assert a and b
    a.points = 10
    async with store() as uow:
        await uow.save_learner(a)
        await uow.commit()
    b.points = 99
    with pytest.raises(ConcurrentUpdate):
        async with store() as uow:
            await uow.save_learner(b)


async def test_rollback_unless_committed(store) -> None:
    L = await _add(store)
    async with store() as uow:
        await uow.add_attempt(Attempt(L.id, "p", "theory", "theory", "t", NOW, NOW, 0.5))
        # no commit
    async with store() as uow:
        assert await uow.attempts(L.id) == []


async def test_ledger_is_at_most_once_even_concurrently(store) -> None:
    L = await _add(store)

    async def claim() -> bool:
        async with store() as uow:
            ok = await uow.claim(L.id, date(2026, 11, 25), "drip", NOW)
            await uow.commit()
            return ok

    results = await asyncio.gather(*(claim() for _ in range(8)))
    assert results.count(True) == 1
    async with store() as uow:
        assert await uow.claim(L.id, date(2026, 11, 26), "drip", NOW)  # another day is another row
        assert await uow.claim(L.id, date(2026, 11, 25), "mock", NOW)  # another kind too


async def test_attempts_cards_ticks_stories(store) -> None:
    L = await _add(store)
    async with store() as uow:
        a = await uow.add_attempt(
            Attempt(
                L.id,
                "th-bv-01",
                "theory",
                "theory",
                "bias-variance",
                NOW,
                NOW,
                0.25,
                ["a"],
                ["b", "c"],
                detail={"x": 1},
            )
        )
        a.self_rating = 4
        await uow.update_attempt(a)
        await uow.save_card(CardState(L.id, "th-bv-01", NOW + timedelta(days=1), {"stability": 1.0}))
        await uow.save_card(CardState(L.id, "th-bv-01", NOW - timedelta(days=1), {"stability": 2.0}))  # upsert
        await uow.add_tick(GateTick(L.id, "p1-metrics", NOW))
        await uow.add_tick(GateTick(L.id, "p1-metrics", NOW))  # idempotent
        await uow.add_story(
            Story(L.id, "bh-fail-01", "production-failure", "I decided…", {"situation": True}, 0.8, True, 300, 0.9, NOW)
        )
        await uow.commit()
    async with store() as uow:
        got = await uow.attempts(L.id)
        assert got[0].self_rating == 4 and got[0].missed == ["b", "c"] and got[0].detail == {"x": 1}
        due = await uow.due_cards(L.id, NOW)
        assert [c.data["stability"] for c in due] == [2.0]
        assert await uow.card_count(L.id) == 1
        assert [t.criterion_id for t in await uow.ticks(L.id)] == ["p1-metrics"]
        await uow.remove_tick(L.id, "p1-metrics")
        assert await uow.ticks(L.id) == []
        assert (await uow.stories(L.id))[0].star == {"situation": True}


async def test_learners_due_query(store) -> None:
    for i, (offset, paused) in enumerate([(-60, False), (60, False), (-30, True), (-10, False)]):
        L = await _add(store, f"u{i}")
        L.onboarded, L.paused, L.next_drip_at = True, paused, NOW + timedelta(minutes=offset)
        async with store() as uow:
            await uow.save_learner(L)
            await uow.commit()
    async with store() as uow:
        due = await uow.learners_due(NOW, 100)
    assert [d.ref.user_id for d in due] == ["u0", "u3"]


async def test_group_members_and_weekly_points_stay_in_their_group(store) -> None:
    from datetime import timedelta

    for i, pts in enumerate([5, 50, 20]):
        L = await _add(store, f"g{i}")
        L.points = pts
        async with store() as uow:
            await uow.save_learner(L)
            await uow.join_group("slack", "T1", "C1", L.id)
            await uow.join_group("slack", "T1", "C1", L.id)  # joining twice is harmless
            await uow.commit()
            await uow.groups.add_points(L.id, NOW, pts, "theory")
            await uow.groups.add_points(L.id, NOW - timedelta(days=8), 100, "theory")  # last week
            await uow.commit()
    async with store() as uow:
        board = await uow.groups.members("slack", "T1", "C1")
        other = await uow.groups.members("slack", "T1", "C2")
        week = await uow.groups.points_between(
            [x.id for x in board if x.id], NOW - timedelta(days=1), NOW + timedelta(seconds=1)
        )
    assert sorted(x.points for x in board) == [5, 20, 50]
    assert sorted(week.values()) == [5, 20, 50]
    assert other == []


async def test_first_messages_racing_create_one_learner(store) -> None:
    from bot.core.curriculum import default_content_dir, load_curriculum
    from bot.core.engine import Coach
    from bot.core.messages import Inbound

    coach = Coach(load_curriculum([default_content_dir()]), store)
    ref = LearnerRef("discord", "G1", "42")
    replies = await asyncio.gather(*(coach.handle(Inbound(ref, "/coach help"), NOW) for _ in range(5)))
    assert all("PrepDrip commands" in r[0].text for r in replies)
    async with store() as uow:
        assert (await uow.get_learner(ref)) is not None


async def test_concurrent_answers_from_one_learner_lose_nothing(store) -> None:
    from bot.core.curriculum import default_content_dir, load_curriculum
    from bot.core.engine import Coach
    from bot.core.messages import Inbound

    coach = Coach(load_curriculum([default_content_dir()]), store)
    ref = LearnerRef("slack", "T9", "U9")
    for t in ["/coach start", "yes", "yes", "yes", "no", "none", "UTC", "09:00", "senior", "/coach practice sd-eta-01"]:
        await coach.handle(Inbound(ref, t), NOW)
    parts = [f"part {i}: the ETA model needs a latency budget and an offline metric like MAE" for i in range(6)]
    await asyncio.gather(*(coach.handle(Inbound(ref, p), NOW) for p in parts))
    async with store() as uow:
        L = await uow.get_learner(ref)
    assert L is not None and sorted(L.state["pending"]["buffer"]) == sorted(parts)
