"""Runs as the coach schedules them: off the event loop and outside any transaction, so the bot keeps
serving everyone else; one run at a time per learner; a global cap whose queue says so; the
"running your tests…" reply first; a run lost to a restart can be sent again."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable

import pytest

from bot.adapters.console import ConsoleAdapter
from bot.core.curriculum import Curriculum
from bot.core.engine import Coach
from bot.core.judging import CodeRunner
from bot.core.messages import Inbound, Reply
from bot.runner.bwrap_runner import BwrapRunner
from bot.runner.choose import choose_runner
from bot.runner.local_runner import LocalRunner
from bot.store.uow import SqlStore
from tests import solutions as s
from tests.conftest import TEST_LIMITS, onboard, texts

DRILL = "/coach practice cd-kfold-01"


async def until(check: Callable[[], object], within: float = 10.0) -> None:
    deadline = time.monotonic() + within
    while not check():
        assert time.monotonic() < deadline, "timed out"
        await asyncio.sleep(0.02)


async def in_drill(coach: Coach, clock, name: str) -> ConsoleAdapter:  # type: ignore[no-untyped-def]
    c = ConsoleAdapter(coach, clock, user=name)
    await onboard(c, answers="yynn")
    await c.say(DRILL)
    return c


async def stage(store: SqlStore, who: ConsoleAdapter) -> str | None:
    async with store() as uow:
        learner = await uow.get_learner(who.ref)
    assert learner is not None
    pending = learner.state.get("pending") or {}
    return pending.get("stage")


async def running(store: SqlStore, who: ConsoleAdapter) -> None:
    """Until the learner's submission is committed as running (its run has started or queued)."""
    deadline = time.monotonic() + 10
    while await stage(store, who) != "running":
        assert time.monotonic() < deadline, "the run never started"
        await asyncio.sleep(0.02)


async def test_the_bot_serves_others_while_a_run_goes_on(coach, clock, sqlite_store) -> None:
    ada, bob = await in_drill(coach, clock, "ada"), ConsoleAdapter(coach, clock, user="bob")
    loop = asyncio.create_task(ada.say(s.INFINITE_LOOP))  # two seconds of CPU before it is stopped
    await running(sqlite_store, ada)
    help_reply = await bob.say("/coach help")
    assert "PrepDrip commands" in texts(help_reply)
    assert not loop.done()  # bob was answered while ada's code was still running
    assert f"used more than {TEST_LIMITS.cpu_seconds} s of CPU time" in texts(await loop)


async def test_one_run_at_a_time_per_learner(coach, clock, sqlite_store) -> None:
    ada = await in_drill(coach, clock, "ada")
    first = asyncio.create_task(ada.say(s.INFINITE_LOOP))
    await running(sqlite_store, ada)
    r = await ada.say(s.KFOLD_RIGHT)
    assert "Still running your last submission" in texts(r) and "Tests:" not in texts(r)
    assert "CPU time" in texts(await first)
    assert await stage(sqlite_store, ada) == "fix"
    assert "Tests: 5 of 5 passed" in texts(await ada.say(s.KFOLD_RIGHT))


async def test_the_global_cap_queues_runs_and_says_so(
    curriculum: Curriculum, sqlite_store, clock, sandbox_problem
) -> None:
    one: CodeRunner = BwrapRunner(TEST_LIMITS, 1) if sandbox_problem is None else LocalRunner(TEST_LIMITS, 1)
    coach = Coach(curriculum, sqlite_store, runner=one)
    ada, bob = await in_drill(coach, clock, "ada"), await in_drill(coach, clock, "bob")
    first = asyncio.create_task(ada.say(s.INFINITE_LOOP))
    await until(lambda: one.waiting() == 1)  # ada's run holds the only slot
    second = asyncio.create_task(bob.say(s.KFOLD_RIGHT))
    replies = await second
    assert first.done()  # bob's run waited for ada's
    assert replies[0].text == "⏳ Running your tests (1 run ahead of you)…"
    assert "Tests: 5 of 5 passed" in texts(replies)


async def test_an_adapter_can_show_running_first_and_the_report_after(coach, clock) -> None:
    ada = await in_drill(coach, clock, "ada")
    shown: list[list[Reply]] = []

    async def notify(replies: list[Reply]) -> None:
        shown.append(replies)

    msg = Inbound(ada.ref, s.KFOLD_WRONG, display_name="ada")
    later = await coach.handle(msg, clock.now(), notify=notify)
    assert [[r.text for r in replies] for replies in shown] == [["⏳ Running your tests…"]]
    assert "Tests: 4 of 5 passed" in texts(later) and "Running your tests" not in texts(later)


async def test_a_run_lost_to_a_restart_can_be_sent_again(coach, clock, sqlite_store) -> None:
    ada = await in_drill(coach, clock, "ada")
    async with sqlite_store() as uow:  # as a process killed mid-run leaves it
        learner = await uow.get_learner(ada.ref)
        assert learner is not None
        learner.state["pending"].update(stage="running", runs=1, run_started_at=clock.now().isoformat())
        await uow.save_learner(learner)
        await uow.commit()
    assert "Still running" in texts(await ada.say(s.KFOLD_RIGHT))
    clock.advance(minutes=4)
    r = await ada.say(s.KFOLD_RIGHT)
    assert "Tests: 5 of 5 passed" in texts(r) and "on submission 2" in texts(r)


async def test_skipping_during_a_run_drops_its_result(coach, clock, sqlite_store) -> None:
    ada = await in_drill(coach, clock, "ada")
    run = asyncio.create_task(ada.say(s.SLEEPS_FOREVER))
    await running(sqlite_store, ada)
    assert "Skipped `cd-kfold-01`" in texts(await ada.say("/coach skip"))
    replies = await run
    assert [r.text for r in replies] == ["⏳ Running your tests…"]  # the report had nowhere to go
    assert await stage(sqlite_store, ada) != "running"


async def test_a_runner_that_cannot_start_counts_nothing(curriculum: Curriculum, sqlite_store, clock) -> None:
    broken = BwrapRunner(TEST_LIMITS, bwrap="/nonexistent/bwrap")
    coach = Coach(curriculum, sqlite_store, runner=broken)
    ada = await in_drill(coach, clock, "ada")
    r = await ada.say(s.KFOLD_RIGHT)
    assert r[-1].kind == "error" and "couldn't run your code" in r[-1].text and "Nothing was counted" in r[-1].text
    assert await stage(sqlite_store, ada) == "fix"
    assert "⬜ Write a k-fold" in texts(await ada.say("/coach check"))


@pytest.mark.parametrize(
    "mode, url, console, chosen",
    [
        ("auto", None, False, None),  # a platform without a sandbox: self-checked, never a local run
        ("auto", None, True, "local run"),  # the console without a sandbox: the user's own code, locally
        ("local", None, False, None),
        ("off", None, True, None),
        ("auto", "http://127.0.0.1:9", False, "remote runner"),
        ("remote", None, False, None),  # remote without CODE_RUNNER_URL
    ],
)
async def test_which_runner_without_bubblewrap(mode, url, console, chosen) -> None:
    runner, why = await choose_runner(mode, url, 2, console=console, bwrap="/nonexistent/bwrap")
    assert (runner.label if runner else None) == chosen, why
    if runner is None:
        assert "self-checked" in why


async def test_the_sandbox_is_chosen_where_it_runs(sandbox_problem) -> None:
    runner, why = await choose_runner("auto", None, 2, console=False)
    if sandbox_problem is not None:
        pytest.skip(f"bubblewrap cannot run here: {sandbox_problem}")
    assert runner is not None and runner.label == "sandbox" and "bubblewrap sandbox" in why


@pytest.mark.parametrize(
    ("sent", "code"),
    [
        ("def f():\n    return 1", "def f():\n    return 1"),
        ("```python\ndef f():\n    return 1\n```", "def f():\n    return 1\n"),
        ("```def f():\n    return 1```", "def f():\n    return 1\n"),  # Slack's composer
        ("here's mine:\n```py\ndef f():\n    return 1\n```\nthanks!", "def f():\n    return 1\n"),
        ("```\nimport math\n```\n```\ndef f():\n    return 1\n```", "import math\n\ndef f():\n    return 1\n"),
        ("```python\ndef f():\n    return 1\n", "def f():\n    return 1\n"),  # never closed
    ],
)
def test_the_code_is_read_out_of_a_chat_code_block(sent: str, code: str) -> None:
    from bot.core.submission import code_of

    assert code_of(sent) == code
