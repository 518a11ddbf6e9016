"""The export as Markdown: the JSON export's data, readable, times in the learner's timezone. The
learner's own text goes in fenced blocks long enough that nothing inside them can close them early."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo


def _local(iso: str | None, tz: str | None) -> str:
    if not iso:
        return "—"
    when = datetime.fromisoformat(iso)
    if when.tzinfo is None:
        return iso
    return when.astimezone(ZoneInfo(tz) if tz else UTC).strftime("%a %Y-%m-%d %H:%M")


def fenced(text: str) -> str:
    longest = max((len(m) for m in re.findall(r"`+", text)), default=0)
    fence = "`" * max(3, longest + 1)
    return f"{fence}\n{text.rstrip()}\n{fence}"


def markdown(data: dict[str, Any], tz: str | None) -> str:
    p, prog = data["profile"], data["progress"]
    out = [
        f"# PrepDrip export — {p.get('display_name') or p['user_id']}",
        "",
        f"Exported {_local(data['exported_at'], tz)} ({tz or 'UTC'}). Format `{data['format']}`; the JSON file "
        "beside this one holds the same data.",
        "",
        "## Profile",
        "",
        *(f"- **{k.replace('_', ' ')}**: {v if v not in (None, '') else '—'}" for k, v in p.items()),
        "",
        "## Progress",
        "",
        f"- Phase {prog.get('phase') or '—'}: {prog.get('phase_name') or '—'} "
        f"(since {_local(prog.get('phase_started_at'), tz)})",
        f"- Points {prog['points']}, streak {prog['streak']} (best {prog['best_streak']})",
    ]
    for r in prog.get("readiness", []):
        claim = f", self-rated {r['self_claim']:.0%} vs shown {r['shown']:.0%}" if r.get("rated") else ""
        out.append(f"- {r['title']}: {r['score']}/100{claim} — {r['evidence']}")
    for c in prog.get("exit_criteria", []):
        by = ", self-reported" if c["by"] == "self" else ""
        out.append(f"- [{'x' if c['met'] else ' '}] {c['text']} ({c['progress']}{by})")
    plan = data.get("plan")
    if plan:
        out += ["", "## Plan", ""]
        out += [f"- {w['start']} – {w['end']}: {w['name']}" for w in plan["windows"]]
        if plan.get("mock_week"):
            out.append(f"- Final week {plan['mock_week'][0]} – {plan['mock_week'][1]}: a mock interview")
        out.append(f"\n{plan['note']}")
    out += ["", f"## Answers ({len(data['answers'])})", ""]
    for a in reversed(data["answers"]):
        grade = (
            f"{a['score']:.0%} covered"
            if a["score"] is not None
            else ("passed" if a["passed"] else "not passed" if a["passed"] is False else "not graded")
        )
        out.append(f"### {_local(a['submitted_at'], tz)} · `{a['prompt_id']}` ({a['kind']}, {a['topic']})")
        out.append("")
        out.append(f"Grade: {grade} · self-rating: {a['self_rating'] or 'not rated'}")
        if a["covered"] or a["missed"]:
            out.append(f"Covered: {', '.join(a['covered']) or '—'} · missed: {', '.join(a['missed']) or '—'}")
        if a["text"]:
            out += ["", fenced(a["text"])]
        out.append("")
    out += [f"## Stories ({len(data['stories'])})", ""]
    for s in data["stories"]:
        star = ", ".join(k for k, v in s["star"].items() if v) or "none"
        out += [
            f"### {_local(s['created_at'], tz)} · {s['story_type']} (`{s['prompt_id']}`)",
            "",
            f"Score {s['score']:.0%}, {s['words']} words, STAR parts: {star}",
            "",
            fenced(s["text"]),
            "",
        ]
    out += ["## Points", ""]
    out += [f"- {_local(e['at'], tz)}: {e['points']:+d} ({e['reason']})" for e in data["points"]] or ["- none"]
    out += ["", "## Study groups", ""]
    out += [f"- {g['name'] or g['group_id']} ({g['platform']})" for g in data["study_groups"]] or ["- none"]
    if data["covered_claims"]:
        out += ["", "## “I covered it” replies", ""]
        out += [f"- {_local(c['at'], tz)} `{c['prompt_id']}`: {c['key_point']}" for c in data["covered_claims"]]
    return "\n".join(out) + "\n"
