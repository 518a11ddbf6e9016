"""Spaced repetition with FSRS: every prompt a learner has answered is a card; the self-rating, no
easier than the answer showed (``scheduled_rating``), is the review. Near the interview, retention is
raised and intervals are capped so weak topics come back before the day."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from fsrs import Card, Rating, Scheduler

from bot.core.model import CardState

INTENSIFY_DAYS = 14

#: The grader's verdict bands on the 0..1 score (``verdict.CONTRADICTED_CAP`` holds a wrong claim under
#: the pass line; theory gates and strong stories start at 0.6). An answer below ``PASS_SCORE`` failed:
#: whatever the learner felt, it is reviewed as Hard, and one that showed next to nothing as Again.
AGAIN_BELOW = 0.2  # next to nothing shown (a failed drill demonstrates 0.1)
PASS_SCORE = 0.4  # verdict.CONTRADICTED_CAP (0.35) sits just under it
STRONG_SCORE = 0.6  # theory gates, strong topics and stories start here; below it Easy is Good at most


def scheduled_rating(self_rating: int, score: float | None) -> int:
    """The rating the schedule takes: the learner's own, but no easier than the answer showed. A
    0 % answer rated Easy is still a miss, and comes back tomorrow, not in a week. Without a score
    (a drill not yet run) the learner's word stands. The learner's own rating is kept elsewhere for
    the calibration gap; only the schedule is capped."""
    if score is None:
        return self_rating
    cap = (
        Rating.Again
        if score < AGAIN_BELOW
        else Rating.Hard
        if score < PASS_SCORE
        else Rating.Good
        if score < STRONG_SCORE
        else Rating.Easy
    )
    return min(self_rating, int(cap))


class Repetition:
    def __init__(self, desired_retention: float = 0.9, final_retention: float = 0.95) -> None:
        if not 0.7 <= desired_retention <= 0.99:
            raise ValueError("desired retention must be between 0.70 and 0.99")
        self.desired_retention = desired_retention
        self._normal = Scheduler(
            desired_retention=desired_retention, learning_steps=(), relearning_steps=(), enable_fuzzing=False
        )
        self._final = Scheduler(
            desired_retention=max(desired_retention, final_retention),
            learning_steps=(),
            relearning_steps=(),
            enable_fuzzing=False,
        )

    def review(
        self,
        card: CardState | None,
        learner_id: int,
        prompt_id: str,
        rating: int,
        now: datetime,
        interview: date | None = None,
    ) -> CardState:
        fcard = Card.from_dict(card.data) if card else Card(due=now)  # type: ignore[arg-type]
        days_left = (interview - now.date()).days if interview else None
        final = days_left is not None and 0 <= days_left <= INTENSIFY_DAYS
        sched = self._final if final else self._normal
        fcard, _log = sched.review_card(fcard, Rating(rating), review_datetime=now)
        due = fcard.due
        if final and days_left is not None and days_left > 0:
            # come back at least once more before the interview, a third of the remaining time away
            cap = now + max(timedelta(days=1), timedelta(days=days_left) / 3)
            if due > cap:
                due = cap
                fcard.due = due
        return CardState(learner_id, prompt_id, due, dict(fcard.to_dict()))
