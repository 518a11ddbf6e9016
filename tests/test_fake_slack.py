"""The fake Slack (tests/fakes/slack.py) proven against the real slack_sdk and slack_bolt.

A minimal bolt AsyncApp, like the one the Slack adapter will build, is served over HTTP on loopback at
POST /slack/events; the fake plays both Slack's Web API (the app's client points at it) and Slack itself
(signed requests from the builders). If the fake drifted from the wire format, bolt or the SDK would fail here.
"""

from __future__ import annotations

import asyncio
import json
import struct
import time
import zlib
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import aiohttp
import pytest
from aiohttp import web
from slack_bolt.adapter.aiohttp import to_aiohttp_response, to_bolt_request
from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler
from slack_bolt.async_app import AsyncApp
from slack_bolt.oauth.async_oauth_flow import AsyncOAuthFlow
from slack_bolt.oauth.async_oauth_settings import AsyncOAuthSettings
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.builtin_async_handlers import AsyncRateLimitErrorRetryHandler
from slack_sdk.oauth.installation_store import FileInstallationStore
from slack_sdk.oauth.state_store import FileOAuthStateStore
from slack_sdk.signature import SignatureVerifier
from slack_sdk.web.async_client import AsyncWebClient

from tests.fakes.slack import (
    APP_TOKEN,
    BOT_ID,
    BOT_TOKEN,
    BOT_USER_ID,
    CLIENT_ID,
    CLIENT_SECRET,
    LEARNER_ID,
    SIGNING_SECRET,
    TEAM_ID,
    FakeSlack,
    app_uninstalled_event,
    block_actions,
    dm_channel_id,
    message_im_event,
    post_signed,
    sign,
    slash_command,
    tokens_revoked_event,
    url_verification,
    view_submission,
)

LEARNER_DM = dm_channel_id(LEARNER_ID)


def tiny_png() -> bytes:
    """A valid 1x1 PNG, built here so the test needs no file."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 6, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00\xff\x88\x00\xff"))
        + chunk(b"IEND", b"")
    )


async def eventually(check: Callable[[], bool], timeout: float = 3.0) -> None:  # noqa: ASYNC109
    """For state on the app's side, which the fake cannot signal: poll briefly."""
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise TimeoutError("condition not met in time")
        await asyncio.sleep(0.01)


def web_client(slack: FakeSlack, **kwargs: Any) -> AsyncWebClient:
    return AsyncWebClient(token=BOT_TOKEN, base_url=slack.base_url, **kwargs)


@dataclass
class BoltServer:
    """A bolt AsyncApp served at `url` (POST /slack/events), and what its listeners saw."""

    app: AsyncApp
    url: str
    submissions: list[dict[str, Any]] = field(default_factory=list)
    retry_headers: list[str | None] = field(default_factory=list)
    lifecycle: list[tuple[str, str | None, Any]] = field(default_factory=list)


def build_app(slack: FakeSlack, server: BoltServer | None = None) -> tuple[AsyncApp, BoltServer]:
    client = web_client(slack, retry_handlers=[AsyncRateLimitErrorRetryHandler(max_retry_count=1)])
    # Only client=: bolt takes the token from it (passing token= as well just logs a warning and ignores it).
    app = AsyncApp(signing_secret=SIGNING_SECRET, client=client)
    seen = server or BoltServer(app=app, url="")

    @app.middleware
    async def note_retries(req: Any, resp: Any, next: Any) -> Any:
        seen.retry_headers.append(req.headers.get("x-slack-retry-num", [None])[0])
        return await next()

    @app.command("/coach")
    async def coach(ack: Any, command: dict[str, Any], respond: Any) -> None:
        await ack()
        await respond(text=f"today for {command['user_id']}: {command['text']}")

    @app.event("message")
    async def on_message(event: dict[str, Any], client: AsyncWebClient) -> None:
        await client.chat_postMessage(channel=event["channel"], text=f"echo: {event['text']}")

    @app.action("answer")
    async def on_answer(ack: Any, body: dict[str, Any], client: AsyncWebClient) -> None:
        await ack()
        value = body["actions"][0]["value"]
        await client.chat_update(channel=body["channel"]["id"], ts=body["message"]["ts"], text=f"answered {value}")

    @app.view("answer_modal")
    async def on_submit(ack: Any, view: dict[str, Any]) -> None:
        answer = view["state"]["values"]["answer_block"]["answer"]["value"] or ""
        if not answer.strip():
            await ack(response_action="errors", errors={"answer_block": "Say a bit more."})
            return
        seen.submissions.append({"answer": answer, "metadata": view["private_metadata"]})
        await ack()

    @app.event("app_uninstalled")
    @app.event("tokens_revoked")
    async def on_lifecycle(event: dict[str, Any], context: Any) -> None:
        seen.lifecycle.append((event["type"], context.team_id, event.get("tokens")))

    return app, seen


@pytest.fixture
async def bolt(slack: FakeSlack) -> AsyncIterator[BoltServer]:
    app, server = build_app(slack)

    async def slack_events(request: web.Request) -> web.Response:
        return await to_aiohttp_response(await app.async_dispatch(await to_bolt_request(request)))

    web_app = web.Application()
    web_app.router.add_post("/slack/events", slack_events)
    runner = web.AppRunner(web_app, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    host, port = runner.addresses[0][:2]
    server.url = f"http://{host}:{port}/slack/events"
    try:
        yield server
    finally:
        await runner.cleanup()


# ---------------------------------------------------------------------------------------------------------------
# Slack -> app: signed requests through the real bolt


async def test_signed_slash_command_is_acked_fast_and_respond_reaches_the_response_url(slack, bolt):
    body = slash_command(text="today", user_id=LEARNER_ID, response_url=slack.response_url())

    status, text, elapsed = await post_signed(bolt.url, body, SIGNING_SECRET)

    assert (status, text) == (200, "")
    assert elapsed < 3.0  # Slack's ack deadline: a correctness bound, not a benchmark
    [posted] = await slack.wait_for_responses(1)
    assert posted.body["text"] == f"today for {LEARNER_ID}: today"
    assert [c.method for c in slack.calls()] == ["auth.test"]  # respond() goes to response_url, not the Web API


async def test_forged_signature_is_rejected_and_reaches_nothing(slack, bolt):
    body = slash_command(text="today", response_url=slack.response_url())

    wrong_secret = await post_signed(bolt.url, body, "not-the-signing-secret")
    garbled = await post_signed(bolt.url, body, SIGNING_SECRET, signature="v0=" + "0" * 64)

    assert wrong_secret[:2] == garbled[:2] == (401, json.dumps({"error": "invalid request"}))
    assert slack.calls() == [] and slack.responses == []


async def test_stale_timestamp_is_rejected(slack, bolt):
    body = message_im_event(text="hello")

    stale = await post_signed(bolt.url, body, SIGNING_SECRET, ts=int(time.time()) - 6 * 60)
    fresh = await post_signed(bolt.url, body, SIGNING_SECRET)

    assert stale[0] == 401 and fresh[0] == 200  # same body: only the age differs
    assert len(await slack.wait_for("chat.postMessage")) == 1


async def test_message_im_event_authorizes_then_posts_in_the_dm(slack, bolt):
    status, _, _ = await post_signed(bolt.url, message_im_event(LEARNER_ID, "yes", LEARNER_DM), SIGNING_SECRET)

    assert status == 200
    [post] = await slack.wait_for("chat.postMessage")
    assert [c.method for c in slack.calls()] == ["auth.test", "chat.postMessage"]
    assert post.token == BOT_TOKEN and post.args["channel"] == LEARNER_DM and post.args["text"] == "echo: yes"
    [stored] = slack.messages(LEARNER_DM)
    assert (stored["text"], stored["user"], stored["bot_id"]) == ("echo: yes", BOT_USER_ID, BOT_ID)


@pytest.mark.parametrize("subtype", [None, "bot_message"])
async def test_bots_own_echoed_message_is_ignored_by_bolt(slack, bolt, subtype):
    # Slack echoes the bot's posts back as message.im events. Bolt drops them by comparing the event's `user` with
    # auth.test's `user_id` (for an xoxb- token) or, for a bot_message with no user, its `bot_id` with auth.test's.
    # A learner's message after it is the control.
    echo = message_im_event(BOT_USER_ID, "echo: yes", LEARNER_DM, bot_id=BOT_ID, subtype=subtype)
    assert (await post_signed(bolt.url, echo, SIGNING_SECRET))[0] == 200
    assert (await post_signed(bolt.url, message_im_event(LEARNER_ID, "no"), SIGNING_SECRET))[0] == 200

    await slack.wait_for("chat.postMessage")
    assert [m["text"] for m in slack.messages(LEARNER_DM)] == ["echo: no"]


async def test_block_actions_updates_the_clicked_message(slack, bolt):
    ts = slack.seed_message(LEARNER_DM, "Is L2 regularisation a prior?", blocks=[{"type": "actions", "elements": []}])
    body = block_actions(LEARNER_ID, action_id="answer", value="yes", message_ts=ts, channel=LEARNER_DM)

    status, _, elapsed = await post_signed(bolt.url, body, SIGNING_SECRET)

    assert status == 200 and elapsed < 3.0
    [update] = await slack.wait_for("chat.update")
    assert (update.args["channel"], update.args["ts"]) == (LEARNER_DM, ts)
    [message] = slack.messages(LEARNER_DM)
    assert message["text"] == "answered yes" and "edited" in message


async def test_view_submission_is_acked_with_errors_or_accepted(slack, bolt):
    def submit(answer: str) -> bytes:
        values = {"answer_block": {"answer": {"type": "plain_text_input", "value": answer}}}
        return view_submission(LEARNER_ID, callback_id="answer_modal", private_metadata="q-17", state_values=values)

    empty = await post_signed(bolt.url, submit("  "), SIGNING_SECRET)
    good = await post_signed(bolt.url, submit("bias-variance"), SIGNING_SECRET)

    assert empty[0] == 200
    assert json.loads(empty[1]) == {"response_action": "errors", "errors": {"answer_block": "Say a bit more."}}
    assert good[:2] == (200, "")
    assert bolt.submissions == [{"answer": "bias-variance", "metadata": "q-17"}]


async def test_url_verification_is_answered_with_the_challenge(slack, bolt):
    status, text, _ = await post_signed(
        bolt.url, url_verification("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P"), SIGNING_SECRET
    )

    assert status == 200
    assert json.loads(text) == {"challenge": "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P"}
    assert slack.calls() == []  # no auth.test for a url_verification


async def test_redelivery_headers_reach_the_app(slack, bolt):
    body = message_im_event(LEARNER_ID, "again", event_id="Ev0RETRY01")

    await post_signed(bolt.url, body, SIGNING_SECRET)
    await post_signed(bolt.url, body, SIGNING_SECRET, retry_num=1, retry_reason="http_timeout")

    assert bolt.retry_headers == [None, "1"]
    await slack.wait_for("chat.postMessage", n=2)  # bolt has no de-duplication: both deliveries are handled


async def test_uninstall_and_revocation_events_reach_the_app_without_auth_test(slack, bolt):
    uninstalled = await post_signed(bolt.url, app_uninstalled_event(), SIGNING_SECRET)
    revoked = await post_signed(bolt.url, tokens_revoked_event(oauth=[LEARNER_ID]), SIGNING_SECRET)

    assert uninstalled[0] == revoked[0] == 200
    await eventually(lambda: len(bolt.lifecycle) == 2)  # listeners run after bolt's automatic ack
    assert bolt.lifecycle == [
        ("app_uninstalled", TEAM_ID, None),
        ("tokens_revoked", TEAM_ID, {"oauth": [LEARNER_ID], "bot": [BOT_USER_ID]}),
    ]
    assert slack.calls() == []  # bolt skips auth.test for these: the token may already be dead


async def test_rate_limited_post_is_retried_by_the_retry_handler(slack, bolt):
    slack.rate_limit("chat.postMessage", retry_after=1, times=1)

    await post_signed(bolt.url, message_im_event(LEARNER_ID, "yes"), SIGNING_SECRET)

    posts = await slack.wait_for("chat.postMessage", n=2, timeout=5)
    assert len(posts) == 2 and posts[0].args == posts[1].args
    assert [m["text"] for m in slack.messages(LEARNER_DM)] == ["echo: yes"]  # stored once: the 429 stored nothing


# ---------------------------------------------------------------------------------------------------------------
# app -> Slack: the Web API through the real AsyncWebClient


async def test_rate_limit_answer_is_a_429_with_retry_after(slack):
    slack.rate_limit("chat.postMessage", retry_after=7)
    client = web_client(slack, retry_handlers=[])

    with pytest.raises(SlackApiError) as caught:
        await client.chat_postMessage(channel=LEARNER_DM, text="hi")

    assert caught.value.response.status_code == 429
    assert caught.value.response["error"] == "ratelimited"
    assert caught.value.response.headers["Retry-After"] == "7"
    assert (await client.chat_postMessage(channel=LEARNER_DM, text="hi"))["ok"]  # the script was used up


async def test_scripted_errors_surface_as_slack_api_errors(slack):
    client = web_client(slack)
    slack.fail("chat.postMessage", error="cannot_dm_bot")
    slack.fail("chat.postMessage", error="user_not_found")
    slack.fail_http("chat.postMessage", status=500)

    errors = []
    for _ in range(3):
        with pytest.raises(SlackApiError) as caught:
            await client.chat_postMessage(channel=LEARNER_DM, text="hi")
        errors.append((caught.value.response.status_code, caught.value.response.get("error")))

    assert errors == [(200, "cannot_dm_bot"), (200, "user_not_found"), (500, None)]
    assert len(slack.calls("chat.postMessage")) == 3 and slack.messages(LEARNER_DM) == []


async def test_posting_to_the_bot_itself_is_cannot_dm_bot_without_scripting(slack):
    with pytest.raises(SlackApiError) as caught:
        await web_client(slack).chat_postMessage(channel=BOT_USER_ID, text="hi me")

    assert caught.value.response["error"] == "cannot_dm_bot"


async def test_posting_to_a_user_id_lands_in_their_dm(slack):
    client = web_client(slack)

    opened = await client.conversations_open(users=LEARNER_ID)
    posted = await client.chat_postMessage(channel=LEARNER_ID, text="Day 1")

    assert opened["channel"]["id"] == posted["channel"] == LEARNER_DM
    assert posted["message"]["text"] == "Day 1" and float(posted["ts"]) > 0
    assert [m["ts"] for m in slack.messages(LEARNER_DM)] == [posted["ts"]]


async def test_sdk_sends_some_arguments_in_the_query_string_and_the_fake_reads_them(slack):
    client = web_client(slack)

    await client.auth_test()
    await client.conversations_open(users=LEARNER_ID)
    with pytest.raises(SlackApiError):
        await client.users_info(user="U0NOBODY")
    await client.chat_postMessage(channel=LEARNER_DM, text="json body")

    opened, info, post = slack.calls("conversations.open")[0], slack.calls("users.info")[0], slack.calls()[-1]
    # A form POST with an empty body: the arguments are only in the query string.
    assert opened.headers["Content-Length"] == "0" and opened.args == {"users": LEARNER_ID}
    assert info.args == {"user": "U0NOBODY"}  # a GET
    assert post.headers["Content-Type"].startswith("application/json") and post.args["text"] == "json body"
    assert all(c.token == BOT_TOKEN and c.headers["Authorization"] == f"Bearer {BOT_TOKEN}" for c in slack.calls())


async def test_form_and_token_argument_are_accepted(slack):
    client = AsyncWebClient(base_url=slack.base_url)  # no token in the client: it goes as a form field

    response = await client.api_call("chat.postMessage", data={"token": BOT_TOKEN, "channel": "C0GENERAL", "text": "x"})

    assert response["channel"] == "C0GENERAL"
    [call] = slack.calls("chat.postMessage")
    assert call.token == BOT_TOKEN and call.args == {"channel": "C0GENERAL", "text": "x"}


async def test_multipart_arguments_are_merged(slack):
    form = aiohttp.FormData()
    form.add_field("channel", LEARNER_DM)
    form.add_field("blocks", json.dumps([{"type": "section", "text": {"type": "mrkdwn", "text": "*hi*"}}]))
    form.add_field("file", b"\x00\x01", filename="x.bin")
    async with (
        aiohttp.ClientSession() as session,
        session.post(
            slack.base_url + "chat.postMessage", data=form, headers={"Authorization": f"Bearer {BOT_TOKEN}"}
        ) as resp,
    ):
        body = await resp.json()

    assert body["ok"] and body["message"]["blocks"][0]["text"]["text"] == "*hi*"
    assert slack.calls("chat.postMessage")[0].args["file"] == b"\x00\x01"


async def test_tokens_are_checked_like_slack(slack):
    answers = []
    for token in (None, "xoxb-unknown", APP_TOKEN):
        client = AsyncWebClient(token=token, base_url=slack.base_url)
        with pytest.raises(SlackApiError) as caught:
            await client.auth_test()
        answers.append(caught.value.response["error"])

    assert answers == ["not_authed", "invalid_auth", "not_allowed_token_type"]


async def test_auth_test_identifies_the_bot_and_sends_scopes(slack):
    response = await web_client(slack).auth_test()

    assert {k: response[k] for k in ("user_id", "bot_id", "team_id", "team", "user")} == {
        "user_id": BOT_USER_ID,
        "bot_id": BOT_ID,
        "team_id": TEAM_ID,
        "team": "PrepDrip Dev",
        "user": "prepdrip",
    }
    assert response["url"] == "https://prepdrip-dev.slack.com/"
    assert "chat:write" in response.headers["x-oauth-scopes"]


@pytest.mark.parametrize(
    "when, offset",
    [(datetime(2026, 11, 25, 7, tzinfo=UTC), 3600), (datetime(2026, 7, 1, 7, tzinfo=UTC), 7200)],
)
async def test_users_info_reports_tz_offset_for_the_fakes_clock(when, offset):
    async with FakeSlack(clock=when.timestamp) as slack:
        slack.add_user(LEARNER_ID, real_name="Ada Lovelace", tz="Europe/Berlin")
        slack.add_user("U0GONE", real_name="Gone", deleted=True)

        client = web_client(slack)
        user = (await client.users_info(user=LEARNER_ID))["user"]
        gone = (await client.users_info(user="U0GONE"))["user"]

    assert (user["real_name"], user["tz"], user["tz_offset"], user["deleted"]) == (
        "Ada Lovelace",
        "Europe/Berlin",
        offset,
        False,
    )
    assert gone["deleted"] is True


async def test_update_delete_and_ephemeral(slack):
    client = web_client(slack)
    first = await client.chat_postMessage(channel=LEARNER_DM, text="Q1")
    second = await client.chat_postMessage(channel=LEARNER_DM, text="Q2")
    someone_elses = slack.seed_message(LEARNER_DM, "mine", user=LEARNER_ID)

    updated = await client.chat_update(channel=LEARNER_DM, ts=first["ts"], text="Q1 (answered)")
    await client.chat_delete(channel=LEARNER_DM, ts=second["ts"])
    ephemeral = await client.chat_postEphemeral(channel=LEARNER_DM, user=LEARNER_ID, text="only you")
    with pytest.raises(SlackApiError) as not_ours:
        await client.chat_update(channel=LEARNER_DM, ts=someone_elses, text="x")
    with pytest.raises(SlackApiError) as gone:
        await client.chat_update(channel=LEARNER_DM, ts=second["ts"], text="x")

    assert float(second["ts"]) > float(first["ts"])
    assert updated["text"] == "Q1 (answered)"
    assert [m["text"] for m in slack.messages(LEARNER_DM)] == ["Q1 (answered)", "mine"]
    assert slack.ephemerals[0]["message_ts"] == ephemeral["message_ts"]
    assert (not_ours.value.response["error"], gone.value.response["error"]) == (
        "cant_update_message",
        "message_not_found",
    )


async def test_platform_limits_are_enforced(slack):
    client = web_client(slack)
    too_many = [{"type": "divider"}] * 51

    with pytest.raises(SlackApiError) as blocks:
        await client.chat_postMessage(channel=LEARNER_DM, text="x", blocks=too_many)
    with pytest.raises(SlackApiError) as empty, pytest.warns(UserWarning, match="`text` argument is missing"):
        await client.chat_postMessage(channel=LEARNER_DM, text="")

    assert blocks.value.response["error"] == "invalid_blocks"
    assert empty.value.response["error"] == "no_text"
    assert (await client.chat_postMessage(channel=LEARNER_DM, text="x", blocks=too_many[:50]))["ok"]


async def test_views_open_update_push_and_publish(slack):
    client = web_client(slack)
    modal = {"type": "modal", "callback_id": "answer_modal", "title": {"type": "plain_text", "text": "Answer"}}
    home = {"type": "home", "blocks": [{"type": "section", "text": {"type": "mrkdwn", "text": "Day 3 of 42"}}]}

    opened = (await client.views_open(trigger_id="1.2.abc", view=modal))["view"]
    updated = (await client.views_update(view_id=opened["id"], hash=opened["hash"], view=modal))["view"]
    pushed = (await client.views_push(trigger_id="1.2.abc", view=modal))["view"]
    with pytest.raises(SlackApiError) as stale_hash:
        await client.views_update(view_id=opened["id"], hash="1.stale", view=modal)
    published = (await client.views_publish(user_id=LEARNER_ID, view=home))["view"]

    assert opened["callback_id"] == "answer_modal" and updated["id"] == opened["id"]
    assert pushed["previous_view_id"] == opened["id"] and pushed["root_view_id"] == opened["id"]
    assert stale_hash.value.response["error"] == "hash_conflict"
    assert slack.home_views[LEARNER_ID]["blocks"][0]["text"]["text"] == "Day 3 of 42"
    assert published["type"] == "home" and published["id"] == slack.home_views[LEARNER_ID]["id"]


async def test_files_upload_v2_sends_the_bytes_and_shares_the_file(slack):
    png = tiny_png()

    response = await web_client(slack).files_upload_v2(
        channel=LEARNER_DM, file=png, filename="readiness.png", title="Readiness", initial_comment="Your week"
    )

    file_id = response["file"]["id"]
    assert [c.method for c in slack.calls()] == [
        "files.getUploadURLExternal",
        "upload",
        "files.completeUploadExternal",
    ]
    assert slack.calls("files.getUploadURLExternal")[0].args["length"] == str(len(png))
    uploaded = slack.files[file_id]
    assert uploaded.content == png and uploaded.completed
    assert (uploaded.channel_id, uploaded.initial_comment, uploaded.title) == (LEARNER_DM, "Your week", "Readiness")
    assert response["file"]["mimetype"] == "image/png" and response["file"]["size"] == len(png)
    [shared] = slack.messages(LEARNER_DM)
    assert shared["text"] == "Your week" and shared["files"][0]["id"] == file_id


# slack_sdk passes client_id/secret as aiohttp.BasicAuth, which aiohttp 3.1x deprecates: upstream, not ours.
@pytest.mark.filterwarnings("ignore:BasicAuth is deprecated:DeprecationWarning")
async def test_oauth_install_with_bolts_flow_and_uninstall(slack, tmp_path: Path):
    other = slack.add_workspace("T0OTHERTEAM", name="Other Team")
    slack.oauth_code("code-other", team_id=other.team_id, user_id="U0INSTALLER")
    settings = AsyncOAuthSettings(
        client_id=CLIENT_ID,
        client_secret=CLIENT_SECRET,
        scopes=["chat:write", "commands"],
        installation_store=FileInstallationStore(base_dir=str(tmp_path / "installations")),
        state_store=FileOAuthStateStore(expiration_seconds=600, base_dir=str(tmp_path / "states")),
    )
    flow = AsyncOAuthFlow(client=AsyncWebClient(base_url=slack.base_url), settings=settings)

    installation = await flow.run_installation("code-other")
    reused = await flow.run_installation("code-other")

    assert installation is not None and reused is None  # a code works once
    assert (installation.team_id, installation.team_name, installation.user_id) == (
        "T0OTHERTEAM",
        "Other Team",
        "U0INSTALLER",
    )
    assert (installation.bot_user_id, installation.bot_id) == (other.bot_user_id, other.bot_id)  # via auth.test
    assert installation.bot_token and installation.bot_token.startswith("xoxb-") and installation.token_type == "bot"
    [access] = slack.calls("oauth.v2.access")[:1]
    assert access.token is None and access.args["client_id"] == CLIENT_ID  # Basic auth, not a token

    installed = AsyncWebClient(token=installation.bot_token, base_url=slack.base_url)
    await installed.apps_uninstall(client_id=CLIENT_ID, client_secret=CLIENT_SECRET)
    with pytest.raises(SlackApiError) as revoked:
        await installed.auth_test()
    assert revoked.value.response["error"] == "token_revoked"
    assert (await web_client(slack).auth_test())["team_id"] == TEAM_ID  # the other workspace is untouched


async def test_wait_for_times_out_with_what_it_saw(slack):
    await web_client(slack).auth_test()

    with pytest.raises(TimeoutError, match=r"chat\.postMessage.*auth\.test"):
        await slack.wait_for("chat.postMessage", timeout=0.05)


async def test_unknown_methods_answer_ok_or_unknown_method():
    async with FakeSlack() as lenient, FakeSlack(unknown_methods="error") as strict:
        ok = await web_client(lenient).api_call("reminders.add", json={"text": "x"})
        with pytest.raises(SlackApiError) as caught:
            await web_client(strict).api_call("reminders.add", json={"text": "x"})

    assert ok.data == {"ok": True} and lenient.calls("reminders.add")[0].args == {"text": "x"}
    assert caught.value.response["error"] == "unknown_method"


def test_sign_matches_slack_sdks_verifier():
    body = slash_command(text="today")
    now = int(time.time())

    headers = sign(body, SIGNING_SECRET, now)

    assert SignatureVerifier(SIGNING_SECRET).is_valid_request(body, headers)
    assert not SignatureVerifier("other").is_valid_request(body, headers)


def test_slash_command_has_the_fields_slack_sends():
    fields = {k: v[0] for k, v in parse_qs(slash_command(text="plan 2027-06-30").decode()).items()}

    assert fields["command"] == "/coach" and fields["text"] == "plan 2027-06-30"
    assert fields["channel_id"] == LEARNER_DM and fields["channel_name"] == "directmessage"
    assert {"token", "team_domain", "user_name", "api_app_id", "is_enterprise_install", "trigger_id"} <= set(fields)
    assert "enterprise_id" not in fields


# ---------------------------------------------------------------------------------------------------------------
# Socket Mode through bolt's AsyncSocketModeHandler


async def test_socket_mode_envelopes_are_acked_and_reconnects(slack):
    app, _ = build_app(slack)
    handler = AsyncSocketModeHandler(app, APP_TOKEN)
    await handler.connect_async()
    try:
        await slack.wait_for_socket()
        ack = await slack.socket_send(slash_command(text="today", response_url=slack.response_url()))
        event_ack = await slack.socket_send(message_im_event(LEARNER_ID, "via socket"))
        [posted] = await slack.wait_for_responses(1)
        await slack.wait_for("chat.postMessage")

        await slack.socket_disconnect()
        await slack.wait_for_socket(connections=2)
    finally:
        await handler.close_async()

    assert set(ack) == {"envelope_id"} and set(event_ack) == {"envelope_id"}
    assert posted.body["text"] == f"today for {LEARNER_ID}: today"
    assert slack.messages(LEARNER_DM)[0]["text"] == "echo: via socket"
    assert [c.token for c in slack.calls("apps.connections.open")] == [APP_TOKEN, APP_TOKEN]
