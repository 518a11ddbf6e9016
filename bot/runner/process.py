"""Running the harness in a child process, off the event loop: the job on stdin, the report and the
printed output read concurrently with caps, the whole process group killed at the wall-time limit
or when the output overflows. Shared by the bubblewrap and the local runner."""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.core.judging import Ending

REPORT_CAP = 1024 * 1024  # the harness's own lines; more than this is the code writing into them
DRAIN_SECONDS = 1.0  # after the process is gone, how long stray holders of its pipes may keep them


@dataclass
class Finished:
    report: list[str]
    printed: str
    end: Ending


def harness_files() -> list[tuple[Path, str]]:
    """The files every sandbox gets, and their names there: the entry script first (it runs), the
    harness, and the pipe between the checker and the learner process."""
    from bot.core import harness
    from bot.runner import judge_main, wire, wire_codec, wire_values

    return [
        (Path(judge_main.__file__), "main.py"),
        (Path(harness.__file__), "harness.py"),
        (Path(wire.__file__), "wire.py"),
        (Path(wire_codec.__file__), "wire_codec.py"),
        (Path(wire_values.__file__), "wire_values.py"),
    ]


async def run_harness(
    argv: Sequence[str],
    stdin: bytes,
    *,
    wall_seconds: float,
    output_bytes: int,
    env: dict[str, str],
    cwd: str | None = None,
    pass_fds: Sequence[int] = (),
) -> Finished:
    t0 = time.monotonic()
    proc = await asyncio.create_subprocess_exec(
        *argv,
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
        env=env,
        cwd=cwd,
        start_new_session=True,  # its own process group, killed as one
        pass_fds=tuple(pass_fds),
    )
    overflow = asyncio.Event()
    out, err = bytearray(), bytearray()
    readers = (
        asyncio.create_task(_read_capped(proc.stdout, out, REPORT_CAP, overflow)),
        asyncio.create_task(_read_capped(proc.stderr, err, output_bytes, overflow)),
    )
    assert proc.stdin is not None
    with contextlib.suppress(BrokenPipeError, ConnectionResetError):
        proc.stdin.write(stdin)
        await proc.stdin.drain()
        proc.stdin.close()
    waiter = asyncio.create_task(proc.wait())
    overflowed = asyncio.create_task(overflow.wait())
    done, _ = await asyncio.wait({waiter, overflowed}, timeout=wall_seconds, return_when=asyncio.FIRST_COMPLETED)
    timed_out = not done
    exceeded = overflow.is_set()
    overflowed.cancel()
    _kill_group(proc.pid)  # always: also reaps what the code left running in the background
    await _drain((*readers, waiter))
    returncode = proc.returncode
    end = Ending(
        returncode=returncode,
        timed_out=timed_out and not exceeded,
        output_exceeded=exceeded,
        wall_seconds=time.monotonic() - t0,
    )
    return Finished(out.decode("utf-8", "replace").splitlines(), err.decode("utf-8", "replace"), end)


async def _read_capped(stream: asyncio.StreamReader | None, buf: bytearray, cap: int, overflow: asyncio.Event) -> None:
    """Keep the first ``cap`` bytes; read and drop the rest until the pipe closes, since asyncio
    reports the process gone only once its pipes are drained."""
    assert stream is not None
    while chunk := await stream.read(65536):
        room = cap - len(buf)
        if room > 0:
            buf += chunk[:room]
        if len(chunk) > room:
            overflow.set()


async def _drain(tasks: tuple[asyncio.Future[Any], ...]) -> None:
    """Wait for the pipes to close and the exit to be seen. A process the code moved out of the group
    could hold a pipe open; it gets ``DRAIN_SECONDS``, then what was read so far is what there is."""
    _, pending = await asyncio.wait(tasks, timeout=DRAIN_SECONDS)
    for t in pending:
        t.cancel()


def _kill_group(pid: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pid, signal.SIGKILL)


def own_tasks() -> int:
    """Tasks (processes and threads) of this process's real uid, as RLIMIT_NPROC counts them outside
    a user namespace."""
    uid, n = os.getuid(), 0
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            if entry.stat().st_uid == uid:
                n += len(os.listdir(f"/proc/{entry.name}/task"))
        except OSError:
            continue
    return n
