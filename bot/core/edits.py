"""A message the learner edited after sending it.

Nothing is read again: every message was answered when it arrived, and a graded answer keeps the grade of
the version first sent. An edit after the feedback would otherwise let the feedback write the answer (the
key points are right there), and the leaderboard rewards quality. The learner hears this once per edit,
in the words of where they stand, instead of an edit that silently does nothing."""

from __future__ import annotations

import hashlib
from datetime import datetime

from bot.core.clock import ensure_utc
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
COMMAND = (
    "✏️ I saw your edit, but I only read new messages, and a command acts when it is sent: send the command "
    "again as a new message if it should act on the change."
)
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


async def edited_once(coach: Coach, who: LearnerRef, now: datetime, *, edit: str, typed: str = "") -> Reply | None:
    """``edited``, once per version of a message: ``edit`` names it (the message's id and the time of the
    edit, as the platform stamps it). The platforms send a message's update again for the same edit: a
    link preview added after it, a reply in its thread (Slack), a message no longer in the client's cache
    after a restart (Discord); each looks like the edit, and was answered with a second note. Claimed in
    the delivery ledger, so also once across processes. None: answered already."""
    now = ensure_utc(now)
    kind = "edit:" + hashlib.sha1(edit.encode()).hexdigest()[:11]  # the ledger's kind holds 16 characters
    async with coach.uow() as uow:
        learner = await uow.get_learner(who)
        if learner is not None and learner.id is not None:
            if not await uow.claim(learner.id, now.date(), kind, now):
                return None
            await uow.commit()
    return await edited(coach, who, typed)


async def edited(coach: Coach, who: LearnerRef, typed: str = "") -> Reply:
    """What to say to an edit of one of this learner's messages (adapters call it only for a change of
    text the learner made, not for a link preview added to the message); ``typed``: the message's text, a
    command (``/coach …``) is answered as one."""
    async with coach.uow() as uow:
        learner = await uow.get_learner(who)
    pending = Conversation.load(learner.state).pending if learner is not None else None
    if typed.lstrip().startswith("/"):
        text = COMMAND
    elif pending is None:
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
