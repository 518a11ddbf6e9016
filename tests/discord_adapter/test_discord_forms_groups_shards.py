"""The long-answer form, servers and channels as study groups, and sharding."""

from __future__ import annotations

import re
from typing import Any

from bot.adapters.discord import ShardedCoachClient
from bot.adapters.discord.discord_client import CommandSync
from bot.adapters.discord.discord_dialogue import PLATFORM, WORKSPACE, Dialogue
from bot.core.messages import LearnerRef
from tests.discord_adapter.conftest import Discord, assert_mentions_nobody, custom_ids, onboard
from tests.fakes.discord_fake import EPHEMERAL, FakeDiscord, FakeGuild, FakeUser

PART_1 = ("Bias is systematic error from a model family too restricted for the truth. " * 60)[:4000]
PART_2 = "Variance is how much the fitted function changes when you retrain on another sample. " * 17


async def test_a_long_answer_in_two_parts_of_the_form_is_one_answer(
    fake: FakeDiscord, discord_env: Discord, bot: object, ada: FakeUser
) -> None:
    await onboard(discord_env, ada)
    dm = fake.dm_channel(ada)
    it = await fake.slash_command("coach practice", {"topic": "th-bv-01"}, user=ada)
    prompt = await discord_env.said(dm, r"\(`th-bv-01`\)")
    assert custom_ids(prompt) == ["pd:v:0:/coach skip #th-bv-01", "pd:long:th-bv-01"]

    opener = await fake.press_button(prompt, "pd:long:th-bv-01", user=ada)
    form = await opener.wait_callback()
    assert form["type"] == 9 and form["data"]["title"] == "Your answer to th-bv-01"
    inputs = [row["components"][0] for row in form["data"]["components"]]
    assert [(i["custom_id"], i["max_length"], i["required"]) for i in inputs] == [
        ("part1", 4000, True),
        ("part2", 4000, False),
        ("part3", 4000, False),
    ]

    assert len(PART_1) == 4000 and len(PART_1) + len(PART_2) > 5000
    submit = await fake.submit_modal({"part1": PART_1, "part2": PART_2}, user=ada)
    assert (await submit.wait_callback())["type"] == 7  # the form's button is disabled by the answer
    assert fake.message(int(prompt["id"]))["components"][0]["components"][0]["disabled"] is True
    await discord_env.said(dm, r"\*\*Feedback\*\* — you covered", after=prompt)
    async with discord_env.coach.uow() as uow:
        learner = await uow.get_learner(LearnerRef(PLATFORM, WORKSPACE, str(ada.id)))
        assert learner is not None and learner.id is not None
        [attempt] = await uow.attempts(learner.id)
    assert attempt.prompt_id == "th-bv-01"
    assert attempt.words == len(re.findall(r"\w+", PART_1 + "\n" + PART_2))  # both parts, one answer
    assert it.callback is not None
    assert_mentions_nobody(fake)


async def _leaderboard(fake: FakeDiscord, user: FakeUser, channel: Any) -> str:
    it = await fake.slash_command("leaderboard", user=user, channel=channel)
    [board] = await it.wait_followups(1)
    assert not board["flags"] & EPHEMERAL  # the group sees it
    return str(board["content"])


async def test_a_server_is_a_study_group_and_nothing_crosses_servers(
    fake: FakeDiscord, discord_env: Discord, ada: FakeUser, guild: FakeGuild
) -> None:
    bob, carol = fake.add_user("bob", global_name="Bob <@&1> [x](https://evil.example)"), fake.add_user("carol")
    guild.members.append(bob)
    other = fake.add_guild("other-server", members=[carol])
    async with discord_env.running():
        for user in (ada, bob, carol):
            await onboard(discord_env, user)
        joins = ((ada, guild.channel("general")), (bob, guild.channel("drills")), (carol, other.channel("general")))
        for user, channel in joins:
            it = await fake.slash_command("coach group join", user=user, channel=channel)
            await it.wait_followups(1)
        board = await _leaderboard(fake, ada, guild.channel("general"))
        assert board.startswith("**Leaderboard — ml-study**")
        assert (
            "Ada @\u200beveryone" in board and "Bob ‹@&1› \\[x\\](https:\u200b//evil.example)" in board
        )  # no ping, no link
        assert "Carol" not in board
        assert "Carol" in await _leaderboard(fake, carol, other.channel("general"))
        assert "Ada" not in await _leaderboard(fake, carol, other.channel("general"))
    assert_mentions_nobody(fake)


async def test_with_channel_groups_each_channel_is_its_own_group(
    fake: FakeDiscord, discord_env: Discord, ada: FakeUser, guild: FakeGuild
) -> None:
    bob = fake.add_user("bob")
    guild.members.append(bob)
    async with discord_env.running(discord_env.client(discord_groups="channel")):
        for user in (ada, bob):
            await onboard(discord_env, user)
        for user, channel in ((ada, guild.channel("general")), (bob, guild.channel("drills"))):
            it = await fake.slash_command("coach group join", user=user, channel=channel)
            await it.wait_followups(1)
        board = await _leaderboard(fake, ada, guild.channel("general"))
        assert board.startswith("**Leaderboard — ml-study #general**") and "Bob" not in board
        board = await _leaderboard(fake, bob, guild.channel("drills"))
        assert board.startswith("**Leaderboard — ml-study #drills**") and "Ada" not in board


class QuickShards(ShardedCoachClient):
    async def before_identify_hook(self, shard_id: int | None, *, initial: bool = False) -> None:
        return None  # discord.py waits 5 s between IDENTIFYs, as Discord asks; the fake does not


def sharded(env: Discord, sync: CommandSync | None = None, **options: Any) -> QuickShards:
    return QuickShards(Dialogue(env.coach, env.clock), sync or CommandSync(), guild_ready_timeout=0.05, **options)


async def test_settings_choose_the_sharded_client(discord_env: Discord) -> None:
    plain = discord_env.client()
    auto = discord_env.client(discord_shards="auto")
    some = discord_env.client(discord_shards="4", discord_shard_ids="2-3")
    assert not isinstance(plain, ShardedCoachClient)
    assert isinstance(auto, ShardedCoachClient) and auto.shard_count is None
    assert isinstance(some, ShardedCoachClient) and (some.shard_count, some.shard_ids) == (4, [2, 3])
    assert some.command_sync.enabled is False and auto.command_sync.enabled is True  # shard 0's process syncs


async def test_auto_sharded_bot_answers_in_servers_and_dms(
    fake: FakeDiscord, discord_env: Discord, ada: FakeUser, guild: FakeGuild
) -> None:
    fake.recommended_shards = 2
    async with discord_env.running(sharded(discord_env)) as client:
        assert len(fake.calls_to("GET /gateway/bot")) == 1  # the recommended count and its gateway
        assert sorted(i["shard"] for i in fake.identifies) == [[0, 2], [1, 2]]
        assert client.shard_count == 2 and len(fake.calls_to("PUT /applications/*/commands")) == 1
        it = await fake.slash_command("coach help", user=ada, channel=guild.channel("general"))
        [help_text] = await it.wait_followups(1)
        assert "PrepDrip commands" in help_text["content"]
        await fake.message_create(ada, "hello")
        await discord_env.said(fake.dm_channel(ada), "I'm PrepDrip")


async def test_a_process_runs_only_its_shards_and_leaves_the_sync_to_shard_0(
    fake: FakeDiscord, discord_env: Discord, guild: FakeGuild
) -> None:
    client = sharded(discord_env, CommandSync(enabled=False), shard_count=2, shard_ids=[1])
    async with discord_env.running(client):
        assert [i["shard"] for i in fake.identifies] == [[1, 2]]
        assert fake.calls_to("GET /gateway/bot") == [] and fake.calls_to("PUT /applications/*/commands") == []


async def test_a_paste_discord_turned_into_message_txt_is_the_answer(
    fake: FakeDiscord, discord_env: Discord, bot: object, ada: FakeUser
) -> None:
    await onboard(discord_env, ada)
    dm = fake.dm_channel(ada)
    await fake.message_create(ada, "/coach practice th-bv-01")
    prompt = await discord_env.said(dm, r"\(`th-bv-01`\)")
    answer = PART_1 + "\n" + PART_2
    await fake.message_create(ada, "", files=[("message.txt", answer.encode(), "text/plain; charset=utf-8")])
    await discord_env.said(dm, r"\*\*Feedback\*\* — you covered", after=prompt)
    async with discord_env.coach.uow() as uow:
        learner = await uow.get_learner(LearnerRef(PLATFORM, WORKSPACE, str(ada.id)))
        assert learner is not None and learner.id is not None
        [attempt] = await uow.attempts(learner.id)
    assert attempt.words == len(re.findall(r"\w+", answer))


async def _attempt_words(env: Discord, user: FakeUser) -> list[int]:
    async with env.coach.uow() as uow:
        learner = await uow.get_learner(LearnerRef(PLATFORM, WORKSPACE, str(user.id)))
        assert learner is not None and learner.id is not None
        return [a.words for a in await uow.attempts(learner.id)]


async def test_two_learners_forms_open_at_once_both_land(
    fake: FakeDiscord, discord_env: Discord, bot: object, ada: FakeUser
) -> None:
    """discord.py keeps one modal per custom_id and forgets it after a submit: the second learner's
    form was discarded ("Something went wrong"), the answer unsendable however often they retried."""
    bob = fake.add_user("bob")
    prompts = {}
    for user in (ada, bob):
        await onboard(discord_env, user)
        await fake.message_create(user, "/coach practice th-bv-01")
        prompts[user.id] = await discord_env.said(fake.dm_channel(user), r"\(`th-bv-01`\)")
    for user in (ada, bob):  # both open the form before either sends it
        await (await fake.press_button(prompts[user.id], "pd:long:th-bv-01", user=user)).wait_callback()
    for user, answer in ((ada, PART_2), (bob, PART_2 + " Bob adds one more sentence.")):
        submit = await fake.submit_modal({"part1": answer}, user=user)
        assert (await submit.wait_callback())["type"] == 7
        await discord_env.said(fake.dm_channel(user), r"\*\*Feedback\*\*", after=prompts[user.id])
    assert await _attempt_words(discord_env, ada) == [len(re.findall(r"\w+", PART_2))]
    assert await _attempt_words(discord_env, bob) == [len(re.findall(r"\w+", PART_2)) + 5]


async def test_a_form_opened_before_a_restart_is_answered_after_it(
    fake: FakeDiscord, discord_env: Discord, ada: FakeUser, guild: FakeGuild
) -> None:
    await onboard(discord_env, ada)
    dm = fake.dm_channel(ada)
    async with discord_env.running():
        await fake.message_create(ada, "/coach practice th-bv-01")
        prompt = await discord_env.said(dm, r"\(`th-bv-01`\)")
        await (await fake.press_button(prompt, "pd:long:th-bv-01", user=ada)).wait_callback()
    async with discord_env.running():  # a deploy while the learner was typing in the form
        submit = await fake.submit_modal({"part1": PART_2, "part3": "And a third part."}, user=ada)
        assert (await submit.wait_callback())["type"] == 7
        await discord_env.said(dm, r"\*\*Feedback\*\*", after=prompt)
    assert await _attempt_words(discord_env, ada) == [len(re.findall(r"\w+", PART_2 + " And a third part."))]


async def _practice(env: Discord, user: FakeUser, prompt_id: str, after: Any = None) -> Any:
    await env.fake.message_create(user, f"/coach practice {prompt_id}")
    return await env.said(env.fake.dm_channel(user), rf"\(`{prompt_id}`\)", after=after)


async def test_long_answer_on_a_finished_prompt_is_not_graded_against_the_open_one(
    fake: FakeDiscord, discord_env: Discord, bot: object, ada: FakeUser
) -> None:
    """The form's text went to whatever prompt was open on submit: written for th-bv-01, after the
    learner had moved on, it was graded against th-bv-02. Now the button knows its prompt: pressed on
    a finished prompt it says which one is open, and a form sent after moving on is not graded, its
    text given back whole (12,000 characters over several messages, in code blocks)."""
    await onboard(discord_env, ada)
    dm = fake.dm_channel(ada)
    old = await _practice(discord_env, ada, "th-bv-01")
    assert custom_ids(old) == ["pd:v:0:/coach skip #th-bv-01", "pd:long:th-bv-01"]
    now = await _practice(discord_env, ada, "th-bv-02", after=old)

    click = await (await fake.press_button(old, "pd:long:th-bv-01", user=ada)).wait_callback()
    assert click["type"] == 4 and click["data"]["flags"] & EPHEMERAL  # a note, not the form
    assert "`th-bv-01`" in click["data"]["content"] and "`th-bv-02`" in click["data"]["content"]

    form = await (await fake.press_button(now, "pd:long:th-bv-02", user=ada)).wait_callback()
    assert form["type"] == 9 and "th-bv-02" in form["data"]["title"]
    later = await _practice(discord_env, ada, "th-bv-03", after=now)  # moved on while writing
    part_3 = "Weird `code` ``` fence, *stars* and @everyone <@1> in it.\n" * 60
    parts = {"part1": PART_1, "part2": (PART_2 * 3)[:4000], "part3": part_3[:4000]}
    submit = await fake.submit_modal(parts, user=ada)
    assert (await submit.wait_callback())["type"] == 7
    notice, *back = await submit.wait_followups(2)
    await fake.wait_until(lambda: sum("```" in m["content"] for m in submit.followups) >= 7, 5.0, "the text back")
    notice, *back = submit.followups
    assert "`th-bv-02`" in notice["content"] and "`th-bv-03`" in notice["content"] and "grade" in notice["content"]
    assert all(len(m["content"]) <= 2000 for m in back) and len(back) >= 7
    assert all(m["content"].startswith("```\n") and m["content"].endswith("\n```") for m in back)
    given = "".join(m["content"][4:-4] for m in back).replace("\u200b", "")
    sent = "\n".join(parts.values())
    assert re.sub(r"\s+", "", given) == re.sub(r"\s+", "", sent)  # every character, in order

    await fake.message_create(ada, "/coach help")  # a sentinel: nothing was graded meanwhile
    await discord_env.said(dm, "PrepDrip commands", after=later)
    assert await _attempt_words(discord_env, ada) == []
    assert not any("Feedback" in m["content"] for m in discord_env.bot_messages(dm))
    assert_mentions_nobody(fake)


async def test_a_long_answer_button_sent_before_the_upgrade_still_opens_the_form(
    fake: FakeDiscord, discord_env: Discord, bot: object, ada: FakeUser
) -> None:
    await onboard(discord_env, ada)
    dm = fake.dm_channel(ada)
    prompt = await _practice(discord_env, ada, "th-bv-01")
    button = {"type": 2, "style": 1, "label": "Long answer", "custom_id": "pd:long"}
    old = fake.add_message(dm, content="an old prompt", components=[{"type": 1, "components": [button]}])
    assert (await (await fake.press_button(old, "pd:long", user=ada)).wait_callback())["type"] == 9
    submit = await fake.submit_modal({"part1": PART_2}, user=ada)
    assert (await submit.wait_callback())["type"] == 7
    await discord_env.said(dm, r"\*\*Feedback\*\*", after=prompt)
    assert await _attempt_words(discord_env, ada) == [len(re.findall(r"\w+", PART_2))]
