"""The review fixes of issue #16 stay fixed: the five errors the interviewer found, the meaning of
ROC-AUC, and the key points that bundled two claims, split with their old ids kept (a learner's
history and the labelled sets refer to them).

Each check reads the text a learner is shown or grades an answer with the real matcher, so a
regression in either the wording or the cues fails here."""

from __future__ import annotations

import pytest

from bot.core.curriculum import Curriculum, KeyPoint, SystemDesignPrompt, TheoryPrompt
from bot.core.matcher import Matcher


def _theory(curriculum: Curriculum, pid: str) -> TheoryPrompt:
    p = curriculum.prompts[pid]
    assert isinstance(p, TheoryPrompt)
    return p


def _point(p: TheoryPrompt, kid: str) -> KeyPoint:
    (k,) = [k for k in [*p.key_points, *p.follow_up.key_points] if k.id == kid]
    return k


def _shown(k: KeyPoint) -> str:
    return " ".join((k.text + " " + (k.explanation or "")).split())


def _credited(matcher: Matcher, k: KeyPoint, answer: str) -> bool:
    return matcher.any_match(matcher.index(answer), k.cues) is not None


# ---- the five errors -----------------------------------------------------------------------------


def test_gd_scaling_rule_halves_the_variance_not_the_noise(curriculum: Curriculum) -> None:
    k = _point(_theory(curriculum, "th-gd-01"), "scaling-rule")
    shown = _shown(k)
    assert "halves the gradient's variance" in shown and "√2" in shown
    assert "noise scale" in shown and "halves the noise" not in shown


def test_balanced_class_weight_is_n_over_two_n_c(curriculum: Curriculum) -> None:
    k = _point(_theory(curriculum, "th-imb-02"), "weight-mechanics")
    shown = _shown(k)
    assert "n/(2·n_c)" in shown and "about 500" in shown and "0.5" in shown
    assert "learning rate" in shown and "C" in shown
    assert "999" in shown  # only the ratio


def test_ads_objective_does_not_claim_uniform_overprediction_overcharges(curriculum: Curriculum) -> None:
    p = curriculum.prompts["sd-ads-01"]
    assert isinstance(p, SystemDesignPrompt)
    objective = " ".join(p.steps["objective"].strong.split())
    assert "uniform over-prediction is not the main harm" in objective
    assert "divides by the winner's own pCTR" in objective
    for harm in ("uneven miscalibration", "reserve prices", "oCPM"):
        assert harm in objective
    requirements = " ".join(p.steps["requirements"].strong.split())
    assert "directly misprices" not in requirements and "reserve prices" in requirements


def test_log_loss_is_not_sold_as_calibration(curriculum: Curriculum) -> None:
    p = _theory(curriculum, "th-logit-02")
    k = _point(p, "calibrated-debuggable")
    shown = _shown(k)
    for breaker in ("hashing collisions", "down-sampl", "misspecification"):
        assert breaker in shown
    texts = [_shown(x) for x in [*p.key_points, *p.follow_up.key_points]] + [p.depths.s30, p.depths.m2]
    assert not any("gives well-calibrated" in t for t in texts)


@pytest.mark.parametrize(
    "answer, credited",
    [
        ("It is not significant at the 5 % level.", True),
        ("The lift is significant at 5 %.", False),
    ],
)
def test_ab_conclusion_cue_needs_the_not(curriculum: Curriculum, matcher: Matcher, answer: str, credited: bool) -> None:
    k = _point(_theory(curriculum, "th-prob-06"), "calculation")
    assert _credited(matcher, k, answer) is credited


# ---- what ROC-AUC means ---------------------------------------------------------------------------


def test_auc_meaning_is_the_pairwise_ranking_probability(curriculum: Curriculum) -> None:
    k = _point(_theory(curriculum, "th-met-02"), "auc-meaning")
    assert "randomly chosen fraud gets a higher score than a randomly chosen legitimate" in " ".join(k.text.split())
    assert "easy" not in k.text  # the easy-negatives claim is its own point now


@pytest.mark.parametrize(
    "answer, credited",
    [
        ("ROC-AUC is the probability that a random positive is ranked higher than a random negative.", True),
        ("AUC = the chance a random fraud scores above a random legit transaction.", True),
        ("P(s(fraud) > s(legit)) over all pairs.", True),
        ("ROC-AUC is the area under the ROC curve, TPR against FPR.", False),
        ("AUC of 0.97 means the model is very accurate.", False),
    ],
)
def test_auc_meaning_is_credited_only_for_the_ranking_statement(
    curriculum: Curriculum, matcher: Matcher, answer: str, credited: bool
) -> None:
    k = _point(_theory(curriculum, "th-met-02"), "auc-meaning")
    assert _credited(matcher, k, answer) is credited


# ---- bundled key points, split with stable ids -----------------------------------------------------

SPLITS = {
    # prompt: (ids the prompt had before the split, all of them kept; the ids split off)
    "th-met-01": (
        ("definitions", "threshold-mechanism", "cost-based-choice", "tune-on-holdout"),
        ("precision-not-monotone",),
    ),
    "th-met-02": (
        ("roc-denominator", "pr-exposes-imbalance", "baselines", "auc-meaning", "operating-point"),
        ("easy-negatives",),
    ),
    "th-shift-01": (("covariate", "label", "concept", "label-latency"), ("covariate-detect", "label-detect")),
    "th-bn-01": (("normalise", "running-stats", "small-batch", "why-helps", "alternatives"), ("train-mode-serving",)),
    "th-imb-01": (
        ("trivial-accuracy", "pr-curve", "weights-vs-resampling", "recalibrate", "operating-point"),
        ("roc-flatters",),
    ),
}


@pytest.mark.parametrize("pid", sorted(SPLITS))
def test_split_keeps_every_old_id_and_adds_the_new_ones(curriculum: Curriculum, pid: str) -> None:
    old, new = SPLITS[pid]
    ids = [k.id for k in _theory(curriculum, pid).key_points]
    assert set(old) <= set(ids) and set(new) <= set(ids)
    assert len(ids) == len(old) + len(new)


@pytest.mark.parametrize(
    "pid, kid, answer, credited",
    [
        # each half of a split point is credited on its own ...
        ("th-met-01", "threshold-mechanism", "Lower the threshold and recall can only go up.", True),
        ("th-met-01", "precision-not-monotone", "Precision usually drops, but not guaranteed monotonic.", True),
        ("th-shift-01", "covariate", "Covariate shift: the mapping from inputs to outcome stays the same.", True),
        ("th-shift-01", "covariate-detect", "Train a domain classifier on training vs production rows.", True),
        ("th-shift-01", "label-detect", "The predicted positive rate shifts; BBSE estimates the prior.", True),
        ("th-bn-01", "train-mode-serving", "The model was still in train mode at serving time.", True),
        ("th-imb-01", "roc-flatters", "ROC looks flattering: FPR's denominator is the huge pool of negatives.", True),
        ("th-met-02", "easy-negatives", "Most pairs are easy negatives, and they inflate the AUC.", True),
        # ... and saying one half does not earn the other
        ("th-met-01", "precision-not-monotone", "Lower the threshold and recall can only go up.", False),
        ("th-shift-01", "covariate-detect", "Covariate shift: P(x) changes while P(y|x) stays fixed.", False),
        ("th-bn-01", "train-mode-serving", "It has a training mode and an inference mode.", False),
        ("th-imb-01", "roc-flatters", "Use precision, recall and average precision instead of accuracy.", False),
    ],
)
def test_split_points_are_credited_separately(
    curriculum: Curriculum, matcher: Matcher, pid: str, kid: str, answer: str, credited: bool
) -> None:
    k = _point(_theory(curriculum, pid), kid)
    assert _credited(matcher, k, answer) is credited
