"""Behavioral stories: the STAR check of an answer, and the learner's story inventory."""

from __future__ import annotations

from bot.core.context import FEEDBACK_BUTTONS, Ctx, plural, say
from bot.core.curriculum import STORY_TYPES, BehavioralPrompt
from bot.core.flows.phase_gates import check_gates
from bot.core.flows.points import score_it
from bot.core.flows.record import record
from bot.core.grading import TARGET_WORDS, grade_story
from bot.core.messages import Reply, neutralize
from bot.core.model import Story
from bot.core.telemetry import grading


async def answer(ctx: Ctx, p: BehavioralPrompt, text: str) -> list[Reply]:
    with grading(ctx.svc.telemetry, "behavioral"):
        g = grade_story(ctx.svc.matcher, p, text)
    d = g.detail
    a = await record(ctx, p, "behavioral", g)
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
    complete = all(d["star"].values()) and bool(d["measurable"])
    await score_it(ctx, a, "behavioral", g.score, text, p, complete=complete)
    ctx.pending.stage = "rate"
    ctx.pending.attempt_id = a.id
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
    own = d["ownership"]
    checks = [
        (part.capitalize(), star[part], getattr(p.star, part)) for part in ("situation", "task", "action", "result")
    ]
    if d.get("vague_result"):
        checks[3] = ("Result", False, "“it went well” is not an outcome: say what changed, for whom, and by how much.")
    hedged = bool(d.get("hedged"))
    checks.append(
        (
            f"Ownership (“I” ×{d['i_count']} vs “we” ×{d['we_count']})",
            own >= 0.5 and not hedged,
            "you hedge your own decisions (“I think”, “kind of”): say plainly what you decided and why."
            if hedged and own >= 0.5
            else "say what *you* decided; interviewers can't hire “we”.",
        )
    )
    checks.append(("Measurable result", d["measurable"], "end on a number: a metric, a time saved, a rate moved."))
    lines = [
        f"*STAR check* ({g.score:.0%}) — " + " · ".join(f"{'✅' if ok else '❌'} {name}" for name, ok, _ in checks)
    ]
    fix = next(((name, hint) for name, ok, hint in checks if not ok), None)
    if fix:
        lines.append(f"👉 *Fix first — {fix[0]}:* {fix[1]}")
    lines.append(f"{'✅' if lo <= words <= hi else '⚠️'} Length: {words} words, {length}.")
    lines.append(f"Saved to your story inventory as *{p.story_type}* (`/coach stories`).")
    lines.append("_Rate how it went: Again / Hard / Good / Easy. `more` shows what the interviewer listens for._")
    ctx.conv.more = [
        f"*{p.id}* — what the interviewer listens for",
        *(f"• {x}" for x in p.listens_for),
        *(f"{'✅' if ok else '❌'} {name}" + ("" if ok else f" — {hint}") for name, ok, hint in checks),
    ]
    if p.follow_up:
        ctx.conv.more.append(f"Prepare for the follow-up they'll likely ask: {p.follow_up}")
    return [say("\n".join(lines), buttons=FEEDBACK_BUTTONS, kind="feedback"), *await check_gates(ctx)]


async def cmd_stories(ctx: Ctx, args: list[str]) -> list[Reply]:
    stories = await ctx.stories()
    lo, hi = TARGET_WORDS
    if not stories:
        return [
            say(
                "Your story inventory is empty. "
                + ctx.cur.program.story_inventory
                + "\nStart one with `/coach practice production-failure`."
            )
        ]
    lines = [f"*Your story inventory* ({len(stories)})"]
    for i, s in enumerate(stories, 1):
        gaps = ", ".join(k[0].upper() for k, v in s.star.items() if not v)
        parts = f"STAR missing {gaps}" if gaps else "full STAR"  # not "STAR STAR"
        lines.append(
            f"{i}. *{s.story_type}* · {s.words} words · {parts} · "
            f"{'I-led' if s.ownership >= 0.5 else 'we-heavy'} · "
            f"{'measurable' if s.measurable else 'no number'} · {s.score:.0%} — “{neutralize(s.text, 70)}”"
        )
    types = {s.story_type for s in stories if s.score >= 0.6}
    missing = [t for t in STORY_TYPES if t not in types]
    lines.append(
        f"Strong stories cover {plural(len(types), 'type')}. Aim: 3–5 stories, two or more types, "
        f"{lo}–{hi} words each." + (f" Not yet covered: {', '.join(missing)}." if missing else "")
    )
    return [say("\n".join(lines))]
