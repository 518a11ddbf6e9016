"""Reading the days a learner wants drills on: `mon-fri`, `mon,wed,fri`, `weekdays`, `every day`."""

from __future__ import annotations

import re

from bot.core.inputs.reading import Reading, quote

DAY_KEYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_ALIASES = {
    "every day": tuple(range(7)),
    "everyday": tuple(range(7)),
    "daily": tuple(range(7)),
    "all": tuple(range(7)),
    "weekdays": tuple(range(5)),
    "workdays": tuple(range(5)),
    "weekends": (5, 6),
    "weekend": (5, 6),
}
_SEND = "Send days like `mon-fri`, `mon,wed,fri`, `weekdays` or `every day`."


def _day(word: str) -> int | None:
    w = word.strip().lower()[:3]
    return DAY_KEYS.index(w) if w in DAY_KEYS and len(word.strip()) >= 2 else None


def read_days(text: str) -> Reading[frozenset[int]]:
    """Weekday numbers (0 = Monday). A range wraps (`fri-mon`)."""
    t = re.sub(r"\s+", " ", text.strip().lower())[:80]
    if t in _ALIASES:
        return Reading(True, frozenset(_ALIASES[t]))
    days: set[int] = set()
    for part in re.split(r"[,\s/+]+|\band\b", t):
        part = part.strip()
        if not part:
            continue
        if "-" in part:
            a, _, b = part.partition("-")
            lo, hi = _day(a), _day(b)
            if lo is None or hi is None:
                return Reading(False, hint=f"I couldn't read {quote(text)} as days. {_SEND}")
            i = lo
            while True:
                days.add(i)
                if i == hi:
                    break
                i = (i + 1) % 7
            continue
        d = _day(part)
        if d is None:
            return Reading(False, hint=f"I couldn't read {quote(text)} as days. {_SEND}")
        days.add(d)
    if not days:
        return Reading(False, hint=f"Pick at least one day. {_SEND}")
    return Reading(True, frozenset(days))


def days_text(days: frozenset[int] | None) -> str:
    """How the learner's days are stored and shown: `mon,tue,wed` or `every day`."""
    if days is None or len(days) == 7:
        return "every day"
    return ",".join(DAY_KEYS[d] for d in sorted(days))


def days_from_text(stored: str | None) -> frozenset[int] | None:
    if not stored or stored == "every day":
        return None
    return frozenset(DAY_KEYS.index(d) for d in stored.split(",") if d in DAY_KEYS) or None
