"""What every flow is handed: the message, the learner, the unit of work, the coach's services and the
conversation state; plus the small wording and local-time helpers the flows share."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from bot.core.curriculum import (
    BehavioralPrompt,
    CodingPrompt,
    Curriculum,
    SystemDesignPrompt,
    TheoryPrompt,
)
from bot.core.grading_llm import AnswerJudge
from bot.core.inputs import ZoneNames
from bot.core.judging import CodeRunner, RunJob
from bot.core.matcher import Matcher
from bot.core.messages import Button, Inbound, Reply
from bot.core.model import Attempt, CardState, GateTick, Learner, Story
from bot.core.ports import ChartRenderer, Roster, UnitOfWork
from bot.core.srs import Repetition
from bot.core.state import Conversation, Pending
from bot.core.telemetry import NoTelemetry, Telemetry
from bot.core.wording import day_label, days_left_phrase, interview_passed, plural, when_phrase

__all__ = ["day_label", "days_left_phrase", "interview_passed", "plural", "when_phrase"]

AnyPrompt = TheoryPrompt | CodingPrompt | SystemDesignPrompt | BehavioralPrompt

RATING_BUTTONS = tuple(Button(n, n.lower()) for n in ("Again", "Hard", "Good", "Easy"))
MORE = Button("More", "more")
DEEPER = Button("Go deeper", "deeper")
FEEDBACK_BUTTONS = (*RATING_BUTTONS, MORE)
THEORY_FEEDBACK_BUTTONS = (*RATING_BUTTONS, DEEPER, MORE)
YES_NO = (Button("Yes", "yes"), Button("No", "no"))
KIND_LABEL = {
    "theory": "Theory",
    "coding": "Coding drill",
    "system_design": "ML system design",
    "behavioral": "Behavioral",
}
#: What learners call a round (`/coach practice design`, `/coach history drills`), to its kind.
ROUND_WORDS = {
    "theory": "theory",
    "coding": "coding",
    "code": "coding",
    "drill": "coding",
    "drills": "coding",
    "design": "system_design",
    "system_design": "system_design",
    "system-design": "system_design",
    "behavioral": "behavioral",
    "behavioural": "behavioral",
    "story": "behavioral",
    "stories": "behavioral",
}


@dataclass
class CoachSettings:
    reviews_per_day: int = 3
    reviews_per_day_final: int = 5
    new_per_day: int = 1
    mock_links: tuple[str, ...] = ()  # where to book a mock, shown in the final-week reminders


@dataclass
class Services:
    """The coach's long-lived parts, built once per process in ``bootstrap``."""

    cur: Curriculum
    matcher: Matcher
    srs: Repetition
    charts: ChartRenderer | None
    settings: CoachSettings
    zones: ZoneNames
    runner: CodeRunner | None = None  # runs drill code; None: drills are self-checked
    telemetry: Telemetry = field(default_factory=NoTelemetry)  # grading times, for /metrics
    judge: AnswerJudge | None = None  # the optional LLM judge; None: answers never leave the process
    #: per platform, who is still in a study group (``Coach.use_roster``); none: everyone stays (console)
    rosters: dict[str, Roster] = field(default_factory=dict)

    def judge_for(self, learner: Learner) -> AnswerJudge | None:
        """The judge, unless the learner opted out (`/coach privacy llm off`)."""
        return None if learner.llm_opt_out else self.judge


@dataclass
class Ctx:
    """One message's world. Reads of the learner's history are cached for the message."""

    uow: UnitOfWork
    learner: Learner
    now: datetime
    msg: Inbound
    svc: Services
    conv: Conversation = field(default_factory=Conversation)
    _attempts: list[Attempt] | None = None
    _stories: list[Story] | None = None
    _ticks: list[GateTick] | None = None
    _due_cards: list[CardState] | None = None
    run: RunJob | None = None  # drill code to run once this message is committed
    erased: bool = False  # the learner's data was deleted in this unit of work: nothing is saved back

    @property
    def cur(self) -> Curriculum:
        return self.svc.cur

    @property
    def pending(self) -> Pending:
        """The open prompt; only called where a flow has checked there is one."""
        assert self.conv.pending is not None
        return self.conv.pending

    async def attempts(self) -> list[Attempt]:
        if self._attempts is None:
            assert self.learner.id is not None
            self._attempts = await self.uow.attempts(self.learner.id)
        return self._attempts

    async def stories(self) -> list[Story]:
        if self._stories is None:
            assert self.learner.id is not None
            self._stories = await self.uow.stories(self.learner.id)
        return self._stories

    async def due_cards(self) -> list[CardState]:
        if self._due_cards is None:
            assert self.learner.id is not None
            self._due_cards = await self.uow.due_cards(self.learner.id, self.now)
        return self._due_cards

    async def ticks(self) -> list[GateTick]:
        if self._ticks is None:
            assert self.learner.id is not None
            self._ticks = await self.uow.ticks(self.learner.id)
        return self._ticks

    def forget_ticks(self) -> None:
        self._ticks = None


Handler = Callable[[Ctx, list[str]], Awaitable[list[Reply]]]


def say(text: str, **kw: Any) -> Reply:
    return Reply(text=text, **kw)


def oops(text: str) -> Reply:
    """A reply to input the coach could not use: says what is accepted; nothing was lost."""
    return Reply(text=text, kind="error")


# ---- local time ----------------------------------------------------------------------------------


def local_today(L: Learner, now: datetime) -> date:
    return now.astimezone(ZoneInfo(L.tz)).date() if L.tz else now.date()


def days_left(L: Learner, now: datetime) -> int | None:
    if not L.interview_date:
        return None
    return (L.interview_date - local_today(L, now)).days


def fmt_local(L: Learner, when: datetime | None) -> str:
    if when is None:
        return "—"
    loc = when.astimezone(ZoneInfo(L.tz)) if L.tz else when
    return loc.strftime("%a %Y-%m-%d %H:%M")


def greeting(L: Learner, now: datetime) -> str:
    """By the learner's clock; a drip read in the small hours (a night owl's `/coach today`) is not an evening's."""
    h = now.astimezone(ZoneInfo(L.tz)).hour if L.tz else now.hour
    return "Hello" if h < 4 else "Good morning" if h < 12 else "Good afternoon" if h < 18 else "Good evening"
