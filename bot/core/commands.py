"""Every command, declared once.

The router, `/coach help`, the README's command table and (in their adapters) the Slack manifest's
slash commands and the Discord application-command tree are all generated from ``COMMANDS``.

The shape fits both platforms: a command is a path of at most three words (``/coach group join``), a
top-level command holds at most 25 sub-commands, and a sub-command group is never run bare on
Discord (so the group ``/coach mock`` has ``booked``, ``done`` and ``cancel``). Console and Slack
also accept every ``/coach <sub>`` as ``/<sub>``, and every top-level command as ``/coach <name>``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from bot.core.context import Ctx, Handler, say
from bot.core.flows import (
    board_post,
    design,
    drill,
    export,
    forget,
    groups,
    guide,
    history,
    mock,
    more,
    onboarding,
    peer_mock,
    phase_gates,
    preferences,
    privacy,
    readiness_report,
    snooze,
    stories,
    timeline,
    today,
)
from bot.core.inputs.weekdays import DAY_KEYS
from bot.core.messages import Reply

ROOT = "coach"
ROOT_ALIASES = ("coach", "prepdrip")
NAME_RE = re.compile(r"^[a-z][a-z0-9_-]{0,31}$")  # Discord's rule for command and option names
MAX_HELP = 100  # Discord's limit for a description


@dataclass(frozen=True, slots=True)
class Arg:
    """One argument. ``word`` is a single token, ``text`` the rest of the line, ``option`` a
    ``key=value`` pair (a named option on Discord)."""

    name: str
    help: str
    kind: Literal["word", "text", "int", "option"] = "word"
    choices: tuple[str, ...] = ()
    source: str | None = None  # where autocomplete values come from: "topics", "timezones", "criteria"
    required: bool = False


@dataclass(frozen=True, slots=True)
class Command:
    path: tuple[str, ...]  # ("coach", "today"), ("coach", "mock", "booked"), ("readiness",)
    help: str  # one line, at most 100 characters
    handler: Handler
    args: tuple[Arg, ...] = ()
    needs_profile: bool = True  # refuse (and point to /coach start) until onboarding is done
    private: bool = True  # answer only to the user (ephemeral, or in the DM); False: visible in the channel

    @property
    def usage(self) -> str:
        parts = ["/" + " ".join(self.path)]
        for a in self.args:
            shown = f"{a.name}=…" if a.kind == "option" else "|".join(a.choices) if a.choices else a.name
            parts.append(shown if a.required else f"[{shown}]")
        return " ".join(parts)


async def cmd_help(ctx: Ctx, args: list[str]) -> list[Reply]:
    return [say(help_text())]


LEVELS = ("junior", "senior", "staff")

COMMANDS: tuple[Command, ...] = (
    Command(
        ("coach", "start"),
        "Set up (again to restart): four yes/no questions, interview date, timezone, time, level",
        onboarding.cmd_start,
        needs_profile=False,
    ),
    Command(("coach", "today"), "Today's set: due reviews first, then something new from your phase", today.cmd_today),
    Command(("coach", "plan"), "Your phase timeline and the next 7 drill times", timeline.cmd_plan),
    Command(
        ("coach", "practice"),
        "A prompt right now, outside the drip: a topic, a prompt id or a round (`design`)",
        today.cmd_practice,
        args=(Arg("topic", "a topic, a round or a prompt id (see /coach topics)", kind="text", source="topics"),),
    ),
    Command(("coach", "topics"), "The topics you can practise", today.cmd_topics, needs_profile=False),
    Command(("coach", "done"), "Finish a system design answer sent over several messages", design.cmd_done),
    Command(("coach", "hint"), "A hint for the open coding drill", drill.cmd_hint),
    Command(("coach", "skip"), "Skip the open prompt", today.cmd_skip),
    Command(
        ("coach", "more"),
        "The rest of the last feedback: every point, what strong looks like, the solution",
        more.cmd_more,
    ),
    Command(
        ("coach", "check"),
        "This phase's exit criteria; tick one yourself by number",
        phase_gates.cmd_check,
        args=(Arg("criterion", "the criterion's number or id", source="criteria"),),
    ),
    Command(
        ("coach", "uncheck"),
        "Take back your own tick of an exit criterion",
        phase_gates.cmd_uncheck,
        args=(Arg("criterion", "the criterion's number or id", source="criteria", required=True),),
    ),
    Command(("coach", "advance"), "Move to the next phase even if criteria are open", phase_gates.cmd_advance),
    Command(("coach", "stories"), "Your behavioral story inventory", stories.cmd_stories),
    Command(
        ("coach", "history"),
        "Your past answers, newest first, and how your coverage moved",
        history.cmd_history,
        args=(Arg("topic", "a topic, prompt id or round; a number after it pages back", kind="text", source="topics"),),
    ),
    Command(
        ("coach", "export"),
        "Your answers, stories, ratings, plan and progress as JSON and Markdown files, in your DM",
        export.cmd_export,
        needs_profile=False,
    ),
    Command(
        ("coach", "delete-my-data"),
        "Delete everything the coach keeps about you (asks you to confirm)",
        forget.cmd_delete_my_data,
        needs_profile=False,
    ),
    Command(("coach", "tips"), "Resources for your phase, common prep mistakes and their fixes", guide.cmd_tips),
    Command(("coach", "mock", "booked"), "You booked a mock interview (stops the booking reminders)", mock.cmd_booked),
    Command(("coach", "mock", "done"), "You did a mock interview (self-reported until a peer confirms)", mock.cmd_done),
    Command(("coach", "mock", "cancel"), "Take back a booked or done mock", mock.cmd_cancel),
    Command(
        ("coach", "mock", "pair"),
        "Be paired with a group member for a peer mock (Phase 4, final two weeks)",
        peer_mock.cmd_pair,
        args=(Arg("action", "cancel: leave the waiting list", choices=("cancel",)),),
    ),
    Command(
        ("coach", "mock", "rate"),
        "Rate your peer-mock partner 1-4 on structure, depth, communication",
        peer_mock.cmd_rate,
        args=(Arg("rating", "three scores and a note, like: 3 4 3 clear steps; or no-show", kind="text"),),
    ),
    Command(
        ("coach", "settings"),
        "Show or change your settings (all or nothing)",
        preferences.cmd_settings,
        args=(
            Arg("tz", "your timezone, an IANA name like Europe/Berlin", kind="option", source="timezones"),
            Arg("time", "daily drill time, HH:MM", kind="option"),
            Arg("interview", "interview date, YYYY-MM-DD or none", kind="option"),
            Arg("level", "the level you interview for", kind="option", choices=LEVELS),
            Arg("days", "the days you want drills: mon-fri, weekdays, every day", kind="option"),
        ),
    ),
    Command(
        ("coach", "later"),
        "Snooze today's drill once: in two hours, or at a time you give",
        snooze.cmd_later,
        args=(Arg("time", "a time later today, like 18:30"),),
    ),
    Command(("coach", "pause"), "Stop the daily drip (progress is kept)", preferences.cmd_pause, needs_profile=False),
    Command(("coach", "resume"), "Restart the daily drip", preferences.cmd_resume, needs_profile=False),
    Command(("coach", "help"), "The list of commands", cmd_help, needs_profile=False),
    Command(("coach", "group", "join"), "Join the study group of this channel", groups.cmd_join),
    Command(("coach", "group", "leave"), "Leave the study group of this channel", groups.cmd_leave),
    Command(
        ("coach", "group", "show"),
        "This group: members' phase mix, timezone, how points work",
        groups.cmd_show,
        needs_profile=False,
    ),
    Command(
        ("coach", "group", "tz"),
        "The timezone this group's week runs on",
        groups.cmd_tz,
        args=(Arg("timezone", "an IANA name like Europe/Berlin", kind="text", source="timezones"),),
    ),
    Command(
        ("coach", "group", "post"),
        "Post this group's board weekly here: a day and a time, or off",
        board_post.cmd_post,
        args=(
            Arg("day", "mon … sun, or off", choices=(*DAY_KEYS, "off")),
            Arg("time", "a time in the group's timezone, like 09:00"),
        ),
    ),
    Command(("coach", "privacy", "hidden"), "Keep yourself off public leaderboards", privacy.cmd_hidden),
    Command(("coach", "privacy", "visible"), "Show yourself on your groups' leaderboards", privacy.cmd_visible),
    Command(
        ("coach", "privacy", "llm"),
        "Where your answers go for grading; off keeps them here",
        privacy.cmd_llm,
        args=(Arg("switch", "off: grade my answers locally only; on: use the LLM judge too", choices=("on", "off")),),
        needs_profile=False,
    ),
    Command(
        ("readiness",),
        "Readiness per round, days left and your calibration gap",
        readiness_report.cmd_readiness,
        needs_profile=False,
        private=False,
    ),
    Command(
        ("leaderboard",),
        "Your study group's points and streaks",
        groups.cmd_leaderboard,
        needs_profile=False,
        private=False,
    ),
)


def by_path() -> dict[tuple[str, ...], Command]:
    return {c.path: c for c in COMMANDS}


def subcommands(prefix: tuple[str, ...]) -> Iterator[Command]:
    n = len(prefix)
    return (c for c in COMMANDS if len(c.path) > n and c.path[:n] == prefix)


def help_text() -> str:
    lines = ["*PrepDrip commands*"]
    lines += [f"`{c.usage}` — {c.help}" for c in COMMANDS]
    lines.append("Every `/coach X` also works as `/X`. After an answer, rate it: Again / Hard / Good / Easy.")
    return "\n".join(lines)


def markdown_table() -> str:
    """The README's command table."""
    rows = ["| command | what it does |", "|---|---|"]
    rows += [f"| `{c.usage.replace('|', '&#124;')}` | {c.help} |" for c in COMMANDS]
    return "\n".join(rows)
