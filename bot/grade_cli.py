"""`prepdrip grade ID [--json] [--explain]`: grade an answer read from stdin, the way the coach does."""

from __future__ import annotations

import difflib
import json
import sys

from bot.core.curriculum import CodingPrompt, TheoryPrompt, load_curriculum
from bot.core.grading import grade
from bot.core.matcher import Matcher
from bot.core.verdict import CONTRADICTED, COVERED, MISSED, PARTLY, Grade
from bot.settings import Settings

MARK = {COVERED: "✅", PARTLY: "◐", MISSED: "❌", CONTRADICTED: "⛔"}


def run_grade(settings: Settings, prompt_id: str, *, as_json: bool, follow_up: bool, explain: bool) -> int:
    from bot.core.curriculum import ContentError

    try:
        cur = load_curriculum(settings.content_paths())
    except ContentError as e:
        print(f"The curriculum has {len(e.problems)} problem(s):", file=sys.stderr)
        for prob in e.problems:
            print(f"  - {prob}", file=sys.stderr)
        return 1
    p = cur.prompts.get(prompt_id)
    if p is None:
        print(no_such_prompt(prompt_id, list(cur.prompts)), file=sys.stderr)
        return 2
    if isinstance(p, CodingPrompt):
        print("Coding drills are checked by running their tests, not by grading text.", file=sys.stderr)
        return 2
    if follow_up and not isinstance(p, TheoryPrompt):
        kind = str(p.kind.value if hasattr(p.kind, "value") else p.kind).replace("_", " ")
        said = f"{p.id} is a {kind} prompt: only theory prompts have a follow-up. Leave out --follow-up."
        print(said, file=sys.stderr)
        return 2
    if sys.stdin.isatty():
        print("Type or paste the answer, then Ctrl-D on a line of its own:", file=sys.stderr, flush=True)
    text = sys.stdin.read()
    if not text.strip():
        how = f"like `prepdrip grade {p.id} < answer.txt`"
        print(f"No answer to grade: give it on standard input, {how}.", file=sys.stderr)
        return 2
    if settings.grader_llm_url and isinstance(p, TheoryPrompt):
        import asyncio

        g = asyncio.run(_judged(settings, p, text, follow_up))
    else:
        g = grade(Matcher(), p, text, follow_up=follow_up)
    if as_json:
        out = g.as_json()
        if explain:
            out["layers"] = {pt.id: dict(pt.layers) for pt in g.points}
        print(json.dumps(out))
        return 0
    texts: dict[str, str] = {}
    if isinstance(p, TheoryPrompt):
        texts = {k.id: k.text for k in (p.follow_up.key_points if follow_up else p.key_points)}
    print(render(g, texts, explain=explain))
    return 0


def no_such_prompt(prompt_id: str, ids: list[str]) -> str:
    """Unknown id: the nearest ids (a typo, a missing zero, another case), else what ids look like."""
    want = prompt_id.strip().lower()
    close = difflib.get_close_matches(want, ids, n=3, cutoff=0.75)
    close += [i for i in ids if want and i.startswith(want) and i not in close][: 3 - len(close)]
    if close:
        *first, last = sorted(close)
        return f"No prompt {prompt_id!r}. Did you mean {', '.join(first) + ' or ' if first else ''}{last}?"
    return (
        f"No prompt {prompt_id!r}. Ids look like th-bv-01 (theory), sd-fraud-01 (design), bh-fail-01 (behavioral); "
        "`prepdrip content export` lists every prompt."
    )


async def _judged(settings: Settings, p: TheoryPrompt, text: str, follow_up: bool) -> Grade:
    """The coach's grade with the LLM judge the operator configured (its cache in the database)."""
    from bot.core.clock import SystemClock
    from bot.core.grading_llm import grade_judged
    from bot.grader_llm import build_judge
    from bot.store.db import make_engine, migrate
    from bot.store.judgements import SqlJudgeCache

    engine = make_engine(settings.resolved_database_url())
    await migrate(engine)
    judge = build_judge(
        settings.grader_llm_url,
        settings.grader_llm_model,
        settings.grader_llm_api_key,
        settings.grader_llm_timeout,
        settings.grader_llm_trust,
    )
    try:
        return await grade_judged(
            Matcher(), judge, p, text, follow_up=follow_up, cache=SqlJudgeCache(engine), now=SystemClock().now()
        )
    finally:
        if judge is not None:
            await judge.close()
        await engine.dispose()


def render(g: Grade, texts: dict[str, str], *, explain: bool) -> str:
    lines = [f"{g.prompt_id} ({g.kind}) — score {g.score:.0%}{'' if g.confident else ' (some verdicts unsure)'}"]
    if explain and "llm" in g.detail:
        lines.append(f"  LLM judge: {g.detail['llm']}")
    for c in g.corrections:
        lines.append(f"  Careful: {c.text}")
    for pt in g.points:
        sure = "" if pt.sure else " (unsure)"
        lines.append(f"  {MARK[pt.verdict]} {pt.verdict}{sure} · {texts.get(pt.id, pt.id)}")
        if explain:
            lines.append(f"      id {pt.id}, confidence {pt.confidence:.2f}")
            for layer, said in pt.layers:
                lines.append(f"      {layer}: {said}")
            if pt.span:
                lines.append(f"      span: “{pt.span}”")
    return "\n".join(lines)


def run_disputes(settings: Settings, limit: int, as_json: bool) -> int:
    """`prepdrip grade-disputes`: the latest "I covered it" replies, newest first, for content review."""
    import asyncio

    return asyncio.run(_disputes(settings, limit, as_json))


async def _disputes(settings: Settings, limit: int, as_json: bool) -> int:
    from bot.store.db import make_engine, migrate
    from bot.store.uow import SqlStore

    engine = make_engine(settings.resolved_database_url())
    try:
        await migrate(engine)
        store = SqlStore(engine)
        async with store() as uow:
            rows = await uow.grade_disputes(limit)
    finally:
        await engine.dispose()
    if as_json:
        print(
            json.dumps(
                [
                    {
                        "prompt_id": d.prompt_id,
                        "key_point": d.key_point,
                        "follow_up": d.follow_up,
                        "confidence": d.confidence,
                        "at": d.created_at.isoformat(),
                        "answer": d.answer,
                    }
                    for d in rows
                ]
            )
        )
        return 0
    if not rows:
        print("No grade disputes yet.")
        return 0
    by_point: dict[tuple[str, str], int] = {}
    for d in rows:
        by_point[(d.prompt_id, d.key_point)] = by_point.get((d.prompt_id, d.key_point), 0) + 1
    print(f"{len(rows)} latest dispute(s); per key point:")
    for (pid, kp), n in sorted(by_point.items(), key=lambda kv: -kv[1]):
        print(f"  {n:>3}  {pid} / {kp}")
    for d in rows:
        conf = f", grader {d.confidence:.2f} sure it was missing" if d.confidence is not None else ""
        where = f"{d.prompt_id}{' (follow-up)' if d.follow_up else ''} / {d.key_point}"
        print(f"\n{d.created_at:%Y-%m-%d %H:%M} {where}{conf}")
        print("  " + " ".join(d.answer.split())[:600])
    return 0
