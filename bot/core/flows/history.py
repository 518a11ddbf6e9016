"""`/coach history [topic] [page]`: the learner's past answers, newest first, and how their coverage
moved from the first answer to the latest, per topic and per prompt.

Everything shown comes from the attempts the store already keeps (the grade, the self-rating, and the
answer's text in ``detail``), so the history cannot disagree with `/readiness`. The learner's own words
are echoed back shortened and neutralized: a history shown in a channel cannot ping anyone."""

from __future__ import annotations

import re
from collections.abc import Sequence
from zoneinfo import ZoneInfo

from bot.core.context import KIND_LABEL, ROUND_WORDS, Ctx, day_label, plural, say
from bot.core.messages import Reply, neutralize
from bot.core.model import RATING_NAMES, Attempt
from bot.core.readiness import demonstrated

PAGE = 8  # answers per page: with the coverage lines, one chat message
EXCERPT = 90  # characters of the answer shown
MOVES = 5  # topics and prompts in "how your coverage moved"


def answer_text(a: Attempt) -> str:
    """What the learner sent for this attempt: the answer, or a drill's code."""
    return str(a.detail.get("answer_text") or a.detail.get("code") or "")


def excerpt(text: str, limit: int = EXCERPT) -> str:
    return neutralize(re.sub(r"\s+", " ", text).strip(), limit)


def outcome(a: Attempt) -> str:
    """The grade in a few words: coverage for graded answers, the result for drills."""
    if a.kind == "coding":
        if a.detail.get("gave_up"):
            return "gave up"
        if a.passed is None:
            return "not checked"
        verdict = ("passed" + (" in time" if a.in_time else ", over time")) if a.passed else "failed"
        return verdict + (" (self-checked)" if a.detail.get("checked") == "self" else "")
    return f"{a.score:.0%} covered" if a.score is not None else "not graded"


def _kind(a: Attempt) -> str:
    return "Follow-up" if a.kind == "follow_up" else KIND_LABEL.get(a.kind, a.kind)


def _matches(a: Attempt, wanted: str) -> bool:
    w = wanted.casefold()
    return w in (a.topic.casefold(), a.prompt_id.casefold()) or ROUND_WORDS.get(w) == a.round


def _split_args(args: list[str]) -> tuple[str | None, int | None]:
    """``["bias", "variance", "2"]`` is the topic "bias variance", page 2; a lone number is a page."""
    words = [w for w in args if w.strip()]
    page = 1
    if words and words[-1].isdigit():
        page = int(words.pop())
        if page < 1:
            return None, None
    topic = " ".join(words).strip() or None
    return topic, page


async def cmd_history(ctx: Ctx, args: list[str]) -> list[Reply]:
    topic, page = _split_args(args)
    if page is None:
        return [say("Pages start at 1: `/coach history 2` shows the answers before the latest ones.", kind="error")]
    mine = await ctx.attempts()
    if topic is not None:
        chosen = [a for a in mine if _matches(a, topic)]
        if not chosen:
            answered = sorted({a.topic for a in mine})
            known = (", ".join(f"`{t}`" for t in answered[:12])) if answered else "none yet"
            return [
                say(
                    f"No answers on `{neutralize(topic, 40)}` yet. Topics you've answered: {known}. "
                    "A round works too: `theory`, `coding`, `design`, `behavioral`."
                )
            ]
    else:
        chosen = list(mine)
    if not chosen:
        return [say("No answers yet. `/coach today` sends today's prompt; every answer you send shows up here.")]
    newest = sorted(chosen, key=lambda a: (a.submitted_at, a.id or 0), reverse=True)
    pages = (len(newest) + PAGE - 1) // PAGE
    if page > pages:
        return [say(f"There {'is' if pages == 1 else 'are'} {plural(pages, 'page')} of history; try `/coach history`.")]
    shown = newest[(page - 1) * PAGE : page * PAGE]
    about = f" on `{neutralize(topic, 40)}`" if topic else ""
    head = f"*Your answers{about}* — {plural(len(newest), 'answer')}, newest first"
    head += f" (page {page} of {pages})" if pages > 1 else ""
    lines = [head, *(_entry(ctx, a) for a in shown)]
    if page < pages:
        more = " ".join(x for x in (neutralize(topic, 40) if topic else "", str(page + 1)) if x)
        lines.append(f"_Older answers: `/coach history {more}`. `/coach export` has them all._")
    moved = coverage_moves(chosen)
    if moved and page == 1:
        lines += ["", "*How your coverage moved* (first answer → latest)", *moved]
    return [say("\n".join(lines))]


def _entry(ctx: Ctx, a: Attempt) -> str:
    tz = ZoneInfo(ctx.learner.tz) if ctx.learner.tz else None
    day = day_label(a.submitted_at.astimezone(tz).date() if tz else a.submitted_at.date())
    rating = f"rated {RATING_NAMES.get(a.self_rating, a.self_rating)}" if a.self_rating else "not rated yet"
    line = f"• {day} · `{a.prompt_id}` ({_kind(a)}) · {outcome(a)} · {rating}"
    text = answer_text(a)
    return line + (f"\n    “{excerpt(text)}”" if text.strip() else "")


def coverage_moves(attempts: Sequence[Attempt]) -> list[str]:
    """First → latest demonstrated score per topic (the mean over its prompts) and per prompt answered
    more than once; follow-ups are left out, as they answer a different question."""
    by_prompt: dict[str, list[tuple[Attempt, float]]] = {}
    for a in sorted(attempts, key=lambda x: (x.submitted_at, x.id or 0)):
        shown = demonstrated(a)
        if a.kind != "follow_up" and shown is not None:
            by_prompt.setdefault(a.prompt_id, []).append((a, shown))
    by_topic: dict[str, list[list[tuple[Attempt, float]]]] = {}
    for tries in by_prompt.values():
        by_topic.setdefault(tries[0][0].topic, []).append(tries)
    out = []
    recent = sorted(by_topic.items(), key=lambda kv: max(t[-1][0].submitted_at for t in kv[1]), reverse=True)
    for topic, prompts in recent[:MOVES]:
        first = sum(t[0][1] for t in prompts) / len(prompts)
        latest = sum(t[-1][1] for t in prompts) / len(prompts)
        answers = sum(len(t) for t in prompts)
        out.append(
            f"• topic `{topic}`: {first:.0%} → {latest:.0%} ({_arrow(first, latest)}; "
            f"{plural(len(prompts), 'prompt')}, {plural(answers, 'answer')})"
        )
    again = [t for t in by_prompt.values() if len(t) > 1]
    again.sort(key=lambda t: t[-1][0].submitted_at, reverse=True)
    for tries in again[:MOVES]:
        first, latest = tries[0][1], tries[-1][1]
        out.append(f"• `{tries[0][0].prompt_id}`: {first:.0%} → {latest:.0%} over {plural(len(tries), 'answer')}")
    return out


def _arrow(first: float, latest: float) -> str:
    change = latest - first
    if abs(change) < 0.005:
        return "no change"
    return f"{'up' if change > 0 else 'down'} {abs(change):.0%}"
