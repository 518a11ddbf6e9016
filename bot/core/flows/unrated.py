"""An answer left unrated. The feedback ends with "rate how you did", and some learners never do: the
prompt then stayed open, and every drip after it asked for the rating again instead of bringing a new
prompt, for as long as the learner didn't rate. The drip on a later day settles it: the review is
scheduled from what the answer showed (no easier than Good: the learner didn't claim more), the rating
itself stays empty (the calibration gap counts only ratings the learner gave), and the drip says so in
one line before today's prompt."""

from __future__ import annotations

from datetime import date

from bot.core.context import Ctx, local_today
from bot.core.model import RATING_NAMES, RATINGS
from bot.core.readiness import demonstrated
from bot.core.srs import scheduled_rating

WAITING_FOR_A_RATING = ("rate", "followup_or_rate")


async def settle(ctx: Ctx, day: date) -> str | None:
    """If the open prompt only waits for a rating of an answer given before ``day``, schedule its review
    from the grade, close it, and return the line that says so; otherwise None."""
    L, pend = ctx.learner, ctx.conv.pending
    if pend is None or pend.stage not in WAITING_FOR_A_RATING or L.id is None:
        return None
    answered = next((a for a in await ctx.attempts() if a.id == pend.attempt_id), None)
    if answered is None or local_today(L, answered.submitted_at) >= day:
        return None
    review_as = scheduled_rating(RATINGS["good"], demonstrated(answered))
    card = await ctx.uow.get_card(L.id, pend.prompt_id)
    new = ctx.svc.srs.review(card, L.id, pend.prompt_id, review_as, ctx.now, L.interview_date)
    await ctx.uow.save_card(new)
    ctx.conv.pending = None
    days = max(0, (new.due - ctx.now).days)
    back = "tomorrow" if days <= 1 else f"in {days} days"
    return (
        f"_`{pend.prompt_id}` went unrated, so I scheduled its review from your answer's grade "
        f"({RATING_NAMES[review_as]}): back {back}._"
    )
