"""`/coach export`: everything the coach keeps about a learner, as a JSON file (for machines, and for
moving to another tool) and the same as Markdown (for reading), sent to their DM.

The export is built from the same reads the coach uses (attempts with their text, grade and
self-rating; stories; the plan; readiness; exit criteria; points; study groups), so it is complete by
construction: `/coach delete-my-data` removes exactly the tables these come from
(``bot/store/personal.py``). Operators get the same files with `prepdrip export --user`.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict
from datetime import date, datetime
from typing import Any

from bot.core.context import Ctx, say
from bot.core.flows.export_markdown import markdown
from bot.core.flows.history import answer_text
from bot.core.flows.phase_gates import statuses
from bot.core.flows.timeline import plan_for
from bot.core.gates import CriterionStatus
from bot.core.messages import Attachment, Reply
from bot.core.model import PHASE_NAMES, RATING_NAMES, Attempt, Learner
from bot.core.readiness import round_scores

FORMAT = "prepdrip-export/1"
_UNSAFE = re.compile(r"[^A-Za-z0-9_.-]+")


def _iso(v: date | datetime | None) -> str | None:
    return v.isoformat() if v is not None else None


def _profile(L: Learner) -> dict[str, Any]:
    return {
        "ref": str(L.ref),
        "platform": L.ref.platform,
        "workspace_id": L.ref.workspace_id,
        "user_id": L.ref.user_id,
        "display_name": L.display_name,
        "created_at": _iso(L.created_at),
        "timezone": L.tz,
        "drip_time": L.drip_time,
        "drip_days": L.drip_days or "every day",
        "interview_date": _iso(L.interview_date),
        "level": L.seniority,
        "onboarded": L.onboarded,
        "routing_answers": list(L.routing_answers),
        "paused": L.paused,
        "hidden_from_leaderboards": L.hidden,
        "mock_booked_at": _iso(L.mock_booked_at),
        "mock_done_at": _iso(L.mock_done_at),
    }


def _answer(a: Attempt) -> dict[str, Any]:
    grade = {k: v for k, v in a.detail.items() if k not in ("answer_text", "code")}
    return {
        "id": a.id,
        "prompt_id": a.prompt_id,
        "kind": a.kind,
        "round": a.round,
        "topic": a.topic,
        "started_at": _iso(a.started_at),
        "submitted_at": _iso(a.submitted_at),
        "text": answer_text(a),
        "score": a.score,
        "covered": list(a.covered),
        "missed": list(a.missed),
        "passed": a.passed,
        "in_time": a.in_time,
        "words": a.words,
        "self_rating": RATING_NAMES.get(a.self_rating) if a.self_rating else None,
        "grade": grade,
    }


def _criterion(s: CriterionStatus) -> dict[str, Any]:
    return {"id": s.criterion.id, "text": s.criterion.text, "met": s.met, "by": s.by, "progress": s.progress}


async def gather(ctx: Ctx) -> dict[str, Any]:
    """Everything kept about the learner, as JSON-ready data."""
    L = ctx.learner
    assert L.id is not None
    attempts, stories, ticks = await ctx.attempts(), await ctx.stories(), await ctx.ticks()
    personal = ctx.uow.personal
    data: dict[str, Any] = {
        "format": FORMAT,
        "exported_at": _iso(ctx.now),
        "profile": _profile(L),
        "progress": {
            "phase": L.phase,
            "phase_name": PHASE_NAMES.get(L.phase or 0),
            "phase_started_at": _iso(L.phase_started_at),
            "points": L.points,
            "streak": L.streak,
            "best_streak": L.best_streak,
            "last_active_on": _iso(L.last_active_on),
        },
        "answers": [_answer(a) for a in attempts],
        "ratings": [
            {
                "prompt_id": a.prompt_id,
                "kind": a.kind,
                "at": _iso(a.submitted_at),
                "rating": RATING_NAMES[a.self_rating],
            }
            for a in attempts
            if a.self_rating in RATING_NAMES
        ],
        "stories": [{**asdict(s), "created_at": _iso(s.created_at)} for s in stories],
        "self_ticked_criteria": [{"criterion_id": t.criterion_id, "at": _iso(t.at), "source": t.source} for t in ticks],
        "reviews": [{"prompt_id": c.prompt_id, "due": _iso(c.due)} for c in await personal.cards(L.id)],
        "points": [
            {"at": _iso(e.at), "points": e.points, "reason": e.reason} for e in await personal.point_events(L.id)
        ],
        "covered_claims": [
            {
                "prompt_id": d.prompt_id,
                "key_point": d.key_point,
                "follow_up": d.follow_up,
                "answer": d.answer,
                "at": _iso(d.created_at),
            }
            for d in await personal.disputes(L.id)
        ],
        "study_groups": [asdict(m) for m in await personal.memberships(L.id)],
        "conversation_state": L.state,
    }
    if L.onboarded:
        rounds = round_scores(L, attempts, stories)
        data["progress"]["readiness"] = [asdict(r) for r in rounds]
        crits = ctx.cur.phase(L.phase or 1).exit_criteria
        data["progress"]["exit_criteria"] = [_criterion(s) for s in await statuses(ctx, crits)]
        plan = plan_for(L, ctx.now)
        data["plan"] = {
            "start": _iso(plan.start),
            "interview": _iso(plan.interview),
            "windows": [
                {"phase": w.phase, "name": w.name, "start": _iso(w.start), "end": _iso(w.end)} for w in plan.windows
            ],
            "mock_week": [_iso(d) for d in plan.mock_week] if plan.mock_week else None,
            "note": plan.note,
        }
    return data


def file_stem(L: Learner, now: datetime) -> str:
    who = _UNSAFE.sub("_", f"{L.ref.platform}-{L.ref.user_id}")[:80]
    return f"prepdrip-export-{who}-{now.strftime('%Y%m%dT%H%M%SZ')}"


async def export_files(ctx: Ctx) -> tuple[Attachment, Attachment]:
    data = await gather(ctx)
    stem = file_stem(ctx.learner, ctx.now)
    as_json = json.dumps(data, indent=2, ensure_ascii=False, sort_keys=False).encode("utf-8")
    as_md = markdown(data, ctx.learner.tz).encode("utf-8")
    return (
        Attachment(f"{stem}.json", as_json, "application/json", "PrepDrip export (JSON)"),
        Attachment(f"{stem}.md", as_md, "text/markdown", "PrepDrip export (Markdown)"),
    )


async def cmd_export(ctx: Ctx, args: list[str]) -> list[Reply]:
    files = await export_files(ctx)
    n = len(await ctx.attempts())
    return [
        say(
            f"📦 Your data: {n} answer{'s' if n != 1 else ''}, your stories, ratings, plan and progress, as JSON "
            "(for machines) and Markdown (for reading). `/coach delete-my-data` erases it all.",
            files=files,
            dm=True,
            kind="export",
        )
    ]
