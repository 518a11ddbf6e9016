"""What every misconception test file needs: the grader's own "is this belief stated" check, and a
misconception looked up by prompt and id."""

from __future__ import annotations

from bot.core.curriculum import Curriculum, Misconception, TheoryPrompt
from bot.core.matcher import Matcher


def states(matcher: Matcher, text: str, cue: str) -> bool:
    """The grader's own misconception semantics (``Matcher.states``)."""
    return matcher.states(matcher.index(text), cue)


def misconception(curriculum: Curriculum, prompt_id: str, misconception_id: str) -> Misconception:
    p = curriculum.prompts[prompt_id]
    assert isinstance(p, TheoryPrompt)
    return next(m for m in p.misconceptions if m.id == misconception_id)


Case = tuple[str, str, str, bool]


def case_ids(cases: list[Case]) -> list[str]:
    """Readable parametrize ids: prompt:misconception:hitN or missN."""
    return [f"{p}:{m}:{'hit' if hit else 'miss'}{i}" for i, (p, m, _, hit) in enumerate(cases)]


def fired(curriculum: Curriculum, matcher: Matcher, prompt_id: str, misconception_id: str, sentence: str) -> list[str]:
    """The misconception's cues the sentence states."""
    return [c for c in misconception(curriculum, prompt_id, misconception_id).cues if states(matcher, sentence, c)]
