"""A coding drill in Slack, end to end: the submission typed in the DM is run against the drill's tests
(the sandbox where bubblewrap runs, else a local run with limits), "⏳ Running your tests…" arrives
first, then the judge's report; only code that passes its tests passes the drill."""

from __future__ import annotations

import html

from tests import solutions as s
from tests.fakes.slack import FakeSlack
from tests.slack_support import SlackBot
from tests.test_slack_app import onboard


def as_slack_sends(code: str) -> str:
    """Slack escapes &, < and > in message text, and wraps a pasted block in ``` fences."""
    return html.escape(f"```\n{code}\n```", quote=False)


async def test_a_drill_is_passed_only_by_code_that_passes_its_tests(slack: FakeSlack, slack_bot: SlackBot) -> None:
    bot = slack_bot
    await onboard(bot, "yynn")
    await bot.command("practice cd-kfold-01")
    prompt = await bot.wait_dm("kfold_indices")
    start = bot.dm_texts().index(next(t for t in bot.dm_texts() if "kfold_indices" in t))

    # a one-line stub: nothing revealed, nothing run
    await bot.say("def kfold_indices(n, k, shuffle=False, seed=0):")
    stub = await bot.wait_dm("incomplete", after=start + 1)
    assert "return" not in str(stub.get("text"))

    # a wrong solution: "running" first, then the failing case; the drill is not passed
    seen = len(bot.dm_texts())
    await bot.say(as_slack_sends(s.KFOLD_WRONG))
    await bot.wait_dm("Tests: 4 of 5 passed", after=seen)
    after_wrong = bot.dm_texts()[seen:]
    running = next(i for i, t in enumerate(after_wrong) if "Running your tests" in t)
    report = next(i for i, t in enumerate(after_wrong) if "Tests: 4 of 5 passed" in t)
    assert running < report, after_wrong
    assert "def kfold_indices" not in "\n".join(after_wrong[report:]), "the reference solution was revealed"

    # fixed and resubmitted: passed, by running
    seen = len(bot.dm_texts())
    await bot.say(as_slack_sends(s.KFOLD_RIGHT))
    passed = await bot.wait_dm("Tests: 5 of 5 passed", after=seen)
    assert "on submission 2" in str(passed.get("text")) or "on submission 2" in "\n".join(bot.dm_texts()[seen:])
    assert prompt is not None
