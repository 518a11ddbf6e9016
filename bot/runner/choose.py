"""Which runner this process gets, decided once at start-up.

``CODE_RUNNER=auto`` (the default): a remote Piston-compatible service when ``CODE_RUNNER_URL`` is
set, else a bubblewrap sandbox when one starts on this machine, else, in the console only, a local
run with resource limits. On a platform, code never runs unsandboxed: with neither a sandbox nor a
remote runner, drills are self-checked. ``sandbox``, ``remote``, ``local`` and ``off`` force one.
"""

from __future__ import annotations

import logging

from bot.core.judging import CodeRunner, Limits

log = logging.getLogger(__name__)

CHOICES = ("auto", "sandbox", "remote", "local", "off")


async def choose_runner(
    mode: str,
    url: str | None,
    concurrency: int,
    *,
    console: bool,
    limits: Limits | None = None,
    bwrap: str = "bwrap",
) -> tuple[CodeRunner | None, str]:
    """The runner and one line saying what was chosen and why (for the log and ``prepdrip runner``)."""
    limits = limits or Limits()
    mode = mode.lower()
    if mode not in CHOICES:
        return None, f"CODE_RUNNER={mode!r} is not one of {', '.join(CHOICES)}: drills are self-checked"
    if mode == "off":
        return None, "CODE_RUNNER=off: drills are self-checked"
    if mode == "remote" or (mode == "auto" and url):
        if not url:
            return None, "CODE_RUNNER=remote needs CODE_RUNNER_URL: drills are self-checked"
        from bot.runner.piston_runner import PistonRunner

        return PistonRunner(url, limits, concurrency), f"drills run on the remote runner at {url}"
    why = ""
    if mode in ("auto", "sandbox"):
        from bot.runner.bwrap_runner import BwrapRunner

        sandbox = BwrapRunner(limits, concurrency, bwrap=bwrap)
        problem = await sandbox.probe()
        if problem is None:
            how = "as root, one user id per slot" if sandbox.as_root else "in a user namespace"
            return sandbox, f"drills run in a bubblewrap sandbox ({how}, {concurrency} at a time)"
        why = f" ({problem})"
        log.warning("the bubblewrap sandbox is unavailable: %s", problem)
    if console and mode in ("auto", "local"):
        from bot.runner.local_runner import LocalRunner

        return LocalRunner(limits, concurrency), f"drills run locally with resource limits{why}"
    if mode == "local":
        return None, "CODE_RUNNER=local is for the console only: drills are self-checked"
    return None, f"no sandbox{why} and no CODE_RUNNER_URL: drills are self-checked"
