"""Misconceptions and model explanations for the theory prompts in bias_variance, classical_ml,
deep_learning, diagnosis and evaluation_metrics.

Each row of CASES is a sentence a candidate might say: the wrong claim must trip the misconception,
and the right claim, said plainly or with a negation, must not. The matching helper here is a small
stand-in for the grader's: the cue's words in the cue's order inside one sentence, a word right after a
negation not counting unless the cue itself says "not"."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.core.curriculum import Curriculum, TheoryPrompt
from bot.core.matcher import Matcher

FILES = ("bias_variance",)
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")


def matches_in_order(matcher: Matcher, text: str, cue: str) -> bool:
    compiled = matcher.compile(cue)
    if not compiled.slots:
        return False
    says_not = any("¬" in slot for slot in compiled.slots)
    for sentence in _SENTENCE.split(text):
        answer = matcher.index(sentence)
        last = -1
        for slot in compiled.slots:
            later = [p for p in matcher._slot_positions(answer, slot, says_not) if p > last]
            if not later:
                break
            last = later[0]
        else:
            return True
    return False


def _prompts(curriculum: Curriculum) -> list[TheoryPrompt]:
    return [
        p
        for pid, p in sorted(curriculum.prompts.items())
        if isinstance(p, TheoryPrompt) and Path(curriculum.sources[pid]).stem in FILES
    ]


CASES = [
    ("th-bv-01", "more-data-cures-bias", "If the model underfits, more data will fix the bias.", True),
    (
        "th-bv-01",
        "more-data-cures-bias",
        "Collecting more data reduces both bias and variance, so it is always the safe bet.",
        True,
    ),
    ("th-bv-01", "more-data-cures-bias", "More rows solve underfitting.", True),
    ("th-bv-01", "more-data-cures-bias", "More data reduces variance, not bias.", False),
    (
        "th-bv-01",
        "more-data-cures-bias",
        "More data does not reduce bias, so an underfitting model needs more capacity instead.",
        False,
    ),
    (
        "th-bv-01",
        "more-data-cures-bias",
        "An underfitting model stays just as wrong however many rows you give it.",
        False,
    ),
    ("th-bv-01", "never-both-down", "Bias and variance can't both drop at the same time.", True),
    ("th-bv-01", "never-both-down", "Lowering one always raises the other.", True),
    ("th-bv-01", "never-both-down", "It is impossible to lower both at once.", True),
    ("th-bv-01", "never-both-down", "More data together with a richer model can reduce both bias and variance.", False),
    (
        "th-bv-01",
        "never-both-down",
        "Lowering one does not always raise the other; a better feature can cut both.",
        False,
    ),
    ("th-bv-02", "gap-means-bias", "The gap between train and validation means high bias.", True),
    ("th-bv-02", "gap-means-bias", "That gap shows the model is underfitting.", True),
    ("th-bv-02", "gap-means-bias", "The model underfits, so it needs deeper trees.", True),
    ("th-bv-02", "gap-means-bias", "The gap means high variance, not high bias.", False),
    (
        "th-bv-02",
        "gap-means-bias",
        "The gap does not indicate high bias; training AUC 0.99 shows the model can fit the data.",
        False,
    ),
    ("th-bv-02", "more-trees-fix-overfit", "I'd add more trees to close the gap.", True),
    ("th-bv-02", "more-trees-fix-overfit", "Raising the learning rate should reduce the overfitting.", True),
    ("th-bv-02", "more-trees-fix-overfit", "Deeper trees would fix the gap.", True),
    ("th-bv-02", "more-trees-fix-overfit", "More trees without early stopping make the overfitting worse.", False),
    (
        "th-bv-02",
        "more-trees-fix-overfit",
        "A higher learning rate does not reduce overfitting; lower it and use early stopping.",
        False,
    ),
    ("th-bv-02", "more-trees-fix-overfit", "A lower learning rate with early stopping closes the gap.", False),
    (
        "th-bv-03",
        "complex-always-wins",
        "A gradient boosted model should always beat logistic regression, so the linear win must be a bug.",
        True,
    ),
    ("th-bv-03", "complex-always-wins", "More complex models are always better if tuned properly.", True),
    (
        "th-bv-03",
        "complex-always-wins",
        "A complex model is not always better; on small data its variance can dominate.",
        False,
    ),
    (
        "th-bv-03",
        "complex-always-wins",
        "The simpler model wins here because the boosted model's variance outweighs its bias advantage.",
        False,
    ),
    (
        "th-bv-03",
        "small-data-boost-less-bias",
        "The gradient boosted model has higher bias than the logistic regression here.",
        True,
    ),
    ("th-bv-03", "small-data-boost-less-bias", "The trees underfit on a small dataset.", True),
    (
        "th-bv-03",
        "small-data-boost-less-bias",
        "The boosted model has lower bias but higher variance than logistic regression on 2,000 rows.",
        False,
    ),
    (
        "th-bv-03",
        "small-data-boost-less-bias",
        "The trees do not have more bias than the linear model; their problem is variance.",
        False,
    ),
    ("th-bv-04", "k1-high-bias", "With k equal to 1 you get high bias.", True),
    ("th-bv-04", "k1-high-bias", "A large k overfits because it averages many points.", True),
    ("th-bv-04", "k1-high-bias", "Small k gives low bias and high variance.", False),
    ("th-bv-04", "k1-high-bias", "A large k does not overfit; it smooths toward the majority class.", False),
    ("th-bv-04", "pick-k-on-training", "I would pick k with the lowest training error.", True),
    ("th-bv-04", "pick-k-on-training", "Choose the k that minimizes training error.", True),
    ("th-bv-04", "pick-k-on-training", "Pick k by cross-validation, not by the lowest training error.", False),
    (
        "th-bv-04",
        "pick-k-on-training",
        "Training error is minimised at k equal to one, so choose k by validation error instead.",
        False,
    ),
    ("th-bv-05", "data-always-helps", "More data always helps, so spending the budget is safe.", True),
    ("th-bv-05", "data-always-helps", "More labels are always a safe bet.", True),
    (
        "th-bv-05",
        "data-always-helps",
        "More data does not always help; it only pays off when the model is variance-limited.",
        False,
    ),
    ("th-bv-05", "data-always-helps", "More data helps only while the learning curve is still falling.", False),
    ("th-bv-05", "more-data-fixes-underfit", "For an underfitting model, more data helps.", True),
    ("th-bv-05", "more-data-fixes-underfit", "More data fixes underfitting.", True),
    ("th-bv-05", "more-data-fixes-underfit", "Underfitting models need more data.", True),
    ("th-bv-05", "more-data-fixes-underfit", "When training error is high, more data will not help.", False),
    ("th-bv-05", "more-data-fixes-underfit", "More data doesn't fix underfitting; add features or capacity.", False),
    (
        "th-bv-06",
        "same-data-same-model",
        "They are trained on the same data, so it is the same model every time.",
        True,
    ),
    ("th-bv-06", "same-data-same-model", "The one-point spread is just test set noise.", True),
    (
        "th-bv-06",
        "same-data-same-model",
        "Same data does not mean the same model; the seed changes the solution.",
        False,
    ),
    ("th-bv-06", "same-data-same-model", "Even on identical data, each seed gives a different network.", False),
    ("th-bv-06", "single-seed-enough", "A single run is enough to compare configurations.", True),
    ("th-bv-06", "single-seed-enough", "A single seed is sufficient if you train long enough.", True),
    ("th-bv-06", "single-seed-enough", "A single run is not enough to compare configurations.", False),
    ("th-bv-06", "single-seed-enough", "One seed is never enough; compare means over several seeds.", False),
    ("th-bv-07", "stable-auc-stable-model", "A stable AUC means the predictions are stable too.", True),
    ("th-bv-07", "stable-auc-stable-model", "The AUC is the same, so the model is stable.", True),
    ("th-bv-07", "stable-auc-stable-model", "The same AUC does not mean the predictions are stable.", False),
    (
        "th-bv-07",
        "stable-auc-stable-model",
        "Two models can have the same AUC and still disagree on individual customers.",
        False,
    ),
    ("th-bv-07", "churn-is-drift", "The scores jump because of data drift.", True),
    ("th-bv-07", "churn-is-drift", "The churn is caused by input drift.", True),
    (
        "th-bv-07",
        "churn-is-drift",
        "Nothing about the customers changed, so the jumps are variance across retrains rather than data drift.",
        False,
    ),
    ("th-bv-07", "churn-is-drift", "The customers' data did not drift; the model changed.", False),
]


@pytest.mark.parametrize("prompt_id, misconception_id, sentence, should_match", CASES)
def test_misconception_cues(
    curriculum: Curriculum, matcher: Matcher, prompt_id: str, misconception_id: str, sentence: str, should_match: bool
) -> None:
    prompt = curriculum.prompts[prompt_id]
    assert isinstance(prompt, TheoryPrompt)
    (mc,) = [m for m in prompt.misconceptions if m.id == misconception_id]
    hits = [c for c in mc.cues if matches_in_order(matcher, sentence, c)]
    assert bool(hits) is should_match, hits


def test_every_prompt_has_misconceptions_and_every_key_point_an_explanation(curriculum: Curriculum) -> None:
    prompts = _prompts(curriculum)
    assert len(prompts) == 7
    for p in prompts:
        assert 1 <= len(p.misconceptions) <= 3, p.id
        for kp in [*p.key_points, *p.follow_up.key_points]:
            assert kp.explanation, f"{p.id}/{kp.id} has no explanation"
            assert len(kp.explanation.split()) <= 95, f"{p.id}/{kp.id}: explanation too long"
        for m in p.misconceptions:
            assert 2 <= len(m.cues) <= 5, f"{p.id}/{m.id}"


def test_every_misconception_has_a_wrong_and_two_right_sentences(curriculum: Curriculum) -> None:
    for p in _prompts(curriculum):
        for m in p.misconceptions:
            rows = [c for c in CASES if c[:2] == (p.id, m.id)]
            assert sum(c[3] for c in rows) >= 1, f"{p.id}/{m.id}: no wrong sentence"
            assert sum(not c[3] for c in rows) >= 2, f"{p.id}/{m.id}: fewer than two right sentences"


def test_correct_texts_do_not_trip_the_prompts_own_misconceptions(curriculum: Curriculum, matcher: Matcher) -> None:
    """The explanations, key points, depths and corrections are right by construction, so a cue that
    fires on them would put "Careful:" on a strong answer."""
    for p in _prompts(curriculum):
        kps = [*p.key_points, *p.follow_up.key_points]
        texts = [k.text for k in kps] + [k.explanation or "" for k in kps]
        texts += [p.depths.s30, p.depths.m2, p.depths.m5] + [m.correction for m in p.misconceptions]
        for m in p.misconceptions:
            for t in texts:
                hits = [c for c in m.cues if matches_in_order(matcher, t, c)]
                assert not hits, f"{p.id}/{m.id}: {hits} fires on {t!r}"
