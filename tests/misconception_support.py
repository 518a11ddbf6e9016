"""What every misconception test file needs: the grader's own "is this belief stated" check, and a
misconception looked up by prompt and id."""

from __future__ import annotations

import importlib
from pathlib import Path

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


def all_cases() -> list[Case]:
    """The sentence rows of every misconception test file: a misconception may be written in one
    pass and its rows kept in that pass's file, so "every misconception has rows" looks in all of them."""
    out: list[Case] = []
    for path in sorted(Path(__file__).parent.glob("test_misconceptions_*.py")):
        out += getattr(importlib.import_module(f"tests.{path.stem}"), "CASES", [])
    return out


def case_ids(cases: list[Case]) -> list[str]:
    """Readable parametrize ids: prompt:misconception:hitN or missN."""
    return [f"{p}:{m}:{'hit' if hit else 'miss'}{i}" for i, (p, m, _, hit) in enumerate(cases)]


def fired(curriculum: Curriculum, matcher: Matcher, prompt_id: str, misconception_id: str, sentence: str) -> list[str]:
    """The misconception's cues the sentence states."""
    return [c for c in misconception(curriculum, prompt_id, misconception_id).cues if states(matcher, sentence, c)]


def check_rows(
    curriculum: Curriculum, touched: list[tuple[str, str]], cases: list[Case], wrong: int, right: int
) -> None:
    """Every touched misconception exists and has at least ``wrong`` matching and ``right`` non-matching rows."""
    for pid, mid in touched:
        misconception(curriculum, pid, mid)
        rows = [hit for p, m, _, hit in cases if (p, m) == (pid, mid)]
        assert rows.count(True) >= wrong and rows.count(False) >= right, (pid, mid)


def check_cue_cap(curriculum: Curriculum, matcher: Matcher, touched: list[tuple[str, str]]) -> None:
    """Two to five cues per touched misconception, each of at least two slots after normalisation."""
    for pid, mid in touched:
        m = misconception(curriculum, pid, mid)
        assert 2 <= len(m.cues) <= 5, (pid, mid)
        for cue in m.cues:
            assert len(matcher.compile(cue).slots) >= 2, (pid, mid, cue)


def check_right_texts(curriculum: Curriculum, matcher: Matcher, prompt_ids: set[str]) -> None:
    """Key points, explanations, depths and corrections are right by construction: no misconception of
    these prompts may fire on them."""
    for pid in sorted(prompt_ids):
        p = curriculum.prompts[pid]
        assert isinstance(p, TheoryPrompt)
        kps = [*p.key_points, *p.follow_up.key_points]
        texts = [k.text for k in kps] + [k.explanation or "" for k in kps]
        texts += [p.depths.s30, p.depths.m2, p.depths.m5] + [m.correction for m in p.misconceptions]
        for m in p.misconceptions:
            for t in texts:
                hits = [c for c in m.cues if states(matcher, t, c)]
                assert not hits, f"{p.id}/{m.id}: {hits} fires on {t!r}"


def check_added(curriculum: Curriculum, added: dict[tuple[str, str], list[str]]) -> None:
    """The cues a test file added are in the content, and each misconception keeps two to five cues."""
    for (pid, mid), cues in added.items():
        m = misconception(curriculum, pid, mid)
        assert set(cues) <= set(m.cues), (pid, mid)
        assert 2 <= len(m.cues) <= 5, (pid, mid)
