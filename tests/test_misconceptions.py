"""The misconception rows and checks of every tuning pass in ``tests/misconception_rows/`` (each module's
docstring says what its pass did): every row of CASES must fire or stay quiet as it says, and each pass's
``CHECKS`` (``tests.misconception_support.Checks``) run here. Matching is the grader's own
(``Matcher.states``): the cue's words in the cue's order inside one clause, a word right after a negation
not counting unless the cue itself says "not". Checks only one pass has: test_misconceptions_specific.py."""

from __future__ import annotations

import pytest

from bot.core.curriculum import Curriculum, TheoryPrompt
from bot.core.matcher import Matcher
from tests.misconception_support import (
    Authored,
    Checks,
    Key,
    all_cases,
    authored_prompts,
    case_ids,
    check_added,
    check_cue_cap,
    check_right_texts,
    check_rows,
    cues_of,
    passes,
    prompt_ids,
    right_texts,
    states,
)

PASSES = passes()
CHECKS: dict[str, Checks] = {name: getattr(module, "CHECKS", Checks()) for name, module in PASSES.items()}
AUTHORED: dict[str, Authored] = {name: c.authored for name, c in CHECKS.items() if c.authored}


def _each(what: str) -> list[object]:
    """One param per entry of a sequence field of every pass's checks, with ids ``pass:n``."""
    return [
        pytest.param(name, entry, id=f"{name}:{i}")
        for name, checks in CHECKS.items()
        for i, entry in enumerate(getattr(checks, what))
    ]


def _passes_with(what: str) -> list[str]:
    """The passes whose checks set this field."""
    return [name for name, checks in CHECKS.items() if getattr(checks, what)]


@pytest.mark.parametrize(
    "prompt_id, misconception_id, sentence, should_fire",
    [
        pytest.param(*case, id=f"{name}:{cid}")
        for name, module in PASSES.items()
        for case, cid in zip(module.CASES, case_ids(module.CASES), strict=True)
    ],
)
def test_cues(
    curriculum: Curriculum, matcher: Matcher, prompt_id: str, misconception_id: str, sentence: str, should_fire: bool
) -> None:
    prompt = curriculum.prompts[prompt_id]
    assert isinstance(prompt, TheoryPrompt)
    (m,) = [m for m in prompt.misconceptions if m.id == misconception_id]
    hits = [c for c in m.cues if states(matcher, sentence, c)]
    assert bool(hits) is should_fire, hits


@pytest.mark.parametrize("name, rows", _each("rows"))
def test_rows(curriculum: Curriculum, name: str, rows: tuple[list[Key], int, int]) -> None:
    touched, wrong, right = rows
    check_rows(curriculum, list(touched), PASSES[name].CASES, wrong=wrong, right=right)


@pytest.mark.parametrize("name", _passes_with("cue_cap"))
def test_cue_cap(curriculum: Curriculum, matcher: Matcher, name: str) -> None:
    check_cue_cap(curriculum, matcher, list(CHECKS[name].cue_cap))


@pytest.mark.parametrize("name", _passes_with("right_texts"))
def test_right_texts(curriculum: Curriculum, matcher: Matcher, name: str) -> None:
    check_right_texts(curriculum, matcher, set(CHECKS[name].right_texts))


@pytest.mark.parametrize("name", _passes_with("quiet_on_right_texts"))
def test_quiet_on_right_texts(curriculum: Curriculum, matcher: Matcher, name: str) -> None:
    """These cues stay quiet on their own prompt's right texts, cue by cue."""
    cues = CHECKS[name].quiet_on_right_texts
    for pid in prompt_ids(cues):
        p = curriculum.prompts[pid]
        assert isinstance(p, TheoryPrompt)
        texts = right_texts(p)
        for mid, cue in cues_of(curriculum, pid, cues):
            hits = [t for t in texts if states(matcher, t, cue)]
            assert not hits, f"{pid}/{mid}: {cue!r} fires on {hits}"


@pytest.mark.parametrize("name, added", _each("added"))
def test_added(curriculum: Curriculum, name: str, added: dict[Key, list[str]]) -> None:
    check_added(curriculum, added)


@pytest.mark.parametrize(
    "name, prompt_id, text",
    [
        pytest.param(name, pid, text, id=f"{name}:{pid}:{i}")
        for name, checks in CHECKS.items()
        for i, (pid, text) in enumerate(checks.right_answers)
    ],
)
def test_right_answers(curriculum: Curriculum, matcher: Matcher, name: str, prompt_id: str, text: str) -> None:
    cues = cues_of(curriculum, prompt_id, CHECKS[name].right_answer_cues)
    hits = [(mid, c) for mid, c in cues if states(matcher, text, c)]
    assert not hits, hits


@pytest.mark.parametrize("name", list(AUTHORED))
def test_authored_prompts(curriculum: Curriculum, name: str) -> None:
    a = AUTHORED[name]
    prompts = authored_prompts(curriculum, a.files)
    assert len(prompts) == a.prompts
    for p in prompts:
        assert p.id.startswith(a.prefix), p.id
        assert 1 <= len(p.misconceptions) <= 12, p.id
        for kp in [*p.key_points, *p.follow_up.key_points]:
            assert kp.explanation, f"{p.id}/{kp.id} has no explanation"
            assert len(kp.explanation.split()) <= 95, f"{p.id}/{kp.id}: explanation too long"
            if a.key_point_cues:
                low, high = a.key_point_cues
                assert low <= len(kp.cues) <= high, f"{p.id}/{kp.id}: {len(kp.cues)} cues"
        if a.misconception_cues:
            for m in p.misconceptions:
                assert 2 <= len(m.cues) <= 5, f"{p.id}/{m.id}"


@pytest.mark.parametrize("name", list(AUTHORED))
def test_authored_misconceptions_have_a_wrong_and_two_right_sentences(curriculum: Curriculum, name: str) -> None:
    """A misconception may be written in one pass and its rows kept in another's, so this looks in all."""
    touched = [(p.id, m.id) for p in authored_prompts(curriculum, AUTHORED[name].files) for m in p.misconceptions]
    check_rows(curriculum, touched, all_cases(), wrong=1, right=2)


@pytest.mark.parametrize("name", [n for n, a in AUTHORED.items() if a.right_texts])
def test_authored_right_texts(curriculum: Curriculum, matcher: Matcher, name: str) -> None:
    """Key points, explanations, depths and corrections are right by construction, so a cue that fires on
    them would put "Careful:" on a strong answer."""
    check_right_texts(curriculum, matcher, {p.id for p in authored_prompts(curriculum, AUTHORED[name].files)})


def test_every_pass_has_rows() -> None:
    assert PASSES and all(module.CASES for module in PASSES.values())
