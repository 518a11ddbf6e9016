"""The console as a terminal chat: the prompt (prompt_toolkit on a pipe with a dummy screen, so
its real key parser and bindings run), the piped path, and `prepdrip console` as a process on a
pipe and under a pseudo-terminal. A paste is one message, Ctrl-C and Ctrl-D end it cleanly, a
half-typed block is never sent, and a drip shows up without a key press."""

from __future__ import annotations

import asyncio
import io
import os
import pty
import select
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from prompt_toolkit.application import create_app_session
from prompt_toolkit.input import PipeInput, create_pipe_input
from prompt_toolkit.output import DummyOutput

from bot.adapters.console import (
    BANNER,
    INTERRUPTED,
    UNCLOSED_NOTICE,
    ConsoleAdapter,
    format_markup,
    messages,
    render,
)
from bot.store.uow import SqlStore
from tests.conftest import onboard

ROOT = Path(__file__).resolve().parents[1]
DRILL = "/coach practice cd-kfold-01"
SUBMITTED = "Running your tests"  # the core's answer to a code submission
NOT_A_REPORT = "looks incomplete"  # ...and to half of one
ONBOARD = "/coach start\nyes\nno\nno\nno\nnone\nUTC\n09:00\njunior\n"

PASTE = "\x1b[200~def f(x):\n    return x\n\x1b[201~\r"
FENCED = "```\rdef f(x):\r    return x\r```\r"
ALT_ENTER = "def f(x):\x1b\r    return x\r"


@contextmanager
def terminal() -> Iterator[PipeInput]:
    """Keys in through a pipe, the screen thrown away: the prompt runs as in a terminal."""
    with create_pipe_input() as keys, create_app_session(input=keys, output=DummyOutput()):
        yield keys


async def until(check: Callable[[], bool], within: float = 5.0) -> None:
    deadline = time.monotonic() + within
    while not check():
        assert time.monotonic() < deadline, "timed out"
        await asyncio.sleep(0.01)


@pytest.fixture
def screen() -> io.StringIO:
    return io.StringIO()


@pytest.fixture
async def ada(coach, clock, screen) -> ConsoleAdapter:  # type: ignore[no-untyped-def]
    """Onboarded, in a coding drill that waits for her code."""
    c = ConsoleAdapter(coach, clock, user="ada", out=screen)
    await onboard(c, answers="ynnn", at="08:30")  # now 08:00 in Berlin: her drip is due in 30 min
    await c.say(DRILL)
    return c


# ---- rendering --------------------------------------------------------------------------------


def test_italic_and_bold_spans_around_inline_code() -> None:
    assert format_markup("_Reply `pass` or `fail`._", ansi=False) == "Reply `pass` or `fail`."
    assert format_markup("_Reply `pass` or `fail`._", ansi=True) == "\033[3mReply `pass` or `fail`.\033[0m"
    assert format_markup("*Run `f(*a, **kw)` first*", ansi=False) == "Run `f(*a, **kw)` first"
    assert format_markup("see `_private_` and `a*b*c`", ansi=False) == "see `_private_` and `a*b*c`"
    assert format_markup("_a_ ```\n_x_ `y`\n``` _b_", ansi=False) == "a ```\n_x_ `y`\n``` b"


async def test_core_reply_with_code_in_italics_renders_clean(ada) -> None:  # type: ignore[no-untyped-def]
    _running, report = await ada.say("def kfold_indices(n, k, shuffle=False, seed=0):\n    return []")
    text = render(report)
    assert "`give up` (or `more`) for the reference solution." in text
    assert "solution._" not in text and "\n_Submission" not in text


# ---- the prompt -------------------------------------------------------------------------------


async def submitted_lines(store: SqlStore, who: ConsoleAdapter) -> int:
    """How many lines of code the core received in the drill submission."""
    async with store() as uow:
        learner = await uow.get_learner(who.ref)
    assert learner is not None
    return int(learner.state["pending"]["code_lines"])


@pytest.mark.parametrize("typed", [PASTE, FENCED, ALT_ENTER], ids=["bracketed-paste", "fenced", "alt-enter"])
async def test_multi_line_code_is_one_message(ada, screen, sqlite_store, typed) -> None:  # type: ignore[no-untyped-def]
    with terminal() as keys:
        run = asyncio.create_task(ada.run_interactive())
        keys.send_text(typed)
        await until(lambda: SUBMITTED in screen.getvalue())
        keys.send_text("\x04")  # Ctrl-D on an empty prompt
        assert await asyncio.wait_for(run, 5) == 0
    out = screen.getvalue()
    assert out.count(SUBMITTED) == 1 and NOT_A_REPORT not in out  # not "def f(x):" then "return x"
    assert await submitted_lines(sqlite_store, ada) == 2  # both lines, in the one message


async def test_enter_sends_a_single_line(ada, screen) -> None:  # type: ignore[no-untyped-def]
    with terminal() as keys:
        run = asyncio.create_task(ada.run_interactive())
        keys.send_text("/coach help\r")
        await until(lambda: "PrepDrip commands" in screen.getvalue())
        keys.send_text("\x04")
        assert await asyncio.wait_for(run, 5) == 0
    assert SUBMITTED not in screen.getvalue()


async def test_ctrl_c_at_the_prompt_quits_at_once_and_sends_nothing(ada, screen) -> None:  # type: ignore[no-untyped-def]
    with terminal() as keys:
        run = asyncio.create_task(ada.run_interactive())
        keys.send_text("def f(x): half typed")
        keys.send_text("\x03")
        assert await asyncio.wait_for(run, 5) == INTERRUPTED
    assert screen.getvalue().strip() == BANNER
    assert SUBMITTED in (await ada.say("def g():\n    pass"))[0].text  # the drill still waited for code


@pytest.mark.parametrize("end", ["ctrl-d", "input-closed"])
async def test_end_of_input_in_an_open_block_sends_nothing(ada, screen, end) -> None:  # type: ignore[no-untyped-def]
    with terminal() as keys:
        run = asyncio.create_task(ada.run_interactive())
        keys.send_text("```\rdef f(x):\r    return")
        if end == "ctrl-d":
            keys.send_text("\x04")
        else:
            await until(lambda: BANNER in screen.getvalue())  # the prompt is up
            keys.close()
        assert await asyncio.wait_for(run, 5) == 0
    assert UNCLOSED_NOTICE in screen.getvalue() and SUBMITTED not in screen.getvalue()
    assert SUBMITTED in (await ada.say("def g():\n    pass"))[0].text


async def test_due_drip_shows_up_without_a_key_press(ada, screen, clock) -> None:  # type: ignore[no-untyped-def]
    with terminal() as keys:
        run = asyncio.create_task(ada.run_interactive(due_every=0.01))
        await until(lambda: BANNER in screen.getvalue())
        clock.advance(minutes=31)
        await until(lambda: "Your PrepDrip for" in screen.getvalue())
        keys.send_text("\x04")
        assert await asyncio.wait_for(run, 5) == 0
    assert screen.getvalue().count("Your PrepDrip for") == 1


async def test_history_is_kept_in_the_data_dir(coach, clock, screen, tmp_path) -> None:  # type: ignore[no-untyped-def]
    history = tmp_path / "data" / "console_history"
    for file in (history, tmp_path):  # tmp_path is a directory: history in memory, chat unharmed
        c = ConsoleAdapter(coach, clock, user="ada", out=screen, history_file=file)
        with terminal() as keys:
            run = asyncio.create_task(c.run_interactive())
            keys.send_text("/coach help\r\x04")
            assert await asyncio.wait_for(run, 5) == 0
    assert "/coach help" in history.read_text()
    assert screen.getvalue().count("PrepDrip commands") == 2


# ---- piped ------------------------------------------------------------------------------------


def test_messages_group_blocks_and_drop_an_unclosed_one() -> None:
    dropped: list[bool] = []
    lines = ["a\n", "```\n", "x = 1\n", "  y\n", "```\n", "\n", "```\n", "half\n"]
    assert list(messages(iter(lines), on_unclosed=lambda: dropped.append(True))) == ["a", "x = 1\n  y", ""]
    assert dropped == [True]
    assert list(messages(iter(["```\n"]))) == []


async def test_piped_run_drops_an_unclosed_block(ada, screen) -> None:  # type: ignore[no-untyped-def]
    assert await ada.run(io.StringIO("```\ndef f(x):\n    return x\n")) == 0
    assert screen.getvalue().strip() == UNCLOSED_NOTICE


@pytest.fixture
def pipe() -> Iterator[tuple[io.TextIOWrapper, int]]:
    """A pipe as stdin, and the fd that writes to it."""
    r, w = os.pipe()
    stdin = open(r)
    yield stdin, w
    os.close(w)  # end of input: a thread still reading lets go of the pipe
    stdin.close()


async def test_ctrl_c_while_waiting_for_a_piped_line(ada, screen, pipe) -> None:  # type: ignore[no-untyped-def]
    """SIGINT while the next line has not come: run() returns 130 at once, and a second Ctrl-C
    while it winds down changes nothing (asyncio.run's own handler would raise KeyboardInterrupt)."""
    stdin, w = pipe
    caught: list[int] = []
    previous = signal.signal(signal.SIGINT, lambda signum, frame: caught.append(signum))  # in case run() doesn't
    try:
        run = asyncio.create_task(ada.run(stdin))
        os.write(w, b"/coach help\n")
        await until(lambda: "PrepDrip commands" in screen.getvalue())  # ...and now waiting for a line
        signal.raise_signal(signal.SIGINT)
        signal.raise_signal(signal.SIGINT)
        assert await asyncio.wait_for(run, 5) == INTERRUPTED
        assert caught == []
    finally:
        signal.signal(signal.SIGINT, previous)


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    e = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "DISCORD_", "DATABASE_URL"))}
    e.update(XDG_DATA_HOME=str(tmp_path / "xdg"), MPLBACKEND="Agg", TERM="xterm")
    return e


def prepdrip_console(env: dict[str, str], **streams: int) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "bot.cli", "console", "--user", "ada"], env=env, cwd=ROOT, **streams)


def read_until(fd: int, marker: bytes, seen: bytearray, timeout: float = 30.0) -> None:
    """Read ``fd`` into ``seen`` until ``marker`` is in it, answering a terminal's cursor-position
    query as a terminal would."""
    deadline = time.monotonic() + timeout
    while marker not in seen:
        left = deadline - time.monotonic()
        assert left > 0, f"no {marker!r} in {bytes(seen[-400:])!r}"
        if select.select([fd], [], [], left)[0]:
            chunk = os.read(fd, 65536)
            assert chunk, f"closed before {marker!r}: {bytes(seen[-400:])!r}"
            if b"\x1b[6n" in chunk:
                os.write(fd, b"\x1b[1;1R")
            seen += chunk


def test_piped_console_sends_a_block_whole_and_an_unclosed_one_not_at_all(env: dict[str, str]) -> None:
    script = ONBOARD + f"{DRILL}\n```\ndef f(x):\n    return x\n```\ngive up\ngood\n{DRILL}\n```\ndef f(x):\n"
    r = subprocess.run(
        [sys.executable, "-m", "bot.cli", "console"], input=script, capture_output=True, text=True, env=env, cwd=ROOT
    )
    assert r.returncode == 0, r.stderr
    assert r.stdout.count(SUBMITTED) == 1 and NOT_A_REPORT not in r.stdout
    assert r.stdout.rstrip().endswith(UNCLOSED_NOTICE)


def test_ctrl_c_while_reading_a_pipe_exits_at_once(env: dict[str, str]) -> None:
    p = prepdrip_console(env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert p.stdin and p.stdout and p.stderr
    try:
        p.stdin.write(b"/coach help\n")
        p.stdin.flush()
        read_until(p.stdout.fileno(), b"PrepDrip commands", bytearray())  # up, and waiting for a line
        p.send_signal(signal.SIGINT)
        assert p.wait(timeout=3) == INTERRUPTED
    finally:
        p.kill()
        p.wait()
    # nothing but the start-up notice a machine without bubblewrap gets (no traceback, no KeyboardInterrupt)
    assert [line for line in p.stderr.read().splitlines() if b"bubblewrap sandbox is" not in line] == []


@pytest.mark.parametrize("how", ["ctrl-c key", "sigint"])
def test_ctrl_c_in_a_terminal_exits_at_once(env: dict[str, str], how: str) -> None:
    master, slave = pty.openpty()
    p = prepdrip_console(env, stdin=slave, stdout=slave, stderr=subprocess.PIPE)
    os.close(slave)
    assert p.stderr
    try:
        seen = bytearray()
        read_until(master, b"Ctrl-D quits", seen)
        read_until(master, b"\x1b[?2004h", seen)  # the prompt is up: raw mode, bracketed paste on
        if how == "sigint":
            p.send_signal(signal.SIGINT)
        else:
            os.write(master, b"\x03")
        deadline = time.monotonic() + 3
        while p.poll() is None:  # keep draining the terminal while it exits
            assert time.monotonic() < deadline, "still running 3 s after Ctrl-C"
            if select.select([master], [], [], 0.05)[0]:
                try:
                    os.read(master, 65536)
                except OSError:  # EIO: the other end has closed
                    pass
        assert p.returncode == INTERRUPTED
    finally:
        p.kill()
        p.wait()
        os.close(master)
    err = p.stderr.read().decode()
    assert "Traceback" not in err and "KeyboardInterrupt" not in err, err
