"""The learner and their activity, as plain dataclasses the store maps to rows."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import IntEnum, StrEnum
from typing import Any

from bot.core.messages import LearnerRef


class Phase(IntEnum):
    THEORY = 1
    CODING = 2
    SYSTEM_DESIGN = 3
    BEHAVIORAL = 4


PHASE_NAMES: dict[int, str] = {
    1: "Theory checkpoint",
    2: "Coding and data fluency",
    3: "ML system design",
    4: "Behavioral prep and the mock interview",
}


class Seniority(StrEnum):
    JUNIOR = "junior"
    SENIOR = "senior"
    STAFF = "staff"


RATINGS: dict[str, int] = {"again": 1, "hard": 2, "good": 3, "easy": 4}
RATING_NAMES: dict[int, str] = {v: k.capitalize() for k, v in RATINGS.items()}
#: What a self-rating claims about an answer, on the same 0..1 scale as demonstrated coverage.
RATING_CLAIM: dict[int, float] = {1: 0.15, 2: 0.45, 3: 0.75, 4: 0.95}


@dataclass
class Learner:
    ref: LearnerRef
    created_at: datetime
    id: int | None = None
    display_name: str | None = None
    tz: str | None = None
    drip_time: str | None = None  # local "HH:MM"
    interview_date: date | None = None
    seniority: str | None = None
    phase: int | None = None
    phase_started_at: datetime | None = None
    plan_start: date | None = None  # local date the current plan was drawn from
    paused: bool = False
    onboarded: bool = False
    routing_answers: list[bool] = field(default_factory=list)
    #: the conversation: onboarding step, the prompt awaiting an answer, today's queue
    state: dict[str, Any] = field(default_factory=dict)
    next_drip_at: datetime | None = None
    points: int = 0
    streak: int = 0
    best_streak: int = 0
    last_active_on: date | None = None  # local date
    #: when the last counted streak day ends, as a real instant: a day counts once, whatever the zone
    streak_day_ends_at: datetime | None = None
    mock_booked_at: datetime | None = None
    mock_done_at: datetime | None = None  # self-reported until a peer confirms it
    mock_confirmed_at: datetime | None = None  # a peer-mock partner rated this learner's mock
    drip_days: str | None = None  # "mon,tue,wed,thu,fri"; None = every day
    hidden: bool = False  # kept off public leaderboards (they still see their own rank)
    llm_opt_out: bool = False  # answers graded locally only, never sent to the LLM judge
    version: int = 0


@dataclass
class Attempt:
    """One graded piece of work: an answer, a follow-up answer, a drill, a design run, a story."""

    learner_id: int
    prompt_id: str
    kind: str  # theory | follow_up | coding | system_design | behavioral
    round: str  # theory | coding | system_design | behavioral
    topic: str
    started_at: datetime
    submitted_at: datetime
    score: float | None = None  # demonstrated, 0..1
    covered: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    self_rating: int | None = None  # 1..4 (Again..Easy)
    passed: bool | None = None  # coding: user-reported
    in_time: bool | None = None  # coding: within the time budget
    words: int = 0
    detail: dict[str, Any] = field(default_factory=dict)
    id: int | None = None


@dataclass
class Story:
    learner_id: int
    prompt_id: str
    story_type: str
    text: str
    star: dict[str, bool]
    ownership: float
    measurable: bool
    words: int
    score: float
    created_at: datetime
    id: int | None = None


@dataclass
class CardState:
    """A spaced-repetition card: one prompt for one learner (fsrs's own dict form)."""

    learner_id: int
    prompt_id: str
    due: datetime
    data: dict[str, Any]


@dataclass
class GateTick:
    learner_id: int
    criterion_id: str
    at: datetime
    source: str = "self"  # self | activity


@dataclass
class StudyGroup:
    platform: str
    workspace_id: str
    group_id: str  # case-folded key
    name: str
    tz: str
    created_at: datetime
    post_day: int | None = None
    post_time: str | None = None
    created_by: int | None = None
    channel: str | None = None  # the platform's address of the group's channel, for the weekly board


@dataclass
class MockPair:
    """Two learners paired for a peer mock; ``a_rated`` is A's rating of B, ``b_rated`` B's of A."""

    id: int | None
    platform: str
    workspace_id: str
    group_id: str
    a_id: int
    b_id: int
    paired_at: datetime
    a_rated: dict[str, Any] | None = None
    b_rated: dict[str, Any] | None = None

    def partner_of(self, learner_id: int) -> int:
        return self.b_id if learner_id == self.a_id else self.a_id

    def rated_by(self, learner_id: int) -> dict[str, Any] | None:
        return self.a_rated if learner_id == self.a_id else self.b_rated


@dataclass
class GradeDispute:
    """A learner's "I covered it" about a point the grader was unsure of: self-reported evidence for
    the attempt, and a case for the content reviewers (`prepdrip grade-disputes`)."""

    learner_id: int
    prompt_id: str
    key_point: str
    follow_up: bool
    answer: str
    created_at: datetime
    attempt_id: int | None = None
    confidence: float | None = None  # how sure the grader was that the point was missing
    id: int | None = None


@dataclass(frozen=True)
class PointEvent:
    at: datetime
    points: int
    reason: str


@dataclass(frozen=True)
class Membership:
    """A study group the learner is in."""

    platform: str
    workspace_id: str
    group_id: str
    name: str | None = None


@dataclass(frozen=True)
class Departure:
    """A workspace that removed the app, and whether its data is gone yet."""

    platform: str
    workspace_id: str
    left_at: datetime
    purged_at: datetime | None = None
