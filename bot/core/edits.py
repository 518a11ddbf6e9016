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
FOLLOW_UP_OPEN = ("followup_or_rate", "followup")  # ... and its follow-up question is still to answer
ANSWERING = ("answer", "collect", "fix")  # a prompt is open: the next message is read as its answer

KEEPS_GRADE = (
    "✏️ I saw your edit. A graded answer keeps the grade of the version you sent first, so edits after the "
    "feedback don't change it."
)
AFTER_FEEDBACK = f"{KEEPS_GRADE} Put what you'd add into the follow-up, or rate it *Again* so it comes back soon."
NO_FOLLOW_UP = f"{KEEPS_GRADE} Rate it *Again* if you'd like it back soon."
ANY_OTHER = (
    "✏️ I saw your edit, but I only read new messages. If I should act on the change, send it again as a new "
    "message; an answer already graded keeps the grade it got."
)


def _while_open(prompt_id: str) -> str:
    """A prompt is open, so a message sent again is read as its answer: only say so for that prompt's."""
    return (
        f"✏️ I saw your edit, but I only read new messages. If it was your answer to `{prompt_id}`, send it again "
        "as a new message; an answer to an earlier prompt keeps the grade it got."
    )


async def edited(coach: Coach, who: LearnerRef) -> Reply:
    """What to say to an edit of one of this learner's messages (adapters call it only for a change of
    text the learner made, not for a link preview added to the message)."""
    async with coach.uow() as uow:
        learner = await uow.get_learner(who)
    pending = Conversation.load(learner.state).pending if learner is not None else None
    if pending is None:
        text = ANY_OTHER
    elif pending.stage in FOLLOW_UP_OPEN:
        text = AFTER_FEEDBACK
    elif pending.stage in GRADED:
        text = NO_FOLLOW_UP  # a story, a drill, a design run, or a follow-up already answered
    elif pending.stage in ANSWERING:
        text = _while_open(pending.prompt_id)
    else:
        text = ANY_OTHER
    return Reply(text, to=who, dm=True)
