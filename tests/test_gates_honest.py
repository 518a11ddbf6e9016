"""Gates, readiness and spaced repetition that tell the truth (helper `gates`): a wrong answer rated
Easy still comes back soon, evidence-met criteria are not ticked by hand nor shown unticked, a passed
interview is not "on track", and an interview set inside the final week gets its mock reminder at once.
Each test failed before its fix; storage tests run on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta

import pytest

from bot.adapters.console import ConsoleAdapter
from bot.core.clock import FakeClock
from bot.core.curriculum import Curriculum
from bot.core.engine import Coach
from bot.core.matcher import Matcher
from bot.core.srs import Repetition, scheduled_rating
from bot.store.outbox import SqlOutbox
from bot.store.uow import SqlStore
from tests.conftest import START, onboard, texts


@pytest.fixture
async def both(curriculum: Curriculum, store: SqlStore, matcher: Matcher) -> AsyncIterator[Coach]:
    """The coach on each backend (the ``coach`` fixture is SQLite only)."""
    yield Coach(curriculum, store, matcher, Repetition(), outbox=SqlOutbox(store.engine), runner=None)


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
