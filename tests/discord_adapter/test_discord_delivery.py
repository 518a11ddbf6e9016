"""Getting messages in and out: DMs, the bot's own echoes, buttons after a restart, closed DMs
(Discord error 50007), rate limits (429 with retry_after), and the Sender the drip dispatcher uses."""

from __future__ import annotations

import asyncio
import json
import logging
import time

import pytest

from bot.adapters.discord import DiscordSender
from bot.adapters.discord.discord_dialogue import CLOSED_DMS, PLATFORM, WORKSPACE
from bot.adapters.discord.discord_sender import nonce_for
from bot.core.clock import FakeClock
from bot.core.delivery import Outgoing, TryLater, Undeliverable
from bot.core.engine import Coach
from bot.core.messages import Button, LearnerRef, Reply
from tests.discord_adapter.conftest import Discord, assert_mentions_nobody, button, custom_ids, onboard
from tests.fakes.discord_fake import (
    DIRECT_MESSAGES,
    EPHEMERAL,
    GUILDS,
    FakeDiscord,
    FakeGuild,
    FakeUser,
    running_fake_discord,
)


def ref(user: FakeUser) -> LearnerRef:
    return LearnerRef(PLATFORM, WORKSPACE, str(user.id))


# ---- DMs ----------------------------------------------------------------------------------------


async def test_dm_text_reaches_the_coach_and_the_bots_own_echo_is_ignored(
    fake: FakeDiscord, discord_env: Discord, bot: object, ada: FakeUser
) -> None:
    dm = fake.dm_channel(ada)
    await fake.message_create(ada, "hello <@1> @everyone")
    hi = await discord_env.said(dm, "I'm PrepDrip")
    await fake.wait_for_frame(t="MESSAGE_CREATE", n=2)  # Discord echoed the bot's reply to the bot
    await fake.message_create(ada, "topics")  # a bare word runs its command
    await discord_env.said(dm, "Topics I can practise", after=hi)
    # the echo of either reply would have been answered as a message from a learner
    assert len(discord_env.bot_messages(dm)) == 2
    async with discord_env.coach.uow() as uow:
        assert await uow.get_learner(ref(fake.bot)) is None
        learner = await uow.get_learner(ref(ada))
    assert learner is not None and learner.display_name == "Ada @everyone"
    assert fake.calls_to("POST /channels/*/typing")  # "PrepDrip is typing…" while the coach thinks
    assert_mentions_nobody(fake)


async def test_a_typing_indicator_discord_refuses_does_not_cost_the_answer(
    fake: FakeDiscord, discord_env: Discord, bot: object, ada: FakeUser, caplog: pytest.LogCaptureFixture
) -> None:
    """The typing call used to come first and unguarded: a 5xx on it dropped the learner's message
    unanswered, and a long rate limit on it held the answer back until it lifted."""
    dm = fake.dm_channel(ada)
    fake.fail("POST /channels/*/typing", status=500, code=0, message="Internal Server Error", times=None)
    with caplog.at_level(logging.WARNING, logger="bot.adapters.discord"):
        await fake.message_create(ada, "help")
        helped = await discord_env.said(dm, "PrepDrip commands")
    assert "no typing indicator" in caplog.text
    fake.faults.clear()
    fake.rate_limit("POST /channels/*/typing", retry_after=25.0, times=None)
    started = time.monotonic()
    await fake.message_create(ada, "topics")
    await discord_env.said(dm, "Topics I can practise", after=helped)
    assert time.monotonic() - started < 10.0


async def test_no_privileged_intent_is_needed(coach: Coach, clock: FakeClock) -> None:
    """The application has none of the privileged intents enabled: the bot still connects (Discord
    would close with 4014 otherwise) and reads what is typed in its DMs."""
    async with running_fake_discord(heartbeat_interval=1.0, privileged_intents=0) as fake:
        ada = fake.add_user("ada")
        env = Discord(fake, coach, clock)
        async with env.running():
            [identify] = fake.identifies
            assert identify["intents"] == GUILDS | DIRECT_MESSAGES
            await fake.message_create(ada, "/coach start")
            question = await env.said(fake.dm_channel(ada), "Question 1 of 4")
            assert custom_ids(question) == ["pd:v:0:yes", "pd:v:1:no"]


async def test_a_button_pressed_after_a_restart_is_answered_by_the_new_process(
    fake: FakeDiscord, discord_env: Discord, ada: FakeUser, guild: FakeGuild
) -> None:
    dm = fake.dm_channel(ada)
    async with discord_env.running():
        await fake.message_create(ada, "/coach start")
        question = await discord_env.said(dm, "Question 1 of 4")
    async with discord_env.running():  # a new client, as after a deploy
        press = await fake.press_button(question, "pd:v:0:yes", user=ada)
        assert (await press.wait_callback())["type"] == 7
        await discord_env.said(dm, "Question 2 of 4", after=question)
    assert [b["disabled"] for b in fake.message(int(question["id"]))["components"][0]["components"]] == [True, True]
    assert_mentions_nobody(fake)


async def test_a_double_click_answers_one_question_once(
    fake: FakeDiscord, discord_env: Discord, bot: object, ada: FakeUser
) -> None:
    """Both presses leave the client before the buttons are greyed out: the second used to answer
    Question 2 with Question 1's "yes"."""
    dm = fake.dm_channel(ada)
    await fake.message_create(ada, "/coach start")
    question = await discord_env.said(dm, "Question 1 of 4")
    first = await fake.press_button(question, "pd:v:0:yes", user=ada)
    second = await fake.press_button(question, "pd:v:0:yes", user=ada)
    assert (await first.wait_callback())["type"] == 7
    assert (await second.wait_callback())["type"] == 6  # acknowledged, nothing changes
    await discord_env.said(dm, "Question 2 of 4", after=question)
    await asyncio.sleep(0.5)  # time for a wrong Question 3 to arrive
    assert [m["content"][:16] for m in discord_env.bot_messages(dm) if "Question" in m["content"]] == [
        "**Question 1 of ",
        "**Question 2 of ",
    ]
    async with discord_env.coach.uow() as uow:
        learner = await uow.get_learner(ref(ada))
    assert learner is not None and '"answers": [true]' in json.dumps(learner.state)


# ---- closed DMs ---------------------------------------------------------------------------------


async def test_closed_dms_get_an_ephemeral_notice_in_the_channel_and_one_log_line(
    fake: FakeDiscord, discord_env: Discord, guild: FakeGuild, caplog: pytest.LogCaptureFixture
) -> None:
    bob = fake.add_user("bob", dms_open=False)
    guild.members.append(bob)
    async with discord_env.running():
        with caplog.at_level(logging.WARNING, logger="bot.adapters.discord"):
            it = await fake.slash_command("coach start", user=bob, channel=guild.channel("general"))
            [notice] = await it.wait_followups(1)
            await fake.wait_until(lambda: bool(caplog.records), 5.0, "the log line")
    assert notice["content"] == CLOSED_DMS and notice["flags"] & EPHEMERAL
    assert "Privacy Settings" in notice["content"] and "Direct Messages" in notice["content"]
    [posted] = fake.calls_to("POST /channels/*/messages")
    assert posted.status == 403 and posted.response["code"] == 50007
    [line] = [r for r in caplog.records if r.name.startswith("bot.adapters.discord")]
    assert line.levelno == logging.WARNING and line.exc_info is None
    assert "50007" in line.getMessage() and str(bob.id) in line.getMessage()
    assert fake.messages(fake.dm_channel(bob)) == []
    assert len(it.followups) == 1  # not also "I've sent you a DM to set you up."


async def test_a_drip_refused_by_closed_dms_is_explained_at_the_next_command_in_a_server(
    fake: FakeDiscord, discord_env: Discord, guild: FakeGuild
) -> None:
    """The dispatcher pauses the drip of a learner whose DMs are closed; the core says so once, at the
    next thing they send. That line used to be dropped with the failed DM of their next command, so
    they never learned that `/coach resume` was needed and the drip stayed off after they opened DMs."""
    from jobs.dispatcher import Dispatcher
    from jobs.scheduler import drip_tick
    from tests.discord_adapter.conftest import onboard

    bob = fake.add_user("bob", dms_open=False)
    guild.members.append(bob)
    await onboard(discord_env, bob)
    coach, clock = discord_env.coach, discord_env.clock
    async with discord_env.running() as client:
        clock.advance(days=1, minutes=31)
        dispatcher = Dispatcher(coach.outbox, {"discord": DiscordSender(client)}, clock, door_closed=coach.door_closed)  # type: ignore[arg-type]
        assert (await drip_tick(coach, dispatcher, clock)).failed == 1
        it = await fake.slash_command("coach today", user=bob, channel=guild.channel("general"))
        await discord_env.followup(it, "send `/coach resume`")
        [notice, paused, *_] = it.followups
        assert notice["content"] == CLOSED_DMS
        assert "paused your daily drill" in paused["content"] and all(m["flags"] & EPHEMERAL for m in it.followups)

        bob.dms_open = True
        it = await fake.slash_command("coach resume", user=bob, channel=guild.channel("general"))
        await discord_env.followup(it, "Welcome back! Next drill")
    async with coach.uow() as uow:
        learner = await uow.get_learner(ref(bob))
    assert learner is not None and not learner.paused


# ---- rate limits --------------------------------------------------------------------------------


async def test_a_rate_limited_follow_up_is_sent_after_retry_after(
    fake: FakeDiscord, bot: object, ada: FakeUser
) -> None:
    fault = fake.rate_limit("POST /webhooks/*", retry_after=0.3)
    it = await fake.slash_command("coach help", user=ada)
    [help_text] = await it.wait_followups(1)
    assert "PrepDrip commands" in help_text["content"]
    assert [c.status for c in fake.calls_to("POST /webhooks/*")] == [429, 200]
    assert fault.hits == 1


# ---- the Sender ---------------------------------------------------------------------------------


def drip(text: str = "☀️ Your drip for today: *bias vs variance*", **kw: object) -> Reply:
    return Reply(text, buttons=(Button("Skip", "/coach skip"),), dm=True, kind="drip", **kw)  # type: ignore[arg-type]


async def test_sender_delivers_once_per_key_with_an_enforced_nonce(
    fake: FakeDiscord, discord_env: Discord, bot: object, ada: FakeUser
) -> None:
    sender = DiscordSender(bot)  # type: ignore[arg-type]
    first = await sender.send(Outgoing("outbox-17", ref(ada), drip()))
    again = await sender.send(Outgoing("outbox-17", ref(ada), drip()))  # a resend after a crash
    other = await sender.send(Outgoing("outbox-18", ref(ada), drip()))
    assert first == again != other
    posts = fake.calls_to("POST /channels/*/messages")
    assert [p.json["nonce"] for p in posts] == [nonce_for("outbox-17", 0)] * 2 + [nonce_for("outbox-18", 0)]
    assert all(p.json["enforce_nonce"] is True and len(p.json["nonce"]) <= 25 for p in posts)
    [message, _] = discord_env.bot_messages(fake.dm_channel(ada))
    assert message["content"] == "☀️ Your drip for today: **bias vs variance**"
    assert custom_ids(message) == ["pd:v:0:/coach skip"]
    assert_mentions_nobody(fake)


async def test_a_long_reply_is_sent_in_parts_each_with_its_own_nonce(
    fake: FakeDiscord, discord_env: Discord, bot: object, ada: FakeUser
) -> None:
    text = "\n".join(f"Line {i}: " + "x" * 90 for i in range(50))  # about 5,000 characters
    sender = DiscordSender(bot)  # type: ignore[arg-type]
    await sender.send(Outgoing("long-1", ref(ada), drip(text)))
    parts = discord_env.bot_messages(fake.dm_channel(ada))
    assert len(parts) == 3 and all(len(p["content"]) <= 2000 for p in parts)
    assert "\n".join(p["content"] for p in parts) == text
    assert [p["nonce"] for p in parts] == [nonce_for("long-1", i) for i in range(3)]
    assert custom_ids(parts[-1]) == ["pd:v:0:/coach skip"] and parts[0]["components"] == []


async def test_sender_closed_dms_are_undeliverable(fake: FakeDiscord, bot: object) -> None:
    bob = fake.add_user("bob", dms_open=False)
    with pytest.raises(Undeliverable, match="50007"):
        await DiscordSender(bot).send(Outgoing("k1", ref(bob), drip()))  # type: ignore[arg-type]
    with pytest.raises(Undeliverable, match="not a Discord user id"):
        await DiscordSender(bot).send(Outgoing("k2", LearnerRef(PLATFORM, WORKSPACE, "ada"), drip()))  # type: ignore[arg-type]


async def test_sender_waits_out_a_short_rate_limit(fake: FakeDiscord, bot: object, ada: FakeUser) -> None:
    fake.rate_limit("POST /channels/*/messages", retry_after=0.3)
    started = time.monotonic()
    await DiscordSender(bot).send(Outgoing("k1", ref(ada), drip()))  # type: ignore[arg-type]
    assert time.monotonic() - started >= 0.3
    assert [c.status for c in fake.calls_to("POST /channels/*/messages")] == [429, 200]


async def test_sender_hands_a_long_rate_limit_back_as_try_later(fake: FakeDiscord, bot: object, ada: FakeUser) -> None:
    fake.rate_limit("POST /channels/*/messages", retry_after=120.0)
    with pytest.raises(TryLater) as raised:
        await asyncio.wait_for(DiscordSender(bot).send(Outgoing("k1", ref(ada), drip())), 5.0)  # type: ignore[arg-type]
    assert raised.value.retry_after == 120.0


async def test_sender_gives_back_a_rate_limit_that_never_lifts(fake: FakeDiscord, bot: object, ada: FakeUser) -> None:
    fake.rate_limit("POST /channels/*/messages", retry_after=0.05, times=None)
    with pytest.raises(TryLater) as raised:
        await DiscordSender(bot).send(Outgoing("k1", ref(ada), drip()))  # type: ignore[arg-type]
    assert len(fake.calls_to("POST /channels/*/messages")) == 5  # discord.py's own retries
    assert raised.value.retry_after == 1.0  # the Retry-After header, rounded up to whole seconds


async def test_a_refused_late_acknowledgement_is_one_log_line_and_the_coach_is_not_asked(
    fake: FakeDiscord, discord_env: Discord, bot: object, ada: FakeUser, caplog: pytest.LogCaptureFixture
) -> None:
    fake.interaction_ack_deadline = 0.0  # every acknowledgement arrives "after 3 s"
    with caplog.at_level(logging.WARNING, logger="bot.adapters.discord"):
        await fake.slash_command("coach start", user=ada)
        [callback] = await fake.wait_for("POST /interactions/*/*/callback")
        await fake.wait_until(lambda: bool(caplog.records), 5.0, "the log line")
    assert (callback.status, callback.response["code"]) == (404, 10062)
    [line] = [r for r in caplog.records if r.name.startswith("bot.adapters.discord")]
    assert line.exc_info is None and "10062" in line.getMessage()
    async with discord_env.coach.uow() as uow:
        assert await uow.get_learner(ref(ada)) is None  # "This interaction failed": the user tries again
    assert fake.calls_to("POST /webhooks/*") == []


async def test_the_daily_drip_reaches_the_discord_dm_through_the_outbox_dispatcher(
    fake: FakeDiscord, discord_env: Discord, bot: object, ada: FakeUser
) -> None:
    """The scheduler's tick writes the drip to the outbox; the dispatcher sends it through the Discord
    Sender with the outbox key as an enforced nonce, and marks it sent with Discord's message id."""
    from jobs.dispatcher import Dispatcher
    from jobs.scheduler import drip_tick
    from tests.discord_adapter.conftest import onboard

    await onboard(discord_env, ada)
    coach, clock = discord_env.coach, discord_env.clock
    clock.advance(days=1, minutes=31)  # past 08:30 in Berlin the next morning
    assert coach.outbox is not None
    dispatcher = Dispatcher(coach.outbox, {"discord": DiscordSender(bot)}, clock, door_closed=coach.door_closed)  # type: ignore[arg-type]
    stats = await drip_tick(coach, dispatcher, clock)
    assert stats.sent == 1 and await coach.outbox.counts() == {"sent": 1}
    [message] = discord_env.bot_messages(fake.dm_channel(ada))
    assert "Your PrepDrip for" in message["content"] and "pd:long:th-bv-02" in custom_ids(message)
    [post] = fake.calls_to("POST /channels/*/messages")
    assert post.json["enforce_nonce"] is True
    assert_mentions_nobody(fake)


async def test_more_and_i_covered_it_keep_the_rating_buttons(
    fake: FakeDiscord, discord_env: Discord, bot: object, ada: FakeUser
) -> None:
    """Any press greyed out every button of the feedback: after "More" or "I covered it" the learner
    could no longer press a rating and had to type it. Now those two disable only themselves (each
    acts once, a double click too) and a rating closes the message."""
    await onboard(discord_env, ada)
    dm = fake.dm_channel(ada)
    await fake.message_create(ada, "/coach practice th-bv-02")
    prompt = await discord_env.said(dm, r"\(`th-bv-02`\)")
    await fake.message_create(ada, "Overfitting, the trees fit noise; lower depth and learning rate.")
    feedback = await discord_env.said(dm, r"\*\*Feedback\*\*", after=prompt)
    more, covered, good = (button(feedback, label)["custom_id"] for label in ("More", "I covered it", "Good"))
    assert (more, covered, good) == ("pd:v:6:more #th-bv-02", "pd:v:0:covered 1 #th-bv-02", "pd:v:3:good #th-bv-02")

    def live() -> list[str]:
        rows = fake.message(int(feedback["id"]))["components"]
        return [c["label"] for row in rows for c in row["components"] if not c["disabled"]]

    first, second = [await fake.press_button(feedback, more, user=ada) for _ in range(2)]  # a double click
    assert (await first.wait_callback())["type"] == 7 and (await second.wait_callback())["type"] == 6
    await discord_env.said(dm, "every key point", after=feedback)
    assert live() == ["I covered it", "Again", "Hard", "Good", "Easy", "Go deeper"]
    await (await fake.press_button(feedback, covered, user=ada)).wait_callback()
    await discord_env.said(dm, "as covered on your word", after=feedback)
    assert live() == ["Again", "Hard", "Good", "Easy", "Go deeper"]
    await (await fake.press_button(feedback, good, user=ada)).wait_callback()
    await discord_env.said(dm, "Rated Good", after=feedback)
    assert live() == []
    await fake.message_create(ada, "/coach help")  # a sentinel: one learner's messages are answered in order
    await discord_env.said(dm, "PrepDrip commands", after=feedback)
    texts = [m["content"] for m in discord_env.bot_messages(dm)]
    assert sum("every key point" in t for t in texts) == 1 and sum("covered on your word" in t for t in texts) == 1
