"""The console's fallback when bubblewrap is missing: the harness in a plain child process, with the
same resource limits, wall-time kill and output cap, but no namespaces. In the console the code is
the user's own, run as the user; a platform never gets this runner (see ``bot.runner.choose``).

Root is exempt from RLIMIT_NPROC, so run as root this runner cannot stop a fork bomb; as anyone else
the limit is set to the user's current task count plus the allowance, since it counts them all."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from bot.core.curriculum import CodingPrompt
from bot.core.judging import Limits, RunReport, job_payload, new_nonce, read_report
from bot.runner.base import SlotRunner
from bot.runner.process import harness_files, own_tasks, run_harness
from bot.runner.runtime import Runtime, find_runtime, minimal_env


class LocalRunner(SlotRunner):
    label = "local run"

    def __init__(self, limits: Limits | None = None, concurrency: int = 2, runtime: Runtime | None = None) -> None:
        super().__init__(limits or Limits(), concurrency)
        self.runtime = runtime or find_runtime()

    async def run_in_slot(self, drill: CodingPrompt, code: str, slot: int) -> RunReport:
        nonce = new_nonce()
        paths = sorted({str(Path(p).parent) for p in self.runtime.numpy})
        nproc = None if os.geteuid() == 0 else own_tasks() + self.limits.processes
        job = job_payload(drill, code, nonce, self.limits, paths=paths, nproc=nproc)
        with tempfile.TemporaryDirectory(prefix="prepdrip-run-") as work:
            for src, name in harness_files():
                shutil.copyfile(src, Path(work) / name)
            done = await run_harness(
                [self.runtime.python, "-I", "-S", "-B", str(Path(work) / "main.py"), *paths],
                job,
                wall_seconds=self.limits.wall_seconds,
                output_bytes=self.limits.output_kb * 1024,
                env={**minimal_env(), "HOME": work, "TMPDIR": work},
                cwd=work,
            )
        return read_report(drill, done.report, nonce, done.printed, done.end, self.limits, self.label)
