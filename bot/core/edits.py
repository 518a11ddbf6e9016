"""A message the learner edited after sending it.

Nothing is read again: every message was answered when it arrived, and a graded answer keeps the grade of
the version first sent. An edit after the feedback would otherwise let the feedback write the answer (the
key points are right there), and the leaderboard rewards quality. The learner hears this once per edit,
in the words of where they stand, instead of an edit that silently does nothing."""

from __future__ import annotations

from bot.core.engine import Coach
from bot.core.messages import LearnerRef, Reply
from bot.core.state import Conversation

GRADED = ("followup_or_rate", "followup", "rate")  # an answer was graded: feedback is on screen

AFTER_FEEDBACK = (
    "✏️ I saw your edit. A graded answer keeps the grade of the version you sent first, so edits after the "
    "feedback don't change it. Put what you'd add into the follow-up, or rate it *Again* so it comes back soon."
)
ANY_OTHER = (
    "✏️ I saw your edit, but I only read new messages. If I should act on the change, send it again as a new message."
)


async def edited(coach: Coach, who: LearnerRef) -> Reply:
    """What to say to an edit of one of this learner's messages (adapters call it only for a change of
    text the learner made, not for a link preview added to the message)."""
    async with coach.uow() as uow:
        learner = await uow.get_learner(who)
    pending = Conversation.load(learner.state).pending if learner is not None else None
    text = AFTER_FEEDBACK if pending is not None and pending.stage in GRADED else ANY_OTHER
    return Reply(text, to=who, dm=True)
