"""The learner's settings (timezone, daily time, interview date, level), pausing and resuming."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from bot.core.context import Ctx, fmt_local, oops, say
from bot.core.flows.onboarding import LEVELS, parse_interview
from bot.core.flows.timeline import align_phase, redraw, reschedule
from bot.core.messages import Reply, neutralize
from bot.core.plan import parse_hhmm

ALIASES = {
    "timezone": "tz",
    "zone": "tz",
    "drip": "time",
    "hour": "time",
    "date": "interview",
    "seniority": "level",
}
SHOWN = {"drip_time": "time", "interview_date": "interview", "seniority": "level"}


async def cmd_settings(ctx: Ctx, args: list[str]) -> list[Reply]:
    L = ctx.learner
    if not args:
        return [
            say(
                f"Your settings: tz={L.tz} time={L.drip_time} "
                f"interview={L.interview_date.isoformat() if L.interview_date else 'none'} level={L.seniority}"
                f"{' (paused)' if L.paused else ''}.\nChange with `/coach settings tz=Europe/Berlin "
                "time=08:30 interview=2027-06-30 level=senior` (any subset)."
            )
        ]
    changes: dict[str, Any] = {}
    problems: list[str] = []
    # "tz=UTC", "tz = UTC" and "tz: UTC" all work
    joined = re.sub(r"\s*=\s*", "=", " ".join(args))
    joined = re.sub(r"\b([A-Za-z_]+):\s*", r"\1=", joined)
    for a in joined.split():
        if "=" not in a or a.startswith("=") or a.endswith("="):
            problems.append(f"`{neutralize(a, 40)}` needs the form key=value")
            continue
        k, v = a.split("=", 1)
        k = ALIASES.get(k.strip().lower(), k.strip().lower())
        if k == "tz":
            tz = ctx.svc.zones.canonical(v)
            if tz is None:
                problems.append(f"unknown timezone “{neutralize(v, 60)}” (use an IANA name like Europe/Berlin)")
            else:
                changes["tz"] = tz
        elif k == "time":
            t = parse_hhmm(v)
            if t is None:
                problems.append(f"“{neutralize(v, 20)}” isn't a time (use HH:MM, 24-hour, like 08:30)")
            else:
                changes["drip_time"] = t.strftime("%H:%M")
        elif k == "interview":
            try:
                changes["interview_date"] = parse_interview(v, ctx.now)
            except ValueError as e:
                problems.append(str(e))
        elif k == "level":
            if v.lower() not in LEVELS:
                problems.append(f"level must be junior, senior or staff, not “{neutralize(v, 20)}”")
            else:
                changes["seniority"] = v.lower()
        else:
            problems.append(f"I don't know the setting `{neutralize(k, 30)}` (use tz, time, interview, level)")
    if problems:
        return [oops("Nothing changed: " + "; ".join(problems) + ".")]
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
        f"{SHOWN.get(k, k)}={v.isoformat() if isinstance(v, date) else (v if v is not None else 'none')}"
        for k, v in changes.items()
    )
    nxt = f" Next drill: {fmt_local(L, L.next_drip_at)}." if L.next_drip_at and not L.paused else ""
    return [say(f"Saved: {shown}.{nxt}" + (f"\n{moved}" if moved else ""))]


async def cmd_pause(ctx: Ctx, args: list[str]) -> list[Reply]:
    ctx.learner.paused = True
    return [say("Paused: no daily drills until you send `/coach resume`. Your progress is kept.")]


async def cmd_resume(ctx: Ctx, args: list[str]) -> list[Reply]:
    L = ctx.learner
    if not L.onboarded:
        return [say("There's nothing to resume yet: send `/coach start` to set up.")]
    if not L.paused:
        return [say(f"You're not paused: your drills keep coming. Next one: {fmt_local(L, L.next_drip_at)}.")]
    L.paused = False
    reschedule(L, ctx.now)
    return [say(f"Welcome back! Next drill: {fmt_local(L, L.next_drip_at)}.")]
