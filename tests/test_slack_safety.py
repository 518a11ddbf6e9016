"""Safe text in Slack: nothing a user typed can ping or link; limits hold for any length; retries are
processed once across processes; a reply's layout keeps within Block Kit."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.adapters.slack.slack_render import (
    MAX_BLOCKS,
    MAX_SECTION,
    escape,
    fallback_text,
    from_slack,
    pressed_blocks,
    reply_blocks,
    split_sections,
)
from bot.core.clock import FakeClock
from bot.core.curriculum import Curriculum
from bot.core.engine import Coach
from bot.core.messages import Button, LearnerRef, Reply
from bot.store.db import make_engine
from bot.store.uow import SqlStore
from tests.conftest import ACK_LATENCIES
from tests.fakes.slack import LEARNER_ID, TEAM_ID, FakeSlack, message_im_event
from tests.slack_support import SlackBot, start_slack_bot, text_of
from tests.test_slack_app import onboard

PINGS = re.compile(r"<[!@#]|<https?:")


def raw_texts(message: dict) -> list[str]:
    out = [str(message.get("text", ""))]
    for block in message.get("blocks") or []:
        if block.get("type") == "section":
            out.append(block["text"]["text"])
        for element in block.get("elements") or []:
            out.append(str(element.get("text", "")))
    return out


def assert_no_pings(messages: list[dict]) -> None:
    for m in messages:
        for t in raw_texts(m):
            assert not PINGS.search(t), t


@pytest.mark.parametrize(
    "slack_text, typed",
    [
        ("a &lt; b &amp;&amp; c &gt; d", "a < b && c > d"),
        ("<!channel> hi <!here>", "@channel hi @here"),
        ("ask <@U0BOSS|boss> or <@U0OTHER>", "ask @boss or @U0OTHER"),
        ("see <https://example.com/x?a=1&amp;b=2|docs>", "see https://example.com/x?a=1&b=2"),
        ("<#C0GENERAL|general>", "#general"),
        ("call <http://model.fit|model.fit>, see <http://README.md|README.md>", "call model.fit, see README.md"),
        ("mail <mailto:ada@example.com|ada@example.com>, <https://x.ai|x.ai>", "mail ada@example.com, x.ai"),
        ("<https://example.com>", "https://example.com"),
        ("plain", "plain"),
    ],
)
def test_slack_text_back_to_what_was_typed(slack_text: str, typed: str) -> None:
    assert from_slack(slack_text) == typed


def test_escape_makes_every_control_character_an_entity() -> None:
    assert escape("<!channel> & <@U1> <https://x|y>") == "&lt;!channel&gt; &amp; &lt;@U1&gt; &lt;https://x|y&gt;"


def test_a_huge_reply_stays_within_block_kit_and_trims_with_a_note() -> None:
    text = "\n".join(f"line {i} " + "x" * 90 for i in range(3000))  # ~300,000 characters
    blocks = reply_blocks(Reply(text, buttons=(Button("Good", "good"),)))

    assert len(blocks) == MAX_BLOCKS
    assert all(len(b["text"]["text"]) <= MAX_SECTION for b in blocks if b["type"] == "section")
    assert "were trimmed to fit" in blocks[-2]["elements"][0]["text"]
    assert blocks[-1]["type"] == "actions"
    assert len(fallback_text(Reply(text))) <= 3000


def test_a_full_message_whose_more_button_is_pressed_stays_within_block_kit() -> None:
    text = "\n".join(f"line {i} " + "x" * 90 for i in range(3000))
    blocks = reply_blocks(Reply(text, buttons=(Button("Good", "good"), Button("More", "more"))))

    after = pressed_blocks(blocks, "prepdrip_reply_1", "More")

    assert len(after) <= MAX_BLOCKS
    assert [e["value"] for e in after[-1]["elements"]] == ["good"]


def test_sections_keep_code_fences_balanced_and_entities_whole() -> None:
    code = "```\n" + "\n".join(f"if a < {i}: b &= {i}" for i in range(400)) + "\n```"
    pieces = split_sections(escape(code))

    assert len(pieces) > 1
    for p in pieces:
        assert len(p) <= MAX_SECTION and p.count("```") % 2 == 0
        assert not re.search(r"&[a-z]*$", p)  # no entity cut at the end
    one_long_line = split_sections(escape("<" * 5000))
    assert all(len(p) <= MAX_SECTION and not p.endswith("&") for p in one_long_line)
    assert "".join(one_long_line) == escape("<" * 5000)


async def test_mentions_in_display_names_and_answers_never_ping(slack: FakeSlack, slack_bot: SlackBot) -> None:
    slack.add_user(LEARNER_ID, real_name="Eve", name="<!channel> eve <@U0BOSS>", tz="Europe/Berlin")
    await onboard(slack_bot)
    # an answer full of Slack syntax, as Slack sends it, echoed by the routing question's refusal
    await slack_bot.command("start")
    await slack_bot.wait_dm("Question 1 of 4", after=len(slack_bot.dm()) - 2)
    before = len(slack_bot.dm())
    await slack_bot.say("<!here> <@U0BOSS> <https://evil.example/x|click me> &lt;b&gt;")
    refusal = await slack_bot.wait_dm("I need a yes or a no", after=before)
    assert "@\u200bhere @U0BOSS https:\u200b//evil.example/x <b>" in text_of(refusal)  # as typed, defused

    await slack_bot.command("group join", channel_name="ml-study", response_url=slack.response_url())
    await slack.wait_for_responses(1)
    response_url = slack.response_url()
    await slack_bot.command("", name="/leaderboard", channel_name="ml-study", response_url=response_url)
    await slack_bot.command("", name="/readiness", channel_name="ml-study", response_url=slack.response_url())
    _joined, board, readiness = await slack.wait_for_responses(3)

    assert "eve" in text_of(board.body if board.url == response_url else readiness.body)
    assert_no_pings(slack_bot.dm())
    assert_no_pings([r.body for r in slack.responses])


async def test_a_40000_character_answer_is_refused_kindly_and_nothing_breaks(
    slack: FakeSlack, slack_bot: SlackBot
) -> None:
    await onboard(slack_bot)
    await slack_bot.command("today")
    await slack_bot.wait_dm("*Theory*")
    before = len(slack_bot.dm())

    typed = ("Variance: x < y & the trees fit noise. " * 1100)[:40_000]
    await slack_bot.say(escape(typed))  # as Slack sends it: &, <, > as entities
    reply = await slack_bot.wait_dm("characters", after=before)

    assert "40,000 characters" in text_of(reply) and "12,000" in text_of(reply)
    assert_no_pings(slack_bot.dm())
    # the prompt is still open: a normal answer afterwards is graded
    await slack_bot.say("High variance: the trees fit noise; lower depth and learning rate, early stopping.")
    await slack_bot.wait_dm("*Feedback*", after=before)


async def test_a_retry_sent_to_another_process_is_processed_once(
    slack: FakeSlack,
    slack_bot: SlackBot,
    curriculum: Curriculum,
    sqlite_store: SqlStore,
    clock: FakeClock,
    tmp_path: Path,
    request: pytest.FixtureRequest,
) -> None:
    """Two app processes (two engines on one database) behind one Request URL: Slack's retry lands on the
    other one, which sees the claim and drops it."""
    other_store = SqlStore(make_engine(str(sqlite_store.engine.url)))
    other = Coach(curriculum, other_store)
    try:
        async with start_slack_bot(
            slack, other, clock, other_store.engine, request.config.stash[ACK_LATENCIES]
        ) as second:
            body = message_im_event(LEARNER_ID, "help", event_id="Ev0TWOPROCS")
            await slack_bot.post(body, "original, first process")
            await slack_bot.wait_dm("PrepDrip commands")
            status, _, _ = await second.post(body, "retry, second process", retry_num=1)
            assert status == 200
            await second.say("topics")  # a sentinel through the second process
            await slack.wait_until(lambda: len(slack_bot.dm()) >= 2)
    finally:
        await other_store.dispose()

    texts = slack_bot.dm_texts()
    assert sum("PrepDrip commands" in t for t in texts) == 1 and "PrepDrip commands" not in texts[1]


def test_every_reply_is_escaped_whatever_the_core_left_in_it() -> None:
    """Defence in depth: the core neutralizes what it echoes, and the adapter escapes everything anyway."""
    reply = Reply(
        "*Leaderboard* — <!channel> & <@U0BOSS> <https://evil.example|win>", buttons=(Button("<!here>", "x"),)
    )

    blocks = reply_blocks(reply)

    assert blocks[0]["text"]["text"] == (
        "*Leaderboard* — &lt;!channel&gt; &amp; &lt;@U0BOSS&gt; &lt;https://evil.example|win&gt;"
    )
    assert blocks[1]["elements"][0]["text"] == {"type": "plain_text", "text": "<!here>", "emoji": True}  # plain text
    assert fallback_text(reply).startswith("*Leaderboard* — &lt;!channel&gt; &amp;")


async def test_a_shared_readiness_keeps_the_learners_asides_out_of_the_channel(
    slack: FakeSlack, slack_bot: SlackBot, coach: Coach, clock: FakeClock
) -> None:
    """`/readiness` in a channel is shared, but what the core says about the learner on the way (a cancelled
    delete-my-data, a paused drip) is shown only to them."""
    await onboard(slack_bot)
    await slack_bot.command("delete-my-data")
    await slack_bot.wait_dm("cannot be undone")
    await slack_bot.command("", name="/readiness", channel_name="general", response_url=slack.response_url())
    await coach.door_closed(LearnerRef("slack", TEAM_ID, LEARNER_ID), "messages_tab_disabled", clock.now())
    await slack_bot.command("", name="/readiness", channel_name="general", response_url=slack.response_url())
    responses = await slack.wait_for_responses(4)

    shown = {text_of(r.body).split(".")[0]: r.body["response_type"] for r in responses}
    assert shown["Cancelled: nothing was deleted"] == "ephemeral"
    assert shown["I couldn't send you a direct message (messages_tab_disabled), so I've paused your daily drill"] == (
        "ephemeral"
    )
    assert [r.body["response_type"] for r in responses if "Readiness" in text_of(r.body)] == ["in_channel"] * 2
