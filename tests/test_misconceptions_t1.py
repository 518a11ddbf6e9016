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
ADDED: dict[tuple[str, str], list[str]] = {}

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
