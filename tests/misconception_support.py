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
