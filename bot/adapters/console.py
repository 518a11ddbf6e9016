"""The console adapter: a terminal DM with the coach. Lines starting with ``/`` are commands, any
other message is a reply.

In a terminal it is a prompt_toolkit prompt, so a paste arrives as one message (bracketed paste)
and a drip shows up above the prompt as soon as it is due. Enter sends; Alt-Enter (Esc Enter) adds
a line; a first line of three backticks opens a block that Enter extends until a closing line of
three backticks. With piped input each line is a message and a block between two lines of three
backticks is one, as scripts expect.

End of input (Ctrl-D) quits with status 0. Ctrl-C quits at once with status 130 (the shell's
128 + SIGINT, so a script can tell an interrupted session from a finished one), without a
traceback; a message already with the core is finished first, and its replies shown, so nothing is
half done or done unseen. A block still open at end of input is dropped, with a notice."""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
import re
import signal
import sys
import threading
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO, TypeVar

from bot.core.clock import Clock
from bot.core.delivery import Outgoing
from bot.core.engine import Coach
from bot.core.messages import Attachment, Inbound, LearnerRef, Reply

if TYPE_CHECKING:
    from prompt_toolkit.history import History
    from prompt_toolkit.key_binding import KeyBindings

log = logging.getLogger(__name__)

WORKSPACE = "local"
FENCE = "```"
INTERRUPTED = 130  # exit status after Ctrl-C: 128 + SIGINT, as shells report it
UNCLOSED_NOTICE = "(an unclosed ``` block was not sent)"
BANNER = (
    "PrepDrip console — type /coach start to begin, /coach help for commands.\n"
    "Enter sends · Alt-Enter (Esc Enter) adds a line · paste code, then Enter\n"
    "``` on a line of its own opens a block until the next ``` · Ctrl-D quits"
)

T = TypeVar("T")

_BOLD = re.compile(r"(?<![\w*])\*(?!\s)([^*\n]+?)(?<!\s)\*(?![\w*])")
_ITALIC = re.compile(r"(?<![\w_])_(?!\s)([^_\n]+?)(?<!\s)_(?![\w_])")
_FENCED = re.compile(r"(```.*?```)", re.S)
_INLINE = re.compile(r"`[^`\n]*`")
_HIDDEN = re.compile("\ue000(\\d+)\ue001")  # a private-use stand-in for an inline code span


def format_markup(text: str, ansi: bool) -> str:
    """The core's light markup (*bold*, _italic_) as terminal styles, or plain text when piped.
    Code (`inline` and fenced blocks) is left exactly as written, also inside a styled span."""
    parts = _FENCED.split(text)
    for i in range(0, len(parts), 2):  # even parts are outside fenced blocks
        parts[i] = _style_prose(parts[i], ansi)
    return "".join(parts)


def _style_prose(seg: str, ansi: bool) -> str:
    # Inline code is swapped for stand-ins while styling, so that `_Reply `pass` or `fail`._`
    # is one italic span rather than two broken ones, and markup inside the code stays as written.
    code: list[str] = []

    def hide(m: re.Match[str]) -> str:
        code.append(m.group(0))
        return f"\ue000{len(code) - 1}\ue001"

    seg = _INLINE.sub(hide, seg)
    seg = _BOLD.sub(r"\033[1m\1\033[0m" if ansi else r"\1", seg)
    seg = _ITALIC.sub(r"\033[3m\1\033[0m" if ansi else r"\1", seg)
    return _HIDDEN.sub(lambda m: code[int(m.group(1))], seg)


def render(reply: Reply, ansi: bool = False) -> str:
    out = format_markup(reply.text, ansi)
    if reply.buttons:
        out += "\n" + "  ".join(f"[{b.label}]" for b in reply.buttons)
    if reply.image:
        out += f"\nChart: {reply.image}"
    return out


def save_attachments(files: tuple[Attachment, ...], directory: Path) -> list[Path]:
    """Write a reply's files into ``directory`` (created, private to this user), never over an existing
    file; returns their paths. A file's name is taken without any directory part."""
    directory.mkdir(parents=True, exist_ok=True, mode=0o700)
    out = []
    for f in files:
        name = Path(f.filename).name or "file"
        path, n = directory / name, 1
        while path.exists():
            n += 1
            path = directory / f"{Path(name).stem}-{n}{Path(name).suffix}"
        with open(path, "xb") as fh:  # exclusive: two writers never share a file
            fh.write(f.content)
        path.chmod(0o600)
        out.append(path)
    return out


def messages(lines: Iterator[str], on_unclosed: Callable[[], object] | None = None) -> Iterator[str]:
    """Group raw lines into messages: a ``` fence collects lines until the closing fence. A block
    still open when the lines run out is not a message (half a block would be taken for the whole
    answer); ``on_unclosed`` is called instead."""
    block: list[str] | None = None
    for raw in lines:
        line = raw.rstrip("\n")
        if block is not None:
            if line.strip() == FENCE:
                yield "\n".join(block)
                block = None
            else:
                block.append(line)
            continue
        if line.strip() == FENCE:
            block = []
            continue
        yield line
    if block is not None and on_unclosed is not None:
        on_unclosed()


def fence_is_open(text: str) -> bool:
    """The prompt's text starts with a line of ``` and has no closing line yet."""
    lines = text.lstrip("\n").split("\n")
    return lines[0].strip() == FENCE and not any(line.strip() == FENCE for line in lines[1:])


def unfenced(text: str) -> str:
    """What the prompt sends: the inside of a block typed or pasted between two ``` lines, as a
    piped block arrives; anything else as it is."""
    lines = text.strip().split("\n")
    if len(lines) >= 2 and lines[0].strip() == FENCE and lines[-1].strip() == FENCE:
        return "\n".join(lines[1:-1])
    return text


class ConsoleAdapter:
    def __init__(
        self,
        coach: Coach,
        clock: Clock,
        user: str = "me",
        group: str | None = None,
        out: TextIO | None = None,
        *,
        history_file: Path | None = None,
        files_dir: Path | None = None,
    ) -> None:
        self.coach = coach
        self.clock = clock
        self.ref = LearnerRef("console", WORKSPACE, user)
        self.group = group
        self.user = user
        self.history_file = history_file
        self.files_dir = files_dir  # where files the coach sends (an export) are written
        self._out = out
        self._one_at_a_time = asyncio.Lock()
        self._interrupted = False

    @property
    def out(self) -> TextIO:
        """The stream given, else whatever ``sys.stdout`` is when we print: under the prompt, a
        proxy that prints above it instead of through it."""
        return self._out or sys.stdout

    async def say(self, text: str, *, show_now: bool = False) -> list[Reply]:
        """Send one message as this user and return the coach's replies (also used by tests).
        ``show_now``: a reply the core sends ahead ("⏳ Running your tests…") is printed at once
        instead of being returned with the rest."""
        msg = Inbound(
            self.ref,
            text,
            in_dm=True,
            group_id=self.group,
            display_name=self.user,
            via="command" if text.startswith("/") else "text",
            channel_id=self.group,
        )
        return await self.coach.handle(msg, self.clock.now(), notify=self._emit_now if show_now else None)

    async def _emit_now(self, replies: list[Reply]) -> None:
        self.emit(replies)

    def emit(self, replies: list[Reply]) -> None:
        out = self.out
        ansi = out.isatty()
        for r in replies:
            print(render(r, ansi), file=out)
            if r.files and self.files_dir is not None:
                for path in save_attachments(r.files, self.files_dir):
                    print(f"Saved: {path}", file=out)
            elif r.files:
                print("(files not saved: this console has no data directory)", file=out)
            if r.meta.get("erased") and self.history_file is not None and self.history_file.exists():
                self.history_file.write_text("", encoding="utf-8")  # what was typed here, answers included
                print("(and this console's input history)", file=out)
            print(file=out)
        out.flush()

    def notice(self, text: str) -> None:
        print(text, file=self.out, flush=True)

    async def deliver_due(self) -> None:
        """Show this user's scheduled drip if it has come due. The one place that asks for
        scheduled messages: reading them from an outbox instead of ``coach.due`` goes here."""
        await self._exchange(lambda: self.coach.due(self.clock.now(), only=self.ref))

    async def _exchange(self, ask: Callable[[], Awaitable[list[Reply]]]) -> None:
        """One round trip to the core, then its replies on screen; one at a time, so a drip never
        lands in the middle of a conversation turn. If Ctrl-C cancels us meanwhile, the round trip
        still runs to its end and its replies are shown before the cancellation goes on: the core
        commits each message in one transaction, and a reply cut off after the commit would be
        lost (a drip, say, claimed for today but never seen)."""
        async with self._one_at_a_time:
            work = asyncio.ensure_future(ask())
            try:
                replies = await asyncio.shield(work)
            except asyncio.CancelledError:
                try:
                    self.emit(await work)
                except Exception:  # the cancellation must still go on, or the caller never stops
                    log.exception("the exchange in flight at Ctrl-C failed")
                raise
            self.emit(replies)

    async def run(self, stdin: TextIO | None = None, due_every: float = 30.0) -> int:
        """Talk until end of input (returns 0) or Ctrl-C (returns 130). In a terminal, a prompt
        that checks for due drips every ``due_every`` seconds; otherwise one message per line,
        read from ``stdin``."""
        stdin = stdin or sys.stdin
        me = asyncio.current_task()
        assert me is not None
        self._interrupted = False
        with self._ctrl_c_cancels(me):
            try:
                if stdin.isatty():
                    return await self.run_interactive(due_every)
                return await self.run_piped(stdin)
            except asyncio.CancelledError:
                if not self._interrupted:
                    raise
                me.uncancel()  # our own cancellation, from Ctrl-C: it ends here
                return INTERRUPTED

    @contextlib.contextmanager
    def _ctrl_c_cancels(self, task: asyncio.Task[Any]) -> Iterator[None]:
        """SIGINT (Ctrl-C while no prompt is up, or ``kill -INT``) cancels ``task`` once, so that it
        winds down through ``_exchange``; more Ctrl-Cs meanwhile are ignored. asyncio.run's own
        handler does the first part, then raises KeyboardInterrupt, with a traceback, on the
        second. (At the prompt the terminal is raw and Ctrl-C is a key: see ``run_interactive``.)"""
        if threading.current_thread() is not threading.main_thread():
            yield
            return
        loop = asyncio.get_running_loop()

        def on_sigint(signum: int, frame: object) -> None:
            if not self._interrupted:
                self._interrupted = True
                loop.call_soon_threadsafe(task.cancel)

        previous = signal.signal(signal.SIGINT, on_sigint)
        try:
            yield
        finally:
            signal.signal(signal.SIGINT, previous if previous is not None else signal.default_int_handler)

    async def run_piped(self, stdin: TextIO) -> int:
        """One message per line, a ``` block as one message, blank lines skipped; no prompt. Drips that
        came due while no console was open are shown first."""
        await self.deliver_due()
        unclosed = threading.Event()
        pending = messages(iter(stdin.readline, ""), on_unclosed=unclosed.set)
        while (text := await _in_daemon_thread(next, pending, None)) is not None:
            if text.strip():
                await self._exchange(functools.partial(self.say, text, show_now=True))
        if unclosed.is_set():
            self.notice(UNCLOSED_NOTICE)
        return 0

    async def run_interactive(self, due_every: float = 30.0) -> int:
        """The prompt, on the current prompt_toolkit app session's input and output (the terminal,
        or a pipe and a dummy in tests). Meanwhile a task shows due drips above it."""
        from prompt_toolkit import PromptSession
        from prompt_toolkit.patch_stdout import patch_stdout

        session: PromptSession[str] = PromptSession(
            "> ",
            multiline=True,
            prompt_continuation=lambda width, line_number, wrap_count: "… ".rjust(width),
            key_bindings=_prompt_keys(),
            history=self._history(),
        )
        self.notice(BANNER)
        with patch_stdout(raw=True):
            poller = asyncio.create_task(self._show_due_every(due_every), name="console-due")
            try:
                while True:
                    try:
                        # handle_sigint=False: our SIGINT handler stays in place (see run)
                        text = await session.prompt_async(handle_sigint=False)
                    except EOFError:  # Ctrl-D, or the terminal went away
                        if fence_is_open(session.default_buffer.text):
                            self.notice(UNCLOSED_NOTICE)
                        return 0
                    except KeyboardInterrupt:  # Ctrl-C at the prompt: what was typed is not sent
                        return INTERRUPTED
                    await self._exchange(functools.partial(self.say, unfenced(text), show_now=True))
            finally:
                poller.cancel()
                await asyncio.wait({poller})

    async def _show_due_every(self, seconds: float) -> None:
        while True:
            try:
                await self.deliver_due()
            except Exception:  # a database hiccup must not end the chat; try again next time
                log.exception("checking for a due drip failed")
            await asyncio.sleep(seconds)

    def _history(self) -> History:
        """Earlier messages for Up/Down, kept in ``history_file`` when it can be written, else for
        this session only."""
        from prompt_toolkit.history import FileHistory, InMemoryHistory

        if self.history_file is not None:
            try:
                self.history_file.parent.mkdir(parents=True, exist_ok=True)
                with self.history_file.open("a", encoding="utf-8"):
                    pass
                return FileHistory(self.history_file)
            except OSError as e:
                log.warning("console history kept in memory only: %s", e)
        return InMemoryHistory()


def _prompt_keys() -> KeyBindings:
    """Enter sends (inside an open ``` block it adds a line); Alt-Enter adds a line; Ctrl-D in
    an open block at its end quits without sending it. A bracketed paste is inserted as is by
    prompt_toolkit's own binding, newlines included, and waits for Enter."""
    from prompt_toolkit.application import get_app
    from prompt_toolkit.enums import DEFAULT_BUFFER
    from prompt_toolkit.filters import Condition, has_focus
    from prompt_toolkit.key_binding import KeyBindings, KeyPressEvent

    keys = KeyBindings()
    in_prompt = has_focus(DEFAULT_BUFFER)  # not in Ctrl-R search

    @Condition
    def at_end_of_open_block() -> bool:
        doc = get_app().current_buffer.document
        return fence_is_open(doc.text) and doc.is_cursor_at_the_end

    @keys.add("enter", filter=in_prompt)
    def _send(event: KeyPressEvent) -> None:
        buf = event.current_buffer
        if fence_is_open(buf.text):
            buf.newline()
        else:
            buf.validate_and_handle()

    @keys.add("escape", "enter", filter=in_prompt)
    def _newline(event: KeyPressEvent) -> None:
        event.current_buffer.newline()

    @keys.add("c-d", filter=in_prompt & at_end_of_open_block)
    def _quit_dropping_block(event: KeyPressEvent) -> None:
        event.app.exit(exception=EOFError, style="class:exiting")

    return keys


async def _in_daemon_thread(fn: Callable[..., T], *args: Any) -> T:
    """``fn(*args)`` on a thread of its own that the process doesn't wait for at exit. The default
    executor's threads are joined by asyncio.run, so one blocked reading stdin made Ctrl-C wait for
    the next Enter."""
    loop = asyncio.get_running_loop()
    done: asyncio.Future[T] = loop.create_future()

    def deliver(settle: Callable[[Any], None], value: Any) -> None:
        def in_loop() -> None:
            if not done.done():  # not cancelled meanwhile
                settle(value)

        with contextlib.suppress(RuntimeError):  # the loop has closed: we are on the way out
            loop.call_soon_threadsafe(in_loop)

    def work() -> None:
        try:
            result = fn(*args)
        except BaseException as e:
            deliver(done.set_exception, e)
        else:
            deliver(done.set_result, result)

    threading.Thread(target=work, name="console-stdin", daemon=True).start()
    return await done


class ConsoleSender:
    """The dispatcher's sink for console learners (`prepdrip drip --now`): prints each message."""

    platform = "console"

    def __init__(self, out: TextIO | None = None) -> None:
        self._out = out

    async def send(self, message: Outgoing) -> str:
        out = self._out or sys.stdout
        to = f"#{message.channel}" if message.channel else message.to.user_id
        print(f"── to {to} ({message.kind}) ──\n{render(message.reply)}\n", file=out, flush=True)
        return f"console-{message.key}"
