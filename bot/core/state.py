"""The conversation a learner is in, typed.

It is stored as JSON in ``learners.state``. Each part is a dataclass, so a misspelt field is a type
error rather than a silent ``KeyError`` at 08:30 on a Tuesday. ``Conversation.load`` reads rows
written before these types existed (the same keys), and keeps keys it does not know, so a newer
process's state survives an older one's save.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from datetime import datetime
from typing import Any, Literal, TypeVar

Step = Literal["q1", "q2", "q3", "q4", "interview", "tz", "time", "level"]
#: answer: waiting for an answer · collect: a design answer in several messages · followup_or_rate:
#: a theory answer was graded, its follow-up or a rating may come · running: a drill submission is
#: being run · fix: its run failed, waiting for a fixed submission · report: a drill was submitted
#: where no runner exists, waiting for a self-reported pass/fail · rate: waiting for the self-rating
Stage = Literal["answer", "collect", "followup_or_rate", "followup", "running", "fix", "report", "rate"]

T = TypeVar("T")


def _build(cls: type[T], data: Any) -> T | None:
    """A dataclass from a stored dict, ignoring keys it does not have (old or newer rows)."""
    if not isinstance(data, dict):
        return None
    names = {f.name for f in fields(cls)}  # type: ignore[arg-type]
    try:
        return cls(**{k: v for k, v in data.items() if k in names})
    except TypeError:  # a required field is missing: the part is unusable, drop it
        return None


@dataclass
class Onboarding:
    step: Step = "q1"
    answers: list[bool] = field(default_factory=list)
    phase: int | None = None
    interview: str | None = None  # ISO date; None = no date
    interview_said: str | None = None  # as typed: `in 10 days` is read again once the timezone is known
    started_at: str | None = None  # ISO instant, UTC: a prompt sent after it wins over a restart left open
    tz: str | None = None
    time: str | None = None  # "HH:MM"
    level: str | None = None


@dataclass
class Pending:
    """The prompt waiting for the learner, and where its answer stands."""

    prompt_id: str
    kind: str
    stage: Stage
    sent_at: str  # ISO instant, UTC
    source: str = "new"  # new | review | practice
    buffer: list[str] = field(default_factory=list)  # design answers sent in parts
    hints: int = 0
    attempt_id: int | None = None
    elapsed_min: float | None = None
    in_time: bool | None = None
    code_lines: int | None = None
    #: points the feedback asked about ("did I miss it?"), in the order of `covered N`; a follow-up's
    #: are "fu:<id>"
    asked: list[str] = field(default_factory=list)
    answer_text: str | None = None  # the graded answer, kept until the next prompt for an "I covered it"
    follow_up_text: str | None = None
    follow_up_attempt_id: int | None = None
    runs: int = 0  # drill submissions run so far
    run_started_at: str | None = None  # ISO instant the latest run was asked for

    @property
    def sent(self) -> datetime:
        return datetime.fromisoformat(self.sent_at)


@dataclass
class Queue:
    """Today's set: prompt ids still to send, and which of them are reviews."""

    day: str  # local ISO date
    items: list[str] = field(default_factory=list)
    reviews: list[str] = field(default_factory=list)


@dataclass
class Conversation:
    onboarding: Onboarding | None = None
    pending: Pending | None = None
    queue: Queue | None = None
    skipped: list[str] = field(default_factory=list)
    sent: int = 0  # prompts sent so far: turns the phase's kind wheel
    groups: list[str] = field(default_factory=list)
    more: list[str] = field(default_factory=list)  # the detail `more` shows after the last feedback
    # the drip's side of the conversation: unanswered drips and nudges, snoozing, a DM that bounced
    drips_unanswered: int = 0
    nudges_unanswered: int = 0
    nudged_on: str | None = None  # local ISO date of the last nudge
    silent: bool = False  # asked whether to pause after three unanswered nudges: no drips until a reply
    snoozed_on: str | None = None  # local ISO date the learner last said "later"
    door_closed: str | None = None  # why the platform refused their DM; said once when they next write
    freezes: int = 0  # streak freezes held: one per 7-day streak, two at most
    freezes_used: int = 0
    erase_asked_at: str | None = None  # ISO instant of `/coach delete-my-data`, until confirmed or cancelled
    extra: dict[str, Any] = field(default_factory=dict)  # keys this version does not know

    _PARTS = ("onboarding", "pending", "queue")
    _LISTS = ("skipped", "groups", "more")
    _SCALARS: tuple[tuple[str, type], ...] = (
        ("drips_unanswered", int),
        ("nudges_unanswered", int),
        ("nudged_on", str),
        ("silent", bool),
        ("snoozed_on", str),
        ("door_closed", str),
        ("freezes", int),
        ("freezes_used", int),
        ("erase_asked_at", str),
    )

    @classmethod
    def load(cls, raw: dict[str, Any] | None) -> Conversation:
        raw = dict(raw or {})
        conv = cls(
            onboarding=_build(Onboarding, raw.pop("onboarding", None)),
            pending=_build(Pending, raw.pop("pending", None)),
            queue=_build(Queue, raw.pop("queue", None)),
        )
        for name in cls._LISTS:
            value = raw.pop(name, None)
            if isinstance(value, list):
                setattr(conv, name, [str(v) for v in value])
        sent = raw.pop("sent", 0)
        conv.sent = sent if isinstance(sent, int) else 0
        for name, kind in cls._SCALARS:
            value = raw.pop(name, None)
            if isinstance(value, kind):
                setattr(conv, name, value)
        conv.extra = raw
        return conv

    def dump(self) -> dict[str, Any]:
        out: dict[str, Any] = dict(self.extra)
        for name in self._PARTS:
            part = getattr(self, name)
            if part is not None:
                out[name] = asdict(part)
        for name in self._LISTS:
            value = getattr(self, name)
            if value:
                out[name] = list(value)
        if self.sent:
            out["sent"] = self.sent
        for name, _kind in self._SCALARS:
            value = getattr(self, name)
            if value:
                out[name] = value
        return out

    def heard_from_learner(self) -> None:
        """The learner wrote: drips and nudges are answered, and silence ends."""
        self.drips_unanswered = 0
        self.nudges_unanswered = 0
        self.silent = False
