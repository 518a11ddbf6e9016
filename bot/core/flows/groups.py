"""Study groups: the channel or server a message came from, and its leaderboard."""

from __future__ import annotations

from bot.core.context import Ctx, say
from bot.core.messages import Reply, neutralize


def group_key(name: str | None) -> str | None:
    """Group names are case-insensitive: "ML-Study" and "ml-study" are one group."""
    return name.strip().casefold() if name and name.strip() else None


async def note_membership(ctx: Ctx) -> None:
    """A message from a group's channel makes the learner a member of that group."""
    g = group_key(ctx.msg.group_id)
    groups = ctx.conv.groups
    if g and ctx.learner.id is not None and g not in groups:
        await ctx.uow.join_group(ctx.msg.who.platform, ctx.msg.who.workspace_id, g, ctx.learner.id)
        groups.append(g)


async def cmd_leaderboard(ctx: Ctx, args: list[str]) -> list[Reply]:
    g = group_key(ctx.msg.group_id)
    if not g:
        return [
            say(
                "Leaderboards belong to a study group: run `/leaderboard` in your group's channel "
                "(or start the console with `--group NAME`)."
            )
        ]
    assert ctx.learner.id is not None
    who = ctx.msg.who
    await ctx.uow.join_group(who.platform, who.workspace_id, g, ctx.learner.id)
    board = await ctx.uow.group_board(who.platform, who.workspace_id, g, 10)
    # this learner's own row may be newer than the stored one; only people who set up are ranked
    rows = {x.id: x for x in board if x.onboarded}
    if ctx.learner.onboarded and (ctx.learner.id in rows or len(rows) < 10):
        rows[ctx.learner.id] = ctx.learner
    shown = neutralize(ctx.msg.group_name or ctx.msg.group_id or g, 60)
    if not rows:
        return [say(f"Nobody in {shown} has set up yet: `/coach start` to be first.")]
    ranked = sorted(rows.values(), key=lambda x: (-x.points, -x.streak, x.id or 0))[:10]
    lines = [f"*Leaderboard — {shown}*"]
    for i, x in enumerate(ranked, 1):
        nm = neutralize(x.display_name or x.ref.user_id, 40)
        streak = f" · 🔥 {x.streak}-day streak" if x.streak > 1 else ""
        lines.append(f"{i}. {nm} — {x.points} pts{streak}")
    return [say("\n".join(lines))]
