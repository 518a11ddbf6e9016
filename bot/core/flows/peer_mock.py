"""Peer mock interviews: in the final two weeks, Phase 4 members of a study group opt in
(`/coach mock pair`) and are paired with another member: never the same partner twice, the nearest
timezone first, the longest-waiting first among equals. Both hear of it in their DM with the other's
name and the interviewer's one-page rubric. Afterwards each rates the other (`/coach mock rate 3 4 3
…`); a partner's rating is what turns "mock done" from self-reported into confirmed evidence.

An odd one out waits on the list (in the database, so every process sees it) until the next member
opts in; taking someone off the list is a delete that only one transaction can win."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from bot.core.context import Ctx, days_left, local_today, oops, say
from bot.core.flows.groups import group_key, shown_name
from bot.core.flows.mock import MOCK_REASONS
from bot.core.flows.phase_gates import check_gates
from bot.core.flows.roster import ASK_AT_ONCE, groups_still_in, still_here
from bot.core.messages import Reply
from bot.core.model import Learner, MockPair
from bot.core.scoring import BASE

FINAL_DAYS = 14
DIMENSIONS = ("structure", "depth", "communication")
_RATE_HELP = (
    "Rate your partner 1–4 on structure, depth and communication, then a sentence of feedback: "
    "`/coach mock rate 3 4 3 clear steps, go deeper on serving`. If the mock didn't happen: "
    "`/coach mock rate no-show`."
)


def _offset_hours(tz: str | None, now: datetime) -> float:
    off = now.astimezone(ZoneInfo(tz or "UTC")).utcoffset() or timedelta(0)
    return off.total_seconds() / 3600


def _open(pairs: list[MockPair], me: int) -> MockPair | None:
    """The newest pair in which this learner hasn't rated their partner yet."""
    return next((p for p in reversed(pairs) if p.rated_by(me) is None), None)


async def cmd_pair(ctx: Ctx, args: list[str]) -> list[Reply]:
    L = ctx.learner
    assert L.id is not None
    mocks = ctx.uow.mocks
    if args and args[0].lower() in ("cancel", "off", "stop"):
        taken = await mocks.take(L.id)
        return [say("You're off the peer-mock list." if taken else "You weren't waiting for a partner.")]
    if (L.phase or 1) != 4:
        return [
            say(
                f"Peer mocks are for Phase 4 (behavioral + mock) in your final two weeks; you're in Phase "
                f"{L.phase or 1}. `/coach plan` shows when you get there."
            )
        ]
    left = days_left(L, ctx.now)
    if left is not None and left < 0 and L.interview_date is not None:
        return [
            say(
                f"Your interview ({L.interview_date.isoformat()}) has passed. Set the next one with "
                "`/coach settings interview=YYYY-MM-DD`, and peer mocks open in its final two weeks."
            )
        ]
    if left is not None and left > FINAL_DAYS:
        opens = local_today(L, ctx.now) + timedelta(days=left - FINAL_DAYS)
        return [say(f"Peer mocks open in your final two weeks: from {opens:%a %d %b}. Until then, `/coach today`.")]
    group = await _which_group(ctx)
    if isinstance(group, Reply):
        return [group]
    pairs = await mocks.pairs_of(L.id)
    current = _open(pairs, L.id)
    if current is not None:
        partner = await _learner(ctx, current.partner_of(L.id))
        since = f"{current.paired_at.astimezone(ZoneInfo(L.tz or 'UTC')):%a %d %b}"
        if partner is None or not await _still_in_group(ctx, current, partner):
            who = f"*{shown_name(partner)}*" if partner else "your partner"
            return [
                say(
                    f"You were paired with {who} on {since}, who has left the group since. If your mock didn't "
                    "happen: `/coach mock rate no-show`, then `/coach mock pair` finds you someone else."
                )
            ]
        return [say(f"You're paired with *{shown_name(partner)}* since {since}. After your mock: {_RATE_HELP}")]
    waiting_in = await mocks.waits_in(L.id)
    if waiting_in is not None:
        return [
            say("You're on the list; I'll DM you when another member opts in. `/coach mock pair cancel` leaves it.")
        ]
    before = {p.partner_of(L.id) for p in pairs}
    where = (L.ref.platform, L.ref.workspace_id, group)
    found = await ctx.uow.groups.get(*where)
    candidates = await _candidates(ctx, where, before)
    for start in range(0, len(candidates), ASK_AT_ONCE):
        batch = candidates[start : start + ASK_AT_ONCE]
        # someone who left the server or channel since they opted in can't be reached: out, not paired
        for partner in await still_here(ctx.uow, ctx.svc.rosters, found, batch) if found else batch:
            assert partner.id is not None
            if not await mocks.take(partner.id):
                continue  # another process paired them a moment ago
            pair = await mocks.add_pair(MockPair(None, *where, a_id=partner.id, b_id=L.id, paired_at=ctx.now))
            await ctx.uow.enqueue(partner, "pair", local_today(partner, ctx.now), [_paired(ctx, partner, L)], ctx.now)
            assert pair.id is not None
            return [_paired(ctx, L, partner)]
    await mocks.wait(L.id, *where, ctx.now)
    return [
        say(
            "🤝 You're on the peer-mock list for this group. Nobody else is waiting right now (or only people "
            "you've already practised with); I'll DM you with your partner's name and the rubric as soon as "
            "someone opts in. `/coach mock pair cancel` to leave the list."
        )
    ]


async def _which_group(ctx: Ctx) -> str | Reply:
    await groups_still_in(ctx)
    here = group_key(ctx.msg.group_id)
    if here is not None:
        return here if here in ctx.conv.groups else say("Join this group first: `/coach group join`.")
    if len(ctx.conv.groups) == 1:
        return ctx.conv.groups[0]
    if not ctx.conv.groups:
        return say("Peer mocks pair you with someone in your study group: `/coach group join` in its channel first.")
    return say("You're in several groups: run `/coach mock pair` in the channel of the one to pair in.")


async def _candidates(ctx: Ctx, where: tuple[str, str, str], before: set[int]) -> list[Learner]:
    """Who is waiting in this group, still a member, not a former partner, nearest timezone first."""
    members = {m.id for m in await ctx.uow.groups.members(*where)}
    since = {
        i: t for i, t in await ctx.uow.mocks.waiting(*where) if i != ctx.learner.id and i not in before and i in members
    }
    people = [p for p in await ctx.uow.lock_learners(list(since)) if p.onboarded and p.id is not None]
    mine = _offset_hours(ctx.learner.tz, ctx.now)
    return sorted(people, key=lambda p: (abs(_offset_hours(p.tz, ctx.now) - mine), since[p.id or 0], p.id or 0))


def _paired(ctx: Ctx, me: Learner, partner: Learner) -> Reply:
    gap = abs(_offset_hours(partner.tz, ctx.now) - _offset_hours(me.tz, ctx.now))
    when = "the same timezone" if gap == 0 else f"{gap:g} h apart"
    text = (
        f"🤝 *Peer mock:* you're paired with *{shown_name(partner)}* ({partner.tz or 'UTC'}, {when}). Message them "
        "to book 90 minutes this week: each of you interviews the other.\n\n"
        f"{ctx.cur.program.peer_mock_rubric}"
    )
    return say(text, to=me.ref, dm=True)


async def cmd_rate(ctx: Ctx, args: list[str]) -> list[Reply]:
    L = ctx.learner
    assert L.id is not None
    pair = _open(await ctx.uow.mocks.pairs_of(L.id), L.id)
    if pair is None:
        return [
            say("You have no peer mock to rate. `/coach mock pair` finds you a partner (Phase 4, final two weeks).")
        ]
    if not args:
        return [say(_RATE_HELP)]
    assert pair.id is not None
    partner = await _learner(ctx, pair.partner_of(L.id))
    name = shown_name(partner) if partner else "your partner"
    if args[0].lower().replace("_", "-") in ("no-show", "noshow", "didnt-happen", "cancelled"):
        await ctx.uow.mocks.rate(pair.id, pair.a_id == L.id, {"no_show": True, "at": ctx.now.isoformat()})
        undone = await _set_aside(ctx, pair.rated_by(pair.partner_of(L.id)) or {})
        return [say(f"Noted: the mock with {name} didn't happen.{undone} `/coach mock pair` finds you someone else.")]
    scores = [int(a) for a in args[:3] if re.fullmatch(r"[1-4]", a)]
    if len(scores) < 3:
        return [oops(f"I need three scores from 1 to 4. {_RATE_HELP}")]
    note = " ".join(args[3:]).strip()[:500]
    rating = {**dict(zip(DIMENSIONS, scores, strict=True)), "note": note, "at": ctx.now.isoformat()}
    await ctx.uow.mocks.rate(pair.id, pair.a_id == L.id, rating)
    theirs = pair.rated_by(pair.partner_of(L.id)) or {}
    if theirs.get("no_show"):
        # the partner said this mock didn't happen: one side's word against the other's confirms nobody
        return [
            say(
                f"Noted. {name} told me this mock didn't happen, so it doesn't confirm a mock for either of you. "
                "`/coach mock pair` finds you someone else."
            )
        ]
    out = [say(f"Thanks — your rating confirms {name}'s mock. {_own_status(L)}")]
    if partner is not None:
        await _confirm(ctx, partner, rating)
    return [*out, *await check_gates(ctx)]


async def _set_aside(ctx: Ctx, theirs: dict[str, object]) -> str:
    """The partner rated this mock, which confirmed the learner's, and now the learner says it didn't
    happen: one side's word against the other's confirms nobody, whichever came first. The confirmation
    goes, and with it the points it gave; a mock the learner reported done themselves stays self-reported."""
    L = ctx.learner
    if not theirs or theirs.get("no_show") or L.mock_confirmed_at is None:
        return ""
    assert L.id is not None
    L.mock_confirmed_at = None
    taken = await ctx.uow.groups.take_back(L.id, (MOCK_REASONS[1],))
    if taken:  # the confirmation was the only evidence of a mock
        L.mock_done_at = None
        L.points = max(0, L.points - taken)
    back = f" and its {taken} points are taken back" if taken else ""
    return f" Their rating of you is set aside, so your mock no longer counts as confirmed{back}."


def _own_status(L: Learner) -> str:
    if L.mock_confirmed_at:
        return "Your own mock is confirmed too."
    return "Yours is confirmed when your partner rates you."


async def _confirm(ctx: Ctx, partner: Learner, rating: dict[str, object]) -> None:
    """The partner's mock, confirmed by this rating: evidence in their `/readiness`, the mock's points
    if they hadn't reported it themselves, and the rating in their DM."""
    assert partner.id is not None
    first = partner.mock_done_at is None
    partner.mock_confirmed_at = partner.mock_confirmed_at or ctx.now
    partner.mock_done_at = partner.mock_done_at or ctx.now
    if first:
        partner.points += BASE["mock_done"]
        await ctx.uow.groups.add_points(partner.id, ctx.now, BASE["mock_done"], MOCK_REASONS[1])
    await ctx.uow.save_learner(partner)
    scores = ", ".join(f"{d} {rating[d]}/4" for d in DIMENSIONS)
    note = f"\n> {rating['note']}" if rating.get("note") else ""
    text = (
        f"✅ *{shown_name(ctx.learner)}* rated your peer mock: {scores}.{note}\n"
        "Your mock now counts as confirmed in `/readiness`. Rate them too if you haven't: `/coach mock rate`."
    )
    await ctx.uow.enqueue(partner, "pair", local_today(partner, ctx.now), [say(text, to=partner.ref, dm=True)], ctx.now)


async def _still_in_group(ctx: Ctx, pair: MockPair, partner: Learner) -> bool:
    """Whether the partner is still in the group they were paired in: a member here, and not found
    gone by the platform (asked about this one partner)."""
    assert partner.id is not None
    where = (pair.platform, pair.workspace_id, pair.group_id)
    if not any(
        (m.platform, m.workspace_id, m.group_id) == where for m in await ctx.uow.personal.memberships(partner.id)
    ):
        return False
    group = await ctx.uow.groups.get(*where)
    return group is None or bool(await still_here(ctx.uow, ctx.svc.rosters, group, [partner]))


async def _learner(ctx: Ctx, learner_id: int) -> Learner | None:
    found = await ctx.uow.lock_learners([learner_id])
    return found[0] if found else None
