"""The grade interface and what it drives: per-point verdicts, misconceptions leading the feedback,
asking instead of asserting when unsure, and "I covered it" as logged, self-reported evidence."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.core.curriculum import Curriculum, TheoryPrompt
from bot.core.engine import Coach
from bot.core.grading import grade
from bot.core.matcher import Matcher
from bot.core.verdict import (
    CONTRADICTED,
    CONTRADICTED_CAP,
    COVERED,
    MISSED,
    PARTLY,
    PointVerdict,
    rescore,
    weighted_score,
)
from tests.conftest import onboard, texts
from tests.test_cli import env, prepdrip  # noqa: F401  (env is a fixture)

L2_ZEROS = (
    "L1 is the sum of absolute weights and L2 the sum of squares. Ridge pushes small weights to exactly zero, "
    "while lasso only makes them smaller."
)
UNSURE = (
    "L1 adds lambda times the sum of absolute weights and L2 lambda times the sum of squares. L1's push toward "
    "zero stays the same size however small the weight gets, so small weights land on exactly zero. L2's push "
    "shrinks with the weight."
)


def _theory(curriculum: Curriculum, pid: str) -> TheoryPrompt:
    p = curriculum.prompts[pid]
    assert isinstance(p, TheoryPrompt)
    return p


def test_every_point_gets_one_verdict_a_confidence_and_a_span(curriculum: Curriculum, matcher: Matcher) -> None:
    p = _theory(curriculum, "th-reg-01")
    g = grade(matcher, p, UNSURE)
    assert [pt.id for pt in g.points] == [k.id for k in p.key_points]  # ids stable, prompt order
    assert {pt.verdict for pt in g.points} <= {COVERED, PARTLY, MISSED, CONTRADICTED}
    assert all(0.0 <= pt.confidence <= 1.0 for pt in g.points)
    defs = g.point("penalty-definitions")
    assert defs is not None and defs.verdict == COVERED and defs.span and defs.span in UNSURE
    j = g.as_json()
    assert set(j) >= {"prompt_id", "kind", "covered", "missed", "partly", "contradicted", "score", "points"}
    # partly points count half and are listed in neither covered nor missed
    assert not set(j["partly"]) & (set(j["covered"]) | set(j["missed"]))


def test_a_stated_misconception_contradicts_its_point_and_earns_nothing(
    curriculum: Curriculum, matcher: Matcher
) -> None:
    p = _theory(curriculum, "th-reg-01")
    g = grade(matcher, p, L2_ZEROS)
    assert g.contradicted == ["gradient-view"]
    assert g.corrections[0].misconception == "l2-makes-zeros"
    assert "Ridge pushes small weights to exactly zero" in g.corrections[0].span
    right = grade(matcher, p, L2_ZEROS.replace("Ridge", "XX").replace("lasso", "ridge").replace("XX", "Lasso"))
    assert right.contradicted == [] and not right.corrections


@pytest.mark.parametrize(
    "sentence, stated",
    [
        ("More data reduces bias.", True),
        ("More data reduces variance, while only richer features reduce bias.", False),
        ("More data does not reduce bias.", False),
        ("More data reduces variance but not bias.", False),
    ],
)
def test_misconception_cues_are_ordered_clause_scoped_and_negation_aware(
    matcher: Matcher, sentence: str, stated: bool
) -> None:
    assert matcher.states(matcher.index(sentence), "more data reduc* bias") is stated


def test_prefix_cues_see_words_the_synonym_table_renames(matcher: Matcher) -> None:
    ans = matcher.index("We lowered the learning rate and raised the number of embeddings.")
    assert matcher.states(ans, "lower* learning rate")
    assert matcher.states(ans, "rais* embedding*")
    assert matcher.compile("lower* learning rate|lr").slots[-1] == ("learn_rate",)


async def test_misconception_correction_is_the_first_line_of_feedback(console, curriculum: Curriculum) -> None:
    await onboard(console, answers="nnnn")
    await console.say("/coach practice th-reg-01")
    r = await console.say(L2_ZEROS)
    first = r[0].text.splitlines()[0]
    assert first.startswith("⚠️ *Careful:*") and "other way round" in first
    assert "a wrong claim holds the answer under a pass" in r[0].text


async def test_unsure_point_is_asked_and_covered_reply_is_logged(console, coach: Coach, curriculum: Curriculum) -> None:
    await onboard(console, answers="nnnn")
    await console.say("/coach practice th-reg-01")
    r = await console.say(UNSURE)
    fb = r[0]
    assert "did I miss it?" in fb.text and "`covered 1`" in fb.text
    assert any(b.value == "covered 1 #th-reg-01" for b in fb.buttons)
    r = await console.say("covered 1")
    assert "on your word" in texts(r)
    async with coach.uow() as uow:
        disputes = await uow.grade_disputes(10)
        learner_attempts = await uow.attempts(disputes[0].learner_id)
    assert [(d.prompt_id, d.follow_up) for d in disputes] == [("th-reg-01", False)]
    assert disputes[0].answer == UNSURE
    a = learner_attempts[-1]
    assert a.detail["confident"] is False and disputes[0].key_point in a.detail["self_reported"]
    r = await console.say("covered 1")
    assert "Already noted" in texts(r)


def test_grade_cli_explain_and_json_per_point(env: dict[str, str]) -> None:  # noqa: F811
    r = prepdrip(env, "grade", "th-reg-01", "--explain", stdin=L2_ZEROS)
    assert r.returncode == 0, r.stderr
    assert "Careful:" in r.stdout and "misconception: states “l2-makes-zeros”" in r.stdout
    assert "evidence:" in r.stdout and "cues:" in r.stdout
    r = prepdrip(env, "grade", "th-reg-01", "--json", stdin=L2_ZEROS)
    g = json.loads(r.stdout)
    assert g["contradicted"] == ["gradient-view"]
    assert {pt["id"]: pt["verdict"] for pt in g["points"]}["gradient-view"] == "contradicted"


def test_grade_disputes_cli_reads_an_empty_log(env: dict[str, str], tmp_path: Path) -> None:  # noqa: F811
    r = prepdrip(env, "grade-disputes", "--json")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout) == []


STUFFED = (
    "I'd follow the standard framework end to end. Requirements: low latency and high throughput, clarified "
    "up front. Objective: fraud classification with the right metric. Data: labels handled appropriately and "
    "good features. Baseline: a simple baseline. Model: GBDT, a strong choice. Serving: a feature store so there "
    "is no training-serving skew. Monitoring: data drift and concept drift with alerts. Deployment: canary and "
    "shadow with a rollback plan. Overall this makes the system robust, scalable and reliable."
)


def test_a_keyword_stuffed_design_is_listed_not_designed(curriculum: Curriculum, matcher: Matcher) -> None:
    g = grade(matcher, curriculum.prompts["sd-fraud-01"], STUFFED)  # type: ignore[arg-type]
    assert len(g.detail["named_only"]) >= 6 and not g.covered
    assert g.score < 0.4


def test_a_story_that_ends_with_it_went_well_has_only_part_of_a_result(
    curriculum: Curriculum, matcher: Matcher
) -> None:
    from tests.test_feedback import STORY

    vague = STORY.split("As a result")[0] + "In the end it went well and everyone was happy with it."
    g = grade(matcher, curriculum.prompts["bh-fail-01"], vague)  # type: ignore[arg-type]
    result = g.point("star:result")
    assert result is not None and result.verdict == PARTLY
    assert "measurable_result" in g.missed
    full = grade(matcher, curriculum.prompts["bh-fail-01"], STORY)  # type: ignore[arg-type]
    assert "star:result" in full.covered and full.score > g.score


def test_a_key_points_claim_with_its_two_sides_swapped_is_contradicted(curriculum, matcher) -> None:  # type: ignore[no-untyped-def]
    """L1 said where the key point says L2: the point is contradicted with the belief it is, though no
    misconception cue was written for this wording; said the right way round, it is not."""
    p = curriculum.prompts["th-reg-01"]
    wrong = grade(matcher, p, "The L1 gradient is proportional to the weight itself, so its pull fades out near zero.")
    assert wrong.point("gradient-view").verdict == "contradicted"  # type: ignore[union-attr]
    assert [c.misconception for c in wrong.corrections] == ["l1-l2-gradients-swapped"]
    right = grade(matcher, p, "The L2 gradient is proportional to the weight itself, so its pull fades out near zero.")
    assert right.point("gradient-view").verdict != "contradicted" and not right.corrections  # type: ignore[union-attr]


def test_a_stated_misconception_keeps_the_answer_under_a_pass(curriculum: Curriculum, matcher: Matcher) -> None:
    """Four points right and one confidently wrong is not 80 %: an interviewer marks the answer down."""
    pts = [PointVerdict(f"k{i}", COVERED, 0.9) for i in range(4)] + [PointVerdict("k4", CONTRADICTED, 0.8)]
    assert weighted_score(pts) == CONTRADICTED_CAP
    assert rescore([p.as_json() for p in pts]) == CONTRADICTED_CAP
    assert weighted_score(pts[:4]) == 1.0
    p = curriculum.prompts["th-reg-01"]
    assert isinstance(p, TheoryPrompt)
    g = grade(matcher, p, L2_ZEROS)
    assert g.corrections and g.corrections[0].by == "cue"
    assert g.score <= CONTRADICTED_CAP
