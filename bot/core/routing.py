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


def routing_reason(answers: Sequence[bool], yes_means: Sequence[str], no_means: Sequence[str], purpose: str) -> str:
    """Why this starting phase, built only from what the learner answered: the yeses that count, the
    first no, and any later yes that does not skip ahead. ``purpose`` says what the phase is for."""
    n = leading_yes(answers)
    phase = start_phase(answers)
    if n == len(answers):
        said = f"You answered yes to all four: {_join(yes_means)}. You're close, so we start with Phase 4."
    else:
        first_no = n  # index of the first no
        counted = (
            f"You said yes to {_questions(range(1, n + 1))} ({_join(yes_means[:n])}), but no to question "
            f"{first_no + 1}: {no_means[first_no]}."
            if n
            else f"Your first answer was a no: {no_means[0]}."
        )
        later = [i + 1 for i in range(first_no + 1, len(answers)) if answers[i]]
        skip = (
            f" Your later {'yes' if len(later) == 1 else 'yeses'} to {_questions(later)} "
            f"{'doesn' if len(later) == 1 else 'don'}'t skip ahead: each phase builds on the one before, "
            "though those phases will go faster."
            if later
            else ""
        )
        if n == 1:
            counted += " A yes to question 1 alone still starts with the theory checkpoint, to confirm it quickly."
        said = f"{counted}{skip} So we start with Phase {phase}."
    return f"{said} {purpose}"


def _questions(numbers: Sequence[int] | range) -> str:
    nums = list(numbers)
    if len(nums) == 1:
        return f"question {nums[0]}"
    return f"questions {', '.join(str(x) for x in nums[:-1])} and {nums[-1]}"


def _join(parts: Sequence[str]) -> str:
    parts = list(parts)
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + " and " + parts[-1]
