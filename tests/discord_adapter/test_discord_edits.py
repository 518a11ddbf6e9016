"""A learner edits a DM message after sending it: Discord sends MESSAGE_UPDATE with ``edited_timestamp``.
Nothing is read again (a graded answer keeps its grade), and the learner is told so; the update Discord
sends when it adds a link's embed is not an edit and gets no answer."""

from __future__ import annotations

import asyncio

from tests.discord_adapter.conftest import Discord, Message, onboard
from tests.discord_adapter.test_discord_transcript import ANSWER
from tests.fakes.discord_fake import FakeChannel, FakeDiscord, FakeGuild, FakeUser


async def practising(fake: FakeDiscord, discord_env: Discord, ada: FakeUser) -> tuple[FakeChannel, Message]:
    """ada set up, with th-bv-01 open in her DM: the DM and the prompt's message."""
    await onboard(discord_env, ada)
    dm = fake.dm_channel(ada)
    await fake.message_create(ada, "/coach practice th-bv-01")
    return dm, await discord_env.said(dm, r"th-bv-01")


async def test_an_edited_answer_keeps_its_grade_and_the_learner_is_told(
    fake: FakeDiscord, discord_env: Discord, bot: object, ada: FakeUser, guild: FakeGuild
) -> None:
    dm, prompt = await practising(fake, discord_env, ada)
    answer = await fake.message_create(ada, ANSWER)
    feedback = await discord_env.said(dm, r"\*\*Feedback\*\*", after=prompt)

    await fake.message_update(answer, ANSWER + " Also: early stopping.")
    note = await discord_env.said(dm, "I saw your edit", after=feedback)

    assert "keeps the grade of the version you sent first" in note["content"]
    assert sum("**Feedback**" in m["content"] for m in discord_env.bot_messages(dm)) == 1  # not graded again


async def test_an_embed_added_is_not_an_edit_and_an_edit_elsewhere_says_send_it_again(
    fake: FakeDiscord, discord_env: Discord, bot: object, ada: FakeUser, guild: FakeGuild
) -> None:
    await onboard(discord_env, ada)
    dm = fake.dm_channel(ada)
    typo = await fake.message_create(ada, "hepl https://example.com")
    await asyncio.sleep(0.5)
    count = len(discord_env.bot_messages(dm))

    await fake.message_update(typo, embed=True)
    await asyncio.sleep(0.5)
    assert len(discord_env.bot_messages(dm)) == count

    await fake.message_update(typo, "help")
    note = await discord_env.said(dm, "I saw your edit", after=discord_env.bot_messages(dm)[-1])
    assert "send it again as a new message" in note["content"]


async def test_an_edit_of_a_message_sent_before_a_restart_is_answered_once(
    fake: FakeDiscord, discord_env: Discord, ada: FakeUser, guild: FakeGuild
) -> None:
    """After a restart the message is not in discord.py's cache, so there is no earlier text to tell an edit
    from the embed Discord adds next (that update keeps the edit's ``edited_timestamp``): the learner got
    two notes for one edit."""
    async with discord_env.running():
        await onboard(discord_env, ada)
        dm = fake.dm_channel(ada)
        typo = await fake.message_create(ada, "hepl")
        await asyncio.sleep(0.5)
    async with discord_env.running():  # restarted: nothing cached
        count = len(discord_env.bot_messages(dm))
        await fake.message_update(typo, "help https://example.com")
        await discord_env.said(dm, "I saw your edit", after=discord_env.bot_messages(dm)[-1])
        await fake.message_update(typo, embed=True)
        await asyncio.sleep(0.5)
        assert sum("I saw your edit" in m["content"] for m in discord_env.bot_messages(dm)[count:]) == 1

        await fake.message_update(typo, "help")  # a second edit is answered
        await fake.wait_until(
            lambda: sum("I saw your edit" in m["content"] for m in discord_env.bot_messages(dm)[count:]) == 2
        )


async def test_an_edited_command_is_told_to_send_the_command_again(
    fake: FakeDiscord, discord_env: Discord, bot: object, ada: FakeUser, guild: FakeGuild
) -> None:
    dm, prompt = await practising(fake, discord_env, ada)
    command = await fake.message_create(ada, "/coach snooze")
    await asyncio.sleep(0.5)
    await fake.message_update(command, "/coach skip")
    note = await discord_env.said(dm, "I saw your edit", after=prompt)
    assert "send the command again" in note["content"] and "your answer to" not in note["content"]
