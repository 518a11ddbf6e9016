"""The t4 pass over the recsys/retrieval, experimentation, evaluation-metrics and responsible-ML prompts.

Step B: correct answers written from the questions and key points only
(``tests/labelled/right_fresh_t4.yaml``) whose sentences tripped a misconception are kept here as rows
that must not fire, next to wrong sentences that must still fire after the cue was narrowed.
Step C: misses on the tuning set ``wrong_own``: each caught wrong idea has its own phrasing and two
paraphrases that must fire, and right sentences in the same words (the key point's claim, a denial, a
"rather than" contrast, a related true statement) that must not. Misconceptions this pass added are
listed in ``ADDED`` and checked like ``test_misconceptions_rv1.py``. Matching is the grader's own
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

#: every misconception this pass added, with its cues
ADDED: dict[tuple[str, str], list[str]] = {}

TOUCHED: list[tuple[str, str]] = list(ADDED)

CASES: list[tuple[str, str, str, bool]] = [
    # --- step B: false alarms on right answers ---
    # th2a-ms-06: "X would be wrong because" is not a disclaimer the matcher knows
    (
        "th2a-ms-06",
        "add-raw-scores",
        "Adding raw logits would be wrong because their scales differ and drift between versions",
        False,
    ),
    ("th2a-ms-06", "add-raw-scores", "Combine calibrated probabilities, not raw logits.", False),
    (
        "th2a-ms-06",
        "add-raw-scores",
        "Rather than adding raw logits, combine calibrated probabilities with explicit weights.",
        False,
    ),
    ("th2a-ms-06", "add-raw-scores", "Don't just add the raw logits together; their scales differ.", False),
    ("th2a-ms-06", "add-raw-scores", "Just add the raw logits of the heads together.", True),
    ("th2a-ms-06", "add-raw-scores", "I'd sum the raw scores of the three heads.", True),
    ("th2a-ms-06", "add-raw-scores", "simply sum the raw outputs of each head and rank by that", True),
    ("th2a-ms-06", "add-raw-scores", "take a weighted sum of the head logits", True),
    # th-met-07: "clicks are only a proxy" is the right claim
    (
        "th-met-07",
        "clicks-only-online",
        "But those logs come from the current ranker, so they favour lookalike models, and clicks are only a proxy",
        False,
    ),
    ("th-met-07", "clicks-only-online", "Clicks are only a proxy for what users value.", False),
    ("th-met-07", "clicks-only-online", "Offline labels are clicks only, which is a proxy.", False),
    ("th-met-07", "clicks-only-online", "Don't judge it on CTR alone; add guardrails on latency and hides.", False),
    ("th-met-07", "clicks-only-online", "Online, CTR is the only metric that matters.", True),
    ("th-met-07", "clicks-only-online", "Clicks alone are enough to judge the A/B test.", True),
    ("th-met-07", "clicks-only-online", "judge the test on clicks only", True),
    ("th-met-07", "clicks-only-online", "we don't need guardrails if CTR goes up", True),
    # th2a-int-02: "doesn't mean the information is useless" read as "no information"
    ("th2a-int-02", "low-importance-useless", "low importance here doesn't mean the information is useless", False),
    (
        "th2a-int-02",
        "low-importance-useless",
        "Low importance doesn't mean the feature is useless; its twin covers for it.",
        False,
    ),
    (
        "th2a-int-02",
        "low-importance-useless",
        "It's not that low-importance features are useless, they share signal.",
        False,
    ),
    (
        "th2a-int-02",
        "low-importance-useless",
        "Low permutation importance means the feature has no information.",
        True,
    ),
    ("th2a-int-02", "low-importance-useless", "Both have low importance, so they're useless and can be dropped.", True),
    ("th2a-int-02", "low-importance-useless", "Zero importance features are useless.", True),
]


@pytest.mark.parametrize("prompt_id, misconception_id, sentence, should_fire", CASES, ids=case_ids(CASES))
def test_t4_cues(
    curriculum: Curriculum, matcher: Matcher, prompt_id: str, misconception_id: str, sentence: str, should_fire: bool
) -> None:
    hits = fired(curriculum, matcher, prompt_id, misconception_id, sentence)
    assert bool(hits) is should_fire, hits


def test_every_added_misconception_has_wrong_and_right_sentences(curriculum: Curriculum) -> None:
    check_rows(curriculum, TOUCHED, CASES, wrong=3, right=3)


def test_added_cues_are_in_the_content(curriculum: Curriculum) -> None:
    check_added(curriculum, ADDED)


def test_added_cues_stay_within_the_cap(curriculum: Curriculum, matcher: Matcher) -> None:
    check_cue_cap(curriculum, matcher, TOUCHED)


def test_correct_texts_do_not_trip_added_misconceptions(curriculum: Curriculum, matcher: Matcher) -> None:
    check_right_texts(curriculum, matcher, {p for p, _ in TOUCHED})
