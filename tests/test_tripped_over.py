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
    await console.say("/coach group join")
    clock.set(START.replace(hour=20))  # 10:00 in Honolulu
    await console.say("/coach practice th-bv-01")
    await console.say(STRONG_BV)
    await console.say("good")
    await console.say("/coach settings tz=Pacific/Kiritimati")  # a calendar day ahead
    clock.advance(minutes=30)
    await console.say("/coach practice th-reg-01")
    r = texts(await console.say("L1 adds the absolute value of the weights, L2 their squares."))
    assert "🔥 2" not in texts(await console.say("/leaderboard"))
    # the next real day counts
    clock.advance(days=1)
    await console.say("good")
    await console.say("/coach practice th-gd-01")
    await console.say("Gradient descent steps against the gradient; the learning rate scales the step.")
    assert "🔥 2" in texts(await console.say("/leaderboard")), r


# ---- 8. a follow-up that is shown can be answered ------------------------------------------------

DESIGN = (
    "Requirements: approve, review or decline inside the payment call, 100 ms p99. Objective: P(fraud) with "
    "cost-based thresholds, PR-AUC; baseline the rules engine. Data: chargebacks arrive 30-90 days later."
)


async def test_design_and_drill_feedback_show_no_unanswerable_follow_up(console, curriculum) -> None:
    await onboard(console, "yyyy")
    await console.say("/coach practice sd-fraud-01")
    await console.say(DESIGN)
    fb = texts(await console.say("/coach done"))
    p = curriculum.prompts["sd-fraud-01"]
    assert p.follow_up and p.follow_up not in fb and "🔎" not in fb
    await console.say("good")
    await console.say("/coach practice cd-kfold-01")
    fb = texts(await console.say("def kfold_indices(n, k, shuffle=False, seed=0):\n    return []"))
    drill = curriculum.prompts["cd-kfold-01"]
    assert "🔎" not in fb and (drill.follow_up is None or drill.follow_up not in fb)


async def test_theory_follow_up_shown_is_answered_and_graded(console, curriculum) -> None:
    await onboard(console, "nnnn")
    p = curriculum.prompts["th-bv-01"]
    await console.say("/coach practice th-bv-01")
    assert p.follow_up.question in texts(await console.say(STRONG_BV))
    r = texts(await console.say(" ".join(k.text for k in p.follow_up.key_points)))
    assert "*Follow-up*" in r and "points (" in r


# ---- 9. a bare rating while an answer is expected ------------------------------------------------


@pytest.mark.parametrize("prompt", ["th-bv-01", "sd-fraud-01", "bh-fail-01", "cd-kfold-01"])
async def test_rating_word_before_answering_is_not_an_answer(console, prompt: str) -> None:
    await onboard(console, "yyyy")
    await console.say(f"/coach practice {prompt}")
    r = await console.say("good")
    assert r[0].kind == "error" and "Answer first, then rate" in r[0].text
    t = texts(await console.say("/readiness"))
    assert "self-rated" not in t.replace("not self-rated yet", "")  # nothing was recorded


# ---- 10. the smaller things ----------------------------------------------------------------------


async def test_resume_when_not_paused_says_so(console) -> None:
    await onboard(console)
    assert "Welcome back" not in texts(await console.say("/coach resume"))
    assert "not paused" in texts(await console.say("/coach resume"))
    await console.say("/coach pause")
    assert "Welcome back" in texts(await console.say("/coach resume"))


async def test_counts_use_the_right_plural(console) -> None:
    await onboard(console, "nnnn")
    await console.say("/coach practice th-bv-01")
    await console.say(STRONG_BV)
    await console.say("good")
    t = texts(await console.say("/readiness"))
    assert "1 prompt," in t and not re.search(r"\b1 prompts\b", t) and "no drills yet" in t


async def test_leaderboard_ranks_only_people_who_set_up_and_groups_ignore_case(coach, clock) -> None:
    from bot.adapters.console import ConsoleAdapter

    ada = ConsoleAdapter(coach, clock, user="ada", group="ML-Study")
    lurker = ConsoleAdapter(coach, clock, user="lurker", group="ml-study")
    bob = ConsoleAdapter(coach, clock, user="bob", group="ml-study")
    await onboard(ada)
    await onboard(bob)
    for x in (ada, bob, lurker):
        await x.say("/coach group join")
    board = texts(await bob.say("/leaderboard"))
    assert "ada" in board and "bob" in board  # one group, whatever the case
    assert "lurker" not in board


def test_half_configured_slack_names_what_is_missing(tmp_path) -> None:
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "DISCORD_"))}
    env.update(SLACK_BOT_TOKEN="xoxb-1", XDG_DATA_HOME=str(tmp_path))
    r = subprocess.run(
        [sys.executable, "-m", "bot.cli", "run"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )
    assert r.returncode == 2
    assert "SLACK_APP_TOKEN" in r.stderr and "SLACK_SIGNING_SECRET" in r.stderr


def test_license_is_an_spdx_string() -> None:
    import tomllib
    from pathlib import Path

    meta = tomllib.loads((Path(__file__).parents[1] / "pyproject.toml").read_text())
    assert meta["project"]["license"] == "MIT"


# ---- 3 (core part). a one-line drill "submission" ------------------------------------------------


async def test_one_line_drill_submission_is_incomplete_and_reveals_nothing(console) -> None:
    await onboard(console, "ynnn")
    await console.say("/coach practice cd-kfold-01")
    r = await console.say("def kfold_indices(n, k, shuffle=False, seed=0):")
    assert r[0].kind == "error" and "looks incomplete" in r[0].text
    assert "Reference solution" not in texts(r) and "```" not in texts(r).replace("``` .", "")
    r = await console.say("def kfold_indices(n, k, shuffle=False, seed=0):\n    return []")
    assert "Running your tests" in texts(r) and "Tests: 0 of 5 passed" in texts(r)


# ---- 12. feedback leads with the verdict; the rest waits behind `more` ---------------------------


async def test_theory_feedback_is_short_and_more_has_the_rest(console, curriculum) -> None:
    await onboard(console, "nnnn")
    await console.say("/coach practice th-bv-01")
    r = await console.say("Bias is when the model underfits and variance is when it overfits.")
    fb = r[0]
    assert fb.text.splitlines()[0].startswith("*Feedback*")
    assert "Fix first" in fb.text.splitlines()[1]
    assert len(fb.text.splitlines()) <= 6
    assert any(b.value == "more #th-bv-01" for b in fb.buttons)
    p = curriculum.prompts["th-bv-01"]
    assert p.depths.m5 not in fb.text
    more = texts(await console.say("more"))
    assert p.depths.m5 in more and "❌" in more
    # `more` did not take the place of the follow-up answer or the rating
    assert "Rated" in texts(await console.say("good"))


async def test_drill_solution_waits_behind_more(console, curriculum) -> None:
    await onboard(console, "ynnn")
    await console.say("/coach practice cd-kfold-01")
    r = await console.say("def kfold_indices(n, k, shuffle=False, seed=0):\n    return []")
    solution = curriculum.prompts["cd-kfold-01"].solution.strip().splitlines()[-1]
    assert solution not in texts(r)
    assert solution in texts(await console.say("/coach more"))


# ---- 11. friendlier input: accept the unambiguous, suggest for the rest --------------------------


async def _to_step(console, step: str) -> None:
    await console.say("/coach start")
    for a in "yynn":
        await console.say("yes" if a == "y" else "no")
    if step in ("tz", "time"):
        await console.say("none")
    if step == "time":
        await console.say("UTC")


@pytest.mark.parametrize(
    "typed, understood",
    [("london", "Europe/London"), ("new york", "America/New_York"), ("Bangalore", "Asia/Kolkata")],
)
async def test_a_city_is_read_as_its_timezone_and_said(console, typed: str, understood: str) -> None:
    await _to_step(console, "tz")
    r = texts(await console.say(typed))
    assert understood in r and "HH:MM" in r  # accepted, said, and the next question asked


@pytest.mark.parametrize("typed, suggestion", [("PST", "America/Los_Angeles"), ("Europe/Berln", "Europe/Berlin")])
async def test_an_ambiguous_zone_gets_a_suggestion(console, typed: str, suggestion: str) -> None:
    await _to_step(console, "tz")
    r = await console.say(typed)
    assert r[0].kind == "error" and suggestion in r[0].text


@pytest.mark.parametrize("typed, hhmm", [("7am", "07:00"), ("7:05 pm", "19:05")])
async def test_twelve_hour_times_are_read(console, typed: str, hhmm: str) -> None:
    await _to_step(console, "time")
    r = texts(await console.say(typed))
    assert hhmm in r and "junior" in r


async def test_relative_and_slashed_dates(console) -> None:
    await _to_step(console, "interview")
    r = texts(await console.say("in 3 weeks"))
    assert "2026-12-16" in r and "timezone" in r  # START is 2026-11-25
    await console.say("/coach start")
    for a in "yynn":
        await console.say("yes" if a == "y" else "no")
    r = await console.say("24/12/2026")
    assert r[0].kind == "error" and "2026-12-24" in r[0].text


async def test_settings_take_values_with_spaces(console) -> None:
    await onboard(console)
    r = texts(await console.say("/coach settings tz=new york time=7 pm"))
    assert "America/New_York" in r and "19:00" in r and "Saved" in r


async def test_go_deeper_button_asks_the_follow_up_and_grades_the_answer(console, curriculum) -> None:
    await onboard(console, "nnnn")
    p = curriculum.prompts["th-bv-01"]
    r = await console.say("/coach practice th-bv-01")
    assert any(b.value == "/coach skip #th-bv-01" for b in r[0].buttons)
    fb = await console.say(STRONG_BV)
    assert any(b.value == "deeper #th-bv-01" for b in fb[0].buttons)
    r = await console.say("deeper")
    assert p.follow_up.question in r[0].text
    r = texts(await console.say(" ".join(k.text for k in p.follow_up.key_points)))
    assert "*Follow-up*" in r
    assert "Rated" in texts(await console.say("good"))
