"""The application-command tree, generated from the core's command table, and an invocation turned
back into the text the console would type.

``/coach today`` is the sub-command ``today`` of the command ``coach``; ``/coach mock booked`` the
sub-command ``booked`` of the group ``mock``; ``/readiness`` a command of its own. An argument is a
string option (an integer one for ``int``), with the table's choices, or autocomplete from its
``source``. ``/coach settings tz:Europe/Berlin time:08:30`` comes back as
``/coach settings tz=Europe/Berlin time=08:30``, exactly what the router parses on every platform.
"""

from __future__ import annotations

import inspect
import logging
import shlex
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any

import discord
from discord import app_commands

from bot.core.commands import COMMANDS, Arg, Command

log = logging.getLogger(__name__)

OnCommand = Callable[[discord.Interaction[Any], str, bool], Awaitable[None]]
Complete = Callable[[discord.Interaction[Any], str, str], Awaitable[list[tuple[str, str]]]]

CONTEXTS = app_commands.AppCommandContext(guild=True, dm_channel=True, private_channel=False)
INSTALLS = app_commands.AppInstallationType(guild=True, user=False)
MAX_DESCRIPTION = 100


def invocation_text(cmd: Command, values: dict[str, Any]) -> str:
    """The console text for ``cmd`` with the option values Discord sent (absent ones left out)."""
    words = ["/" + " ".join(cmd.path)]
    for arg in cmd.args:
        value = values.get(arg.name)
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        shown = str(value).strip()
        words.append(f"{arg.name}={shlex.quote(shown)}" if arg.kind == "option" else shlex.quote(shown))
    return " ".join(words)


def _group_description(children: list[str]) -> str:
    text = " · ".join(children)
    return text if len(text) <= MAX_DESCRIPTION else text[: MAX_DESCRIPTION - 1] + "…"


def build_commands(
    on_command: OnCommand, complete: Complete
) -> list[app_commands.Command[Any, ..., Any] | app_commands.Group]:
    """Top-level commands and groups, in the table's order."""
    tops: dict[str, app_commands.Command[Any, ..., Any] | app_commands.Group] = {}
    groups: dict[tuple[str, ...], app_commands.Group] = {}
    for cmd in COMMANDS:
        top = cmd.path[0]
        if len(cmd.path) == 1:
            tops[top] = _command(cmd, on_command, complete, parent=None)
            continue
        parent = groups.get(cmd.path[:1])
        if parent is None:
            names = [" ".join(c.path[1:2]) for c in COMMANDS if c.path[0] == top]
            parent = app_commands.Group(
                name=top,
                description=_group_description(list(dict.fromkeys(names))),
                allowed_contexts=CONTEXTS,
                allowed_installs=INSTALLS,
            )
            groups[cmd.path[:1]] = tops[top] = parent
        if len(cmd.path) == 3:
            sub = groups.get(cmd.path[:2])
            if sub is None:
                names = [c.path[2] for c in COMMANDS if c.path[:2] == cmd.path[:2]]
                sub = app_commands.Group(name=cmd.path[1], description=_group_description(names))
                parent.add_command(sub)
                groups[cmd.path[:2]] = sub
            parent = sub
        parent.add_command(_command(cmd, on_command, complete, parent=parent))
    return list(tops.values())


def _command(
    cmd: Command, on_command: OnCommand, complete: Complete, *, parent: app_commands.Group | None
) -> app_commands.Command[Any, ..., Any]:
    async def callback(interaction: discord.Interaction[Any], **values: Any) -> None:
        await on_command(interaction, invocation_text(cmd, values), cmd.private)

    params = [inspect.Parameter("interaction", inspect.Parameter.POSITIONAL_OR_KEYWORD, annotation=discord.Interaction)]
    ordered = sorted(cmd.args, key=lambda a: not a.required)  # Discord wants required options first
    for arg in ordered:
        params.append(
            inspect.Parameter(
                arg.name,
                inspect.Parameter.KEYWORD_ONLY,
                annotation=int if arg.kind == "int" else str,
                default=inspect.Parameter.empty if arg.required else None,
            )
        )
    callback.__signature__ = inspect.Signature(params)  # type: ignore[attr-defined]
    if cmd.args:
        app_commands.describe(**{a.name: a.help for a in cmd.args})(callback)
    with_choices = {a.name: [app_commands.Choice(name=c, value=c) for c in a.choices] for a in cmd.args if a.choices}
    if with_choices:
        app_commands.choices(**with_choices)(callback)
    command: app_commands.Command[Any, ..., Any] = app_commands.Command(
        name=cmd.path[-1],
        description=cmd.help,
        callback=callback,
        allowed_contexts=CONTEXTS if parent is None else None,
        allowed_installs=INSTALLS if parent is None else None,
    )
    for arg in cmd.args:
        if arg.source and not arg.choices:
            command.autocomplete(arg.name)(_completer(arg, complete))
    return command


def _completer(
    arg: Arg, complete: Complete
) -> Callable[[discord.Interaction[Any], str], Coroutine[Any, Any, list[app_commands.Choice[str]]]]:
    source = arg.source or ""

    async def suggest(interaction: discord.Interaction[Any], current: str) -> list[app_commands.Choice[str]]:
        found = await complete(interaction, source, current)
        return [app_commands.Choice(name=label[:100], value=value[:100]) for label, value in found[:25]]

    return suggest
