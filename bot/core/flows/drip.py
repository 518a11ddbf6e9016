"""The daily drip: what a due learner is sent at their local time, and the messages around it (the
final-week mock reminder, a nudge when drips go unanswered, a snoozed drip coming back).

Everything here is *scheduled*: it is written to the outbox in the same transaction as its ledger
claim (learner, local day, kind), so it goes out once and is never lost; the dispatcher sends it.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from zoneinfo import ZoneInfo

from bot.core.context import Ctx, greeting, interview_passed, local_today, say, when_phrase
from bot.core.delivery import DRIP, MOCK, SNOOZE
from bot.core.flows import bound, unrated
from bot.core.flows.timeline import MOCK_REMINDER_DAYS, reschedule
from bot.core.flows.today import next_prompt, resend_pending
from bot.core.inputs import days_from_text
from bot.core.messages import Button, Reply
from bot.core.model import PHASE_NAMES
from bot.core.plan import local_instant, parse_hhmm

FINAL_WEEK_DAYS = 7
PAUSE = Button("Pause", "/coach pause")
NUDGE_AFTER_DRIPS = 2
#: the ledger kind of the question, in the first drip after an interview, of how it went
INTERVIEW_OVER = "interview_over"
PAUSE_QUESTION_AFTER_NUDGES = 3


def is_due(ctx: Ctx, force: bool) -> bool:
    L = ctx.learner
    if not (L.onboarded and L.tz and L.drip_time) or L.paused:
        return False
    return force or (L.next_drip_at is not None and L.next_drip_at <= ctx.now)


async def scheduled(ctx: Ctx, force: bool = False, mock_links: tuple[str, ...] = ()) -> int:
    """Queue what is due for this learner now; returns the number of messages queued. With
    ``force`` (operators' `prepdrip drip --now`) today's drip goes out whatever the time."""
    L = ctx.learner
    assert L.id is not None and L.tz and L.drip_time
    now, conv = ctx.now, ctx.conv
    day = local_today(L, now)
    queued = 0
    if force or _drip_due_today(ctx, day):
        if conv.silent and not force:
            pass  # asked whether to pause and got no answer: silence until they write
        elif await ctx.uow.claim(L.id, day, DRIP, now):
            drip = await _after_interview(ctx, day, _drip_or_nudge(ctx, day, await _drip(ctx, day)))
            queued += await ctx.uow.enqueue(L, DRIP, day, bound.bind(drip, conv.pending), now)
        elif conv.snoozed_on == day.isoformat() and await ctx.uow.claim(L.id, day, SNOOZE, now):
            queued += await ctx.uow.enqueue(L, SNOOZE, day, bound.bind(_snoozed(ctx), conv.pending), now)
    queued += await _mock_reminder(ctx, day, mock_links)
    reschedule(L, now)
    return queued


def _drip_due_today(ctx: Ctx, day: date) -> bool:
    """A drip time that passed on an earlier local day (the bot was down) is skipped, not piled up;
    one missed earlier today still goes out now."""
    L = ctx.learner
    assert L.tz and L.drip_time
    days = days_from_text(L.drip_days)
    if days is not None and day.weekday() not in days:
        return False
    at = parse_hhmm(L.drip_time)
    assert at is not None
    return local_instant(day, at, ZoneInfo(L.tz)) <= ctx.now


async def _drip(ctx: Ctx, day: date) -> list[Reply]:
    L = ctx.learner
    phase = f"Phase {L.phase}: {PHASE_NAMES[L.phase or 1]}"
    header = f"{greeting(L, ctx.now)}! Your PrepDrip for {day:%a %d %b} ({phase})."
    if settled := await unrated.settle(ctx, day):  # an answer left unrated no longer holds the drip up
        header += "\n" + settled
    body = await next_prompt(ctx)
    return [_merge(header, body, kind="drip")]


async def _after_interview(ctx: Ctx, day: date, drip: list[Reply]) -> list[Reply]:
    """The first drip after the interview day asks how it went and how to set the next date, under its
    header, once per interview date (a ledger row, so two processes ask once and a new date asks again);
    a nudge in its place leaves the question to the next drip."""
    L = ctx.learner
    assert L.id is not None
    if not (L.interview_date and L.interview_date < day and drip and drip[0].kind == "drip"):
        return drip
    if not await ctx.uow.claim(L.id, L.interview_date, INTERVIEW_OVER, ctx.now):
        return drip
    header, _, body = drip[0].text.partition("\n\n")
    asked = interview_passed(L.interview_date, (day - L.interview_date).days)
    return [replace(drip[0], text="\n\n".join(x for x in (header, asked, body) if x)), *drip[1:]]


def _drip_or_nudge(ctx: Ctx, day: date, drip: list[Reply]) -> list[Reply]:
    """Two drips unanswered: a nudge instead of a third prompt; three unanswered nudges: one
    question whether to pause, then silence until the learner writes."""
    conv = ctx.conv
    if conv.drips_unanswered < NUDGE_AFTER_DRIPS:
        conv.drips_unanswered += 1
        return drip
    if conv.nudges_unanswered >= PAUSE_QUESTION_AFTER_NUDGES:
        conv.silent = True
        return [
            say(
                "I haven't heard from you in a while, so I'll stop the daily drill for now. Want a pause "
                "instead, or a different time? Reply anything to pick it up again.",
                buttons=(Button("Pause", "/coach pause"), Button("Keep going", "/coach today")),
                kind="nudge",
            )
        ]
    conv.nudges_unanswered += 1
    conv.nudged_on = day.isoformat()
    pend = conv.pending
    open_one = f" `{pend.prompt_id}` is still open." if pend else ""
    return [
        say(
            f"A nudge, not a new drill:{open_one} Ten minutes today keeps the habit — or tell me a better "
            "time with `/coach settings time=HH:MM`, or `/coach pause`.",
            buttons=(
                Button("Today's prompt", "/coach today"),
                Button("Later", "later"),
                Button("Pause", "/coach pause"),
            ),
            kind="nudge",
        )
    ]


def _snoozed(ctx: Ctx) -> list[Reply]:
    pend = ctx.conv.pending
    p = ctx.cur.prompts.get(pend.prompt_id) if pend else None
    if pend is None or p is None:
        return [say("⏰ Here's your snoozed drill time: `/coach today` sends today's prompt.", kind="reminder")]
    return [_merge("⏰ Back as you asked — here's today's prompt again.", resend_pending(ctx, p, pend), "reminder")]


async def _mock_reminder(ctx: Ctx, day: date, links: tuple[str, ...]) -> int:
    L = ctx.learner
    assert L.id is not None
    if not L.interview_date or ctx.conv.silent or L.mock_booked_at or L.mock_done_at:
        return 0
    days = (L.interview_date - day).days
    if not 1 <= days <= FINAL_WEEK_DAYS:
        return 0
    # on its days (7, 3, 1 before), once a day; and the first drip in the final week of an interview
    # date carries one at once, whatever the day: a date set (or moved) to 5 days away is not left
    # until 3 days out. Both are ledger rows, so two processes send it once; a new date has no row yet.
    on_its_day = days in MOCK_REMINDER_DAYS and await ctx.uow.claim(L.id, day, MOCK, ctx.now)
    first_for_date = await ctx.uow.claim(L.id, L.interview_date, "mock_date", ctx.now)
    if not (on_its_day or first_for_date):
        return 0
    where = ("\nWhere to book: " + " · ".join(links)) if links else ""
    if ctx.conv.groups and (L.phase or 1) == 4:
        where += await _peer_mock_line(ctx)
    reminder = say(
        f"⏰ Your interview is {when_phrase(days)}. This is the week for a mock interview with someone who "
        "has run real ML interviews — it's the fastest way to close the gap between how ready you feel and how "
        f"ready you are. Book one, then send `/coach mock booked`.{where}",
        kind="reminder",
        buttons=(Button("I've booked it", "/coach mock booked"), Button("I did one", "/coach mock done")),
    )
    return await ctx.uow.enqueue(L, MOCK, day, [reminder], ctx.now)


async def _peer_mock_line(ctx: Ctx) -> str:
    """The study group's peer mock, as the learner stands with it: paired or waiting already is not
    sent back to `/coach mock pair`, which would only say so."""
    L = ctx.learner
    assert L.id is not None
    if any(p.rated_by(L.id) is None for p in await ctx.uow.mocks.pairs_of(L.id)):
        return "\nYou're already paired for a peer mock: book a time with your partner, then `/coach mock booked`."
    if await ctx.uow.mocks.waits_in(L.id) is not None:
        return "\nYou're on your study group's peer-mock list: I'll DM you when someone opts in."
    return "\nOr practise with someone from your study group: `/coach mock pair`."


def _merge(header: str, body: list[Reply], kind: str) -> Reply:
    """One message: the header, then the body's texts; the last reply's buttons and prompt id."""
    last = body[-1] if body else None
    return say(
        "\n\n".join([header, *(r.text for r in body)]),
        buttons=last.buttons if last else (),
        kind=kind,
        meta=last.meta if last else {},
    )
