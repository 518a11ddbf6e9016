"""The self-rating after an answer (Again / Hard / Good / Easy): it schedules the spaced-repetition
review and feeds the calibration gap."""

from __future__ import annotations

from bot.core.context import AnyPrompt, Ctx, oops, say
from bot.core.flows.today import next_prompt
from bot.core.messages import Reply
from bot.core.model import RATING_CLAIM, RATING_NAMES, RATINGS
from bot.core.readiness import demonstrated, graded_surely
from bot.core.srs import scheduled_rating


def parse_rating(text: str) -> int | None:
    t = text.strip().lower().rstrip(".!")
    if t in RATINGS:
        return RATINGS[t]
    if t in ("1", "2", "3", "4"):
        return int(t)
    return None


async def rate(ctx: Ctx, p: AnyPrompt, text: str) -> list[Reply]:
    rating = parse_rating(text)
    if rating is None:
        return [oops("Rate it with Again, Hard, Good or Easy (or 1–4).")]
    L = ctx.learner
    assert L.id is not None
    pend = ctx.pending
    ctx.conv.pending = None
    attempts = await ctx.attempts()
    for a in attempts:
        if a.id == pend.attempt_id:
            a.self_rating = rating
            await ctx.uow.update_attempt(a)
        elif a.prompt_id == p.id and a.kind == "follow_up" and a.submitted_at >= pend.sent:
            a.self_rating = rating  # the follow-up shares the rating of its answer
            await ctx.uow.update_attempt(a)
    rated = next((a for a in attempts if a.id == pend.attempt_id), None)
    showed = demonstrated(rated) if rated else None
    # the schedule takes a rating no easier than the answer showed; the learner's own stays recorded
    review_as = scheduled_rating(rating, showed)
    card = await ctx.uow.get_card(L.id, p.id)
    new = ctx.svc.srs.review(card, L.id, p.id, review_as, ctx.now, L.interview_date)
    await ctx.uow.save_card(new)
    days = max(0, (new.due - ctx.now).days)
    again = "tomorrow" if days <= 1 else f"in {days} days"
    shown = showed if rated and graded_surely(rated) else None
    gap_check = shown is not None and RATING_CLAIM[rating] - shown >= 0.5
    if review_as < rating and showed is not None:
        # said once: the calibration check below names the score when it follows
        why = "from what the answer showed" if gap_check else f"as the answer showed {showed:.0%}"
        line = f"Rated {RATING_NAMES[rating]}. I'll review it as {RATING_NAMES[review_as]} {why}: back {again}."
    else:
        line = f"Rated {RATING_NAMES[rating]}. I'll bring this one back {again}."
    out = [say(line)]
    if gap_check:
        out.append(
            say(
                f"⚠️ Calibration check: you rated it {RATING_NAMES[rating]}, but the answer showed "
                f"{shown:.0%}. Interviewers grade what you say, not what you know — this gap is "
                "tracked in `/readiness`."
            )
        )
    return out + await next_prompt(ctx)
