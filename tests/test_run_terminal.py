"""`prepdrip run` with no platform token: in a terminal it is the console (`make run` on a laptop); with no
terminal (a container, a service) it names the variables to set and exits 2 (tests/test_cli.py)."""

from __future__ import annotations

import os
import pty
import select
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_run_in_a_terminal_without_tokens_is_the_console(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "DISCORD_", "DATABASE_URL"))}
    env |= {"XDG_DATA_HOME": str(tmp_path / "xdg"), "MPLBACKEND": "Agg"}
    master, terminal = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "bot.cli", "run"], stdin=terminal, stdout=terminal, stderr=terminal, env=env, cwd=ROOT
    )
    os.close(terminal)
    seen = b""

    def until(needle: bytes, timeout: float = 60.0) -> None:
        nonlocal seen
        deadline = time.monotonic() + timeout
        while needle not in seen:
            assert time.monotonic() < deadline, f"no {needle!r} in {seen[-500:]!r}"
            if select.select([master], [], [], 0.1)[0]:
                seen += os.read(master, 65536)

    try:
        until(b"PrepDrip console")
        os.write(master, b"/coach help\r")
        until(b"PrepDrip commands")
    finally:
        proc.kill()
        proc.wait(30)
        os.close(master)
    assert b"Not starting" not in seen
