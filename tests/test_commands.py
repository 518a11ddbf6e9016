"""The one command table: the router, `/coach help` and the README are generated from it, and its
shape fits both platforms (Discord: at most 25 sub-commands, names of 1-32 lowercase characters,
descriptions up to 100 characters, no bare sub-command group)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.core.commands import COMMANDS, MAX_HELP, NAME_RE, ROOT, help_text, markdown_table, subcommands
from bot.core.router import resolve
from tests.conftest import onboard, texts

README = Path(__file__).resolve().parents[1] / "README.md"


def test_readme_command_table_is_generated_from_the_table() -> None:
    text = README.read_text(encoding="utf-8")
    m = re.search(r"<!-- commands:start -->\n(.*?)\n<!-- commands:end -->", text, re.S)
    assert m, "README lacks the generated command table markers"
    assert m.group(1).strip() == markdown_table().strip(), "regenerate with `prepdrip commands --markdown`"


async def test_help_lists_every_command(console) -> None:
    t = texts(await console.say("/coach help"))
    assert t == help_text()
    for c in COMMANDS:
        assert f"`{c.usage}`" in t


@pytest.mark.parametrize("cmd", COMMANDS, ids=lambda c: " ".join(c.path))
def test_every_declared_command_routes_to_its_handler(cmd) -> None:  # type: ignore[no-untyped-def]
    found, args, problem = resolve(list(cmd.path))
    assert problem is None and found is cmd and args == []
    if cmd.path[0] == ROOT and len(cmd.path) == 2:  # "/today" is "/coach today"
        assert resolve([cmd.path[1]])[0] is cmd
    if cmd.path[0] != ROOT:  # "/coach readiness" is "/readiness"
        assert resolve([ROOT, *cmd.path])[0] is cmd


def test_the_shape_fits_discord_and_slack() -> None:
    tops = {c.path[0] for c in COMMANDS}
    for top in tops:
        direct = {c.path[1] for c in subcommands((top,))}
        assert len(direct) <= 25, f"/{top} has {len(direct)} sub-commands"
    for c in COMMANDS:
        assert 1 <= len(c.path) <= 3
        assert all(NAME_RE.match(w) for w in c.path), c.path
        assert 1 <= len(c.help) <= MAX_HELP, c.path
        for a in c.args:
            assert NAME_RE.match(a.name) and 1 <= len(a.help) <= MAX_HELP
            assert len(a.choices) <= 25
        # a group is never also a command (Discord cannot run a sub-command group bare)
        assert not any(True for _ in subcommands(c.path)), f"{c.path} is both a command and a group"


def test_names_the_issues_use_are_declared() -> None:
    paths = {" ".join(c.path) for c in COMMANDS}
    assert {"coach mock booked", "coach mock done", "coach more", "readiness", "leaderboard"} <= paths


async def test_unknown_commands_get_a_friendly_answer_that_pings_nobody(console) -> None:
    await onboard(console)
    r = await console.say("/coach @everyone")
    assert r[0].kind == "error" and "@everyone" not in r[0].text and "isn't a command" in r[0].text
    r = await console.say("/nope")
    assert r[0].kind == "error" and "/coach" in r[0].text


@pytest.mark.parametrize(
    "typed, meant",
    [
        ("/coach practise design", "`/coach practice design`"),  # the British spelling the coach itself uses
        ("/coach histroy", "`/coach history`"),
        ("/readines", "`/readiness`"),
        ("/coach readyness", "`/readiness`"),
        ("/leaderbord", "`/leaderboard`"),
        ("/coach stop", "`/coach pause`"),
        ("/coach setings tz=london", "`/coach settings tz=london`"),
    ],
)
async def test_a_mistyped_command_gets_the_one_it_meant(console, typed: str, meant: str) -> None:
    await onboard(console)
    r = await console.say(typed)
    assert r[0].kind == "error" and f"Did you mean {meant}?" in r[0].text


async def test_a_suggestion_echoes_no_ping_and_nonsense_gets_the_list(console) -> None:
    await onboard(console)
    t = (await console.say("/coach practise @everyone <@U123>"))[0].text
    assert "Did you mean `/coach practice" in t and "@everyone" not in t and "<@U123>" not in t
    for typed in ("/coach zzz", "/coach dance"):  # `dance` is not a slip for `advance`
        t = (await console.say(typed))[0].text
        assert "Did you mean" not in t and "`practice`" in t


async def test_stop_in_the_dm_points_to_pause(console) -> None:
    await onboard(console)
    t = texts(await console.say("stop"))
    assert "/coach pause" in t
