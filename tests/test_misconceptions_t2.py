"""The t2 pass over the deep-learning, gradient-descent, LLM-stack and probability prompts.

Step B: false alarms found by correct answers written from the questions and key points only
(``tests/labelled/right_fresh_t2.yaml``). Each sentence that fired is kept as a row that must not fire,
next to wrong sentences that must still fire after the cue was narrowed.

Step C: misses on the tuning set ``wrong_own``: a cue widened on an existing misconception, or a
misconception added, each with the wrong phrasing and paraphrases that must fire and right sentences
(the key point's claim, a denial, a "rather than" contrast, a related true statement) that must not.
Matching is the grader's own (``Matcher.states``)."""

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
    states,
)

#: misconceptions this pass added, with their cues
ADDED: dict[tuple[str, str], list[str]] = {}

#: cues this pass added to or narrowed on existing misconceptions
CHANGED: dict[tuple[str, str], list[str]] = {
    ("th-ft-01", "fine-tune-to-add-facts"): [
        "fine tune model learns product",
        "=fine tune docs model know*|learn*",
        "=fine tune docs know*|learn*",
    ],
}

TOUCHED: list[tuple[str, str]] = list(ADDED)

CASES: list[tuple[str, str, str, bool]] = [
    # th-ft-01: naming the PM's idea in order to reject it ("... is the usual mistake" is not a disclaimer
    # the matcher knows); the cue now wants "fine-tune on the docs" right next to "the model knows"
    (
        "th-ft-01",
        "fine-tune-to-add-facts",
        "The PM's idea that fine-tuning on the docs makes the model know the product is the usual mistake:"
        " recall of fine-tuned facts is patchy, it confabulates, and it can't cite or unlearn.",
        False,
    ),
    ("th-ft-01", "fine-tune-to-add-facts", "With RAG over the docs the model knows the current product facts.", False),
    (
        "th-ft-01",
        "fine-tune-to-add-facts",
        "Fine-tuning teaches the model our tone, while RAG makes it know the product.",
        False,
    ),
    ("th-ft-01", "fine-tune-to-add-facts", "If we fine-tune on the docs, the model knows our product.", True),
    ("th-ft-01", "fine-tune-to-add-facts", "Fine-tune it on our docs so it knows the product.", True),
    (
        "th-ft-01",
        "fine-tune-to-add-facts",
        "id finetune on the docs, thats how the model actualy learns our product facts",
        True,
    ),
    (
        "th-ft-01",
        "fine-tune-to-add-facts",
        "Just fine-tune the model on the product docs and it will learn the product.",
        True,
    ),
]

#: right answers (several clauses, the same vocabulary): no added or changed cue may fire
RIGHT_ANSWERS: list[tuple[str, str]] = []


@pytest.mark.parametrize(
    "prompt_id, misconception_id, sentence, should_match",
    CASES,
    ids=case_ids(CASES),
)
def test_t2_cues(
    curriculum: Curriculum, matcher: Matcher, prompt_id: str, misconception_id: str, sentence: str, should_match: bool
) -> None:
    hits = fired(curriculum, matcher, prompt_id, misconception_id, sentence)
    assert bool(hits) is should_match, hits


def test_every_added_misconception_has_wrong_and_right_sentences(curriculum: Curriculum) -> None:
    check_rows(curriculum, TOUCHED, CASES, wrong=3, right=3)


def test_added_and_changed_cues_are_in_the_content(curriculum: Curriculum) -> None:
    check_added(curriculum, {**ADDED, **CHANGED})


def test_added_cues_stay_within_the_cap(curriculum: Curriculum, matcher: Matcher) -> None:
    check_cue_cap(curriculum, matcher, TOUCHED)


@pytest.mark.parametrize(
    "prompt_id, text", RIGHT_ANSWERS, ids=[f"{p}:{i}" for i, (p, _) in enumerate(RIGHT_ANSWERS)] or None
)
def test_right_answers_do_not_trip_added_misconceptions(
    curriculum: Curriculum, matcher: Matcher, prompt_id: str, text: str
) -> None:
    cues = {**ADDED, **CHANGED}
    hits = [(mid, c) for (pid, mid), cs in cues.items() if pid == prompt_id for c in cs if states(matcher, text, c)]
    assert not hits, hits


def test_correct_texts_do_not_trip_touched_prompts(curriculum: Curriculum, matcher: Matcher) -> None:
    check_right_texts(curriculum, matcher, {p for p, _ in [*ADDED, *CHANGED]})
