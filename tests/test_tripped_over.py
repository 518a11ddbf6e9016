"""What a new user tripped over in the console (issue #8, part 2), one test per finding; each failed
before its fix."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest

from tests.conftest import START, onboard, texts

# ---- 1. routing reasons follow from the answers given --------------------------------------------


@pytest.mark.parametrize(
    "answers, must, must_not",
    [
        ("yynn", ["shipped a model", "design framework isn't automatic yet"], ["haven't yet", "haven't yet owned"]),
        ("yyyn", ["design framework is automatic", "calibrated mock"], ["isn't automatic yet", "haven't yet owned"]),
        ("ynyy", ["haven't yet owned a model", "don't skip ahead"], ["you've shipped"]),
        ("nnnn", ["first answer was a no"], ["you can explain theory"]),
        ("yyyy", ["yes to all four"], ["isn't automatic", "haven't"]),
    ],
)
async def test_routing_reason_follows_from_the_answers(
    console, answers: str, must: list[str], must_not: list[str]
) -> None:
    await console.say("/coach start")
    for a in answers:
        r = await console.say("yes" if a == "y" else "no")
    why = r[0].text.split("Why:", 1)[1]
    for phrase in must:
        assert phrase in why, phrase
    for phrase in must_not:
        assert phrase not in why, phrase


# ---- 2. /coach plan agrees with itself -----------------------------------------------------------


def _marked(plan: str) -> list[str]:
    return [line for line in plan.splitlines() if line.startswith("▶")]


def _header_phase(plan: str) -> str:
    m = re.search(r"now in (Phase \d)", plan)
    assert m, plan
    return m.group(1)


async def test_plan_after_advance_marks_the_phase_in_the_header(console) -> None:
    await onboard(console, "yynn")
    await console.say("/coach advance")
    plan = texts(await console.say("/coach plan"))
    assert _header_phase(plan) == "Phase 3"
    assert len(_marked(plan)) == 1 and "Phase 3" in _marked(plan)[0]
    assert "Phase 2" not in plan.split("\n", 1)[1]  # the plan starts again from the new phase


async def test_plan_a_week_before_the_interview_keeps_every_phase_and_one_story(console) -> None:
    interview = (START + timedelta(days=7)).date().isoformat()
    r = await onboard(console, "yynn", interview=interview)
    assert "weakest round comes first" in texts(r)
    plan = texts(await console.say("/coach plan"))
    header = _header_phase(plan)
    assert len(_marked(plan)) == 1 and header in _marked(plan)[0]
    assert "Phase 2" in plan and "Phase 3" in plan and "Phase 4" in plan
    # one count of days, said once: no "(20 days)" against "21 days to go"
    assert len(set(re.findall(r"(\d+) days? to go|in (\d+) days", plan))) <= 1
    readiness = texts(await console.say("/readiness"))
    assert header in readiness


async def test_plan_days_to_go_agree_between_plan_and_readiness(console, clock) -> None:
    await onboard(console, "yynn", interview="2026-12-15")
    clock.advance(days=1)
    plan = texts(await console.say("/coach plan"))
    ready = texts(await console.say("/readiness"))
    n = re.search(r"in (\d+) days", plan)
    assert n and f"{n.group(1)} days left" in ready


async def test_behind_plan_is_said_instead_of_marking_another_phase(console, clock) -> None:
    await onboard(console, "nnnn", interview="2027-03-01")
    clock.advance(days=20)
    plan = texts(await console.say("/coach plan"))
    assert _header_phase(plan) == "Phase 1" and "Phase 1" in _marked(plan)[0]
    assert "By the plan you'd be in Phase 2 today" in plan
    assert "behind plan" in texts(await console.say("/readiness"))


# ---- 5. booking a mock is not doing one ----------------------------------------------------------


async def test_booking_a_mock_is_not_doing_one(console) -> None:
    await onboard(console, "yyyy")
    before = texts(await console.say("/readiness"))
    await console.say("/coach mock booked")
    booked = texts(await console.say("/readiness"))
    assert "mock booked, not done yet" in booked
    assert _score(booked, "Behavioral") == _score(before, "Behavioral")  # a plan, not readiness
    assert "⬜ At least one mock interview done" in booked
    await console.say("/coach mock done")
    done = texts(await console.say("/readiness"))
    assert _score(done, "Behavioral") > _score(booked, "Behavioral")
    assert "mock done (self-reported)" in done
    assert "☑️ At least one mock interview done" in done and "(self-reported)" in done


async def test_bare_mock_lists_its_sub_commands(console) -> None:
    await onboard(console)
    t = texts(await console.say("/coach mock"))
    assert "/coach mock booked" in t and "/coach mock done" in t and "/coach mock cancel" in t


def _score(readiness: str, title: str) -> int:
    m = re.search(rf"{title}[^\n]*?(\d+)/100", readiness)
    assert m, readiness
    return int(m.group(1))


# ---- 6. unchecking a criterion met by activity says why it stays ---------------------------------

STRONG_BV = (
    "Bias is systematic error from a model too simple for the data: it misses the same way whatever sample "
    "you train on. Variance is sensitivity to the particular training sample: retrain on a fresh sample and "
    "a flexible model changes a lot. More capacity lowers bias and raises variance; more data and "
    "regularization reduce variance but not bias."
)


async def test_uncheck_of_a_criterion_met_by_activity_says_why(console) -> None:
    await onboard(console, "nnnn")
    await console.say("/coach practice th-bv-01")
    await console.say(STRONG_BV)
    await console.say("good")
    r = texts(await console.say("/coach uncheck 1"))
    assert "Removed your tick" not in r
    assert "stays met" in r and "activity" in r
    assert "1. ✅" in texts(await console.say("/coach check"))
    r = texts(await console.say("/coach uncheck 2"))
    assert "hadn't ticked" in r
    await console.say("/coach check 2")
    assert "Removed your tick" in texts(await console.say("/coach uncheck 2"))


# ---- 7. a timezone change cannot add a streak day -------------------------------------------------


async def test_streak_counts_a_real_day_once_whatever_the_zone(console, clock) -> None:
    await onboard(console, "nnnn", tz="Pacific/Honolulu")
    clock.set(START.replace(hour=20))  # 10:00 in Honolulu
    await console.say("/coach practice th-bv-01")
    await console.say(STRONG_BV)
    await console.say("good")
    await console.say("/coach settings tz=Pacific/Kiritimati")  # a calendar day ahead
    clock.advance(minutes=30)
    await console.say("/coach practice th-reg-01")
    r = texts(await console.say("L1 adds the absolute value of the weights, L2 their squares."))
    assert "2-day streak" not in texts(await console.say("/leaderboard"))
    # the next real day counts
    clock.advance(days=1)
    await console.say("good")
    await console.say("/coach practice th-gd-01")
    await console.say("Gradient descent steps against the gradient; the learning rate scales the step.")
    assert "2-day streak" in texts(await console.say("/leaderboard")), r
