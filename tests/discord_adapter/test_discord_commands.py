"""The application commands Discord gets are the core's command table: same paths, help, options,
choices and autocomplete; an invocation comes back as the text the console would type."""

from __future__ import annotations

from typing import Any

import pytest

from bot.adapters.discord.discord_commands import invocation_text
from bot.core.commands import COMMANDS, by_path
from tests.discord_adapter.conftest import Discord, onboard
from tests.fakes.discord_fake import FakeDiscord, FakeGuild, FakeUser


def _tree(commands: list[dict[str, Any]]) -> dict[tuple[str, ...], dict[str, Any]]:
    """Every leaf command by its path."""
    out: dict[tuple[str, ...], dict[str, Any]] = {}

    def walk(prefix: tuple[str, ...], node: dict[str, Any]) -> None:
        subs = [o for o in node.get("options") or [] if o["type"] in (1, 2)]
        if not subs:
            out[(*prefix, node["name"])] = node
        for sub in subs:
            walk((*prefix, node["name"]), sub)

    for c in commands:
        walk((), c)
    return out


async def test_the_synced_tree_is_the_command_table(fake: FakeDiscord, bot: object) -> None:
    [put] = fake.calls_to(f"PUT /applications/{fake.application_id}/commands")
    synced = _tree(put.json)
    assert set(synced) == {c.path for c in COMMANDS}
    assert sorted(c["name"] for c in put.json) == ["coach", "leaderboard", "readiness"]
    for cmd in COMMANDS:
        node = synced[cmd.path]
        assert node["description"] == cmd.help
        options = {o["name"]: o for o in node.get("options") or []}
        assert set(options) == {a.name for a in cmd.args}, cmd.path
        for arg in cmd.args:
            option = options[arg.name]
            assert option["description"] == arg.help
            assert option["type"] == (4 if arg.kind == "int" else 3)
            assert option.get("required", False) == arg.required
            assert [c["value"] for c in option.get("choices") or []] == list(arg.choices)
            assert option.get("autocomplete", False) == bool(arg.source and not arg.choices)
    [coach] = [c for c in put.json if c["name"] == "coach"]
    [mock] = [o for o in coach["options"] if o["name"] == "mock"]
    names = [o["name"] for o in mock["options"]]
    assert mock["type"] == 2 and names == ["booked", "done", "cancel", "pair", "rate"]
    assert coach["contexts"] == [0, 1]  # servers and the bot's DM
    assert fake.commands()  # registered globally: DMs see only global commands


@pytest.mark.parametrize(
    ("path", "values", "text"),
    [
        (
            ("coach", "settings"),
            {"tz": "Europe/Berlin", "time": "08:30"},
            "/coach settings tz=Europe/Berlin time=08:30",
        ),
        (("coach", "settings"), {"tz": "New York", "level": None}, "/coach settings tz='New York'"),
        (("coach", "mock", "booked"), {}, "/coach mock booked"),
        (("coach", "today"), {}, "/coach today"),
        (("coach", "practice"), {"topic": "bias-variance"}, "/coach practice bias-variance"),
        (("coach", "uncheck"), {"criterion": "2"}, "/coach uncheck 2"),
        (("readiness",), {}, "/readiness"),
    ],
)
def test_an_invocation_is_the_consoles_text(path: tuple[str, ...], values: dict[str, Any], text: str) -> None:
    assert invocation_text(by_path()[path], values) == text


async def test_dev_guild_sync_registers_in_that_server_only(
    fake: FakeDiscord, discord_env: Discord, guild: FakeGuild, ada: FakeUser
) -> None:
    async with discord_env.running(discord_env.client(discord_dev_guild=guild.id)):
        assert fake.commands() == []
        assert {c["name"] for c in fake.commands(guild)} == {"coach", "readiness", "leaderboard"}
        it = await fake.slash_command("coach help", user=ada, channel=guild.channel("general"))
        assert it.payload["data"]["guild_id"] == str(guild.id)
        [help_text] = await it.wait_followups(1)
        assert "PrepDrip commands" in help_text["content"]


async def test_timezones_and_topics_autocomplete(fake: FakeDiscord, bot: object, ada: FakeUser) -> None:
    it = await fake.autocomplete("coach settings", {"tz": "berl"}, focused="tz", user=ada)
    answer = await it.wait_callback()
    assert answer["type"] == 8
    assert answer["data"]["choices"][0] == {"name": "Europe/Berlin", "value": "Europe/Berlin"}
    it = await fake.autocomplete("coach practice", {"topic": "bias"}, focused="topic", user=ada)
    choices = (await it.wait_callback())["data"]["choices"]
    assert choices[0]["value"] == "bias-variance" and 1 <= len(choices) <= 25
    assert all(c["value"].startswith(("bias-variance", "th-")) or "bias" in c["value"] for c in choices)
    it = await fake.autocomplete("coach practice", {"topic": "des"}, focused="topic", user=ada)
    choices = (await it.wait_callback())["data"]["choices"]
    assert choices[0] == {"name": "design (any ML system design prompt)", "value": "design"}


async def test_criteria_autocomplete_lists_the_learners_phase(
    fake: FakeDiscord, discord_env: Discord, bot: object, ada: FakeUser
) -> None:
    await onboard(discord_env, ada, answers="yynn")  # Phase 2
    it = await fake.autocomplete("coach check", {"criterion": ""}, focused="criterion", user=ada)
    choices = (await it.wait_callback())["data"]["choices"]
    criteria = discord_env.coach.cur.phase(2).exit_criteria
    assert [c["value"] for c in choices] == [str(i) for i in range(1, len(criteria) + 1)]
    assert [c["name"][:40] for c in choices] == [f"{i}. {c.text}"[:40] for i, c in enumerate(criteria, 1)]
    assert all(len(c["name"]) <= 100 for c in choices)
    assert criteria != discord_env.coach.cur.phase(1).exit_criteria
