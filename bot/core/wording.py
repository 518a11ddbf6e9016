"""Small wording helpers shared by every reply: counts with the right plural, relative days."""

from __future__ import annotations

from datetime import date


def plural(n: int, word: str, many: str | None = None) -> str:
    """``plural(1, "prompt")`` is "1 prompt"; ``plural(2, "story", "stories")`` is "2 stories"."""
    return f"{n} {word if n == 1 else (many or word + 's')}"


def when_phrase(n: int) -> str:
    """When something ``n`` days ahead is, to follow "is": "today", "tomorrow", "in 3 days"."""
    return "today" if n == 0 else "tomorrow" if n == 1 else f"in {n} days"


def days_left_phrase(n: int) -> str:
    """The countdown to an interview ``n`` days ahead: "today", "tomorrow", "3 days left"."""
    return "today" if n == 0 else "tomorrow" if n == 1 else f"{n} days left"


def interview_passed(day: date, ago: int) -> str:
    """An interview ``ago`` (≥ 1) days behind: no countdown and no "on track", a question instead, and
    the way to set the next one."""
    when = "yesterday" if ago == 1 else f"{ago} days ago"
    return (
        f"Your interview was {when} ({day.isoformat()}). How did it go? Got another one? Set it with "
        "`/coach settings interview=YYYY-MM-DD` and the plan fits itself to it (or `interview=none`)."
    )


def day_label(d: date) -> str:
    return d.strftime("%a %Y-%m-%d")
