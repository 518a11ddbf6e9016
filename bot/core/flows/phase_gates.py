"""Phase gates: the exit criteria of the learner's phase, ticked by evidence or by the learner, and
moving on to the next phase."""

from __future__ import annotations

from collections.abc import Sequence

from bot.core.context import Ctx, oops, plural, say
from bot.core.curriculum import Criterion
from bot.core.flows.timeline import next_phase, phases_ahead, redraw
from bot.core.gates import CriterionStatus, evaluate, tickable
from bot.core.messages import Reply
from bot.core.model import PHASE_NAMES, GateTick, Learner


async def statuses(ctx: Ctx, criteria: Sequence[Criterion]) -> list[CriterionStatus]:
    ticks, attempts, stories = await ctx.ticks(), await ctx.attempts(), await ctx.stories()
    return [evaluate(c, ctx.learner, attempts, stories, ticks) for c in criteria]


async def check_gates(ctx: Ctx) -> list[Reply]:
    """After new evidence: move on when every exit criterion of the phase is met."""
    L = ctx.learner
    if len(phases_ahead(L, ctx.now)) < 2:
        return []
    sts = await statuses(ctx, ctx.cur.phase(L.phase or 1).exit_criteria)
    if all(s.met for s in sts):
        return [_advance(ctx, sts, chosen=False)]
    return []


def _advance(ctx: Ctx, sts: Sequence[CriterionStatus], chosen: bool) -> Reply:
    L = ctx.learner
    old = L.phase or 1
    L.phase = next_phase(L, ctx.now)
    L.phase_started_at = ctx.now
    redraw(L, ctx.now)  # the plan starts again from today, in the new phase
    ctx.conv.queue = None
    selfs = [s.criterion.text for s in sts if s.by == "self"]
    open_ = [s.criterion.text for s in sts if not s.met]
    if chosen:
        why = (
            "You chose to move on"
            + (f" with {plural(len(open_), 'criterion', 'criteria')} still open: " + "; ".join(open_) if open_ else "")
            + "."
        )
    else:
        why = "Every exit criterion is met" + (f" ({len(selfs)} self-reported)" if selfs else "") + "."
    return say(
        f"🎉 Phase {old} done — {why}\n*Now Phase {L.phase}: {PHASE_NAMES[L.phase]}.* {ctx.cur.phase(L.phase).goal}",
        kind="message",
    )


def pick_criterion(crits: Sequence[Criterion], key: str) -> Criterion | None:
    if key.isdigit() and 1 <= int(key) <= len(crits):
        return crits[int(key) - 1]
    for c in crits:
        if c.id == key.lower():
            return c
    return None


def status_icon(s: CriterionStatus) -> str:
    return "✅" if s.by == "activity" else "☑️" if s.by == "self" else "⬜"


def status_note(s: CriterionStatus) -> str:
    if s.by == "self":
        return " _(self-reported)_"
    if s.met:
        return ""
    if s.need == 0:
        return " _(tick it yourself when true)_"
    if s.criterion.evidence.type == "mock_done":
        return " _(tell me with `/coach mock done`)_"
    if s.criterion.evidence.type == "mock_booked":
        return " _(tell me with `/coach mock booked`)_"
    return f" _({s.progress} from your activity)_"


def evidence_needed(c: Criterion) -> str:
    """What meets a criterion that is reported another way than a tick, and how to report it."""
    e = c.evidence
    if e.type == "mock_booked":
        return (
            "a mock interview booked or done: send `/coach mock booked` once you've booked one "
            "(`/coach mock done` after it)"
        )
    if e.type == "mock_done":
        return "a mock interview done: send `/coach mock done` after it"
    on = f" on {', '.join(f'`{t}`' for t in e.topics)}" if e.topics else ""
    timed = " within its time budget" if e.in_time else ""
    kinds = f", of at least {e.distinct_types} different patterns" if e.distinct_types else ""
    how = f"`/coach practice {e.topics[0]}`" if e.topics else "`/coach today`"
    return f"{plural(e.count, 'drill')}{on} passed{timed}{kinds} ({how})"


def met_because(s: CriterionStatus, learner: Learner) -> str:
    """Why a criterion met by evidence (not by a tick) is met."""
    t = s.criterion.evidence.type
    if t in ("mock_booked", "mock_done"):
        what = "done" if learner.mock_done_at else "booked"
        confirmed = " and your peer-mock partner confirmed it" if s.by == "activity" else ""
        return f"you told me your mock interview is {what}{confirmed} (`/coach mock cancel` takes that back)"
    if s.by == "self":
        return "drills you checked yourself show it (self-reported, where no code runner was)"
    return f"your own activity shows it ({s.progress})"


async def criteria_text(ctx: Ctx, number: int, crits: Sequence[Criterion]) -> str:
    sts = await statuses(ctx, crits)
    lines = [f"*Phase {number} exit criteria* — {sum(s.met for s in sts)}/{len(sts)} met"]
    for i, s in enumerate(sts, 1):
        lines.append(f"{i}. {status_icon(s)} {s.criterion.text}{status_note(s)}")
    return "\n".join(lines)


def _which(crits: Sequence[Criterion]) -> Reply:
    return oops(f"Pick a criterion by number (1–{len(crits)}) or id; `/coach check` lists them.")


async def cmd_check(ctx: Ctx, args: list[str]) -> list[Reply]:
    L = ctx.learner
    phase = ctx.cur.phase(L.phase or 1)
    crits = list(phase.exit_criteria)
    if not args:
        return [
            say(
                await criteria_text(ctx, phase.number, crits)
                + "\n_Tick one yourself with `/coach check N`; move on anyway with `/coach advance`._"
            )
        ]
    c = pick_criterion(crits, args[0])
    if c is None:
        return [_which(crits)]
    assert L.id is not None
    if not tickable(c):
        (status,) = await statuses(ctx, [c])
        if status.met:
            return [say(f"That one is already met: {met_because(status, L)}. {status_icon(status)} {c.text}")]
        so_far = f", so far {status.progress}" if c.evidence.type == "drills" else ""
        need = f"{evidence_needed(c)}{so_far}"
        return [say(f"That one isn't ticked by hand: it is met by {need}. Nothing changed. ⬜ {c.text}")]
    await ctx.uow.add_tick(GateTick(L.id, c.id, ctx.now, "self"))
    ctx.forget_ticks()
    out = [say(f"☑️ Ticked (self-reported): {c.text}"), *await check_gates(ctx)]
    if len(out) == 1:
        out.append(say(await criteria_text(ctx, phase.number, crits)))
    return out


async def cmd_uncheck(ctx: Ctx, args: list[str]) -> list[Reply]:
    L = ctx.learner
    crits = list(ctx.cur.phase(L.phase or 1).exit_criteria)
    c = pick_criterion(crits, args[0]) if args else None
    if c is None:
        return [_which(crits)]
    assert L.id is not None
    (status,) = await statuses(ctx, [c])
    ticked = any(t.criterion_id == c.id for t in await ctx.ticks())
    if status.met and not status.ticked:
        # met by evidence (activity, a mock reported, drills checked): a tick, if any, adds nothing
        extra = " (your tick is removed too)" if ticked else ""
        if ticked:
            await ctx.uow.remove_tick(L.id, c.id)
            ctx.forget_ticks()
        return [say(f"That one stays met: {met_because(status, L)}, not a tick{extra}. {status_icon(status)} {c.text}")]
    if not ticked:
        return [say(f"You hadn't ticked that one, so there's nothing to take back: ⬜ {c.text}")]
    await ctx.uow.remove_tick(L.id, c.id)
    ctx.forget_ticks()
    return [say(f"Removed your tick: ⬜ {c.text}")]


async def cmd_advance(ctx: Ctx, args: list[str]) -> list[Reply]:
    L = ctx.learner
    if len(phases_ahead(L, ctx.now)) < 2:
        return [say("You're in the last phase. Check `/readiness` for the ready-to-interview checklist.")]
    sts = await statuses(ctx, ctx.cur.phase(L.phase or 1).exit_criteria)
    return [_advance(ctx, sts, chosen=not all(s.met for s in sts))]
