"""What people type for a timezone, a daily time and an interview date: what is accepted (with the value
and what the note says), what is refused (with the suggestion the hint names), and that nothing raises."""

from __future__ import annotations

import random
import re
from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo, available_timezones

import pytest

from bot.core.inputs import Reading, ZoneNames, quote, read_date, read_time_of_day
from bot.core.inputs import zone_places as inputs

TODAY = date(2026, 11, 25)  # a Wednesday, as in conftest.START
WINTER = datetime(2026, 11, 25, 7, 0, tzinfo=UTC)
SUMMER = datetime(2027, 7, 1, 12, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def zones() -> ZoneNames:
    return ZoneNames()


def ticked(hint: str | None) -> list[str]:
    """The `code` spans of a reply, in order: the names or times it tells the user to send."""
    assert hint is not None
    return re.findall(r"`([^`]+)`", hint)


def iso_dates(hint: str | None) -> list[str]:
    assert hint is not None
    return re.findall(r"\d{4}-\d{2}-\d{2}", hint)


def assert_refused(r: Reading[object]) -> str:
    assert (r.ok, r.value, r.note) == (False, None, None)
    assert r.hint is not None
    return r.hint


# ==== timezones ====================================================================================


@pytest.mark.parametrize(
    "text, name",
    [
        ("Europe/Berlin", "Europe/Berlin"),
        ("europe/berlin", "Europe/Berlin"),
        ("EUROPE/BERLIN", "Europe/Berlin"),
        ("  Europe/Berlin  ", "Europe/Berlin"),
        ("`Europe/Berlin`", "Europe/Berlin"),  # copied from the prompt with its backticks
        ("UTC", "UTC"),
        ("utc", "UTC"),
        ("Asia/Kolkata", "Asia/Kolkata"),
        ("America/Argentina/Buenos_Aires", "America/Argentina/Buenos_Aires"),
        ("America/Port-au-Prince", "America/Port-au-Prince"),
        ("Etc/UTC", "Etc/UTC"),
        ("US/Pacific", "US/Pacific"),  # legacy but exact: kept as typed, like canonical()
        ("Asia/Calcutta", "Asia/Calcutta"),
    ],
)
def test_exact_iana_names_are_accepted_without_a_note(zones: ZoneNames, text: str, name: str) -> None:
    assert zones.read(text) == Reading(True, name)


@pytest.mark.parametrize(
    "text, name",
    [
        ("london", "Europe/London"),
        ("London", "Europe/London"),
        ("new york", "America/New_York"),
        ("new_york", "America/New_York"),
        ("New-York", "America/New_York"),
        ("los angeles", "America/Los_Angeles"),
        ("Kolkata", "Asia/Kolkata"),
        ("sao paulo", "America/Sao_Paulo"),
        ("São Paulo", "America/Sao_Paulo"),
        ("Zürich", "Europe/Zurich"),
        ("st. john's", "America/St_Johns"),
        ("berlin", "Europe/Berlin"),
        ("Buenos Aires", "America/Argentina/Buenos_Aires"),  # not the legacy America/Buenos_Aires
        ("Indianapolis", "America/Indiana/Indianapolis"),
        ("Istanbul", "Europe/Istanbul"),
        ("calcutta", "Asia/Kolkata"),  # old spelling, today's name
        ("saigon", "Asia/Ho_Chi_Minh"),
        ("kiev", "Europe/Kyiv"),
        ("india", "Asia/Kolkata"),
        ("Bangalore", "Asia/Kolkata"),
        ("germany", "Europe/Berlin"),
        ("munich", "Europe/Berlin"),
        ("UK", "Europe/London"),
        ("NYC", "America/New_York"),
        ("San Francisco", "America/Los_Angeles"),
        ("Japan", "Asia/Tokyo"),  # a legacy IANA name, returned as the modern one
        ("GB", "Europe/London"),
        ("PRC", "Asia/Shanghai"),
        ("america/new york", "America/New_York"),
        ("Europe/Berlin (CET)", "Europe/Berlin"),
        ("Europe/Berlin time", "Europe/Berlin"),
        ("london time", "Europe/London"),
        ("India Standard Time", "Asia/Kolkata"),
        ("London, UK", "Europe/London"),
        ("Berlin, Germany", "Europe/Berlin"),
        ("Toronto, Canada", "America/Toronto"),
        ("Portland, Oregon", "America/Los_Angeles"),
        ("Z", "UTC"),
        ("zulu", "UTC"),
        ("UTC time", "UTC"),
        ("Coordinated Universal Time", "UTC"),
        ("UTC+0", "UTC"),
        ("+00:00", "UTC"),
    ],
)
def test_unambiguous_names_are_accepted_with_a_note(zones: ZoneNames, text: str, name: str) -> None:
    assert zones.read(text) == Reading(True, name, f"I read “{text.strip()}” as {name}.")


def test_gmt_is_accepted_with_a_word_for_the_uk(zones: ZoneNames) -> None:
    r = zones.read("GMT")
    assert (r.ok, r.value, r.hint) == (True, "GMT", None)
    assert r.note is not None and "UTC+00:00 all year" in r.note and ticked(r.note) == ["Europe/London"]


@pytest.mark.parametrize("text, offset", [("Etc/GMT+5", "UTC−05:00"), ("etc/gmt-3", "UTC+03:00")])
def test_etc_names_are_accepted_with_their_reversed_sign_spelled_out(zones: ZoneNames, text: str, offset: str) -> None:
    r = zones.read(text)
    assert r.ok and r.value == text.replace("etc/gmt", "Etc/GMT")
    assert r.note is not None and f"fixed {offset} all year" in r.note


@pytest.mark.parametrize(
    "text, suggested",
    [
        ("PST", ["America/Los_Angeles", "America/Vancouver"]),
        ("PDT", ["America/Los_Angeles", "America/Vancouver"]),
        ("pst8pdt", ["America/Los_Angeles", "America/Vancouver"]),
        ("Pacific Standard Time", ["America/Los_Angeles", "America/Vancouver"]),
        ("EST", ["America/New_York", "America/Toronto"]),  # an IANA name, but with no daylight saving
        ("Eastern Time", ["America/New_York", "America/Toronto"]),
        ("CST", ["America/Chicago", "Asia/Shanghai", "America/Havana"]),
        ("IST", ["Asia/Kolkata", "Europe/Dublin", "Asia/Jerusalem"]),
        ("CET", ["Europe/Berlin", "Europe/Paris", "Europe/Madrid"]),
        ("CEST", ["Europe/Berlin", "Europe/Paris", "Europe/Madrid"]),
        ("EET", ["Europe/Athens", "Europe/Helsinki", "Europe/Kyiv"]),
        ("BST", ["Europe/London", "Asia/Dhaka"]),
        ("JST", ["Asia/Tokyo"]),
        ("MST", ["America/Denver", "America/Phoenix", "America/Edmonton"]),
        ("AEST", ["Australia/Sydney", "Australia/Brisbane"]),
    ],
)
def test_abbreviations_are_refused_with_places_to_send(zones: ZoneNames, text: str, suggested: list[str]) -> None:
    hint = assert_refused(zones.read(text))
    assert ticked(hint) == suggested
    assert f"“{text}”" in hint and "daylight saving" in hint


@pytest.mark.parametrize(
    "text, suggested",
    [
        ("usa", ["America/New_York", "America/Chicago", "America/Los_Angeles"]),
        ("United States", ["America/New_York", "America/Chicago", "America/Los_Angeles"]),
        ("canada", ["America/Toronto", "America/Vancouver", "America/Edmonton"]),
        ("australia", ["Australia/Sydney", "Australia/Brisbane", "Australia/Perth"]),
        ("spain", ["Europe/Madrid", "Atlantic/Canary"]),
        ("georgia", ["America/New_York", "Asia/Tbilisi"]),
        ("washington", ["America/Los_Angeles", "America/New_York"]),
        ("texas", ["America/Chicago", "America/Denver"]),
        ("samoa", ["Pacific/Apia", "Pacific/Pago_Pago"]),
        ("Paris, Texas", ["Europe/Paris", "America/Chicago", "America/Denver"]),
    ],
)
def test_places_with_several_zones_are_refused_with_them(zones: ZoneNames, text: str, suggested: list[str]) -> None:
    hint = assert_refused(zones.read(text))
    assert ticked(hint) == suggested
    assert hint.startswith(f"“{text}” could mean more than one timezone.")


@pytest.mark.parametrize(
    "text, first",
    [
        ("Europe/Berln", "Europe/Berlin"),
        ("Amercia/New_York", "America/New_York"),
        ("Amerca/Los_Angles", "America/Los_Angeles"),
        ("Australia/Sidney", "Australia/Sydney"),
        ("Europe/Lodnon", "Europe/London"),
        ("Asia/Calcuta", "Asia/Kolkata"),
        ("Europ/Berlin", "Europe/Berlin"),
        ("Asia/Berlin", "Europe/Berlin"),  # right city, wrong region
        ("Germany/Berlin", "Europe/Berlin"),
        ("londn", "Europe/London"),
        ("berln", "Europe/Berlin"),
        ("toronot", "America/Toronto"),
        ("bangalor", "Asia/Kolkata"),
        ("shangai", "Asia/Shanghai"),
    ],
)
def test_typos_are_refused_with_did_you_mean(zones: ZoneNames, text: str, first: str) -> None:
    hint = assert_refused(zones.read(text))
    assert hint.startswith(f"I don't know the timezone “{text}”. Did you mean `{first}`")
    assert 1 <= len(ticked(hint)) <= 3


@pytest.mark.parametrize(
    "text, at, included, excluded",
    [
        ("UTC+2", WINTER, "Europe/Athens", "Europe/Berlin"),  # Berlin is UTC+1 in November...
        ("UTC+2", SUMMER, "Europe/Berlin", "Europe/Athens"),  # ...and UTC+2 in July, when Athens is +3
        ("GMT-5", WINTER, "America/New_York", "America/Chicago"),
        ("utc -5", SUMMER, "America/Chicago", "America/New_York"),
        ("+05:30", WINTER, "Asia/Kolkata", "Asia/Dhaka"),
        ("UTC+0545", WINTER, "Asia/Kathmandu", "Asia/Kolkata"),
        ("−8", WINTER, "America/Los_Angeles", "America/Denver"),  # a typographic minus
    ],
)
def test_offsets_are_refused_with_zones_at_that_offset(
    zones: ZoneNames, text: str, at: datetime, included: str, excluded: str
) -> None:
    hint = assert_refused(zones.read(text, at))
    assert "daylight saving" in hint
    assert included in ticked(hint) and excluded not in ticked(hint)
    assert 1 <= len(ticked(hint)) <= 3


def test_offsets_without_an_instant_ask_for_a_city(zones: ZoneNames) -> None:
    hint = assert_refused(zones.read("UTC+2"))
    assert "daylight saving" in hint and ticked(hint) == ["Europe/Berlin"]


@pytest.mark.parametrize("text", ["GMT+25", "UTC-13", "+14:30", "UTC+5:75"])
def test_offsets_no_place_uses_are_refused(zones: ZoneNames, text: str) -> None:
    hint = assert_refused(zones.read(text, WINTER))
    assert "isn't an offset any place uses" in hint and "`Europe/Berlin`" in hint


@pytest.mark.parametrize(
    "text",
    [
        "Mars/Olympus",
        "../../etc/passwd",
        "/etc/localtime",
        "Europe/Berlin; drop",
        "Europe/" + "x" * 60,
        "localtime",  # the server's own zone
        "Factory",
        "xyzzy",
        "north",  # Australia/North is Darwin; nobody means that by "north"
        "Etc/GMT+25",
    ],
)
def test_unknown_timezones_get_the_generic_hint(zones: ZoneNames, text: str) -> None:
    hint = assert_refused(zones.read(text))
    assert hint == (
        f"I don't know the timezone {quote(text)}. Send an IANA name such as `Europe/Berlin`, "
        "`America/Los_Angeles`, `Asia/Kolkata` or `UTC`, or a city in your timezone, like `London`."
    )


@pytest.mark.parametrize("text", ["", "   ", "\n\t"])
def test_empty_timezone_is_refused(zones: ZoneNames, text: str) -> None:
    assert assert_refused(zones.read(text)).startswith("That was empty.")


def test_every_geographic_zone_reads_back_by_name_and_by_city(zones: ZoneNames) -> None:
    """Each Region/City the zone database has is accepted as typed, in lower case, and by its city alone:
    as itself or the current name of the same zone (Calcutta -> Kolkata), or, where the city's name is
    shared (Victoria, Samoa), refused with that zone among the suggestions."""
    instants = [datetime(y, m, 1, tzinfo=UTC) for y in (2005, 2015, 2025, 2035) for m in (1, 7)]

    def rules(name: str) -> list[object]:
        return [t.astimezone(ZoneInfo(name)).utcoffset() for t in instants]

    shared = 0
    for name in sorted(available_timezones()):
        if "/" not in name or name.split("/")[0] not in inputs._REGIONS:
            continue
        assert zones.read(name) == Reading(True, name)
        assert zones.read(name.lower()) == Reading(True, name)
        city = name.rsplit("/", 1)[-1].replace("_", " ")
        if city.lower() in inputs._NOT_CITIES:
            continue
        r = zones.read(city)
        if r.ok:
            assert r.value is not None and rules(r.value) == rules(name), (name, r.value)
        else:
            shared += 1
            assert any(rules(s) == rules(name) for s in ticked(r.hint)), (name, r.hint)
    assert shared <= 3


def test_every_zone_the_tables_name_exists() -> None:
    """The tables drop names the zone database lacks, silently; with our pinned tzdata none may be missing."""
    names = available_timezones()
    tables = [*inputs._ABBREVIATIONS, *inputs._PLACES]
    named = {zone for _, spec in tables for zone, _ in inputs._parse_options(spec)}
    named |= set(inputs._WELL_KNOWN) | set(inputs._RENAMED.values())
    assert sorted(named - names) == []


@pytest.mark.parametrize(
    "text, name",
    [
        ("Europe/Berlin", "Europe/Berlin"),
        ("europe/berlin", "Europe/Berlin"),
        (" utc ", "UTC"),
        ("CET", "CET"),
        ("EST", "EST"),
        ("localtime", "localtime"),  # as engine.ZoneNames does today; read() refuses it
        ("london", None),
        ("Europe/Berlin; drop", None),
        ("../../etc/passwd", None),
        ("Europe/" + "x" * 60, None),
        ("", None),
    ],
)
def test_canonical_keeps_the_engines_behaviour(zones: ZoneNames, text: str, name: str | None) -> None:
    if name == "localtime" and "localtime" not in available_timezones():
        name = None
    assert zones.canonical(text) == name


def test_each_instance_keeps_its_own_index() -> None:
    a, b = ZoneNames(), ZoneNames()
    assert a.read("london").value == "Europe/London"
    assert b._index is None  # nothing shared at module level
    assert b.read("london").value == "Europe/London" and a._index is not b._index


# ==== time of day ==================================================================================


@pytest.mark.parametrize(
    "text, at", [("08:30", time(8, 30)), ("8:30", time(8, 30)), ("23:59", time(23, 59)), (" 00:00 ", time(0, 0))]
)
def test_plain_times_are_accepted_without_a_note(text: str, at: time) -> None:
    assert read_time_of_day(text) == Reading(True, at)


@pytest.mark.parametrize(
    "text, hhmm",
    [
        ("0830", "08:30"),
        ("830", "08:30"),
        ("1900 hrs", "19:00"),
        ("7am", "07:00"),
        ("7 AM", "07:00"),
        ("7a", "07:00"),
        ("7 a.m.", "07:00"),
        ("7:05 pm", "19:05"),
        ("7.05pm", "19:05"),
        ("8:30pm", "20:30"),
        ("7 in the evening", "19:00"),
        ("12:30am", "00:30"),
        ("19h", "19:00"),
        ("19h30", "19:30"),
        ("8.30", "08:30"),
        ("19", "19:00"),
        ("eight pm", "20:00"),
        ("seven thirty am", "07:30"),
        ("８：３０", "08:30"),  # full-width, as a CJK keyboard types it
    ],
)
def test_other_clear_times_are_accepted_with_a_note(text: str, hhmm: str) -> None:
    h, m = map(int, hhmm.split(":"))
    assert read_time_of_day(text) == Reading(True, time(h, m), f"I read “{text}” as {hhmm}.")


@pytest.mark.parametrize(
    "text, at, note",
    [
        ("noon", time(12, 0), "I read “noon” as 12:00."),
        ("midnight", time(0, 0), "I read “midnight” as 00:00."),
        ("12pm", time(12, 0), "I read “12pm” as 12:00 (noon)."),
        ("12am", time(0, 0), "I read “12am” as 00:00 (midnight)."),
    ],
)
def test_noon_and_midnight(text: str, at: time, note: str) -> None:
    assert read_time_of_day(text) == Reading(True, at, note)


@pytest.mark.parametrize(
    "text, says, suggested",
    [
        ("25:00", "hours run 00–23", ["08:30", "19:00"]),
        ("08:60", "minutes 00–59", ["08:30", "19:00"]),
        ("24:00", "end of the day", ["00:00"]),
        ("13pm", "mixes 24-hour time with am/pm", ["13:00"]),
        ("0am", "mixes 24-hour time with am/pm", ["00:00"]),
        ("7", "morning or evening", ["07:00", "19:00"]),
        ("eight", "morning or evening", ["08:00", "20:00"]),
        ("7 o'clock", "morning or evening", ["07:00", "19:00"]),
        ("12", "noon or midnight", ["12:00", "00:00"]),
        ("7:5", "couldn't read", ["08:30", "19:00"]),
        ("soon", "couldn't read", ["08:30", "19:00"]),
        ("", "empty", ["08:30", "19:00"]),
    ],
)
def test_unclear_times_are_refused_with_times_to_send(text: str, says: str, suggested: list[str]) -> None:
    hint = assert_refused(read_time_of_day(text))
    assert says in hint and ticked(hint) == suggested
    assert "HH:MM" in hint  # the engine's tests look for it in every refusal


# ==== dates ========================================================================================


def test_iso_date_is_accepted_without_a_note() -> None:
    assert read_date("2027-06-30", TODAY) == Reading(True, date(2027, 6, 30))


def test_dates_are_parsed_not_judged() -> None:
    """Past and far-off dates are the caller's to refuse."""
    assert read_date("2020-01-01", TODAY).value == date(2020, 1, 1)
    assert read_date("in 5 years", TODAY).value == date(2031, 11, 25)


@pytest.mark.parametrize("text", ["none", "no", "n/a", "-", "no date", "not yet", "unknown", "tbd", "TBD", "Not yet."])
def test_no_date_words(text: str) -> None:
    note = None if text == "none" else f"I read “{text}” as no interview date yet."
    assert read_date(text, TODAY) == Reading(True, None, note)


@pytest.mark.parametrize(
    "text, when",
    [
        ("today", "Wednesday 2026-11-25"),
        ("tomorrow", "Thursday 2026-11-26"),
        ("in 3 weeks", "Wednesday 2026-12-16"),
        ("3 weeks from now", "Wednesday 2026-12-16"),
        ("in 10 days", "Saturday 2026-12-05"),
        ("in 2 months", "Monday 2027-01-25"),
        ("in a fortnight", "Wednesday 2026-12-09"),
        ("in two years", "Saturday 2028-11-25"),
        ("friday", "Friday 2026-11-27"),
        ("on fri", "Friday 2026-11-27"),
        ("24 Dec 2026", "Thursday 2026-12-24"),
        ("December 24, 2026", "Thursday 2026-12-24"),
        ("Thursday, 24 December 2026", "Thursday 2026-12-24"),
        ("24th of December", "Thursday 2026-12-24"),
        ("dec 24", "Thursday 2026-12-24"),
        ("Dec. 1", "Tuesday 2026-12-01"),
        ("nov 25", "Wednesday 2026-11-25"),  # today counts
        ("nov 24", "Wednesday 2027-11-24"),  # already past this year
        ("feb 29", "Tuesday 2028-02-29"),  # the next one there is
        ("2026/12/24", "Thursday 2026-12-24"),
        ("2027.06.30", "Wednesday 2027-06-30"),
        ("2027-6-3", "Thursday 2027-06-03"),
        ("20270630", "Wednesday 2027-06-30"),
    ],
)
def test_clear_dates_are_accepted_with_a_note(text: str, when: str) -> None:
    expected = date.fromisoformat(when.split()[1])
    assert read_date(text, TODAY) == Reading(True, expected, f"I read “{text}” as {when}.")


@pytest.mark.parametrize(
    "text, when, other",
    [
        ("next friday", "Friday 2026-11-27", "2026-12-04"),  # some mean the coming one, some the one after
        ("next wednesday", "Wednesday 2026-12-02", "2026-12-09"),
        ("wednesday", "today, Wednesday 2026-11-25", "2026-12-02"),
    ],
)
def test_weekdays_that_could_mean_two_dates_name_the_other(text: str, when: str, other: str) -> None:
    r = read_date(text, TODAY)
    assert r.ok and r.value == date.fromisoformat(when.split()[-1])
    assert r.note == f"I read “{text}” as {when}. If you meant a week later, send {other}."


def test_months_are_added_up_to_the_end_of_a_shorter_month() -> None:
    assert read_date("in 1 month", date(2027, 1, 31)).value == date(2027, 2, 28)


@pytest.mark.parametrize(
    "text, send",
    [
        ("24/12/2026", ["2026-12-24"]),
        ("12/24/2026", ["2026-12-24"]),
        ("24.12.2026", ["2026-12-24"]),
        ("24-12-2026", ["2026-12-24"]),
        ("30/06/2027", ["2027-06-30"]),
        ("24/12/26", ["2026-12-24"]),
        ("24/12", ["2026-12-24"]),
        ("05/05/2027", ["2027-05-05"]),  # both readings agree, still confirmed
        ("06/12/2027", ["2027-12-06", "2027-06-12"]),  # day first, then month first
    ],
)
def test_numeric_dates_are_refused_with_the_iso_dates_to_send(text: str, send: list[str]) -> None:
    hint = assert_refused(read_date(text, TODAY))
    assert iso_dates(hint) == send
    assert f"Send {send[0]}" in hint and "YYYY-MM-DD" in hint


@pytest.mark.parametrize(
    "text, why",
    [
        ("2027-02-30", "(February 2027 has 28 days)"),
        ("2027-02-29", "(February 2027 has 28 days)"),
        ("2027-13-01", "(months run 01 to 12)"),
        ("2027-06-00", "(days start at 01)"),
        ("0000-01-01", "(years run from 0001)"),
        ("31 June 2027", "(June 2027 has 30 days)"),
        ("feb 30", "(February has at most 29 days)"),
        ("31/31/2026", "(months run 01 to 12)"),
        ("31/02/2027", "(February 2027 has 28 days)"),
    ],
)
def test_impossible_dates_say_so(text: str, why: str) -> None:
    hint = assert_refused(read_date(text, TODAY))
    assert hint == f"“{text}” isn't a real calendar date {why}. Send YYYY-MM-DD, like 2027-06-30, or `none`."


@pytest.mark.parametrize(
    "text",
    ["soonish", "next week", "the 5th", "2027", "in 99999 years", "2026-12-24 at 10am", "yesterday-ish", "x" * 80],
)
def test_unreadable_dates_get_the_format(text: str) -> None:
    hint = assert_refused(read_date(text, TODAY))
    assert hint == f"I couldn't read {quote(text)} as a date. Send YYYY-MM-DD, like 2027-06-30, or `none`."


def test_a_weekday_that_does_not_match_the_date_is_refused() -> None:
    hint = assert_refused(read_date("Friday 24 Dec 2026", TODAY))
    assert hint.startswith("24 December 2026 is a Thursday, not a Friday.") and iso_dates(hint) == ["2026-12-24"]


def test_a_month_without_a_day_asks_for_the_day() -> None:
    hint = assert_refused(read_date("dec 2026", TODAY))
    assert "needs a day" in hint and "YYYY-MM-DD" in hint


def test_dates_at_the_edge_of_the_calendar_do_not_overflow() -> None:
    assert "YYYY-MM-DD" in assert_refused(read_date("tomorrow", date.max))
    assert "YYYY-MM-DD" in assert_refused(read_date("next friday", date.max))
    assert read_date("in 3 days", date.min).value == date(1, 1, 4)


# ==== hostile text =================================================================================

HOSTILE = [
    "",
    " ",
    "\x00",
    "\n\r\t\x0b\x0c",
    "\x1b[31mred",
    "x" * 40_000,
    "9" * 5_000,  # past int()'s digit limit, should anything call int() on it
    "@everyone",
    "@here please",
    "<!channel>",
    "<@U123>",
    "<@&123456>",
    "<#C123|general>",
    "<https://evil.example|click>",
    "```rm -rf /```",
    "`Europe/Berlin`",
    "\u202eevil",
    "\u200b",
    "😀",
    "٨:٣٠",
    "²:³⁰",
    "ﷺ" * 100,  # NFKC makes each of these 18 characters
    "İstanbul",
    "%s%n{0}\\",
    "../" * 30,
    "-" * 100,
    "/" * 100,
    "+" * 100,
    "Europe/Berlin\x00",
    "in 9999999 weeks",
    "9999-12-31",
    "99/99/9999",
]


def _random_strings(n: int) -> list[str]:
    rng = random.Random(20261125)
    alphabet = "0123456789:./-+ aAmMpPhHzZ,@<>`'\"éß\u200b\x00\n年月日"
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))) for _ in range(n)]


@pytest.mark.parametrize("text", HOSTILE + _random_strings(300))
def test_nothing_raises_and_every_reply_is_safe(zones: ZoneNames, text: str) -> None:
    readings: list[Reading[object]] = [
        zones.read(text),
        zones.read(text, WINTER),
        read_time_of_day(text),
        read_date(text, TODAY),
    ]
    for r in readings:
        if r.ok:
            assert r.hint is None
        else:
            assert r.value is None and r.note is None and r.hint
        said = (r.note or "") + (r.hint or "")
        assert len(said) < 500
        for unsafe in ("@everyone", "@here", "<!", "<@", "<#", "<http", "\x00", "\n", "\u202e"):
            assert unsafe not in said


def test_quote_is_one_line_short_and_pings_no_one() -> None:
    assert quote("@everyone <@U123>\nhi") == "“@\u200beveryone ‹@U123› hi”"
    assert quote("`code`") == "“'code'”"
    assert len(quote("x" * 40_000)) == 62  # 60 characters, the last an ellipsis, between quotes
