"""`/coach delete-my-data`: the learner asks, the coach says what will go and asks them to type
`delete my data`; that exact phrase (within ten minutes) deletes everything of theirs, in every table
(``bot/store/personal.py``), in this message's unit of work. Anything else cancels, and says so.

Afterwards the learner row is gone: their next message meets the coach as a new learner would."""

from __future__ import annotations

from datetime import datetime, timedelta

from bot.core.context import Ctx, plural, say
from bot.core.flows.readiness_report import chart_key
from bot.core.messages import PRIVATE, Button, Reply

PHRASE = "delete my data"
EXPIRES = timedelta(minutes=10)
CANCEL = Button("Cancel", "cancel")
#: what each table's count is called when telling the learner what went
SHOWN = (
    ("attempts", "answer", None),
    ("stories", "story", "stories"),
    ("cards", "review card", None),
    ("point_events", "point event", None),
    ("memberships", "study-group membership", None),
    ("outbox", "scheduled message", None),
    ("grade_disputes", "“I covered it” reply", "“I covered it” replies"),
)


def _typed(text: str) -> str:
    return " ".join(text.strip().strip("`'\"“”.!").lower().split())


async def cmd_delete_my_data(ctx: Ctx, args: list[str]) -> list[Reply]:
    answers, stories = len(await ctx.attempts()), len(await ctx.stories())
    ctx.conv.erase_asked_at = ctx.now.isoformat()
    where = ctx.learner.ref.platform
    return [
        say(
            f"⚠️ This deletes everything I keep about you on {where}: {plural(answers, 'answer')} with their grades "
            f"and ratings, {plural(stories, 'story', 'stories')}, your plan, progress, streak, points, review "
            "schedule, study-group memberships and scheduled messages. It cannot be undone; `/coach export` first "
            f"if you want a copy.\nTo go ahead, type `{PHRASE}` here within 10 minutes. Anything else cancels.",
            buttons=(CANCEL,),
            dm=True,
        )
    ]


async def pending_confirmation(ctx: Ctx, text: str) -> tuple[list[Reply], bool]:
    """A message after `/coach delete-my-data`: the replies, and whether the message was used up (False:
    route it as usual after these replies, as a command typed instead of the phrase)."""
    asked = ctx.conv.erase_asked_at
    ctx.conv.erase_asked_at = None
    typed = _typed(text)
    if asked is None or ctx.now - datetime.fromisoformat(asked) > EXPIRES:
        if typed == PHRASE:
            return [
                say("That request is over 10 minutes old, so nothing was deleted. Send `/coach delete-my-data` again.")
            ], True
        return [], False
    if typed == PHRASE:
        return await erase(ctx), True
    cancelled = say(
        f"Cancelled: nothing was deleted. (Deleting needs the exact words `{PHRASE}`.)", meta={PRIVATE: "1"}
    )
    return [cancelled], not text.strip().startswith("/")


async def erase(ctx: Ctx) -> list[Reply]:
    assert ctx.learner.id is not None
    counts = await ctx.uow.personal.erase(ctx.learner.id)
    if ctx.svc.charts is not None:
        ctx.svc.charts.forget(chart_key(ctx.learner))
    ctx.erased = True
    gone = [plural(counts[table], one, many) for table, one, many in SHOWN if counts.get(table)]
    what = ", ".join(gone) if gone else "your profile"
    return [
        say(
            f"🗑️ Done. I deleted {what}, and your profile, settings and plan. Nothing of yours is kept. If you "
            "write to me again, you start afresh as a new learner.",
            meta={"erased": "1"},
        )
    ]
