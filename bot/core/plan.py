"""The plan: phase windows from today to the interview, and the daily drip times.

Durations come from the seeds: theory, coding and ML system design 1-2 weeks each (one more week of
system design for staff), behavioral + mock 3-5 days. With an interview date the windows stretch or
shrink to fit; under two weeks the weakest round goes first; the final week carries the mock.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from bot.core.model import PHASE_NAMES

#: (min days, max days) per phase, before the staff extra week
DURATIONS: dict[int, tuple[int, int]] = {1: (7, 14), 2: (7, 14), 3: (7, 14), 4: (3, 5)}
DEFAULT_DAYS: dict[int, int] = {1: 9, 2: 9, 3: 10, 4: 4}  # a 4-6 week cycle from Phase 1
SHORT_RUNWAY_DAYS = 14
REVIEW = 0  # a window of spaced review between the phases and the final Phase 4
MAX_HORIZON_DAYS = 730


@dataclass(frozen=True)
class Window:
    phase: int
    start: date
    end: date  # inclusive

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def name(self) -> str:
        return "Spaced review" if self.phase == REVIEW else PHASE_NAMES[self.phase]


@dataclass(frozen=True)
class Plan:
    start: date
    interview: date | None
    windows: tuple[Window, ...]
    mock_week: tuple[date, date] | None  # the final week before the interview
    compressed: bool
    note: str

    def phase_on(self, day: date) -> int | None:
        for w in self.windows:
            if w.start <= day <= w.end:
                return w.phase
        if self.windows and day > self.windows[-1].end:
            return self.windows[-1].phase
        return None


class PlanError(ValueError):
    """A plan that cannot be drawn; the message is for the user."""


def durations_for(seniority: str | None) -> dict[int, tuple[int, int]]:
    d = dict(DURATIONS)
    if seniority == "staff":
        d[3] = (d[3][0] + 7, d[3][1] + 7)
    return d


def phase_order(start_phase: int, weakest: int | None, days: int | None) -> list[int]:
    """The phases still ahead, in the order the plan takes them: in sequence, except that with under
    two weeks to go the weakest round comes first."""
    linear = list(range(start_phase, 5))
    if days is None or days >= SHORT_RUNWAY_DAYS or not weakest or weakest < start_phase:
        return linear
    return [weakest] + [p for p in linear if p != weakest]


def build_plan(
    today: date,
    start_phase: int,
    interview: date | None,
    seniority: str | None = None,
    weakest: int | None = None,
    order: list[int] | None = None,
) -> Plan:
    """The plan from ``today``. ``order`` is the phases still ahead (``phase_order``); without it
    they are computed from the start phase and the weakest round."""
    if interview is not None and interview < today:
        raise PlanError(
            f"{interview.isoformat()} is in the past (today is {today.isoformat()}). "
            "Send the date of your next interview as YYYY-MM-DD, or `none`."
        )
    days_left = (interview - today).days if interview is not None else None
    order = order or phase_order(start_phase, weakest, days_left)
    phases = sorted(order)
    durs = durations_for(seniority)
    if interview is None:
        lengths = {p: DEFAULT_DAYS[p] + (7 if p == 3 and seniority == "staff" else 0) for p in phases}
        windows = _lay_out(today, phases, lengths)
        total = sum(lengths.values())
        span = f"{total / 7:.0f}-week" if total >= 14 else f"{total}-day"
        return Plan(
            today,
            None,
            windows,
            None,
            False,
            f"No interview date yet: a {span} cycle ({total} days). "
            "Set one with `/coach settings interview=YYYY-MM-DD` and the plan fits itself to it.",
        )

    days = (interview - today).days  # whole days of prep before interview day
    mock_week = (max(today, interview - timedelta(days=7)), interview - timedelta(days=1)) if days > 0 else None
    if days == 0:
        return Plan(
            today,
            interview,
            (Window(order[0], today, today),),  # the phase the learner is in: the plan marks it
            None,
            True,
            "Your interview is today: skim your story inventory and your design checklist, then rest. Good luck!",
        )
    if days < SHORT_RUNWAY_DAYS:
        first = order[0]
        lengths = _short(days, order)
        windows = _lay_out(today, [p for p in order if lengths.get(p)], lengths)
        return Plan(
            today,
            interview,
            windows,
            mock_week,
            True,
            (
                f"Less than two weeks to go, so your weakest round (Phase {first}) comes first and the rest is "
                "compressed. Book a mock interview now."
                if first == weakest
                else "Less than two weeks to go, so the phases left are compressed. Book a mock interview now."
            ),
        )
    lo = sum(durs[p][0] for p in phases)
    hi = sum(durs[p][1] for p in phases)
    if phases == [4] and days >= hi:
        # already in the last phase: it starts today, not after a spaced review put before it (the plan
        # showed 14 days of review and Phase 4 marked "now" but starting in two weeks)
        return Plan(
            today,
            interview,
            (Window(4, today, interview - timedelta(days=1)),),
            mock_week,
            False,
            "You're in the last phase until your interview: stories and the mock, with spaced review of the "
            "earlier rounds in your daily drip.",
        )
    if days >= hi:
        lengths = {p: durs[p][1] for p in phases}
        slack = days - hi
        # keep Phase 4 against the interview; spaced review fills the gap before it
        lengths_before = {p: lengths[p] for p in phases if p != 4}
        laid: list[Window] = list(_lay_out(today, list(lengths_before), lengths_before))
        p4_start = interview - timedelta(days=lengths[4])
        if slack:
            review_start = laid[-1].end + timedelta(days=1) if laid else today
            laid.append(Window(REVIEW, review_start, p4_start - timedelta(days=1)))
        laid.append(Window(4, p4_start, interview - timedelta(days=1)))
        note = "Full-length phases" + (f", then {slack} days of spaced review before Phase 4." if slack else ".")
        return Plan(today, interview, tuple(laid), mock_week, False, note)
    if days >= lo:
        lengths = _stretch(days, phases, durs)
        return Plan(
            today,
            interview,
            _lay_out(today, phases, lengths),
            mock_week,
            False,
            "Each phase gets between its minimum and maximum length.",
        )
    lengths = _squeeze(days, phases, durs)
    return Plan(
        today,
        interview,
        _lay_out(today, [p for p in phases if lengths.get(p)], lengths),
        mock_week,
        True,
        "Shorter than the usual cycle, so every phase is compressed.",
    )


def _lay_out(today: date, phases: list[int], lengths: dict[int, int]) -> tuple[Window, ...]:
    out = []
    day = today
    for p in phases:
        n = lengths[p]
        if n <= 0:
            continue
        out.append(Window(p, day, day + timedelta(days=n - 1)))
        day += timedelta(days=n)
    return tuple(out)


def _stretch(days: int, phases: list[int], durs: dict[int, tuple[int, int]]) -> dict[int, int]:
    lengths = {p: durs[p][0] for p in phases}
    extra = days - sum(lengths.values())
    # hand out spare days one at a time, system design first (the most under-prepared round)
    order = sorted(phases, key=lambda p: (p != 3, p))
    while extra > 0:
        moved = False
        for p in order:
            if extra and lengths[p] < durs[p][1]:
                lengths[p] += 1
                extra -= 1
                moved = True
        if not moved:
            break
    return lengths


def _squeeze(days: int, phases: list[int], durs: dict[int, tuple[int, int]]) -> dict[int, int]:
    lo = sum(durs[p][0] for p in phases)
    lengths = {p: max(2, durs[p][0] * days // lo) for p in phases}
    lengths[4] = max(3, min(durs[4][0], lengths.get(4, 3))) if 4 in phases else 0
    diff = days - sum(lengths.values())
    order = sorted((p for p in phases if p != 4), key=lambda p: (p != 3, p))
    i = 0
    while diff != 0 and order:
        p = order[i % len(order)]
        if diff > 0:
            lengths[p] += 1
            diff -= 1
        elif lengths[p] > 2:
            lengths[p] -= 1
            diff += 1
        i += 1
        if i > 10_000:
            break
    return lengths


def _short(days: int, order: list[int]) -> dict[int, int]:
    """Under two weeks: weakest round first with at least half the days, mock prep last."""
    if days == 1:
        return {order[0]: 1}
    p4 = 0 if order[0] == 4 else min(3, max(1, days // 4))
    rest = days - p4
    lengths = {order[0]: rest}
    middle = [p for p in order[1:] if p != 4]
    # give each middle round 2 days while the weakest keeps at least half of the runway
    for p in middle:
        if lengths[order[0]] - 2 >= (days + 1) // 2:
            lengths[p] = 2
            lengths[order[0]] -= 2
    if p4:
        lengths[4] = p4
    return lengths


# ---- drip times -----------------------------------------------------------------------------------


def parse_hhmm(text: str) -> time | None:
    t = text.strip()
    parts = t.split(":")
    if len(parts) != 2 or not all(x.isdigit() for x in parts) or not (1 <= len(parts[0]) <= 2) or len(parts[1]) != 2:
        return None
    h, m = int(parts[0]), int(parts[1])
    if not (0 <= h <= 23 and 0 <= m <= 59):
        return None
    return time(h, m)


def local_instant(day: date, at: time, tz: ZoneInfo) -> datetime:
    """``day`` at local ``at`` as UTC. A time skipped by a DST jump is moved past the gap; an
    ambiguous one (clocks going back) takes its first occurrence."""
    # fold=0 reads a skipped time with the offset from before the jump, which lands after the gap,
    # and picks the first of two repeated times
    return datetime.combine(day, at).replace(tzinfo=tz, fold=0).astimezone(UTC)


def next_drip_times(
    now: datetime, tz: ZoneInfo, at: time, count: int = 7, days: frozenset[int] | None = None
) -> list[datetime]:
    """The next ``count`` drip instants strictly after ``now`` (UTC), on the chosen weekdays
    (0 = Monday; None = every day)."""
    out: list[datetime] = []
    day = now.astimezone(tz).date()
    while len(out) < count:
        if days is None or day.weekday() in days:
            inst = local_instant(day, at, tz)
            if inst > now:
                out.append(inst)
        day += timedelta(days=1)
    return out


def next_drip_at(now: datetime, tz: ZoneInfo, at: time, days: frozenset[int] | None = None) -> datetime:
    return next_drip_times(now, tz, at, 1, days)[0]
