"""/readiness: demonstrated readiness per round, and the calibration gap between how learners rate
their own answers and what their answers actually showed."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bot.core.curriculum import PHONE_SCREEN_TOPICS, ROUND_TITLES, ROUNDS
from bot.core.gates import ran
from bot.core.model import RATING_CLAIM, Attempt, Learner, Story
from bot.core.wording import plural

GAP_WARN = 0.30  # self-rating above demonstrated by this much (on 0..1) earns a plain-words warning
MIN_RATED = 3  # the warning needs at least this many rated answers the grader was sure of


@dataclass(frozen=True)
class RoundReadiness:
    round: str
    title: str
    score: int  # 0..100, from demonstrated evidence
    self_claim: float | None  # mean self-rating claim, 0..1
    shown: float | None  # mean demonstrated score of the same rated attempts, 0..1
    rated: int
    evidence: str  # one line: what the score rests on

    @property
    def gap(self) -> float | None:
        if self.self_claim is None or self.shown is None:
            return None
        return self.self_claim - self.shown


def graded_surely(a: Attempt) -> bool:
    """The grader was sure of every verdict and the learner reported nothing: an unsure verdict or an
    "I covered it" is not evidence to tell anyone they are overconfident."""
    return bool(a.detail.get("confident", True)) and not a.detail.get("self_reported")


def demonstrated(a: Attempt) -> float | None:
    if a.kind == "coding":
        if a.passed is None:
            return None
        return (1.0 if a.in_time else 0.6) if a.passed else 0.1
    return a.score


def round_scores(learner: Learner, attempts: Sequence[Attempt], stories: Sequence[Story]) -> list[RoundReadiness]:
    out = []
    for rnd in ROUNDS:
        mine = [a for a in attempts if a.round == rnd]
        rated = [
            (RATING_CLAIM[a.self_rating], demonstrated(a))
            for a in mine
            if a.self_rating and demonstrated(a) is not None and graded_surely(a)
        ]
        claim = sum(c for c, _ in rated) / len(rated) if rated else None
        shown = sum(d for _, d in rated if d is not None) / len(rated) if rated else None
        score, evidence = _score(rnd, learner, mine, stories)
        out.append(RoundReadiness(rnd, ROUND_TITLES[rnd], score, claim, shown, len(rated), evidence))
    return out


def _best_by_prompt(attempts: Sequence[Attempt], kind: str) -> dict[str, Attempt]:
    best: dict[str, Attempt] = {}
    for a in attempts:
        if a.kind == kind and a.score is not None:
            if a.prompt_id not in best or (a.score or 0) > (best[a.prompt_id].score or 0):
                best[a.prompt_id] = a
    return best


def _score(rnd: str, learner: Learner, mine: Sequence[Attempt], stories: Sequence[Story]) -> tuple[int, str]:
    if rnd == "theory":
        best = _best_by_prompt(mine, "theory")
        if not best:
            return 0, "no theory answers yet"
        quality = sum(a.score or 0 for a in best.values()) / len(best)
        strong_topics = {a.topic for a in best.values() if (a.score or 0) >= 0.6} & set(PHONE_SCREEN_TOPICS)
        deeper = sum(1 for a in mine if a.kind == "follow_up" and (a.score or 0) >= 0.5)
        s = 55 * quality + 30 * len(strong_topics) / len(PHONE_SCREEN_TOPICS) + 15 * min(1.0, deeper / 3)
        return round(s), (
            f"{plural(len(best), 'prompt')}, {quality:.0%} of key points on average, "
            f"{len(strong_topics)}/6 screen topics solid, {plural(deeper, 'follow-up')} taken deeper"
        )
    if rnd == "coding":
        drills = [a for a in mine if a.kind == "coding" and a.passed is not None]
        if not drills:
            return 0, "no drills yet"
        passed_in_time = {a.prompt_id for a in drills if a.passed and a.in_time}
        passed = {a.prompt_id for a in drills if a.passed}
        patterns = {a.topic for a in drills if a.passed}
        s = 50 * min(1.0, len(passed_in_time) / 10) + 15 * min(1.0, len(passed) / 12) + 35 * min(1.0, len(patterns) / 5)
        by_running = {a.prompt_id for a in drills if a.passed and ran(a)}
        selfs = passed - by_running
        mine_only = f", {len(selfs)} self-reported" if selfs else ""
        return round(s), (
            f"{plural(len(passed), 'drill')} passed ({len(passed_in_time)} in time{mine_only}), "
            f"{plural(len(patterns), 'pattern')}"
        )
    if rnd == "system_design":
        best = _best_by_prompt(mine, "system_design")
        if not best:
            return 0, "no design runs yet"
        top = max(best.values(), key=lambda a: a.score or 0)
        quality = sum(a.score or 0 for a in best.values()) / len(best)
        # practice counts by runs that held up, as drills count by passes: two 10 % runs are not a quarter ready
        solid = sum(1 for a in best.values() if (a.score or 0) >= SOLID_DESIGN)
        s = 45 * quality + 25 * min(1.0, solid / 2) + 30 * len(top.detail.get("checklist", [])) / 6
        return round(s), (
            f"{plural(len(best), 'run')} ({solid} solid), "
            f"best covered {len(top.detail.get('checklist', []))}/6 check-list items"
        )
    good = [s for s in stories if s.score >= 0.6]
    types = {s.story_type for s in good}
    # a mock done counts (self-reported, so not in full); one only booked is a plan, not readiness
    mock_share = 1.0 if learner.mock_confirmed_at else MOCK_DONE_SELF_REPORTED if learner.mock_done_at else 0.0
    s = 45 * min(1.0, len(good) / 3) + 20 * min(1.0, len(types) / 2) + 35 * mock_share
    mock = (
        "mock done (confirmed by your peer-mock partner)"
        if learner.mock_confirmed_at
        else "mock done (self-reported)"
        if learner.mock_done_at
        else "mock booked, not done yet"
        if learner.mock_booked_at
        else "no mock yet"
    )
    return round(s), f"{plural(len(good), 'strong story', 'strong stories')}, {plural(len(types), 'type')}, {mock}"


SOLID_DESIGN = 0.5  # a design run's score from which it counts as practice that held up
MOCK_DONE_SELF_REPORTED = 0.7  # of the mock's share, until a peer confirms it


def calibration(rounds: Sequence[RoundReadiness]) -> tuple[float | None, str | None]:
    """Overall gap (self minus shown, over every rated attempt) and a warning in plain words."""
    rated = [r for r in rounds if r.rated]
    if not rated:
        return None, None
    n = sum(r.rated for r in rated)
    claim = sum((r.self_claim or 0) * r.rated for r in rated) / n
    shown = sum((r.shown or 0) * r.rated for r in rated) / n
    gap = claim - shown
    worst = max(rated, key=lambda r: r.gap or -1)
    if n >= MIN_RATED and (gap >= GAP_WARN or (worst.gap or 0) >= GAP_WARN + 0.1):
        r = worst if (worst.gap or 0) >= gap else None
        where = f" — most of all in {r.title.lower()}" if r else ""
        return gap, (
            f"Calibration warning: you rate yourself higher than your answers show{where}. Your "
            f"self-ratings claim about {claim:.0%}, but your answers demonstrated {shown:.0%}: you are "
            "overconfident, and an interviewer will find that gap for you. Re-answer the missed key "
            "points, and book a mock interview with someone who has run real ML interviews."
        )
    return gap, None
