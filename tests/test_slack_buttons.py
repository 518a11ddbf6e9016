"""Buttons on old messages in the Slack DM: a press acts on what the message was about, or says why not."""

from __future__ import annotations

import copy

from tests.fakes.slack import FakeSlack
from tests.slack_support import SlackBot, text_of
from tests.test_slack_app import onboard


async def test_skip_on_an_old_prompt_does_not_skip_the_one_open_now(slack: FakeSlack, slack_bot: SlackBot) -> None:
    await onboard(slack_bot)
    before = len(slack_bot.dm())
    await slack_bot.command("today")
    old = copy.deepcopy(await slack_bot.wait_dm("`th-bv-02`", after=before))
    await slack_bot.command("skip")
    await slack_bot.command("practice")
    current = await slack_bot.wait_dm("`th-bv-03`", after=before)

    await slack_bot.press("Skip", message=old)
    refused = await slack_bot.wait_dm("That button was for", after=before)
    assert "`th-bv-02`, which is finished, so I left it alone. Your open prompt is `th-bv-03`" in text_of(refused)
    await slack_bot.press("Skip", message=current)  # the open prompt's own button still works
    await slack_bot.wait_dm("Skipped `th-bv-03`", after=before)

    texts = slack_bot.dm_texts()[before:]
    assert sum("Skipped" in t for t in texts) == 2  # th-bv-02 by the command, th-bv-03 by its own button


async def test_i_covered_it_on_an_older_feedback_marks_nothing_on_the_newer_one(
    slack: FakeSlack, slack_bot: SlackBot
) -> None:
    await onboard(slack_bot)
    before = len(slack_bot.dm())
    await slack_bot.command("today")
    await slack_bot.wait_dm("`th-bv-02`", after=before)
    await slack_bot.say("Overfitting, the trees fit noise; lower depth and learning rate.")
    first = copy.deepcopy(await slack_bot.wait_dm("*Feedback*", after=before))
    await slack_bot.say("good")  # rated by typing: the feedback keeps its buttons
    await slack_bot.wait_dm("Rated Good", after=before)
    rated = len(slack_bot.dm())
    await slack_bot.command("practice")
    await slack_bot.wait_dm("*Theory*", after=rated)
    await slack_bot.say("The model overfits: high variance, so regularise it and get more data.")
    await slack_bot.wait_dm("*Feedback*", after=rated)

    await slack_bot.press("I covered it", message=first)

    await slack_bot.wait_dm("That button was for `th-bv-02`", after=before)
    assert not any("covered on your word" in t for t in slack_bot.dm_texts()[before:])
