"""The weekly board: posted to the group's channel at the day and time the group set, in the group's
timezone, once per group and week; only that group's onboarded, visible members; names never ping."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.adapters.console import ConsoleAdapter
from bot.core.delivery import Outgoing
from jobs.dispatcher import Dispatcher
from tests.conftest import onboard, texts
from tests.fakes.senders import RecordingSender
from tests.test_groups import STRONG, member

MON_0859_BERLIN = datetime(2026, 11, 30, 7, 59, tzinfo=UTC)
MON_0900_BERLIN = datetime(2026, 11, 30, 8, 0, tzinfo=UTC)


async def posted(coach, clock) -> list[Outgoing]:  # type: ignore[no-untyped-def]
    """Run the drip tick now and send what it queued; the board posts among the sent."""
    await coach.enqueue_due(clock.now())
    sender = RecordingSender("console")
    await Dispatcher(coach.outbox, {"console": sender}, clock).drain()
    return [m for m in sender.sent if m.kind == "board"]


async def test_the_board_is_posted_once_a_week_at_the_groups_time_to_its_channel(coach, clock) -> None:
    ada = await member(coach, clock, "ada", "ML-Study")
    bob = await member(coach, clock, "bob", "ml-study")
    await member(coach, clock, "cy", "ml-study")
    await member(coach, clock, "dee", "other-team")
    said = texts(await ada.say("/coach group post mon 9am"))
    assert "every Monday at 09:00 (Europe/Berlin)" in said and "to this channel" in said
    await bob.say("/coach practice th-bv-01")
    await bob.say(STRONG)

    clock.set(MON_0859_BERLIN)
    assert await posted(coach, clock) == []
    clock.set(MON_0900_BERLIN)
    [post] = await posted(coach, clock)
    assert post.channel == "ML-Study" and post.to.user_id == "" and not post.reply.dm
    text = post.reply.text
    assert text.startswith("📊 *Weekly board — ML-Study*") and "(Europe/Berlin)" in text
    rows = [line for line in text.splitlines() if line[:1].isdigit()]
    assert [r.split(" — ")[0] for r in rows] == ["1. bob", "2. ada", "3. cy"]  # zero points included
    assert "dee" not in text and "Movers: bob ↑" in text and "Phase mix: Phase 1 ×3" in text

    # the same week: never again, whatever the ticks; the next week: once more
    clock.advance(minutes=1)
    assert await posted(coach, clock) == []
    clock.advance(days=2)
    assert await posted(coach, clock) == []
    clock.set(MON_0900_BERLIN.replace(day=7, month=12))
    assert len(await posted(coach, clock)) == 1


async def test_the_post_follows_the_group_timezone_and_a_late_one_is_skipped(coach, clock) -> None:
    ada = await member(coach, clock, "ada", "ml-study")
    await ada.say("/coach group tz America/New_York")
    await ada.say("/coach group post monday 09:00")
    clock.set(MON_0900_BERLIN)  # 03:00 in New York: not yet
    assert await posted(coach, clock) == []
    clock.set(datetime(2026, 11, 30, 14, 0, tzinfo=UTC))  # 09:00 in New York
    assert len(await posted(coach, clock)) == 1
    # the bot was down all of the next Monday: that week's board is skipped, not posted days late
    clock.set(datetime(2026, 12, 8, 14, 0, tzinfo=UTC))
    assert await posted(coach, clock) == []


async def test_hidden_and_unonboarded_members_stay_off_the_post_and_names_never_ping(coach, clock) -> None:
    ada = await member(coach, clock, "ada", "ml-study")
    shy = await member(coach, clock, "shy", "ml-study")
    await shy.say("/coach privacy hidden")
    loud = await member(coach, clock, "@everyone", "ml-study")
    half = ConsoleAdapter(coach, clock, user="half", group="ml-study")
    await half.say("/coach start")
    await half.say("/coach group join")
    await ada.say("/coach group post mon 09:00")
    clock.set(MON_0900_BERLIN)
    [post] = await posted(coach, clock)
    text = post.reply.text
    assert "shy" not in text and "half" not in text and "ada" in text
    assert "@everyone" not in text and "@\u200beveryone" in text
    assert loud is not None


async def test_setting_the_post_says_what_it_needs(coach, clock) -> None:
    ada = await member(coach, clock, "ada", "ml-study")
    assert "no weekly board post" in texts(await ada.say("/coach group post"))
    assert "didn't recognise 'someday'" in texts(await ada.say("/coach group post someday 09:00"))
    assert "every Friday at 17:30" in texts(await ada.say("/coach group post fri 5:30pm"))
    assert "weekly board Fri 17:30" in texts(await ada.say("/coach group show"))
    assert "No weekly board post" in texts(await ada.say("/coach group post off"))
    solo = ConsoleAdapter(coach, clock, user="solo")
    await onboard(solo)
    assert "group's channel" in texts(await solo.say("/coach group post mon 09:00"))
    eve = ConsoleAdapter(coach, clock, user="eve", group="ml-study")
    await onboard(eve)
    assert "Join the group first" in texts(await eve.say("/coach group post mon 09:00"))


async def test_a_sunday_night_post_the_bot_was_down_for_goes_out_after_midnight(coach, clock) -> None:
    """Sunday 23:00, the bot back at Monday 01:00 (2 h late, under 12 h): the new week's Monday hid
    last week's post time, so the board was skipped."""
    ada = await member(coach, clock, "ada", "ml-study", tz="UTC")
    await ada.say("/coach group post sun 23:00")
    clock.set(datetime(2026, 11, 30, 1, 0, tzinfo=UTC))
    [post] = await posted(coach, clock)
    assert "the week to Mon 30 Nov" in post.reply.text
    clock.advance(hours=1)
    assert await posted(coach, clock) == []  # once
    clock.set(datetime(2026, 12, 6, 23, 0, tzinfo=UTC))  # this week's, on time
    assert len(await posted(coach, clock)) == 1
    clock.set(datetime(2026, 12, 14, 12, 0, tzinfo=UTC))  # 13 h late: skipped
    assert await posted(coach, clock) == []
