"""Spaced repetition with FSRS: every prompt a learner has answered is a card; the self-rating is the
review. Near the interview, retention is raised and intervals are capped so weak topics come back
before the day."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from fsrs import Card, Rating, Scheduler

from bot.core.model import CardState

INTENSIFY_DAYS = 14


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
