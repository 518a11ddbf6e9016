"""The checks only one tuning pass has (its rows and the checks the passes share:
tests/test_misconceptions.py). Matching is the grader's own (``Matcher.states``)."""

from __future__ import annotations

from collections import Counter
from types import ModuleType

import pytest
import yaml

from bench.accuracy import own_files
from bot.core.curriculum import Curriculum, Kind, TheoryPrompt
from bot.core.matcher import Matcher
from tests.misconception_rows import a, adj, b, rv2, th1
from tests.misconception_support import authored_prompts, misconception, states


def _authored(curriculum: Curriculum, module: ModuleType) -> list[TheoryPrompt]:
    """The prompts the pass wrote (``Checks.authored``)."""
    authored = module.CHECKS.authored
    assert authored is not None
    return authored_prompts(curriculum, authored.files)


# a


def test_a_strong_labelled_answers_do_not_trip_misconceptions(curriculum: Curriculum, matcher: Matcher) -> None:
    ids = {p.id for p in _authored(curriculum, a)}
    answers = [x for f in own_files() for x in yaml.safe_load(f.read_text())["answers"]]
    strong = [x for x in answers if x["prompt_id"] in ids and x["label"] in ("strong", "long") and x.get("answer")]
    assert len(strong) >= 10
    for x in strong:
        prompt = curriculum.prompts[x["prompt_id"]]
        assert isinstance(prompt, TheoryPrompt)
        for m in prompt.misconceptions:
            hits = [c for c in m.cues if states(matcher, x["answer"], c)]
            assert not hits, f"{prompt.id}/{m.id}: {hits} fires on a {x['label']} answer"


# adj


def test_adj_every_touched_misconception_has_its_belief_as_written_among_its_wrong_rows(
    curriculum: Curriculum,
) -> None:
    touched = {(p, m) for p, m, _, hit in adj.CASES if hit}  # th-gd-02 keeps only right sentences
    for key in touched:
        rows = [(s, hit) for p, m, s, hit in adj.CASES if (p, m) == key]
        belief = " ".join(misconception(curriculum, *key).belief.split())
        assert (belief, True) in rows, key


def test_adj_the_added_cue_alone_catches_the_belief_as_written(curriculum: Curriculum, matcher: Matcher) -> None:
    for (pid, mid), cues in adj.ADDED.items():
        belief = misconception(curriculum, pid, mid).belief
        assert any(states(matcher, belief, c) for c in cues), (pid, mid)


# b


def test_b_labelled_answers_state_a_misconception_only_when_wrong(curriculum: Curriculum, matcher: Matcher) -> None:
    """Answers labelled strong, partial, definition, long or off-topic must not trigger a correction;
    the ones labelled wrong must trigger at least one."""
    ours = {p.id: p for p in _authored(curriculum, b)}
    items = [x for f in own_files() for x in yaml.safe_load(f.read_text())["answers"]]
    for x in [x for x in items if x["prompt_id"] in ours]:
        p = ours[str(x["prompt_id"])]
        text = str(x.get("answer") or "")
        fired = [m.id for m in p.misconceptions if any(states(matcher, text, c) for c in m.cues)]
        if x["label"] == "wrong":
            assert fired, (p.id, text[:60])
        else:
            assert not fired, (p.id, x["label"], fired)


@pytest.mark.parametrize(
    "answer, credited",
    [
        ("A 0.3-point lift with these arms is not significant at the 5% level.", True),
        ("It isn't statistically significant at the 5 percent level.", True),
        ("p is about 0.13, so the lift is not significant at 0.05.", True),
        ("The lift is significant at 5%.", False),
        ("Treatment wins, it is significant at the 5% level.", False),
    ],
)
def test_b_ab_test_conclusion_is_credited_only_when_right(
    curriculum: Curriculum, matcher: Matcher, answer: str, credited: bool
) -> None:
    p = curriculum.prompts["th-prob-06"]
    assert isinstance(p, TheoryPrompt)
    calculation = next(k for k in p.key_points if k.id == "calculation")
    assert (matcher.any_match(matcher.index(answer), calculation.cues) is not None) is credited


# rv2


def test_rv2_no_misconception_fires_on_an_added_correction(curriculum: Curriculum, matcher: Matcher) -> None:
    """Two older clashes in th-of-01 and th-of-05 (``rv2.OLDER_CLASHES``), an existing cue on an existing
    explanation, are left to their owners; an added correction is this pass's, so it is checked there too."""
    for pid, mid in rv2.TOUCHED:
        p = curriculum.prompts[pid]
        assert isinstance(p, TheoryPrompt)
        added = misconception(curriculum, pid, mid)
        for m in p.misconceptions:
            hits = [c for c in m.cues if states(matcher, added.correction, c)]
            assert not hits, f"{pid}/{m.id}: {hits} fires on the correction of {mid}"


# t3


def test_t3_states_is_the_graders_check(matcher: Matcher) -> None:
    assert states(
        matcher,
        "If the distributions match, there is no skew.",
        "histograms|distributions|psi match*|same|similar|low no skew",
    )


# th1


def test_th1_prompts_are_phase_one_theory(curriculum: Curriculum) -> None:
    ours = _authored(curriculum, th1)
    for p in ours:
        assert p.kind is Kind.THEORY and p.phase == 1, p.id
    per_topic = Counter(p.topic for p in ours)
    assert all(4 <= n <= 8 for n in per_topic.values()), per_topic


def test_th1_a_learner_who_says_the_model_explanation_gets_the_point(curriculum: Curriculum, matcher: Matcher) -> None:
    """Every key point's own text or explanation matches one of its cues, so the cues are written in
    the words a strong answer uses."""
    for p in _authored(curriculum, th1):
        for kp in [*p.key_points, *p.follow_up.key_points]:
            said = matcher.index(f"{kp.text} {kp.explanation or ''}")
            assert matcher.any_match(said, kp.cues), f"{p.id}/{kp.id}"
