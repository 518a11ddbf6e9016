from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.core.plan import REVIEW, PlanError, build_plan, local_instant, next_drip_times, parse_hhmm

TODAY = date(2026, 11, 25)


def test_interview_tomorrow_puts_weakest_round_first() -> None:
    p = build_plan(TODAY, 2, TODAY + timedelta(days=1), "senior", weakest=3)
    assert [w.phase for w in p.windows] == [3]
    assert p.windows[0].start == TODAY and p.windows[0].end == TODAY
    assert p.compressed and "weakest" in p.note
    assert p.mock_week == (TODAY, TODAY)


def test_ten_days_weakest_first_then_mock_prep() -> None:
    p = build_plan(TODAY, 1, TODAY + timedelta(days=10), "senior", weakest=1)
    phases = [w.phase for w in p.windows]
    assert phases[0] == 1 and phases[-1] == 4
    assert p.windows[0].days >= 5  # at least half the runway
    assert sum(w.days for w in p.windows) == 10
    assert p.windows[-1].end == TODAY + timedelta(days=9)


def test_three_months_full_phases_review_then_phase4_against_the_interview() -> None:
    interview = TODAY + timedelta(days=91)
    p = build_plan(TODAY, 1, interview, "senior", 1)
    assert [w.phase for w in p.windows] == [1, 2, 3, REVIEW, 4]
    assert [w.days for w in p.windows[:3]] == [14, 14, 14]
    assert p.windows[-1].end == interview - timedelta(days=1)
    assert p.mock_week == (interview - timedelta(days=7), interview - timedelta(days=1))
    # windows tile the runway without gaps
    for a, b in zip(p.windows, p.windows[1:], strict=False):
        assert b.start == a.end + timedelta(days=1)


def test_five_weeks_stretches_between_min_and_max() -> None:
    p = build_plan(TODAY, 1, TODAY + timedelta(days=35), "senior", 1)
    assert sum(w.days for w in p.windows) == 35
    for w in p.windows:
        lo, hi = {1: (7, 14), 2: (7, 14), 3: (7, 14), 4: (3, 5)}[w.phase]
        assert lo <= w.days <= hi


def test_staff_gets_an_extra_design_week() -> None:
    senior = build_plan(TODAY, 3, None, "senior", 3)
    staff = build_plan(TODAY, 3, None, "staff", 3)
    assert staff.windows[0].days == senior.windows[0].days + 7


def test_no_interview_is_a_four_to_six_week_cycle() -> None:
    p = build_plan(TODAY, 1, None, "junior", 1)
    total = sum(w.days for w in p.windows)
    assert 28 <= total <= 42
    assert p.mock_week is None and "No interview date" in p.note


def test_past_interview_is_refused() -> None:
    with pytest.raises(PlanError, match="in the past"):
        build_plan(TODAY, 1, TODAY - timedelta(days=1), "senior", 1)


@pytest.mark.parametrize(
    "text, ok",
    [
        ("08:30", True),
        ("8:30", True),
        ("23:59", True),
        ("24:00", False),
        ("8.30", False),
        ("830", False),
        ("08:3", False),
        ("8:30pm", False),
        ("", False),
    ],
)
def test_parse_hhmm(text: str, ok: bool) -> None:
    assert (parse_hhmm(text) is not None) is ok


def test_next_drip_times_follow_local_time_across_dst() -> None:
    berlin = ZoneInfo("Europe/Berlin")
    now = datetime(2027, 3, 26, 12, 0, tzinfo=UTC)
    times = next_drip_times(now, berlin, time(8, 30), 4)
    assert [t.astimezone(berlin).strftime("%d %H:%M") for t in times] == [
        "27 08:30",
        "28 08:30",
        "29 08:30",
        "30 08:30",
    ]
    assert times[0].hour == 7 and times[1].hour == 6  # CET, then CEST from 28 March
    assert all(t.tzinfo is not None and t.utcoffset() == timedelta(0) for t in times)


def test_time_in_dst_gap_moves_past_the_gap() -> None:
    berlin = ZoneInfo("Europe/Berlin")
    inst = local_instant(date(2027, 3, 28), time(2, 30), berlin)
    assert inst.astimezone(berlin).strftime("%H:%M") == "03:30"


def test_a_learner_already_in_phase_4_is_in_it_from_today() -> None:
    """Routed to Phase 4 with 19 days left, the plan showed 14 days of spaced review first and Phase 4
    (marked as now) starting in two weeks."""
    interview = TODAY + timedelta(days=19)
    p = build_plan(TODAY, 4, interview, "senior", 4)
    assert [w.phase for w in p.windows] == [4]
    assert p.windows[0].start == TODAY and p.windows[0].end == interview - timedelta(days=1)
    assert p.windows[0].phase == p.phase_on(TODAY) == 4
    assert "spaced review of the earlier rounds" in p.note
