"""The first code to run in a sandbox: ``python -I -S -B main.py`` with this file as ``main.py`` and
``bot/core/harness.py`` beside it as ``harness.py``. It imports nothing from ``bot``.

In order, before any of the learner's code exists in the process: read the job from stdin; become
the unprivileged user the runner asked for (when the sandbox starts as root); set the resource
limits; keep a private copy of stdout for the report and point fd 1 at stderr, so whatever the code
prints lands with its output, not in the report. Then run the harness and write one JSON line per
event, each with the job's nonce.
"""

from __future__ import annotations

import io
import json
import math
import os
import resource
import sys
from typing import Any

MB = 1024 * 1024


def become(uid: int) -> None:
    os.setgroups([])
    os.setresgid(uid, uid, uid)
    os.setresuid(uid, uid, uid)
    if os.getuid() != uid or os.geteuid() != uid:
        raise SystemExit("could not drop privileges")


def limit(limits: dict[str, Any]) -> None:
    cpu = int(limits["cpu_seconds"])
    pairs = [
        (resource.RLIMIT_CORE, 0),
        (resource.RLIMIT_AS, int(limits["memory_mb"]) * MB),
        (resource.RLIMIT_FSIZE, int(limits["file_mb"]) * MB),
        (resource.RLIMIT_NOFILE, 256),
        (resource.RLIMIT_NPROC, int(limits["processes"])),
    ]
    for which, value in pairs:
        resource.setrlimit(which, (value, value))
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))  # SIGXCPU at the soft limit, SIGKILL a second later


def main() -> None:
    """Lines are short (defaults left out): a remote runner may keep as little as 1 KB of them."""
    job = json.loads(sys.stdin.buffer.read())
    devnull = os.open(os.devnull, os.O_RDONLY)
    os.dup2(devnull, 0)
    if job.get("uid") is not None:
        become(int(job["uid"]))
    limit(job["limits"])
    here = os.path.dirname(os.path.abspath(__file__))
    sys.path[:0] = [here, *job.get("paths", [])]
    report = os.fdopen(os.dup(1), "w", encoding="utf-8")
    os.dup2(2, 1)
    if isinstance(sys.stdout, io.TextIOWrapper):  # what it printed before a limit killed it still shows
        sys.stdout.reconfigure(line_buffering=True)
    me, nonce = os.getpid(), job["nonce"]

    def emit(event: str, **data: Any) -> None:
        if os.getpid() != me:  # a process the code forked is running harness code: it has no say
            os._exit(0)
        line = {"nonce": nonce, "event": event, **{k: v for k, v in data.items() if v not in (False, "", [])}}
        if "seconds" in line:
            line["seconds"] = round(line["seconds"], 5)
        report.write(json.dumps(line, separators=(",", ":")) + "\n")
        report.flush()

    from harness import Case, run_cases

    base: dict[str, Any] = {"math": math, "__name__": f"drill_{job.get('drill', 'x')}"}
    try:
        import numpy

        base["np"] = numpy
    except ImportError:
        pass
    emit("start", numpy="np" in base)
    cases = [Case(**c) for c in job["cases"]]
    run_cases(
        job["source"],
        cases,
        base,
        on_load=lambda loaded: emit("load", **loaded.as_dict()),
        on_outcome=lambda outcome: emit("test", **outcome.as_dict()),
        catch=BaseException,
    )
    emit("done")
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except Exception:
            pass
    os._exit(0)  # no atexit handlers or finalizers the code may have left behind


if __name__ == "__main__":
    main()
