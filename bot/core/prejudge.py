"""Asking the optional LLM judge before the unit of work opens, so that no database transaction
waits on the network: the judge can take seconds (its time-out is 8 s by default), and on SQLite one
open transaction holds up every other learner.

When the message looks like an answer to an open theory prompt or its follow-up (not a command, not
a rating, not opted out), the judge is asked here and a readable reply is cached; the flow that grades
the answer then finds it in the cache (``grade_judged(..., ask=False)``). A miss there (the judge
timed out or answered nonsense) leaves the local grade."""

from __future__ import annotations

import logging
from datetime import datetime

from bot.core.curriculum import Curriculum, TheoryPrompt
from bot.core.flows.rating import parse_rating
from bot.core.grading_llm import AnswerJudge, cache_key, rubric_for, verdicts_json
from bot.core.messages import Inbound
from bot.core.ports import UnitOfWorkFactory
from bot.core.state import Conversation

log = logging.getLogger(__name__)

ANSWER_STAGES = ("answer",)
FOLLOW_UP_STAGES = ("followup", "followup_or_rate")
MIN_WORDS = 3  # "skip", "more", "go deeper": not answers


async def prejudge(
    uow: UnitOfWorkFactory, cur: Curriculum, judge: AnswerJudge | None, msg: Inbound, text: str, now: datetime
) -> None:
    if judge is None or text.startswith("/") or len(text.split()) < MIN_WORDS or parse_rating(text) is not None:
        return
    async with uow() as u:  # read only, and short
        learner = await u.get_learner(msg.who)
        if learner is None or learner.llm_opt_out:
            return
        pend = Conversation.load(learner.state).pending
        p = cur.prompts.get(pend.prompt_id) if pend is not None else None
        if pend is None or not isinstance(p, TheoryPrompt):
            return
        if pend.stage in ANSWER_STAGES:
            rubric = rubric_for(p)
        elif pend.stage in FOLLOW_UP_STAGES:
            rubric = rubric_for(p, follow_up=True)
        else:
            return
        key = cache_key(rubric, text)
        if await u.judgements.get(*key) is not None:
            return
    result = await judge.judge(rubric, text)  # no transaction open
    if result.verdicts is None:
        log.info("the judge gave no usable verdicts for %s: %s", rubric.prompt_id, result.note)
        return
    try:
        async with uow() as u:
            await u.judgements.put(*key, judge.model, verdicts_json(result.verdicts), now)
            await u.commit()
    except Exception:  # a second process cached the same answer first: fine
        log.info("caching the judge's verdicts for %s failed", rubric.prompt_id, exc_info=True)
