"""Onboarding: the four routing questions, then the interview date, timezone, daily time and level.

Nothing is applied until every answer is valid; then the learner's profile, phase and first drip are
set together."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from bot.core.context import YES_NO, Ctx, fmt_local, local_today, oops, say
from bot.core.flows import privacy
from bot.core.flows.timeline import align_phase, next_drill_at, plan_for, plan_text, reschedule
from bot.core.inputs import read_date, read_time_of_day
from bot.core.messages import Button, Reply, neutralize
from bot.core.model import PHASE_NAMES
from bot.core.routing import parse_yes_no, routing_reason, start_phase
from bot.core.state import Onboarding

LEVELS = ("junior", "senior", "staff")


async def cmd_start(ctx: Ctx, args: list[str]) -> list[Reply]:
    ctx.conv.onboarding = Onboarding(started_at=ctx.now.isoformat())
    intro = (
        "Starting over: your history and points stay; your answers below redraw the plan."
        if ctx.learner.onboarded
        else "Welcome to PrepDrip! An ML engineer loop has four rounds — theory screen, coding, ML "
        "system design and behavioral — and each fails in its own way. Four honest yes/no questions "
        "decide where you start."
    )
    replies = [say(intro, dm=True), *question(ctx)]
    if not ctx.msg.in_dm:
        replies = [say("I've sent you a DM to set you up.", kind="pointer"), *replies]
    return replies


def left_for_a_prompt(ctx: Ctx) -> bool:
    """A learner already set up typed `/coach start`, then opened a prompt (`/coach practice`, a drip)
    instead of answering: their next message answers the prompt, and the restart is put aside."""
    ob, pend = ctx.conv.onboarding, ctx.conv.pending
    if ob is None or pend is None or not ctx.learner.onboarded or not ob.started_at:
        return False
    return datetime.fromisoformat(pend.sent_at) > datetime.fromisoformat(ob.started_at)


def question(ctx: Ctx) -> list[Reply]:
    ob = ctx.conv.onboarding
    assert ob is not None
    step = ob.step
    if step.startswith("q"):
        i = int(step[1]) - 1
        q = ctx.cur.program.routing_questions[i]
        return [say(f"*Question {i + 1} of 4.* {q.text}\n_Answer yes or no._", buttons=YES_NO, dm=True)]
    if step == "interview":
        return [
            say(
                "When is your interview? Send the date as YYYY-MM-DD (like 2027-06-30) — `in 6 weeks` "
                "works too — or `none` if you don't have one yet.",
                buttons=(Button("No date yet", "none"),),
                dm=True,
            )
        ]
    if step == "tz":
        ask = (
            "Which timezone are you in? A city works (`London`, `New York`, `Bangalore`), or its IANA "
            "name, like `Europe/Berlin`."
        )
        known = ctx.msg.profile_tz
        if known and ctx.svc.zones.read(known, at=ctx.now).value == known:
            ask += f"\nYour profile says `{known}`: tap to use it, or send another."
            return [say(ask, buttons=(Button(f"Use {known}", known),), dm=True)]
        return [say(ask, dm=True)]
    if step == "time":
        return [say("What time should your daily drill arrive? Send HH:MM in 24-hour time, like `08:30`.", dm=True)]
    return [
        say(
            "Last one: which level are you interviewing for? `junior`, `senior` or `staff`.",
            buttons=tuple(Button(x.capitalize(), x) for x in LEVELS),
            dm=True,
        )
    ]


async def answer(ctx: Ctx, text: str) -> list[Reply]:
    ob = ctx.conv.onboarding
    assert ob is not None
    if not text:
        return [oops("That was empty."), *question(ctx)]
    if ob.step.startswith("q"):
        return _routing_answer(ctx, ob, text)
    if ob.step == "interview":
        try:
            when, note = parse_interview(text, ctx.now, ob.tz or ctx.learner.tz)
        except ValueError as e:
            return [oops(str(e))]
        ob.interview = when.isoformat() if when else None
        ob.interview_said = text if when else None
        if ob.level is None:
            ob.step = "tz"
            return _noted(note, question(ctx))
        return _noted(note, _finish(ctx, ob))  # a re-asked date: everything else is known
    if ob.step == "tz":
        zone = ctx.svc.zones.read(text, at=ctx.now)
        if not zone.ok or zone.value is None:
            return [oops(zone.hint or "Send an IANA timezone name, like `Europe/Berlin`.")]
        ob.tz = zone.value
        ob.step = "time"
        return _noted(zone.note, question(ctx))
    if ob.step == "time":
        at = read_time_of_day(text)
        if not at.ok or at.value is None:
            return [oops(at.hint or "Send HH:MM in 24-hour time, like `08:30`.")]
        ob.time = at.value.strftime("%H:%M")
        ob.step = "level"
        return _noted(at.note, question(ctx))
    level = text.strip().lower()
    if level not in LEVELS:
        return [oops(f"“{neutralize(text, 60)}” isn't a level I plan for. Send `junior`, `senior` or `staff`.")]
    ob.level = level
    return _finish(ctx, ob)


def _noted(note: str | None, replies: list[Reply]) -> list[Reply]:
    """Say what was understood from a non-canonical answer before the next question."""
    if not note or not replies:
        return replies
    first = replies[0]
    return [say(f"{note}\n{first.text}", buttons=first.buttons, dm=first.dm, kind=first.kind), *replies[1:]]


def _routing_answer(ctx: Ctx, ob: Onboarding, text: str) -> list[Reply]:
    yn = parse_yes_no(text)
    if yn is None:
        return [oops(f"I need a yes or a no here (you sent “{neutralize(text, 60)}”)."), *question(ctx)]
    ob.answers.append(yn)
    if len(ob.answers) < 4:
        ob.step = f"q{len(ob.answers) + 1}"  # type: ignore[assignment]
        return question(ctx)
    ctx.learner.routing_answers = list(ob.answers)
    phase = start_phase(ob.answers)
    ob.phase = phase
    ob.step = "interview"
    said = ", ".join("yes" if a else "no" for a in ob.answers)
    program = ctx.cur.program
    why = routing_reason(
        ob.answers,
        [q.yes_means for q in program.routing_questions],
        [q.no_means for q in program.routing_questions],
        program.phase_reasons[phase],
    )
    return [
        say(
            f"*You start in Phase {phase}: {PHASE_NAMES[phase]}.*\n"
            f"Your answers: {said}. Only the unbroken run of yeses from question 1 counts.\n"
            f"Why: {why}",
            dm=True,
        ),
        *question(ctx),
    ]


def _finish(ctx: Ctx, ob: Onboarding) -> list[Reply]:
    assert ob.tz and ob.time and ob.level and ob.phase
    L = ctx.learner
    interview = date.fromisoformat(ob.interview) if ob.interview else None
    reread = _in_their_timezone(ctx, ob, interview)
    if reread is not None:
        interview = reread
        ob.interview = reread.isoformat()
    if interview is not None and interview < ctx.now.astimezone(ZoneInfo(ob.tz)).date():
        ob.step = "interview"  # already past in their timezone: ask for the date again
        return [
            oops(
                "That interview date is already behind you in your timezone. Send a future date (YYYY-MM-DD) or `none`."
            )
        ]
    # all answers valid: apply them together
    L.seniority = ob.level
    L.tz = ob.tz
    L.drip_time = ob.time
    L.interview_date = interview
    L.phase = ob.phase
    L.phase_started_at = ctx.now
    L.plan_start = local_today(L, ctx.now)
    L.onboarded = True
    L.paused = False
    ctx.conv.onboarding = None
    ctx.conv.pending = None
    ctx.conv.queue = None
    reschedule(L, ctx.now)
    moved = align_phase(L, ctx.now)
    first = fmt_local(L, drill) if (drill := next_drill_at(L, ctx.now)) else "—"
    said = neutralize(ob.interview_said or "", 40)
    moved_date = (
        f"In {L.tz} today is {local_today(L, ctx.now).isoformat()}, so I read “{said}” as {interview.isoformat()}.\n"
        if reread is not None and interview is not None
        else ""
    )
    return [
        say(
            f"{moved_date}All set. Level: {ob.level}. Timezone: {L.tz}. Daily drill at {L.drip_time}.\n"
            + (moved + "\n" if moved else "")
            + plan_text(L, plan_for(L, ctx.now), ctx.now, short=True)
            + f"\nYour first drill arrives {first}. Can't wait? Send `/coach today`."
            + (f"\n{privacy.judge_line(ctx)}" if ctx.svc.judge else ""),
            dm=True,
        )
    ]


def _in_their_timezone(ctx: Ctx, ob: Onboarding, interview: date | None) -> date | None:
    """A relative date (`in 10 days`, `tomorrow`) typed before the timezone was known was read against
    today's UTC date; read it again against the learner's own today. The new date, if it differs."""
    if interview is None or not ob.interview_said or not ob.tz:
        return None
    try:
        again, _ = parse_interview(ob.interview_said, ctx.now, ob.tz)
    except ValueError:
        return None
    return again if again is not None and again != interview else None


def parse_interview(text: str, now: datetime, tz: str | None = None) -> tuple[date | None, str | None]:
    """An interview date and what was understood, or ValueError with a friendly hint. The date is read
    against the learner's today in ``tz``, or against today's UTC date while the timezone is not known
    yet; the note shows the ISO date."""
    today = now.astimezone(ZoneInfo(tz)).date() if tz else now.date()
    r = read_date(text, today)
    if not r.ok:
        raise ValueError(r.hint)
    d = r.value
    if d is None:
        return None, r.note
    # with no timezone, the earliest "today" anywhere on Earth: refuse only dates past for everyone
    earliest_today = today if tz else (now - timedelta(hours=12)).date()
    if d < earliest_today:
        raise ValueError(
            f"{d.isoformat()} is in the past. Send the date of your upcoming interview (YYYY-MM-DD), or `none`."
        )
    if d > today + timedelta(days=730):
        raise ValueError(
            f"{d.isoformat()} is more than two years away. Send a date within two years, "
            "or `none` for an open-ended cycle."
        )
    return d, r.note
