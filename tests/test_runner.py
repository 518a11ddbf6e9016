"""Learners' code in the real bubblewrap sandbox: right and wrong solutions judged like a judge, and
every escape attempt the issue lists contained and reported in plain words. Where bubblewrap cannot
run these tests skip, saying why; the harness, the report and the flow are tested elsewhere with
whatever runner the machine has."""

from __future__ import annotations

import asyncio
import os
import uuid
from dataclasses import replace
from pathlib import Path

import pytest

from bot.core.curriculum import CodingPrompt, Curriculum
from bot.core.flows.judge_view import render_report
from bot.core.judging import RunReport
from bot.runner.bwrap_runner import BwrapRunner
from bot.runner.local_runner import LocalRunner
from tests import solutions as s
from tests.conftest import TEST_LIMITS

SECRET = "planted-secret-4242"  # a stand-in for a token in the bot's environment


async def judge(runner: BwrapRunner | LocalRunner, cur: Curriculum, drill: str, code: str) -> tuple[RunReport, str]:
    p = cur.prompts[drill]
    assert isinstance(p, CodingPrompt)
    report = await runner.run(p, code)
    return report, render_report(p, report, runner.limits)


def leftovers(before: set[str]) -> list[str]:
    """Harness processes that appeared during this test and are still alive a moment later (another
    process on the machine may be running sandboxes of its own: those were there before, or go)."""
    import time

    deadline = time.monotonic() + 2.0
    while True:
        left = [p for p in sandboxed_processes() if p not in before and _ours_or_orphaned(p)]
        if not left or time.monotonic() > deadline:
            return left
        time.sleep(0.05)


def _ours_or_orphaned(pid: str) -> bool:
    """Started under this test process, or orphaned (a leak escapes its parent): not another test
    suite's sandbox running on the same machine."""
    me = os.getpid()
    seen = 0
    while pid not in ("0", "") and seen < 64:
        try:
            stat = Path(f"/proc/{pid}/stat").read_text()
        except OSError:
            return False
        ppid = stat.rsplit(")", 1)[1].split()[1]
        if int(ppid) == me or (ppid == "1" and seen < 3):  # judge → sandbox init → bwrap → its parent
            return True
        pid, seen = ppid, seen + 1
    return False


def sandboxed_processes() -> list[str]:
    """Processes running the harness, anywhere on this machine."""
    out = []
    for pid in (p for p in os.listdir("/proc") if p.isdigit()):
        try:
            cmd = Path(f"/proc/{pid}/cmdline").read_bytes()
        except OSError:
            continue
        if b"/judge/main.py" in cmd:
            out.append(pid)
    return out


# ---- right and wrong solutions ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "drill, code",
    [("cd-kfold-01", s.KFOLD_RIGHT), ("cd-logsumexp-01", s.LOGSUMEXP_RIGHT), ("cd-topk-01", s.TOPK_RIGHT)],
    ids=["kfold", "logsumexp", "topk"],
)
async def test_a_right_solution_passes_every_test(sandbox, curriculum, drill, code) -> None:
    report, text = await judge(sandbox, curriculum, drill, code)
    assert report.verdict == "passed", text
    assert len(report.cases) == len(curriculum.prompts[drill].tests) == report.total
    assert f"Tests: {report.total} of {report.total} passed" in text and "(sandbox)" in text


@pytest.mark.parametrize(
    "drill, code, failing, check",
    [
        ("cd-kfold-01", s.KFOLD_WRONG, "sizes differ by at most one", "expected [4, 3, 3], got [3, 3, 4]"),
        ("cd-logsumexp-01", s.LOGSUMEXP_NAIVE, "large and very negative", "expected 1000.6931471805599, got inf"),
        ("cd-topk-01", s.TOPK_OPTIMISTIC, "hand example", "expected 0.6666666666666666, got 1.0"),
    ],
    ids=["kfold-sizes", "logsumexp-overflow", "topk-ties"],
)
async def test_a_wrong_solution_shows_the_first_failing_case(sandbox, curriculum, drill, code, failing, check) -> None:
    report, text = await judge(sandbox, curriculum, drill, code)
    assert report.verdict == "failed"
    first = next(c for c in report.cases if not c.passed)
    assert first.name.startswith(failing) and any(check in line for line in first.checks), first
    test = next(t for t in curriculum.prompts[drill].tests if t.name == first.name)
    assert f"*First failure: {first.name}*" in text and test.code.strip().splitlines()[0] in text  # its input
    assert check in text


async def test_a_syntax_error_is_reported_with_its_line(sandbox, curriculum) -> None:
    report, text = await judge(sandbox, curriculum, "cd-kfold-01", s.SYNTAX_ERROR)
    assert report.verdict == "load" and not report.cases
    assert "SyntaxError: expected ':' (line 1" in text and "didn't load, so no test ran" in text


async def test_an_error_points_into_the_learners_code(sandbox, curriculum) -> None:
    report, text = await judge(sandbox, curriculum, "cd-kfold-01", s.RAISES_INSIDE)
    assert report.verdict == "failed"
    assert report.cases[0].trace == ["line 2, in kfold_indices: size = n // (k - k)"]
    assert "ZeroDivisionError" in text and "your code, line 2, in kfold_indices" in text


async def test_a_misnamed_function_is_named(sandbox, curriculum) -> None:
    report, text = await judge(sandbox, curriculum, "cd-kfold-01", "def kfold(n, k):\n    return []\n")
    assert report.verdict == "failed" and "NameError: name 'kfold_indices' is not defined" in text
    assert "Your code must define kfold_indices" in text


async def test_hidden_tests_show_only_their_names(sandbox, curriculum) -> None:
    p = curriculum.prompts["cd-kfold-01"]
    assert isinstance(p, CodingPrompt)
    secret = p.tests[1]
    hidden = p.model_copy(update={"tests": [t.model_copy(update={"hidden": t is secret}) for t in p.tests]})
    report = await sandbox.run(hidden, s.KFOLD_WRONG)
    text = render_report(hidden, report, sandbox.limits)
    assert f"❌ hidden test: {secret.name}" in text and "failing tests are hidden" in text
    assert secret.code.strip().splitlines()[1] not in text and "[3, 3, 4]" not in text


# ---- runaway code ----------------------------------------------------------------------------------


async def test_an_infinite_loop_is_stopped_at_the_cpu_limit(sandbox, curriculum) -> None:
    before = set(sandboxed_processes())
    report, text = await judge(sandbox, curriculum, "cd-kfold-01", s.INFINITE_LOOP)
    assert report.verdict == "cpu"
    assert f"used more than {TEST_LIMITS.cpu_seconds} s of CPU time" in text
    assert "⛔ test folds partition the indices" in text and "— stopped here" in text
    assert not leftovers(before)


async def test_a_stopped_run_says_how_long_it_ran_and_keeps_what_it_printed(sandbox, curriculum) -> None:
    # a learner debugging a slow solution prints before the loop: the print must survive the kill, and
    # "ran in 4 ms" beside "more than 2 s of CPU time" would contradict itself
    code = s.INFINITE_LOOP.replace("    while True:", "    print('got here', n, k)\n    while True:")
    report, text = await judge(sandbox, curriculum, "cd-kfold-01", code)
    assert report.verdict == "cpu"
    assert report.seconds >= TEST_LIMITS.cpu_seconds
    assert "got here" in report.output and "got here" in text


async def test_code_that_waits_forever_is_stopped_at_the_wall_time_limit(sandbox, curriculum) -> None:
    before = set(sandboxed_processes())
    report, text = await judge(sandbox, curriculum, "cd-kfold-01", s.SLEEPS_FOREVER)
    assert report.verdict == "timeout"
    assert f"still running after {TEST_LIMITS.wall_seconds:g} s" in text
    assert not leftovers(before)


async def test_a_memory_bomb_runs_out_of_memory_inside(sandbox, curriculum) -> None:
    # filling 512 MB page by page, once per test case, takes CPU time that a busy machine stretches:
    # this test is about memory, so the CPU limit is not the one it should meet first
    roomy = BwrapRunner(replace(TEST_LIMITS, cpu_seconds=10, wall_seconds=30.0), concurrency=4)
    report, text = await judge(roomy, curriculum, "cd-kfold-01", s.MEMORY_BOMB)
    assert report.verdict == "failed"
    assert all(c.error == "MemoryError" for c in report.cases)
    assert f"your code ran out of memory (the limit is {TEST_LIMITS.memory_mb} MB)" in text


async def test_a_fork_bomb_hits_the_process_limit(sandbox, curriculum) -> None:
    before = set(sandboxed_processes())
    report, text = await judge(sandbox, curriculum, "cd-kfold-01", s.FORK_BOMB)
    assert report.verdict == "failed"
    assert report.cases[0].error.startswith("BlockingIOError: [Errno 11] Resource temporarily unavailable")
    assert "your code, line 6, in kfold_indices: os.fork()" in text
    assert not leftovers(before)  # its children went with the sandbox


async def test_printing_100_mb_is_cut_off(sandbox, curriculum) -> None:
    report, text = await judge(sandbox, curriculum, "cd-kfold-01", s.PRINTS_100MB)
    assert report.verdict == "output"
    assert f"printed more than {TEST_LIMITS.output_kb} KB, so I stopped it" in text
    assert len(text) < 4000 and "(cut)" in text


# ---- escape attempts -------------------------------------------------------------------------------


async def test_no_network_not_even_the_hosts_loopback(sandbox, curriculum) -> None:
    connections: list[object] = []

    async def on_connect(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        connections.append(writer.get_extra_info("peername"))
        writer.close()

    server = await asyncio.start_server(on_connect, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    try:
        report, _ = await judge(sandbox, curriculum, "cd-kfold-01", s.NETWORK.format(port=port))
    finally:
        server.close()
        await server.wait_closed()
    assert connections == []
    assert "1.1.1.1 OSError; 127.0.0.1 ConnectionRefusedError" in report.output
    assert "connected" not in report.output and report.verdict == "failed"


async def test_the_bots_database_environment_and_host_files_are_out_of_sight(
    sandbox, curriculum, tmp_path, monkeypatch
) -> None:
    db = tmp_path / "prepdrip.db"
    db.write_text(f"learners and tokens: {SECRET}")
    monkeypatch.setenv("SLACK_BOT_TOKEN", SECRET)
    monkeypatch.setenv("DATABASE_URL", f"sqlite+aiosqlite:///{db}")
    paths = [str(db), "/etc/passwd", "/etc/shadow", "/etc/hostname", str(Path.home() / ".bashrc")]
    code = s.READ_HOST.format(paths=paths)
    report, text = await judge(sandbox, curriculum, "cd-kfold-01", code)
    assert SECRET not in report.output and SECRET not in text
    for path in paths:
        assert f"{path}: FileNotFoundError" in report.output  # not even there
    assert "root:" not in report.output
    assert "'OPENBLAS_NUM_THREADS': '1'" in report.output and "SLACK" not in report.output
    # the same code run without the sandbox does read them: the probe above can tell
    local, _ = await judge(LocalRunner(TEST_LIMITS), curriculum, "cd-kfold-01", code)
    assert f"{db}: READ" in local.output and "/etc/passwd: READ" in local.output


async def test_writes_outside_the_private_tmp_go_nowhere(sandbox, curriculum, tmp_path) -> None:
    host_tmp = Path("/tmp") / f"prepdrip-escape-{uuid.uuid4().hex}"
    data_dir = tmp_path / "escaped.txt"
    report, _ = await judge(
        sandbox, curriculum, "cd-kfold-01", s.WRITE_OUTSIDE.format(paths=[str(host_tmp), str(data_dir)])
    )
    assert not host_tmp.exists() and not data_dir.exists()
    assert f"{host_tmp}: WROTE" in report.output  # into the sandbox's own /tmp, gone with it
    assert f"{data_dir}: FileNotFoundError" in report.output
    for path in ("/usr/prepdrip-was-here", "/prepdrip-was-here", "/judge/main.py", "/dev/shm/x", "/dev/x"):
        assert f"{path}: OSError" in report.output or f"{path}: PermissionError" in report.output
    assert not any(map(os.path.exists, ("/usr/prepdrip-was-here", "/prepdrip-was-here")))


async def test_new_namespaces_are_refused(sandbox, curriculum) -> None:
    report, _ = await judge(sandbox, curriculum, "cd-kfold-01", s.NEW_NAMESPACE)
    assert "unshare user, errno, unshare net, errno: [-1, 1, -1, 1]" in report.output  # EPERM, twice


async def test_printing_a_fake_report_does_not_pass(sandbox, curriculum) -> None:
    report, _ = await judge(sandbox, curriculum, "cd-kfold-01", s.FORGES_REPORT)
    assert report.verdict == "failed" and not report.cases[0].passed
    assert '"event": "done"' in report.output  # shown as what it is: printed output


# ---- without root ----------------------------------------------------------------------------------

AS_A_USER = """
import asyncio, os
from bot.core.curriculum import default_content_dir, load_curriculum
from bot.runner.bwrap_runner import BwrapRunner
from tests import solutions as s
from tests.conftest import TEST_LIMITS

async def main():
    runner = BwrapRunner(TEST_LIMITS)
    assert not runner.as_root and os.getuid() == 60001
    problem = await runner.probe()
    if problem:
        print("PROBLEM", problem)
        return
    drill = load_curriculum([default_content_dir()]).prompts["cd-kfold-01"]
    for name in ("KFOLD_RIGHT", "FORK_BOMB"):
        report = await runner.run(drill, getattr(s, name))
        print(name, report.verdict, report.cases[0].error)
    report = await runner.run(drill, s.READ_HOST.format(paths=["/etc/passwd"]))
    print(*[line for line in report.output.splitlines() if "environ" in line][:3], sep="\\n")
    report = await runner.run(drill, s.WRITE_OUTSIDE.format(paths=[]))
    print(*[line for line in report.output.splitlines() if "WROTE" in line][:3], sep="\\n")
    report = await runner.run(drill, s.REACH_CHECKER)
    print("REACH", report.verdict, report.output.splitlines()[0])
    for name in ("FORGE_EMIT", "FORGE_REPORT", "FORGE_PATCH", "FORGE_FDS"):
        report = await runner.run(drill, getattr(s, name))
        print(name, report.verdict, sum(c.passed for c in report.cases))

asyncio.run(main())
"""


def test_the_sandbox_as_an_unprivileged_user_in_a_user_namespace(tmp_path: Path) -> None:
    """The usual deployment (the bot not root): bwrap makes a user namespace, in which the process
    limit counts the sandbox's own processes. Run here as uid 60001 with the system's Python when
    it is the same version as ours (the venv's packages then load in it)."""
    import shutil
    import subprocess
    import sys

    system_python = f"/usr/bin/python{sys.version_info.major}.{sys.version_info.minor}"
    if os.geteuid() != 0 or not shutil.which("setpriv") or not os.path.exists(system_python):
        pytest.skip("needs root, setpriv and a system Python of this version to become another user")
    root = Path(__file__).resolve().parents[1]
    site = next(p for p in sys.path if p.endswith("site-packages") and p.startswith(sys.prefix))
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "PYTHONPATH": f"{root}:{site}", "SECRET": SECRET}
    tmp_path.chmod(0o777)
    r = subprocess.run(
        ["setpriv", "--reuid", "60001", "--regid", "60001", "--clear-groups", system_python, "-c", AS_A_USER],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    if "PROBLEM" in r.stdout or r.returncode != 0:
        pytest.skip(f"bubblewrap cannot run as an unprivileged user here: {r.stdout}{r.stderr[-300:]}")
    assert "KFOLD_RIGHT passed" in r.stdout
    assert "FORK_BOMB failed BlockingIOError: [Errno 11]" in r.stdout
    assert SECRET not in r.stdout and "'PATH': '/usr/bin:/bin'" in r.stdout
    assert "/proc/1/environ: PATH=/usr/bin:/bin" in r.stdout  # bwrap itself was started without the bot's
    assert "WROTE" not in r.stdout  # in a user namespace the sandbox owns /, /dev and /dev/shm: read-only all the same
    # one user id for the checker and the learner process here: not dumpable and the seccomp filter keep them apart
    assert (
        "REACH failed fd: PermissionError; mem: PermissionError; environ: PermissionError; ptrace: -1 errno 1"
        in r.stdout
    )
    assert "process_vm_readv: -1 errno 1" in r.stdout
    for name in ("FORGE_EMIT", "FORGE_REPORT", "FORGE_PATCH"):
        assert f"{name} failed 0" in r.stdout
    assert "FORGE_FDS failed 0" in r.stdout or "FORGE_FDS crashed 0" in r.stdout
