"""Today's set and practice on demand: which prompt comes next, and how a prompt is sent."""

from __future__ import annotations

from datetime import datetime, timedelta

from bot.core.context import (
    KIND_LABEL,
    RATING_BUTTONS,
    ROUND_WORDS,
    AnyPrompt,
    Ctx,
    days_left,
    local_today,
    say,
)
from bot.core.curriculum import CodingPrompt, Kind, SystemDesignPrompt, TheoryPrompt
from bot.core.grading import TARGET_WORDS
from bot.core.messages import Button, Reply, neutralize
from bot.core.srs import INTENSIFY_DAYS
from bot.core.state import Pending, Queue

SKIP = Button("Skip", "/coach skip")
DIFFICULTY_TARGET = {"junior": 1, "senior": 2, "staff": 3}


async def cmd_today(ctx: Ctx, args: list[str]) -> list[Reply]:
    return await next_prompt(ctx)


async def next_prompt(ctx: Ctx) -> list[Reply]:
    """The open prompt again, else the next of today's set, else "done for today"."""
    conv = ctx.conv
    if conv.pending:
        p = ctx.cur.prompts.get(conv.pending.prompt_id)
        if p is not None:
            return [say(_still_open(conv.pending)), *resend_pending(ctx, p, conv.pending)]
        conv.pending = None
    day = local_today(ctx.learner, ctx.now).isoformat()
    if conv.queue is None or conv.queue.day != day:
        items, reviews = await _build_queue(ctx)
        conv.queue = Queue(day, items, reviews)
    queue = conv.queue
    while queue.items:
        pid = queue.items.pop(0)
        p = ctx.cur.prompts.get(pid)
        if p is not None:
            src = "review" if pid in queue.reviews else "new"
            return send_prompt(ctx, p, source=src, left=len(queue.items))
    return [
        say(
            "You've done today's set. 🔥 "
            + streak_text(ctx)
            + " Want more? `/coach practice TOPIC` (see `/coach topics`)."
        )
    ]


def _still_open(pending: Pending) -> str:
    """The line before the open prompt is sent again: an answer already in needs only its rating (or
    its run's result), and another answer now would not be read as one."""
    if pending.stage in ("rate", "followup_or_rate"):
        return "You still have this one open: your answer is in and needs only your rating (or `/coach skip`)."
    if pending.stage in ("running", "report"):
        return "You still have this one open: your code is in."
    return "You still have this one open — answer it, or `/coach skip` to move on."


def streak_text(ctx: Ctx) -> str:
    L = ctx.learner
    return f"{L.streak}-day streak, {L.points} points." if L.streak else f"{L.points} points."


async def _build_queue(ctx: Ctx) -> tuple[list[str], list[str]]:
    """Today's prompt ids (due reviews, weakest first, then new ones) and which are reviews."""
    L = ctx.learner
    assert L.id is not None
    settings = ctx.svc.settings
    left = days_left(L, ctx.now)
    final = left is not None and 0 <= left <= INTENSIFY_DAYS  # a passed interview is not a close one
    n_rev = settings.reviews_per_day_final if final else settings.reviews_per_day
    due = await ctx.due_cards()
    # the weakest first (lowest FSRS stability), then the most overdue
    items = [
        c.prompt_id
        for c in sorted(due, key=lambda c: (c.data.get("stability") or 0.0, c.due))[:n_rev]
        if c.prompt_id in ctx.cur.prompts
    ]
    reviews = list(items)
    for _ in range(settings.new_per_day):
        p = await pick_new(ctx, exclude=set(items))
        if p is not None:
            items.append(p.id)
    return items, reviews


async def pick_new(ctx: Ctx, exclude: set[str], kind: str | None = None) -> AnyPrompt | None:
    """The next new prompt: of ``kind`` if given, else of the kind the phase's mix has next."""
    L = ctx.learner
    phase = ctx.cur.phase(L.phase or 1)
    attempts = await ctx.attempts()
    seen = {a.prompt_id for a in attempts} | exclude | set(ctx.conv.skipped)
    # which kind today: rotate through the phase's mix by the number of prompts sent so far
    wheel = [k for k, n in phase.mix.items() for _ in range(n)]
    kinds = [kind] if kind else [wheel[(ctx.conv.sent + i) % len(wheel)] for i in range(len(wheel))]
    target = DIFFICULTY_TARGET.get(L.seniority or "senior", 2)
    per_topic: dict[str, int] = {}
    for a in attempts:
        per_topic[a.topic] = per_topic.get(a.topic, 0) + 1
    # topics this phase's exit criteria ask about come first, then the least practised topic
    gate_topics = {t for c in phase.exit_criteria for t in c.evidence.topics}
    for kind in dict.fromkeys(kinds):
        pool = [p for p in ctx.cur.by_kind(Kind(kind)) if p.id not in seen]
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
    pool = [p for p in ctx.cur.by_kind(Kind(kinds[0])) if p.id not in exclude]
    if not pool:
        return None
    last: dict[str, datetime] = {a.prompt_id: a.submitted_at for a in attempts}
    pool.sort(key=lambda p: (last.get(p.id, ctx.now - timedelta(days=3650)), p.id))
    return pool[0]


def send_prompt(ctx: Ctx, p: AnyPrompt, source: str, left: int = 0, note: str = "") -> list[Reply]:
    ctx.conv.pending = Pending(
        prompt_id=p.id,
        kind=p.kind.value,
        stage="collect" if isinstance(p, SystemDesignPrompt) else "answer",
        sent_at=ctx.now.isoformat(),
        source=source,
    )
    ctx.conv.sent += 1
    tag = " · review" if source == "review" else ""
    more = f"\n_{left} more after this today._" if left else ""
    return [
        say(
            (note + "\n" if note else "") + prompt_text(p, tag) + more,
            kind="prompt",
            dm=True,
            meta={"prompt_id": p.id},
            buttons=(SKIP,),
        )
    ]


def resend_pending(ctx: Ctx, p: AnyPrompt, pending: Pending) -> list[Reply]:
    if pending.stage == "followup" and isinstance(p, TheoryPrompt):
        return [say(f"🔎 *One level deeper:* {p.follow_up.question}\n_Type your answer in one message._")]
    if pending.stage in ("rate", "followup_or_rate"):
        return [say("Rate your last answer: Again / Hard / Good / Easy.", buttons=RATING_BUTTONS)]
    if pending.stage == "running":
        return [say("⏳ Your last submission is still running; its results come next.")]
    if pending.stage == "fix":
        note = "\n_Your last run failed a test: send the fixed function, `/coach hint`, or `give up`._"
        return [say(prompt_text(p, "") + note, kind="prompt", dm=True, meta={"prompt_id": p.id})]
    if pending.stage == "report":
        return [
            say(
                "Did your solution pass the tests? Reply `pass` or `fail`.",
                buttons=(Button("Pass", "pass"), Button("Fail", "fail")),
            )
        ]
    return [say(prompt_text(p, ""), kind="prompt", dm=True, meta={"prompt_id": p.id})]


def prompt_text(p: AnyPrompt, tag: str) -> str:
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


async def cmd_practice(ctx: Ctx, args: list[str]) -> list[Reply]:
    want = " ".join(args).strip().lower()
    note = ""
    old = ctx.conv.pending
    if old and old.stage == "collect" and old.buffer:
        # a design answer half written: putting it aside would throw the learner's words away
        words = sum(len(b.split()) for b in old.buffer)
        return [
            say(
                f"You're in the middle of a design answer to `{old.prompt_id}` ({words} words so far). Send "
                "`/coach done` for its feedback, or `/coach skip` to drop it, then practise something else.",
                buttons=(Button("Done", "/coach done"),),
            )
        ]
    if old:
        ctx.conv.pending = None
        note = f"_(Put aside `{old.prompt_id}`.)_"
    if not want:
        p = await pick_new(ctx, exclude=set())
        if p is None:
            return [say("Nothing left to practise in this phase.")]
        return send_prompt(ctx, p, source="practice", note=note)
    if want in ctx.cur.prompts:
        return send_prompt(ctx, ctx.cur.prompts[want], source="practice", note=note)
    topics = ctx.cur.topics()
    key = want.replace(" ", "-").replace("_", "-")
    kind = ROUND_WORDS.get(key)
    if kind and key not in topics:
        p = await pick_new(ctx, exclude=set(), kind=kind)
        if p is None:
            ctx.conv.pending = old
            return [say(f"I have no {KIND_LABEL[kind]} prompts. " + topics_text(ctx))]
        return send_prompt(ctx, p, source="practice", note=note)
    if key not in topics:
        matches = [t for t in topics if key in t]
        if len(matches) == 1:
            key = matches[0]
        else:
            ctx.conv.pending = old  # nothing sent: restore what was open
            return [say(f"I don't have a topic “{neutralize(want, 40)}”. " + topics_text(ctx))]
    attempts = await ctx.attempts()
    seen = {a.prompt_id for a in attempts}
    ids = topics[key]
    fresh = [i for i in ids if i not in seen]
    pid = (
        fresh[0]
        if fresh
        else min(ids, key=lambda i: max((a.submitted_at for a in attempts if a.prompt_id == i), default=ctx.now))
    )
    return send_prompt(ctx, ctx.cur.prompts[pid], source="practice", note=note)


def topics_text(ctx: Ctx) -> str:
    by_kind: dict[str, list[str]] = {}
    for topic, ids in ctx.cur.topics().items():
        k = ctx.cur.prompts[ids[0]].kind.value
        by_kind.setdefault(k, []).append(f"{topic} ({len(ids)})")
    lines = [
        "Topics I can practise (`/coach practice TOPIC`, a prompt id, "
        "or a round: `theory`, `coding`, `design`, `behavioral`):"
    ]
    for k in ("theory", "coding", "system_design", "behavioral"):
        if k in by_kind:
            lines.append(f"*{KIND_LABEL[k]}*: " + ", ".join(by_kind[k]))
    return "\n".join(lines)


async def cmd_topics(ctx: Ctx, args: list[str]) -> list[Reply]:
    return [say(topics_text(ctx))]


async def cmd_skip(ctx: Ctx, args: list[str]) -> list[Reply]:
    pend = ctx.conv.pending
    if not pend:
        return [say("Nothing to skip. `/coach today` sends today's prompt.")]
    ctx.conv.pending = None
    skipped = ctx.conv.skipped
    if pend.prompt_id not in skipped and pend.stage in ("answer", "collect", "running", "fix"):
        skipped.append(pend.prompt_id)
        del skipped[:-50]
    return [say(f"Skipped `{pend.prompt_id}`."), *await next_prompt(ctx)]
