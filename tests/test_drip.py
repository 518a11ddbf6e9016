"""The daily drip with a controllable clock: local times across DST and odd offsets, timezone and time
changes, downtime, days of the week, snoozing, nudges, mock reminders, and the dispatcher's answers
to a platform that says "later" or "never"."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.adapters.console import ConsoleAdapter
from bot.core.delivery import TryLater, Undeliverable
from jobs.dispatcher import Dispatcher
from tests.conftest import onboard, texts
from tests.fakes.senders import RecordingSender


def at(zone: str, y: int, m: int, d: int, hh: int, mm: int) -> datetime:
    return datetime(y, m, d, hh, mm, tzinfo=ZoneInfo(zone)).astimezone(UTC)


async def drips_at(coach, clock, when: datetime) -> list:  # type: ignore[no-untyped-def]
    clock.set(when)
    return [r for r in await coach.due(when) if r.kind == "drip"]


async def setup(coach, clock, zone: str, hhmm: str, start: datetime, days: str | None = None) -> ConsoleAdapter:  # type: ignore[no-untyped-def]
    clock.set(start)
    ada = ConsoleAdapter(coach, clock, user="ada")
    await onboard(ada, answers="nnnn", interview="none", tz=zone, at=hhmm)
    if days:
        await ada.say(f"/coach settings days={days}")
    return ada


@pytest.mark.parametrize(
    "zone, days",
    [
        # America/New_York: clocks go forward on 2027-03-14 and back on 2027-11-07
        ("America/New_York", [date(2027, 3, 13), date(2027, 3, 14), date(2027, 3, 15)]),
        ("America/New_York", [date(2027, 11, 6), date(2027, 11, 7), date(2027, 11, 8)]),
        # Lord Howe moves by 30 minutes (2027-10-03) ; Kathmandu is UTC+5:45
        ("Australia/Lord_Howe", [date(2027, 10, 2), date(2027, 10, 3), date(2027, 10, 4)]),
        ("Asia/Kathmandu", [date(2027, 1, 4), date(2027, 1, 5)]),
    ],
)
async def test_drip_arrives_at_local_time_across_dst_and_odd_offsets(coach, clock, zone: str, days: list[date]) -> None:
    first = days[0] - timedelta(days=1)
    ada = await setup(coach, clock, zone, "08:30", at(zone, first.year, first.month, first.day, 12, 0))
    for d in days:
        await ada.say("ok")  # the learner keeps answering, so no nudge takes a drill's place
        due = at(zone, d.year, d.month, d.day, 8, 30)
        assert await drips_at(coach, clock, due - timedelta(minutes=1)) == [], d
        got = await drips_at(coach, clock, due)
        assert len(got) == 1, d
        assert due.astimezone(ZoneInfo(zone)).strftime("%H:%M") == "08:30"
        assert await drips_at(coach, clock, due + timedelta(minutes=5)) == []  # never doubled


async def test_a_drip_time_inside_the_dst_gap_still_arrives_once(coach, clock) -> None:
    zone = "Australia/Lord_Howe"  # 2027-10-03 02:00 jumps to 02:30: 02:15 does not exist that day
    await setup(coach, clock, zone, "02:15", at(zone, 2027, 10, 2, 12, 0))
    got = []
    for minute in range(0, 24 * 60, 15):
        got += await drips_at(coach, clock, at(zone, 2027, 10, 2, 12, 0) + timedelta(minutes=minute))
    assert len(got) == 1


async def test_timezone_change_mid_week_neither_doubles_nor_skips(coach, clock) -> None:
    ada = await setup(coach, clock, "Europe/Berlin", "08:30", at("Europe/Berlin", 2026, 12, 1, 7, 0))
    assert len(await drips_at(coach, clock, at("Europe/Berlin", 2026, 12, 2, 8, 30))) == 1  # Wed, Berlin
    await ada.say("/coach settings tz=Asia/Tokyo")  # Wed 17:00 in Tokyo: Wednesday's drip is done
    assert await drips_at(coach, clock, at("Asia/Tokyo", 2026, 12, 2, 23, 0)) == []
    assert len(await drips_at(coach, clock, at("Asia/Tokyo", 2026, 12, 3, 8, 30))) == 1  # Thu, Tokyo


async def test_moving_the_time_to_one_already_past_today_means_tomorrow(coach, clock) -> None:
    ada = await setup(coach, clock, "Europe/Berlin", "20:00", at("Europe/Berlin", 2026, 12, 1, 7, 0))
    clock.set(at("Europe/Berlin", 2026, 12, 1, 12, 0))
    r = texts(await ada.say("/coach settings time=09:00"))
    assert "Wed 2026-12-02 09:00" in r
    assert await drips_at(coach, clock, at("Europe/Berlin", 2026, 12, 1, 21, 0)) == []
    assert len(await drips_at(coach, clock, at("Europe/Berlin", 2026, 12, 2, 9, 0))) == 1


async def test_onboarding_after_todays_time_starts_tomorrow_and_offers_today(coach, clock) -> None:
    clock.set(at("Europe/Berlin", 2026, 12, 1, 10, 0))
    ada = ConsoleAdapter(coach, clock, user="ada")
    r = texts(await onboard(ada, answers="nnnn", tz="Europe/Berlin", at="08:30"))
    assert "Wed 2026-12-02 08:30" in r and "/coach today" in r
    assert await drips_at(coach, clock, at("Europe/Berlin", 2026, 12, 1, 23, 0)) == []


@pytest.mark.parametrize("hhmm, hello", [("03:30", "Hello!"), ("08:00", "Good morning!"), ("21:00", "Good evening!")])
async def test_the_drip_greets_by_the_learners_clock(coach, clock, hhmm: str, hello: str) -> None:
    await setup(coach, clock, "Asia/Tokyo", hhmm, at("Asia/Tokyo", 2026, 12, 1, 1, 0))
    h, m = map(int, hhmm.split(":"))
    (drip,) = await drips_at(coach, clock, at("Asia/Tokyo", 2026, 12, 1, h, m))
    assert drip.text.startswith(hello), drip.text[:40]


async def test_after_downtime_todays_missed_drip_goes_out_older_ones_are_skipped(coach, clock) -> None:
    await setup(coach, clock, "Europe/Berlin", "08:30", at("Europe/Berlin", 2026, 12, 1, 7, 0))
    # down from Tue 08:00 to Thu 10:00: Tue's and Wed's drips are not piled up, Thu's goes out now
    got = await drips_at(coach, clock, at("Europe/Berlin", 2026, 12, 3, 10, 0))
    assert len(got) == 1 and "Thu 03 Dec" in got[0].text
    # down overnight: Fri's time has not come at 07:00, so nothing goes out early
    assert await drips_at(coach, clock, at("Europe/Berlin", 2026, 12, 5, 7, 0)) == []
    assert len(await drips_at(coach, clock, at("Europe/Berlin", 2026, 12, 5, 8, 30))) == 1


async def test_chosen_days_only_and_the_plan_follows(coach, clock) -> None:
    ada = await setup(coach, clock, "UTC", "08:00", at("UTC", 2026, 12, 3, 7, 0), days="mon-fri")  # a Thursday
    plan = texts(await ada.say("/coach plan"))
    assert "Sat 2026-12-05" not in plan.split("Next 7 drills")[1] and "Mon 2026-12-07 08:00" in plan
    got = []
    for d in range(3, 10):
        got += await drips_at(coach, clock, at("UTC", 2026, 12, d, 8, 0))
        await ada.say("ok")
    assert [g.text.split("PrepDrip for ")[1][:3] for g in got] == ["Thu", "Fri", "Mon", "Tue", "Wed"]


async def test_snooze_once_brings_the_drill_back_later(coach, clock) -> None:
    ada = await setup(coach, clock, "UTC", "08:00", at("UTC", 2026, 12, 3, 7, 0))
    assert len(await drips_at(coach, clock, at("UTC", 2026, 12, 3, 8, 0))) == 1
    r = texts(await ada.say("later"))
    assert "10:00" in r
    assert "already snoozed" in texts(await ada.say("/coach later"))
    clock.set(at("UTC", 2026, 12, 3, 9, 59))
    assert await coach.due(clock.now()) == []
    clock.set(at("UTC", 2026, 12, 3, 10, 0))
    back = await coach.due(clock.now())
    assert len(back) == 1 and back[0].kind == "reminder" and "prompt again" in back[0].text
    clock.set(at("UTC", 2026, 12, 3, 12, 0))
    assert await coach.due(clock.now()) == []
    clock.set(at("UTC", 2026, 12, 4, 9, 0))
    r = await ada.say("/coach later 07:00")
    assert r[0].kind == "error" and "already passed" in r[0].text


async def test_later_before_the_drill_has_come_never_brings_it_sooner(coach, clock) -> None:
    ada = await setup(coach, clock, "UTC", "20:00", at("UTC", 2026, 12, 3, 7, 0))
    r = texts(await ada.say("/coach later"))  # 09:00 would be eleven hours early
    assert "isn't here yet" in r and "20:00" in r and "comes back at" not in r
    assert await drips_at(coach, clock, at("UTC", 2026, 12, 3, 9, 0)) == []
    assert len(await drips_at(coach, clock, at("UTC", 2026, 12, 3, 20, 0))) == 1
    r = texts(await ada.say("/coach later 22:00"))  # after it has come: snoozed as before
    assert "comes back at" in r and "22:00" in r


async def test_unanswered_drips_bring_one_nudge_a_day_then_a_question_then_silence(coach, clock) -> None:
    ada = await setup(coach, clock, "UTC", "08:00", at("UTC", 2026, 12, 1, 7, 0))
    kinds = []
    for d in range(1, 10):
        clock.set(at("UTC", 2026, 12, d, 8, 0))
        kinds += [r.kind for r in await coach.due(clock.now())]
    assert kinds == ["drip", "drip", "nudge", "nudge", "nudge", "nudge"]
    await ada.say("hi")  # a reply ends the silence
    clock.set(at("UTC", 2026, 12, 10, 8, 0))
    assert [r.kind for r in await coach.due(clock.now())] == ["drip"]


async def test_mock_reminder_at_seven_three_and_one_days_with_links(coach, clock, tmp_path) -> None:
    coach.svc.settings.mock_links = ("interviewing.io", "a mentor from your study group")
    clock.set(at("UTC", 2026, 12, 1, 7, 0))
    ada = ConsoleAdapter(coach, clock, user="ada")
    await onboard(ada, answers="nnnn", interview="2026-12-20", tz="UTC", at="08:00")
    reminders = {}
    for d in range(1, 20):
        clock.set(at("UTC", 2026, 12, d, 8, 0))
        for r in await coach.due(clock.now()):
            if r.kind == "reminder":
                reminders[d] = r.text
        await ada.say("ok")  # keep answering so no nudges replace drills
    assert sorted(reminders) == [13, 17, 19]
    assert "interviewing.io" in reminders[13]
    assert "Your interview is in 7 days." in reminders[13]
    assert "Your interview is tomorrow." in reminders[19]  # not "is in tomorrow"


async def test_mock_reminders_stop_once_booked_and_after_the_interview(coach, clock) -> None:
    clock.set(at("UTC", 2026, 12, 1, 7, 0))
    ada = ConsoleAdapter(coach, clock, user="ada")
    await onboard(ada, answers="nnnn", interview="2026-12-10", tz="UTC", at="08:00")
    clock.set(at("UTC", 2026, 12, 3, 8, 0))
    assert any(r.kind == "reminder" for r in await coach.due(clock.now()))
    await ada.say("/coach mock booked")
    for d in (7, 9, 11, 12):
        clock.set(at("UTC", 2026, 12, d, 8, 0))
        assert not any(r.kind == "reminder" for r in await coach.due(clock.now()))
        await ada.say("ok")
    # the interview date has passed: drills go on, the plan still draws
    assert "Your plan" in texts(await ada.say("/coach plan"))


# ---- the dispatcher against a platform that says "later" or "never" ------------------------------


async def test_a_rate_limited_message_is_retried_after_retry_after_and_sent_once(coach, clock) -> None:
    await setup(coach, clock, "UTC", "08:00", at("UTC", 2026, 12, 3, 7, 0))
    clock.set(at("UTC", 2026, 12, 3, 8, 0))
    await coach.enqueue_due(clock.now())
    sender = RecordingSender()
    sender.fail_next(TryLater("ratelimited", retry_after=30))
    d = Dispatcher(coach.outbox, {"console": sender}, clock)
    first = await d.drain()
    assert first.retried == 1 and sender.sent == []
    clock.advance(seconds=29)
    assert (await d.drain()).sent == 0
    clock.advance(seconds=1)
    assert (await d.drain()).sent == 1
    assert len(sender.sent) == 1 and await coach.outbox.counts() == {"sent": 1}


async def test_a_refused_dm_fails_with_its_reason_pauses_and_is_explained(coach, clock) -> None:
    ada = await setup(coach, clock, "UTC", "08:00", at("UTC", 2026, 12, 3, 7, 0))
    clock.set(at("UTC", 2026, 12, 3, 8, 0))
    await coach.enqueue_due(clock.now())
    sender = RecordingSender()
    sender.fail_next(Undeliverable("cannot_dm_bot"))
    await Dispatcher(coach.outbox, {"console": sender}, clock, door_closed=coach.door_closed).drain()
    failures = await coach.outbox.failures(5)
    assert [f.reason for f in failures] == ["cannot_dm_bot"]
    clock.set(at("UTC", 2026, 12, 4, 8, 0))
    assert await coach.due(clock.now()) == []  # paused: nothing retried forever
    r = texts(await ada.say("/coach today"))
    assert "couldn't send you a direct message (cannot_dm_bot)" in r and "/coach resume" in r
    assert "couldn't send you" not in texts(await ada.say("/coach plan"))  # said once
    assert "(paused)" in texts(await ada.say("/coach settings"))


async def test_messages_of_one_learner_keep_their_order(coach, clock) -> None:
    clock.set(at("UTC", 2026, 12, 1, 7, 0))
    ada = ConsoleAdapter(coach, clock, user="ada")
    await onboard(ada, answers="nnnn", interview="2026-12-10", tz="UTC", at="08:00")
    clock.set(at("UTC", 2026, 12, 3, 8, 0))  # drip and the 7-day mock reminder on the same day
    await coach.enqueue_due(clock.now())
    sender = RecordingSender()
    sender.fail_next(TryLater("timeout"))
    d = Dispatcher(coach.outbox, {"console": sender}, clock)
    await d.drain()
    assert sender.sent == []  # the reminder waits for the drip before it
    clock.advance(minutes=5)
    await d.drain()
    assert [m.kind for m in sender.sent] == ["drip", "mock"]


async def test_gives_up_after_max_attempts_with_the_reason(coach, clock) -> None:
    await setup(coach, clock, "UTC", "08:00", at("UTC", 2026, 12, 3, 7, 0))
    clock.set(at("UTC", 2026, 12, 3, 8, 0))
    await coach.enqueue_due(clock.now())
    sender = RecordingSender()
    sender.fail_next(*[TryLater("http 503")] * 3)
    d = Dispatcher(coach.outbox, {"console": sender}, clock, max_attempts=3)
    for _ in range(3):
        await d.drain()
        clock.advance(minutes=10)
    [f] = await coach.outbox.failures(5)
    assert f.reason.startswith("gave up after 3 tries") and "503" in f.reason
