"""The learner's settings (timezone, daily time, interview date, level), pausing and resuming."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from bot.core.context import Ctx, fmt_local, oops, say
from bot.core.flows.onboarding import LEVELS, parse_interview
from bot.core.flows.timeline import align_phase, next_drill_at, redraw, reschedule
from bot.core.inputs import days_text, read_days, read_time_of_day
from bot.core.messages import Reply, neutralize

_NONE = {"drip_days": "every day"}
ALIASES = {
    "timezone": "tz",
    "zone": "tz",
    "drip": "time",
    "hour": "time",
    "date": "interview",
    "seniority": "level",
}
SHOWN = {"drip_time": "time", "interview_date": "interview", "seniority": "level", "drip_days": "days"}


async def cmd_settings(ctx: Ctx, args: list[str]) -> list[Reply]:
    L = ctx.learner
    if not args:
        return [
            say(
                f"Your settings: tz={L.tz} time={L.drip_time} "
                f"interview={L.interview_date.isoformat() if L.interview_date else 'none'} level={L.seniority} "
                f"days={L.drip_days or 'every day'}"
                f"{' (paused)' if L.paused else ''}.\nChange with `/coach settings tz=Europe/Berlin "
                "time=08:30 interview=2027-06-30 level=senior` (any subset)."
            )
        ]
    changes: dict[str, Any] = {}
    problems: list[str] = []
    notes: list[str] = []
    interview_said: str | None = None
    for k, v in _pairs(" ".join(args), problems):
        k = ALIASES.get(k, k)
        if k == "tz":
            zone = ctx.svc.zones.read(v, at=ctx.now)
            if zone.ok and zone.value:
                changes["tz"] = zone.value
                notes += [zone.note] if zone.note else []
            else:
                problems.append(zone.hint or "unknown timezone")
        elif k == "time":
            at = read_time_of_day(v)
            if at.ok and at.value:
                changes["drip_time"] = at.value.strftime("%H:%M")
                notes += [at.note] if at.note else []
            else:
                problems.append(at.hint or "unknown time")
        elif k == "interview":
            interview_said = v  # read below, against today in the timezone being set, if any
        elif k == "days":
            days = read_days(v)
            if days.ok and days.value:
                changes["drip_days"] = None if len(days.value) == 7 else days_text(days.value)
            else:
                problems.append(days.hint or "unknown days")
        elif k == "level":
            if v.lower() not in LEVELS:
                problems.append(f"The level must be junior, senior or staff, not “{neutralize(v, 20)}”.")
            else:
                changes["seniority"] = v.lower()
        else:
            problems.append(f"I don't know the setting `{neutralize(k, 30)}` (use tz, time, interview, level, days).")
    if interview_said is not None:
        try:
            changes["interview_date"], note = parse_interview(interview_said, ctx.now, changes.get("tz", L.tz))
            notes += [note] if note else []
        except ValueError as e:
            problems.append(str(e))
    if problems:
        return [oops("Nothing changed. " + " ".join(problems))]
    for k, v in changes.items():
        setattr(L, k, v)
    moved = None
    if "interview_date" in changes or "seniority" in changes:
        redraw(L, ctx.now)
        moved = align_phase(L, ctx.now)
        if moved:
            ctx.conv.queue = None
    reschedule(L, ctx.now)
    shown = ", ".join(
        f"{SHOWN.get(k, k)}={v.isoformat() if isinstance(v, date) else (v if v is not None else _NONE.get(k, 'none'))}"
        for k, v in changes.items()
    )
    drill = next_drill_at(L, ctx.now)
    nxt = f" Next drill: {fmt_local(L, drill)}." if drill and not L.paused else ""
    understood = "".join(f"{n}\n" for n in notes)
    return [say(f"{understood}Saved: {shown}.{nxt}" + (f"\n{moved}" if moved else ""))]


_PAIR = re.compile(r"([A-Za-z_]+)\s*[=:]\s*")


def _pairs(text: str, problems: list[str]) -> list[tuple[str, str]]:
    """``key=value`` pairs; a value runs to the next key, so `tz=new york time=7 pm` works. `tz: UTC`
    and `tz = UTC` are the same."""
    marks = list(_PAIR.finditer(text))
    if not marks:
        problems.append(f"`{neutralize(text, 40)}` needs the form key=value, like `tz=Europe/Berlin`.")
        return []
    lead = text[: marks[0].start()].strip()
    if lead:
        problems.append(f"`{neutralize(lead, 40)}` needs the form key=value, like `time=08:30`.")
    out = []
    for i, m in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(text)
        value = text[m.end() : end].strip()
        if not value:
            problems.append(f"`{neutralize(m.group(1), 30)}` needs a value, like `{m.group(1)}=…`.")
            continue
        out.append((m.group(1).lower(), value))
    return out


async def cmd_pause(ctx: Ctx, args: list[str]) -> list[Reply]:
    ctx.learner.paused = True
    return [say("Paused: no daily drills until you send `/coach resume`. Your progress is kept.")]


async def cmd_resume(ctx: Ctx, args: list[str]) -> list[Reply]:
    L = ctx.learner
    if not L.onboarded:
        return [say("There's nothing to resume yet: send `/coach start` to set up.")]
    ctx.conv.door_closed = None
    if not L.paused:
        drill = fmt_local(L, next_drill_at(L, ctx.now))
        return [say(f"You're not paused: your drills keep coming. Next one: {drill}.")]
    L.paused = False
    reschedule(L, ctx.now)
    return [say(f"Welcome back! Next drill: {fmt_local(L, next_drill_at(L, ctx.now))}.")]
