"""The first code to run in a sandbox: ``python -I -S -B main.py`` with this file as ``main.py``,
``bot/core/harness.py`` beside it as ``harness.py`` and ``bot/runner/wire*.py`` as ``wire*.py``. It
imports nothing from ``bot``.

Two processes, so that the learner's code never runs where the verdict is written. First of all,
before the job is read, this process imports NumPy (from the directories on its command line) and
forks the **learner** process: it lets go of stdin and of the
report (its stdout becomes stderr, every other descriptor but its own pipe pair is closed) and waits
for the solution. Then this process, the **checker**, reads the job from stdin, becomes the
unprivileged user the runner asked for (when the sandbox starts as root), stops being dumpable (no
``ptrace``, no ``/proc/<pid>/mem`` for a process of the same user), sets the resource limits on
itself, keeps a private copy of stdout for the report and points fd 1 at stderr. Only then does it
send the learner process its user id (another one), its limits and the solution. The learner
process runs the solution; the checker runs the tests, with stand-ins for the learner's functions
and classes that call into the learner process over the pipe (``wire``), and writes one JSON line
per event, each with the job's nonce.

When the learner process ends mid-run (``os._exit``, a signal, a CPU limit), the checker ends the
same way, so the runner outside sees what it saw when both were one process.
"""

from __future__ import annotations

import builtins
import io
import json
import math
import os
import resource
import signal
import sys
import time
import types
from typing import Any, NoReturn

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


def no_dumps() -> None:
    """PR_SET_DUMPABLE 0: another process of the same user can't ptrace this one or open its
    ``/proc/<pid>/mem`` or ``/proc/<pid>/fd``."""
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(4, 0, 0, 0, 0)  # PR_SET_DUMPABLE
    except Exception:  # no ctypes (a remote runner's stripped Python): the seccomp filter still refuses ptrace
        pass


def one_cpu() -> None:
    """Stay on the CPU this process runs on, and so does the learner process forked next. A call into
    the learner's code is a ping-pong on the pipe and the two never run at once: waking the other on
    the same CPU makes a round trip three to four times faster than across CPUs (14 against 53 µs
    here), and spends half the CPU time. The scheduler picked a CPU with room when this started."""
    try:
        with open("/proc/self/stat") as f:
            cpu = int(f.read().rsplit(")", 1)[1].split()[36])  # field 39, "processor"
        os.sched_setaffinity(0, {cpu})
    except (OSError, ValueError, IndexError, AttributeError):  # no /proc, or no affinity: just slower
        pass


def start_learner() -> tuple[int, int, int]:
    """Fork the learner process; return its pid and this side's ends of the pipe pair."""
    down_r, down_w = os.pipe()  # checker -> learner
    up_r, up_w = os.pipe()  # learner -> checker
    pid = os.fork()
    if pid == 0:
        code = 0
        try:
            os.close(down_w)
            os.close(up_r)
            learner(down_r, up_w)
        except BaseException:
            code = 1
        finally:
            _flush()
            os._exit(code)
    os.close(down_r)
    os.close(up_w)
    return pid, up_r, down_w


def learner(rfd: int, wfd: int) -> None:
    """The learner process: its own descriptors only, then the solution, then calls until the pipe
    closes."""
    devnull = os.open(os.devnull, os.O_RDONLY)
    os.dup2(devnull, 0)
    os.dup2(2, 1)  # the report's pipe: gone from this process
    _close_fds_but({0, 1, 2, rfd, wfd})
    from wire import Channel, Peer

    chan = Channel(rfd, wfd)
    setup = chan.recv()
    if setup.get("uid") is not None:
        become(int(setup["uid"]))
    limit(setup["limits"])
    sys.path.extend(str(p) for p in setup.get("paths", []))
    if isinstance(sys.stdout, io.TextIOWrapper):
        sys.stdout.reconfigure(line_buffering=True)
    from harness import load_source, trace

    base: dict[str, Any] = {"math": math, "__name__": str(setup["name"])}
    try:
        import numpy

        base["np"] = numpy
    except ImportError:
        pass
    source = str(setup["source"])
    lines = source.splitlines()

    def gone(e: Exception) -> NoReturn:
        _flush()
        os._exit(0)

    peer = Peer(chan, learner_side=True, trace=lambda e: trace(e, lines), on_broken=gone)
    own = set(base)
    loaded = load_source(source, base, BaseException)
    names: dict[str, Any] = {}
    if loaded.ok:
        for name, value in list(base.items()):
            if name in own or name.startswith("__") or isinstance(value, types.ModuleType):
                continue
            try:
                names[name] = peer.encode(value)
            except Exception:  # a value the pipe can't carry: the tests never see that name
                continue
    try:
        chan.send({"loaded": loaded.as_dict(), "names": names})
        while True:
            msg = chan.recv()
            if not isinstance(msg, dict):
                return
            peer.answer(msg)  # its prints are line-buffered, as they were in one process
    except Exception as e:
        gone(e)


def main() -> None:
    """Lines are short (defaults left out): a remote runner may keep as little as 1 KB of them."""
    here = os.path.dirname(os.path.abspath(__file__))
    sys.path[:0] = [here, *sys.argv[1:]]  # where NumPy is, given on the command line: nothing secret
    for var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, "1")  # no BLAS threads: a fork keeps only the thread that forked
    try:  # once, for both processes: the learner process starts with it imported
        import numpy
    except ImportError:
        pass
    import harness  # noqa: F401
    import wire  # noqa: F401

    one_cpu()
    pid, rfd, wfd = start_learner()
    job = json.loads(sys.stdin.buffer.read())
    devnull = os.open(os.devnull, os.O_RDONLY)
    os.dup2(devnull, 0)
    if job.get("uid") is not None:
        become(int(job["uid"]))
    no_dumps()
    limit(job["limits"])
    sys.path[1:1] = job.get("paths", [])
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

    from harness import Case, Loaded, run_cases
    from wire import Channel, ChannelClosed, Peer, ProtocolError

    drill = f"drill_{job.get('drill', 'x')}"
    base: dict[str, Any] = {"math": math, "__name__": drill}
    try:
        import numpy

        base["np"] = numpy
    except ImportError:
        pass
    learner_uid = job.get("learner_uid", job.get("uid"))
    peer = Peer(Channel(rfd, wfd), learner_side=False, on_broken=lambda e: end_like(pid))
    try:
        setup = {"uid": learner_uid, "limits": job["limits"], "paths": job.get("paths", []), "name": drill}
        peer.chan.send({**setup, "source": job["source"]})
    except ChannelClosed:
        end_like(pid)
    emit("start", numpy="np" in base)

    def load(ns: dict[str, Any]) -> Loaded:
        try:
            answer = peer.wait()
            got = answer["loaded"]
            loaded = Loaded(  # what the learner process says of itself, kept to a report line's size
                bool(got["ok"]),
                str(got.get("error", ""))[:2000],
                [str(t)[:300] for t in got.get("trace", [])][:5],
                float(got.get("seconds", 0.0)),
            )
            for name, value in answer.get("names", {}).items():
                # never a builtin's name: the tests' own all(), len() or sorted() stay the real ones
                if isinstance(name, str) and name.isidentifier() and not name.startswith("__"):
                    if name not in ns and not hasattr(builtins, name):
                        ns[name] = peer.decode(value)
        except (ChannelClosed, ProtocolError, KeyError, TypeError, ValueError, AttributeError):
            end_like(pid)
        return loaded

    cases = [Case(**c) for c in job["cases"]]
    run_cases(
        job["source"],
        cases,
        base,
        on_load=lambda loaded: emit("load", **loaded.as_dict()),
        on_outcome=lambda outcome: emit("test", **outcome.as_dict()),
        catch=BaseException,
        load=load,
    )
    emit("done")
    _flush()
    os._exit(0)  # no atexit handlers or finalizers the code may have left behind


def end_like(pid: int) -> NoReturn:
    """The learner process is gone, or broke the pipe: end this process the way it ended, so the
    runner reports an exit, a crash or a CPU limit as it did when the code ran in this process."""
    _flush()
    status = None
    deadline = time.monotonic() + 1.0
    while time.monotonic() < deadline:
        try:
            done, status = os.waitpid(pid, os.WNOHANG)
        except ChildProcessError:
            break
        if done:
            break
        status = None
        time.sleep(0.01)
    if status is not None and os.WIFSIGNALED(status):
        sig = os.WTERMSIG(status)
        signal.signal(sig, signal.SIG_DFL)
        os.kill(os.getpid(), sig)
        time.sleep(1.0)
    os._exit(os.WEXITSTATUS(status) if status is not None and os.WIFEXITED(status) else 1)


def _close_fds_but(keep: set[int]) -> None:
    try:
        fds = [int(n) for n in os.listdir("/proc/self/fd")]
    except OSError:
        fds = list(range(3, 1024))
    for fd in fds:
        if fd not in keep:
            try:
                os.close(fd)
            except OSError:
                pass


def _flush() -> None:
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except Exception:
            pass


if __name__ == "__main__":
    main()
