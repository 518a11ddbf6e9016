"""How broad the curriculum is: prompts per kind and level, theory topics with their share of all theory
prompts, and the six phone-screen topics with their counts (``prepdrip content stats``).

A curriculum can be deep on a few topics and blind elsewhere; the rules here are the ones issue #16 set:
no topic may hold more than ``MAX_TOPIC_SHARE`` of the theory prompts, and each phone-screen topic keeps
at least ``MIN_PHONE_SCREEN`` prompts so the screen itself is never thin."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from bot.core.curriculum import PHONE_SCREEN_TOPICS, Curriculum, Kind

MAX_TOPIC_SHARE = 0.15  # of all theory prompts, for any one topic
MIN_PHONE_SCREEN = 6  # prompts per phone-screen topic
LEVELS = (1, 2, 3)  # the `difficulty` field: warm-up, standard screen, senior/staff probe


@dataclass(frozen=True, slots=True)
class TopicRow:
    topic: str
    kind: str
    by_level: dict[int, int]
    total: int
    share: float  # of the prompts of its kind

    @property
    def flagged(self) -> bool:
        return self.kind == Kind.THEORY.value and self.share > MAX_TOPIC_SHARE


@dataclass(frozen=True, slots=True)
class Breadth:
    by_kind: dict[str, dict[int, int]]  # kind -> level -> prompts
    topics: list[TopicRow]  # theory first, largest first
    phone_screen: dict[str, int]  # topic -> theory prompts

    def total(self, kind: str) -> int:
        return sum(self.by_kind.get(kind, {}).values())

    @property
    def over_share(self) -> list[TopicRow]:
        return [t for t in self.topics if t.flagged]

    @property
    def thin_phone_screen(self) -> list[str]:
        return [t for t, n in self.phone_screen.items() if n < MIN_PHONE_SCREEN]

    def as_dict(self) -> dict[str, Any]:
        return {
            "by_kind": {k: {str(lv): n for lv, n in v.items()} for k, v in self.by_kind.items()},
            "topics": [
                {
                    "topic": t.topic,
                    "kind": t.kind,
                    "by_level": {str(lv): n for lv, n in t.by_level.items()},
                    "total": t.total,
                    "share": round(t.share, 4),
                    "flagged": t.flagged,
                }
                for t in self.topics
            ],
            "phone_screen": dict(self.phone_screen),
            "max_topic_share": MAX_TOPIC_SHARE,
            "min_phone_screen": MIN_PHONE_SCREEN,
            "over_share": [t.topic for t in self.over_share],
            "thin_phone_screen": self.thin_phone_screen,
        }


def breadth(cur: Curriculum) -> Breadth:
    prompts = list(cur.prompts.values())
    by_kind: dict[str, dict[int, int]] = {}
    for k in Kind:
        levels = Counter(p.difficulty for p in prompts if p.kind == k)
        by_kind[k.value] = {lv: levels.get(lv, 0) for lv in LEVELS}
    cells = Counter((p.kind.value, p.topic, p.difficulty) for p in prompts)
    pairs = sorted({(p.kind.value, p.topic) for p in prompts})
    kind_order = [k.value for k in Kind]
    rows = []
    for kind, topic in pairs:
        by_level = {lv: cells.get((kind, topic, lv), 0) for lv in LEVELS}
        total = sum(by_level.values())
        of_kind = sum(by_kind[kind].values())
        rows.append(TopicRow(topic, kind, by_level, total, total / of_kind if of_kind else 0.0))
    rows.sort(key=lambda r: (kind_order.index(r.kind), -r.total, r.topic))
    theory = Counter(p.topic for p in prompts if p.kind == Kind.THEORY)
    return Breadth(by_kind, rows, {t: theory.get(t, 0) for t in PHONE_SCREEN_TOPICS})


def render_breadth(b: Breadth) -> str:
    """The breadth table as plain text, one table per part, flags spelled out at the end."""
    head = "  ".join(f"{f'L{lv}':>3}" for lv in LEVELS)  # three wide: a level holds 100+ prompts
    n_theory = b.total(Kind.THEORY.value)
    w = max([16, *(len(t.topic) + 2 for t in b.topics)])  # the topic column
    lines = [f"{'kind':<16}{head}  total"]
    for kind, levels in b.by_kind.items():
        cells = "  ".join(f"{levels[lv]:>3}" for lv in LEVELS)
        lines.append(f"{kind:<16}{cells}  {sum(levels.values()):>5}")
    lines += ["", f"Theory topics, share of {n_theory} theory prompts (flagged above {MAX_TOPIC_SHARE:.0%}):"]
    lines.append(f"{'topic':<{w}}{head}  total  share")
    for t in b.topics:
        if t.kind != Kind.THEORY.value:
            continue
        cells = "  ".join(f"{t.by_level[lv]:>3}" for lv in LEVELS)
        flag = f"  <-- above {MAX_TOPIC_SHARE:.0%}" if t.flagged else ""
        lines.append(f"{t.topic:<{w}}{cells}  {t.total:>5}  {t.share:>5.1%}{flag}")
    lines += ["", f"Phone-screen topics (at least {MIN_PHONE_SCREEN} prompts each):"]
    for topic, n in b.phone_screen.items():
        lines.append(f"  {topic:<{w - 2}}{n:>3}{'' if n >= MIN_PHONE_SCREEN else '  <-- too few'}")
    lines += ["", "Other topics:", f"{'topic':<{w}}{'kind':<15}{head}  total"]
    for t in b.topics:
        if t.kind == Kind.THEORY.value:
            continue
        cells = "  ".join(f"{t.by_level[lv]:>3}" for lv in LEVELS)
        lines.append(f"{t.topic:<{w}}{t.kind:<15}{cells}  {t.total:>5}")
    problems = [f"{t.topic} holds {t.share:.1%} of theory prompts (max {MAX_TOPIC_SHARE:.0%})" for t in b.over_share]
    problems += [
        f"phone-screen topic {t} has {b.phone_screen[t]} prompts (min {MIN_PHONE_SCREEN})" for t in b.thin_phone_screen
    ]
    ok = f"Breadth rules hold: no topic above {MAX_TOPIC_SHARE:.0%}, every phone-screen topic >= {MIN_PHONE_SCREEN}."
    lines.append("")
    lines += [f"FLAG: {p}" for p in problems] or [ok]
    return "\n".join(lines)
