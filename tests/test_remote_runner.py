"""The remote runner (``CODE_RUNNER_URL``) against a fake Piston on loopback: the real aiohttp client
and the real harness, judged the same way as in the sandbox; a service that is down, too strict
about output, or without NumPy is said in plain words and counts nothing."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import AsyncIterator

import pytest

from bot.adapters.console import ConsoleAdapter
from bot.core.curriculum import CodingPrompt, Curriculum
from bot.core.engine import Coach
from bot.core.flows.judge_view import render_report
from bot.core.judging import RunReport
from bot.runner.choose import choose_runner
from bot.runner.piston_runner import PistonRunner
from tests import solutions as s
from tests.conftest import TEST_LIMITS, onboard, texts
from tests.fakes.piston import FakePiston


@pytest.fixture
async def piston() -> AsyncIterator[FakePiston]:
    fake = FakePiston()
    await fake.start()
    yield fake
    await fake.stop()


async def judge(runner: PistonRunner, cur: Curriculum, drill: str, code: str) -> tuple[RunReport, str]:
    p = cur.prompts[drill]
    assert isinstance(p, CodingPrompt)
    report = await runner.run(p, code)
    return report, render_report(p, report, runner.limits)


async def test_a_right_solution_passes_on_the_remote_runner(piston, curriculum) -> None:
    report, text = await judge(PistonRunner(piston.url, TEST_LIMITS), curriculum, "cd-topk-01", s.TOPK_RIGHT)
    assert report.verdict == "passed" and "(remote runner)" in text
    (sent,) = piston.requests
    files = ["main.py", "harness.py", "wire.py", "wire_codec.py", "wire_values.py"]
    assert [f["name"] for f in sent["files"]] == files and sent["language"] == "python"
    assert sent["run_timeout"] == TEST_LIMITS.wall_seconds * 1000 and "def top_k_accuracy" in sent["stdin"]


async def test_a_wrong_solution_fails_with_its_case_on_the_remote_runner(piston, curriculum) -> None:
    report, text = await judge(PistonRunner(piston.url, TEST_LIMITS), curriculum, "cd-kfold-01", s.KFOLD_WRONG)
    assert report.verdict == "failed" and "expected [4, 3, 3], got [3, 3, 4]" in text


async def test_an_infinite_loop_is_stopped_on_the_remote_runner(piston, curriculum) -> None:
    report, text = await judge(PistonRunner(piston.url, TEST_LIMITS), curriculum, "cd-kfold-01", s.INFINITE_LOOP)
    assert report.verdict == "cpu" and f"used more than {TEST_LIMITS.cpu_seconds} s of CPU time" in text


async def test_pistons_default_output_cap_is_named(piston, curriculum) -> None:
    piston.output_max_size = 1024  # Piston's default: enough for a short passing report, not for fifty tracebacks
    runner = PistonRunner(piston.url, TEST_LIMITS)
    report, _ = await judge(runner, curriculum, "cd-kfold-01", s.KFOLD_RIGHT)
    assert report.verdict == "passed"
    kfold = curriculum.prompts["cd-kfold-01"]
    many = kfold.model_copy(update={"tests": kfold.tests * 10})  # past one read of the pipe, so surely cut
    report = await runner.run(many, s.RAISES_INSIDE)
    text = render_report(many, report, runner.limits)
    assert report.verdict == "unavailable" and not report.counts
    assert "PISTON_OUTPUT_MAX_SIZE=65536" in text


async def test_a_remote_runner_without_numpy_says_so(piston, curriculum) -> None:
    piston.numpy = False
    report, text = await judge(PistonRunner(piston.url, TEST_LIMITS), curriculum, "cd-kfold-01", s.KFOLD_RIGHT)
    assert report.verdict == "unavailable" and "need NumPy" in text


async def test_a_runner_that_is_down_or_refuses_counts_nothing(piston, curriculum) -> None:
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        closed = f"http://127.0.0.1:{sock.getsockname()[1]}"
    report, text = await judge(PistonRunner(closed, TEST_LIMITS), curriculum, "cd-kfold-01", s.KFOLD_RIGHT)
    assert report.verdict == "unavailable" and "couldn't reach the code runner (it didn't answer)" in text
    piston.down = True
    report, text = await judge(PistonRunner(piston.url, TEST_LIMITS), curriculum, "cd-kfold-01", s.KFOLD_RIGHT)
    assert report.verdict == "unavailable" and "it answered 503: service unavailable" in text
    piston.down = False
    other = PistonRunner(piston.url, TEST_LIMITS, language="cobol")
    report, text = await judge(other, curriculum, "cd-kfold-01", s.KFOLD_RIGHT)
    assert "it answered 400: cobol-3.x runtime is unknown" in text


async def test_the_remote_runner_keeps_to_its_concurrency_cap(piston, curriculum) -> None:
    runner = PistonRunner(piston.url, TEST_LIMITS, concurrency=2)
    drill = curriculum.prompts["cd-kfold-01"]
    assert isinstance(drill, CodingPrompt)
    reports = await asyncio.gather(*(runner.run(drill, s.KFOLD_RIGHT) for _ in range(5)))
    assert [r.verdict for r in reports] == ["passed"] * 5
    assert piston.most_in_flight == 2


async def test_a_drill_is_passed_through_the_coach_on_the_remote_runner(
    piston, curriculum, sqlite_store, clock
) -> None:
    runner, why = await choose_runner("auto", piston.url, 2, console=False, limits=TEST_LIMITS)
    assert isinstance(runner, PistonRunner) and piston.url in why
    coach = Coach(curriculum, sqlite_store, runner=runner)
    ada = ConsoleAdapter(coach, clock, user="ada")
    await onboard(ada, answers="yynn")
    await ada.say("/coach practice cd-kfold-01")
    assert "Tests: 4 of 5 passed" in texts(await ada.say(s.KFOLD_WRONG))
    r = await ada.say(s.KFOLD_RIGHT)
    assert r[0].text == "⏳ Running your tests…" and "✅ Passed" in texts(r) and "(remote runner)" in texts(r)
    await ada.say("good")
    assert "✅ Write a k-fold" in texts(await ada.say("/coach check"))
