"""Real `prepdrip` processes for the tests: a clean environment, a free port, a launch whose output goes
to a file or a pipe, and a wait for /healthz. One place, so every process test starts the bot the way an
operator does."""

from __future__ import annotations

import asyncio
import os
import socket
import sys
from pathlib import Path

import aiohttp

ROOT = Path(__file__).resolve().parents[1]
PLATFORM_VARS = ("SLACK_", "DISCORD_", "DATABASE_URL")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def bot_env(tmp_path: Path, *, drop: tuple[str, ...] = (), **extra: str) -> dict[str, str]:
    """This process's environment without any platform's settings (nor those starting with ``drop``),
    its data under ``tmp_path``, no charts; then ``extra``."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(PLATFORM_VARS + drop)}
    env |= {"XDG_DATA_HOME": str(tmp_path / "xdg"), "MPLBACKEND": "Agg", "CHARTS": "false"}
    return env | extra


async def launch(env: dict[str, str], *args: str, log: Path | None = None) -> asyncio.subprocess.Process:
    """`prepdrip ARGS` (default `run`). With ``log``, stdout and stderr are appended to that file: a pipe
    nobody reads while the test talks to the bot would fill up and block the bot's logging, and with it
    the bot. Without it they are pipes, for ``communicate()``."""
    command = [sys.executable, "-m", "bot.cli", *(args or ("run",))]
    if log is None:
        return await asyncio.create_subprocess_exec(
            *command,
            cwd=ROOT,
            env=env,
            stdin=asyncio.subprocess.DEVNULL,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
    with log.open("ab") as out:
        return await asyncio.create_subprocess_exec(
            *command, cwd=ROOT, env=env, stdin=asyncio.subprocess.DEVNULL, stdout=out, stderr=out
        )


async def healthy(url: str, process: asyncio.subprocess.Process, timeout: float = 60.0) -> None:  # noqa: ASYNC109
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=2)) as session:
        while loop.time() < deadline:
            assert process.returncode is None, "prepdrip run exited"
            try:
                async with session.get(url) as r:
                    if r.status == 200:
                        return
            except aiohttp.ClientError:
                pass
            await asyncio.sleep(0.1)
    raise TimeoutError(f"{url} never answered 200")
