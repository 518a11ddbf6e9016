"""A message in the DM while a prompt is open: routed by where the answer stands."""

from __future__ import annotations

import re

from bot.core.context import Ctx, oops, say
from bot.core.curriculum import BehavioralPrompt, CodingPrompt, TheoryPrompt
from bot.core.flows import design, disputes, drill, more, snooze, stories, theory
from bot.core.flows.rating import parse_rating, rate
from bot.core.messages import Reply


async def pending_answer(ctx: Ctx, text: str) -> list[Reply]:
    pend = ctx.pending
    p = ctx.cur.prompts.get(pend.prompt_id)
    if p is None:
        ctx.conv.pending = None
        return [say("That prompt is no longer in the curriculum; send `/coach today` for a fresh one.")]
    if isinstance(p, CodingPrompt) and (reply := await _drill_words(ctx, p, text)) is not None:
        return reply
    if text.strip().lower() in more.WORDS:
        return await more.cmd_more(ctx, [])
    if text.strip().lower().strip(" !.") in snooze.WORDS and pend.stage in ("answer", "collect"):
        return await snooze.cmd_later(ctx, [])
    if pend.stage in ("rate", "followup_or_rate") and isinstance(p, TheoryPrompt):
        n = disputes.parse_covered(text)
        if n is not None:
            return await disputes.covered(ctx, p, n)
    if pend.stage == "rate":
        return await rate(ctx, p, text)
    if pend.stage == "followup_or_rate" and text.strip().lower() in ("deeper", "go deeper"):
        assert isinstance(p, TheoryPrompt)
        return await theory.deeper(ctx, p)
    if pend.stage == "followup":
        if not text:
            return [oops("That was empty. Type your answer to the follow-up, or rate: Again / Hard / Good / Easy.")]
        if parse_rating(text) is not None:
            return await rate(ctx, p, text)
        assert isinstance(p, TheoryPrompt)
        return await theory.follow_up(ctx, p, text)
    if pend.stage == "followup_or_rate":
        if parse_rating(text) is not None:
            return await rate(ctx, p, text)
        if not text:
            return [oops("That was empty. Answer the follow-up, or rate: Again / Hard / Good / Easy.")]
        assert isinstance(p, TheoryPrompt)
        return await theory.follow_up(ctx, p, text)
    if pend.stage == "report":
        assert isinstance(p, CodingPrompt)
        return await drill.report(ctx, p, text)
    if pend.stage == "fix" and parse_rating(text) is not None:
        # the drill was answered, and failed its tests: rating comes after a pass, or after giving up
        return [
            oops(
                f"Your last run of `{pend.prompt_id}` didn't pass yet, so there's nothing to rate. Fix it and "
                "send the whole function again; `/coach hint` for a hint, `give up` for the reference "
                "solution (then I'll ask for Again / Hard / Good / Easy)."
            )
        ]
    if pend.stage in ("collect", "answer") and parse_rating(text) is not None:
        # a bare rating word while an answer is expected is not an answer: nothing is recorded
        return [
            oops(
                f"Answer first, then rate: send your answer to `{pend.prompt_id}`"
                + (" (then `/coach done`)" if pend.stage == "collect" else "")
                + ", and I'll ask for Again / Hard / Good / Easy after the feedback. `/coach skip` moves on."
            )
        ]
    if pend.stage == "collect":
        return design.collect(ctx, text)
    # stage == "answer", or "fix" after a failed run
    if not text or len(re.findall(r"\w+", text)) == 0:
        return [oops("That answer was empty. Type your answer in one message, or `/coach skip`.")]
    if isinstance(p, TheoryPrompt):
        return await theory.answer(ctx, p, text)
    if isinstance(p, CodingPrompt):
        return drill.submit(ctx, p, text)
    if isinstance(p, BehavioralPrompt):
        return await stories.answer(ctx, p, text)
    return []


async def _drill_words(ctx: Ctx, p: CodingPrompt, text: str) -> list[Reply] | None:
    """An open drill's own words: giving up (after a failed run, ``more`` gives up too: see
    ``more.cmd_more``), and anything sent while a run is in flight."""
    word = text.strip().lower().strip(" !.")
    stage = ctx.pending.stage
    if word in drill.GIVE_UP and stage in ("answer", "fix"):
        return await drill.give_up(ctx, p)
    if stage in ("answer", "fix") and ctx.svc.runner is not None and word in (*drill.PASSED, *drill.FAILED):
        return [oops("No need to tell me: I run your code against the tests. Send the whole function, or `give up`.")]
    if stage == "running" and word not in more.WORDS:
        return drill.still_running(ctx)  # None: the run was lost, and this message is a new submission
    return None
