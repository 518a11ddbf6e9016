"""A claim named only to be rejected: "a common mix-up is calling k = 1 the high-bias end", "some teams say X",
"X is backwards", "X won't work". The matcher finds the claim; this says whether the words around it deny it."""

from __future__ import annotations

import re

#: Words before the claim in its sentence that report it as a mistake or as someone else's.
_DISCLAIM_BEFORE = re.compile(
    r"\b(?:mistakes?|mistaken(?:ly)?|myths?|misconceptions?|misread\w*|mix-?ups?|confus\w*|fallac\w*|pitfalls?|"
    r"traps?|(?:people|folks|many|some|others|candidates|teams) (?:\w+ )?(?:think|say|assume|believe|claim)|"
    r"used to (?:think|believe|assume)|(?:don'?t|do not|never) (?:assume|believe)|calling|contrary to|"
    r"the (?:idea|belief|claim) that|(?:(?:it'?s |it is |that'?s )?not|(?:it )?isn'?t) (?:that|the case that))\b"
)
#: ... and a claim right after "rather than" / "instead of" is the option turned down ("rather than more data").
_DISCLAIM_CONTRAST = re.compile(r"\b(?:rather than|instead of|as opposed to)\b[^,;:.]*$")
_DISCLAIM_AFTER = re.compile(
    r"\b(?:(?:it'?s|that'?s|is) (?:the )?opposite|(?:it'?s|that'?s|is) backwards|other way a?round|not true|"
    r"(?:is|are|was|would be|that'?s|it'?s) (?:false|wrong|a myth|a mistake|an error|misleading|meaningless|a trap)|"
    r"(?:would|will|only) (?:only )?make (?:it|this|things|that) worse)\b|^[\s,]*only (?:if|when)\b"  # "X only if Y"
)
#: ... and verdicts that reject the claim only when they follow it within three words, in the same clause
#: ("memorising the policies won't work", "a small gap on its own means nothing", "... is a common error",
#: "decode is bound by attention FLOPs? No, by bytes"),
#: so that "use L2 for sparsity; L1 won't work here" still states its first claim.
_DISCLAIM_RIGHT_AFTER = re.compile(
    r"^\s*(?:(?!(?:and|but|or|so|since|because|while|whereas|though)\b)[\w'-]+\s+){0,3}?"
    r"(?:(?:won'?t|will not|wouldn'?t|would not|doesn'?t|does not|didn'?t|did not) work|means? nothing|"
    r"(?:is|are|was) (?:a|an) (?:common|classic|typical|frequent) (?:myth|mistake|error|trap|misconception)|"
    r"[\w'-]*\s*\?\s*(?:no|nope|not)\b(?! only\b))\b"  # asked, then denied: "bound by FLOPs? No, by bytes"
)


def rejects(before: str, after: str) -> bool:
    """``before``: the claim's sentence up to it; ``after``: the few words that follow it (both lower case)."""
    return bool(
        _DISCLAIM_BEFORE.search(before)
        or _DISCLAIM_CONTRAST.search(before)
        or _DISCLAIM_AFTER.search(after)
        or _DISCLAIM_RIGHT_AFTER.search(after)
    )
