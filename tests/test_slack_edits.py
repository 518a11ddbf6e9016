"""A learner edits a message in the DM after sending it: Slack sends `message_changed`. Nothing is read
again (a graded answer keeps its grade: the feedback must not write the answer), and the learner is told
so in the edited message's thread, instead of an edit that silently does nothing. A link preview Slack
adds is also `message_changed`, and gets no answer."""

from __future__ import annotations

import asyncio
import json

from tests.fakes.slack import LEARNER_ID, FakeSlack, message_changed_event, message_im_event
from tests.slack_support import SlackBot, text_of
from tests.test_slack_app import THEORY_ANSWER, onboard


async def test_an_edited_answer_keeps_its_grade_and_the_learner_is_told_in_its_thread(
    slack: FakeSlack, slack_bot: SlackBot
) -> None:
    await onboard(slack_bot)
    before = len(slack_bot.dm())
    await slack_bot.command("today")
    await slack_bot.wait_dm("*Theory*", after=before)
    ts = "1765000000.000100"
    await slack_bot.post(message_im_event(LEARNER_ID, THEORY_ANSWER, ts=ts), "answer")
    await slack_bot.wait_dm("*Feedback*", after=before)

    edit = message_changed_event(LEARNER_ID, THEORY_ANSWER, THEORY_ANSWER + " Also early stopping.", ts=ts)
    await slack_bot.post(edit, "message_changed")
    note = await slack_bot.wait_dm("I saw your edit", after=before)

    assert "keeps the grade of the version you sent first" in text_of(note)
    assert note.get("thread_ts") == ts
    assert sum("*Feedback*" in t for t in slack_bot.dm_texts()[before:]) == 1  # not graded again


async def test_an_edit_elsewhere_says_send_it_again_and_a_link_preview_says_nothing(
    slack: FakeSlack, slack_bot: SlackBot
) -> None:
    await onboard(slack_bot)
    ts = "1765000000.000200"
    await slack_bot.post(message_im_event(LEARNER_ID, "hepl", ts=ts), "typo")
    await slack_bot.wait_dm("/coach help")  # whatever it answered to the typo
    count = len(slack_bot.dm())

    await slack_bot.post(message_changed_event(LEARNER_ID, "see https://x.io", ts=ts, unfurl=True), "unfurl")
    await asyncio.sleep(0.5)
    assert len(slack_bot.dm()) == count

    await slack_bot.post(message_changed_event(LEARNER_ID, "hepl", "help", ts=ts), "edit")
    note = await slack_bot.wait_dm("I saw your edit", after=count)
    assert "send it again as a new message" in text_of(note) and note.get("thread_ts") == ts


def _changed(user: str, before: str, after: str, *, ts: str, edited_ts: str, previous: bool = True) -> bytes:
    """A person's `message_changed` for the edit stamped ``edited_ts``; with ``previous=False`` Slack left out
    `previous_message`, as it does for some updates (a thread reply changing its parent's reply count)."""
    body = json.loads(message_changed_event(user, before, after, ts=ts))
    body["event"]["message"]["edited"]["ts"] = edited_ts
    if not previous:
        del body["event"]["previous_message"]
    return json.dumps(body).encode()


async def test_one_edit_is_answered_once_when_slack_sends_it_again_without_previous_message(
    slack: FakeSlack, slack_bot: SlackBot
) -> None:
    """Our note goes into the edited message's thread, and a reply in a thread changes its parent: Slack
    sends `message_changed` for it, with the same `edited` stamp. Without `previous_message` that looked
    like a new edit, answered with a second note, in the thread, changing the parent again."""
    await onboard(slack_bot)
    ts = "1765000000.000300"
    await slack_bot.post(message_im_event(LEARNER_ID, "hepl", ts=ts), "typo")
    await slack_bot.wait_dm("/coach help")
    count = len(slack_bot.dm())

    await slack_bot.post(_changed(LEARNER_ID, "hepl", "help", ts=ts, edited_ts="1765000010.000000"), "edit")
    await slack_bot.wait_dm("I saw your edit", after=count)
    parent_changed = _changed(LEARNER_ID, "help", "help", ts=ts, edited_ts="1765000010.000000", previous=False)
    await slack_bot.post(parent_changed, "reply count")
    await asyncio.sleep(0.5)
    assert sum("I saw your edit" in t for t in slack_bot.dm_texts()[count:]) == 1

    await slack_bot.post(_changed(LEARNER_ID, "help", "halp", ts=ts, edited_ts="1765000020.000000"), "again")
    await slack.wait_until(
        lambda: sum("I saw your edit" in t for t in slack_bot.dm_texts()[count:]) == 2, what="a note on a new edit"
    )


async def test_an_edited_command_is_told_to_send_the_command_again(slack: FakeSlack, slack_bot: SlackBot) -> None:
    """A command typed as a message and edited was told "If it was your answer to `th-…`, send it again"."""
    await onboard(slack_bot)
    before = len(slack_bot.dm())
    await slack_bot.command("today")
    await slack_bot.wait_dm("*Theory*", after=before)
    ts = "1765000000.000400"
    await slack_bot.post(message_im_event(LEARNER_ID, "/coach snooze", ts=ts), "command as text")
    await asyncio.sleep(0.5)
    count = len(slack_bot.dm())
    await slack_bot.post(message_changed_event(LEARNER_ID, "/coach snooze", "/coach skip", ts=ts), "edit")
    note = text_of(await slack_bot.wait_dm("I saw your edit", after=count))
    assert "send the command again" in note and "your answer to" not in note
