"""Privacy on the boards: `/coach privacy hidden` keeps a learner off every public leaderboard (they
still see their own rank); `visible` puts them back. Privacy of answers: `/coach privacy llm` says
where typed answers go when the operator configured an LLM judge, and `off`/`on` opts out or back in
(opted-out learners are graded by the local grader only)."""

from __future__ import annotations

from bot.core.context import Ctx, say
from bot.core.messages import Reply


async def cmd_hidden(ctx: Ctx, args: list[str]) -> list[Reply]:
    ctx.learner.hidden = True
    return [say("You're hidden from leaderboards. You still see your own rank; `/coach privacy visible` undoes it.")]


async def cmd_visible(ctx: Ctx, args: list[str]) -> list[Reply]:
    ctx.learner.hidden = False
    return [say("You're visible on your groups' leaderboards again.")]


def judge_line(ctx: Ctx) -> str:
    """One line on where answers go; only said when a judge is configured."""
    assert ctx.svc.judge is not None
    return (
        f"🔒 To grade them, your typed answers are also sent to an LLM at {ctx.svc.judge.host}. "
        "`/coach privacy llm off` keeps them on this server."
    )


async def cmd_llm(ctx: Ctx, args: list[str]) -> list[Reply]:
    judge = ctx.svc.judge
    choice = args[0].lower() if args else ""
    if judge is None:
        return [say("Your answers are graded on this server only: no LLM judge is configured, so nothing is sent out.")]
    if choice == "off":
        ctx.learner.llm_opt_out = True
        return [
            say(
                f"Done: your answers stay on this server and are no longer sent to {judge.host}; the local "
                "grader alone grades them. `/coach privacy llm on` undoes it."
            )
        ]
    if choice == "on":
        ctx.learner.llm_opt_out = False
        return [say(f"Done: your answers are graded by the local grader and an LLM at {judge.host} again.")]
    if ctx.learner.llm_opt_out:
        return [
            say(
                f"An LLM judge at {judge.host} is configured, but you opted out: your answers stay on this server. "
                "`/coach privacy llm on` opts back in."
            )
        ]
    return [
        say(
            f"Your typed answers go to an LLM at {judge.host} to be graded, next to the local grader (a verdict it "
            "can't back with your own words is dropped). `/coach privacy llm off` keeps them on this server."
        )
    ]
