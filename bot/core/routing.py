"""Routing: four yes/no questions pick the starting phase.

The rule is the seed's routing key read literally: only the *leading* run of yes answers counts.
Yes to 1 only (or nothing) -> Phase 1, yes to 1-2 -> Phase 2, 1-3 -> Phase 3, all four -> Phase 4.
So ``no, yes, yes, yes`` is Phase 1: the later yeses stand on a foundation the first no removes.
"""

from __future__ import annotations

from collections.abc import Sequence

_YES = {"yes", "y", "yeah", "yep", "yup", "sure", "true", "1", "ja", "si", "oui", "affirmative"}
_NO = {"no", "n", "nope", "nah", "false", "0", "not yet", "never", "negative", "nein"}


def parse_yes_no(text: str) -> bool | None:
    t = text.strip().lower().rstrip(".!")
    if t in _YES or t.startswith("yes"):
        return True
    if t in _NO or t.startswith("no ") or t.startswith("no,"):
        return False
    return None


def leading_yes(answers: Sequence[bool]) -> int:
    n = 0
    for a in answers:
        if not a:
            break
        n += 1
    return n


def start_phase(answers: Sequence[bool]) -> int:
    if len(answers) != 4:
        raise ValueError("routing needs exactly four answers")
    return max(1, leading_yes(answers))


def weakest_round(answers: Sequence[bool]) -> int:
    """The phase of the first question answered no (4 when all are yes): the round to protect
    first when there is little time."""
    return min(4, leading_yes(answers) + 1)
