"""What every misconception test needs: the grader's own "is this belief stated" check, a misconception
looked up by prompt and id, the checks the tuning passes share, and ``Checks``, how a pass's module in
``tests/misconception_rows/`` says which of them it runs (``tests/test_misconceptions.py`` runs them)."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

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
#: A misconception: (prompt id, misconception id).
Key = tuple[str, str]
#: Which cues a check reads: the cues listed per misconception, the content's cues of these misconceptions,
#: or (None) every cue of every misconception of the prompt.
Cues = Mapping[Key, Sequence[str]] | Sequence[Key] | None


@dataclass(frozen=True)
class Authored:
    """The prompts a pass wrote, found by their content file's name: ``prompts`` of them, each with one to
    twelve misconceptions and a model explanation of at most 95 words on every key point; every
    misconception of them has a wrong and two right rows in some pass; with ``right_texts``, none fires
    on its prompt's right texts (``check_right_texts``)."""

    files: tuple[str, ...]
    prompts: int
    prefix: str = ""  #: every id starts with it
    misconception_cues: bool = True  #: each misconception has two to five cues
    key_point_cues: tuple[int, int] | None = None  #: each key point has this many cues (at least, at most)
    right_texts: bool = True


@dataclass(frozen=True)
class Checks:
    """What a tuning pass checks besides its rows (every row of CASES is always checked):

    * ``rows``: (misconceptions, wrong, right): each exists and has at least ``wrong`` rows that must fire
      and ``right`` that must not in the pass's CASES (``check_rows``);
    * ``cue_cap``: two to five cues of two slots or more (``check_cue_cap``);
    * ``right_texts``: prompts none of whose misconceptions fires on the prompt's right texts
      (``check_right_texts``);
    * ``quiet_on_right_texts``: cues (see ``Cues``) that must not fire on their own prompt's right texts, where
      ``right_texts`` cannot take the whole prompt;
    * ``added``: cue lists that must be in the content, one ``check_added`` each;
    * ``right_answers``: (prompt id, right answer) on which ``right_answer_cues`` of that prompt must not fire;
    * ``authored``: the prompts the pass wrote (``Authored``)."""

    rows: Sequence[tuple[Sequence[Key], int, int]] = ()
    cue_cap: Sequence[Key] = ()
    right_texts: Collection[str] = frozenset()
    quiet_on_right_texts: Cues = ()
    added: Sequence[Mapping[Key, Sequence[str]]] = ()
    right_answers: Sequence[tuple[str, str]] = ()
    right_answer_cues: Cues = None
    authored: Authored | None = None


def passes() -> dict[str, ModuleType]:
    """The module of every tuning pass in ``tests/misconception_rows/``, by name."""
    from tests import misconception_rows

    names = sorted(m.name for m in pkgutil.iter_modules(misconception_rows.__path__))
    return {n: importlib.import_module(f"tests.misconception_rows.{n}") for n in names}


def all_cases() -> list[Case]:
    """The sentence rows of every tuning pass: a misconception may be written in one pass and its rows
    kept in that pass's module, so "every misconception has rows" looks in all of them."""
    return [c for module in passes().values() for c in module.CASES]


def authored_prompts(curriculum: Curriculum, files: Collection[str]) -> list[TheoryPrompt]:
    """The theory prompts of these content files, by id."""
    return [
        p
        for pid, p in sorted(curriculum.prompts.items())
        if isinstance(p, TheoryPrompt) and Path(curriculum.sources[pid]).stem in files
    ]


def right_texts(p: TheoryPrompt) -> list[str]:
    """A prompt's texts that are right by construction: key points, explanations, depths and corrections."""
    kps = [*p.key_points, *p.follow_up.key_points]
    texts = [k.text for k in kps] + [k.explanation or "" for k in kps]
    return texts + [p.depths.s30, p.depths.m2, p.depths.m5] + [m.correction for m in p.misconceptions]


def cues_of(curriculum: Curriculum, prompt_id: str, cues: Cues) -> list[tuple[str, str]]:
    """(misconception id, cue) of one prompt that ``cues`` names."""
    if cues is None:
        p = curriculum.prompts[prompt_id]
        assert isinstance(p, TheoryPrompt)
        return [(m.id, c) for m in p.misconceptions for c in m.cues]
    if isinstance(cues, Mapping):
        return [(mid, c) for (pid, mid), cs in cues.items() if pid == prompt_id for c in cs]
    return [(mid, c) for pid, mid in cues if pid == prompt_id for c in misconception(curriculum, pid, mid).cues]


def prompt_ids(cues: Cues) -> list[str]:
    """The prompts ``cues`` names (not None), in order, once each."""
    assert cues is not None
    return list(dict.fromkeys(pid for pid, _ in cues))


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
        texts = right_texts(p)
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
