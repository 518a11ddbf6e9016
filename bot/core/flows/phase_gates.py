"""Phase gates: the exit criteria of the learner's phase, ticked by evidence or by the learner, and
moving on to the next phase."""

from __future__ import annotations

from collections.abc import Sequence

from bot.core.context import Ctx, oops, plural, say
from bot.core.curriculum import Criterion
from bot.core.flows.timeline import next_phase, phases_ahead, redraw
from bot.core.gates import CriterionStatus, evaluate
from bot.core.messages import Reply
from bot.core.model import PHASE_NAMES, GateTick


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
    if status.by == "activity":
        extra = " (your tick is removed too)" if ticked else ""
        if ticked:
            await ctx.uow.remove_tick(L.id, c.id)
            ctx.forget_ticks()
        return [
            say(f"That one stays met: your own activity shows it ({status.progress}), not a tick{extra}. ✅ {c.text}")
        ]
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
