"""Behavioral answers: the STAR check of a story, ownership ("I" over "we") and a measurable result.

Works on the raw text: the small words that signal a story's parts ("it was on me", "as a result")
are exactly the stop words cue matching drops."""

from __future__ import annotations

import re

from bot.core.curriculum import BehavioralPrompt
from bot.core.matcher import Matcher
from bot.core.verdict import COVERED, MISSED, PARTLY, Grade, PointVerdict

_PAST = (
    r"(?:(?!(?:need|feed|seed|speed|indeed|bleed|breed|exceed|proceed|succeed)\b)\w+ed|was|were|had|did|made|built|took|went|saw|found|told|said|ran|wrote|got|led|chose|"
    r"drew|gave|kept|met|sent|spent|began|brought|thought|knew|felt|caught|came|fell|rose|grew|left|lost|"
    r"paid|put|set|shut|split|cut|won|held|sold|taught|understood)"
)
#: STAR parts as the phrasing stories actually use. These work on the raw text: the small words
#: that signal them ("it was on me", "as a result") are exactly the stop words cue matching drops.
STAR_PATTERNS: dict[str, re.Pattern[str]] = {
    "situation": re.compile(
        r"\b(at|in|on) (my|our|a|the) (previous |last |current |old |first |new )?(company|team|job|role|"
        r"startup|org|organi[sz]ation|employer|client|bank|lab|project|platform)\b|\bback in\b|"
        r"\blast (year|quarter|month|spring|summer|autumn|fall|winter)\b|\bin (19|20)\d\d\b|"
        r"\bi was (working|leading|building|the|a|an|on|part)\b|\bwe (had|were|ran|built|used|launched)\b|"
        r"\bour (model|system|pipeline|team|product|company|service)\s+(was|were|had|used|ran)\b|"
        r"\bi (joined|worked|owned|built|inherited)\b|\bwhen i was\b|\bthe (context|situation|background) was\b|"
        r"\b(years?|months?|weeks?) ago\b|\bin my (first|second|third|last|previous|current) (year|role|job)\b|"
        r"\b(we|i) (changed|launched|shipped|started|migrated|moved|inherited|noticed|discovered|deployed)\b|"
        r"\b(the|our|their) (\w+ )?team (was|were|had)\b|\bour (\w+ )?(marketplace|app|platform|vp|director|"
        r"manager|ceo|cto|head|customers|users)\b"
    ),
    "task": re.compile(
        r"\b(my|our|the) (task|job|goal|role|responsibility|mandate|mission|assignment|objective)\b|"
        r"\bi was (responsible|asked|tasked|accountable|on the hook|the owner|the one|expected)\b|"
        r"\b(asked|told|needed|wanted|expected) me to\b|\bon me\b|\bcame to me\b|"
        r"\b(i|we) (needed|had|were supposed|was supposed|wanted) to\b|"
        r"\bit was my (mistake|call|decision|model|project|job|problem)\b|"
        r"\bi owned\b|\bmy part\b|\b(needed|had) to\b|\b(was|were) (responsible|asked|tasked|accountable)\b|"
        r"\btake (it|this|that) on\b|\btook (it|this|that) on\b|\btook ownership\b|\bsuccess (meant|was|would)\b|"
        r"\bwas mine\b|\bmine to (recommend|decide|make|own|fix|call)\b|\bmy call\b|\bthe only (one|person)\b"
    ),
    "action": re.compile(
        r"\b(i|we) (\w+ly )?(decided|chose|built|proposed|ran|re-?ran|wrote|added|rolled|set up|investigated|"
        r"analy[sz]ed|dug|designed|implemented|convinced|met|presented|retrained|pushed|reverted|paired|"
        r"organi[sz]ed|created|changed|escalated|spoke|talked|reframed|showed|traced|split|negotiated|"
        r"shipped|introduced|led|asked|pulled|rebuilt|sliced|explained|walked|drew|told|confirmed|flagged|"
        r"emailed|fixed|compared|found|noticed|reali[sz]ed|ran|tested|switched|replaced|wrote|mentored|"
        r"coached|reviewed|measured|quantified|prototyped|deployed|launched|recommended|argued|pitched)\b"
    ),
    "result": re.compile(
        r"\bas a result\b|\bresult(s|ed)? (was|were|is|in)\b|\b(the|final) outcome\b|\bin the end\b|"
        r"\bended up\b|\bwhich (led|meant|cut|saved|reduced|improved|raised|lowered)\b|\bsince then\b|"
        r"\b(i|we) learned\b|\blessons?\b|\bwent from\b|\bafterwards?\b|\beventually\b|"
        r"\b(improv|increas|reduc|cut|dropp|sav|recover|rais|lower|grew|fell|rose|decreas|doubl|halv)\w*\b[^.]{0,40}\d|"
        r"\b(launched|shipped|rolled out|signed off|approved|adopted|went live)\b|\bto this day\b|\bnow (we|the|our)\b|"
        r"\b(showed|came back|turned out|confirmed)\b[^.]{0,60}\d|\b(months?|weeks?|days?) later\b"
    ),
}
_I = re.compile(r"\b(i|i'm|i've|i'd|me|my|myself|mine)\b", re.I)
_WE = re.compile(r"\b(we|we're|we've|we'd|us|our|ours|ourselves|the team)\b", re.I)
_MEASURE = re.compile(
    r"(\d+(\.\d+)?\s*(%|percent|x\b|ms\b|milliseconds|seconds|s\b|hours|days|weeks|months|"
    r"k\b|m\b|million|bps|basis points|points|pp\b|users|customers|tickets|\$))"
    r"|(\$\s*\d)|(\bfrom\s+\d[\d.,]*\s*\S*\s+to\s+\d)|\b(doubled|halved|tripled)\b"
    r"|\b(auc|precision|recall|f1|accuracy|ctr|latency|revenue|conversion|churn|error|mae|rmse)\b[^.]{0,25}\d",
    re.I,
)
_CHANGE = re.compile(
    r"\b(improv|increas|reduc|cut|dropp|sav|recover|rais|lower|grew|grow|fell|rose|decreas|doubl|halv|gain|"
    r"lift|boost|went|move|jump|climb|shrank|shrunk|beat|hit|reach|freed|avoid|prevent|higher|lower|more|fewer|"
    r"less|better|worse|faster|slower|cheaper|instead|compared|versus|than|corrected|final|show)\w*"
)
TARGET_WORDS = (250, 350)


#: Where a story's outcome is told: its last part (from this share of its words on).
ENDING_FROM = 0.5
#: An outcome in words that say nothing measurable: "it went well", "things got better".
_VAGUE = re.compile(
    r"\b(went (a lot |much |really )?(well|better|smoothly|fine)|got better|back to normal|worked out|"
    r"(was|were) (happy|pleased|satisfied)|good (outcome|result|lesson)|learned a lot|reasonable job|"
    r"positive (feedback|impact|outcome)|improved (things|a lot)|it helped|made a difference)\b"
)
_HEDGE = re.compile(
    r"\b(i think|i guess|i suppose|kind of|sort of|maybe|probably|i believe|i feel like|somewhat|"
    r"more or less|i'd say|basically|honestly|to be honest|you know|i mean)\b"
)
#: Hedges per 100 words above which the decisions read as hedged: ownership only partly there.
HEDGED = 1.2


def grade_story(matcher: Matcher, prompt: BehavioralPrompt, text: str) -> Grade:
    lower = " ".join(text.lower().replace("’", "'").split())
    # a story is told in the past tense; an opinion piece ("I think communication matters") is not one
    # (told stories run at 9+ past-tense verbs per 100 words; opinions and tool lists at under 5)
    past = len(re.findall(rf"\b{_PAST}\b", lower))
    is_story = past >= 3 and past >= 0.06 * len(lower.split())
    star = {
        part: is_story and (bool(pat.search(lower)) or (part == "action" and _raw_i_verb(lower)))
        for part, pat in STAR_PATTERNS.items()
    }
    i_n = len(_I.findall(text))
    we_n = len(_WE.findall(text))
    ownership = i_n / (i_n + we_n) if (i_n + we_n) and is_story else 0.0
    sentences = re.split(r"(?<=[.!?;])\s+", lower)
    ending, setup = _ending(sentences)
    # a number counts as a result when it sits in the story's ending, in a sentence about change or
    # outcome, and is not a figure already quoted in the set-up
    measurable = is_story and any(
        (m := _MEASURE.search(sent)) is not None
        and (_CHANGE.search(sent) or STAR_PATTERNS["result"].search(sent))
        and m.group().strip() not in setup
        for sent in ending
    )
    told_ending = " ".join(ending)
    # the result: an outcome told at the end; "it went well" is an outcome in name only
    result = COVERED if measurable else MISSED
    if not measurable and star["result"]:
        concrete = STAR_PATTERNS["result"].search(told_ending) and not _VAGUE.search(told_ending)
        result = COVERED if concrete else PARTLY
    elif not measurable and is_story and _VAGUE.search(told_ending):
        result = PARTLY
    words = len(re.findall(r"\S+", text))
    hedges = 100 * len(_HEDGE.findall(lower)) / max(words, 1)
    owned = MISSED if ownership < 0.5 else PARTLY if hedges >= HEDGED else COVERED
    lo, hi = TARGET_WORDS
    if words < lo:
        length_fit = words / lo
    elif words > hi:
        length_fit = max(0.0, 1 - (words - hi) / hi)
    else:
        length_fit = 1.0
    credit = {COVERED: 1.0, PARTLY: 0.5, MISSED: 0.0}
    star_credit = sum(star[p] for p in ("situation", "task", "action")) + credit[result]
    score = (
        0.5 * star_credit / 4
        + 0.2 * min(1.0, ownership / 0.5) * (0.5 if owned == PARTLY else 1.0)
        + 0.2 * (1.0 if measurable else 0.0)
        + 0.1 * length_fit
    )
    if words < 40:  # a sentence or two is not a story, whatever words it happens to use
        score = min(score, 0.2)
    star["result"] = result == COVERED
    verdicts = {f"star:{k}": COVERED if v else MISSED for k, v in star.items()}
    verdicts.update({"star:result": result, "ownership": owned, "measurable_result": COVERED if measurable else MISSED})
    points = tuple(PointVerdict(k, v, 0.8) for k, v in verdicts.items())
    return Grade(
        prompt.id,
        "behavioral",
        points,
        words,
        {
            "star": star,
            "ownership": round(ownership, 2),
            "i_count": i_n,
            "we_count": we_n,
            "measurable": measurable,
            "vague_result": result == PARTLY,
            "hedged": owned == PARTLY,
            "words": words,
            "target_words": list(TARGET_WORDS),
            "story_type": prompt.story_type,
            "is_story": is_story,
        },
        score_override=score,
    )


def _ending(sentences: list[str]) -> tuple[list[str], str]:
    """The sentences from ``ENDING_FROM`` of the words on (at least the last two), and the text
    before them."""
    total = sum(len(s.split()) for s in sentences) or 1
    seen = 0
    for i, s in enumerate(sentences):
        if seen >= ENDING_FROM * total:
            start = min(i, max(0, len(sentences) - 2))
            return sentences[start:], " ".join(sentences[:start])
        seen += len(s.split())
    start = max(0, len(sentences) - 2)
    return sentences[start:], " ".join(sentences[:start])


_I_VERB = re.compile(
    r"\bi\s+(\w+ed|chose|built|ran|wrote|set|led|made|took|sent|met|spoke|told|"
    r"found|drove|gave|got|began|kept|cut|put|saw|did)\b"
)


def _raw_i_verb(lower: str) -> bool:
    """Two 'I + past-tense verb's are the action in any story, whatever the verbs."""
    return len(_I_VERB.findall(lower)) >= 2
