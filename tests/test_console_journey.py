"""What a learner tripped over walking the whole journey in the console (QA pass, qa-console), one
test per finding; each failed before its fix."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest

from tests.conftest import START, onboard, texts

# ---- the countdown to the interview reads as English ---------------------------------------------


@pytest.mark.parametrize("days, said", [(0, "today. Skim"), (1, "tomorrow ·"), (9, "9 days left ·")])
async def test_readiness_countdown_reads_right_on_the_last_days(console, days: int, said: str) -> None:
    interview = (START + timedelta(days=days)).date().isoformat()
    await onboard(console, "yynn", interview=interview)
    ready = texts(await console.say("/readiness"))
    assert f"Interview {interview}: {said}" in ready
    assert not re.search(r"(today|tomorrow) left", ready)


# ---- an interview today: the plan marks the phase the learner was just put in --------------------


@pytest.mark.parametrize("answers", ["ynnn", "nnnn", "yyyy"])
async def test_plan_for_an_interview_today_marks_the_phase_you_are_in(console, answers: str) -> None:
    r = texts(await onboard(console, answers, interview=START.date().isoformat()))
    header = re.search(r"now in (Phase \d)", r)
    assert header, r
    marked = [line for line in r.splitlines() if line.startswith("▶")]
    assert len(marked) == 1 and header.group(1) in marked[0], r  # not "now in Phase 2" over a Phase 4 row
    assert "Your interview is today" in r


# ---- a relative interview date counts from the learner's today, not UTC's ---------------------------

NY_LATE_EVENING = datetime(2026, 11, 26, 3, 0, tzinfo=UTC)  # Wed 25 Nov, 22:00 in New York


async def test_in_ten_days_typed_before_the_timezone_is_ten_days_in_it(console, clock) -> None:
    clock.set(NY_LATE_EVENING)
    r = texts(await onboard(console, "yyyy", interview="in 10 days", tz="America/New_York"))
    assert "interview 2026-12-05 (in 10 days)" in r  # not 2026-12-06, "in 11 days"
    assert "so I read “in 10 days” as 2026-12-05" in r
    assert "2026-12-05" in texts(await console.say("/coach settings"))


async def test_a_date_typed_as_is_is_not_said_again(console, clock) -> None:
    clock.set(NY_LATE_EVENING)
    r = texts(await onboard(console, "yyyy", interview="2026-12-06", tz="America/New_York"))
    assert "interview 2026-12-06 (in 11 days)" in r and "so I read" not in r


async def test_settings_read_a_relative_date_in_the_learners_timezone(console, clock) -> None:
    await onboard(console, "yynn", tz="America/New_York")
    clock.set(NY_LATE_EVENING)
    r = texts(await console.say("/coach settings interview=tomorrow"))
    assert "interview=2026-11-26" in r
    # a timezone set in the same command counts, wherever it stands
    r = texts(await console.say("/coach settings interview=in 2 weeks tz=Asia/Tokyo"))
    assert "interview=2026-12-10" in r  # Thu 26 Nov in Tokyo, plus 14 days


# ---- a rating word after a failed drill run --------------------------------------------------------


async def test_rating_after_a_failed_run_says_it_failed_not_answer_first(console) -> None:
    from tests import solutions

    await onboard(console, "yynn")
    await console.say("/coach practice cd-kfold-01")
    assert "Tests:" in texts(await console.say(solutions.KFOLD_WRONG))
    r = await console.say("good")
    assert r[0].kind == "error" and "Answer first" not in r[0].text  # it was answered: it failed
    assert "didn't pass yet" in r[0].text and "give up" in r[0].text
    assert "Tests: 5 of 5 passed" in texts(await console.say(solutions.KFOLD_RIGHT))  # still open


# ---- small wording: the story inventory and `covered N` -------------------------------------------

FULL_STORY = (
    "Last year I owned the ranking model for our sellers widget. One morning I saw CTR drop 20% overnight. "
    "I was on call, so I decided to roll back to the previous version within two hours, then I found an "
    "upstream column rename that filled nulls with zero. I fixed the pipeline, added null-rate checks, "
    "and CTR recovered to within 2% of baseline in three hours."
)


async def test_story_inventory_says_full_star_or_what_is_missing(console) -> None:
    await onboard(console, "yyyy")
    await console.say("/coach practice bh-fail-01")
    await console.say(FULL_STORY)
    await console.say("good")
    t = texts(await console.say("/coach stories"))
    assert "full STAR" in t and "STAR STAR" not in t


async def test_covered_out_of_range_counts_points_in_english(console) -> None:
    from tests.test_grading import UNSURE

    await onboard(console, answers="nnnn")
    await console.say("/coach practice th-reg-01")
    assert "`covered 1`" in texts(await console.say(UNSURE))
    t = texts(await console.say("covered 7"))
    assert "I asked about 1 point: reply `covered 1`." in t and "point(s)" not in t


# ---- a restart left open does not swallow the answers to a prompt opened after it ------------------


async def test_a_prompt_opened_after_an_unfinished_restart_gets_the_answers(console, clock) -> None:
    await onboard(console, "yynn")
    await console.say("/coach start")  # thought better of it after one answer
    await console.say("yes")
    clock.advance(minutes=2)
    await console.say("/coach practice sd-fraud-01")
    r = texts(await console.say("Requirements: 1,500 orders/s and a 100 ms p99 budget; PR-AUC as the metric."))
    assert "I need a yes or a no" not in r and "put your `/coach start` aside" in r and "Noted" in r
    assert "Design feedback" in texts(await console.say("/coach done"))
    assert "Europe/Berlin" in texts(await console.say("/coach settings"))  # the profile is as it was


async def test_a_restart_still_takes_its_answers_when_no_prompt_came_after(console, clock) -> None:
    await onboard(console, "yynn")
    await console.say("/coach practice th-bv-01")
    clock.advance(minutes=2)
    await console.say("/coach start")
    assert "Question 2 of 4" in texts(await console.say("yes"))


# ---- a half-written design answer is not thrown away by `/coach practice` ------------------------


async def test_practice_mid_design_keeps_the_words_written_so_far(console) -> None:
    await onboard(console, "yynn")
    await console.say("/coach practice sd-fraud-01")
    await console.say("Requirements: 1,500 orders/s, 100 ms p99. Metric: PR-AUC; baseline: the rules engine.")
    r = texts(await console.say("/coach practice th-bv-01"))
    assert "middle of a design answer" in r and "Put aside" not in r
    assert "Design feedback" in texts(await console.say("/coach done"))  # the words were kept
