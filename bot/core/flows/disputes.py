"""`covered N` / "I covered it": the learner says the answer made a point the grader was unsure of.

It counts as self-reported evidence (half the point, as a partly point; the attempt then stays out of
the calibration gap) and is logged for `prepdrip grade-disputes`, so the content can learn the phrasing."""

from __future__ import annotations

import re

from bot.core.context import Ctx, oops, plural, say
from bot.core.curriculum import TheoryPrompt
from bot.core.flows.theory import short
from bot.core.messages import Reply
from bot.core.model import GradeDispute
from bot.core.verdict import MISSED, PARTLY, rescore

_COVERED = re.compile(r"^\s*(?:i\s+)?covered(?:\s+it)?(?:\s+#?(\d+))?\s*[.!]*\s*$", re.I)


def parse_covered(text: str) -> int | None:
    """`covered 2` -> 2, `I covered it` -> 1, anything else -> None."""
    m = _COVERED.match(text)
    if not m:
        return None
    return int(m.group(1)) if m.group(1) else 1


async def covered(ctx: Ctx, p: TheoryPrompt, n: int) -> list[Reply]:
    pend = ctx.pending
    if not pend.asked:
        return [oops("I didn't ask about any point in that feedback, so there's nothing to mark as covered.")]
    if not 1 <= n <= len(pend.asked):
        choices = " or ".join(f"`covered {i}`" for i in range(1, len(pend.asked) + 1))
        return [oops(f"I asked about {plural(len(pend.asked), 'point')}: reply {choices}.")]
    ref = pend.asked[n - 1]
    follow_up = ref.startswith("fu:")
    kp_id = ref.removeprefix("fu:")
    kps = p.follow_up.key_points if follow_up else p.key_points
    kp = next(k for k in kps if k.id == kp_id)
    attempt_id = pend.follow_up_attempt_id if follow_up else pend.attempt_id
    attempt = next((a for a in await ctx.attempts() if a.id == attempt_id), None)
    if attempt is None:
        return [oops("I can't find that answer any more; the next one will do.")]
    reported = attempt.detail.setdefault("self_reported", [])
    if kp_id in reported:
        return [say(f"Already noted: “{short(kp.text)}” counts as covered on your word.")]
    reported.append(kp_id)
    attempt.detail["confident"] = False
    points = attempt.detail.get("points", [])
    confidence = None
    for pt in points:
        if pt.get("id") == kp_id:
            confidence = pt.get("confidence")
            if pt.get("verdict") == MISSED:
                pt["verdict"] = PARTLY
            pt["self_reported"] = True
    if points:
        attempt.score = rescore(points)
    if kp_id in attempt.missed:
        attempt.missed.remove(kp_id)
    await ctx.uow.update_attempt(attempt)
    assert ctx.learner.id is not None
    await ctx.uow.add_grade_dispute(
        GradeDispute(
            learner_id=ctx.learner.id,
            prompt_id=p.id,
            key_point=kp_id,
            follow_up=follow_up,
            answer=(pend.follow_up_text if follow_up else pend.answer_text) or "",
            created_at=ctx.now,
            attempt_id=attempt.id,
            confidence=confidence,
        )
    )
    nxt = (
        "Answer the follow-up, or rate how you did: Again / Hard / Good / Easy."
        if pend.stage == "followup_or_rate"
        else "Now rate the whole answer: Again / Hard / Good / Easy."
    )
    return [
        say(
            f"Thanks — I'll count “{short(kp.text)}” as covered on your word (half credit, and this "
            f"answer stays out of your calibration gap). I've logged it so the grader can learn how you "
            f"put it. {nxt}"
        )
    ]
