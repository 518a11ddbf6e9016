from __future__ import annotations

import itertools

import pytest

from bot.core.routing import leading_yes, parse_yes_no, start_phase, weakest_round
from tests.conftest import texts


def expected_phase(answers: tuple[bool, ...]) -> int:
    n = 0
    for a in answers:
        if not a:
            break
        n += 1
    return {0: 1, 1: 1, 2: 2, 3: 3, 4: 4}[n]


@pytest.mark.parametrize("answers", list(itertools.product([True, False], repeat=4)))
def test_all_sixteen_combinations(answers: tuple[bool, ...]) -> None:
    assert start_phase(answers) == expected_phase(answers)


@pytest.mark.parametrize(
    "answers, phase",
    [("nnnn", 1), ("ynnn", 1), ("nyyy", 1), ("ynyy", 1), ("yynn", 2), ("yyny", 2), ("yyyn", 3), ("yyyy", 4)],
)
async def test_leading_yes_answers_pick_start_phase_in_conversation(console, answers: str, phase: int) -> None:
    await console.say("/coach start")
    replies = []
    for a in answers:
        replies = await console.say("yes" if a == "y" else "no")
    assert f"Phase {phase}" in replies[0].text
    assert "Why:" in replies[0].text


def test_weakest_round_is_first_no() -> None:
    assert weakest_round([False, True, True, True]) == 1
    assert weakest_round([True, True, False, True]) == 3
    assert weakest_round([True] * 4) == 4
    assert leading_yes([True, False, True]) == 1


@pytest.mark.parametrize(
    "text, value",
    [
        ("yes", True),
        ("Y", True),
        ("yep!", True),
        ("no", False),
        ("Nope", False),
        ("not yet", False),
        ("maybe", None),
        ("", None),
    ],
)
def test_parse_yes_no(text: str, value: bool | None) -> None:
    assert parse_yes_no(text) is value


async def test_start_needs_four_answers_and_rejects_non_yes_no(console) -> None:
    await console.say("/coach start")
    r = await console.say("perhaps")
    assert "yes or a no" in texts(r)
    assert "Question 1 of 4" in texts(r)  # asked again, nothing lost
    r = await console.say("yes")
    assert "Question 2 of 4" in texts(r)
