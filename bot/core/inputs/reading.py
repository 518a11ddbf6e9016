"""Friendly reading of what people type for a timezone, a time of day and a date.

Onboarding and ``/coach settings`` once took only the canonical forms (an exact IANA name, 24-hour
HH:MM, YYYY-MM-DD) and refused the rest without a suggestion, so ``london``, ``7am`` and ``in 3 weeks``
all bounced. These readers accept what can only mean one thing and say what they understood
(``Reading.note``), and refuse the rest with a reply that names exactly what to send (``Reading.hint``).

They parse only: whether a date is in the past or too far away is the caller's policy. No clock is read
here (``today`` and ``at`` are passed in) and nothing raises, whatever the text.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from itertools import chain
from typing import Any, Generic, TypeVar

from bot.core.messages import neutralize

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Reading(Generic[T]):
    """What a reader made of one message. ``ok`` with ``value`` None means "nothing", for a date
    (`none`); ``note`` is set when the text was understood but not written canonically, ``hint`` is
    a complete refusal, quoting the text safely and saying what to send."""

    ok: bool
    value: T | None = None
    note: str | None = None
    hint: str | None = None


def _yes(value: T | None, note: str | None = None) -> Reading[T]:
    return Reading(True, value, note)


def _no(hint: str) -> Reading[Any]:
    return Reading(False, None, None, hint)


# ==== shared text handling =========================================================================

_LOOK_AT = 200  # longer text is cut before any normalising or regex work, so cost stays bounded
_QUOTES = "\"'`“”‘’«»„"


def quote(text: str) -> str:
    """User text as it may appear inside a reply: one line, no pings or code spans, ≤ 60 chars."""
    shown = "".join(c if c.isprintable() else " " for c in text[:_LOOK_AT])
    shown = neutralize(" ".join(shown.split()), 60).replace("<", "‹").replace(">", "›")
    return f"“{shown}”"


def _clean(text: str) -> str:
    """Fold full-width digits and compatibility forms (``８：３０``), drop control characters,
    collapse whitespace and peel off quotes or backticks copied from a prompt."""
    t = unicodedata.normalize("NFKC", text[:_LOOK_AT])
    t = " ".join("".join(c if c.isprintable() else " " for c in t).split())
    return t.strip(_QUOTES + " ")


def _fold(text: str) -> str:
    """Lower case, accents dropped, ``_ - .`` read as spaces: ``São_Paulo`` and ``sao paulo`` meet."""
    t = unicodedata.normalize("NFKD", text.lower())
    t = "".join(c for c in t if not unicodedata.combining(c)).replace("'", "").replace("’", "")
    t = re.sub(r"[_\-.\s]+", " ", t)
    return re.sub(r" ?/ ?", "/", t).strip()


def _either(items: list[str], last: str = "or") -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {last} " + items[-1]


# English names, fixed: strftime's %A and %B follow the process locale
_DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTH_NAMES = "January February March April May June July August September October November December".split()


def _long_date(d: date) -> str:
    return f"{_DAY_NAMES[d.weekday()]} {d.isoformat()}"


class _Fuzzy:
    """Close matches for typos. ``difflib`` over every zone name costs about a millisecond, so a
    bigram index picks a shortlist first and ``difflib`` only ranks that."""

    def __init__(self, words: Iterable[str]) -> None:
        self._words = tuple(sorted(set(words)))
        postings: dict[str, list[int]] = {}
        for i, w in enumerate(self._words):
            for g in self._grams(w):
                postings.setdefault(g, []).append(i)
        # a bigram most words share ("am", "a/" in every America/...) ranks nothing and costs the most
        common = max(8, len(self._words) // 5)
        self._postings = {g: tuple(ids) for g, ids in postings.items() if len(ids) <= common}

    @staticmethod
    def _grams(word: str) -> set[str]:
        w = f" {word} "
        return {w[i : i + 2] for i in range(len(w) - 1)}

    def close(self, word: str, n: int = 3, cutoff: float = 0.8, shortlist: int = 5) -> list[str]:
        shared = Counter(chain.from_iterable(self._postings.get(g, ()) for g in self._grams(word)))
        best = [self._words[i] for i, _ in shared.most_common(shortlist)]
        return difflib.get_close_matches(word, best, n, cutoff)
