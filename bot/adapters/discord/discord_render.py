"""A core ``Reply`` as Discord messages: the light markup as Discord markdown, cut into messages of at
most 2,000 characters (never inside a code block without closing and reopening it), buttons and the
chart on the last one.

Discord renders more markdown than the core writes (headings, quotes, ~~strike~~, ||spoilers||,
masked links ``[text](url)``), so everything the core did not mean as markup is escaped: a learner's
name or answer echoed back cannot hide a link or restyle the message. Pings are stopped separately,
by ``AllowedMentions.none()`` on every send."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import discord

from bot.adapters.discord.discord_views import buttons_view
from bot.core.messages import Attachment, Button, Reply

MAX_CONTENT = 2000  # Discord's limit for a message's content
MAX_EMBED_TEXT = 4096  # ...and for an embed's description
CHART_NAME = "readiness.png"

_FENCED = re.compile(r"(```.*?```)", re.S)
_INLINE = re.compile(r"`[^`\n]+`")
_URL = re.compile(r"https?://[^\s<>()]+[^\s<>().,;:!?'\"]")
_BOLD = re.compile(r"(?<![\w*])\*(?!\s)([^*\n]+?)(?<!\s)\*(?![\w*])")
_ITALIC = re.compile(r"(?<![\w_])_(?!\s)([^_\n]+?)(?<!\s)_(?![\w_])")
_STASHED = re.compile("\ue000(\\d+)\ue001")
_SPECIAL = re.compile(r"([\\*_~|\[\]`])")
_LINE_START = re.compile(r"^([ \t]*)(#|>|-#)", re.M)


@dataclass(frozen=True, slots=True)
class DiscordMessage:
    """One message to send: content, and on the last part of a reply its buttons, whether it offers
    the long-answer form, and the chart in an embed above ``embed_text``."""

    content: str
    buttons: tuple[Button, ...] = ()
    long_answer: bool = False
    prompt_id: str | None = None  # the prompt the long-answer form answers
    image: str | None = None
    embed_text: str | None = None
    files: tuple[Attachment, ...] = ()  # attached as they are (an export)


def to_markdown(text: str) -> str:
    """The core's markup (``*bold*``, ``_italic_``, `` `code` ``, fenced blocks) as Discord markdown;
    any other markdown character is escaped. Code is left exactly as written."""
    parts = _FENCED.split(text)
    for i in range(0, len(parts), 2):  # even parts are outside fenced blocks
        parts[i] = _prose(parts[i])
    return "".join(parts)


def _prose(seg: str) -> str:
    stash: list[str] = []

    def keep(text: str) -> str:
        stash.append(text)
        return f"\ue000{len(stash) - 1}\ue001"

    seg = seg.replace("\ue000", "").replace("\ue001", "")
    seg = _INLINE.sub(lambda m: keep(m.group(0)), seg)
    seg = _URL.sub(lambda m: keep(m.group(0)), seg)  # an escaped `_` inside a link would break it
    seg = _ITALIC.sub(lambda m: keep("_" + _escape(m.group(1)) + "_"), seg)
    seg = _BOLD.sub(lambda m: keep("**" + _escape(m.group(1)) + "**"), seg)
    seg = _escape(seg)
    seg = _LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), seg)
    while _STASHED.search(seg):  # stashed spans may hold stashed spans
        seg = _STASHED.sub(lambda m: stash[int(m.group(1))], seg)
    return seg


def _escape(text: str) -> str:
    return _SPECIAL.sub(r"\\\1", text)


def split_content(text: str, limit: int = MAX_CONTENT) -> list[str]:
    """Cut at line breaks into pieces of at most ``limit`` characters; a code block cut in two is
    closed at the end of one piece and reopened at the start of the next."""
    pieces: list[str] = []
    current: list[str] = []
    size = 0
    fence: str | None = None  # the opening line of the block we are in, if any
    reserve = 4  # room to close a block: "\n```"

    def flush() -> None:
        nonlocal current, size
        if current:
            body = "\n".join(current)
            pieces.append(body + ("\n```" if fence is not None else ""))
        current = [fence] if fence is not None else []
        size = len(fence) + 1 if fence is not None else 0

    for line in text.split("\n"):
        for chunk in _hard_wrap(line, limit - reserve - 16):
            if size + len(chunk) + 1 > limit - reserve and current and current != [fence]:
                flush()
            current.append(chunk)
            size += len(chunk) + 1
        if line.strip().startswith("```"):
            fence = None if fence is not None else line.strip()
    if current and current != [fence]:
        body = "\n".join(current)
        pieces.append(body + ("\n```" if fence is not None else ""))
    return [p for p in pieces if p.strip()] or [""]


def _hard_wrap(line: str, width: int) -> list[str]:
    if len(line) <= width:
        return [line]
    out = []
    while len(line) > width:
        cut = line.rfind(" ", width // 2, width)
        cut = cut if cut > 0 else width
        out.append(line[:cut])
        line = line[cut:].lstrip(" ") if line[cut : cut + 1] == " " else line[cut:]
    out.append(line)
    return out


def render(reply: Reply) -> list[DiscordMessage]:
    """The messages for one reply, in order; the last carries the buttons, the long-answer form for
    a prompt, and the chart. A reply with a chart is one embed, its text above the chart, when the
    text fits an embed (4,096 characters); else the text comes first and the chart's own summary
    goes in the embed."""
    text = to_markdown(reply.text)
    image = reply.image if reply.image and Path(reply.image).is_file() else None
    if image and len(text) <= MAX_EMBED_TEXT:
        return [DiscordMessage(content="", buttons=reply.buttons, image=image, embed_text=text, files=reply.files)]
    parts = split_content(text)
    last = DiscordMessage(
        content=parts[-1],
        buttons=reply.buttons,
        long_answer=reply.opens_prompt,
        prompt_id=reply.meta.get("prompt_id") if reply.opens_prompt else None,
        image=image,
        embed_text=to_markdown(reply.alt_text)[:MAX_EMBED_TEXT] if image and reply.alt_text else None,
        files=reply.files,
    )
    return [DiscordMessage(content=p) for p in parts[:-1]] + [last]


def send_kwargs(message: DiscordMessage) -> dict[str, Any]:
    """Keyword arguments for ``Messageable.send``, ``Webhook.send`` (follow-ups) and the like. The
    chart is an attachment shown inside an embed."""
    out: dict[str, Any] = {"allowed_mentions": discord.AllowedMentions.none()}
    if message.content:
        out["content"] = message.content
    view = buttons_view(message.buttons, long_answer=message.long_answer, prompt_id=message.prompt_id)
    if view is not None:
        out["view"] = view
    if message.image:
        embed = discord.Embed(description=message.embed_text or None)
        embed.set_image(url=f"attachment://{CHART_NAME}")
        out["embed"] = embed
        out["file"] = discord.File(message.image, filename=CHART_NAME)
    if message.files:
        attached = [discord.File(io.BytesIO(f.content), f.filename, description=f.title) for f in message.files]
        out["files"] = [out.pop("file"), *attached] if "file" in out else attached
    return out
