"""The weekly board: each group's leaderboard posted to its channel at a day and time the group sets
(`/coach group post mon 09:00`, in the group's timezone), with the week's movers and streaks.

The drip tick calls ``post_due_boards`` every minute in every process; a group's board for a week is
written to the outbox together with its ``board_posts`` row, whose key (group, Monday of the week)
lets one transaction in one process win, so each group gets one post per week. A post more than
``LATE`` behind its time (the bot was down) is skipped rather than posted days late."""

from __future__ import annotations

import logging
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from bot.core.context import Ctx, days_left, oops, say
from bot.core.flows.groups import (
    TOP,
    Points,
    board_lines,
    group_key,
    live_streak,
    phase_mix,
    ranked,
    shown_name,
)
from bot.core.flows.roster import Rosters, board_members, groups_still_in
from bot.core.inputs.times import read_time_of_day
from bot.core.inputs.weekdays import DAY_KEYS
from bot.core.messages import Reply, neutralize
from bot.core.model import Learner, StudyGroup
from bot.core.ports import UnitOfWork, UnitOfWorkFactory

log = logging.getLogger(__name__)

LATE = timedelta(hours=12)
DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_USAGE = (
    "Send `/coach group post mon 09:00` (a weekday and a time in the group's timezone), or `/coach group post off`."
)


async def cmd_post(ctx: Ctx, args: list[str]) -> list[Reply]:
    key = group_key(ctx.msg.group_id)
    if key is None:
        return [say("The weekly board is posted to a group's channel: run this in the group's channel.")]
    g = await ctx.uow.groups.get(ctx.msg.who.platform, ctx.msg.who.workspace_id, key)
    if g is None or key not in await groups_still_in(ctx):  # taken out of it since, having left the channel
        return [say("Join the group first: `/coach group join`.")]
    if not args:
        return [say(_current(g) + " " + _USAGE)]
    if args[0].lower() in ("off", "none", "stop", "never"):
        g.post_day = g.post_time = None
        await ctx.uow.groups.save(g)
        return [say("No weekly board post for this group any more. `/leaderboard` still works any time.")]
    day = _weekday(args[0])
    if day is None:
        return [oops(f"I didn't recognise {args[0][:20]!r} as a weekday. {_USAGE}")]
    at = read_time_of_day(" ".join(args[1:]) or "09:00")
    if not at.ok or at.value is None:
        return [oops(at.hint or _USAGE)]
    g.post_day, g.post_time = day, f"{at.value:%H:%M}"
    g.channel = ctx.msg.channel_id or g.channel  # posted where it was set up
    await ctx.uow.groups.save(g)
    return [say(f"{_current(g)}, to this channel. `/coach group post off` stops it.")]


def _weekday(word: str) -> int | None:
    w = word.strip().lower()
    return DAY_KEYS.index(w[:3]) if len(w) >= 2 and w[:3] in DAY_KEYS else None


def _current(g: StudyGroup) -> str:
    if g.post_day is None or not g.post_time:
        return "This group has no weekly board post."
    return f"The weekly board is posted every {DAY_NAMES[g.post_day]} at {g.post_time} ({g.tz})"


def post_instant(g: StudyGroup, now: datetime, weeks_back: int = 0) -> tuple[date, datetime] | None:
    """This week's post time for ``g`` (as a UTC instant) and the Monday that names the week; with
    ``weeks_back=1``, last week's."""
    if g.post_day is None or not g.post_time:
        return None
    zone = ZoneInfo(g.tz)
    local = now.astimezone(zone)
    monday = local.date() - timedelta(days=local.weekday() + 7 * weeks_back)
    hh, mm = (int(x) for x in g.post_time.split(":"))
    at = datetime.combine(monday + timedelta(days=g.post_day), time(hh, mm), tzinfo=zone)
    return monday, at.astimezone(now.tzinfo)


async def post_boards(uow: UnitOfWorkFactory, now: datetime, rosters: Rosters | None = None) -> int:
    """Queue the groups' weekly boards whose time has come, in one unit of work; a failure is logged
    (a board is not worth a drip) and the next tick tries again."""
    try:
        async with uow() as u:
            queued = await post_due_boards(u, now, rosters)
            await u.commit()
            return queued
    except Exception:
        log.exception("posting the weekly boards failed")
        return 0


async def post_due_boards(uow: UnitOfWork, now: datetime, rosters: Rosters | None = None) -> int:
    """Queue every group's board whose time has come this week and that isn't posted yet; the number
    queued. Call within a unit of work and commit. ``rosters``: who is still in each platform's groups."""
    queued = 0
    for g in await uow.groups.posting():
        # last week's too: a Sunday 23:00 post the bot was down for is still due at Monday 01:00
        due = [w for back in (0, 1) if (w := post_instant(g, now, back)) and w[1] <= now < w[1] + LATE]
        if not due:
            continue
        week_of, _at = due[0]
        if await uow.groups.board_posted(g, week_of):  # every tick for ``LATE`` would build it, and ask the platform
            continue
        text = await weekly_board(uow, g, now, rosters)
        queued += await uow.groups.post_board(g, week_of, say(text, kind="board"), now)
    return queued


async def weekly_board(uow: UnitOfWork, g: StudyGroup, now: datetime, rosters: Rosters | None = None) -> str:
    """The board for the seven days up to ``now``: points, movers on the all-time board, streaks,
    the phase mix and who is in their final week. Hidden and not-yet-onboarded members are left out,
    and so is anyone the board would name who has left the group's server or channel."""
    members = [m for m in await uow.groups.members(g.platform, g.workspace_id, g.group_id) if m.onboarded]
    start = now - timedelta(days=7)
    week = await uow.groups.points_between([m.id for m in members if m.id is not None], start, now)

    def this_week(m: Learner) -> int:
        return week.get(m.id or 0, 0)

    def named(people: list[Learner]) -> list[Learner]:
        return _named([m for m in people if not m.hidden], this_week, now)

    members = await board_members(uow, rosters or {}, g, members, named)
    shown = [m for m in members if not m.hidden]

    to_day = f"{now.astimezone(ZoneInfo(g.tz)):%a %d %b}"
    lines = [f"📊 *Weekly board — {neutralize(g.name, 60)}* · the week to {to_day} ({g.tz})"]
    lines += board_lines("This week", shown, this_week, now)
    lines.append(_movers_line(_movers(shown, this_week, now)))
    streaks = _streaks(shown, now)
    if streaks:
        lines.append("🔥 Streaks: " + ", ".join(f"{shown_name(m)} {live_streak(m, now)} days" for m in streaks))
    lines.append(f"Phase mix: {phase_mix(members)}")
    final = _final_week(shown, now)
    if final:
        lines.append("In their final week: " + ", ".join(shown_name(m) for m in final) + " — good luck!")
    lines.append("`/leaderboard` for all time and your own rank · `/coach group join` to take part")
    return "\n".join(lines)


def _named(shown: list[Learner], week: Points, now: datetime) -> list[Learner]:
    """Everyone the board names: the week's top ten, the movers, the streaks, the final weeks."""
    return [
        *ranked(shown, week, now)[:TOP],
        *(m for _n, _to, m in _movers(shown, week, now)),
        *_streaks(shown, now),
        *_final_week(shown, now),
    ]


def _streaks(shown: list[Learner], now: datetime) -> list[Learner]:
    return sorted((m for m in shown if live_streak(m, now) > 1), key=lambda m: (-live_streak(m, now), m.id or 0))[:5]


def _final_week(shown: list[Learner], now: datetime) -> list[Learner]:
    return [m for m in shown if (left := days_left(m, now)) is not None and 0 < left <= 7]


def _movers(people: list[Learner], week: Points, now: datetime) -> list[tuple[int, int, Learner]]:
    """Who climbed the all-time board this week, the top three: (places up, rank now, learner), from
    their rank a week ago (points then) against now."""
    before = {m.id: i for i, m in enumerate(ranked(people, lambda m: m.points - week(m), now), 1)}
    after = {m.id: i for i, m in enumerate(ranked(people, lambda m: m.points, now), 1)}
    moved = sorted(
        ((before[m.id] - after[m.id], after[m.id], m) for m in people if before[m.id] > after[m.id]),
        key=lambda x: (-x[0], x[1]),
    )
    return moved[:3]


def _movers_line(moved: list[tuple[int, int, Learner]]) -> str:
    if not moved:
        return "Movers: no change on the all-time board this week."
    return "Movers: " + ", ".join(f"{shown_name(m)} ↑{n} to #{to}" for n, to, m in moved)
