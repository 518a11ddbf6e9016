"""Gates, readiness and spaced repetition that tell the truth (helper `gates`): a wrong answer rated
Easy still comes back soon, evidence-met criteria are not ticked by hand nor shown unticked, a passed
interview is not "on track", and an interview set inside the final week gets its mock reminder at once.
Each test failed before its fix; storage tests run on SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
import re
from datetime import UTC, datetime, timedelta

import pytest

from bot.adapters.console import ConsoleAdapter
from bot.core.clock import FakeClock
from bot.core.curriculum import Curriculum
from bot.core.engine import Coach
from bot.core.matcher import Matcher
from bot.core.model import GateTick
from bot.core.srs import Repetition, scheduled_rating
from bot.store.outbox import SqlOutbox
from bot.store.uow import SqlStore
from tests.conftest import START, onboard, texts


@pytest.fixture
def ada(both: Coach, clock: FakeClock) -> ConsoleAdapter:
    return ConsoleAdapter(both, clock, user="ada")


# ---- 1. the schedule takes a rating no easier than the answer showed -------------------------------

NOTHING = "I am not sure, I would have to look it up."


@pytest.mark.parametrize(
    "rating, score, scheduled",
    [
        (4, 0.0, 1),  # nothing shown: Again, whatever the learner felt
        (4, 0.35, 2),  # a wrong claim, held under the pass line: Hard at most
        (3, 0.39, 2),
        (4, 0.5, 3),  # passed, not strong: no easier than Good
        (4, 0.6, 4),
        (1, 1.0, 1),  # a learner harder on themselves than the grader keeps their rating
        (4, None, 4),  # no score (a drill not yet run): the learner's word
    ],
)
def test_scheduled_rating_is_capped_by_the_score(rating: int, score: float | None, scheduled: int) -> None:
    assert scheduled_rating(rating, score) == scheduled


async def test_a_zero_answer_rated_easy_comes_back_tomorrow(both: Coach, ada: ConsoleAdapter) -> None:
    await onboard(ada, answers="nnnn")
    await ada.say("/coach practice th-bv-01")
    fb = texts(await ada.say(NOTHING))
    assert "(0%" in fb
    said = await ada.say("easy")
    assert said[0].text == "Rated Easy. I'll review it as Again from what the answer showed: back tomorrow."
    assert said[1].text.startswith("⚠️ Calibration check") and "showed 0%" in said[1].text  # the score, once
    async with both.uow() as uow:
        L = await uow.get_learner(ada.ref)
        assert L is not None and L.id is not None
        card = await uow.get_card(L.id, "th-bv-01")
        [attempt] = [a for a in await uow.attempts(L.id) if a.prompt_id == "th-bv-01"]
    assert card is not None and card.due - START <= timedelta(days=1)  # was 8 days
    assert attempt.self_rating == 4  # the learner's own rating stays, for the calibration gap


async def test_a_capped_rating_without_a_calibration_check_names_the_score(ada: ConsoleAdapter) -> None:
    """No calibration check follows (the gap is small), so the capped line names the score itself."""
    await onboard(ada, answers="nnnn")
    await ada.say("/coach practice th-bv-01")
    await ada.say(NOTHING)
    said = await ada.say("hard")
    assert said[0].text == "Rated Hard. I'll review it as Again as the answer showed 0%: back tomorrow."
    assert "Calibration check" not in texts(said)


# ---- 2. a criterion met by evidence is not ticked by hand --------------------------------------------


async def ticks_of(coach: Coach, who: ConsoleAdapter) -> list[str]:
    async with coach.uow() as uow:
        L = await uow.get_learner(who.ref)
        assert L is not None and L.id is not None
        return [t.criterion_id for t in await uow.ticks(L.id)]


async def test_checking_the_mock_criterion_says_how_it_is_met_and_ticks_nothing(
    both: Coach, ada: ConsoleAdapter
) -> None:
    await onboard(ada, answers="yyyy")  # phase 4: stories, and a mock booked or done
    r = texts(await ada.say("/coach check 2"))
    assert "Ticked" not in r
    assert "isn't ticked by hand" in r and "`/coach mock booked`" in r and "Nothing changed" in r
    assert await ticks_of(both, ada) == []
    assert "2. ⬜ A mock interview" in texts(await ada.say("/coach check"))
    await ada.say("/coach mock booked")
    r = texts(await ada.say("/coach check 2"))
    assert "already met" in r and "mock interview is booked" in r and "☑️ A mock interview" in r


async def test_checking_a_drill_criterion_says_which_drills_meet_it(both: Coach, ada: ConsoleAdapter) -> None:
    await onboard(ada, answers="yynn")  # phase 2: coding
    r = texts(await ada.say("/coach check 1"))
    assert "isn't ticked by hand" in r and "`gd-loop` passed within its time budget" in r
    assert "`/coach practice gd-loop`" in r and "so far 0/1" in r
    assert await ticks_of(both, ada) == []
    assert "1. ⬜ Implement a gradient descent loop" in texts(await ada.say("/coach check"))


# ---- 3. unchecking a criterion met by a mock or by self-checked drills says it stays met --------------


async def test_unchecking_a_booked_mock_says_it_stays_met(ada: ConsoleAdapter) -> None:
    await onboard(ada, answers="yyyy")
    await ada.say("/coach mock booked")
    r = texts(await ada.say("/coach uncheck 2"))
    assert "⬜" not in r and "hadn't ticked" not in r
    assert "stays met" in r and "mock interview is booked" in r and "/coach mock cancel" in r and "☑️" in r
    assert "2. ☑️ A mock interview" in texts(await ada.say("/coach check"))


async def test_unchecking_self_checked_drills_says_they_stay_met(both: Coach, ada: ConsoleAdapter) -> None:
    await onboard(ada, answers="yynn")  # phase 2; no code runner: drills are self-checked
    await ada.say("/coach practice cd-kfold-01")
    await ada.say("def kfold_indices(n, k, shuffle=False, seed=0):\n    return []")
    assert "Passed (self-reported)" in texts(await ada.say("pass"))
    await ada.say("good")
    async with both.uow() as uow:  # a tick from before criteria about drills stopped taking ticks
        L = await uow.get_learner(ada.ref)
        assert L is not None and L.id is not None
        await uow.add_tick(GateTick(L.id, "p2-kfold", START, "self"))
        await uow.commit()
    r = texts(await ada.say("/coach uncheck 2"))
    assert "⬜" not in r and "Removed your tick" not in r
    assert "stays met" in r and "checked yourself" in r and "your tick is removed too" in r
    assert "2. ☑️ Write a k-fold" in texts(await ada.say("/coach check"))
    assert await ticks_of(both, ada) == []
    r = texts(await ada.say("/coach uncheck 2"))
    assert "stays met" in r and "your tick" not in r


# ---- 4. a passed interview is not a countdown -------------------------------------------------------


@pytest.mark.parametrize("ago, said", [(1, "yesterday"), (3, "3 days ago")])
async def test_a_passed_interview_asks_how_it_went_and_offers_a_new_date(
    ada: ConsoleAdapter, clock: FakeClock, ago: int, said: str
) -> None:
    interview = (START + timedelta(days=2)).date()
    await onboard(ada, "yynn", interview=interview.isoformat())
    clock.advance(days=2 + ago)
    for cmd in ("/readiness", "/coach plan"):
        r = texts(await ada.say(cmd))
        assert f"Your interview was {said} ({interview.isoformat()}). How did it go?" in r, cmd
        assert "/coach settings interview=YYYY-MM-DD" in r, cmd
        assert "days left" not in r and "on track" not in r and not re.search(r"-\d+ day", r), cmd
        assert "behind plan" not in r and "No interview date yet" not in r, cmd
    assert "Final week" not in texts(await ada.say("/coach plan"))  # a final week that is over is not shown
    nxt = (START + timedelta(days=2 + ago + 30)).date().isoformat()
    await ada.say(f"/coach settings interview={nxt}")
    r = texts(await ada.say("/readiness"))
    assert f"Interview {nxt}: 30 days left · on track ✅" in r and "How did it go" not in r


# ---- 5. an interview set inside the final week gets its mock reminder with the next drip ---------------


def utc(day: int, hour: int = 8) -> datetime:
    return datetime(2026, 12, day, hour, 0, tzinfo=UTC)


async def reminders_from(coach: Coach, clock: FakeClock, ada: ConsoleAdapter, days: range) -> dict[int, str]:
    """Each day's drip tick at 08:00 UTC: the mock reminders it sent, by day of the month."""
    got: dict[int, str] = {}
    for d in days:
        clock.set(utc(d))
        for r in await coach.due(clock.now()):
            if r.kind == "reminder":
                assert d not in got, f"two reminders on the {d}th"
                got[d] = r.text
        await ada.say("ok")  # keep answering so no nudges replace drills
    return got


async def test_an_interview_five_days_away_is_reminded_at_the_first_drip(
    both: Coach, clock: FakeClock, ada: ConsoleAdapter
) -> None:
    clock.set(utc(1, 7))
    await onboard(ada, answers="nnnn", interview="2026-12-06", tz="UTC", at="08:00")
    got = await reminders_from(both, clock, ada, range(1, 7))
    assert sorted(got) == [1, 3, 5]  # was [3, 5]: nothing until 3 days out
    assert "Your interview is in 5 days." in got[1] and "/coach mock booked" in got[1]


async def test_moving_the_date_inside_the_final_week_re_arms_the_reminder(
    both: Coach, clock: FakeClock, ada: ConsoleAdapter
) -> None:
    clock.set(utc(1, 7))
    await onboard(ada, answers="nnnn", interview="2026-12-06", tz="UTC", at="08:00")
    assert sorted(await reminders_from(both, clock, ada, range(1, 3))) == [1]  # once for the 6th
    clock.set(utc(2, 12))
    await ada.say("/coach settings interview=2026-12-09")  # moved: 7 days away tomorrow
    got = await reminders_from(both, clock, ada, range(3, 4))
    assert sorted(got) == [3] and "Your interview is in 6 days." in got[3]
    clock.set(utc(3, 12))
    await ada.say("/coach settings interview=2026-12-06")  # back to a date already reminded: not again
    assert sorted(await reminders_from(both, clock, ada, range(4, 6))) == [5]  # its 1-day reminder only


async def test_an_interview_set_in_the_final_week_is_reminded_once_by_two_schedulers(
    curriculum: Curriculum, store: SqlStore, matcher: Matcher, clock: FakeClock
) -> None:
    one, two = (
        Coach(curriculum, store, matcher, Repetition(), outbox=SqlOutbox(store.engine), runner=None) for _ in range(2)
    )
    clock.set(utc(1, 7))
    ada = ConsoleAdapter(one, clock, user="ada")
    await onboard(ada, answers="nnnn", interview="2026-12-06", tz="UTC", at="08:00")
    clock.set(utc(1))
    if store.engine.dialect.name == "postgresql":  # a real race needs a server: two at once
        await asyncio.gather(one.enqueue_due(clock.now()), two.enqueue_due(clock.now()))
    else:
        await one.enqueue_due(clock.now())
        await two.enqueue_due(clock.now())
    sent = await one.due(clock.now())
    assert [r.kind for r in sent].count("reminder") == 1
