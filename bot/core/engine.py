"""The coach: takes a message and the time, returns replies. Knows no platform, socket or clock.

Every message runs in one unit of work: the learner row is read, the conversation moves one step
(``bot.core.router`` picks the flow), and everything is committed together. A concurrent save of the
same learner (two processes, two quick messages) is detected by the store's version check and the
message is replayed.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Any

from bot.core.clock import ensure_utc
from bot.core.context import CoachSettings, Ctx, Services, oops
from bot.core.curriculum import CodingPrompt, Curriculum
from bot.core.delivery import Outbox
from bot.core.flows import bound, door, drill, export, readiness_report, roster
from bot.core.flows.board_post import post_boards
from bot.core.flows.drip import is_due, scheduled
from bot.core.flows.groups import note_membership
from bot.core.grading_llm import AnswerJudge
from bot.core.inputs import ZoneNames
from bot.core.judging import CodeRunner, RunJob, RunReport
from bot.core.matcher import Matcher
from bot.core.messages import Attachment, Inbound, LearnerRef, Reply
from bot.core.model import Learner
from bot.core.ports import ChartRenderer, ConcurrentUpdate, Roster, UnitOfWork, Workspaces
from bot.core.prejudge import prejudge
from bot.core.router import resolve, route
from bot.core.srs import Repetition
from bot.core.state import Conversation
from bot.core.telemetry import NoTelemetry, Telemetry

log = logging.getLogger(__name__)

MAX_MESSAGE_CHARS = 12_000
RETRIES = 8
BATCH = 200  # learners per drip transaction

Notify = Callable[[list[Reply]], Awaitable[None]]


class Coach:
    def __init__(
        self,
        curriculum: Curriculum,
        uow: Callable[[], UnitOfWork],
        matcher: Matcher | None = None,
        repetition: Repetition | None = None,
        charts: ChartRenderer | None = None,
        settings: CoachSettings | None = None,
        outbox: Outbox | None = None,
        runner: CodeRunner | None = None,
        judge: AnswerJudge | None = None,
        workspaces: Workspaces | None = None,
        telemetry: Telemetry | None = None,
    ) -> None:
        self.uow = uow
        self.outbox = outbox
        self.workspaces = workspaces
        self.svc = Services(
            cur=curriculum,
            matcher=matcher or Matcher(),
            srs=repetition or Repetition(),
            charts=charts,
            settings=settings or CoachSettings(),
            zones=ZoneNames(),
            runner=runner,
            judge=judge,
            telemetry=telemetry or NoTelemetry(),
        )

    @property
    def cur(self) -> Curriculum:
        return self.svc.cur

    def use_roster(self, platform: str, roster: Roster) -> None:
        """The adapter's way to say who is still in a study group on ``platform`` (``flows/roster.py``)."""
        self.svc.rosters[platform] = roster

    async def member_left(self, who: LearnerRef, within: str) -> int:
        """The platform said ``who`` left the server or channel ``within`` (``flows/roster.py``)."""
        return await roster.member_left_now(self.uow, who, within)

    async def handle(self, msg: Inbound, now: datetime, notify: Notify | None = None) -> list[Reply]:
        """The replies to one message. A drill submission is run between two units of work, with no
        transaction open while it queues and runs: the first commits "running" and its replies ("⏳
        Running your tests…") go to ``notify`` at once if the adapter gave one, else they lead the
        returned list; the second records the judge's report. One run per learner at a time is the
        conversation's own rule (``running``), so it holds across processes too."""
        start = time.perf_counter()
        replies = await self._handle(msg, now, notify)
        seconds, label = time.perf_counter() - start, command_label(msg)
        self.svc.telemetry.handled(msg.who.platform, label, seconds)
        self.svc.telemetry.replied(msg.who.platform, len(replies))
        log.debug("%s handled in %.1f ms: %d replies", label, seconds * 1000, len(replies))  # never the text
        return replies

    async def _handle(self, msg: Inbound, now: datetime, notify: Notify | None) -> list[Reply]:
        now = ensure_utc(now)
        text = msg.text.strip()
        if len(text) > MAX_MESSAGE_CHARS:
            return [
                oops(
                    f"That message is {len(text):,} characters; I read up to {MAX_MESSAGE_CHARS:,} at a "
                    "time. Nothing was lost: trim it (the 2-minute version is about 300 words), or for a "
                    "system design answer send it in parts and finish with `/coach done`."
                )
            ]
        text, ref = bound.unbind(text, self.cur.prompts)
        await prejudge(self.uow, self.cur, self.svc.judge, msg, text, now)

        async def step(ctx: Ctx) -> list[Reply]:
            refused = bound.stale(ctx, text, ref) if ref else None
            return refused if refused is not None else await route(ctx, text)

        replies, job = await self._step(msg, now, step)
        if job is None:
            return replies
        if notify is not None:
            try:
                await notify(replies)
                replies = []
            except Exception:  # the first reply is a courtesy; the report still comes
                log.exception("sending the running-your-tests reply to %s failed", msg.who)
        report = await self._run(job)
        later, _ = await self._step(msg, now, lambda ctx: drill.judged(ctx, job, report), create=False)
        return replies + later

    async def _run(self, job: RunJob) -> RunReport:
        p = self.cur.prompts.get(job.prompt_id)
        runner = self.svc.runner
        assert isinstance(p, CodingPrompt) and runner is not None
        try:
            return await runner.run(p, job.code)
        except Exception:
            log.exception("running %s failed", job.prompt_id)
            return RunReport("unavailable", len(p.tests), note="I couldn't run your code just now (my side).")

    async def _step(
        self, msg: Inbound, now: datetime, step: Callable[[Ctx], Awaitable[list[Reply]]], create: bool = True
    ) -> tuple[list[Reply], RunJob | None]:
        """One unit of work for this learner: load, ``step``, save, commit; replayed on a concurrent
        update. Returns the replies and the code the step asked to run after the commit. ``create``:
        a learner who is not there (new, or who deleted their data meanwhile) is added."""
        for attempt in range(RETRIES):
            try:
                async with self.uow() as uow:
                    learner = await uow.get_learner(msg.who)
                    if learner is None and not create:
                        return [], None
                    if learner is None:
                        learner = await uow.add_learner(
                            Learner(ref=msg.who, created_at=now, display_name=msg.display_name)
                        )
                    elif msg.display_name and msg.display_name != learner.display_name:
                        learner.display_name = msg.display_name
                    before = asdict(learner)
                    ctx = Ctx(uow, learner, now, msg, self.svc, Conversation.load(learner.state))
                    replies = bound.bind(await step(ctx), ctx.conv.pending)
                    if ctx.erased:  # `delete my data`: the learner row is gone, there is nothing to save
                        await uow.commit()
                        return replies, None
                    await note_membership(ctx)
                    learner.state = ctx.conv.dump()
                    if asdict(learner) != before:  # read-only commands write nothing
                        await uow.save_learner(learner)
                    await uow.commit()
                    return replies, ctx.run
            except ConcurrentUpdate:
                log.info("concurrent update for %s, retry %d", msg.who, attempt + 1)
            except Exception:  # the user gets a friendly line; the traceback goes to the log only
                log.exception("handling a message from %s failed", msg.who)
                return [
                    oops(
                        "Something went wrong on my side and that message wasn't saved. Please send it "
                        "again in a moment."
                    )
                ], None
        return [oops("I'm a bit busy right now and couldn't save that; please send it again.")], None

    async def enqueue_due(
        self,
        now: datetime,
        limit: int = 1000,
        *,
        force: bool = False,
        only: LearnerRef | None = None,
        dry_run: bool = False,
    ) -> Enqueued:
        """Write what is due now to the outbox: each due learner's drip and the messages around it,
        each with its ledger claim in one transaction, so it is sent once and never lost. Safe to run
        in every process at once. ``force`` sends today's drip to every active learner who hasn't had
        it, whatever their drip time (operators' `prepdrip drip --now`)."""
        now = ensure_utc(now)
        done = Enqueued()
        if not (dry_run or only):  # a board keeps its own time, also on `drip --now`
            done.boards = await post_boards(self.uow, now, self.svc.rosters)
        after, seen = 0, 0
        while seen < limit:  # a page at a time: no transaction holds the database for long
            async with self.uow() as uow:
                size = min(BATCH, limit - seen)
                page = await (uow.active_learners(size, after) if force else uow.learners_due(now, size, after))
            if not page:
                break
            seen += len(page)
            after = page[-1].id or after
            chunk = [x for x in page if only is None or x.ref == only]
            if not chunk:
                continue
            try:
                await self._enqueue_batch(chunk, now, force, dry_run, done)
            except Exception as e:  # another process moved one of them, or one is broken: one at a time
                if not isinstance(e, ConcurrentUpdate):
                    log.exception("a drip batch failed; retrying its learners one by one")
                for one in chunk:
                    await self._enqueue_one(one, now, force, dry_run, done)
        return done

    async def _enqueue_batch(
        self, chunk: list[Learner], now: datetime, force: bool, dry_run: bool, done: Enqueued
    ) -> None:
        """Many learners in one transaction: their histories read in two queries, their claims,
        outbox rows and saves committed together (a version check guards each learner row)."""
        found = Enqueued()
        async with self.uow() as uow:
            fresh = await uow.lock_learners([x.id for x in chunk if x.id is not None])
            ids = [x.id for x in fresh if x.id is not None]
            attempts, cards = await uow.histories(ids, now)
            for learner in fresh:
                assert learner.id is not None
                ctx = self._schedule_ctx(uow, learner, now, found, dry_run)
                ctx._attempts, ctx._due_cards = attempts[learner.id], cards[learner.id]
                await self._schedule(ctx, uow, force, dry_run, found, batched=True)
            if not dry_run:
                await uow.commit()
        done.learners += found.learners
        done.messages += found.messages
        done.preview += found.preview

    async def _enqueue_one(self, stale: Learner, now: datetime, force: bool, dry_run: bool, done: Enqueued) -> None:
        for _attempt in range(3):
            try:
                found = Enqueued()
                async with self.uow() as uow:
                    learner = await uow.get_learner(stale.ref)
                    if learner is None:
                        return
                    ctx = self._schedule_ctx(uow, learner, now, found, dry_run)
                    await self._schedule(ctx, uow, force, dry_run, found)
                    if not dry_run:
                        await uow.commit()
                done.learners += found.learners
                done.messages += found.messages
                done.preview += found.preview
                return
            except ConcurrentUpdate:
                continue
            except Exception:  # one learner's broken state must not stop everyone's drip
                log.exception("scheduling the drip of %s failed", stale.ref)
                return

    def _schedule_ctx(self, uow: UnitOfWork, learner: Learner, now: datetime, found: Enqueued, dry_run: bool) -> Ctx:
        inbound = Inbound(learner.ref, "", in_dm=True, via="schedule")
        seen: UnitOfWork = _Preview(uow, found.preview) if dry_run else uow  # type: ignore[assignment]
        return Ctx(seen, learner, now, inbound, self.svc, Conversation.load(learner.state))

    async def _schedule(
        self, ctx: Ctx, uow: UnitOfWork, force: bool, dry_run: bool, found: Enqueued, batched: bool = False
    ) -> None:
        if not is_due(ctx, force):
            return
        n = await scheduled(ctx, force, self.svc.settings.mock_links)
        ctx.learner.state = ctx.conv.dump()
        if dry_run:  # a dry run leaves without committing: nothing was claimed
            pass
        elif batched:
            uow.save_learner_at_commit(ctx.learner)
        else:
            await uow.save_learner(ctx.learner)
        found.learners += 1 if n else 0
        found.messages += n

    async def due(self, now: datetime, limit: int = 1000, only: LearnerRef | None = None) -> list[Reply]:
        """Enqueue what is due and hand it straight back, marked sent: for the console and tests, which
        deliver by printing. Platforms go through the dispatcher instead."""
        await self.enqueue_due(now, limit, only=only)
        if self.outbox is None:
            return []
        out: list[Reply] = []
        while batch := await self.outbox.claim(ensure_utc(now), 500, 60, only=only):
            for item in batch:
                await self.outbox.sent(item.key, f"inline-{item.key}", now)
                out.append(item.reply)
        return out

    async def export(self, who: LearnerRef, now: datetime) -> tuple[Attachment, ...] | None:
        """The learner's export files, as `/coach export` sends them (operators' `prepdrip export`);
        None when there is no such learner."""
        now = ensure_utc(now)
        async with self.uow() as uow:
            learner = await uow.get_learner(who)
            if learner is None:
                return None
            inbound = Inbound(who, "", in_dm=True, via="operator")
            return await export.export_files(
                Ctx(uow, learner, now, inbound, self.svc, Conversation.load(learner.state))
            )

    async def erase(self, who: LearnerRef) -> dict[str, int] | None:
        """Delete everything of this learner (operators' `prepdrip delete`): rows per table, or None
        when there is no such learner."""
        async with self.uow() as uow:
            learner = await uow.get_learner(who)
            if learner is None or learner.id is None:
                return None
            counts = await uow.personal.erase(learner.id)
            await uow.commit()
        if self.svc.charts is not None:
            self.svc.charts.forget(readiness_report.chart_key(learner))
        return counts

    async def workspace_left(self, platform: str, workspace_id: str, now: datetime) -> None:
        """The app was removed from a workspace: its data goes after the retention period."""
        if self.workspaces is not None:
            await self.workspaces.left(platform, workspace_id, ensure_utc(now))

    async def workspace_back(self, platform: str, workspace_id: str) -> None:
        if self.workspaces is not None:
            await self.workspaces.back(platform, workspace_id)

    async def door_closed(self, who: LearnerRef, reason: str, now: datetime) -> None:
        """The platform refused this learner's DM for good (``flows/door.py``)."""
        await door.closed(self.uow, who, reason, RETRIES)


def command_label(msg: Inbound) -> str:
    """A bounded name for what a message was, for metrics: the command table's path (``/coach today``),
    ``unknown command``, or for anything not starting with ``/`` how it came (``text``, ``button``)."""
    text = msg.text.strip()
    if not text.startswith("/"):
        return "button" if msg.via == "button" else "text"
    command = resolve(text[1:].split())[0] if text[1:].split() else None
    return "/" + " ".join(command.path) if command is not None else "unknown command"


@dataclass
class Enqueued:
    learners: int = 0
    messages: int = 0
    boards: int = 0
    preview: list[tuple[LearnerRef, str, str]] = field(default_factory=list)  # dry runs: who, kind, first line


class _Preview:
    """A unit of work that records what would be queued instead of queueing it (``--dry-run``)."""

    def __init__(self, inner: UnitOfWork, into: list[tuple[LearnerRef, str, str]]) -> None:
        self._inner = inner
        self._into = into

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)

    async def enqueue(self, learner: Learner, kind: str, local_day: date, replies: list[Reply], now: datetime) -> int:
        self._into += [(learner.ref, kind, r.text.splitlines()[0] if r.text else "") for r in replies]
        return len(replies)


__all__ = ["MAX_MESSAGE_CHARS", "Coach", "CoachSettings", "Enqueued", "Notify"]
