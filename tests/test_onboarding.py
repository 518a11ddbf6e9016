"""Console transcripts of onboarding, settings and every bad value a user can send."""

from __future__ import annotations

import pytest

from bot.core.engine import MAX_MESSAGE_CHARS
from tests.conftest import onboard, texts


async def test_full_onboarding_transcript(console) -> None:
    r = await console.say("/coach start")
    assert "Question 1 of 4" in texts(r)
    for a in ("yes", "yes", "no"):
        r = await console.say(a)
    r = await console.say("no")
    assert "Phase 2" in r[0].text and "Why:" in r[0].text
    assert "YYYY-MM-DD" in texts(r)
    assert "IANA" in texts(await console.say("2027-06-30"))
    assert "HH:MM" in texts(await console.say("Europe/Berlin"))
    assert "junior" in texts(await console.say("08:30"))
    r = await console.say("senior")
    t = texts(r)
    assert "All set" in t and "Phase 2: Coding" in t and "2027-06-30" in t
    assert "Wed 2026-11-25 08:30" in t  # first drill: today 08:30 Berlin (it is 08:00 there now)


@pytest.mark.parametrize(
    "bad, says",
    [
        ("someday soon", "couldn't read"),
        ("2027-02-30", "isn't a real calendar date"),
        ("2020-01-01", "in the past"),
        ("2031-01-01", "two years"),
        ("30/06/2027", "YYYY-MM-DD"),
    ],
)
async def test_bad_interview_dates_are_refused_and_asked_again(console, bad: str, says: str) -> None:
    await console.say("/coach start")
    for a in "yynn":
        await console.say("yes" if a == "y" else "no")
    r = await console.say(bad)
    assert r[0].kind == "error" and says in r[0].text
    assert "IANA" in texts(await console.say("2027-06-30"))  # the step was not lost


@pytest.mark.parametrize("bad", ["Mars/Olympus", "PST", "../../etc/passwd", "GMT+25", "Europe/Berlin; drop", ""])
async def test_unknown_timezone_is_refused(console, bad: str) -> None:
    await console.say("/coach start")
    for a in "yynn":
        await console.say("yes" if a == "y" else "no")
    await console.say("none")
    r = await console.say(bad)
    assert r[0].kind == "error"
    assert "HH:MM" in texts(await console.say("europe/berlin"))  # case-insensitive match is accepted


@pytest.mark.parametrize("bad", ["25:00", "7", "eight", "08:60", "13pm"])
async def test_bad_daily_time_is_refused(console, bad: str) -> None:
    await console.say("/coach start")
    for a in "yynn":
        await console.say("yes" if a == "y" else "no")
    await console.say("none")
    await console.say("UTC")
    r = await console.say(bad)
    assert r[0].kind == "error" and "HH:MM" in r[0].text


async def test_bad_level_is_refused(console) -> None:
    await console.say("/coach start")
    for a in "yynn":
        await console.say("yes" if a == "y" else "no")
    for v in ("none", "UTC", "09:00"):
        await console.say(v)
    r = await console.say("principal")
    assert r[0].kind == "error" and "junior" in r[0].text
    assert "All set" in texts(await console.say("STAFF"))


async def test_huge_message_is_refused_without_losing_state(console) -> None:
    await console.say("/coach start")
    r = await console.say("x" * 40_000)
    assert r[0].kind == "error" and f"{MAX_MESSAGE_CHARS:,}" in r[0].text
    assert "Question 2 of 4" in texts(await console.say("yes"))


async def test_empty_message_during_onboarding(console) -> None:
    await console.say("/coach start")
    r = await console.say("   ")
    assert r[0].kind == "error"
    assert "Question 1 of 4" in texts(r)


async def test_commands_before_onboarding_point_to_start(console) -> None:
    r = await console.say("/coach today")
    assert "/coach start" in texts(r)


async def test_unknown_commands_get_a_friendly_list(console) -> None:
    r = await console.say("/coach dance")
    assert r[0].kind == "error" and "`today`" in r[0].text
    r = await console.say("/frobnicate")
    assert "/coach" in r[0].text


async def test_user_text_is_not_echoed_as_a_mention(console) -> None:
    await console.say("/coach start")
    r = await console.say("@everyone <!channel> <@U123>")
    t = texts(r)
    assert "@everyone" not in t and "<!channel>" not in t and "<@U123>" not in t


async def test_settings_change_and_validation(console) -> None:
    await onboard(console)
    r = await console.say("/coach settings tz=America/New_York time=07:15")
    assert "Saved" in r[0].text and "07:15" in r[0].text
    r = await console.say("/coach settings tz=Nowhere/City time=99:99 level=guru interview=2001-01-01 color=red")
    t = r[0].text
    assert r[0].kind == "error" and t.startswith("Nothing changed")
    for word in ("timezone", "time", "level", "past", "color"):
        assert word in t
    r = await console.say("/coach settings")
    assert "America/New_York" in r[0].text and "07:15" in r[0].text  # the bad batch changed nothing


async def test_restart_keeps_history_and_reroutes(console) -> None:
    await onboard(console, answers="yynn")
    r = await onboard(console, answers="yyyy", interview="none")
    assert "Phase 4" in texts(r)
    r = await console.say("/coach plan")
    assert "Phase 4" in texts(r)


async def test_pause_and_resume(console, clock) -> None:
    await onboard(console)
    assert "Paused" in texts(await console.say("/coach pause"))
    assert "paused" in texts(await console.say("/coach plan"))
    assert "Next drill" in texts(await console.say("/coach resume"))


async def test_date_past_in_the_users_timezone_is_asked_again(console, clock) -> None:
    from datetime import UTC, datetime

    clock.set(datetime(2026, 11, 25, 12, 0, tzinfo=UTC))  # already 26 Nov in Auckland
    await console.say("/coach start")
    for a in "yynn":
        await console.say("yes" if a == "y" else "no")
    await console.say("2026-11-25")  # accepted for now: still today somewhere on Earth
    for v in ("Pacific/Auckland", "08:00"):
        await console.say(v)
    r = await console.say("senior")
    assert r[0].kind == "error" and "behind you" in r[0].text
    r = await console.say("2026-12-20")
    assert "All set" in texts(r)


async def test_shortcuts_and_bare_words(console) -> None:
    assert "PrepDrip commands" in texts(await console.say("help"))
    assert "Question 1 of 4" in texts(await console.say("/start"))
    await console.say("no")
    assert "Question 3 of 4" not in texts(await console.say("help"))  # mid-onboarding it's an answer


async def test_settings_accept_spaces_and_colons(console) -> None:
    await onboard(console)
    r = await console.say("/coach settings tz = Asia/Tokyo time: 06:45")
    assert "Saved" in r[0].text and "Asia/Tokyo" in r[0].text and "06:45" in r[0].text
    r = await console.say("/coach settings interview=none")
    assert "interview=none" in r[0].text


async def test_readiness_half_way_through_setup_asks_to_finish_it(console) -> None:
    await console.say("/coach start")
    r = await console.say("/readiness")
    assert "finish setting you up first" in texts(r) and "Question 1 of 4" in texts(r)
