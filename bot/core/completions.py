"""Values to suggest while a user types a command argument, from the argument's ``source`` in the
command table: a platform with autocomplete (Discord) asks here, so the suggestions are the same
values the core accepts, and no adapter keeps its own list."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import available_timezones

from bot.core.context import KIND_LABEL, ROUND_WORDS
from bot.core.engine import Coach
from bot.core.messages import LearnerRef

MAX_SUGGESTIONS = 25  # Discord's limit for autocomplete choices
ROUNDS = ("theory", "coding", "design", "behavioral")  # the round names offered beside the topics


async def suggestions(
    coach: Coach, who: LearnerRef, source: str, typed: str, now: datetime, limit: int = MAX_SUGGESTIONS
) -> list[tuple[str, str]]:
    """``(label, value)`` pairs whose value the command accepts, best first; at most ``limit``."""
    typed = typed.strip()
    if source == "topics":
        out = _topics(coach, typed)
    elif source == "timezones":
        out = _timezones(coach, typed, now)
    elif source == "criteria":
        out = await _criteria(coach, who, typed)
    else:
        out = []
    return out[:limit]


def _topics(coach: Coach, typed: str) -> list[tuple[str, str]]:
    key = typed.lower().replace(" ", "-").replace("_", "-")
    topics = coach.cur.topics()
    rounds = [(f"{w} (any {KIND_LABEL[ROUND_WORDS[w]]} prompt)", w) for w in ROUNDS if key in w]
    out = rounds + [(f"{t} ({len(ids)} prompts)", t) for t, ids in topics.items() if key in t]
    if key:  # a prompt id, once the typing looks like one
        out += [(pid, pid) for ids in topics.values() for pid in ids if pid.startswith(key)]
    return out


def _timezones(coach: Coach, typed: str, now: datetime) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    if typed:
        reading = coach.svc.zones.read(typed, at=now)  # "Berlin", "new york", "CET"
        if reading.ok and reading.value:
            out.append((reading.value, reading.value))
    low = typed.lower().replace(" ", "_")
    names = sorted(z for z in available_timezones() if low in z.lower() and not z.startswith(("Etc/", "SystemV/")))
    names.sort(key=lambda z: (not z.lower().split("/")[-1].startswith(low), z))  # the city first
    out += [(z, z) for z in names if (z, z) not in out]
    return out


async def _criteria(coach: Coach, who: LearnerRef, typed: str) -> list[tuple[str, str]]:
    async with coach.uow() as uow:
        learner = await uow.get_learner(who)
    phase = coach.cur.phase(learner.phase or 1) if learner is not None and learner.phase else None
    if phase is None:
        return []
    low = typed.lower()
    out = []
    for i, c in enumerate(phase.exit_criteria, 1):
        label = f"{i}. {c.text}"
        if not low or low in label.lower() or low == c.id:
            out.append((label if len(label) <= 100 else label[:99] + "…", str(i)))
    return out
