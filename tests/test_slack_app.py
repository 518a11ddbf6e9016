"""The whole coach in Slack, end to end: signed requests in the shapes Slack documents go to our bolt app
on loopback; its Web API calls go to the fake Slack, which records them. Nothing of ours is mocked."""

from __future__ import annotations

import copy
import json
import time

from bot.adapters.slack.slack_render import LONG_ANSWER_ACTION
from tests.fakes.slack import (
    BOT_ID,
    BOT_USER_ID,
    LEARNER_ID,
    SIGNING_SECRET,
    FakeSlack,
    dm_channel_id,
    message_im_event,
    post_signed,
    slash_command,
    url_verification,
)
from tests.slack_support import SlackBot, buttons_of, text_of

LEARNER_DM = dm_channel_id(LEARNER_ID)
THEORY_ANSWER = (
    "Training AUC 0.99 against validation 0.81 is high variance: the boosted trees fit noise in the residuals. "
    "First lower the learning rate and tree depth, add early stopping on the validation set, then subsample rows "
    "and columns and regularise the leaves."
)


async def onboard(bot: SlackBot, answers: str = "nnnn") -> None:
    """/coach start in the DM, then every question, answering the first by its button."""
    await bot.command("start")
    await bot.wait_dm("Question 1 of 4")
    await bot.press("Yes" if answers[0] == "y" else "No")
    for i, a in enumerate(answers[1:], start=2):
        await bot.wait_dm(f"Question {i} of 4")
        await bot.say("yes" if a == "y" else "no")
    await bot.wait_dm("When is your interview?")
    await bot.say("2027-06-30")
    await bot.wait_dm("Which timezone are you in?")
    await bot.say("Europe/Berlin")
    await bot.wait_dm("What time should your daily drill arrive?")
    await bot.say("08:30")
    await bot.wait_dm("which level")
    await bot.press("Senior")
    await bot.wait_dm("All set.")


async def test_full_transcript_in_the_dm_then_readiness_in_a_channel(slack: FakeSlack, slack_bot: SlackBot):
    bot = slack_bot
    slack.add_user(LEARNER_ID, real_name="Ada Lovelace", tz="Europe/Berlin", name="ada")

    # start: the DM is opened, onboarding goes there, questions carry Yes/No buttons
    await bot.command("start")
    q1 = copy.deepcopy(await bot.wait_dm("Question 1 of 4"))  # as the learner's Slack client shows it
    assert slack.calls("conversations.open")[0].args["users"] == LEARNER_ID
    assert [(b["text"]["text"], b["value"]) for b in buttons_of(q1)] == [("Yes", "yes"), ("No", "no")]
    assert "Welcome to PrepDrip" in bot.dm_texts()[0]

    # routing: a button press answers and the pressed message loses its buttons; a second press does nothing
    await bot.press("No", message=q1)
    await bot.wait_dm("Question 2 of 4")
    [update] = await slack.wait_for("chat.update")
    assert update.args["ts"] == q1["ts"]
    pressed = next(m for m in bot.dm() if m["ts"] == q1["ts"])
    assert buttons_of(pressed) == [] and text_of(pressed).endswith("→ *No*")
    await bot.press("No", message=q1)  # the stale copy Slack's client still shows
    for i in (2, 3, 4):
        await bot.wait_dm(f"Question {i} of 4")
        await bot.say("no")
    await bot.wait_dm("You start in Phase 1")
    assert sum("Question 2 of 4" in t for t in bot.dm_texts()) == 1  # the double press was not answered twice

    # the interview date, then the timezone offered from the Slack profile (users.info tz)
    await bot.say("2027-06-30")
    tz_question = await bot.wait_dm("Which timezone are you in?")
    assert [b["value"] for b in buttons_of(tz_question)] == ["Europe/Berlin"]
    await bot.press("Use Europe/Berlin")
    await bot.wait_dm("What time should your daily drill arrive?")
    await bot.say("08:30")
    await bot.wait_dm("which level")
    await bot.press("Senior")
    done = await bot.wait_dm("All set.")
    assert "Timezone: Europe/Berlin" in text_of(done)

    # settings through the slash command, typed as the console would
    before = len(bot.dm())
    await bot.command("settings time=09:00")
    assert "Saved: time=09:00" in text_of(await bot.wait_dm("Saved:", after=before))

    # today's prompt, with Skip and the long-answer button
    before = len(bot.dm())
    await bot.command("today")
    prompt = await bot.wait_dm("*Theory*", after=before)
    labels = [b["text"]["text"] for b in buttons_of(prompt)]
    assert labels == ["Skip", "Write a longer answer"]
    assert buttons_of(prompt)[0]["value"] == "/coach skip #th-bv-02"

    # the answer typed in the DM, feedback with the rating buttons, a rating by button
    before = len(bot.dm())
    await bot.say(THEORY_ANSWER)
    feedback = await bot.wait_dm("*Feedback*", after=before)
    assert [b["value"] for b in buttons_of(feedback)] == [
        f"{w} #th-bv-02" for w in ("again", "hard", "good", "easy", "deeper", "more")
    ]
    before = len(bot.dm())
    await bot.press("Good", message=feedback)
    rated = await bot.wait_dm("Rated Good", after=before)
    assert rated["user"] == BOT_USER_ID

    # /readiness in a channel: shared there (in_channel), the chart uploaded beside it
    response_url = slack.response_url("readiness")
    await bot.command("", name="/readiness", channel_name="ml-study", response_url=response_url)
    [posted] = await slack.wait_for_responses(1)
    assert posted.body["response_type"] == "in_channel"
    assert "Readiness" in text_of(posted.body)
    await slack.wait_for("files.completeUploadExternal")
    [chart] = slack.files.values()
    assert chart.channel_id == "C0GENERAL" and chart.content and chart.content.startswith(b"\x89PNG")
    assert chart.alt_txt and "/100" in chart.alt_txt


async def test_readiness_private_is_ephemeral_and_a_newcomer_is_pointed_to_start(slack: FakeSlack, slack_bot: SlackBot):
    await slack_bot.command("private", name="/readiness", channel_name="general", response_url=slack.response_url())
    [answer] = await slack.wait_for_responses(1)

    assert answer.body["response_type"] == "ephemeral"
    assert "/coach start" in text_of(answer.body)
    assert slack.files == {} and slack.calls("chat.postMessage") == []


async def test_forged_and_stale_signatures_are_refused_and_nothing_is_acted_on(slack: FakeSlack, slack_bot: SlackBot):
    body = slash_command(text="start", response_url=slack.response_url())
    forged = await post_signed(slack_bot.url, body, "not-the-secret")
    garbled = await post_signed(slack_bot.url, body, SIGNING_SECRET, signature="v0=" + "0" * 64)
    stale = await post_signed(slack_bot.url, message_im_event(text="hi"), SIGNING_SECRET, ts=int(time.time()) - 600)

    assert (forged[0], garbled[0], stale[0]) == (401, 401, 401)
    # a valid request afterwards is answered: only the signatures differed
    await slack_bot.say("hello")
    await slack_bot.wait_dm("Send `/coach start` to begin")
    assert slack.responses == []
    assert len(slack.calls("chat.postMessage")) == 1


async def test_a_resent_event_is_processed_once(slack: FakeSlack, slack_bot: SlackBot):
    event_id = await slack_bot.say("hello", event_id="Ev0ORIGINAL")
    await slack_bot.wait_dm("Send `/coach start` to begin")
    body_again = message_im_event(LEARNER_ID, "hello", event_id=event_id)
    status, _, _ = await slack_bot.post(body_again, "retry", retry_num=1, retry_reason="http_timeout")
    assert status == 200

    # a retry whose original never arrived is processed (once, even when re-sent again)
    lost = message_im_event(LEARNER_ID, "help", event_id="Ev0LOSTORIG")
    await slack_bot.post(lost, "retry of a lost event", retry_num=1, retry_reason="connection_failed")
    await slack_bot.post(lost, "second retry", retry_num=2, retry_reason="connection_failed")
    await slack_bot.wait_dm("PrepDrip commands")
    await slack_bot.say("topics")  # a sentinel: one learner's messages are handled in order
    await slack.wait_until(lambda: any("practise" in t.lower() for t in slack_bot.dm_texts()))

    texts = slack_bot.dm_texts()
    assert sum("Send `/coach start` to begin" in t for t in texts) == 1
    assert sum("PrepDrip commands" in t for t in texts) == 1


async def test_the_bots_own_echo_is_ignored_and_url_verification_answered(slack: FakeSlack, slack_bot: SlackBot):
    status, text, _ = await slack_bot.post(url_verification("challenge-123"), "url_verification")
    echo = message_im_event(BOT_USER_ID, "Question 1 of 4", LEARNER_DM, bot_id=BOT_ID)
    await slack_bot.post(echo, "echo")
    await slack_bot.say("help")
    await slack_bot.wait_dm("PrepDrip commands")

    assert (status, json.loads(text)) == (200, {"challenge": "challenge-123"})
    assert len(slack_bot.dm()) == 1


async def test_long_answer_button_opens_a_modal_whose_parts_are_one_answer(slack: FakeSlack, slack_bot: SlackBot):
    from tests.fakes.slack import block_actions, view_submission

    await onboard(slack_bot)
    before = len(slack_bot.dm())
    await slack_bot.command("today")
    prompt = await slack_bot.wait_dm("*Theory*", after=before)
    long_button = next(b for b in buttons_of(prompt) if b["action_id"] == LONG_ANSWER_ACTION)

    body = block_actions(
        LEARNER_ID, action_id=LONG_ANSWER_ACTION, value=long_button["value"], message_ts=prompt["ts"], message=prompt
    )
    await slack_bot.post(body, "long answer button")
    [opened] = await slack.wait_for("views.open")
    modal = json.loads(opened.args["view"]) if isinstance(opened.args["view"], str) else opened.args["view"]
    inputs = [b for b in modal["blocks"] if b["type"] == "input"]
    assert [b["element"]["max_length"] for b in inputs] == [3000] * 4
    assert "3,000 characters" in json.dumps(modal)

    half = THEORY_ANSWER[: len(THEORY_ANSWER) // 2]
    values = {
        "part_1": {"text": {"type": "plain_text_input", "value": half}},
        "part_2": {"text": {"type": "plain_text_input", "value": THEORY_ANSWER[len(half) :]}},
        "part_3": {"text": {"type": "plain_text_input", "value": None}},
    }
    empty = await slack_bot.post(
        view_submission(LEARNER_ID, callback_id=modal["callback_id"], private_metadata=modal["private_metadata"]),
        "empty modal",
    )
    assert json.loads(empty[1])["response_action"] == "errors"
    before = len(slack_bot.dm())
    status, text, _ = await slack_bot.post(
        view_submission(
            LEARNER_ID,
            callback_id=modal["callback_id"],
            private_metadata=modal["private_metadata"],
            state_values=values,
        ),
        "modal submit",
    )
    assert (status, text) == (200, "")
    feedback = await slack_bot.wait_dm("*Feedback*", after=before)
    assert "of 5 key points" in text_of(feedback)


async def test_in_a_channel_private_commands_answer_ephemerally_and_start_moves_to_the_dm(
    slack: FakeSlack, slack_bot: SlackBot
):
    help_url, start_url, board_url = (slack.response_url(n) for n in ("help", "start", "board"))
    await slack_bot.command("help", channel_name="general", response_url=help_url)
    await slack_bot.command("start", channel_name="general", response_url=start_url)
    await slack_bot.wait_dm("Question 1 of 4")
    await slack_bot.command("", name="/leaderboard", channel_name="general", response_url=board_url)
    await slack.wait_for_responses(3)

    by_url = {r.url.rsplit("-", 1)[-1]: r.body for r in slack.responses}
    assert by_url["help"]["response_type"] == "ephemeral" and "PrepDrip commands" in text_of(by_url["help"])
    assert by_url["start"]["response_type"] == "ephemeral" and "sent you a DM" in text_of(by_url["start"])
    assert by_url["board"]["response_type"] == "in_channel" and "/coach start" in text_of(by_url["board"])
    assert "Welcome to PrepDrip" in slack_bot.dm_texts()[0]  # onboarding itself is in the DM


async def test_acks_do_not_wait_for_a_busy_database(slack: FakeSlack, slack_bot: SlackBot, sqlite_store):
    """The SQLite pool has one connection; while a long transaction holds it, every request is still acked
    (the work, dedupe claims included, waits until after the ack)."""
    async with sqlite_store.engine.connect() as busy:
        await busy.exec_driver_sql("SELECT 1")  # the pool's only connection is now taken
        event = await slack_bot.post(message_im_event(LEARNER_ID, "help"), "event, database busy", timeout=3.0)
        command = await slack_bot.post(
            slash_command(text="help", response_url=slack.response_url()), "command, database busy", timeout=3.0
        )
        assert event[0] == command[0] == 200
        assert slack.calls("chat.postMessage") == []  # nothing could be processed yet
    await slack.wait_until(lambda: sum("PrepDrip commands" in t for t in slack_bot.dm_texts()) == 2)


async def test_buttons_on_an_ephemeral_message_replace_it_through_the_response_url(
    slack: FakeSlack, slack_bot: SlackBot
):
    from tests.fakes.slack import block_actions

    await onboard(slack_bot)
    before = len(slack_bot.dm())
    await slack_bot.command("today")
    await slack_bot.wait_dm("*Theory*", after=before)
    await slack_bot.say(THEORY_ANSWER)
    await slack_bot.wait_dm("*Feedback*", after=before)

    # in a channel, the pending rating is asked again, only to the learner
    await slack_bot.command("today", channel_name="general", response_url=slack.response_url("ask"))
    still_open, asked = await slack.wait_for_responses(2)
    assert "still have this one open" in text_of(still_open.body)
    assert asked.body["response_type"] == "ephemeral" and "Rate your last answer" in text_of(asked.body)
    good = next(b for b in buttons_of(asked.body) if b["value"].startswith("good #"))

    container = {"type": "message", "message_ts": "1.000001", "channel_id": "C0GENERAL", "is_ephemeral": True}
    body = block_actions(
        LEARNER_ID,
        action_id=good["action_id"],
        value="good",
        channel="C0GENERAL",
        container=container,
        message={"ts": "1.000001", "blocks": asked.body["blocks"], "text": asked.body["text"]},
        response_url=slack.response_url("press"),
    )
    updates_before = len(slack.calls("chat.update"))
    await slack_bot.post(body, "ephemeral button")
    responses = await slack.wait_for_responses(4)

    replaced, rated = responses[2].body, responses[3].body
    assert replaced["replace_original"] is True and buttons_of(replaced) == []
    assert text_of(replaced).endswith("→ *Good*")
    assert rated["response_type"] == "ephemeral" and "Rated Good" in text_of(rated)
    assert len(slack.calls("chat.update")) == updates_before  # an ephemeral message is replaced via its response_url


async def test_a_reply_outwaits_slacks_rate_limit_instead_of_being_lost(slack: FakeSlack, slack_bot: SlackBot):
    """Slack answers 429 twice to the reply's chat.postMessage: the SDK's handler waits out each Retry-After
    (the dispatcher's client gives up after one and requeues; a reply has no outbox row, so it must wait)."""
    slack.rate_limit("chat.postMessage", retry_after=0, times=3)
    await slack_bot.say("help")

    await slack_bot.wait_dm("PrepDrip commands")
    assert len(slack.calls("chat.postMessage")) == 4
    assert len(slack_bot.dm()) == 1


async def test_a_channel_command_answered_in_the_dm_says_so_in_the_channel(slack: FakeSlack, slack_bot: SlackBot):
    """`/coach today` in #general: the prompt goes to the DM, and the channel shows (only to the user) where it
    went; a DM Slack refuses is said too, instead of nothing at all."""
    await onboard(slack_bot)
    before = len(slack_bot.dm())
    await slack_bot.command("today", channel_name="general", response_url=slack.response_url("today"))
    await slack_bot.wait_dm("*Theory*", after=before)
    [told] = await slack.wait_for_responses(1)
    assert told.body["response_type"] == "ephemeral" and "Sent to our DM" in text_of(told.body)

    slack.fail("chat.postMessage", "messages_tab_disabled")
    await slack_bot.command("export", channel_name="general", response_url=slack.response_url("export"))
    _, refused = await slack.wait_for_responses(2)
    assert refused.body["response_type"] == "ephemeral"
    assert "couldn't post to our DM" in text_of(refused.body) and "messages_tab_disabled" in text_of(refused.body)

    await slack_bot.command("start", channel_name="general", response_url=slack.response_url("start"))
    await slack.wait_for_responses(3)
    await slack_bot.command("help", channel_name="general", response_url=slack.response_url("help"))
    *_, start, help_ = await slack.wait_for_responses(4)
    assert "Sent to our DM" not in text_of(start.body) + text_of(help_.body)  # the core said it, or it was here

    # typed in a DM with a colleague: private, so it all goes to our DM, and the user is told so there
    before = len(slack_bot.dm())
    await slack_bot.command("plan", channel_id="D0COLLEAGUE", response_url=slack.response_url("colleague"))
    await slack_bot.wait_dm("*Your plan*", after=before)
    *_, colleague = await slack.wait_for_responses(5)
    assert colleague.body["response_type"] == "ephemeral" and "Sent to our DM" in text_of(colleague.body)
    await slack_bot.command("plan", response_url=slack.response_url("ours"))  # in our DM: nothing more to say
    await slack_bot.wait_dm("*Your plan*", after=before + 1)
    assert len(slack.responses) == 5


async def test_more_and_i_covered_it_keep_the_rating_buttons(slack: FakeSlack, slack_bot: SlackBot):
    """The "More" and "I covered it" buttons leave the rating open: only the pressed button goes, each acts once (also
    from a stale copy of the message), and a rating closes the message for good."""
    bot = slack_bot
    await onboard(bot)
    before = len(bot.dm())
    await bot.command("today")
    await bot.wait_dm("*Theory*", after=before)
    await bot.say("Overfitting, the trees fit noise; lower depth and learning rate.")
    original = copy.deepcopy(await bot.wait_dm("*Feedback*", after=before))
    assert buttons_of(original)[0]["text"]["text"] == "I covered it"

    def current() -> dict:
        return next(m for m in bot.dm() if m["ts"] == original["ts"])

    await bot.press("More", message=current())
    await bot.wait_dm("every key point", after=before)
    assert [b["value"] for b in buttons_of(current())] == [
        f"{w} #th-bv-02" for w in ("covered 1", "again", "hard", "good", "easy", "deeper")
    ]
    await bot.press("I covered it", message=current())
    await bot.wait_dm("as covered on your word", after=before)
    assert "→ *More* · *I covered it*" in text_of(current())
    await bot.press("More", message=original)  # the stale copy: nothing happens
    await bot.press("Good", message=current())
    await bot.wait_dm("Rated Good", after=before)
    await bot.press("I covered it", message=original)
    await bot.say("help")  # a sentinel: one learner's messages are handled in order
    await bot.wait_dm("PrepDrip commands", after=before)

    texts = bot.dm_texts()[before:]
    assert sum("every key point" in t for t in texts) == 1
    assert sum("covered on your word" in t for t in texts) == 1
    assert buttons_of(current()) == [] and text_of(current()).endswith("→ *Good*")


async def test_a_file_in_the_dm_is_not_graded_as_an_empty_answer(slack: FakeSlack, slack_bot: SlackBot):
    await onboard(slack_bot)
    before = len(slack_bot.dm())
    await slack_bot.command("today")
    await slack_bot.wait_dm("*Theory*", after=before)

    await slack_bot.post(message_im_event(LEARNER_ID, "", files=["answer.py"]), "a file alone")
    only = await slack_bot.wait_dm("📎", after=before)
    assert "can't open attached files" in text_of(only) and buttons_of(only) == []
    await slack_bot.post(message_im_event(LEARNER_ID, THEORY_ANSWER, files=["diagram.png"]), "text and a file")
    await slack_bot.wait_dm("*Feedback*", after=before)  # the prompt was still open: the text is the answer
    await slack_bot.wait_dm("I read your message's text", after=before)

    assert not any("empty" in t for t in slack_bot.dm_texts()[before:])


async def test_a_press_is_answered_even_when_slack_will_not_update_the_pressed_message(
    slack: FakeSlack, slack_bot: SlackBot
):
    await slack_bot.command("start")
    await slack_bot.wait_dm("Question 1 of 4")
    slack.fail("chat.update", "internal_error")

    await slack_bot.press("No")

    await slack_bot.wait_dm("Question 2 of 4")


async def test_an_answer_written_in_a_thread_is_answered_in_that_thread(slack: FakeSlack, slack_bot: SlackBot):
    await onboard(slack_bot)
    before = len(slack_bot.dm())
    await slack_bot.command("today")
    prompt = await slack_bot.wait_dm("*Theory*", after=before)

    await slack_bot.post(message_im_event(LEARNER_ID, THEORY_ANSWER, thread_ts=prompt["ts"]), "answer in a thread")
    feedback = await slack_bot.wait_dm("*Feedback*", after=before)
    await slack_bot.press("Good", message=feedback)
    rated = await slack_bot.wait_dm("Rated Good", after=before)
    await slack_bot.say("help")  # back in the DM itself
    helped = await slack_bot.wait_dm("PrepDrip commands", after=before)

    assert feedback.get("thread_ts") == rated.get("thread_ts") == prompt["ts"]
    assert "thread_ts" not in helped


async def test_a_long_answer_from_an_old_prompts_button_is_not_graded_against_another(
    slack: FakeSlack, slack_bot: SlackBot
):
    from tests.fakes.slack import block_actions, view_submission

    await onboard(slack_bot)
    before = len(slack_bot.dm())
    await slack_bot.command("today")
    old = await slack_bot.wait_dm("`th-bv-02`", after=before)
    await slack_bot.command("skip")
    await slack_bot.command("practice")  # another prompt is open now
    await slack_bot.wait_dm("`th-bv-03`", after=before)
    value = next(b["value"] for b in buttons_of(old) if b["action_id"] == LONG_ANSWER_ACTION)
    await slack_bot.post(
        block_actions(LEARNER_ID, action_id=LONG_ANSWER_ACTION, value=value, message_ts=old["ts"], message=old),
        "long answer button on the old prompt",
    )
    [opened] = await slack.wait_for("views.open")
    modal = json.loads(opened.args["view"]) if isinstance(opened.args["view"], str) else opened.args["view"]
    values = {"part_1": {"text": {"type": "plain_text_input", "value": THEORY_ANSWER}}}
    submit = view_submission(
        LEARNER_ID, callback_id=modal["callback_id"], private_metadata=modal["private_metadata"], state_values=values
    )

    status, text, _ = await slack_bot.post(submit, "stale modal submit")
    answer = json.loads(text)
    assert status == 200 and answer["response_action"] == "errors"  # the modal stays open, the text in it
    assert "`th-bv-02` isn't open any more" in answer["errors"]["part_1"]
    assert "/coach practice th-bv-02" in answer["errors"]["part_1"]

    await slack_bot.command("practice th-bv-02")
    await slack_bot.wait_dm("Put aside", after=len(slack_bot.dm()) - 1)
    status, text, _ = await slack_bot.post(submit, "the same modal, its prompt open again")
    assert (status, text) == (200, "")
    feedback = await slack_bot.wait_dm("*Feedback*", after=before)
    assert sum("*Feedback*" in t for t in slack_bot.dm_texts()) == 1 and "of 5 key points" in text_of(feedback)
