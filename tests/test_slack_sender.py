"""The drip dispatcher's Slack ``Sender`` against the fake: DM delivery, the chart, and Slack's errors as
``TryLater`` / ``Undeliverable``."""

from __future__ import annotations

from pathlib import Path

import pytest
from slack_sdk.web.async_client import AsyncWebClient

from bot.adapters.slack.slack_sender import SlackSender, web_client
from bot.core.clock import FakeClock
from bot.core.delivery import Outgoing, TryLater, Undeliverable
from bot.core.engine import Coach
from bot.core.messages import Button, LearnerRef, Reply
from jobs.dispatcher import Dispatcher
from jobs.scheduler import drip_tick
from tests.fakes.slack import BOT_TOKEN, BOT_USER_ID, LEARNER_ID, TEAM_ID, FakeSlack, dm_channel_id
from tests.slack_support import SlackBot, buttons_of, text_of
from tests.test_fake_slack import tiny_png
from tests.test_slack_app import onboard

LEARNER = LearnerRef("slack", TEAM_ID, LEARNER_ID)


def sender_for(slack: FakeSlack) -> SlackSender:
    client = web_client(slack.base_url, BOT_TOKEN)

    async def client_for(team: str) -> AsyncWebClient | None:
        return client if team == TEAM_ID else None

    return SlackSender(client_for)


def drip(text: str = "*Day 3* — today's drill", **kw: object) -> Outgoing:
    reply = Reply(text, kind="prompt", dm=True, to=LEARNER, meta={"prompt_id": "th-bv-02"}, **kw)  # type: ignore[arg-type]
    return Outgoing(key="outbox-17", to=LEARNER, reply=reply)


async def test_send_posts_to_the_learners_dm_and_returns_the_ts(slack: FakeSlack) -> None:
    ts = await sender_for(slack).send(drip(buttons=(Button("Yes", "yes"),)))

    [message] = slack.messages(dm_channel_id(LEARNER_ID))
    assert message["ts"] == ts
    assert text_of(message) == "*Day 3* — today's drill"
    assert [b["value"] for b in buttons_of(message)] == ["yes", "/coach skip #th-bv-02", "th-bv-02"]
    assert slack.calls("chat.postMessage")[0].args["channel"] == LEARNER_ID  # a user id: Slack posts to the DM


async def test_the_chart_is_uploaded_with_files_upload_v2_beside_the_text(slack: FakeSlack, tmp_path: Path) -> None:
    png = tmp_path / "readiness.png"
    png.write_bytes(tiny_png())
    reply = Reply("*Readiness*", image=str(png), alt_text="Theory: 40/100; Coding: 10/100", to=LEARNER)

    await sender_for(slack).send(Outgoing("k", LEARNER, reply))

    [uploaded] = slack.files.values()
    assert uploaded.content == tiny_png() and uploaded.channel_id == dm_channel_id(LEARNER_ID)
    assert uploaded.alt_txt == "Theory: 40/100; Coding: 10/100"
    assert [text_of(m) for m in slack.messages(dm_channel_id(LEARNER_ID))] == [
        "*Readiness*",
        "Theory: 40/100; Coding: 10/100",
    ]


async def test_readiness_in_a_public_channel_the_bot_is_not_in_joins_it_to_share_the_chart(
    slack: FakeSlack, slack_bot: SlackBot
) -> None:
    """Slash commands work in any channel, but sharing a file needs membership (files.completeUploadExternal
    answers not_in_channel): the chart joins a public channel first; a private one keeps the text only."""
    await onboard(slack_bot)
    slack.bot_not_in("C0GENERAL")
    slack.bot_not_in("G0PRIVATE", private=True)

    await slack_bot.command("", name="/readiness", channel_name="general", response_url=slack.response_url())
    await slack.wait_for("files.completeUploadExternal", n=2)
    await slack_bot.command(
        "", name="/readiness", channel_name="privategroup", channel_id="G0PRIVATE", response_url=slack.response_url()
    )
    await slack.wait_for("conversations.join", n=2)  # refused for a private channel: the app must be invited
    await slack.wait_for_responses(2)

    [join, private_join] = [c.args["channel"] for c in slack.calls("conversations.join")]
    assert (join, private_join) == ("C0GENERAL", "G0PRIVATE")
    assert [f.channel_id for f in slack.files.values() if f.completed] == ["C0GENERAL"]
    assert all(r.body["response_type"] == "in_channel" for r in slack.responses)  # the text is there either way


async def test_one_rate_limit_is_retried_by_the_sdk_handler(slack: FakeSlack) -> None:
    slack.rate_limit("chat.postMessage", retry_after=1)

    ts = await sender_for(slack).send(drip())

    assert len(slack.calls("chat.postMessage")) == 2
    assert [m["ts"] for m in slack.messages(dm_channel_id(LEARNER_ID))] == [ts]


async def test_a_second_rate_limit_is_try_later_with_slacks_retry_after(slack: FakeSlack) -> None:
    slack.rate_limit("chat.postMessage", retry_after=1)
    slack.rate_limit("chat.postMessage", retry_after=30)

    with pytest.raises(TryLater) as caught:
        await sender_for(slack).send(drip())

    assert (caught.value.reason, caught.value.retry_after) == ("ratelimited", 30.0)


@pytest.mark.parametrize(
    "fault, expected, reason",
    [
        (("fail", "cannot_dm_bot"), Undeliverable, "cannot_dm_bot"),
        (("fail", "user_disabled"), Undeliverable, "user_disabled"),
        (("fail", "token_revoked"), Undeliverable, "token_revoked"),
        (("fail", "internal_error"), TryLater, "internal_error"),
        (("http", 503), TryLater, "http_503"),
    ],
)
async def test_slack_errors_become_try_later_or_undeliverable(
    slack: FakeSlack, fault: tuple[str, object], expected: type[Exception], reason: str
) -> None:
    kind, what = fault
    if kind == "fail":
        slack.fail("chat.postMessage", str(what))
    else:
        slack.fail_http("chat.postMessage", status=int(what))  # type: ignore[call-overload]

    with pytest.raises(expected) as caught:
        await sender_for(slack).send(drip())

    assert caught.value.reason == reason  # type: ignore[attr-defined]


async def test_dming_the_bot_itself_and_an_unknown_workspace_are_undeliverable(slack: FakeSlack) -> None:
    bot_ref = LearnerRef("slack", TEAM_ID, BOT_USER_ID)
    elsewhere = LearnerRef("slack", "T0NOTINSTALLED", LEARNER_ID)
    sender = sender_for(slack)

    with pytest.raises(Undeliverable) as to_bot:
        await sender.send(Outgoing("a", bot_ref, Reply("hi", to=bot_ref)))
    with pytest.raises(Undeliverable) as not_installed:
        await sender.send(Outgoing("b", elsewhere, Reply("hi", to=elsewhere)))

    assert (to_bot.value.reason, not_installed.value.reason) == ("cannot_dm_bot", "not_installed")
    assert slack.messages(dm_channel_id(BOT_USER_ID)) == []


async def test_the_daily_drip_reaches_the_slack_dm_through_the_sender(
    slack: FakeSlack, slack_bot: SlackBot, coach: Coach, clock: FakeClock
) -> None:
    """The scheduler's tick writes the drip to the outbox and the dispatcher sends it through the Slack
    Sender, marking the row sent with Slack's message ts."""
    await onboard(slack_bot)
    before = len(slack_bot.dm())
    clock.advance(days=1, minutes=31)  # the next morning, past 08:30 in Berlin
    assert coach.outbox is not None
    dispatcher = Dispatcher(coach.outbox, {"slack": slack_bot.runtime.sender}, clock, door_closed=coach.door_closed)

    stats = await drip_tick(coach, dispatcher, clock)

    assert stats.sent >= 1 and await coach.outbox.counts() == {"sent": stats.sent}
    prompt = await slack_bot.wait_dm("*Theory*", after=before)
    assert [b["text"]["text"] for b in buttons_of(prompt)] == ["Skip", "Write a longer answer"]
    assert slack.calls("chat.postMessage")[-1].args["channel"] == LEARNER_ID
