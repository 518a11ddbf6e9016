"""Text a learner reads has no word broken at a folded YAML line: "cross- validation" shows with a
space (a hyphen at a line end of a ``>-`` block keeps the line break as a space)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

CONTENT = Path(__file__).resolve().parents[1] / "content"
#: A hyphen, a space and a word that is not "and"/"or"/"to" ("over- and under-fitting" is English).
BROKEN = re.compile(r"\b[A-Za-z]+- (?!(?:and|or|to|nor|versus|vs|against)\b)[a-z]")


def _strings(o: Any) -> list[str]:
    if isinstance(o, str):
        return [o]
    if isinstance(o, dict):
        return [s for v in o.values() for s in _strings(v)]
    if isinstance(o, list):
        return [s for v in o for s in _strings(v)]
    return []


def test_no_word_is_broken_across_a_folded_line() -> None:
    broken = [
        f"{path.relative_to(CONTENT)}: {m.group(0)!r}"
        for path in sorted(CONTENT.rglob("*.yaml"))
        for text in _strings(yaml.safe_load(path.read_text()))
        for m in BROKEN.finditer(text)
    ]
    assert not broken, broken
