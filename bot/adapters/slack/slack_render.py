"""The core's replies as Slack messages, and Slack's text back as what the user typed.

Safe by construction: every character of a reply is escaped (``&``, ``<``, ``>``) before it reaches
Slack, so nothing a user typed (an answer, a display name, a group name) can become a ping
(``<!channel>``, ``<!here>``, ``<@U…>``) or a link. The core writes no Slack syntax of its own, and
its light markup (``*bold*``, ``_italic_``, `` `code` ``, fences) already is Slack mrkdwn.

Block Kit limits are kept here: at most 50 blocks a message, 3,000 characters a section's text, 75
a button's label, 2,000 a button's value, 40,000 a message's text.
"""

from __future__ import annotations

import html
import json
import re
from typing import Any

from bot.core.messages import Button, Reply

MAX_BLOCKS = 50
MAX_SECTION = 3000
MAX_TEXT = 40_000
MAX_FALLBACK = 3000
MAX_LABEL = 75
MAX_VALUE = 2000
MAX_HOME_BLOCKS = 100
MODAL_PARTS = 4  # Slack's input holds 3,000 characters; four parts carry the core's 12,000
MODAL_PART_CHARS = 3000

REPLY_ACTION = "prepdrip_reply"  # + "_<n>": a button whose value is what the user could have typed
LONG_ANSWER_ACTION = "prepdrip_long_answer"
LONG_ANSWER_CALLBACK = "prepdrip_long_answer"
BUTTONS_BLOCK = "prepdrip_buttons"
PRESSED_BLOCK = "prepdrip_pressed"  # the "→ *More* · *I covered 2*" line of a message whose buttons stay
FENCE = "```"

_ENTITY_TAIL = re.compile(r"&[a-z]{0,4}$")


def escape(text: str) -> str:
    """Slack's three control characters as entities: what a user typed shows as typed, never pings."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _plain(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


# ---- Slack -> core ----------------------------------------------------------------------------------

_SPECIAL = re.compile(r"<([^<>]*)>")
_AUTOLINK_SCHEME = re.compile(r"^(?:https?://|mailto:|tel:)", re.I)


def from_slack(text: str) -> str:
    """A message or command text as Slack sends it, back to what the user typed: entities decoded,
    ``<https://x|label>`` as the link, ``<@U1|name>`` as ``@name`` (or ``@U1``), ``<!here>`` as ``@here``.
    What Slack linked on its own stays as typed: ``model.fit`` arrives as ``<http://model.fit|model.fit>``,
    ``a@b.com`` as ``<mailto:a@b.com|a@b.com>``."""

    def unwrap(m: re.Match[str]) -> str:
        inner = m.group(1)
        target, _, label = inner.partition("|")
        if target.startswith(("@", "#")):
            return target[0] + (label or target[1:])
        if target.startswith("!"):
            name = target[1:].split("^")[0]
            return label or "@" + name
        if label and _AUTOLINK_SCHEME.sub("", target) == _AUTOLINK_SCHEME.sub("", label):
            return label  # Slack's own link around what the user typed
        return target  # a link: the URL the user pasted

    return html.unescape(_SPECIAL.sub(unwrap, text)) if "<" in text or "&" in text else text


def workspace_of(context: Any, body: dict[str, Any]) -> str:
    """The workspace a request belongs to: bolt's context, else the payload's team (org-wide installs
    may have only an enterprise id)."""
    team = body.get("team")
    for source in (context.get("team_id"), body.get("team_id"), team.get("id") if isinstance(team, dict) else team):
        if source:
            return str(source)
    return str(context.get("enterprise_id") or body.get("enterprise_id") or "unknown")


# ---- core -> Slack ----------------------------------------------------------------------------------


def mrkdwn(text: str) -> str:
    """The core's markup as Slack mrkdwn: the same syntax, escaped."""
    return escape(text)


def split_sections(text: str, limit: int = MAX_SECTION) -> list[str]:
    """Escaped mrkdwn cut into pieces of at most ``limit`` characters, at line ends where it can; a code
    fence open at a cut is closed there and reopened in the next piece; no entity is cut in half."""
    pieces: list[str] = []
    current = ""
    in_fence = False
    room = limit - len(FENCE) - 1  # keep space to close a fence
    for line in text.split("\n"):
        while line:
            candidate = (current + "\n" + line) if current else line
            if len(candidate) <= room:
                current = candidate
                line = ""
                break
            if current:  # flush, then retry the line on a fresh piece
                pieces.append(current + ("\n" + FENCE if in_fence else ""))
                current = FENCE if in_fence else ""
                continue
            cut = room - (len(FENCE) + 1 if in_fence else 0)
            head = line[:cut]
            tail = _ENTITY_TAIL.search(head)
            if tail:
                head = head[: tail.start()]
            current = head
            line = line[len(head) :]
        in_fence = _fence_open(current)
    if current:
        pieces.append(current)
    return [p for p in pieces if p.strip()] or [""]


def _fence_open(text: str) -> bool:
    return text.count(FENCE) % 2 == 1


def button(b: Button, index: int) -> dict[str, Any]:
    return {
        "type": "button",
        "action_id": f"{REPLY_ACTION}_{index}",
        "text": {"type": "plain_text", "text": _plain(b.label, MAX_LABEL), "emoji": True},
        "value": b.value[:MAX_VALUE],
    }


def reply_blocks(
    reply: Reply, *, extra: tuple[Button, ...] = (), long_answer: str | None = None
) -> list[dict[str, Any]]:
    """A reply as Block Kit: its text in sections, then one row of buttons (its own, then ``extra``, then
    the "write a longer answer" button when ``long_answer`` names the open prompt)."""
    blocks: list[dict[str, Any]] = [
        {"type": "section", "text": {"type": "mrkdwn", "text": piece}}
        for piece in split_sections(mrkdwn(reply.text))
        if piece
    ]
    buttons = [button(b, i) for i, b in enumerate((*reply.buttons, *extra))]
    if long_answer is not None:
        buttons.append(
            {
                "type": "button",
                "action_id": LONG_ANSWER_ACTION,
                "text": {"type": "plain_text", "text": "Write a longer answer", "emoji": True},
                "value": long_answer[:MAX_VALUE],
            }
        )
    room = MAX_BLOCKS - (1 if buttons else 0)
    if len(blocks) > room:
        shown = blocks[: room - 1]
        cut = sum(len(b["text"]["text"]) for b in blocks[room - 1 :])
        note = f"_…{cut:,} more characters were trimmed to fit one Slack message._"
        blocks = [*shown, {"type": "context", "elements": [{"type": "mrkdwn", "text": note}]}]
    if buttons:
        blocks.append({"type": "actions", "block_id": BUTTONS_BLOCK, "elements": buttons[:25]})
    return blocks


def fallback_text(reply: Reply) -> str:
    """The message's ``text``: notifications and screen readers read it; the blocks carry the message."""
    return _plain(mrkdwn(reply.text), MAX_FALLBACK) or " "


def answered_blocks(blocks: list[dict[str, Any]], label: str) -> list[dict[str, Any]]:
    """A message's blocks after one of its buttons was pressed: the buttons give way to what was chosen,
    so the message cannot be answered twice."""
    kept = [b for b in blocks if b.get("type") != "actions"]
    chosen = {"type": "context", "elements": [{"type": "mrkdwn", "text": f"→ *{escape(_plain(label, 200))}*"}]}
    return [*kept[: MAX_BLOCKS - 1], chosen]


def pressed_blocks(blocks: list[dict[str, Any]], action_id: str, label: str) -> list[dict[str, Any]]:
    """A message's blocks after a button that leaves its question open was pressed ("More", "I covered
    2"): only that button goes, a line says what was chosen, and the other buttons stay to be pressed."""
    out: list[dict[str, Any]] = []
    shown = f"*{escape(_plain(label, 200))}*"
    noted = False
    for block in blocks:
        if block.get("block_id") == PRESSED_BLOCK:
            text = f"{block['elements'][0]['text']} · {shown}"
            block = {**block, "elements": [{"type": "mrkdwn", "text": _plain(text, MAX_SECTION)}]}
            noted = True
        elif block.get("type") == "actions":
            rest = [e for e in block.get("elements") or [] if e.get("action_id") != action_id]
            if not noted and len(blocks) < MAX_BLOCKS:
                out.append(
                    {
                        "type": "context",
                        "block_id": PRESSED_BLOCK,
                        "elements": [{"type": "mrkdwn", "text": f"→ {shown}"}],
                    }
                )
                noted = True
            if not rest:
                continue
            block = {**block, "elements": rest}
        out.append(block)
    return out


def long_answer_modal(prompt_id: str, channel: str) -> dict[str, Any]:
    """A modal with multi-line inputs for a design answer or code. Slack's input holds 3,000 characters, so
    a longer answer goes in several parts; they are joined in order."""
    inputs: list[dict[str, Any]] = []
    for n in range(1, MODAL_PARTS + 1):
        inputs.append(
            {
                "type": "input",
                "block_id": f"part_{n}",
                "optional": n > 1,
                "label": {"type": "plain_text", "text": "Your answer" if n == 1 else f"Part {n} (optional)"},
                "element": {
                    "type": "plain_text_input",
                    "action_id": "text",
                    "multiline": True,
                    "max_length": MODAL_PART_CHARS,
                },
            }
        )
    note = (
        f"Slack's input box holds {MODAL_PART_CHARS:,} characters. Longer? Continue in the next part: "
        f"the {MODAL_PARTS} parts are sent as one answer. Code keeps its line breaks."
    )
    return {
        "type": "modal",
        "callback_id": LONG_ANSWER_CALLBACK,
        "private_metadata": json.dumps({"prompt": prompt_id, "channel": channel}),
        "title": {"type": "plain_text", "text": "Longer answer"},
        "submit": {"type": "plain_text", "text": "Send"},
        "close": {"type": "plain_text", "text": "Cancel"},
        "blocks": [{"type": "context", "elements": [{"type": "mrkdwn", "text": note}]}, *inputs],
    }


def modal_answer(state_values: dict[str, Any]) -> str:
    parts = []
    for n in range(1, MODAL_PARTS + 1):
        value = (state_values.get(f"part_{n}", {}).get("text", {}) or {}).get("value") or ""
        if value.strip():
            parts.append(value.rstrip())
    return "\n".join(parts)


def modal_prompt(view: dict[str, Any]) -> str | None:
    """The prompt a long-answer modal was opened from (its private metadata)."""
    try:
        meta = json.loads(view.get("private_metadata") or "{}")
    except ValueError:
        return None
    prompt = meta.get("prompt") if isinstance(meta, dict) else None
    return str(prompt) if prompt else None


def home_view(sections: list[str], onboarded: bool) -> dict[str, Any]:
    """The App Home tab: the learner's phase, plan and readiness (the core's own words), and buttons for
    today's prompt and practice (or for starting)."""
    blocks: list[dict[str, Any]] = [
        {"type": "header", "text": {"type": "plain_text", "text": "PrepDrip — your ML interview prep"}}
    ]
    for text in sections:
        for piece in split_sections(mrkdwn(text)):
            blocks.append({"type": "section", "text": {"type": "mrkdwn", "text": piece}})
        blocks.append({"type": "divider"})
    if onboarded:
        actions = [Button("Today's prompt", "/coach today"), Button("Practice now", "/coach practice")]
    else:
        actions = [Button("Start", "/coach start")]
    blocks = blocks[: MAX_HOME_BLOCKS - 1]
    blocks.append(
        {"type": "actions", "block_id": "prepdrip_home", "elements": [button(b, i) for i, b in enumerate(actions)]}
    )
    return {"type": "home", "blocks": blocks}
