"""Study groups: a Slack channel, a Discord server or channel, a console `--group`. Members join and
leave on purpose; the leaderboard ranks this week (in the group's timezone) and all time, every
onboarded member who hasn't hidden themself, zero points included."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from bot.core.context import Ctx, days_left, local_today, oops, say
from bot.core.flows.roster import board_members
from bot.core.messages import Reply, neutralize
from bot.core.model import Learner, StudyGroup
from bot.core.scoring import SCORING_TEXT

TOP = 10


def group_key(name: str | None) -> str | None:
    """Group names are case-insensitive: "ML-Study" and "ml-study" are one group."""
    return name.strip().casefold()[:128] if name and name.strip() else None


async def note_membership(ctx: Ctx) -> None:
    """Kept for the engine's call after each message: membership is explicit now (`/coach group join`)."""
    return None


def _where(ctx: Ctx) -> tuple[str, str, str] | None:
    g = group_key(ctx.msg.group_id)
    return (ctx.msg.who.platform, ctx.msg.who.workspace_id, g) if g else None


def _no_group(ctx: Ctx) -> Reply:
    """Asked outside a group (a DM): where groups are, in the words of the platform the user is on."""
    if ctx.msg.who.platform == "console":
        return say("Study groups live in a channel: start the console with `--group NAME` to be in one.")
    return say("Study groups live in a channel: run this in your group's channel, not in our DM.")


def _name(ctx: Ctx, g: StudyGroup | None) -> str:
    return neutralize(g.name if g else (ctx.msg.group_id or ""), 60)


async def _group(ctx: Ctx, create: bool) -> StudyGroup | None:
    where = _where(ctx)
    if where is None:
        return None
    g = await ctx.uow.groups.get(*where)
    if g is None and create:
        g = StudyGroup(
            *where,
            name=(ctx.msg.group_name or ctx.msg.group_id or where[2])[:200],
            tz=ctx.learner.tz or "UTC",  # the timezone of whoever set the group up
            created_at=ctx.now,
            created_by=ctx.learner.id,
            channel=ctx.msg.channel_id,
        )
        await ctx.uow.groups.create(g)
        g = await ctx.uow.groups.get(*where)
    return g


async def cmd_join(ctx: Ctx, args: list[str]) -> list[Reply]:
    g = await _group(ctx, create=True)
    if g is None:
        return [_no_group(ctx)]
    assert ctx.learner.id is not None
    await ctx.uow.join_group(g.platform, g.workspace_id, g.group_id, ctx.learner.id)
    if g.group_id not in ctx.conv.groups:
        ctx.conv.groups.append(g.group_id)
    return [
        say(
            f"You're in *{_name(ctx, g)}*. `/leaderboard` shows this week and all time; "
            "`/coach privacy hidden` keeps you off the public board."
        )
    ]


async def cmd_leave(ctx: Ctx, args: list[str]) -> list[Reply]:
    where = _where(ctx)
    if where is None:
        return [_no_group(ctx)]
    assert ctx.learner.id is not None
    left = await ctx.uow.groups.leave(*where, ctx.learner.id)
    ctx.conv.groups = [x for x in ctx.conv.groups if x != where[2]]
    # a peer-mock partner is found among the group's members: whoever leaves is off its list too
    off_list = await ctx.uow.mocks.waits_in(ctx.learner.id) == where[2] and await ctx.uow.mocks.take(ctx.learner.id)
    note = " You're off its peer-mock list too." if off_list else ""
    return [say(("You've left this group." if left else "You weren't in this group.") + note)]


async def cmd_show(ctx: Ctx, args: list[str]) -> list[Reply]:
    g = await _group(ctx, create=False)
    if g is None:
        if _where(ctx) is None:
            return [_no_group(ctx)]
        return [say("No one has joined this group yet: `/coach group join`.")]
    members = [m for m in await ctx.uow.groups.members(g.platform, g.workspace_id, g.group_id) if m.onboarded]
    post = (
        f"weekly board {['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'][g.post_day]} {g.post_time}"
        if g.post_day is not None and g.post_time
        else "no weekly board post set"
    )
    lines = [
        f"*{_name(ctx, g)}* — {len(members)} member{'s' if len(members) != 1 else ''} · timezone {g.tz} · {post}",
        f"Phase mix: {phase_mix(members)}",
        SCORING_TEXT,
    ]
    return [say("\n".join(lines))]


async def cmd_tz(ctx: Ctx, args: list[str]) -> list[Reply]:
    g = await _group(ctx, create=False)
    if g is None:
        return [_no_group(ctx)] if _where(ctx) is None else [say("Join the group first: `/coach group join`.")]
    if not args:
        return [say(f"This group's week runs on {g.tz}. Change it with `/coach group tz Europe/Berlin`.")]
    zone = ctx.svc.zones.read(" ".join(args), at=ctx.now)
    if not zone.ok or zone.value is None:
        return [oops(zone.hint or "Send an IANA timezone, like `Europe/Berlin`.")]
    g.tz = zone.value
    await ctx.uow.groups.save(g)
    return [say(f"This group's week now runs on {g.tz}." + (f" {zone.note}" if zone.note else ""))]


def phase_mix(members: list[Learner]) -> str:
    mix = Counter(m.phase or 1 for m in members)
    return " · ".join(f"Phase {p} ×{mix[p]}" for p in sorted(mix)) or "nobody yet"


def week_bounds(tz: str, now: datetime) -> tuple[datetime, datetime]:
    """This week, Monday 00:00 to Monday 00:00 in the group's timezone, as UTC instants."""
    zone = ZoneInfo(tz)
    local = now.astimezone(zone)
    monday = (local - timedelta(days=local.weekday())).date()
    start = datetime.combine(monday, datetime.min.time(), tzinfo=zone)
    end = datetime.combine(monday + timedelta(days=7), datetime.min.time(), tzinfo=zone)
    return start.astimezone(now.tzinfo), end.astimezone(now.tzinfo)


async def cmd_leaderboard(ctx: Ctx, args: list[str]) -> list[Reply]:
    g = await _group(ctx, create=False)
    if g is None:
        if _where(ctx) is None:
            return [_no_group(ctx)]
        first = "" if ctx.learner.onboarded else "`/coach start` to set up, then "
        return [say(f"Nobody has joined this group yet. Be the first: {first}`/coach group join`.")]
    me = ctx.learner
    members = {m.id: m for m in await ctx.uow.groups.members(g.platform, g.workspace_id, g.group_id)}
    if me.id in members:
        members[me.id] = me  # this message's own row is newer than the stored one
    onboarded = [m for m in members.values() if m.onboarded and m.id is not None]
    start, end = week_bounds(g.tz, ctx.now)
    week = await ctx.uow.groups.points_between([m.id for m in onboarded if m.id is not None], start, end)

    def named(people: list[Learner]) -> list[Learner]:
        """Who this board names, but the one asking (here, so still a member)."""
        shown = [m for m in people if not m.hidden]
        on_board = [
            *ranked(shown, lambda m: week.get(m.id or 0, 0), ctx.now)[:TOP],
            *ranked(shown, lambda m: m.points, ctx.now)[:TOP],
            *(m for m in shown if (left := days_left(m, ctx.now)) is not None and 0 < left <= 7),
        ]
        return [m for m in on_board if m.id != me.id]

    onboarded = await board_members(ctx.uow, ctx.svc.rosters, g, onboarded, named)
    shown = [m for m in onboarded if not m.hidden]
    name = _name(ctx, g)
    lines = [f"*Leaderboard — {name}* · week of {start.astimezone(ZoneInfo(g.tz)):%a %d %b} ({g.tz})"]
    lines += board_lines("This week", shown, lambda m: week.get(m.id or 0, 0), ctx.now)
    lines += board_lines("All time", shown, lambda m: m.points, ctx.now)
    if me.id in members and me.onboarded:
        # your rank among the people on the board (and you): a hidden member above you neither shows nor counts
        pool = [m for m in onboarded if not m.hidden or m.id == me.id]
        lines.append(
            f"You: #{rank_of(pool, me, lambda m: week.get(m.id or 0, 0), ctx.now)} this week "
            f"({week.get(me.id or 0, 0)} pts), #{rank_of(pool, me, lambda m: m.points, ctx.now)} all time"
            + (
                f" · 🧊 {ctx.conv.freezes} streak freeze{'s' if ctx.conv.freezes != 1 else ''}"
                if ctx.conv.freezes
                else ""
            )
            + (" · hidden from the board" if me.hidden else "")
        )
    elif not me.onboarded:
        lines.append("To be on this board: `/coach start` to set up, then `/coach group join`.")
    elif me.id not in members:
        lines.append("You're not in this group yet: `/coach group join`.")
    lines.append(f"Phase mix: {phase_mix(onboarded)}")
    final = [m for m in shown if (left := days_left(m, ctx.now)) is not None and 0 < left <= 7]
    if final:
        lines.append("In their final week: " + ", ".join(shown_name(m) for m in final) + " — good luck!")
    return [say("\n".join(lines))]


Points = Callable[[Learner], int]


def ranked(people: list[Learner], points: Points, now: datetime | None = None) -> list[Learner]:
    # ties: longer streak first, then who joined PrepDrip first — the same order every time
    return sorted(people, key=lambda m: (-points(m), -(live_streak(m, now) if now else m.streak), m.id or 0))


def live_streak(m: Learner, now: datetime) -> int:
    """The streak as it stands now: a streak whose last day (plus the freezes held) is past is over,
    though the stored count only resets at the learner's next active day."""
    if not m.streak or m.last_active_on is None:
        return 0
    freezes = int((m.state.get("freezes") or 0) if isinstance(m.state, dict) else 0)
    gap = (local_today(m, now) - m.last_active_on).days
    # as the streak itself counts (flows/record.py): the next local day, or within a real day of the last
    # counted one, so moving east over a date line doesn't end it on the board before the next answer
    ends = m.streak_day_ends_at
    within = ends is not None and now < ends + timedelta(days=1 + freezes)
    return m.streak if gap <= 1 + freezes or within else 0


def board_lines(title: str, people: list[Learner], points: Points, now: datetime) -> list[str]:
    top = ranked(people, points, now)[:TOP]
    if not top:
        return [f"_{title}_: nobody on the board yet."]
    rows = [
        f"{i}. {shown_name(m)} — {points(m)} pts" + (f" · 🔥 {n}" if (n := live_streak(m, now)) > 1 else "")
        for i, m in enumerate(top, 1)
    ]
    return [f"_{title}_", *rows]


def rank_of(people: list[Learner], me: Learner, points: Points, now: datetime) -> int:
    return next(i for i, m in enumerate(ranked(people, points, now), 1) if m.id == me.id)


def shown_name(m: Learner) -> str:
    return neutralize(m.display_name or m.ref.user_id, 40)
