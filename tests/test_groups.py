"""Study groups and leaderboards: explicit membership, boards this week and all time, privacy, groups
that never see each other, and points that reward quality and consistency, not volume."""

from __future__ import annotations

from datetime import timedelta

from bot.adapters.console import ConsoleAdapter
from tests.conftest import onboard, texts

STRONG = (
    "Bias is systematic error from a model too simple for the data: it misses the same way whatever sample "
    "you train on. Variance is sensitivity to the particular training sample: retrain on a fresh sample and "
    "a flexible model changes a lot. More capacity lowers bias and raises variance; more data and "
    "regularization reduce variance but not bias."
)


async def member(coach, clock, user: str, group: str, tz: str = "Europe/Berlin") -> ConsoleAdapter:  # type: ignore[no-untyped-def]
    c = ConsoleAdapter(coach, clock, user=user, group=group)
    await onboard(c, answers="nnnn", tz=tz)
    await c.say("/coach group join")
    return c


def board_section(text: str, title: str) -> list[str]:
    lines = text.splitlines()
    i = lines.index(f"_{title}_")
    out = []
    for line in lines[i + 1 :]:
        if not line[:1].isdigit():
            break
        out.append(line)
    return out


async def test_three_in_one_group_one_in_another_and_the_boards_stay_apart(coach, clock) -> None:
    ada = await member(coach, clock, "ada", "ML-Study")
    bob = await member(coach, clock, "bob", "ml-study")
    await member(coach, clock, "cy", "ml-study")
    dee = await member(coach, clock, "dee", "other-team")
    await ada.say("/coach practice th-bv-01")
    await ada.say(STRONG)
    board = texts(await bob.say("/leaderboard"))
    week = board_section(board, "This week")
    assert [line.split(" — ")[0] for line in week] == ["1. ada", "2. bob", "3. cy"]  # zero points included
    assert "dee" not in board
    assert "cy — 0 pts" in board
    other = texts(await dee.say("/leaderboard"))
    assert "ada" not in other and "1. dee" in other


async def test_outside_a_group_the_pointer_is_in_the_platforms_words(coach, clock) -> None:
    """A Discord or Slack user asking in the DM was told to "start the console with `--group NAME`"."""
    from bot.core.messages import Inbound, LearnerRef

    solo = ConsoleAdapter(coach, clock, user="solo")
    await onboard(solo)
    assert "start the console with `--group NAME`" in texts(await solo.say("/coach group join"))
    who = LearnerRef("discord", "global", "42")
    replies = await coach.handle(Inbound(who, "/coach group show", in_dm=True), clock.now())
    assert texts(replies) == "Study groups live in a channel: run this in your group's channel, not in our DM."


async def test_leaderboard_in_a_group_not_joined_shows_how_to_join(coach, clock) -> None:
    await member(coach, clock, "ada", "ml-study")
    eve = ConsoleAdapter(coach, clock, user="eve", group="ml-study")
    await onboard(eve)
    t = texts(await eve.say("/leaderboard"))
    assert "1. ada" in t and "/coach group join" in t and "eve" not in t.split("You're not")[0]


async def test_hidden_learners_see_their_own_rank_but_nobody_else_sees_them(coach, clock) -> None:
    ada = await member(coach, clock, "ada", "g")
    bob = await member(coach, clock, "bob", "g")
    await ada.say("/coach privacy hidden")
    assert "ada" not in texts(await bob.say("/leaderboard"))
    mine = texts(await ada.say("/leaderboard"))
    assert "You: #" in mine and "hidden from the board" in mine
    await ada.say("/coach privacy visible")
    assert "ada" in texts(await bob.say("/leaderboard"))


async def test_a_hidden_member_above_you_does_not_push_your_own_rank_down(coach, clock) -> None:
    """bob's board read "1. bob" and, under it, "You: #2": the hidden ada, with more points, still
    counted in his rank (and told him someone was hiding above him)."""
    ada = await member(coach, clock, "ada", "g")
    bob = await member(coach, clock, "bob", "g")
    await ada.say("/coach practice th-bv-01")
    await ada.say(STRONG)
    await ada.say("/coach privacy hidden")
    board = texts(await bob.say("/leaderboard"))
    assert board_section(board, "This week")[0].startswith("1. bob")
    assert "You: #1 this week (0 pts), #1 all time" in board
    assert "You: #1 this week" in texts(await ada.say("/leaderboard"))  # ada still sees her own rank


async def test_ties_break_the_same_way_every_time(coach, clock) -> None:
    people = [await member(coach, clock, u, "g") for u in ("zed", "amy", "kim")]
    first = board_section(texts(await people[0].say("/leaderboard")), "All time")
    again = board_section(texts(await people[2].say("/leaderboard")), "All time")
    assert first == again and [x.split(" — ")[0] for x in first] == ["1. zed", "2. amy", "3. kim"]


async def test_own_rank_shown_outside_the_top_ten(coach, clock) -> None:
    people = [await member(coach, clock, f"u{i:02d}", "big") for i in range(12)]
    for p in people[:11]:
        await p.say("/coach practice th-bv-01")
        await p.say(STRONG)
    last = texts(await people[11].say("/leaderboard"))
    assert len(board_section(last, "This week")) == 10 and "You: #12 this week (0 pts)" in last


async def test_points_reward_quality_not_volume(coach, clock) -> None:
    ada = await member(coach, clock, "ada", "g")

    async def points() -> int:
        t = texts(await ada.say("/leaderboard"))
        return int(t.split("You: #1 this week (")[1].split(" pts")[0]) if "You: #1" in t else 0

    await ada.say("/coach practice th-reg-01")
    await ada.say("I don't know, something with numbers and stuff.")  # clearly not right: nothing
    await ada.say("good")
    assert await points() == 0
    await ada.say("/coach practice th-bv-01")
    await ada.say(STRONG)
    after_strong = await points()
    assert after_strong >= 7
    await ada.say("good")
    await ada.say("/coach practice th-bv-01")  # the same prompt again, the same day
    await ada.say(STRONG + " Also bagging.")
    assert await points() == after_strong
    await ada.say("good")
    await ada.say("/coach practice th-bv-02")
    await ada.say(STRONG)  # a copy of an earlier answer, for another prompt
    assert await points() == after_strong
    await ada.say("good")
    await ada.say("/coach mock booked")  # a plan earns nothing
    assert await points() == after_strong
    await ada.say("/coach mock done")
    assert await points() == after_strong + 20


async def test_many_answers_in_a_day_count_less_and_less(coach, clock, curriculum) -> None:
    ada = await member(coach, clock, "ada", "g")
    earned = []
    before = 0
    for pid in ("th-bv-01", "th-bv-02", "th-bv-03", "th-bv-04", "th-bv-05", "th-bv-06", "th-bv-07"):
        await ada.say(f"/coach practice {pid}")
        await ada.say(" ".join(k.text for k in curriculum.prompts[pid].key_points))
        await ada.say("good")
        t = texts(await ada.say("/leaderboard"))
        now = int(t.split("this week (")[1].split(" pts")[0])
        earned.append(now - before)
        before = now
    full = [e for e in earned[:3] if e]
    later = [e for e in earned[3:] if e]
    assert later and full and max(later) < max(full)


async def test_weekly_board_follows_the_group_timezone(coach, clock) -> None:
    ada = await member(coach, clock, "ada", "g")
    await ada.say("/coach practice th-bv-01")
    await ada.say(STRONG)
    assert "this week (0 pts)" not in texts(await ada.say("/leaderboard"))
    clock.advance(days=7)
    t = texts(await ada.say("/leaderboard"))
    assert "this week (0 pts)" in t and "ada —" in board_section(t, "All time")[0]
    r = texts(await ada.say("/coach group tz Asia/Tokyo"))
    assert "Asia/Tokyo" in r and "Asia/Tokyo" in texts(await ada.say("/coach group show"))


async def test_a_seven_day_streak_earns_a_freeze_that_covers_a_missed_day(coach, clock) -> None:
    ada = await member(coach, clock, "ada", "g", tz="UTC")
    prompts = iter(
        f"th-{t}" for t in ["bv-01", "bv-02", "bv-03", "bv-04", "bv-05", "bv-06", "bv-07", "reg-01", "reg-02"]
    )
    for day in range(7):
        await ada.say(f"/coach practice {next(prompts)}")
        await ada.say(STRONG + f" day {day}")
        await ada.say("good")
        clock.advance(days=1)
    t = texts(await ada.say("/leaderboard"))
    assert "🔥 7" in t and "🧊 1 streak freeze" in t
    clock.advance(days=1)  # a missed day
    await ada.say(f"/coach practice {next(prompts)}")
    await ada.say(STRONG + " after the gap")
    t = texts(await ada.say("/leaderboard"))
    assert "🔥 8" in t and "🧊" not in t  # the freeze covered the gap; it did not count as a day
    assert timedelta(days=1)


async def test_group_show_documents_the_scoring(coach, clock) -> None:
    ada = await member(coach, clock, "ada", "g")
    t = texts(await ada.say("/coach group show"))
    assert "How points work" in t and "Phase 1 ×1" in t and "1 member" in t


async def test_the_same_drill_passed_twice_in_a_day_earns_once(coach, clock) -> None:
    """A drill has no answer text, so the "same prompt twice a day" rule was skipped: 20 then 40 pts."""
    from tests import solutions

    ada = await member(coach, clock, "ada", "g")

    async def points() -> int:
        return int(texts(await ada.say("/leaderboard")).split("this week (")[1].split(" pts")[0])

    for _ in range(2):
        await ada.say("/coach practice cd-kfold-01")
        assert "5 of 5 passed" in texts(await ada.say(solutions.KFOLD_RIGHT))
        await ada.say("good")
    assert await points() == 20
    clock.advance(days=1)  # another day: it counts again
    await ada.say("/coach practice cd-kfold-01")
    await ada.say(solutions.KFOLD_RIGHT)
    assert await points() == 40


async def test_a_cancelled_mock_takes_its_points_back(coach, clock) -> None:
    """`mock done`, `mock cancel`, `mock done`… earned 20, 40, 60: one mock, farmed."""
    ada = await member(coach, clock, "ada", "g")

    async def points() -> int:
        return int(texts(await ada.say("/leaderboard")).split("this week (")[1].split(" pts")[0])

    for _ in range(3):
        await ada.say("/coach mock done")
        assert await points() == 20
        assert "Its 20 points are taken back too" in texts(await ada.say("/coach mock cancel"))
        assert await points() == 0
        assert "0 pts" in board_section(texts(await ada.say("/leaderboard")), "All time")[0]
    assert "taken back" not in texts(await ada.say("/coach mock cancel"))  # nothing left to take back


async def test_moving_east_keeps_the_streak_on_the_board(coach, clock) -> None:
    """Honolulu Sunday and Monday evenings, then a move to Auckland where it is already Wednesday:
    the next answer continues the streak (🔥 3), yet the board showed none until then."""
    from datetime import UTC, datetime

    ada = await member(coach, clock, "ada", "g", tz="Pacific/Honolulu")
    for day, pid in ((30, "th-bv-01"), (31, "th-bv-02")):
        clock.set(datetime(2026, 11, 30, 6, 0, tzinfo=UTC) + timedelta(days=day - 30))  # 20:00 in Honolulu
        await ada.say(f"/coach practice {pid}")
        await ada.say(STRONG + f" on day {day}")
        await ada.say("good")
    assert "🔥 2" in texts(await ada.say("/leaderboard"))
    await ada.say("/coach settings tz=Pacific/Auckland")
    clock.set(datetime(2026, 12, 1, 11, 30, tzinfo=UTC))  # Wednesday 00:30 in Auckland
    assert "🔥 2" in texts(await ada.say("/leaderboard"))
    clock.advance(days=2)  # a real missed day: over
    assert "🔥" not in texts(await ada.say("/leaderboard"))
