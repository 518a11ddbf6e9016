"""A button under a prompt acts on that prompt. A button's value is what the learner could type
(``give up``, ``/coach skip``), and typed words act on whatever is open now; so an old message's
Skip, Give up, rating or "I covered 2", pressed after the learner has moved on, used to skip, give up
or rate the prompt open *now*. The core now writes the prompt's id after such a value
(``give up #cd-kfold-01``: also what a learner could type), and a press whose prompt is no longer the
open one is answered, not applied. Values that are not about one prompt (``/coach today``,
``/coach pause``, the onboarding answers) stay as they are."""

from __future__ import annotations

import re
from collections.abc import Container
from dataclasses import replace

from bot.core.context import Ctx, oops
from bot.core.messages import Button, Reply
from bot.core.state import Pending

MARK = " #"
_KEEPS_OPEN = re.compile(r"more|covered \d+")
_SCOPED = re.compile(r"(?:/coach (?:skip|done|hint)|give up|pass|fail|more|deeper|again|hard|good|easy|covered \d+)")


def bind(replies: list[Reply], pending: Pending | None) -> list[Reply]:
    """The replies with each prompt-scoped button tied to the prompt open after this step."""
    if pending is None:
        return replies
    return [
        replace(r, buttons=tuple(tied(b, pending.prompt_id) for b in r.buttons))
        if any(_SCOPED.fullmatch(b.value) for b in r.buttons)
        else r
        for r in replies
    ]


def tied(b: Button, prompt_id: str) -> Button:
    """The button tied to ``prompt_id`` when it is about one prompt; any other button as it is."""
    return Button(b.label, f"{b.value}{MARK}{prompt_id}") if prompt_id and _SCOPED.fullmatch(b.value) else b


def word(value: str) -> str:
    """A button's value without the prompt it is tied to: what it does (``good #th-bv-01`` → ``good``)."""
    return value.split(MARK, 1)[0]


def keeps_open(value: str) -> bool:
    """A button that answers without closing its message's question: the rest of the feedback ("More")
    and "I covered it", beside which the rating is still to give; adapters leave the other buttons live."""
    return _KEEPS_OPEN.fullmatch(word(value)) is not None


def unbind(text: str, prompts: Container[str]) -> tuple[str, str | None]:
    """``give up #cd-kfold-01`` → (``give up``, ``cd-kfold-01``); any other text is itself."""
    head, sep, ref = text.rpartition(MARK)
    if sep and ref in prompts and _SCOPED.fullmatch(head.strip().lower()):
        return head.strip(), ref
    return text, None


def stale(ctx: Ctx, text: str, ref: str) -> list[Reply] | None:
    """The answer to a press meant for a prompt that is no longer open; None when it is the open one."""
    pend = ctx.conv.pending
    if pend is not None and pend.prompt_id == ref:
        return None
    if text == "more" and ctx.conv.more and (pend is None or pend.stage in ("answer", "collect")):
        return None  # the last feedback's details are still that prompt's: nothing since has replaced them
    if pend is None:
        return [oops(f"That button was for `{ref}`, which is finished. `/coach today` sends today's prompt.")]
    return [
        oops(
            f"That button was for `{ref}`, which is finished, so I left it alone. Your open prompt is "
            f"`{pend.prompt_id}`: answer it, or use the buttons under it."
        )
    ]
