"""The coach: takes a message and the time, returns replies. Knows no platform, socket or clock.

Every message runs in one unit of work: the learner row is read, the conversation moves one step,
and everything is committed together. A concurrent save of the same learner (two processes, two
quick messages) is detected by the store's version check and the message is replayed.
"""

from __future__ import annotations

import logging
import re
import shlex
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import asdict, dataclass
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.core.clock import ensure_utc
from bot.core.curriculum import (
    BehavioralPrompt,
    CodingPrompt,
    Criterion,
    Curriculum,
    Kind,
    SystemDesignPrompt,
    TheoryPrompt,
)
from bot.core.gates import CriterionStatus, evaluate
from bot.core.grading import (
    CHECKLIST_TITLES,
    STEP_TITLES,
    TARGET_WORDS,
    Grade,
    grade_design,
    grade_key_points,
    grade_story,
)
from bot.core.matcher import Matcher
from bot.core.messages import Button, Inbound, LearnerRef, Reply, neutralize
from bot.core.model import PHASE_NAMES, RATING_CLAIM, RATING_NAMES, RATINGS, Attempt, GateTick, Learner, Story
from bot.core.plan import Plan, PlanError, build_plan, next_drip_at, next_drip_times, parse_hhmm
from bot.core.ports import ChartRenderer, ConcurrentUpdate, UnitOfWork
from bot.core.readiness import calibration, demonstrated, round_scores
from bot.core.routing import parse_yes_no, start_phase, weakest_round
from bot.core.srs import INTENSIFY_DAYS, Repetition

log = logging.getLogger(__name__)

AnyPrompt = TheoryPrompt | CodingPrompt | SystemDesignPrompt | BehavioralPrompt

MAX_MESSAGE_CHARS = 12_000
MAX_DESIGN_WORDS = 6_000
ONBOARDING_STEPS = ("q1", "q2", "q3", "q4", "interview", "tz", "time", "level")
LEVELS = ("junior", "senior", "staff")
DIFFICULTY_TARGET = {"junior": 1, "senior": 2, "staff": 3}
RATING_BUTTONS = tuple(Button(n, n.lower()) for n in ("Again", "Hard", "Good", "Easy"))
YES_NO = (Button("Yes", "yes"), Button("No", "no"))
KIND_LABEL = {
    "theory": "Theory",
    "coding": "Coding drill",
    "system_design": "ML system design",
    "behavioral": "Behavioral",
}


@dataclass
class CoachSettings:
    reviews_per_day: int = 3
    reviews_per_day_final: int = 5
    new_per_day: int = 1


@dataclass
class Ctx:
    uow: UnitOfWork
    learner: Learner
    now: datetime
    msg: Inbound
    _attempts: list[Attempt] | None = None
    _stories: list[Story] | None = None
    _ticks: list[GateTick] | None = None

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

    async def ticks(self) -> list[GateTick]:
        if self._ticks is None:
            assert self.learner.id is not None
            self._ticks = await self.uow.ticks(self.learner.id)
        return self._ticks


def _r(text: str, **kw: Any) -> Reply:
    return Reply(text=text, **kw)


def _err(text: str) -> Reply:
    return Reply(text=text, kind="error")


class Coach:
    def __init__(
        self,
        curriculum: Curriculum,
        uow: Callable[[], UnitOfWork],
        matcher: Matcher | None = None,
        repetition: Repetition | None = None,
        charts: ChartRenderer | None = None,
        settings: CoachSettings | None = None,
    ) -> None:
        self.cur = curriculum
        self.uow = uow
        self.matcher = matcher or Matcher()
        self.srs = repetition or Repetition()
        self.charts = charts
        self.settings = settings or CoachSettings()
        self.zones = ZoneNames()
        self._commands: dict[str, Callable[[Ctx, list[str]], Awaitable[list[Reply]]]] = {
            "start": self._cmd_start,
            "today": self._cmd_today,
            "plan": self._cmd_plan,
            "settings": self._cmd_settings,
            "check": self._cmd_check,
            "uncheck": self._cmd_uncheck,
            "advance": self._cmd_advance,
            "pause": self._cmd_pause,
            "resume": self._cmd_resume,
            "help": self._cmd_help,
            "practice": self._cmd_practice,
            "topics": self._cmd_topics,
            "done": self._cmd_done,
            "skip": self._cmd_skip,
            "hint": self._cmd_hint,
            "stories": self._cmd_stories,
            "tips": self._cmd_tips,
            "mock": self._cmd_mock,
            "readiness": self._cmd_readiness,
            "leaderboard": self._cmd_leaderboard,
        }

    # ==== entry points ==========================================================================

    async def handle(self, msg: Inbound, now: datetime) -> list[Reply]:
        now = ensure_utc(now)
        text = msg.text.strip()
        if len(text) > MAX_MESSAGE_CHARS:
            return [
                _err(
                    f"That message is {len(text):,} characters; I read up to {MAX_MESSAGE_CHARS:,} at a "
                    "time. Nothing was lost: trim it (the 2-minute version is about 300 words), or for a "
                    "system design answer send it in parts and finish with `/coach done`."
                )
            ]
        for attempt in range(8):
            try:
                async with self.uow() as uow:
                    learner = await uow.get_learner(msg.who)
                    if learner is None:
                        learner = await uow.add_learner(
                            Learner(ref=msg.who, created_at=now, display_name=msg.display_name)
                        )
                    elif msg.display_name and msg.display_name != learner.display_name:
                        learner.display_name = msg.display_name
                    before = asdict(learner)
                    ctx = Ctx(uow, learner, now, msg)
                    replies = await self._dispatch(ctx, text)
                    groups = learner.state.setdefault("groups", [])
                    if msg.group_id and learner.id is not None and msg.group_id not in groups:
                        await uow.join_group(msg.who.platform, msg.who.workspace_id, msg.group_id, learner.id)
                        groups.append(msg.group_id)
                    if asdict(learner) != before:  # read-only commands write nothing
                        await uow.save_learner(learner)
                    await uow.commit()
                    return replies
            except ConcurrentUpdate:
                log.info("concurrent update for %s, retry %d", msg.who, attempt + 1)
            except Exception:  # the user gets a friendly line; the traceback goes to the log only
                log.exception("handling a message from %s failed", msg.who)
                return [
                    _err(
                        "Something went wrong on my side and that message wasn't saved. Please send it "
                        "again in a moment."
                    )
                ]
        return [_err("I'm a bit busy right now and couldn't save that; please send it again.")]

    async def due(self, now: datetime, limit: int = 500, only: LearnerRef | None = None) -> list[Reply]:
        """Everything scheduled that should go out at ``now``: each due learner's daily drip and, in
        the final week, the mock-interview reminder. The ledger makes each at-most-once per local
        day even when several schedulers tick at the same time."""
        now = ensure_utc(now)
        async with self.uow() as uow:
            learners = await uow.learners_due(now, limit)
        out: list[Reply] = []
        for stale in learners:
            if only is not None and stale.ref != only:
                continue
            for _attempt in range(3):
                try:
                    async with self.uow() as uow:
                        learner = await uow.get_learner(stale.ref)
                        if learner is None or not self._due_now(learner, now):
                            break
                        ctx = Ctx(uow, learner, now, Inbound(learner.ref, "", in_dm=True, via="schedule"))
                        replies = await self._drip(ctx)
                        await uow.save_learner(learner)
                        await uow.commit()
                        out.extend(replies)
                        break
                except ConcurrentUpdate:
                    continue
        return out

    @staticmethod
    def _due_now(learner: Learner, now: datetime) -> bool:
        return (
            learner.onboarded
            and not learner.paused
            and learner.next_drip_at is not None
            and learner.next_drip_at <= now
        )

    # ==== dispatch ==============================================================================

    async def _dispatch(self, ctx: Ctx, text: str) -> list[Reply]:
        if text.startswith("/"):
            return await self._command(ctx, text)
        if not ctx.msg.in_dm:
            return []  # channel chatter is not for us
        st = ctx.learner.state
        if st.get("onboarding"):
            return await self._onboarding_answer(ctx, text)
        if st.get("pending"):
            return await self._pending_answer(ctx, text)
        if not text:
            return [_err("That message was empty. Send `/coach today` for today's prompt, or `/coach help`.")]
        bare = text.lower().strip(" !?.")
        if bare in ("help", "start", "today", "plan", "topics", "stories", "readiness", "leaderboard"):
            return await self._command(ctx, f"/coach {bare}")  # a command typed without its slash
        if not ctx.learner.onboarded:
            return [
                _r(
                    "Hi! I'm PrepDrip, your ML interview coach. Send `/coach start` to begin: four "
                    "yes/no questions decide where your prep starts."
                )
            ]
        return [
            _r(
                "I'm not waiting for an answer right now. `/coach today` sends today's prompt, "
                "`/coach practice TOPIC` gives you one on demand, `/coach help` lists everything."
            )
        ]

    async def _command(self, ctx: Ctx, text: str) -> list[Reply]:
        try:
            parts = shlex.split(text[1:])
        except ValueError:
            parts = text[1:].split()
        if not parts:
            return await self._cmd_help(ctx, [])
        head, args = parts[0].lower(), parts[1:]
        if head in ("readiness", "leaderboard"):
            return await self._commands[head](ctx, args)
        if head in self._commands and head not in ("coach", "prepdrip"):
            args = [head, *args]  # "/today" is "/coach today"
            head = "coach"
        if head not in ("coach", "prepdrip"):
            return [
                _err(
                    f"I don't know `/{neutralize(head, 40)}`. I answer `/coach …`, `/readiness` and "
                    "`/leaderboard`; `/coach help` lists the rest."
                )
            ]
        if not args:
            return await self._cmd_help(ctx, [])
        sub, rest = args[0].lower(), args[1:]
        fn = self._commands.get(sub)
        if fn is None:
            return [
                _err(
                    f"`/coach {neutralize(sub, 40)}` isn't a command I know. Try one of: "
                    + ", ".join(f"`{c}`" for c in sorted(self._commands))
                    + "."
                )
            ]
        needs_profile = sub not in ("start", "help", "topics", "leaderboard", "pause", "resume")
        if needs_profile and not ctx.learner.onboarded:
            if ctx.learner.state.get("onboarding"):
                return [_r("Let's finish setting you up first.")] + self._onboarding_question(ctx)
            return [
                _r(
                    "Let's set you up first: send `/coach start` (four yes/no questions, then your "
                    "interview date, timezone, daily time and level)."
                )
            ]
        return await fn(ctx, rest)

    # ==== onboarding ============================================================================

    async def _cmd_start(self, ctx: Ctx, args: list[str]) -> list[Reply]:
        L = ctx.learner
        L.state["onboarding"] = {"step": "q1", "answers": []}
        restarting = L.onboarded
        intro = (
            "Starting over: your history and points stay; your answers below redraw the plan."
            if restarting
            else "Welcome to PrepDrip! An ML engineer loop has four rounds — theory screen, coding, ML "
            "system design and behavioral — and each fails in its own way. Four honest yes/no questions "
            "decide where you start."
        )
        replies = [_r(intro, dm=True)] + self._onboarding_question(ctx)
        if not ctx.msg.in_dm:
            replies = [_r("I've sent you a DM to set you up.")] + replies
        return replies

    def _onboarding_question(self, ctx: Ctx) -> list[Reply]:
        ob = ctx.learner.state["onboarding"]
        step = ob["step"]
        if step.startswith("q"):
            i = int(step[1]) - 1
            q = self.cur.program.routing_questions[i]
            return [_r(f"*Question {i + 1} of 4.* {q.text}\n_Answer yes or no._", buttons=YES_NO, dm=True)]
        if step == "interview":
            return [
                _r(
                    "When is your interview? Send the date as YYYY-MM-DD (like 2027-06-30), or `none` "
                    "if you don't have one yet.",
                    buttons=(Button("No date yet", "none"),),
                    dm=True,
                )
            ]
        if step == "tz":
            return [
                _r(
                    "Which timezone are you in? Send its IANA name, like `Europe/Berlin`, "
                    "`America/New_York` or `Asia/Kolkata`.",
                    dm=True,
                )
            ]
        if step == "time":
            return [_r("What time should your daily drill arrive? Send HH:MM in 24-hour time, like `08:30`.", dm=True)]
        return [
            _r(
                "Last one: which level are you interviewing for? `junior`, `senior` or `staff`.",
                buttons=tuple(Button(x.capitalize(), x) for x in LEVELS),
                dm=True,
            )
        ]

    async def _onboarding_answer(self, ctx: Ctx, text: str) -> list[Reply]:
        L = ctx.learner
        ob = L.state["onboarding"]
        step = ob["step"]
        if not text:
            return [_err("That was empty.")] + self._onboarding_question(ctx)
        if step.startswith("q"):
            yn = parse_yes_no(text)
            if yn is None:
                return [
                    _err(f"I need a yes or a no here (you sent “{neutralize(text, 60)}”).")
                ] + self._onboarding_question(ctx)
            ob["answers"].append(yn)
            if len(ob["answers"]) < 4:
                ob["step"] = f"q{len(ob['answers']) + 1}"
                return self._onboarding_question(ctx)
            L.routing_answers = list(ob["answers"])
            phase = start_phase(L.routing_answers)
            ob["phase"] = phase
            ob["step"] = "interview"
            said = ", ".join("yes" if a else "no" for a in L.routing_answers)
            return [
                _r(
                    f"*You start in Phase {phase}: {PHASE_NAMES[phase]}.*\n"
                    f"Your answers: {said}. Only the unbroken run of yeses from question 1 counts.\n"
                    f"Why: {self.cur.program.phase_reasons[phase]}",
                    dm=True,
                )
            ] + self._onboarding_question(ctx)
        if step == "interview":
            try:
                when = self._parse_interview(text, ctx.now)
            except ValueError as e:
                return [_err(str(e))]
            ob["interview"] = when.isoformat() if when else None
            if "level" not in ob:
                ob["step"] = "tz"
                return self._onboarding_question(ctx)
            text = ob["level"]  # a re-asked date: everything else is known, finish below
            ob["step"] = "level"
            step = "level"
        if step == "tz":
            tz = self.zones.canonical(text)
            if tz is None:
                return [
                    _err(
                        f"I don't know the timezone “{neutralize(text, 60)}”. Send an IANA name such as "
                        "`Europe/Berlin`, `America/Los_Angeles`, `Asia/Singapore` or `UTC`."
                    )
                ]
            ob["tz"] = tz
            ob["step"] = "time"
            return self._onboarding_question(ctx)
        if step == "time":
            t = parse_hhmm(text)
            if t is None:
                return [
                    _err(
                        f"I couldn't read “{neutralize(text, 60)}” as a time. Send HH:MM in 24-hour "
                        "time, like `08:30` or `19:00`."
                    )
                ]
            ob["time"] = t.strftime("%H:%M")
            ob["step"] = "level"
            return self._onboarding_question(ctx)
        level = text.strip().lower()
        if level not in LEVELS:
            return [_err(f"“{neutralize(text, 60)}” isn't a level I plan for. Send `junior`, `senior` or `staff`.")]
        ob["level"] = level
        interview = date.fromisoformat(ob["interview"]) if ob.get("interview") else None
        if interview is not None and interview < ctx.now.astimezone(ZoneInfo(ob["tz"])).date():
            ob["step"] = "interview"  # already past in their timezone: ask for the date again
            return [
                _err(
                    "That interview date is already behind you in your timezone. Send a future date "
                    "(YYYY-MM-DD) or `none`."
                )
            ]
        # all answers valid: apply them together
        L.seniority = level
        L.tz = ob["tz"]
        L.drip_time = ob["time"]
        L.interview_date = interview
        L.phase = ob["phase"]
        L.phase_started_at = ctx.now
        L.plan_start = self._local_today(L, ctx.now)
        L.onboarded = True
        L.paused = False
        L.state.pop("onboarding", None)
        L.state.pop("pending", None)
        L.state.pop("queue", None)
        self._reschedule(L, ctx.now)
        plan = self._plan(L, ctx.now)
        first = self._fmt_local(L, L.next_drip_at) if L.next_drip_at else "—"
        return [
            _r(
                f"All set. Level: {level}. Timezone: {L.tz}. Daily drill at {L.drip_time}.\n"
                + self._plan_text(L, plan, ctx.now, short=True)
                + f"\nYour first drill arrives {first}. Can't wait? Send `/coach today`.",
                dm=True,
            )
        ]

    def _parse_interview(self, text: str, now: datetime) -> date | None:
        t = text.strip().lower()
        if t in ("none", "no", "n/a", "-", "no date", "not yet", "unknown"):
            return None
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", t):
            raise ValueError(
                f"I couldn't read “{neutralize(text, 60)}” as a date. Send YYYY-MM-DD, like 2027-06-30, or `none`."
            )
        try:
            d = date.fromisoformat(t)
        except ValueError:
            raise ValueError(f"{t} isn't a real calendar date. Send YYYY-MM-DD, like 2027-06-30, or `none`.") from None
        # the earliest "today" anywhere on Earth: refuse only dates past for everyone
        earliest_today = (now - timedelta(hours=12)).date()
        if d < earliest_today:
            raise ValueError(
                f"{d.isoformat()} is in the past. Send the date of your upcoming interview (YYYY-MM-DD), or `none`."
            )
        if d > now.date() + timedelta(days=730):
            raise ValueError(
                f"{d.isoformat()} is more than two years away. Send a date within two years, "
                "or `none` for an open-ended cycle."
            )
        return d

    # ==== settings, pause, plan =================================================================

    async def _cmd_settings(self, ctx: Ctx, args: list[str]) -> list[Reply]:
        L = ctx.learner
        if not args:
            return [
                _r(
                    f"Your settings: tz={L.tz} time={L.drip_time} "
                    f"interview={L.interview_date.isoformat() if L.interview_date else 'none'} level={L.seniority}"
                    f"{' (paused)' if L.paused else ''}.\nChange with `/coach settings tz=Europe/Berlin "
                    "time=08:30 interview=2027-06-30 level=senior` (any subset)."
                )
            ]
        changes: dict[str, Any] = {}
        problems: list[str] = []
        aliases = {
            "timezone": "tz",
            "zone": "tz",
            "drip": "time",
            "hour": "time",
            "date": "interview",
            "seniority": "level",
        }
        # "tz=UTC", "tz = UTC" and "tz: UTC" all work
        joined = re.sub(r"\s*=\s*", "=", " ".join(args))
        joined = re.sub(r"\b([A-Za-z_]+):\s*", r"\1=", joined)
        for a in joined.split():
            if "=" not in a or a.startswith("=") or a.endswith("="):
                problems.append(f"`{neutralize(a, 40)}` needs the form key=value")
                continue
            k, v = a.split("=", 1)
            k = aliases.get(k.strip().lower(), k.strip().lower())
            if k == "tz":
                tz = self.zones.canonical(v)
                if tz is None:
                    problems.append(f"unknown timezone “{neutralize(v, 60)}” (use an IANA name like Europe/Berlin)")
                else:
                    changes["tz"] = tz
            elif k == "time":
                t = parse_hhmm(v)
                if t is None:
                    problems.append(f"“{neutralize(v, 20)}” isn't a time (use HH:MM, 24-hour, like 08:30)")
                else:
                    changes["drip_time"] = t.strftime("%H:%M")
            elif k == "interview":
                try:
                    changes["interview_date"] = self._parse_interview(v, ctx.now)
                except ValueError as e:
                    problems.append(str(e))
            elif k == "level":
                if v.lower() not in LEVELS:
                    problems.append(f"level must be junior, senior or staff, not “{neutralize(v, 20)}”")
                else:
                    changes["seniority"] = v.lower()
            else:
                problems.append(f"I don't know the setting `{neutralize(k, 30)}` (use tz, time, interview, level)")
        if problems:
            return [_err("Nothing changed: " + "; ".join(problems) + ".")]
        for k, v in changes.items():
            setattr(L, k, v)
        if "interview_date" in changes or "seniority" in changes:
            L.plan_start = self._local_today(L, ctx.now)
        self._reschedule(L, ctx.now)
        shown = ", ".join(
            f"{k.replace('drip_time', 'time').replace('interview_date', 'interview').replace('seniority', 'level')}="
            f"{v.isoformat() if isinstance(v, date) else (v if v is not None else 'none')}"
            for k, v in changes.items()
        )
        nxt = f" Next drill: {self._fmt_local(L, L.next_drip_at)}." if L.next_drip_at and not L.paused else ""
        return [_r(f"Saved: {shown}.{nxt}")]

    async def _cmd_pause(self, ctx: Ctx, args: list[str]) -> list[Reply]:
        ctx.learner.paused = True
        return [_r("Paused: no daily drills until you send `/coach resume`. Your progress is kept.")]

    async def _cmd_resume(self, ctx: Ctx, args: list[str]) -> list[Reply]:
        L = ctx.learner
        if not L.onboarded:
            return [_r("There's nothing to resume yet: send `/coach start` to set up.")]
        L.paused = False
        self._reschedule(L, ctx.now)
        return [_r(f"Welcome back! Next drill: {self._fmt_local(L, L.next_drip_at)}.")]

    def _reschedule(self, L: Learner, now: datetime) -> None:
        if not (L.tz and L.drip_time):
            L.next_drip_at = None
            return
        t = parse_hhmm(L.drip_time)
        assert t is not None
        L.next_drip_at = next_drip_at(now, ZoneInfo(L.tz), t)

    def _plan(self, L: Learner, now: datetime) -> Plan:
        start = L.plan_start or self._local_today(L, now)
        interview = L.interview_date
        if interview is not None and interview < start:
            start = self._local_today(L, now)
        first = start_phase(L.routing_answers) if len(L.routing_answers) == 4 else (L.phase or 1)
        weakest = weakest_round(L.routing_answers) if len(L.routing_answers) == 4 else first
        try:
            return build_plan(start, first, interview, L.seniority, weakest)
        except PlanError:
            return build_plan(self._local_today(L, now), first, None, L.seniority, weakest)

    async def _cmd_plan(self, ctx: Ctx, args: list[str]) -> list[Reply]:
        L = ctx.learner
        plan = self._plan(L, ctx.now)
        return [_r(self._plan_text(L, plan, ctx.now, short=False))]

    def _plan_text(self, L: Learner, plan: Plan, now: datetime, short: bool) -> str:
        today = self._local_today(L, now)
        lines = [f"*Your plan* — now in Phase {L.phase}: {PHASE_NAMES[L.phase or 1]}"]
        if L.interview_date:
            days = (L.interview_date - today).days
            lines[0] += f" · interview {L.interview_date.isoformat()} ({_days(days)})"
        for w in plan.windows:
            mark = "▶" if w.start <= today <= w.end else "•"
            label = f"Phase {w.phase}: {w.name}" if w.phase else w.name
            lines.append(f"{mark} {_d(w.start)} – {_d(w.end)} · {label} ({_days(w.days, unit=True)})")
        if plan.mock_week:
            a, b = plan.mock_week
            lines.append(f"★ Final week {_d(a)} – {_d(b)}: book and do a mock interview with a real ML interviewer.")
        lines.append(plan.note)
        if not short:
            if L.paused:
                lines.append("Daily drills are paused (`/coach resume`).")
            elif L.tz and L.drip_time:
                t = parse_hhmm(L.drip_time)
                assert t is not None
                times = next_drip_times(now, ZoneInfo(L.tz), t, 7)
                lines.append(f"Next 7 drills ({L.tz}): " + ", ".join(self._fmt_local(L, x) for x in times))
        return "\n".join(lines)

    # ==== the daily drip and today's queue ======================================================

    async def _drip(self, ctx: Ctx) -> list[Reply]:
        L = ctx.learner
        assert L.id is not None
        local_today = self._local_today(L, ctx.now)
        out: list[Reply] = []
        if await ctx.uow.claim(L.id, local_today, "drip", ctx.now):
            header = _r(
                f"Good {self._part_of_day(L, ctx.now)}! Your PrepDrip for {local_today:%a %d %b} "
                f"(Phase {L.phase}: {PHASE_NAMES[L.phase or 1]}).",
                to=L.ref,
                dm=True,
                kind="drip",
            )
            body = await self._today(ctx)
            out += [header] + [_with_to(r, L.ref) for r in body]
        if L.interview_date:
            days = (L.interview_date - local_today).days
            if 0 < days <= 7 and not L.mock_booked_at and await ctx.uow.claim(L.id, local_today, "mock", ctx.now):
                out.append(
                    _r(
                        f"⏰ Your interview is in {_days(days)}. This is the week for a mock interview with "
                        "someone who has run real ML interviews — it's the fastest way to close the gap "
                        "between how ready you feel and how ready you are. Book one, then send `/coach mock`.",
                        to=L.ref,
                        dm=True,
                        kind="reminder",
                        buttons=(Button("I've booked it", "/coach mock"),),
                    )
                )
        self._reschedule(L, ctx.now)
        return out

    async def _cmd_today(self, ctx: Ctx, args: list[str]) -> list[Reply]:
        return await self._today(ctx)

    async def _today(self, ctx: Ctx) -> list[Reply]:
        L = ctx.learner
        pending = L.state.get("pending")
        if pending:
            p = self.cur.prompts.get(pending["prompt_id"])
            if p is not None:
                return [
                    _r("You still have this one open — answer it, or `/coach skip` to move on.")
                ] + self._resend_pending(ctx, p, pending)
            L.state.pop("pending", None)
        local_today = self._local_today(L, ctx.now).isoformat()
        queue = L.state.get("queue")
        if not queue or queue.get("day") != local_today:
            items, reviews = await self._build_queue(ctx)
            queue = {"day": local_today, "items": items, "reviews": reviews}
            L.state["queue"] = queue
        while queue["items"]:
            pid = queue["items"].pop(0)
            p = self.cur.prompts.get(pid)
            if p is not None:
                left = len(queue["items"])
                src = "review" if pid in queue.get("reviews", []) else "new"
                return self._send_prompt(ctx, p, source=src, left=left)
        return [
            _r(
                "You've done today's set. 🔥 "
                + self._streak_text(L)
                + " Want more? `/coach practice TOPIC` (see `/coach topics`)."
            )
        ]

    async def _build_queue(self, ctx: Ctx) -> tuple[list[str], list[str]]:
        """Today's prompt ids (due reviews, weakest first, then new ones) and which are reviews."""
        L = ctx.learner
        assert L.id is not None
        items: list[str] = []
        days_left = self._days_left(L, ctx.now)
        n_rev = (
            self.settings.reviews_per_day_final
            if days_left is not None and days_left <= INTENSIFY_DAYS
            else self.settings.reviews_per_day
        )
        due = await ctx.uow.due_cards(L.id, ctx.now)
        # the weakest first (lowest FSRS stability), then the most overdue
        for c in sorted(due, key=lambda c: (c.data.get("stability") or 0.0, c.due))[:n_rev]:
            if c.prompt_id in self.cur.prompts:
                items.append(c.prompt_id)
        reviews = list(items)
        for _ in range(self.settings.new_per_day):
            p = await self._pick_new(ctx, exclude=set(items))
            if p is not None:
                items.append(p.id)
        return items, reviews

    async def _pick_new(self, ctx: Ctx, exclude: set[str]) -> AnyPrompt | None:
        L = ctx.learner
        phase = self.cur.phase(L.phase or 1)
        attempts = await ctx.attempts()
        seen = {a.prompt_id for a in attempts} | exclude | set(L.state.get("skipped", []))
        # which kind today: rotate through the phase's mix by the number of prompts sent so far
        wheel = [k for k, n in phase.mix.items() for _ in range(n)]
        sent = int(L.state.get("sent", 0))
        kinds = [wheel[(sent + i) % len(wheel)] for i in range(len(wheel))]
        target = DIFFICULTY_TARGET.get(L.seniority or "senior", 2)
        per_topic: dict[str, int] = {}
        for a in attempts:
            per_topic[a.topic] = per_topic.get(a.topic, 0) + 1
        # topics this phase's exit criteria ask about come first, then the least practised topic
        gate_topics = {t for c in phase.exit_criteria for t in c.evidence.topics}
        for kind in dict.fromkeys(kinds):
            pool = [p for p in self.cur.by_kind(Kind(kind)) if p.id not in seen]
            if pool:
                pool.sort(
                    key=lambda p: (
                        per_topic.get(p.topic, 0),
                        p.topic not in gate_topics,
                        abs(p.difficulty - target),
                        p.id,
                    )
                )
                return pool[0]
        # everything in the phase seen: the least recently seen prompt of the first kind
        pool = [p for p in self.cur.by_kind(Kind(kinds[0])) if p.id not in exclude]
        if not pool:
            return None
        last: dict[str, datetime] = {a.prompt_id: a.submitted_at for a in attempts}
        pool.sort(key=lambda p: (last.get(p.id, ctx.now - timedelta(days=3650)), p.id))
        return pool[0]

    # ==== sending prompts =======================================================================

    def _send_prompt(self, ctx: Ctx, p: AnyPrompt, source: str, left: int = 0, note: str = "") -> list[Reply]:
        L = ctx.learner
        L.state["pending"] = {
            "prompt_id": p.id,
            "kind": p.kind.value,
            "stage": "collect" if isinstance(p, SystemDesignPrompt) else "answer",
            "sent_at": ctx.now.isoformat(),
            "source": source,
            "buffer": [],
            "hints": 0,
        }
        L.state["sent"] = int(L.state.get("sent", 0)) + 1
        tag = " · review" if source == "review" else ""
        more = f"\n_{left} more after this today._" if left else ""
        return [
            _r(
                (note + "\n" if note else "") + self._prompt_text(p, tag) + more,
                kind="prompt",
                dm=True,
                meta={"prompt_id": p.id},
            )
        ]

    def _resend_pending(self, ctx: Ctx, p: AnyPrompt, pending: dict[str, Any]) -> list[Reply]:
        stage = pending.get("stage")
        if stage in ("rate", "followup_or_rate"):
            return [_r("Rate your last answer: Again / Hard / Good / Easy.", buttons=RATING_BUTTONS)]
        if stage == "report":
            return [
                _r(
                    "Did your solution pass the tests? Reply `pass` or `fail`.",
                    buttons=(Button("Pass", "pass"), Button("Fail", "fail")),
                )
            ]
        return [_r(self._prompt_text(p, ""), kind="prompt", dm=True, meta={"prompt_id": p.id})]

    def _prompt_text(self, p: AnyPrompt, tag: str) -> str:
        head = f"*{KIND_LABEL[p.kind.value]}* · {p.topic} · level {p.difficulty}{tag} (`{p.id}`)"
        if isinstance(p, TheoryPrompt):
            return (
                f"{head}\n{p.question}\n_Answer in one message — aim for the 2-minute version: the "
                "mechanism, not just the definition._"
            )
        if isinstance(p, CodingPrompt):
            return (
                f"{head} · ⏱ {p.time_budget_min} min\n{p.question}\n```\n{p.signature}\n```\n"
                f"_The clock is running. Write it in a plain editor, then paste your code here in one "
                "message. `/coach hint` for a hint._"
            )
        if isinstance(p, SystemDesignPrompt):
            return (
                f"{head}\n{p.question}\n_Take it step by step — requirements, ML objective, data, model, "
                "serving, monitoring — in as many messages as you like, then send `/coach done`._"
            )
        lo, hi = TARGET_WORDS
        return (
            f"{head}\n{p.question}\n_Tell it as a STAR story (situation, task, action, result) in one "
            f"message: about two minutes spoken, {lo}–{hi} words. Say what *you* decided._"
        )

    # ==== answers ===============================================================================

    async def _pending_answer(self, ctx: Ctx, text: str) -> list[Reply]:
        pending = ctx.learner.state["pending"]
        p = self.cur.prompts.get(pending["prompt_id"])
        if p is None:
            ctx.learner.state.pop("pending", None)
            return [_r("That prompt is no longer in the curriculum; send `/coach today` for a fresh one.")]
        stage = pending["stage"]
        if stage == "rate":
            return await self._rating(ctx, p, text)
        if stage == "followup_or_rate":
            if _parse_rating(text) is not None:
                return await self._rating(ctx, p, text)
            if not text:
                return [_err("That was empty. Answer the follow-up, or rate: Again / Hard / Good / Easy.")]
            assert isinstance(p, TheoryPrompt)
            return await self._follow_up(ctx, p, text)
        if stage == "report":
            return await self._report(ctx, p, text)
        if stage == "collect":
            if not text:
                return [_err("That was empty. Keep going, or send `/coach done` to finish.")]
            buf: list[str] = pending["buffer"]
            words = sum(len(b.split()) for b in buf) + len(text.split())
            if words > MAX_DESIGN_WORDS:
                return [
                    _err(
                        f"That would take this answer past {MAX_DESIGN_WORDS:,} words, so I didn't add it. "
                        "Send `/coach done` to get feedback on what you have."
                    )
                ]
            buf.append(text)
            return [
                _r(
                    f"Noted ({words} words so far). Keep going, or send `/coach done` for feedback.",
                    buttons=(Button("Done", "/coach done"),),
                )
            ]
        # stage == "answer"
        if not text or len(re.findall(r"\w+", text)) == 0:
            return [_err("That answer was empty. Type your answer in one message, or `/coach skip`.")]
        if isinstance(p, TheoryPrompt):
            return await self._theory_answer(ctx, p, text)
        if isinstance(p, CodingPrompt):
            return self._coding_submit(ctx, p, text)
        if isinstance(p, BehavioralPrompt):
            return await self._story_answer(ctx, p, text)
        return []

    def _sent_at(self, ctx: Ctx) -> datetime:
        return datetime.fromisoformat(ctx.learner.state["pending"]["sent_at"])

    async def _record(self, ctx: Ctx, p: AnyPrompt, kind: str, g: Grade | None, **kw: Any) -> Attempt:
        L = ctx.learner
        assert L.id is not None
        a = Attempt(
            learner_id=L.id,
            prompt_id=p.id,
            kind=kind,
            round=p.kind.value,
            topic=p.topic,
            started_at=self._sent_at(ctx),
            submitted_at=ctx.now,
            score=g.score if g else None,
            covered=g.covered if g else [],
            missed=g.missed if g else [],
            words=g.words if g else 0,
            detail=g.detail if g else {},
            **kw,
        )
        a = await ctx.uow.add_attempt(a)
        (await ctx.attempts()).append(a)
        self._touch(L, ctx.now)
        return a

    async def _theory_answer(self, ctx: Ctx, p: TheoryPrompt, text: str) -> list[Reply]:
        g = grade_key_points(self.matcher, p.id, "theory", text, p.key_points)
        a = await self._record(ctx, p, "theory", g)
        ctx.learner.points += 5 + round(10 * g.score)
        pend = ctx.learner.state["pending"]
        pend.update(stage="followup_or_rate", attempt_id=a.id)
        kp = {k.id: k for k in p.key_points}
        lines = [f"*Feedback* — you covered {len(g.covered)} of {len(p.key_points)} key points ({g.score:.0%})."]
        lines += [f"✅ {kp[k].text}" for k in g.covered]
        lines += [f"❌ {kp[k].text}" for k in g.missed]
        if g.missed and g.detail.get("mechanism_covered", 0) == 0:
            lines.append("⚠️ This reads as a definition-level answer: an interviewer's next question will be *why*.")
        lines.append(f"🧭 Anchor it: {p.anchor}")
        lines.append(f"🔎 *One level deeper:* {p.follow_up.question}")
        lines.append(f"⏱ 30 s: {p.depths.s30}\n⏱ 2 min: {p.depths.m2}\n⏱ 5 min: {p.depths.m5}")
        lines.append("_Answer the follow-up to go deeper, or rate how you did: Again / Hard / Good / Easy._")
        out = [
            _r(
                "\n".join(lines),
                buttons=RATING_BUTTONS,
                kind="feedback",
                meta={"prompt_id": p.id, "score": f"{g.score:.2f}"},
            )
        ]
        return out + await self._check_gates(ctx)

    async def _follow_up(self, ctx: Ctx, p: TheoryPrompt, text: str) -> list[Reply]:
        g = grade_key_points(self.matcher, p.id, "follow_up", text, p.follow_up.key_points)
        await self._record(ctx, p, "follow_up", g)
        ctx.learner.points += 3 + round(7 * g.score)
        ctx.learner.state["pending"]["stage"] = "rate"
        kp = {k.id: k for k in p.follow_up.key_points}
        verdict = (
            "That holds up one level deeper."
            if g.score >= 0.5
            else "The follow-up is where answers collapse in interviews; here's what it needed."
        )
        lines = [f"*Follow-up* — {len(g.covered)} of {len(kp)} points ({g.score:.0%}). {verdict}"]
        lines += [f"✅ {kp[k].text}" for k in g.covered] + [f"❌ {kp[k].text}" for k in g.missed]
        lines.append("_Now rate the whole answer: Again / Hard / Good / Easy._")
        return [_r("\n".join(lines), buttons=RATING_BUTTONS, kind="feedback")] + await self._check_gates(ctx)

    def _coding_submit(self, ctx: Ctx, p: CodingPrompt, text: str) -> list[Reply]:
        pend = ctx.learner.state["pending"]
        elapsed = ctx.now - self._sent_at(ctx)
        minutes = elapsed.total_seconds() / 60
        in_time = minutes <= p.time_budget_min
        pend.update(stage="report", elapsed_min=round(minutes, 1), in_time=in_time, code_lines=len(text.splitlines()))
        tests = "\n".join(f"• {t.name}{' (edge case)' if t.edge else ''}\n```\n{t.code.rstrip()}\n```" for t in p.tests)
        verdict = "in time ✅" if in_time else "over budget ⏱"
        return [
            _r(
                f"Submitted after {minutes:.0f} min (budget {p.time_budget_min}) — {verdict}.\n"
                f"*Reference solution*\n```\n{p.solution.rstrip()}\n```\n*Tests*\n{tests}\n"
                + (f"🔎 {p.follow_up}\n" if p.follow_up else "")
                + "_Run these against your code. Did it pass all of them? Reply `pass` or `fail`._",
                buttons=(Button("Pass", "pass"), Button("Fail", "fail")),
                kind="feedback",
            )
        ]

    async def _report(self, ctx: Ctx, p: AnyPrompt, text: str) -> list[Reply]:
        t = text.strip().lower()
        passed = (
            True
            if t in ("pass", "passed", "yes", "y", "all passed")
            else False
            if t in ("fail", "failed", "no", "n")
            else None
        )
        if passed is None:
            return [_err("Reply `pass` if your code passed every test above, or `fail` if any failed.")]
        pend = ctx.learner.state["pending"]
        a = await self._record(ctx, p, "coding", None, passed=passed, in_time=bool(pend.get("in_time")))
        a.detail = {"elapsed_min": pend.get("elapsed_min")}
        await ctx.uow.update_attempt(a)
        ctx.learner.points += (15 + (5 if pend.get("in_time") else 0)) if passed else 3
        pend.update(stage="rate", attempt_id=a.id)
        msg = (
            (
                "Passed"
                + (
                    " and in time."
                    if pend.get("in_time")
                    else ", though over the time budget: do it again in a few days, faster."
                )
            )
            if passed
            else "Failed tests are the point of practice: read the edge cases, then redo it tomorrow from a blank file."
        )
        return [
            _r(msg + "\n_How did it feel? Again / Hard / Good / Easy._", buttons=RATING_BUTTONS)
        ] + await self._check_gates(ctx)

    async def _story_answer(self, ctx: Ctx, p: BehavioralPrompt, text: str) -> list[Reply]:
        g = grade_story(self.matcher, p, text)
        d = g.detail
        a = await self._record(ctx, p, "behavioral", g)
        assert ctx.learner.id is not None
        story = await ctx.uow.add_story(
            Story(
                learner_id=ctx.learner.id,
                prompt_id=p.id,
                story_type=p.story_type,
                text=text,
                star=d["star"],
                ownership=d["ownership"],
                measurable=d["measurable"],
                words=g.words,
                score=g.score,
                created_at=ctx.now,
            )
        )
        (await ctx.stories()).append(story)
        ctx.learner.points += 10 + round(15 * g.score)
        ctx.learner.state["pending"].update(stage="rate", attempt_id=a.id)
        star = d["star"]
        lo, hi = TARGET_WORDS
        words = g.words
        length = (
            "about right for two minutes"
            if lo <= words <= hi
            else f"short — two minutes spoken is {lo}–{hi} words"
            if words < lo
            else f"long — past {hi} words it runs over two minutes; cut the situation, keep the decisions"
        )
        lines = [f"*STAR check* ({g.score:.0%})"]
        for part in ("situation", "task", "action", "result"):
            hint = getattr(p.star, part)
            lines.append(f"{'✅' if star[part] else '❌'} {part.capitalize()}" + ("" if star[part] else f" — {hint}"))
        own = d["ownership"]
        lines.append(
            f"{'✅' if own >= 0.5 else '❌'} Ownership: “I” ×{d['i_count']} vs “we” ×{d['we_count']}"
            + ("" if own >= 0.5 else " — say what *you* decided; interviewers can't hire “we”.")
        )
        lines.append(
            f"{'✅' if d['measurable'] else '❌'} Measurable result"
            + ("" if d["measurable"] else " — end on a number: a metric, a time saved, a rate moved.")
        )
        lines.append(f"{'✅' if lo <= words <= hi else '⚠️'} Length: {words} words, {length}.")
        lines.append("The interviewer listens for: " + "; ".join(p.listens_for))
        if p.follow_up:
            lines.append(f"🔎 Expect the follow-up: {p.follow_up}")
        lines.append(f"Saved to your story inventory as *{p.story_type}* (`/coach stories`).")
        lines.append("_Rate how it went: Again / Hard / Good / Easy._")
        return [_r("\n".join(lines), buttons=RATING_BUTTONS, kind="feedback")] + await self._check_gates(ctx)

    async def _cmd_done(self, ctx: Ctx, args: list[str]) -> list[Reply]:
        pend = ctx.learner.state.get("pending")
        if not pend or pend.get("stage") != "collect":
            return [
                _r(
                    "There's no system design answer open. `/coach practice fraud-detection` (or any "
                    "design topic) starts one."
                )
            ]
        p = self.cur.prompts[pend["prompt_id"]]
        assert isinstance(p, SystemDesignPrompt)
        text = "\n".join(pend["buffer"])
        if not text.strip():
            return [
                _err(
                    "You haven't written anything for this design yet. Send your answer (in as many "
                    "messages as you like), then `/coach done`."
                )
            ]
        g = grade_design(self.matcher, p, text)
        a = await self._record(ctx, p, "system_design", g)
        ctx.learner.points += 10 + round(20 * g.score)
        pend.update(stage="rate", attempt_id=a.id, buffer=[])
        steps, checks = g.detail["steps"], g.detail["checklist"]
        lines = [f"*Design feedback* — {len(steps)}/6 steps, {len(checks)}/6 check-list items ({g.score:.0%})."]
        for s in STEP_TITLES:
            ok = s in steps
            lines.append(
                f"{'✅' if ok else '❌'} {STEP_TITLES[s]}"
                + ("" if ok else f" — strong looks like: {p.steps[s].strong}")
            )
        lines.append("*After-run check-list*")
        for c in CHECKLIST_TITLES:
            lines.append(f"{'✅' if c in checks else '❌'} {CHECKLIST_TITLES[c]}")
        lines.append("Clarifying questions a strong candidate asks first: " + " · ".join(p.clarifying_questions))
        if p.follow_up:
            lines.append(f"🔎 Follow-up: {p.follow_up}")
        lines.append("_Rate how it went: Again / Hard / Good / Easy._")
        return [_r("\n".join(lines), buttons=RATING_BUTTONS, kind="feedback")] + await self._check_gates(ctx)

    async def _rating(self, ctx: Ctx, p: AnyPrompt, text: str) -> list[Reply]:
        rating = _parse_rating(text)
        if rating is None:
            return [_err("Rate it with Again, Hard, Good or Easy (or 1–4).")]
        L = ctx.learner
        assert L.id is not None
        pend = L.state.pop("pending")
        attempts = await ctx.attempts()
        for a in attempts:
            if a.id == pend.get("attempt_id"):
                a.self_rating = rating
                await ctx.uow.update_attempt(a)
            elif a.prompt_id == p.id and a.kind == "follow_up" and a.submitted_at >= self._parse(pend["sent_at"]):
                a.self_rating = rating  # the follow-up shares the rating of its answer
                await ctx.uow.update_attempt(a)
        card = await ctx.uow.get_card(L.id, p.id)
        new = self.srs.review(card, L.id, p.id, rating, ctx.now, L.interview_date)
        await ctx.uow.save_card(new)
        L.points += 2
        days = max(0, (new.due - ctx.now).days)
        again = "tomorrow" if days <= 1 else f"in {days} days"
        out = [_r(f"Rated {RATING_NAMES[rating]}. I'll bring this one back {again}.")]
        rated = next((a for a in attempts if a.id == pend.get("attempt_id")), None)
        shown = demonstrated(rated) if rated else None
        if shown is not None and RATING_CLAIM[rating] - shown >= 0.5:
            out.append(
                _r(
                    f"⚠️ Calibration check: you rated it {RATING_NAMES[rating]}, but the answer showed "
                    f"{shown:.0%}. Interviewers grade what you say, not what you know — this gap is "
                    "tracked in `/readiness`."
                )
            )
        nxt = await self._today(ctx)
        return out + nxt

    @staticmethod
    def _parse(s: str) -> datetime:
        return datetime.fromisoformat(s)

    # ==== gates =================================================================================

    async def _statuses(self, ctx: Ctx, criteria: Sequence[Criterion]) -> list[CriterionStatus]:
        L = ctx.learner
        assert L.id is not None
        ticks, attempts, stories = await ctx.ticks(), await ctx.attempts(), await ctx.stories()
        return [evaluate(c, L, attempts, stories, ticks) for c in criteria]

    async def _check_gates(self, ctx: Ctx) -> list[Reply]:
        L = ctx.learner
        if not L.phase or L.phase >= 4:
            return []
        sts = await self._statuses(ctx, self.cur.phase(L.phase).exit_criteria)
        if all(s.met for s in sts):
            return [self._advance(ctx, sts, chosen=False)]
        return []

    def _advance(self, ctx: Ctx, sts: Sequence[CriterionStatus], chosen: bool) -> Reply:
        L = ctx.learner
        old = L.phase or 1
        L.phase = min(4, old + 1)
        L.phase_started_at = ctx.now
        L.state.pop("queue", None)
        selfs = [s.criterion.text for s in sts if s.by == "self"]
        open_ = [s.criterion.text for s in sts if not s.met]
        if chosen:
            why = (
                "You chose to move on"
                + (f" with {len(open_)} criteria still open: " + "; ".join(open_) if open_ else "")
                + "."
            )
        else:
            why = "Every exit criterion is met" + (f" ({len(selfs)} self-reported)" if selfs else "") + "."
        return _r(
            f"🎉 Phase {old} done — {why}\n*Now Phase {L.phase}: {PHASE_NAMES[L.phase]}.* "
            f"{self.cur.phase(L.phase).goal}",
            kind="message",
        )

    async def _cmd_check(self, ctx: Ctx, args: list[str]) -> list[Reply]:
        L = ctx.learner
        phase = self.cur.phase(L.phase or 1)
        crits = list(phase.exit_criteria)
        if args:
            c = _pick_criterion(crits, args[0])
            if c is None:
                return [_err(f"Pick a criterion by number (1–{len(crits)}) or id; `/coach check` lists them.")]
            assert L.id is not None
            await ctx.uow.add_tick(GateTick(L.id, c.id, ctx.now, "self"))
            ctx._ticks = None
            out = [_r(f"☑️ Ticked (self-reported): {c.text}")]
            out += await self._check_gates(ctx)
            if len(out) == 1:
                out += [_r(await self._criteria_text(ctx, phase.number, crits))]
            return out
        return [
            _r(
                await self._criteria_text(ctx, phase.number, crits)
                + "\n_Tick one yourself with `/coach check N`; move on anyway with `/coach advance`._"
            )
        ]

    async def _cmd_uncheck(self, ctx: Ctx, args: list[str]) -> list[Reply]:
        L = ctx.learner
        crits = list(self.cur.phase(L.phase or 1).exit_criteria)
        c = _pick_criterion(crits, args[0]) if args else None
        if c is None:
            return [_err(f"Pick a criterion by number (1–{len(crits)}) or id; `/coach check` lists them.")]
        assert L.id is not None
        await ctx.uow.remove_tick(L.id, c.id)
        ctx._ticks = None
        return [_r(f"Removed your tick: {c.text}")]

    async def _criteria_text(self, ctx: Ctx, number: int, crits: Sequence[Criterion]) -> str:
        sts = await self._statuses(ctx, crits)
        met = sum(s.met for s in sts)
        lines = [f"*Phase {number} exit criteria* — {met}/{len(sts)} met"]
        for i, s in enumerate(sts, 1):
            lines.append(f"{i}. {_status_icon(s)} {s.criterion.text}{_status_note(s)}")
        return "\n".join(lines)

    async def _cmd_advance(self, ctx: Ctx, args: list[str]) -> list[Reply]:
        L = ctx.learner
        if (L.phase or 1) >= 4:
            return [_r("You're in the last phase. Check `/readiness` for the ready-to-interview checklist.")]
        sts = await self._statuses(ctx, self.cur.phase(L.phase or 1).exit_criteria)
        return [self._advance(ctx, sts, chosen=not all(s.met for s in sts))]

    # ==== practice, topics, stories, mock, hints, skip ==========================================

    async def _cmd_practice(self, ctx: Ctx, args: list[str]) -> list[Reply]:
        want = " ".join(args).strip().lower()
        note = ""
        if ctx.learner.state.get("pending"):
            old = ctx.learner.state.pop("pending")
            note = f"_(Put aside `{old['prompt_id']}`.)_"
        if not want:
            p = await self._pick_new(ctx, exclude=set())
            if p is None:
                return [_r("Nothing left to practise in this phase.")]
            return self._send_prompt(ctx, p, source="practice", note=note)
        if want in self.cur.prompts:
            return self._send_prompt(ctx, self.cur.prompts[want], source="practice", note=note)
        topics = self.cur.topics()
        key = want.replace(" ", "-").replace("_", "-")
        if key not in topics:
            matches = [t for t in topics if key in t]
            if len(matches) == 1:
                key = matches[0]
            else:
                if note:  # nothing sent: restore what was open
                    ctx.learner.state["pending"] = old
                return [_r(f"I don't have a topic “{neutralize(want, 40)}”. " + self._topics_text())]
        attempts = await ctx.attempts()
        seen = {a.prompt_id for a in attempts}
        ids = topics[key]
        fresh = [i for i in ids if i not in seen]
        pid = (
            (fresh or ids)[0]
            if fresh
            else min(ids, key=lambda i: max((a.submitted_at for a in attempts if a.prompt_id == i), default=ctx.now))
        )
        return self._send_prompt(ctx, self.cur.prompts[pid], source="practice", note=note)

    def _topics_text(self) -> str:
        by_kind: dict[str, list[str]] = {}
        for topic, ids in self.cur.topics().items():
            k = self.cur.prompts[ids[0]].kind.value
            by_kind.setdefault(k, []).append(f"{topic} ({len(ids)})")
        lines = ["Topics I can practise (`/coach practice TOPIC` or a prompt id):"]
        for k in ("theory", "coding", "system_design", "behavioral"):
            if k in by_kind:
                lines.append(f"*{KIND_LABEL[k]}*: " + ", ".join(by_kind[k]))
        return "\n".join(lines)

    async def _cmd_topics(self, ctx: Ctx, args: list[str]) -> list[Reply]:
        return [_r(self._topics_text())]

    async def _cmd_stories(self, ctx: Ctx, args: list[str]) -> list[Reply]:
        stories = await ctx.stories()
        lo, hi = TARGET_WORDS
        if not stories:
            return [
                _r(
                    "Your story inventory is empty. "
                    + self.cur.program.story_inventory
                    + "\nStart one with `/coach practice production-failure`."
                )
            ]
        lines = [f"*Your story inventory* ({len(stories)})"]
        for i, s in enumerate(stories, 1):
            parts = "".join(k[0].upper() for k, v in s.star.items() if v) or "—"
            lines.append(
                f"{i}. *{s.story_type}* · {s.words} words · STAR {parts} · "
                f"{'I-led' if s.ownership >= 0.5 else 'we-heavy'} · "
                f"{'measurable' if s.measurable else 'no number'} · {s.score:.0%} — “{neutralize(s.text, 70)}”"
            )
        types = {s.story_type for s in stories if s.score >= 0.6}
        from bot.core.curriculum import STORY_TYPES

        missing = [t for t in STORY_TYPES if t not in types]
        lines.append(
            f"Strong stories cover {len(types)} type(s). Aim: 3–5 stories, two or more types, "
            f"{lo}–{hi} words each." + (f" Not yet covered: {', '.join(missing)}." if missing else "")
        )
        return [_r("\n".join(lines))]

    async def _cmd_tips(self, ctx: Ctx, args: list[str]) -> list[Reply]:
        ph = self.cur.phase(ctx.learner.phase or 1)
        lines = [f"*Phase {ph.number}: {ph.name}* — {ph.goal}", "*Resources for this phase*"]
        for r in ph.resources:
            lines.append(f"• {r.title}" + (f" <{r.url}>" if r.url else "") + f" — {r.note}")
        lines.append("*Common prep mistakes, and what fixes each*")
        for m in self.cur.program.mistakes:
            lines.append(f"• {m.mistake}. Why: {m.cause} Fix: {m.fix}")
        return [_r("\n".join(lines))]

    async def _cmd_mock(self, ctx: Ctx, args: list[str]) -> list[Reply]:
        L = ctx.learner
        if args and args[0].lower() in ("cancel", "no", "undo"):
            L.mock_booked_at = None
            return [_r("Noted: no mock booked. I'll keep reminding you in the final week.")]
        L.mock_booked_at = ctx.now
        L.points += 20
        return [
            _r(
                "🎯 Mock interview noted — the single best use of your final week. Afterwards, compare "
                "its feedback with your `/readiness` self-ratings."
            )
        ] + await self._check_gates(ctx)

    async def _cmd_hint(self, ctx: Ctx, args: list[str]) -> list[Reply]:
        pend = ctx.learner.state.get("pending")
        p = self.cur.prompts.get(pend["prompt_id"]) if pend else None
        if not isinstance(p, CodingPrompt) or pend is None or pend.get("stage") != "answer":
            return [_r("Hints are for an open coding drill. `/coach practice gd-loop` starts one.")]
        n = int(pend.get("hints", 0))
        if n >= len(p.hints):
            return [_r("That was the last hint. Write what you have and send it.")]
        pend["hints"] = n + 1
        return [_r(f"Hint {n + 1}/{len(p.hints)}: {p.hints[n]}")]

    async def _cmd_skip(self, ctx: Ctx, args: list[str]) -> list[Reply]:
        pend = ctx.learner.state.pop("pending", None)
        if not pend:
            return [_r("Nothing to skip. `/coach today` sends today's prompt.")]
        skipped = ctx.learner.state.setdefault("skipped", [])
        if pend["prompt_id"] not in skipped and pend.get("stage") in ("answer", "collect"):
            skipped.append(pend["prompt_id"])
            del skipped[:-50]
        return [_r(f"Skipped `{pend['prompt_id']}`.")] + await self._today(ctx)

    async def _cmd_help(self, ctx: Ctx, args: list[str]) -> list[Reply]:
        return [
            _r(
                "*PrepDrip commands*\n"
                "`/coach start` — set up (again to restart)\n"
                "`/coach today` — today's prompts: due reviews first, then something new\n"
                "`/coach plan` — your phase timeline and the next 7 drill times\n"
                "`/coach practice [topic|id]` — a prompt right now · `/coach topics` — what's available\n"
                "`/coach done` — finish a multi-message system design answer · `/coach hint` · `/coach skip`\n"
                "`/coach check [N]` — this phase's exit criteria, tick one · `/coach advance` — move on anyway\n"
                "`/coach stories` — your behavioral story inventory · `/coach mock` — mock interview booked\n"
                "`/coach tips` — resources for your phase and the common prep mistakes\n"
                "`/coach settings tz=Europe/Berlin time=08:30 interview=2027-06-30 level=senior`\n"
                "`/coach pause` · `/coach resume`\n"
                "`/readiness` — per-round readiness and your calibration gap · `/leaderboard` — your study group"
            )
        ]

    # ==== readiness and the leaderboard =========================================================

    async def _cmd_readiness(self, ctx: Ctx, args: list[str]) -> list[Reply]:
        L = ctx.learner
        if not L.onboarded:
            return [_r("No readiness yet: send `/coach start` first.")]
        attempts, stories = await ctx.attempts(), await ctx.stories()
        rounds = round_scores(L, attempts, stories)
        gap, warning = calibration(rounds)
        today = self._local_today(L, ctx.now)
        name = neutralize(L.display_name or L.ref.user_id, 60)
        lines = [f"*Readiness — {name}* · Phase {L.phase}: {PHASE_NAMES[L.phase or 1]}"]
        if L.interview_date:
            days = (L.interview_date - today).days
            plan = self._plan(L, ctx.now)
            expected = plan.phase_on(today) or L.phase or 1
            on_track = (L.phase or 1) >= (expected if expected else 1) or expected == 0
            lines.append(
                f"Interview {L.interview_date.isoformat()}: {_days(days)} left · "
                + ("on track ✅" if on_track else f"behind plan ⚠️ (the plan has you in Phase {expected} by now)")
            )
        else:
            lines.append("No interview date set (`/coach settings interview=YYYY-MM-DD`).")
        for r in rounds:
            bar = "█" * (r.score // 10) + "░" * (10 - r.score // 10)
            cal = f" · self {r.self_claim:.0%} vs shown {r.shown:.0%}" if r.rated else " · not self-rated yet"
            lines.append(f"{r.title:<17} {bar} {r.score:>3}/100{cal}\n    _{r.evidence}_")
        if gap is not None:
            lines.append(f"*Calibration gap*: {gap:+.0%} (self-rating minus demonstrated; 0 is perfectly calibrated).")
        if warning:
            lines.append(f"⚠️ {warning}")
        elif gap is not None:
            lines.append(
                "Your self-ratings are in line with what your answers demonstrate. "
                "Keep them honest with a mock interview."
            )
        lines.append(await self._criteria_text(ctx, L.phase or 1, self.cur.phase(L.phase or 1).exit_criteria))
        sts = await self._statuses(ctx, self.cur.program.ready_checklist)
        lines.append(f"*Ready-to-interview checklist* — {sum(s.met for s in sts)}/{len(sts)}")
        lines += [f"{_status_icon(s)} {s.criterion.text}{_status_note(s)}" for s in sts]
        alt = "; ".join(
            f"{r.title}: {r.score}/100" + (f" (self {r.self_claim:.0%})" if r.rated else "") for r in rounds
        )
        image = None
        if self.charts is not None:
            try:
                image = self.charts.readiness_chart(
                    f"{L.ref.platform}-{L.id}",
                    [
                        {
                            "round": r.round,
                            "title": r.title,
                            "score": r.score,
                            "self": None if r.self_claim is None else round(100 * r.self_claim),
                            "shown": None if r.shown is None else round(100 * r.shown),
                        }
                        for r in rounds
                    ],
                    ctx.now,
                )
            except Exception:  # a chart is a nicety; the text above is the answer
                log.exception("readiness chart failed")
        return [_r("\n".join(lines), image=image, alt_text=alt, kind="readiness")]

    async def _cmd_leaderboard(self, ctx: Ctx, args: list[str]) -> list[Reply]:
        g = ctx.msg.group_id
        if not g:
            return [
                _r(
                    "Leaderboards belong to a study group: run `/leaderboard` in your group's channel "
                    "(or start the console with `--group NAME`)."
                )
            ]
        assert ctx.learner.id is not None
        await ctx.uow.join_group(ctx.msg.who.platform, ctx.msg.who.workspace_id, g, ctx.learner.id)
        # this learner's own row may be newer than the stored one
        board = await ctx.uow.group_board(ctx.msg.who.platform, ctx.msg.who.workspace_id, g, 10)
        rows = {x.id: x for x in board}
        if ctx.learner.id in rows or len(board) < 10:
            rows[ctx.learner.id] = ctx.learner
        ranked = sorted(rows.values(), key=lambda x: (-x.points, -x.streak, x.id or 0))[:10]
        lines = [f"*Leaderboard — {neutralize(g, 60)}*"]
        for i, x in enumerate(ranked, 1):
            nm = neutralize(x.display_name or x.ref.user_id, 40)
            streak = f" · 🔥 {x.streak}-day streak" if x.streak > 1 else ""
            lines.append(f"{i}. {nm} — {x.points} pts{streak}")
        return [_r("\n".join(lines))]

    # ==== small helpers =========================================================================

    def _touch(self, L: Learner, now: datetime) -> None:
        today = self._local_today(L, now)
        if L.last_active_on == today:
            return
        if L.last_active_on == today - timedelta(days=1):
            L.streak += 1
        else:
            L.streak = 1
        L.best_streak = max(L.best_streak, L.streak)
        L.last_active_on = today

    def _streak_text(self, L: Learner) -> str:
        return f"{L.streak}-day streak, {L.points} points." if L.streak else f"{L.points} points."

    @staticmethod
    def _local_today(L: Learner, now: datetime) -> date:
        return now.astimezone(ZoneInfo(L.tz)).date() if L.tz else now.date()

    def _days_left(self, L: Learner, now: datetime) -> int | None:
        if not L.interview_date:
            return None
        return (L.interview_date - self._local_today(L, now)).days

    @staticmethod
    def _fmt_local(L: Learner, when: datetime | None) -> str:
        if when is None:
            return "—"
        loc = when.astimezone(ZoneInfo(L.tz)) if L.tz else when
        return loc.strftime("%a %Y-%m-%d %H:%M")

    @staticmethod
    def _part_of_day(L: Learner, now: datetime) -> str:
        h = now.astimezone(ZoneInfo(L.tz)).hour if L.tz else now.hour
        return "morning" if 4 <= h < 12 else "afternoon" if 12 <= h < 18 else "evening"


# ---- module helpers (pure) --------------------------------------------------------------------


class ZoneNames:
    """IANA zone names, matched case-insensitively. Scanning the zone database takes milliseconds,
    so it happens once per coach, on first use."""

    def __init__(self) -> None:
        self._by_lower: dict[str, str] | None = None

    def canonical(self, text: str) -> str | None:
        t = text.strip()
        if not t or len(t) > 64 or not re.fullmatch(r"[A-Za-z0-9_+\-/]+", t) or ".." in t or t.startswith("/"):
            return None
        if self._by_lower is None:
            from zoneinfo import available_timezones

            self._by_lower = {z.lower(): z for z in available_timezones()}
            self._by_lower.setdefault("utc", "UTC")
        name = self._by_lower.get(t.lower())
        if name is None:
            return None
        try:
            ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError, OSError):
            return None
        return name


def _parse_rating(text: str) -> int | None:
    t = text.strip().lower().rstrip(".!")
    if t in RATINGS:
        return RATINGS[t]
    if t in ("1", "2", "3", "4"):
        return int(t)
    return None


def _pick_criterion(crits: Sequence[Criterion], key: str) -> Criterion | None:
    if key.isdigit() and 1 <= int(key) <= len(crits):
        return crits[int(key) - 1]
    for c in crits:
        if c.id == key.lower():
            return c
    return None


def _status_icon(s: CriterionStatus) -> str:
    return "✅" if s.by == "activity" else "☑️" if s.by == "self" else "⬜"


def _status_note(s: CriterionStatus) -> str:
    if s.by == "self":
        return " _(self-reported)_"
    if s.met:
        return ""
    if s.need == 0:
        return " _(tick it yourself when true)_"
    return f" _({s.progress} from your activity)_"


def _days(n: int, unit: bool = False) -> str:
    if unit:
        return f"{n} day{'s' if n != 1 else ''}"
    return "today" if n == 0 else "tomorrow" if n == 1 else f"{n} days"


def _d(d: date) -> str:
    return d.strftime("%a %Y-%m-%d")


def _with_to(r: Reply, to: LearnerRef) -> Reply:
    return Reply(
        text=r.text, buttons=r.buttons, image=r.image, to=to, dm=True, kind=r.kind, alt_text=r.alt_text, meta=r.meta
    )


__all__ = ["Coach", "CoachSettings", "ZoneNames"]
