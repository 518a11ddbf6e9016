"""The fake Discord, proven with the real discord.py 2.7: a `discord.Client` with a `CommandTree`
connects over zlib-stream, syncs, gets DMs and interactions, and its REST calls land as Discord would
take them. Each test can fail: it asserts the value a broken fake (or a changed discord.py) would change.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import zlib
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import discord
import pytest
from discord import app_commands

from tests.fakes.discord_fake import (
    DIRECT_MESSAGES,
    MESSAGE_CONTENT,
    FakeDiscord,
    FakeDiscordUsageError,
    FakeGuild,
    FakeUser,
    running_fake_discord,
    zstd_available,
)

RATE_GOOD = "prepdrip:rate:good"


@pytest.fixture
async def fake() -> AsyncIterator[FakeDiscord]:
    async with running_fake_discord(heartbeat_interval=0.2) as fake:
        yield fake


@pytest.fixture
def ada(fake: FakeDiscord) -> FakeUser:
    return fake.add_user("ada", global_name="Ada L.")


@pytest.fixture
def guild(fake: FakeDiscord, ada: FakeUser) -> FakeGuild:
    return fake.add_guild("ml-study", channels=["general", "drills"], members=[ada])


# --- a small bot, written the way the adapter will be ----------------------------------------------


class RatingView(discord.ui.View):
    """Persistent: no timeout and a fixed custom_id, so a press after a restart still lands."""

    def __init__(self, *, disabled: bool = False) -> None:
        super().__init__(timeout=None)
        good: discord.ui.Button[RatingView] = discord.ui.Button(
            label="Good", style=discord.ButtonStyle.success, custom_id=RATE_GOOD, disabled=disabled
        )
        good.callback = self.rate_good  # type: ignore[method-assign]
        self.add_item(good)

    async def rate_good(self, interaction: discord.Interaction) -> None:
        client = interaction.client
        assert isinstance(client, CoachBot)
        client.ratings.append((interaction.user.id, interaction.message.id if interaction.message else 0))
        await interaction.response.edit_message(view=RatingView(disabled=True))


class AnswerModal(discord.ui.Modal, title="Your answer"):
    answer: discord.ui.TextInput[AnswerModal] = discord.ui.TextInput(
        label="Answer", style=discord.TextStyle.long, max_length=4000, custom_id="answer"
    )

    def __init__(self, sink: list[str]) -> None:
        super().__init__(custom_id="prepdrip:answer")
        self.sink = sink

    async def on_submit(self, interaction: discord.Interaction) -> None:
        self.sink.append(self.answer.value)
        await interaction.response.send_message(f"Got {len(self.answer.value)} characters.", ephemeral=True)


def coach_group(bot: CoachBot) -> app_commands.Group:
    coach = app_commands.Group(name="coach", description="Your ML interview coach")

    @coach.command(name="today", description="Today's card")
    async def today(interaction: discord.Interaction) -> None:
        await interaction.response.defer()  # ack first: Discord's 3 s clock
        await interaction.followup.send("Today: bias vs variance", allowed_mentions=discord.AllowedMentions.none())

    @coach.command(name="topic", description="Pick a topic")
    @app_commands.describe(name="The topic")
    @app_commands.choices(
        name=[
            app_commands.Choice(name="Machine learning", value="ml"),
            app_commands.Choice(name="SQL", value="sql"),
            app_commands.Choice(name="System design", value="system-design"),
        ]
    )
    async def topic(interaction: discord.Interaction, name: app_commands.Choice[str]) -> None:
        bot.topics.append(name.value)
        await interaction.response.send_message(f"Topic set: {name.name}")

    @coach.command(name="answer", description="Answer today's card")
    async def answer(interaction: discord.Interaction) -> None:
        await interaction.response.send_modal(AnswerModal(bot.answers))

    @coach.command(name="progress", description="Your progress")
    async def progress(interaction: discord.Interaction) -> None:
        await interaction.response.send_message("Counting…")
        await interaction.edit_original_response(content="3 cards done, 2 due")

    @coach.command(name="late", description="Acks too late")
    async def late(interaction: discord.Interaction) -> None:
        await asyncio.sleep(0.3)
        await interaction.response.defer()

    @coach.command(name="eager", description="Follows up before acking")
    async def eager(interaction: discord.Interaction) -> None:
        await interaction.followup.send("too soon")

    return coach


class CoachBot(discord.Client):
    def __init__(self, **options: Any) -> None:
        intents = discord.Intents.default()
        intents.dm_messages = True
        intents.message_content = True
        super().__init__(intents=intents, guild_ready_timeout=0.05, **options)
        self.tree = app_commands.CommandTree(self)
        self.tree.add_command(coach_group(self))
        self.tree.on_error = self.on_tree_error  # type: ignore[method-assign]
        self.ready = asyncio.Event()
        self.resumed = asyncio.Event()
        self.inbox: list[discord.Message] = []
        self.topics: list[str] = []
        self.answers: list[str] = []
        self.ratings: list[tuple[int, int]] = []
        self.errors: list[BaseException] = []
        self.replied = asyncio.Event()

    async def setup_hook(self) -> None:
        self.add_view(RatingView())

    async def on_ready(self) -> None:
        self.ready.set()

    async def on_resumed(self) -> None:
        self.resumed.set()

    async def on_message(self, message: discord.Message) -> None:
        if message.author == self.user:
            return  # Discord echoes the bot's own messages
        self.inbox.append(message)
        await message.channel.send(f"echo: {message.content}", allowed_mentions=discord.AllowedMentions.none())

    async def on_tree_error(self, interaction: discord.Interaction, error: app_commands.AppCommandError) -> None:
        self.errors.append(error.original if isinstance(error, app_commands.CommandInvokeError) else error)


class ShardedCoachBot(discord.AutoShardedClient):
    def __init__(self) -> None:
        super().__init__(intents=discord.Intents.default(), guild_ready_timeout=0.05)
        self.ready = asyncio.Event()
        self.inbox: list[discord.Message] = []

    async def before_identify_hook(self, shard_id: int | None, *, initial: bool = False) -> None:
        return None  # discord.py sleeps 5 s before every IDENTIFY but the first

    async def on_ready(self) -> None:
        self.ready.set()

    async def on_message(self, message: discord.Message) -> None:
        self.inbox.append(message)


@contextlib.asynccontextmanager
async def running(client: CoachBot | ShardedCoachBot, fake: FakeDiscord) -> AsyncIterator[None]:
    """Run the client as a task until on_ready (bounded), and always close it."""
    task = asyncio.create_task(client.start(fake.token))
    ready = asyncio.create_task(client.ready.wait())
    try:
        done, _ = await asyncio.wait({task, ready}, timeout=5.0, return_when=asyncio.FIRST_COMPLETED)
        if task in done:
            task.result()  # raises what stopped the client
        assert ready in done, f"no on_ready within 5 s; fake problems: {fake.problems}"
        yield
    finally:
        ready.cancel()
        await client.close()
        with contextlib.suppress(asyncio.CancelledError):
            await asyncio.wait_for(task, 5.0)


@pytest.fixture
async def bot(fake: FakeDiscord, guild: FakeGuild) -> AsyncIterator[CoachBot]:
    client = CoachBot()
    async with running(client, fake):
        yield client


async def synced(bot: CoachBot, guild: FakeGuild | None = None) -> list[app_commands.AppCommand]:
    if guild is None:
        return await bot.tree.sync()
    bot.tree.copy_global_to(guild=discord.Object(guild.id))
    return await bot.tree.sync(guild=discord.Object(guild.id))


# --- gateway ------------------------------------------------------------------------------------------


async def test_client_connects_compressed_and_fires_on_ready(
    fake: FakeDiscord, bot: CoachBot, guild: FakeGuild
) -> None:
    [conn] = fake.connections
    # zlib-stream here; zstd-stream where `zstandard` is installed (discord.py[speed]); the fake speaks both.
    compression = discord.utils._ActiveDecompressionContext.COMPRESSION_TYPE
    assert conn.query == {"v": "10", "encoding": "json", "compress": compression}
    [identify] = fake.identifies
    assert identify["token"] == fake.token
    assert identify["intents"] & DIRECT_MESSAGES and identify["intents"] & MESSAGE_CONTENT
    assert "shard" not in identify  # a plain Client does not shard
    assert [f.t or f.op for f in fake.frames_where(direction="out") if f.op != 11][:3] == [10, "READY", "GUILD_CREATE"]
    await fake.wait_for_frame(op=11, n=2)  # heartbeats answered, every 0.2 s
    assert bot.user is not None and bot.user.id == fake.bot.id and bot.user.bot
    assert bot.application_id == fake.application_id
    channel = bot.get_guild(guild.id).get_channel(guild.channel("drills").id)  # type: ignore[union-attr]
    assert isinstance(channel, discord.TextChannel) and channel.name == "drills"
    assert [c.path for c in fake.calls] == ["/users/@me", "/oauth2/applications/@me"]


async def test_gateway_speaks_zlib_stream_with_one_context_per_socket(fake: FakeDiscord) -> None:
    async with (
        aiohttp.ClientSession() as session,
        session.ws_connect(fake.gateway_url + "?v=10&encoding=json&compress=zlib-stream") as ws,
    ):
        inflate = zlib.decompressobj()
        hello = await ws.receive_bytes(timeout=2)
        assert hello.endswith(b"\x00\x00\xff\xff")
        assert json.loads(inflate.decompress(hello))["d"] == {"heartbeat_interval": 200}
        await ws.send_str(json.dumps({"op": 1, "d": None}))
        ack = await ws.receive_bytes(timeout=2)
        assert ack.endswith(b"\x00\x00\xff\xff")
        assert json.loads(inflate.decompress(ack)) == {"op": 11}  # only decodable with the same context
        with pytest.raises(zlib.error):
            zlib.decompressobj().decompress(ack)


@pytest.mark.skipif(not zstd_available(), reason="no zstd module (zstandard or compression.zstd)")
async def test_gateway_speaks_zstd_stream_when_a_zstd_module_is_there(fake: FakeDiscord) -> None:
    import zstandard

    async with (
        aiohttp.ClientSession() as session,
        session.ws_connect(fake.gateway_url + "?v=10&encoding=json&compress=zstd-stream") as ws,
    ):
        unpack = zstandard.ZstdDecompressor().decompressobj()
        hello = await ws.receive_bytes(timeout=2)
        assert json.loads(unpack.decompress(hello))["op"] == 10
        await ws.send_str(json.dumps({"op": 1, "d": None}))
        assert json.loads(unpack.decompress(await ws.receive_bytes(timeout=2))) == {"op": 11}


async def test_dropped_socket_resumes_and_replays_what_was_missed(
    fake: FakeDiscord, bot: CoachBot, ada: FakeUser
) -> None:
    assert await fake.disconnect(code=4000) == 1
    await fake.message_create(ada, "sent while the bot was away")  # buffered for the session
    await asyncio.wait_for(bot.resumed.wait(), 5.0)
    [resume] = fake.frames_where(op=6, direction="in")
    [ready] = fake.frames_where(t="READY")
    assert resume.d["session_id"] == ready.d["session_id"] and resume.d["seq"] >= 2  # READY + GUILD_CREATE
    assert fake.connections[-1].path == "/resume"  # READY's resume_gateway_url
    assert len(fake.identifies) == 1  # resumed, not re-identified
    await fake.wait_for("POST /channels/*/messages")
    assert [m.content for m in bot.inbox] == ["sent while the bot was away"]


async def test_auto_sharded_client_asks_gateway_bot_and_identifies_each_shard(
    fake: FakeDiscord, guild: FakeGuild
) -> None:
    fake.recommended_shards = 2
    client = ShardedCoachBot()
    async with running(client, fake):
        assert len(fake.calls_to("GET /gateway/bot")) == 1
        assert sorted(i["shard"] for i in fake.identifies) == [[0, 2], [1, 2]]
        assert client.shard_count == 2
        home = (guild.id >> 22) % 2
        creates = fake.frames_where(t="GUILD_CREATE")
        assert [c.connection for c in creates] == [fake.connections[home].number]
        assert client.get_guild(guild.id) is not None

        ada = guild.members[-1]
        await fake.message_create(ada, "in a DM")
        await fake.message_create(ada, "in the guild", channel=guild.channel("general"))
        await fake.wait_until(lambda: len(client.inbox) == 2, 5.0, "two messages")
        dm, in_guild = fake.frames_where(t="MESSAGE_CREATE")
        assert dm.connection == fake.connections[0].number  # DMs go to shard 0 only
        assert in_guild.connection == fake.connections[home].number
        # Intents.default() has no message content intent: guild text arrives blank, DMs keep theirs.
        assert [m.content for m in client.inbox] == ["in a DM", ""]


# --- REST basics ----------------------------------------------------------------------------------------


async def test_rest_answers_json_exactly_and_checks_the_token(fake: FakeDiscord) -> None:
    async with aiohttp.ClientSession() as http:
        async with http.get(fake.api_url + "/users/@me", headers={"Authorization": f"Bot {fake.token}"}) as ok:
            assert ok.headers["Content-Type"] == "application/json"  # discord.py compares with ==
            assert (await ok.json())["id"] == str(fake.bot.id)
            assert "X-RateLimit-Bucket" in ok.headers
        async with http.get(fake.api_url + "/users/@me", headers={"Authorization": "Bot wrong"}) as denied:
            assert denied.status == 401
        async with http.get(fake.api_url + "/guilds/1/bans", headers={"Authorization": f"Bot {fake.token}"}) as nope:
            assert nope.status == 404
    assert fake.problems == ["no route for GET /guilds/1/bans"]
    fake.problems.clear()


async def test_sync_registers_global_and_guild_commands_and_keeps_ids(
    fake: FakeDiscord, bot: CoachBot, guild: FakeGuild
) -> None:
    synced_global = await synced(bot)
    synced_guild = await synced(bot, guild)

    [put_global] = fake.calls_to(f"PUT /applications/{fake.application_id}/commands")
    [put_guild] = fake.calls_to(f"PUT /applications/{fake.application_id}/guilds/{guild.id}/commands")
    for call in (put_global, put_guild):
        [coach] = call.json
        assert coach["name"] == "coach" and coach["type"] == 1
        subs = {o["name"]: o for o in coach["options"]}
        assert set(subs) == {"today", "topic", "answer", "progress", "late", "eager"}
        assert all(o["type"] == 1 for o in subs.values())
        [name] = subs["topic"]["options"]
        assert name["type"] == 3 and name["required"] is True
        assert [c["value"] for c in name["choices"]] == ["ml", "sql", "system-design"]
    assert [c.id for c in synced_global] == [int(c["id"]) for c in fake.commands()]
    assert [c.id for c in synced_guild] == [int(c["id"]) for c in fake.commands(guild)]
    assert synced_guild[0].guild_id == guild.id
    assert synced_global[0].id != synced_guild[0].id
    assert [c.id for c in await bot.tree.sync()] == [c.id for c in synced_global]  # overwrite keeps ids
    assert [c.id for c in await bot.tree.fetch_commands(guild=discord.Object(guild.id))] == [synced_guild[0].id]


# --- messages -------------------------------------------------------------------------------------------


async def test_dm_reaches_on_message_and_the_reply_mentions_nobody(
    fake: FakeDiscord, bot: CoachBot, ada: FakeUser
) -> None:
    await fake.message_create(ada, f"hi <@{ada.id}>")
    [reply] = await fake.wait_for("POST /channels/*/messages")
    [inbound] = bot.inbox
    assert isinstance(inbound.channel, discord.DMChannel) and inbound.guild is None
    assert inbound.author.id == ada.id and inbound.author.global_name == "Ada L."
    assert reply.path == f"/channels/{fake.dm_channel(ada).id}/messages"
    assert reply.json["allowed_mentions"] == {"parse": []}
    assert reply.json["content"] == f"echo: hi <@{ada.id}>"
    assert reply.response["mentions"] == []  # allowed_mentions none: ada is not pinged
    # Discord echoes the bot's reply as MESSAGE_CREATE; the bot ignores it rather than answering itself.
    await fake.message_create(ada, "second")
    await fake.wait_for("POST /channels/*/messages", n=2)
    echoes = [f for f in fake.frames_where(t="MESSAGE_CREATE") if f.d["author"]["id"] == str(fake.bot.id)]
    assert len(echoes) >= 1
    assert [m.content for m in bot.inbox] == [f"hi <@{ada.id}>", "second"]
    assert len(fake.calls_to("POST /channels/*/messages")) == 2


async def test_guild_message_carries_guild_and_member(
    fake: FakeDiscord, bot: CoachBot, ada: FakeUser, guild: FakeGuild
) -> None:
    await fake.message_create(ada, "in the open", channel=guild.channel("general"))
    [reply] = await fake.wait_for("POST /channels/*/messages")
    [inbound] = bot.inbox
    assert inbound.guild is not None and inbound.guild.id == guild.id
    assert isinstance(inbound.author, discord.Member)
    assert reply.path == f"/channels/{guild.channel('general').id}/messages"


async def test_user_send_opens_the_dm_channel_then_sends(fake: FakeDiscord, bot: CoachBot, ada: FakeUser) -> None:
    user = await bot.fetch_user(ada.id)
    sent = await user.send("Your drip for today")
    [open_dm, post] = fake.calls_to(lambda c: c.method == "POST")
    assert (open_dm.path, open_dm.json) == ("/users/@me/channels", {"recipient_id": ada.id})
    assert post.path == f"/channels/{fake.dm_channel(ada).id}/messages"
    assert sent.channel.id == fake.dm_channel(ada).id
    assert fake.message(sent.id)["content"] == "Your drip for today"


async def test_rate_limited_send_is_retried_after_retry_after(fake: FakeDiscord, bot: CoachBot, ada: FakeUser) -> None:
    fault = fake.rate_limit("POST /channels/*/messages", retry_after=0.2)
    channel = await bot.create_dm(discord.Object(ada.id))
    sent = await channel.send("after the wait")
    assert [c.status for c in fake.calls_to("POST /channels/*/messages")] == [429, 200]
    assert fault.hits == 1
    assert [m["id"] for m in fake.messages(channel.id)] == [str(sent.id)]


async def test_closed_dms_surface_as_forbidden_50007(fake: FakeDiscord, bot: CoachBot, ada: FakeUser) -> None:
    fake.fail("POST /channels/*/messages", status=403, code=50007)
    channel = await bot.create_dm(discord.Object(ada.id))
    with pytest.raises(discord.Forbidden) as raised:
        await channel.send("hello?")
    assert (raised.value.status, raised.value.code) == (403, 50007)
    assert raised.value.text == "Cannot send messages to this user"
    assert fake.messages(channel.id) == []


async def test_enforced_nonce_creates_one_message(fake: FakeDiscord, bot: CoachBot, ada: FakeUser) -> None:
    channel = await bot.create_dm(discord.Object(ada.id))
    first = await channel.send("drip 2026-11-25", nonce="drip-ada-20261125")
    second = await channel.send("drip 2026-11-25", nonce="drip-ada-20261125")
    other = await channel.send("drip 2026-11-26", nonce="drip-ada-20261126")
    assert first.id == second.id != other.id
    assert [c.json["enforce_nonce"] for c in fake.calls_to("POST /channels/*/messages")] == [True] * 3
    assert len(fake.messages(channel.id)) == 2


# --- interactions ---------------------------------------------------------------------------------------


async def test_slash_command_defers_then_the_follow_up_fills_the_deferral(
    fake: FakeDiscord, bot: CoachBot, ada: FakeUser
) -> None:
    await synced(bot)
    it = await fake.slash_command("coach today", user=ada)
    assert (await it.wait_callback())["type"] == 5
    [followup] = await it.wait_followups(1)
    [callback] = fake.calls_to(f"POST /interactions/{it.id}/*/callback")
    assert callback.query == {"with_response": "1"} and callback.status == 200
    assert callback.response["interaction"]["response_message_loading"] is True
    [webhook] = fake.calls_to(f"POST /webhooks/{fake.application_id}/*")
    assert webhook.query["wait"] == "1"
    assert webhook.json["allowed_mentions"] == {"parse": []}
    assert followup["content"] == "Today: bias vs variance"
    assert followup["id"] == callback.response["interaction"]["response_message_id"]  # no second message
    assert followup["flags"] == 0  # the "thinking" flag is gone


async def test_guild_slash_command_with_a_choice(
    fake: FakeDiscord, bot: CoachBot, ada: FakeUser, guild: FakeGuild
) -> None:
    await synced(bot, guild)
    general = guild.channel("general")
    it = await fake.slash_command("coach topic", {"name": "sql"}, user=ada, channel=general)
    assert it.payload["data"]["guild_id"] == str(guild.id)  # a guild-registered command
    assert it.payload["data"]["options"] == [
        {"name": "topic", "type": 1, "options": [{"name": "name", "type": 3, "value": "sql"}]}
    ]
    callback = await it.wait_callback()
    assert callback == {"type": 4, "data": {"tts": False, "content": "Topic set: SQL"}}
    assert bot.topics == ["sql"]
    assert it.original is not None and it.original["channel_id"] == str(general.id)
    with pytest.raises(FakeDiscordUsageError, match="not one of"):
        await fake.slash_command("coach topic", {"name": "cobol"}, user=ada, channel=general)


async def test_the_original_response_is_edited_in_place(fake: FakeDiscord, bot: CoachBot, ada: FakeUser) -> None:
    await synced(bot)
    it = await fake.slash_command("coach progress", user=ada)
    [edit] = await fake.wait_for(f"PATCH /webhooks/{fake.application_id}/{it.token}/messages/@original")
    assert edit.status == 200 and edit.json["content"] == "3 cards done, 2 due"
    assert it.original is not None and it.original["content"] == "3 cards done, 2 due"
    assert it.original["edited_timestamp"] is not None
    assert len(fake.messages(fake.dm_channel(ada))) == 1


async def test_slash_command_must_be_synced_first(fake: FakeDiscord, bot: CoachBot, ada: FakeUser) -> None:
    with pytest.raises(FakeDiscordUsageError, match="sync"):
        await fake.slash_command("coach today", user=ada)


async def test_persistent_view_answers_a_press_on_a_message_it_never_saw(
    fake: FakeDiscord, bot: CoachBot, ada: FakeUser
) -> None:
    earlier = fake.add_message(  # sent by an earlier run of the bot
        fake.dm_channel(ada),
        content="How did today's card go?",
        components=[
            {
                "type": 1,
                "components": [{"type": 2, "style": 3, "label": "Good", "custom_id": RATE_GOOD}],
            }
        ],
    )
    it = await fake.press_button(earlier, RATE_GOOD, user=ada)
    callback = await it.wait_callback()
    assert callback["type"] == 7
    [[button]] = [row["components"] for row in callback["data"]["components"]]
    assert button["custom_id"] == RATE_GOOD and button["disabled"] is True
    assert bot.ratings == [(ada.id, int(earlier["id"]))]
    assert fake.message(int(earlier["id"]))["components"][0]["components"][0]["disabled"] is True
    with pytest.raises(FakeDiscordUsageError, match="cannot be pressed"):
        await fake.press_button(earlier, RATE_GOOD, user=ada)


async def test_modal_opens_and_its_submit_reaches_on_submit(fake: FakeDiscord, bot: CoachBot, ada: FakeUser) -> None:
    await synced(bot)
    opener = await fake.slash_command("coach answer", user=ada)
    opened = await opener.wait_callback()
    assert opened["type"] == 9
    assert opened["data"]["title"] == "Your answer" and opened["data"]["custom_id"] == "prepdrip:answer"
    [[text_input]] = [row["components"] for row in opened["data"]["components"]]
    assert (text_input["type"], text_input["custom_id"], text_input["max_length"]) == (4, "answer", 4000)

    answer = "Regularisation trades variance for bias. " * 97  # 3977 characters
    submit = await fake.submit_modal({"answer": answer}, user=ada)
    assert submit.payload["data"]["components"][0]["components"][0]["value"] == answer
    reply = await submit.wait_callback()
    assert reply["type"] == 4 and reply["data"]["flags"] == 64  # ephemeral
    assert reply["data"]["content"] == f"Got {len(answer)} characters."
    assert bot.answers == [answer]
    with pytest.raises(FakeDiscordUsageError, match="no modal is open"):
        await fake.submit_modal({"answer": "again"}, user=ada)


async def test_follow_up_before_the_ack_is_unknown_webhook(fake: FakeDiscord, bot: CoachBot, ada: FakeUser) -> None:
    await synced(bot)
    await fake.slash_command("coach eager", user=ada)
    [webhook] = await fake.wait_for("POST /webhooks/*")
    await fake.wait_until(lambda: bool(bot.errors), 5.0, "the tree's error")
    assert webhook.status == 404
    assert isinstance(bot.errors[0], discord.NotFound) and bot.errors[0].code == 10015


async def test_an_ack_after_the_deadline_is_unknown_interaction(
    fake: FakeDiscord, bot: CoachBot, ada: FakeUser
) -> None:
    fake.interaction_ack_deadline = 0.1  # Discord's is 3 s; the command sleeps 0.3 s
    await synced(bot)
    it = await fake.slash_command("coach late", user=ada)
    [callback] = await fake.wait_for(f"POST /interactions/{it.id}/*/callback")
    await fake.wait_until(lambda: bool(bot.errors), 5.0, "the tree's error")
    assert callback.status == 404 and it.callback is None
    assert isinstance(bot.errors[0], discord.NotFound) and bot.errors[0].code == 10062


async def test_discord_py_is_pointed_back_at_discord_afterwards() -> None:
    from discord.gateway import DiscordWebSocket
    from discord.http import Route

    before = (Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY)
    async with running_fake_discord() as fake:
        assert Route.BASE == fake.api_url and Route.BASE.startswith("http://127.0.0.1:")
        assert str(DiscordWebSocket.DEFAULT_GATEWAY) == fake.gateway_url
    assert (Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY) == before
    assert before[0] == "https://discord.com/api/v10"
