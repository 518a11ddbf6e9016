"""The default runner: each submission in a fresh bubblewrap sandbox (Debian's ``bubblewrap``).

What the code sees: ``/usr`` and the Python runtime read-only, NumPy under ``/judge/site``, the
harness under ``/judge``, a private ``/tmp`` of a few MB, its own ``/proc`` and a minimal ``/dev``.
Nothing else of the host: not the bot's data directory or database, not ``/etc``, not ``/home``.
Its own network namespace (only a loopback of its own), PID, IPC and UTS namespaces, a new session
(no terminal to push keystrokes into), no environment beyond a short fixed one, a seccomp filter,
``--die-with-parent``. Before the code exists in the process the harness sets its limits: CPU
seconds, address space, processes, file size; the runner kills the whole sandbox at the wall-time
limit or when the output overflows.

Two ways in, because RLIMIT_NPROC is not enforced for root: run as root (a container, say), bwrap
is privileged and the harness's first act is to become user ids of its own per slot (the checker
``uid_base + 2 * slot``, the learner process the next one), which nothing else on the host uses;
run as anyone else, bwrap makes a user namespace (the kernel must allow unprivileged ones) in which
the limit counts the sandbox's own processes only.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import shutil
from collections.abc import Iterable
from pathlib import Path

from bot.core.curriculum import CodingPrompt
from bot.core.judging import Limits, RunReport, job_payload, new_nonce, read_report
from bot.runner.base import SlotRunner
from bot.runner.process import harness_files, run_harness
from bot.runner.runtime import Runtime, find_runtime, minimal_env
from bot.runner.seccomp import seccomp_program

log = logging.getLogger(__name__)

SITE = "/judge/site"
UID_BASE = 1_990_000_000  # far above any login or container id range; one per slot when run as root


class BwrapRunner(SlotRunner):
    label = "sandbox"

    def __init__(
        self,
        limits: Limits | None = None,
        concurrency: int = 4,
        *,
        bwrap: str = "bwrap",
        runtime: Runtime | None = None,
        uid_base: int = UID_BASE,
    ) -> None:
        super().__init__(limits or Limits(), concurrency)
        self.bwrap = shutil.which(bwrap) or bwrap
        self.runtime = runtime or find_runtime()
        self.as_root = os.geteuid() == 0
        self.uid_base = uid_base
        self.seccomp = seccomp_program()
        self.files = harness_files()

    def argv(self, command: list[str]) -> list[str]:
        """The bwrap command line, up to and including ``command``."""
        a = [self.bwrap, "--unshare-ipc", "--unshare-pid", "--unshare-net", "--unshare-uts", "--unshare-cgroup-try"]
        a += ["--die-with-parent", "--new-session"]
        if self.as_root:  # privileged bwrap, no user namespace; the harness drops to its slot's uid
            a += ["--cap-add", "CAP_SETUID", "--cap-add", "CAP_SETGID"]
        else:
            a += ["--unshare-user", "--disable-userns"]
        a += ["--ro-bind", "/usr", "/usr"]
        for top in ("bin", "sbin", "lib", "lib32", "lib64", "libx32"):
            path = Path("/") / top
            if path.is_symlink():
                a += ["--symlink", os.readlink(path), str(path)]
            elif path.is_dir():
                a += ["--ro-bind", str(path), str(path)]
        rt = self.runtime
        binds = [(path, path) for path in (rt.prefix, str(Path(rt.python).parent)) if not _under(path, "/usr")]
        binds += [(path, f"{SITE}/{Path(path).name}") for path in rt.numpy]
        binds += [(str(src), f"/judge/{name}") for src, name in self.files]
        for parent in _parents(dest for _, dest in binds):  # bwrap would make them 0700: unreadable once root is gone
            a += ["--perms", "0755", "--dir", parent]
        for src, dest in binds:
            a += ["--ro-bind", src, dest]
        a += ["--proc", "/proc", "--dev", "/dev"]
        a += ["--size", str(self.limits.tmp_mb * 1024 * 1024), "--perms", "1777", "--tmpfs", "/tmp"]
        # read-only: the root and /dev are tmpfs mounts bwrap sizes at half the RAM; only /tmp is writable
        a += ["--remount-ro", "/", "--remount-ro", "/dev", "--chdir", "/tmp", "--clearenv"]
        for k, v in minimal_env().items():
            a += ["--setenv", k, v]
        return [*a, "--", *command]

    def python(self) -> list[str]:
        return [self.runtime.python, "-I", "-S", "-B"]

    async def run_in_slot(self, drill: CodingPrompt, code: str, slot: int) -> RunReport:
        nonce = new_nonce()
        # as root, two user ids per slot: the checker's, and the learner process's (which can't signal it)
        uid = self.uid_base + 2 * slot if self.as_root else None
        learner_uid = uid + 1 if uid is not None else None
        job = job_payload(drill, code, nonce, self.limits, paths=[SITE], uid=uid, learner_uid=learner_uid)
        with self._seccomp_fd() as fds:
            argv = self.argv([*self.python(), "/judge/main.py", SITE])
            if fds:
                argv[1:1] = ["--seccomp", str(fds[0])]
            done = await run_harness(
                argv,
                job,
                wall_seconds=self.limits.wall_seconds,
                output_bytes=self.limits.output_kb * 1024,
                env=minimal_env(),
                pass_fds=fds,
            )
        if done.end.returncode is not None and done.end.returncode > 128:
            done.end.returncode = 128 - done.end.returncode  # bwrap reports a signal as 128 + its number
        return read_report(drill, done.report, nonce, done.printed, done.end, self.limits, self.label)

    @contextlib.contextmanager
    def _seccomp_fd(self):  # type: ignore[no-untyped-def]
        """A pipe holding the filter, read by bwrap at start-up."""
        if self.seccomp is None:
            yield []
            return
        r, w = os.pipe()
        try:
            os.write(w, self.seccomp)
            os.close(w)
            w = -1
            yield [r]
        finally:
            os.close(r)
            if w >= 0:
                os.close(w)

    async def probe(self) -> str | None:
        """Why this machine cannot run the sandbox, in one line; None when it can (NumPy included)."""
        if shutil.which(self.bwrap) is None:
            return "bubblewrap is not installed (Debian: apt-get install bubblewrap)"
        check = f"import sys; sys.path.insert(0, {SITE!r}); import numpy"
        drop = f"import os; os.setgroups([]); os.setresgid({self.uid_base}, {self.uid_base}, {self.uid_base}); "
        drop += f"os.setresuid({self.uid_base}, {self.uid_base}, {self.uid_base}); "
        argv = self.argv([*self.python(), "-c", (drop if self.as_root else "") + check])
        try:
            proc = await asyncio.create_subprocess_exec(
                *argv,
                stdin=asyncio.subprocess.DEVNULL,
                stdout=asyncio.subprocess.DEVNULL,
                stderr=asyncio.subprocess.PIPE,
                env=minimal_env(),
            )
            _, err = await asyncio.wait_for(proc.communicate(), 30)
        except (OSError, TimeoutError) as e:
            return f"bubblewrap could not start: {e}"
        if proc.returncode != 0:
            last = err.decode("utf-8", "replace").strip().splitlines()
            return f"bubblewrap failed: {last[-1] if last else f'exit status {proc.returncode}'}"
        return None


def _parents(paths: Iterable[str]) -> list[str]:
    """Every ancestor directory of ``paths`` below ``/`` that is not under ``/usr``, parents first."""
    out: set[str] = set()
    for path in paths:
        for parent in Path(path).parents:
            if str(parent) != "/" and not _under(str(parent), "/usr"):
                out.add(str(parent))
    return sorted(out, key=lambda p: (p.count("/"), p))


def _under(path: str, root: str) -> bool:
    return path == root or path.startswith(root.rstrip("/") + "/")
