"""The whole coach in Discord, end to end: /coach start in a server channel, the routing questions
answered with buttons in the DM, the rest of onboarding typed, /coach settings with options,
/coach today, a typed answer, the feedback, a rating button, and /readiness in the channel with
its chart. Each interaction is acknowledged within Discord's 3 seconds (the fake refuses a later
acknowledgement, and the test checks each was answered)."""

from __future__ import annotations

import re
import time

from tests.discord_adapter.conftest import Discord, assert_mentions_nobody, button, custom_ids
from tests.fakes.discord_fake import EPHEMERAL, FakeDiscord, FakeGuild, FakeUser

ANSWER = (
    "Bias is systematic error from a model too simple for the data: it misses the same way whatever sample "
    "you train on. Variance is sensitivity to the particular training sample: retrain on a fresh sample and "
    "a flexible model changes a lot. More capacity lowers bias and raises variance; more data and "
    "regularization reduce variance but not bias."
)


async def test_start_to_readiness_in_a_server_channel(
    fake: FakeDiscord, discord_env: Discord, bot: object, ada: FakeUser, guild: FakeGuild
) -> None:
    general = guild.channel("general")
    dm = fake.dm_channel(ada)
    acks: list[float] = []

    async def acked(it):  # type: ignore[no-untyped-def]
        started = time.monotonic()
        callback = await it.wait_callback()
        acks.append(time.monotonic() - started)
        return callback

    # /coach start in the channel: a private pointer there, the questions in the DM
    it = await fake.slash_command("coach start", user=ada, channel=general)
    deferral = await acked(it)
    assert deferral == {"type": 5, "data": {"flags": EPHEMERAL}}
    pointer = await discord_env.followup(it, "sent you a DM")
    assert pointer["flags"] & EPHEMERAL and pointer["channel_id"] == str(general.id)
    question = await discord_env.said(dm, r"\*\*Question 1 of 4\.\*\*")
    assert custom_ids(question) == ["pd:v:0:yes", "pd:v:1:no"]

    # routing, by buttons: yes, no, no, no -> Phase 1
    for n, value in zip((2, 3, 4), ("yes", "no", "no"), strict=True):
        press = await fake.press_button(question, button(question, value.title())["custom_id"], user=ada)
        callback = await acked(press)
        assert callback["type"] == 7  # the press is acknowledged by disabling the buttons
        assert all(c["disabled"] for c in fake.message(int(question["id"]))["components"][0]["components"])
        question = await discord_env.said(dm, rf"Question {n} of 4", after=question)
    await acked(await fake.press_button(question, "pd:v:1:no", user=ada))
    interview = await discord_env.said(dm, "When is your interview", after=question)
    assert (await discord_env.said(dm, "You start in Phase 1", after=question))["id"] < interview["id"]

    # the rest of onboarding: a button, then typed answers in the DM
    await acked(await fake.press_button(interview, button(interview, "No date yet")["custom_id"], user=ada))
    asked = await discord_env.said(dm, "Which timezone", after=interview)
    await fake.message_create(ada, "Berlin")
    asked = await discord_env.said(dm, "What time should your daily drill", after=asked)
    await fake.message_create(ada, "8:30")
    level = await discord_env.said(dm, "which level", after=asked)
    await acked(await fake.press_button(level, button(level, "Senior")["custom_id"], user=ada))
    done = await discord_env.said(dm, "All set", after=level)
    assert "Europe/Berlin" in done["content"] and "08:30" in done["content"]

    # settings with options, in the DM: the invocation comes back as the console's text
    it = await fake.slash_command("coach settings", {"time": "07:45", "level": "staff"}, user=ada)
    assert (await acked(it))["type"] == 5
    saved = await discord_env.followup(it, "Saved")
    assert "07:45" in saved["content"] and "staff" in saved["content"]
    assert not saved["flags"] & EPHEMERAL  # in the DM the answer stays

    # today's prompt, asked in the channel: delivered to the DM, a pointer in the channel
    it = await fake.slash_command("coach today", user=ada, channel=general)
    await acked(it)
    assert (await discord_env.followup(it, "Sent to your DMs"))["flags"] & EPHEMERAL
    prompt = await discord_env.said(dm, r"\*\*Theory\*\* · ", after=done)
    prompt_id = re.search(r"\(`(th-[\w-]+)`\)", prompt["content"])
    assert prompt_id, prompt["content"]
    assert custom_ids(prompt) == ["pd:v:0:/coach skip #th-bv-06", "pd:long:th-bv-06"]  # skip, and the long-answer form

    # the answer, typed in the DM; feedback with the rating buttons
    await fake.message_create(ada, ANSWER)
    feedback = await discord_env.said(dm, r"\*\*Feedback\*\* — you covered \d+ of \d+", after=prompt)
    assert custom_ids(feedback) == [
        "pd:v:0:again #th-bv-06",
        "pd:v:1:hard #th-bv-06",
        "pd:v:2:good #th-bv-06",
        "pd:v:3:easy #th-bv-06",
        "pd:v:4:deeper #th-bv-06",
        "pd:v:5:more #th-bv-06",
    ]

    # the rating
    await acked(await fake.press_button(feedback, "pd:v:2:good #th-bv-06", user=ada))
    rated = await discord_env.said(dm, "Rated Good", after=feedback)
    assert rated["components"] == []
    pressed = fake.message(int(feedback["id"]))["components"][0]["components"]
    assert [(b["disabled"], b["style"]) for b in pressed] == [(True, 2), (True, 2), (True, 3), (True, 2), (True, 2)]

    # /readiness in the channel, for everyone to see, with the chart in an embed
    it = await fake.slash_command("readiness", user=ada, channel=general)
    assert (await acked(it)) == {"type": 5, "data": {}}
    [report] = await it.wait_followups(1)
    assert not report["flags"] & EPHEMERAL and report["channel_id"] == str(general.id)
    [embed] = report["embeds"]
    assert embed["image"]["url"] == "attachment://readiness.png"
    assert embed["description"].startswith("**Readiness — Ada @\u200beveryone** · Phase 1")
    assert "Calibration" in embed["description"] and "checklist" in embed["description"]
    [attachment] = report["attachments"]
    assert attachment["filename"] == "readiness.png"
    assert attachment["size"] > 1000

    assert all(i.callback is not None for i in fake._interactions.values())
    assert max(acks) < 3.0, acks
    assert_mentions_nobody(fake)
