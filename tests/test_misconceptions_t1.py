"""The t1 pass over the bias-variance, classical ML, overfitting, regularization and diagnosis prompts.

Step B: right answers written from the questions and key points only (``tests/labelled/right_fresh_t1.yaml``)
that tripped a misconception; each tripping sentence is kept as a row that must not fire, next to wrong
sentences that must still fire after the cue was narrowed. Step C: cues widened or misconceptions added for
wrong answers of ``wrong_own.yaml`` that no cue caught, each with the wrong phrasing, paraphrases in other
registers, and right sentences with the same vocabulary that must not fire. Matching is the grader's own
(``Matcher.states``)."""

from __future__ import annotations

import pytest

from bot.core.curriculum import Curriculum
from bot.core.matcher import Matcher
from tests.misconception_support import (
    case_ids,
    check_added,
    check_cue_cap,
    check_right_texts,
    check_rows,
    fired,
)

#: misconceptions this pass added, with their cues
ADDED: dict[tuple[str, str], list[str]] = {
    ("th-bv-06", "distil-on-hard-labels"): [
        "=hard labels cleaner|preferable|safer",
        "=soft prob*|predictions|targets|outputs noise|noisy",
        "=soft prob*|predictions|targets|outputs mostly|pure|basically noise|noisy",
        "=student hard labels|argmax",
        "student train*|fit*|learn* ensemble* argmax|hard",
    ],
    ("th-lin-01", "heteroscedasticity-biases-coefficients"): [
        "heteroscedastic*|heteroskedastic* bias* coefficient*|estimate*|weights|ols",
        "variance grow*|increas*|chang*|depend* coefficient*|estimate*|weights biased",
        "=unbias* need*|requir* homoscedastic*|homoskedastic*|constant",
        "=homoscedastic*|homoskedastic* need*|required|requir* unbias*",
        "not constant coefficient*|estimate*|weights|model biased",
    ],
}

CASES: list[tuple[str, str, str, bool]] = [
    # Step B. th-of-05: "isn't automatically better ... it hurts" read as "augmentation not ... hurt"
    (
        "th-of-05",
        "augmentation-always-helps",
        "Stronger augmentation isn't automatically better regularisation: it hurts when it alters labels,"
        " produces inputs unlike test data, or is so strong the model underfits",
        False,
    ),
    ("th-of-05", "augmentation-always-helps", "Augmentation isn't free: it hurts when it changes the label.", False),
    ("th-of-05", "augmentation-always-helps", "Augmentation can't hurt.", True),
    ("th-of-05", "augmentation-always-helps", "Augmentation never hurts the model.", True),
    ("th-of-05", "augmentation-always-helps", "Data augmentation can never backfire.", True),
    # Step C. th-gbm-01 wo-011: "RF doesnt do that bc its trees are shallow" (the negation reached "trees")
    (
        "th-gbm-01",
        "forest-overfits-like-boosting",
        "RF doesnt do that bc its trees are shallow/pruned and each sees a feature subset, so adding more can't"
        " overfit.",
        True,
    ),
    (
        "th-gbm-01",
        "forest-overfits-like-boosting",
        "Random forests use shallow, pruned trees, so more of them can't overfit.",
        True,
    ),
    (
        "th-gbm-01",
        "forest-overfits-like-boosting",
        "- RF: shallow trees + feature subsets -> no overfitting with more trees",
        True,
    ),
    ("th-gbm-01", "forest-overfits-like-boosting", "A forest won't overfit because each tree is pruned.", True),
    ("th-gbm-01", "forest-overfits-like-boosting", "Forest trees are grown deep, not shallow, and averaged.", False),
    (
        "th-gbm-01",
        "forest-overfits-like-boosting",
        "Random forests average deep trees while boosting adds shallow ones.",
        False,
    ),
    ("th-gbm-01", "forest-overfits-like-boosting", "Unlike a random forest, boosting uses shallow trees.", False),
    (
        "th-gbm-01",
        "forest-overfits-like-boosting",
        "A forest of deep unpruned trees converges as you add trees; boosting keeps adding shallow trees that fit"
        " noise.",
        False,
    ),
    (
        "th-gbm-01",
        "forest-overfits-like-boosting",
        "Random forests resist overfitting because the trees are decorrelated, not because they are shallow.",
        False,
    ),
    # th-pca-01 wo-014: "the eigenvector directions stay the same, so standardising is optional"
    (
        "th-pca-01",
        "pca-scale-invariant",
        "Rescaling a feature just rescales its loadings, the eigenvector directions stay the same, so standardising"
        " is optional.",
        True,
    ),
    ("th-pca-01", "pca-scale-invariant", "- rescale a column -> eigenvectors stay the same", True),
    ("th-pca-01", "pca-scale-invariant", "Rescaling a column leaves the principal directions unchanged.", True),
    ("th-pca-01", "pca-scale-invariant", "units don't matter for PCA", True),
    (
        "th-pca-01",
        "pca-scale-invariant",
        "Rescaling a feature changes the directions, so the components are not the same.",
        False,
    ),
    (
        "th-pca-01",
        "pca-scale-invariant",
        "If you rescale one feature the eigenvectors change, so the components are different.",
        False,
    ),
    (
        "th-pca-01",
        "pca-scale-invariant",
        "Scale matters: the components stay dominated by dollars until you standardise.",
        False,
    ),
    (
        "th-pca-01",
        "pca-scale-invariant",
        "Scaling changes the eigenvectors; only if all features share units do the directions stay the same.",
        False,
    ),
    ("th-pca-01", "pca-scale-invariant", "Scaling doesn't matter for trees, but PCA needs it.", False),
    (
        "th-pca-01",
        "pca-scale-invariant",
        "Without standardising, the leading direction stays aligned with the largest-unit feature.",
        False,
    ),
    # th-gbm-01 wo-010: "for log loss it works like AdaBoost: misclassified examples get their weights increased"
    (
        "th-gbm-01",
        "adaboost-reweighting",
        "For log loss it works like AdaBoost: examples the ensemble currently misclassifies get their weights"
        " increased, and the next tree is trained on the reweighted data so it focuses on the hard cases.",
        True,
    ),
    (
        "th-gbm-01",
        "adaboost-reweighting",
        "- logloss: reweight the misclassified rows, next tree focuses on them",
        True,
    ),
    (
        "th-gbm-01",
        "adaboost-reweighting",
        "In the classification case boosting upweights the examples it got wrong so the next tree concentrates on"
        " them.",
        True,
    ),
    ("th-gbm-01", "adaboost-reweighting", "For classification it behaves like AdaBoost.", True),
    (
        "th-gbm-01",
        "adaboost-reweighting",
        "Unlike AdaBoost, gradient boosting doesn't reweight misclassified examples; it fits the negative gradient.",
        False,
    ),
    (
        "th-gbm-01",
        "adaboost-reweighting",
        "AdaBoost increases the weights of misclassified examples, whereas gradient boosting fits pseudo-residuals.",
        False,
    ),
    (
        "th-gbm-01",
        "adaboost-reweighting",
        "For log loss the tree fits y - p, so badly misclassified rows get large residuals without any reweighting.",
        False,
    ),
    (
        "th-gbm-01",
        "adaboost-reweighting",
        "For log loss gradient boosting works differently from AdaBoost: no reweighting, the tree fits y - p.",
        False,
    ),
    (
        "th-gbm-01",
        "adaboost-reweighting",
        "Boosting does not upweight the wrong examples; it fits residuals, which are largest where the model is"
        " most wrong.",
        False,
    ),
    # th-bv-06 wo-003 (added): distil on the ensemble's argmax, "soft probs are just noise"
    (
        "th-bv-06",
        "distil-on-hard-labels",
        "distill. run the ensemble over the train set, take the argmax, train one student on those hard labels."
        " dont use the soft probs, they're just the ensemble's uncertainty = noise, hard labels are cleaner.",
        True,
    ),
    (
        "th-bv-06",
        "distil-on-hard-labels",
        "Label the training set with the ensemble's argmax and train the student on those hard labels.",
        True,
    ),
    (
        "th-bv-06",
        "distil-on-hard-labels",
        "Soft probabilities are mostly noise from ensemble disagreement, so the student should copy the argmax.",
        True,
    ),
    ("th-bv-06", "distil-on-hard-labels", "- student: fit on the ensemble argmax, not the soft probs", True),
    (
        "th-bv-06",
        "distil-on-hard-labels",
        "Train one student on the ensemble's averaged soft predictions rather than the noisy hard labels.",
        False,
    ),
    (
        "th-bv-06",
        "distil-on-hard-labels",
        "The soft targets carry more information than hard labels, which is better for the student.",
        False,
    ),
    (
        "th-bv-06",
        "distil-on-hard-labels",
        "It's not that hard labels are cleaner; the soft probabilities carry the smoother function.",
        False,
    ),
    (
        "th-bv-06",
        "distil-on-hard-labels",
        "Distil: the student learns from soft targets, not the ensemble's argmax.",
        False,
    ),
    ("th-bv-06", "distil-on-hard-labels", "Soft predictions are less noisy than hard labels.", False),
    (
        "th-bv-06",
        "distil-on-hard-labels",
        "The student trained on soft predictions beats a student trained on hard labels.",
        False,
    ),
    # th-lin-01 wo-008 (added): "they also need homoscedastic errors ... the coefficients themselves get biased"
    (
        "th-lin-01",
        "heteroscedasticity-biases-coefficients",
        "they also need homoscedastic errors: if variance grows with price, the coefficients themselves get biased,"
        " so fix that first (log the target or use WLS)",
        True,
    ),
    ("th-lin-01", "heteroscedasticity-biases-coefficients", "Heteroscedasticity biases the OLS coefficients.", True),
    ("th-lin-01", "heteroscedasticity-biases-coefficients", "- unbiasedness requires homoscedastic errors", True),
    (
        "th-lin-01",
        "heteroscedasticity-biases-coefficients",
        "If the error variance isn't constant the estimates are biased, so you must fix that before reading the"
        " weights.",
        True,
    ),
    (
        "th-lin-01",
        "heteroscedasticity-biases-coefficients",
        "Homoscedasticity is required for unbiased coefficients.",
        True,
    ),
    (
        "th-lin-01",
        "heteroscedasticity-biases-coefficients",
        "Heteroscedasticity leaves the coefficients unbiased; it only breaks the standard errors.",
        False,
    ),
    (
        "th-lin-01",
        "heteroscedasticity-biases-coefficients",
        "Heteroscedasticity doesn't bias the coefficients, it makes the standard errors wrong.",
        False,
    ),
    (
        "th-lin-01",
        "heteroscedasticity-biases-coefficients",
        "If variance grows with price, the coefficients stay unbiased but the usual standard errors are wrong; use"
        " robust SEs.",
        False,
    ),
    (
        "th-lin-01",
        "heteroscedasticity-biases-coefficients",
        "It's a mistake to think heteroscedasticity biases the coefficients.",
        False,
    ),
    (
        "th-lin-01",
        "heteroscedasticity-biases-coefficients",
        "If the variance isn't constant, the standard errors are biased, not the coefficients.",
        False,
    ),
    (
        "th-lin-01",
        "heteroscedasticity-biases-coefficients",
        "Unbiasedness requires exogeneity; homoscedasticity is only needed for the textbook standard errors.",
        False,
    ),
    (
        "th-lin-01",
        "heteroscedasticity-biases-coefficients",
        "With heteroscedastic errors OLS is still unbiased but no longer efficient, so WLS gives tighter estimates.",
        False,
    ),
]


@pytest.mark.parametrize("prompt_id, misconception_id, sentence, should_fire", CASES, ids=case_ids(CASES))
def test_t1_cues(
    curriculum: Curriculum, matcher: Matcher, prompt_id: str, misconception_id: str, sentence: str, should_fire: bool
) -> None:
    assert bool(fired(curriculum, matcher, prompt_id, misconception_id, sentence)) is should_fire


def test_t1_added_rows(curriculum: Curriculum) -> None:
    check_rows(curriculum, list(ADDED), CASES, wrong=3, right=3)


def test_t1_added_cue_cap(curriculum: Curriculum, matcher: Matcher) -> None:
    check_cue_cap(curriculum, matcher, list(ADDED))


def test_t1_right_texts(curriculum: Curriculum, matcher: Matcher) -> None:
    check_right_texts(curriculum, matcher, {p for p, _, _, _ in CASES})


def test_t1_added(curriculum: Curriculum) -> None:
    check_added(curriculum, ADDED)
