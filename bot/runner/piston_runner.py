"""A remote runner: a Piston-compatible code-execution service (``CODE_RUNNER_URL``), the engine many
Discord code bots use, for isolation on another machine.

The same harness and protocol as the sandbox: the entry script, the harness and the pipe module go
as the job's files (``main.py``, the first, runs), the job as stdin; the report comes back on stdout, printed output on
stderr. Piston keeps each stream to ``PISTON_OUTPUT_MAX_SIZE`` bytes (1024 by default), too little
for a report: run it with ``PISTON_OUTPUT_MAX_SIZE=65536`` or more. It also needs NumPy in its
Python package for the ML drills; without it the report says so rather than failing every test.
"""

from __future__ import annotations

import logging
import time
from typing import Any

import aiohttp

from bot.core.curriculum import CodingPrompt
from bot.core.judging import Ending, Limits, RunReport, finished, job_payload, new_nonce, read_report
from bot.runner.base import SlotRunner
from bot.runner.process import harness_files

log = logging.getLogger(__name__)

CAP_HINT = 1000  # Piston's default stream cap is 1024 bytes: output this long was probably cut
SLACK_SECONDS = 15.0  # what the service may add to the run's own time (queueing, set-up) before we give up


class PistonRunner(SlotRunner):
    label = "remote runner"

    def __init__(
        self, url: str, limits: Limits | None = None, concurrency: int = 4, *, language: str = "python"
    ) -> None:
        super().__init__(limits or Limits(), concurrency)
        self.url = url.rstrip("/")
        self.language = language
        self.files = [{"name": name, "content": src.read_text(encoding="utf-8")} for src, name in harness_files()]

    async def run_in_slot(self, drill: CodingPrompt, code: str, slot: int) -> RunReport:
        nonce = new_nonce()
        body = {
            "language": self.language,
            "version": "3.x",
            "files": self.files,
            "stdin": job_payload(drill, code, nonce, self.limits).decode(),
            "args": [],
            "run_timeout": int(self.limits.wall_seconds * 1000),
            "compile_timeout": 10_000,
            "run_memory_limit": self.limits.memory_mb * 1024 * 1024,
        }
        timeout = aiohttp.ClientTimeout(total=self.limits.wall_seconds + SLACK_SECONDS)
        t0 = time.monotonic()
        try:
            async with (
                aiohttp.ClientSession(timeout=timeout) as session,
                session.post(f"{self.url}/api/v2/execute", json=body) as resp,
            ):
                answer: Any = await resp.json(content_type=None)
                if resp.status != 200:
                    message = answer.get("message") if isinstance(answer, dict) else None
                    return self._unavailable(drill, f"it answered {resp.status}: {message or 'no reason given'}")
        except (aiohttp.ClientError, TimeoutError, ValueError) as e:
            log.warning("the remote code runner at %s failed: %r", self.url, e)
            return self._unavailable(drill, "it didn't answer")
        run = answer.get("run") if isinstance(answer, dict) else None
        if not isinstance(run, dict):
            return self._unavailable(drill, "its answer had no run result")
        stdout, stderr = str(run.get("stdout") or ""), str(run.get("stderr") or "")
        status, message = str(run.get("status") or ""), str(run.get("message") or "")
        signal = run.get("signal")
        lines = stdout.splitlines()
        done = finished(lines, nonce)
        # Piston kills a job whose stdout or stderr passes its cap; newer versions say so
        overflow = status == "OL" or "exceeded" in message or (signal == "SIGKILL" and len(stdout) >= CAP_HINT)
        if overflow and len(stderr) < CAP_HINT:  # the report itself hit the cap, not the code's prints
            return self._unavailable(drill, "it cut the report short: set PISTON_OUTPUT_MAX_SIZE=65536 on it")
        timed_out = status == "TO" or (signal == "SIGKILL" and not overflow and not done)
        code_ = run.get("code")
        end = Ending(
            returncode=code_ if isinstance(code_, int) else None,
            timed_out=timed_out and not done,
            output_exceeded=overflow,
            signal_name=str(signal) if signal else None,
            # the service's own queueing included: a stopped run is reported as having run this long
            wall_seconds=min(time.monotonic() - t0, self.limits.wall_seconds) if timed_out else 0.0,
        )
        return read_report(drill, lines, nonce, stderr, end, self.limits, self.label)

    def _unavailable(self, drill: CodingPrompt, why: str) -> RunReport:
        return RunReport(
            "unavailable",
            total=len(drill.tests),
            note=f"I couldn't reach the code runner ({why}). Send your code again in a minute.",
            runner=self.label,
        )
