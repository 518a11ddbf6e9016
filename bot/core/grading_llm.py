"""The optional LLM judge (the grader's third layer): the rubric it is given, the reply it must give,
and how its verdicts are merged with the local grader's.

The judge is a port (``AnswerJudge``): ``bot/grader_llm.py`` speaks to an OpenAI-compatible
chat-completions endpoint and caches its replies in the database; the core never opens a socket. The
local grader always runs first and is what a learner gets when no judge is configured, when they
opted out, or when the judge times out, fails or answers in a shape we can't read. A judge's verdict
counts only with a quote that is really in the answer (after whitespace and case are normalised);
any other verdict is dropped and that point keeps the local verdict.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import asdict, dataclass, replace
from datetime import datetime
from typing import Any, Protocol

from bot.core.curriculum import KeyPoint, TheoryPrompt
from bot.core.grading import grade
from bot.core.matcher import Matcher
from bot.core.verdict import CONTRADICTED, COVERED, MISSED, PARTLY, VERDICTS, Correction, Grade, PointVerdict

#: How sure a quoted verdict of the judge is taken to be (the local grader's cue hit is 0.8).
JUDGE_CONFIDENCE = 0.85
#: How much of the judge's reply is used (``GRADER_LLM_TRUST``): ``all`` its quoted verdicts replace the
#: local ones; ``contradictions`` it may only add a quoted contradiction the local grader missed, so a judge
#: not trusted with coverage (a small local model) can make feedback stricter but never clear a flag
#: (bench/ACCURACY.md, "Eighth pass").
TRUST_ALL = "all"
TRUST_CONTRADICTIONS = "contradictions"
TRUST_LEVELS = (TRUST_ALL, TRUST_CONTRADICTIONS)
MAX_QUOTE = 400  # characters of a quote kept in a verdict


@dataclass(frozen=True)
class RubricPoint:
    id: str
    text: str
    misconceptions: tuple[tuple[str, str], ...] = ()  # (id, the wrong belief)


@dataclass(frozen=True)
class Rubric:
    """What the judge is given: the question, the key points and the wrong beliefs to watch for."""

    prompt_id: str
    kind: str  # theory | follow_up
    question: str
    points: tuple[RubricPoint, ...]

    @property
    def version(self) -> str:
        """Changes whenever the content the judge sees changes, so a cached verdict is never stale."""
        body = json.dumps(asdict(self), sort_keys=True)
        return hashlib.sha256(body.encode()).hexdigest()[:16]


@dataclass(frozen=True)
class JudgeVerdict:
    id: str
    verdict: str
    quote: str = ""
    misconception: str | None = None


@dataclass(frozen=True)
class JudgeResult:
    """The judge's verdicts, or None with the reason there are none (time-out, error, malformed)."""

    verdicts: tuple[JudgeVerdict, ...] | None
    note: str


class AnswerJudge(Protocol):
    @property
    def host(self) -> str:
        """Where answers go (shown to learners in onboarding and ``/coach privacy llm``)."""
        ...

    @property
    def model(self) -> str: ...

    @property
    def trust(self) -> str:
        """``TRUST_ALL`` or ``TRUST_CONTRADICTIONS``: which of its verdicts ``merge`` uses."""
        ...

    async def judge(self, rubric: Rubric, answer: str) -> JudgeResult: ...


class JudgeCache(Protocol):
    """The judge's verdicts per (prompt, content version, answer hash): ``uow.judgements``."""

    async def get(self, prompt_id: str, version: str, answer_hash: str) -> list[dict[str, Any]] | None: ...
    async def put(
        self, prompt_id: str, version: str, answer_hash: str, model: str, verdicts: list[dict[str, Any]], now: datetime
    ) -> None: ...


def rubric_for(prompt: TheoryPrompt, *, follow_up: bool = False) -> Rubric:
    kps: list[KeyPoint] = prompt.follow_up.key_points if follow_up else prompt.key_points
    points = tuple(
        RubricPoint(k.id, k.text, tuple((m.id, m.belief) for m in prompt.misconceptions if m.key_point == k.id))
        for k in kps
    )
    question = prompt.follow_up.question if follow_up else prompt.question
    return Rubric(prompt.id, "follow_up" if follow_up else "theory", question, points)


def cache_key(rubric: Rubric, answer: str) -> tuple[str, str, str]:
    """What a judge's reply is cached under: the prompt (and whether it is the follow-up), the
    rubric's content version and the answer's hash."""
    return rubric.prompt_id + (":fu" if rubric.kind == "follow_up" else ""), rubric.version, answer_hash(answer)


def answer_hash(answer: str) -> str:
    return hashlib.sha256(" ".join(answer.split()).encode()).hexdigest()


SYSTEM = (
    "You grade a candidate's typed answer to a machine-learning interview question against a rubric. "
    "For every key point decide: covered (the answer states it correctly, in any words), partly (touches it, "
    "incomplete), missed (not said), or contradicted (the answer states the opposite or one of the listed "
    "wrong beliefs). Judge meaning, not vocabulary: shorthand, formulas and war stories count; naming a "
    "term without the mechanism is at most partly; a wrong belief mentioned only to reject it is not a "
    "contradiction. For covered, partly and contradicted, quote the answer's own words that show it, "
    "copied exactly. Reply with JSON only: "
    '{"points": [{"id": "<key point id>", "verdict": "covered|partly|missed|contradicted", '
    '"quote": "<exact words from the answer, empty when missed>", "misconception": "<wrong belief id or null>"}]}'
)


def messages(rubric: Rubric, answer: str) -> list[dict[str, str]]:
    lines = [f"Question: {rubric.question}", "", "Key points:"]
    for p in rubric.points:
        lines.append(f"- id {p.id}: {p.text}")
        lines += [f"    wrong belief {mid}: {belief}" for mid, belief in p.misconceptions]
    lines += ["", "Candidate's answer (between the markers):", "<<<", answer, ">>>"]
    return [{"role": "system", "content": SYSTEM}, {"role": "user", "content": "\n".join(lines)}]


_FENCE = re.compile(r"^```(?:json)?\s*|\s*```$")


def parse_reply(text: str) -> tuple[JudgeVerdict, ...]:
    """The verdicts in a judge's reply; ValueError when it is not the JSON we asked for."""
    try:
        data: Any = json.loads(_FENCE.sub("", text.strip()))
    except json.JSONDecodeError as e:
        raise ValueError(f"not JSON: {e.msg}") from None
    points = data.get("points") if isinstance(data, dict) else data
    if not isinstance(points, list):
        raise ValueError("no list of points")
    out: list[JudgeVerdict] = []
    for p in points:
        if not isinstance(p, dict) or not isinstance(p.get("id"), str) or p.get("verdict") not in VERDICTS:
            raise ValueError(f"a point without an id or a known verdict: {str(p)[:80]}")
        quote, mis = p.get("quote"), p.get("misconception")
        out.append(
            JudgeVerdict(
                p["id"],
                p["verdict"],
                quote[:MAX_QUOTE] if isinstance(quote, str) else "",
                mis if isinstance(mis, str) else None,
            )
        )
    return tuple(out)


def verdicts_json(verdicts: tuple[JudgeVerdict, ...]) -> list[dict[str, Any]]:
    return [asdict(v) for v in verdicts]


def verdicts_from_json(rows: list[dict[str, Any]]) -> tuple[JudgeVerdict, ...]:
    return tuple(
        JudgeVerdict(str(r["id"]), str(r["verdict"]), str(r.get("quote") or ""), r.get("misconception")) for r in rows
    )


def _norm(text: str) -> str:
    return " ".join(text.replace("’", "'").split()).casefold()


def quoted(quote: str, answer: str) -> bool:
    """Whether ``quote`` is the answer's own words (whitespace and case aside); an ellipsis may join
    two exact pieces."""
    pieces = [q for q in (_norm(x).strip(" .,;:\"'“”") for x in re.split(r"\.\.\.|…", quote)) if q]
    body = _norm(answer)
    return bool(pieces) and all(p in body for p in pieces)


def merge(
    local: Grade, rubric: Rubric, result: JudgeResult, answer: str, prompt: TheoryPrompt, trust: str = TRUST_ALL
) -> Grade:
    """The local grade with each point's verdict replaced by the judge's where the judge gave one it
    can back with a quote (with ``TRUST_CONTRADICTIONS``, only a contradiction, and never to clear one
    the local grader found); every point says what the judge said (``prepdrip grade --explain``)."""
    if result.verdicts is None:
        pts = tuple(replace(p, layers=(*p.layers, ("local", p.verdict), ("llm", result.note))) for p in local.points)
        return replace(local, points=pts, detail={**local.detail, "llm": result.note})
    by_id = {v.id: v for v in result.verdicts}
    beliefs = {m.id: m for m in prompt.misconceptions}
    corrections = {c.key_point: c for c in local.corrections}
    points: list[PointVerdict] = []
    used = 0
    for p in (replace(p, layers=(*p.layers, ("local", p.verdict))) for p in local.points):
        v = by_id.get(p.id)
        if v is None:
            points.append(replace(p, layers=(*p.layers, ("llm", "no verdict for this point"))))
            continue
        if v.verdict != MISSED and not quoted(v.quote, answer):
            said = f"{v.verdict}, but “{v.quote[:80]}” is not in the answer: dropped"
            points.append(replace(p, layers=(*p.layers, ("llm", said))))
            continue
        if trust == TRUST_CONTRADICTIONS and (v.verdict != CONTRADICTED or p.verdict == CONTRADICTED):
            points.append(
                replace(p, layers=(*p.layers, ("llm", f"{v.verdict}: not used (only its contradictions are)")))
            )
            continue
        used += 1
        layer = ("llm", f"{v.verdict}" + (f" “{v.quote}”" if v.quote else ""))
        span = v.quote or None
        if v.verdict == CONTRADICTED:
            m = beliefs.get(v.misconception or "")
            if m is None or m.key_point != p.id:
                m = next((x for x in prompt.misconceptions if x.key_point == p.id), None)
            text = m.correction if m else "This point is stated the wrong way round; check it against the key point."
            corrections[p.id] = Correction(m.id if m else "llm", p.id, text, v.quote, by="llm")
            points.append(
                replace(
                    p,
                    verdict=CONTRADICTED,
                    confidence=JUDGE_CONFIDENCE,
                    span=span,
                    misconception=m.id if m else None,
                    layers=(*p.layers, layer),
                )
            )
            continue
        corrections.pop(p.id, None)
        verdict = {COVERED: COVERED, PARTLY: PARTLY}.get(v.verdict, MISSED)
        points.append(
            replace(
                p,
                verdict=verdict,
                confidence=JUDGE_CONFIDENCE,
                span=span,
                misconception=None,
                layers=(*p.layers, layer),
            )
        )
    order = [p.id for p in local.points]
    return replace(
        local,
        points=tuple(points),
        corrections=tuple(corrections[k] for k in order if k in corrections),
        detail={**local.detail, "llm": f"{result.note}; {used} of {len(points)} verdicts used"},
    )


async def grade_judged(
    matcher: Matcher,
    judge: AnswerJudge | None,
    prompt: TheoryPrompt,
    answer: str,
    *,
    follow_up: bool = False,
    cache: JudgeCache | None = None,
    now: datetime | None = None,
    ask: bool = True,
) -> Grade:
    """The local grade, then the judge's where one is configured and the learner has not opted out
    (the caller passes ``judge=None`` then). A cached reply for the same answer to the same content
    is used instead of asking again; only readable replies are cached. ``ask=False``: the cache only
    (the coach asked the judge before the unit of work opened: ``bot/core/prejudge.py``)."""
    local = grade(matcher, prompt, answer, follow_up=follow_up)
    if judge is None or not answer.strip():
        return local
    rubric = rubric_for(prompt, follow_up=follow_up)
    key = cache_key(rubric, answer)
    hit = await cache.get(*key) if cache is not None else None
    if hit is not None:
        result = JudgeResult(verdicts_from_json(hit), f"{judge.model} at {judge.host} (cached)")
    elif not ask:
        return replace(local, detail={**local.detail, "llm": "not judged (unavailable or timed out): local grade"})
    else:
        result = await judge.judge(rubric, answer)
        if cache is not None and now is not None and result.verdicts is not None:
            await cache.put(*key, judge.model, verdicts_json(result.verdicts), now)
    return merge(local, rubric, result, answer, prompt, judge.trust)
