"""Snoozing today's drill once: `later` brings it back in two hours, `later 18:30` at that time."""

from __future__ import annotations

from datetime import timedelta
from zoneinfo import ZoneInfo

from bot.core.context import Ctx, fmt_local, local_today, oops, say
from bot.core.inputs import read_time_of_day
from bot.core.messages import Reply
from bot.core.plan import local_instant

SNOOZE = timedelta(hours=2)
WORDS = ("later", "snooze", "not now")


async def cmd_later(ctx: Ctx, args: list[str]) -> list[Reply]:
    L = ctx.learner
    assert L.tz
    today = local_today(L, ctx.now)
    if L.paused:
        return [say("Your drills are paused, so there's nothing to snooze. `/coach resume` restarts them.")]
    if ctx.conv.snoozed_on == today.isoformat():
        return [say("You've already snoozed today's drill once. `/coach today` sends it now.")]
    if args:
        at = read_time_of_day(" ".join(args))
        if not at.ok or at.value is None:
            return [oops(at.hint or "Send a time like `18:30`.")]
        when = local_instant(today, at.value, ZoneInfo(L.tz))
        if when <= ctx.now:
            return [oops(f"{at.value:%H:%M} has already passed today. Send a later time, or just `later` (two hours).")]
    else:
        when = ctx.now.replace(second=0, microsecond=0) + SNOOZE
    if when.astimezone(ZoneInfo(L.tz)).date() != today:
        return [oops("That's past midnight: snoozing moves today's drill within today. Tomorrow's comes as usual.")]
    due = L.next_drip_at
    if due is not None and when < due and due.astimezone(ZoneInfo(L.tz)).date() == today:
        # today's drill hasn't come yet: `later` must not bring it sooner
        return [
            say(
                f"Today's drill isn't here yet: it comes at {fmt_local(L, due)}, later than that. "
                "`/coach today` sends it now; `/coach settings time=HH:MM` moves your daily time."
            )
        ]
    ctx.conv.snoozed_on = today.isoformat()
    L.next_drip_at = when
    return [say(f"Okay — today's drill comes back at {fmt_local(L, when)}.")]
