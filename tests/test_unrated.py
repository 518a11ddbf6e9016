"""An answer left unrated: every drip after it asked for the rating again instead of bringing a new prompt,
for as long as the learner didn't rate. The next day's drip schedules it from the grade and moves on."""

from __future__ import annotations

import re

from bot.adapters.console import ConsoleAdapter
from tests.conftest import onboard, texts


async def test_the_next_drip_settles_an_unrated_answer_and_brings_a_new_prompt(coach, clock) -> None:  # type: ignore[no-untyped-def]
    ada = ConsoleAdapter(coach, clock, user="ada")
    await onboard(ada, answers="nnnn", tz="Europe/Berlin", at="08:30", interview="none")
    clock.advance(minutes=31)
    first = texts(await coach.due(clock.now()))
    pid = re.search(r"\(`([a-z0-9-]+)`\)", first)
    assert pid, first
    feedback = texts(await ada.say("Bias is error from wrong assumptions; variance is sensitivity to the sample."))
    assert "rate how you did" in feedback  # ... and the learner never does

    clock.advance(days=1)
    second = texts(await coach.due(clock.now()))

    assert f"`{pid[1]}` went unrated, so I scheduled its review from your answer's grade" in second
    assert "needs only your rating" not in second and "Rate your last answer" not in second
    assert re.search(r"\(`([a-z0-9-]+)`\)", second.split("went unrated", 1)[1])  # a prompt came with it
    history = texts(await ada.say("/coach history"))
    assert "not rated yet" in history  # the rating stays the learner's to give: none was made up


async def test_an_answer_from_today_still_waits_for_its_rating(coach, clock) -> None:  # type: ignore[no-untyped-def]
    """`/coach today` (and a drip forced the same day) keeps asking for the rating of today's answer."""
    ada = ConsoleAdapter(coach, clock, user="ada")
    await onboard(ada, answers="nnnn", tz="Europe/Berlin", at="08:30", interview="none")
    await ada.say("/coach today")
    await ada.say("Bias is error from wrong assumptions; variance is sensitivity to the sample.")
    again = texts(await ada.say("/coach today"))
    assert "needs only your rating" in again and "went unrated" not in again
