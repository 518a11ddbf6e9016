"""Posting replies to Slack, and the drip dispatcher's ``Sender`` for Slack.

``SlackPoster`` is the one place that turns a ``Reply`` into Web API calls (chat.postMessage with Block
Kit, the chart with files_upload_v2); the listeners and the ``Sender`` both use it. ``SlackSender``
translates Slack's errors into the dispatcher's two: ``TryLater`` (rate limits, 5xx, time-outs) and
``Undeliverable`` (refused for good, such as ``cannot_dm_bot`` or a revoked token).
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import aiohttp
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.async_handler import AsyncRetryHandler
from slack_sdk.http_retry.builtin_async_handlers import (
    AsyncConnectionErrorRetryHandler,
    AsyncRateLimitErrorRetryHandler,
)
from slack_sdk.web.async_client import AsyncWebClient

from bot.adapters.slack.slack_render import escape, fallback_text, reply_blocks
from bot.core.delivery import Outgoing, TryLater, Undeliverable
from bot.core.flows.bound import tied, word
from bot.core.messages import Button, LearnerRef, Reply

log = logging.getLogger(__name__)

PLATFORM = "slack"
SKIP = Button("Skip", "/coach skip")

#: Slack errors that will not go away by retrying: the message is marked failed, the drip paused
REFUSED = frozenset(
    {
        "cannot_dm_bot",
        "user_not_found",
        "user_disabled",
        "account_inactive",
        "token_revoked",
        "token_expired",
        "invalid_auth",
        "not_authed",
        "no_permission",
        "missing_scope",
        "channel_not_found",
        "is_archived",
        "not_in_channel",
        "team_access_not_granted",
        "team_not_found",
        "ekm_access_denied",
        "not_installed",
        "org_login_required",
        "user_is_bot",
        "messages_tab_disabled",
    }
)
#: Slack errors that mean "not now"
TRANSIENT = frozenset({"ratelimited", "fatal_error", "internal_error", "service_unavailable", "request_timeout"})


#: 429s a reply to the user is retried through (each after Slack's ``Retry-After``): nothing requeues
#: it, so giving up loses the feedback the user is waiting for
REPLY_RATE_LIMIT_RETRIES = 4


def retry_handlers(rate_limit_retries: int = 1) -> list[AsyncRetryHandler]:
    """A dropped connection is retried once; a 429 is retried after Slack's ``Retry-After``: once for the
    dispatcher, whose second 429 becomes ``TryLater`` (the outbox row waits, blocking no other send), and
    ``REPLY_RATE_LIMIT_RETRIES`` times for the listeners' replies, which have no outbox row to wait in."""
    return [
        AsyncConnectionErrorRetryHandler(max_retry_count=1),
        AsyncRateLimitErrorRetryHandler(max_retry_count=rate_limit_retries),
    ]


def web_client(base_url: str, token: str | None = None, *, rate_limit_retries: int = 1) -> AsyncWebClient:
    return AsyncWebClient(token=token, base_url=base_url, retry_handlers=retry_handlers(rate_limit_retries))


def reply_client(base_url: str, token: str | None = None) -> AsyncWebClient:
    """The app's client (bolt copies its retry handlers into each request's client): a reply to what
    the user just typed or pressed outwaits Slack's rate limit rather than being dropped."""
    return web_client(base_url, token, rate_limit_retries=REPLY_RATE_LIMIT_RETRIES)


class SlackPoster:
    """Replies out: to a DM (opened with conversations.open) or a channel, as Block Kit."""

    def __init__(self) -> None:
        self._dms: dict[tuple[str, str], str] = {}

    async def dm_channel(self, client: AsyncWebClient, who: LearnerRef) -> str:
        key = (who.workspace_id, who.user_id)
        if key not in self._dms:
            opened = await client.conversations_open(users=who.user_id)
            self._dms[key] = str(opened["channel"]["id"])
        return self._dms[key]

    async def post(
        self, client: AsyncWebClient, channel: str, reply: Reply, *, interactive: bool = True, thread: str | None = None
    ) -> str:
        """Post one reply; returns its ts. A prompt gets "Skip" and "Write a longer answer" buttons
        (``interactive``); the chart follows the text, uploaded with files_upload_v2. ``thread``: the
        thread the user wrote in, where the answer belongs."""
        extra: tuple[Button, ...] = ()
        long_answer = None
        if interactive and reply.opens_prompt:
            long_answer = reply.meta.get("prompt_id", "")
            extra = () if any(word(b.value) == SKIP.value for b in reply.buttons) else (tied(SKIP, long_answer),)
        posted = await client.chat_postMessage(
            channel=channel,
            text=fallback_text(reply),
            blocks=reply_blocks(reply, extra=extra, long_answer=long_answer),
            unfurl_links=False,
            unfurl_media=False,
            thread_ts=thread,
        )
        if reply.image:
            await self.upload_chart(client, str(posted.get("channel") or channel), reply)
        if reply.files:
            await self.upload_files(client, str(posted.get("channel") or channel), reply)
        return str(posted["ts"])

    async def upload_files(self, client: AsyncWebClient, channel: str, reply: Reply) -> None:
        """A reply's files (an export), in one files_upload_v2 call. If Slack refuses them, the learner is
        told, since the text alone promised files."""
        uploads = [{"content": f.content, "filename": f.filename, "title": f.title or f.filename} for f in reply.files]
        try:
            await client.files_upload_v2(channel=channel, file_uploads=uploads)
        except SlackApiError as e:
            log.warning("%d file(s) not uploaded to %s: %s", len(uploads), channel, _reason(e))
            await client.chat_postMessage(
                channel=channel,
                text=f"⚠️ I couldn't attach the files (Slack said `{escape(_reason(e))}`). Please try again soon.",
            )

    async def upload_chart(self, client: AsyncWebClient, channel: str, reply: Reply) -> None:
        """The chart beside the text. A chart that cannot be uploaded (the bot is not in the channel,
        files:write missing) is logged: the text already said everything."""
        assert reply.image is not None
        path = Path(reply.image)
        upload: dict[str, Any] = {
            "channel": channel,
            "file": str(path),
            "filename": path.name,
            "title": "Readiness",
            "alt_txt": (reply.alt_text or "Readiness chart")[:1000],
            "initial_comment": escape(reply.alt_text or "")[:3000] or None,
        }
        try:
            try:
                await client.files_upload_v2(**upload)
            except SlackApiError as e:
                if _reason(e) != "not_in_channel":
                    raise
                # /readiness works in any channel, but sharing a file needs membership: join a public one
                await client.conversations_join(channel=channel)
                await client.files_upload_v2(**upload)
        except (SlackApiError, OSError) as e:
            log.warning("readiness chart not uploaded to %s: %s", channel, _reason(e))


ClientFor = Callable[[str], Awaitable[AsyncWebClient | None]]


class SlackSender:
    """The dispatcher's way to deliver a scheduled message on Slack: to the learner's DM."""

    platform = PLATFORM

    def __init__(self, client_for: ClientFor, poster: SlackPoster | None = None) -> None:
        self._client_for = client_for
        self.poster = poster or SlackPoster()

    async def send(self, message: Outgoing) -> str:
        who = message.to
        if who.platform != PLATFORM:
            raise Undeliverable(f"not a Slack learner: {who}")
        client = await self._client_for(who.workspace_id)
        if client is None:
            raise Undeliverable("not_installed")
        try:
            # a user id as the channel posts to the DM with them (Slack refuses the bot's own: cannot_dm_bot)
            return await self.poster.post(client, message.channel or who.user_id, message.reply)
        except SlackApiError as e:
            if message.channel and _reason(e) == "not_in_channel":
                return await self._join_and_post(client, message)
            raise translate(e) from e
        except (TimeoutError, aiohttp.ClientError) as e:
            raise TryLater(f"network: {e.__class__.__name__}") from e

    async def _join_and_post(self, client: AsyncWebClient, message: Outgoing) -> str:
        """A group's board for a channel the bot is not in (slash commands work without membership):
        join it if it is public, then post; a private channel needs the app invited."""
        assert message.channel is not None
        try:
            await client.conversations_join(channel=message.channel)
            return await self.poster.post(client, message.channel, message.reply)
        except SlackApiError as e:
            if _reason(e) in ("method_not_supported_for_channel_type", "missing_scope", "not_in_channel"):
                raise Undeliverable("not_in_channel: invite the app to the channel (/invite @PrepDrip)") from e
            raise translate(e) from e


def translate(e: SlackApiError) -> TryLater | Undeliverable:
    """A Slack error as the dispatcher's TryLater or Undeliverable."""
    response = e.response
    status = int(getattr(response, "status_code", 200) or 200)
    reason = _reason(e)
    if status == 429 or reason == "ratelimited":
        return TryLater("ratelimited", _retry_after(response.headers))
    if status >= 500 or reason in TRANSIENT:
        return TryLater(reason if reason != "unknown" else f"http_{status}")
    if reason in REFUSED:
        return Undeliverable(reason)
    # anything else (invalid_blocks, msg_too_long: our bug) would fail the same way on every retry
    return Undeliverable(reason)


def _reason(e: BaseException) -> str:
    if isinstance(e, SlackApiError):
        data: Any = getattr(e.response, "data", None)
        if isinstance(data, dict) and data.get("error"):
            return str(data["error"])
        return "unknown"
    return e.__class__.__name__


def _retry_after(headers: Any) -> float | None:
    try:
        value = (headers or {}).get("Retry-After") or (headers or {}).get("retry-after")
        return float(value) if value is not None else None
    except (TypeError, ValueError):
        return None
