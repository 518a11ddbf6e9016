"""The console adapter: a terminal DM with the coach. Lines starting with ``/`` are commands, any
other line is a reply. A block between two lines of three backticks is sent as one message (for code
and long answers). Works interactively and with piped input; exits at end of input."""

from __future__ import annotations

import asyncio
import re
import sys
from collections.abc import Iterator
from typing import TextIO

from bot.core.clock import Clock
from bot.core.engine import Coach
from bot.core.messages import Inbound, LearnerRef, Reply

WORKSPACE = "local"


_BOLD = re.compile(r"(?<![\w*])\*(?!\s)([^*\n]+?)(?<!\s)\*(?![\w*])")
_ITALIC = re.compile(r"(?<![\w_])_(?!\s)([^_\n]+?)(?<!\s)_(?![\w_])")
_CODE = re.compile(r"(```.*?```|`[^`\n]*`)", re.S)


def format_markup(text: str, ansi: bool) -> str:
    """The core's light markup (*bold*, _italic_) as terminal styles, or plain text when piped.
    Code (`inline` and fenced blocks) is left exactly as written."""
    parts = _CODE.split(text)
    for i in range(0, len(parts), 2):  # even parts are outside code
        seg = parts[i]
        seg = _BOLD.sub(r"\033[1m\1\033[0m" if ansi else r"\1", seg)
        seg = _ITALIC.sub(r"\033[3m\1\033[0m" if ansi else r"\1", seg)
        parts[i] = seg
    return "".join(parts)


def render(reply: Reply, ansi: bool = False) -> str:
    out = format_markup(reply.text, ansi)
    if reply.buttons:
        out += "\n" + "  ".join(f"[{b.label}]" for b in reply.buttons)
    if reply.image:
        out += f"\nChart: {reply.image}"
    return out


def messages(lines: Iterator[str]) -> Iterator[str]:
    """Group raw lines into messages: a ``` fence collects lines until the closing fence."""
    block: list[str] | None = None
    for raw in lines:
        line = raw.rstrip("\n")
        if block is not None:
            if line.strip() == "```":
                yield "\n".join(block)
                block = None
            else:
                block.append(line)
            continue
        if line.strip() == "```":
            block = []
            continue
        yield line
    if block:
        yield "\n".join(block)


class ConsoleAdapter:
    def __init__(
        self, coach: Coach, clock: Clock, user: str = "me", group: str | None = None, out: TextIO | None = None
    ) -> None:
        self.coach = coach
        self.clock = clock
        self.ref = LearnerRef("console", WORKSPACE, user)
        self.group = group
        self.out = out or sys.stdout
        self.user = user

    async def say(self, text: str) -> list[Reply]:
        """Send one message as this user and return the coach's replies (also used by tests)."""
        msg = Inbound(
            self.ref,
            text,
            in_dm=True,
            group_id=self.group,
            display_name=self.user,
            via="command" if text.startswith("/") else "text",
        )
        return await self.coach.handle(msg, self.clock.now())

    def emit(self, replies: list[Reply]) -> None:
        ansi = self.out.isatty()
        for r in replies:
            print(render(r, ansi), file=self.out)
            print(file=self.out)
        self.out.flush()

    async def deliver_due(self) -> None:
        """Show this user's scheduled drip if it has come due while the console was open."""
        self.emit(await self.coach.due(self.clock.now(), only=self.ref))

    async def run(self, stdin: TextIO | None = None) -> None:
        stdin = stdin or sys.stdin
        interactive = stdin.isatty()
        if interactive:
            print(
                "PrepDrip console — type /coach start to begin, /coach help for commands, Ctrl-D to quit.",
                file=self.out,
            )
        loop = asyncio.get_running_loop()

        def lines() -> Iterator[str]:
            while True:
                if interactive:
                    print("> ", end="", file=self.out, flush=True)
                line = stdin.readline()
                if not line:
                    return
                yield line

        it = messages(lines())
        while True:
            if interactive:
                await self.deliver_due()
            text = await loop.run_in_executor(None, next, it, None)
            if text is None:
                break
            if not text.strip() and not interactive:
                continue
            self.emit(await self.say(text))
