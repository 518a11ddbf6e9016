"""A confident wrong answer often says a key point's own claim with its two sides swapped: "L2 gives
exact zeros", "prefill is memory-bound". ``swapped`` turns a key point's cue into what such an
answer would say, one side at a time; the sides are ``bot.core.lexicon.SWAPS``."""

from __future__ import annotations

from bot.core.matcher import Cue, Matcher


def swapped(m: Matcher, cue: str) -> list[Cue]:
    """The cue with one side of a comparison it names turned into the other ("l1|lasso zero|sparse"
    → "l2 zero|sparse", "l1|lasso dense"): what a candidate who swapped the two would say, one swap
    at a time (two swaps say the claim again). A pair whose two sides the cue both names stays."""
    c = m.compile(cue)
    words = {a.rstrip("*") for s in c.slots for a in s}
    out: list[Cue] = []
    for a, b in m.swaps:
        if (a in words) == (b in words):
            continue
        have, other = (a, b) if a in words else (b, a)
        slots = tuple((other,) if have in s else (other + "*",) if have + "*" in s else s for s in c.slots)
        if slots not in (x.slots for x in out):
            out.append(Cue(f"swapped({cue})", slots))
    return out
