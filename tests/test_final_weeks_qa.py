"""QA of the final weeks and after the interview (helper `qa-final`): what a learner tripped over in
the drip, an edited message and the mock reminder. Each test failed before its fix; storage runs on
SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.adapters.console import ConsoleAdapter
from bot.core.clock import FakeClock
from bot.core.edits import edited, edited_once
from bot.core.engine import Coach
from tests.conftest import onboard, texts

STORY = (
    "In 2023 I owned our churn model launch. The PM said it wasn't ready. I ran a two-week A/B test "
    "with a holdout; we measured a 4% lift in retention, so we launched."
)
THEORY = "Bias is error from wrong assumptions, variance is sensitivity to the training sample."


@pytest.fixture
def ada(both: Coach, clock: FakeClock) -> ConsoleAdapter:
    return ConsoleAdapter(both, clock, user="ada")


def utc(day: int, hour: int = 8) -> datetime:
    return datetime(2026, 12, day, hour, 0, tzinfo=UTC)


# ---- 1. a drip after an unrated answer asks for the rating, not for an answer --------------------------


async def test_the_drip_after_an_unrated_answer_asks_only_for_the_rating(
    both: Coach, clock: FakeClock, ada: ConsoleAdapter
) -> None:
    """It read "You still have this one open — answer it, or `/coach skip` to move on." and then "Rate
    your last answer": the answer was in, and another one would not have been read as an answer."""
    clock.set(utc(1, 7))
    await onboard(ada, answers="yyyy", interview="2026-12-20", tz="UTC", at="08:00")
    await ada.say("/coach practice bh-dis-01")
    assert "STAR check" in texts(await ada.say(STORY))  # graded; not rated
    clock.set(utc(1))
    [drip] = [r for r in await both.due(clock.now()) if r.kind == "drip"]
    assert "answer it" not in drip.text
    assert "needs only your rating" in drip.text and "Rate your last answer" in drip.text
    assert "answer it" not in texts(await ada.say("/coach today"))


# ---- 2. an edited message: what the learner is told matches where they stand ---------------------------


async def test_an_edit_after_a_story_is_graded_mentions_no_follow_up(both: Coach, ada: ConsoleAdapter) -> None:
    """A story has no follow-up question, yet the edit note said "Put what you'd add into the follow-up"."""
    await onboard(ada, answers="yyyy")
    await ada.say("/coach practice bh-dis-01")
    await ada.say(STORY)
    note = (await edited(both, ada.ref)).text
    assert "keeps the grade of the version you sent first" in note
    assert "follow-up" not in note and "*Again*" in note


async def test_an_edit_with_a_follow_up_offered_still_points_to_it(both: Coach, ada: ConsoleAdapter) -> None:
    await onboard(ada, answers="nnnn")
    await ada.say("/coach practice th-bv-01")
    await ada.say(THEORY)
    note = (await edited(both, ada.ref)).text
    assert "keeps the grade of the version you sent first" in note and "follow-up" in note


async def test_an_edit_of_a_rated_answer_does_not_invite_it_as_the_next_prompts_answer(
    both: Coach, ada: ConsoleAdapter
) -> None:
    """Rated, the next prompt came; an edit of the rated answer was told "send it again as a new
    message", and the resent story was graded as the answer to the next prompt, and saved to the story
    inventory under its type."""
    await onboard(ada, answers="yyyy")
    await ada.say("/coach practice bh-dis-01")
    await ada.say(STORY)
    nxt = texts(await ada.say("good"))
    assert "`bh-fail-01`" in nxt  # the next story prompt is open now
    note = (await edited(both, ada.ref)).text
    assert "If it was your answer to `bh-fail-01`" in note
    assert "keeps the grade it got" in note


async def test_one_edit_is_answered_once_however_often_the_platform_sends_it(
    both: Coach, ada: ConsoleAdapter, clock: FakeClock
) -> None:
    """Claimed in the ledger, so a second process (or the same update sent again) stays quiet."""
    await onboard(ada, answers="nnnn")
    first = await edited_once(both, ada.ref, clock.now(), edit="slack:D1:1765000000.000100:1765000010.0")
    again = await edited_once(both, ada.ref, clock.now(), edit="slack:D1:1765000000.000100:1765000010.0")
    later = await edited_once(both, ada.ref, clock.now(), edit="slack:D1:1765000000.000100:1765000020.0")
    assert first is not None and "I saw your edit" in first.text
    assert again is None
    assert later is not None and "I saw your edit" in later.text


# ---- 3. the first drip after the interview asks how it went ---------------------------------------------


async def drips_from(coach: Coach, clock: FakeClock, ada: ConsoleAdapter, days: range) -> dict[int, str]:
    """Each day's drip at 08:00 UTC, by day of the month (skipping it, so no nudge replaces the next)."""
    got: dict[int, str] = {}
    for d in days:
        clock.set(utc(d))
        for r in await coach.due(clock.now()):
            if r.kind == "drip":
                got[d] = r.text
                await ada.say("/coach skip")
    return got


async def test_the_first_drip_after_the_interview_asks_how_it_went_once_per_date(
    both: Coach, clock: FakeClock, ada: ConsoleAdapter
) -> None:
    """The day after, the drip read "Good morning! Your PrepDrip for …" with a new prompt, as if nothing had
    happened (only /readiness and /coach plan knew the interview was over)."""
    clock.set(utc(1, 7))
    await onboard(ada, answers="yyyy", interview="2026-12-06", tz="UTC", at="08:00")
    await ada.say("/coach mock booked")  # no reminders in the way
    got = await drips_from(both, clock, ada, range(5, 9))
    assert "How did it go" not in got[5] + got[6]  # the day before and the day itself
    assert got[7].startswith("Good morning! Your PrepDrip for Mon 07 Dec")
    assert "Your interview was yesterday (2026-12-06). How did it go?" in got[7]
    assert "/coach settings interview=YYYY-MM-DD" in got[7] and " · level " in got[7]  # and today's prompt still
    assert "How did it go" not in got[8]  # asked once
    clock.set(utc(8, 12))
    await ada.say("/coach settings interview=2026-12-10")  # the next round
    got = await drips_from(both, clock, ada, range(9, 13))
    assert [d for d, t in got.items() if "How did it go" in t] == [11]


async def test_after_the_interview_with_drills_mon_fri_the_monday_drip_asks(
    both: Coach, clock: FakeClock, ada: ConsoleAdapter
) -> None:
    """An interview on a Friday, east of the date line: the next drill is Monday's, and it asks."""
    clock.set(datetime(2026, 11, 30, 12, tzinfo=UTC))
    await onboard(ada, answers="yyyy", interview="2026-12-04", tz="Pacific/Kiritimati", at="07:00")
    await ada.say("/coach settings days=mon-fri")
    await ada.say("/coach mock booked")
    seen: list[str] = []
    clock.set(datetime(2026, 12, 3, 12, tzinfo=UTC))  # Fri 4 Dec 02:00 local
    for _ in range(24 * 4):
        clock.advance(hours=1)
        seen += [r.text for r in await both.due(clock.now()) if r.kind == "drip"]
    assert len(seen) == 2  # Friday's and Monday's; none at the weekend
    assert "How did it go" not in seen[0]
    assert "Your PrepDrip for Mon 07 Dec" in seen[1] and "Your interview was 3 days ago (2026-12-04)." in seen[1]


# ---- 4. the mock reminder does not send someone already paired back to `/coach mock pair` ---------------


async def test_the_mock_reminder_knows_the_learner_is_paired_or_waiting(both: Coach, clock: FakeClock) -> None:
    """Paired (or waiting on the list), the reminder still said "Or practise with someone from your study
    group: `/coach mock pair`", which only answered "You're paired with … since …"."""
    ann, bob, cy = (ConsoleAdapter(both, clock, user=n, group="ml") for n in ("ann", "bob", "cy"))
    clock.set(utc(1, 7))
    for who in (ann, bob, cy):
        await onboard(who, answers="yyyy", interview="2026-12-06", tz="UTC", at="08:00")
        await who.say("/coach group join")
    await ann.say("/coach mock pair")
    assert "paired with *ann*" in texts(await bob.say("/coach mock pair"))
    await cy.say("/coach mock pair")  # waits: nobody else on the list
    clock.set(utc(1))
    said = {r.to.user_id: r.text for r in await both.due(clock.now()) if r.kind == "reminder" and r.to}
    assert sorted(said) == ["ann", "bob", "cy"]
    for paired in ("ann", "bob"):
        assert "`/coach mock pair`" not in said[paired]
        assert "already paired for a peer mock" in said[paired]
    assert "`/coach mock pair`" not in said["cy"] and "on your study group's peer-mock list" in said["cy"]


async def test_readiness_on_the_interview_day_wishes_luck_instead_of_on_track(coach, clock) -> None:  # type: ignore[no-untyped-def]
    """On the day itself it read "Interview 2026-11-25: today · on track ✅" beside 0/100 in every round."""
    ada = ConsoleAdapter(coach, clock, user="ada")
    await onboard(ada, answers="nnnn", interview=clock.now().date().isoformat(), tz="UTC")
    report = texts(await ada.say("/readiness"))
    assert "today. Skim your stories" in report and "on track" not in report
