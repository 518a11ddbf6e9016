"""Running a learner's drill code: the port (``CodeRunner``), the limits a run gets, and the judge's
report read back from the harness. Runners live in ``bot/runner`` (a bubblewrap sandbox, a remote
Piston service, a local process for the console) and all speak the same protocol with the harness:

- in: one JSON job on stdin (the code, the tests, the limits, a nonce);
- out: JSON lines on stdout, each carrying the nonce (``start``, ``load``, one ``test`` per test,
  ``done``); whatever the code prints goes to stderr, so printing cannot fake a line.

``read_report`` turns those lines, the printed output and how the process ended into a
``RunReport``, in plain words. The learner's code runs in a process of its own, which has neither
the report's pipe nor the nonce (``bot/runner/judge_main.py``): it can print, crash or tamper with
everything in its process, and the lines still say what the tests found.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

from bot.core.curriculum import CodingPrompt
from bot.core.harness import Outcome

Verdict = Literal[
    "passed",  # every test ran and passed
    "failed",  # ran, some test failed
    "load",  # the code did not load: syntax error, or an error at module level
    "timeout",  # wall time ran out
    "cpu",  # CPU time ran out
    "output",  # printed more than the cap
    "crashed",  # the process died (a signal, exit() at module level, a broken harness)
    "unavailable",  # the runner could not run it at all (service down, NumPy missing)
]


@dataclass(frozen=True)
class Limits:
    cpu_seconds: int = 5
    wall_seconds: float = 10.0
    memory_mb: int = 512  # address space
    processes: int = 4  # threads count too; with the address-space limit, at most 4 × 512 MB per run
    file_mb: int = 8  # largest file the code may write
    output_kb: int = 64  # what the code may print
    tmp_mb: int = 16  # the sandbox's private /tmp


@dataclass(frozen=True)
class RunJob:
    """A submission to run once the message that carried it is committed."""

    prompt_id: str
    code: str
    run: int  # which submission of this drill it is, so a late result never lands on a newer one


@dataclass(frozen=True)
class RunReport:
    verdict: Verdict
    total: int  # tests in the drill
    cases: tuple[Outcome, ...] = ()  # the tests that ran, in order
    load_error: str = ""
    load_trace: tuple[str, ...] = ()
    seconds: float = 0.0  # the code's own run time: loading it plus the tests
    output: str = ""  # what it printed, cut
    note: str = ""  # plain words for a limit or a failure to run
    stopped_in: str | None = None  # the test that was running when the run was stopped
    runner: str = ""

    @property
    def passed(self) -> bool:
        return self.verdict == "passed"

    @property
    def counts(self) -> bool:
        """Whether this run says anything about the code (a runner outage does not)."""
        return self.verdict != "unavailable"


class CodeRunner(Protocol):
    """Runs a learner's code against a drill's tests, somewhere it cannot hurt anyone."""

    label: str  # how the report names it: "sandbox", "remote runner", "local run"
    limits: Limits

    def waiting(self) -> int:
        """How many runs a submission made now would wait for (for "2 runs ahead of you")."""
        ...

    async def run(self, drill: CodingPrompt, code: str) -> RunReport: ...


def new_nonce() -> str:
    return secrets.token_hex(16)


def job_payload(
    drill: CodingPrompt,
    code: str,
    nonce: str,
    limits: Limits,
    *,
    paths: Iterable[str] = (),
    uid: int | None = None,
    learner_uid: int | None = None,
    nproc: int | None = None,
) -> bytes:
    """The harness's stdin. ``paths`` go on ``sys.path`` (where NumPy is); ``uid`` is the
    unprivileged user the harness becomes first when the sandbox starts as root, ``learner_uid`` the
    one its learner process becomes (the same as ``uid`` when not given); ``nproc`` overrides
    the process limit where it counts more than the sandbox's own processes."""
    job: dict[str, Any] = {
        "nonce": nonce,
        "drill": drill.id,
        "source": code,
        "cases": [{"name": t.name, "code": t.code, "edge": t.edge, "hidden": t.hidden} for t in drill.tests],
        "paths": list(paths),
        "limits": {
            "cpu_seconds": limits.cpu_seconds,
            "memory_mb": limits.memory_mb,
            "processes": nproc if nproc is not None else limits.processes,
            "file_mb": limits.file_mb,
        },
        "uid": uid,
    }
    if learner_uid is not None:
        job["learner_uid"] = learner_uid
    return json.dumps(job).encode()


@dataclass
class Ending:
    """How the process ended, as the runner saw it from outside."""

    returncode: int | None
    timed_out: bool = False
    output_exceeded: bool = False
    wall_seconds: float = 0.0
    signal_name: str | None = None  # for runners that report a signal by name (Piston)


@dataclass
class _Events:
    started: bool = False
    numpy: bool = True
    loaded: dict[str, Any] | None = None
    tests: list[dict[str, Any]] = field(default_factory=list)
    done: bool = False


SIGNALS = {9: "SIGKILL", 11: "SIGSEGV", 24: "SIGXCPU", 25: "SIGXFSZ", 6: "SIGABRT", 7: "SIGBUS"}


def read_report(
    drill: CodingPrompt, lines: Iterable[str], nonce: str, printed: str, end: Ending, limits: Limits, runner: str
) -> RunReport:
    ev = _parse(lines, nonce)
    cases = tuple(_outcome(t) for t in ev.tests)
    total = len(drill.tests)
    seconds = (ev.loaded or {}).get("seconds", 0.0) + sum(c.seconds for c in cases)
    if not ev.done:  # stopped mid-test: the finished tests' times leave out the one that ran long
        seconds = max(seconds, end.wall_seconds)
    output = _cut_output(printed)
    common: dict[str, Any] = {"total": total, "cases": cases, "seconds": seconds, "output": output, "runner": runner}
    running = drill.tests[len(cases)].name if ev.loaded and ev.loaded.get("ok") and len(cases) < total else None
    where = f" in the test “{running}”" if running else ""
    sig = end.signal_name
    if sig is None and end.returncode is not None and end.returncode < 0:
        sig = SIGNALS.get(-end.returncode, f"signal {-end.returncode}")
    if end.output_exceeded:
        note = f"Your code printed more than {limits.output_kb} KB, so I stopped it{where}. Drop the debugging prints."
        return RunReport("output", note=note, stopped_in=running, **common)
    if end.timed_out:
        note = (
            f"Your code was still running after {limits.wall_seconds:g} s{where}, so I stopped it: an infinite "
            "loop, a wait that never ends, or far too slow."
        )
        return RunReport("timeout", note=note, stopped_in=running, **common)
    if sig == "SIGXCPU" and not ev.done:
        note = f"Your code used more than {limits.cpu_seconds} s of CPU time{where}, so it was stopped: too slow?"
        return RunReport("cpu", note=note, stopped_in=running, **common)
    if ev.started and not ev.numpy and "np." in " ".join(t.code for t in drill.tests):
        note = "This drill's tests need NumPy, and the code runner has none. Ask the operator to install it."
        return RunReport("unavailable", note=note, **common)
    if ev.loaded is not None and not ev.loaded.get("ok"):
        return RunReport(
            "load",
            load_error=str(ev.loaded.get("error", "")),
            load_trace=tuple(ev.loaded.get("trace", [])),
            note="Your code didn't load, so no test ran.",
            **common,
        )
    if not ev.done:
        if sig == "SIGXFSZ":
            note = f"Your code wrote a file larger than {limits.file_mb} MB{where}, so it was stopped."
        elif sig == "SIGKILL":
            note = f"Your code was killed{where}: it went over the CPU or memory limit."
        elif sig:
            note = f"Your code crashed{where} ({sig})."
        elif not ev.started:
            note = "The sandbox didn't start, so nothing ran. This is on my side; try again in a minute."
            return RunReport("unavailable", note=note, **common)
        else:
            note = f"Your code ended the process{where} (exit status {end.returncode}) before the tests finished."
        return RunReport("crashed", note=note, stopped_in=running, **common)
    verdict: Verdict = "passed" if len(cases) == total and all(c.passed for c in cases) else "failed"
    return RunReport(verdict, **common)


def finished(lines: Iterable[str], nonce: str) -> bool:
    """Whether the harness got to its end."""
    return _parse(lines, nonce).done


def _parse(lines: Iterable[str], nonce: str) -> _Events:
    ev = _Events()
    for line in lines:
        try:
            item = json.loads(line)
        except ValueError:
            continue
        if not isinstance(item, dict) or item.get("nonce") != nonce:
            continue  # not the harness speaking
        kind = item.get("event")
        if kind == "start":
            ev.started, ev.numpy = True, bool(item.get("numpy"))
        elif kind == "load" and ev.loaded is None:
            ev.loaded = item
        elif kind == "test" and ev.loaded is not None:
            ev.tests.append(item)
        elif kind == "done":
            ev.done = True
    return ev


def _outcome(t: dict[str, Any]) -> Outcome:
    return Outcome(
        name=str(t.get("name", "")),
        passed=bool(t.get("passed")),
        edge=bool(t.get("edge")),
        hidden=bool(t.get("hidden")),
        error=str(t.get("error", "")),
        checks=[str(c) for c in t.get("checks", [])][:3],
        trace=[str(c) for c in t.get("trace", [])][:3],
        seconds=float(t.get("seconds", 0.0)),
    )


OUTPUT_SHOWN = 1500


def _cut_output(printed: str) -> str:
    if len(printed) <= OUTPUT_SHOWN:
        return printed
    return printed[:OUTPUT_SHOWN] + f"\n… ({len(printed) - OUTPUT_SHOWN:,} more characters)"
