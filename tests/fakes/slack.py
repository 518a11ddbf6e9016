"""A fake Slack on 127.0.0.1 that speaks the real wire protocol, so slack_sdk and slack_bolt run for real.

Two halves:

**`FakeSlack`**, the Slack side a bot talks *to* (one aiohttp server, port 0):

    async with FakeSlack() as slack:
        client = AsyncWebClient(token=slack.bot_token, base_url=slack.base_url)  # base_url ends in /api/
        await client.chat_postMessage(channel=LEARNER_ID, text="hi")  # a user id posts to the DM
        [call] = await slack.wait_for("chat.postMessage")          # Call(method, args, token, headers, at)
        assert call.args["text"] == "hi" and slack.messages(dm_channel_id(LEARNER_ID))[0]["text"] == "hi"

  - Web API at `POST|GET /api/<method>`: arguments are merged from the query string, a form or multipart body
    and a JSON body (slack_sdk uses all three, see below); the token comes from `Authorization: Bearer` or a
    `token` argument (dropped from `args`); `Basic` auth (oauth.v2.access) becomes `client_id`/`client_secret`.
    Every call is recorded, in order, even when it fails: `calls(method=None)`, `await wait_for(method, n, timeout)`.
  - Tokens are checked like Slack does: none -> `not_authed`, unknown -> `invalid_auth`, revoked (apps.uninstall,
    auth.revoke) -> `token_revoked`. `bot_token` (xoxb) is valid from the start; oauth.v2.access issues more, per
    workspace (`add_workspace`, `oauth_code`); `app_token` (xapp) is only good for apps.connections.open.
  - Realistic answers, each with `ok`, and an `x-oauth-scopes` header (bolt reads it into `bot_scopes`):
    auth.test, api.test, chat.postMessage (a user id as `channel` posts to `dm_channel_id(user)`; own bot or a bot
    user -> `cannot_dm_bot`), chat.update, chat.postEphemeral, chat.delete (only the app's own messages),
    conversations.open (`D` + user id), conversations.members (`channel_members[channel]`, paged; needs
    channels:read or groups:read, which `BOT_SCOPES` lacks -> `missing_scope`), users.info (`add_user`;
    unknown -> `user_not_found`), views.open/push/
    update/publish (with `hash` -> `hash_conflict`), files.getUploadURLExternal + the upload URL +
    files.completeUploadExternal (what `files_upload_v2` calls), oauth.v2.access, apps.uninstall, auth.revoke,
    apps.connections.open. Other methods answer `{"ok": true}` (or `unknown_method` with
    `FakeSlack(unknown_methods="error")`). Platform limits are enforced where cheap: 50 blocks a message, 100 a
    view, 3000 characters in a section, 40000 in a message (`invalid_blocks`, `msg_too_long`, `invalid_arguments`).
  - State to assert on: `messages(channel)`, `ephemerals`, `views`, `home_views[user_id]`, `files[file_id]`
    (`UploadedFile.content` holds the uploaded bytes; the upload itself is recorded as a Call named "upload").
  - Strict where Slack is: chat.update/delete of a ts the fake never saw -> `message_not_found` (put one there
    first with `seed_message(channel, text, blocks=...)`, which returns its ts), users.info of a user never
    `add_user`-ed -> `user_not_found`, a reused OAuth code -> `invalid_code`.
  - `response_url()` makes a `/response/<id>` URL on the fake; what bolt's `respond()` posts there is recorded in
    `responses` (`ResponsePost(url, body, at)`); `await wait_for_responses(n)`.
  - Faults, queued per method and consumed one per call before anything else: `fail(method, error, times=1,
    **extra)` -> 200 `{"ok": false, "error": ...}`; `rate_limit(method, retry_after=1, times=1)` -> 429 with
    `Retry-After`; `fail_http(method, status=500, times=1)`; `script(method, status, body, headers)` for anything.
  - Socket Mode: apps.connections.open returns `ws://.../socket-mode/...`; on connect the fake says `hello`.
    `await socket_send(body)` wraps one of the builders' bodies below in an envelope (`events_api`,
    `slash_commands` or `interactive`, picked from the body), sends it and returns the client's ack (the dict it
    sent back, with `payload` when bolt acked with one); `await wait_for_socket(connections=1)`,
    `await socket_disconnect()` (the client then reconnects: `wait_for_socket(connections=2)`).

**Builders**, the Slack side that talks *to* a bot (pure functions, shapes as Slack documents them):

    body = slash_command(text="today", response_url=slack.response_url())
    status, text, elapsed = await post_signed(f"{app_url}/slack/events", body, SIGNING_SECRET)
    assert status == 200 and elapsed < 3

  `sign(body, secret, timestamp)` -> the two headers; `slash_command`, `block_actions`, `view_submission` -> form
  bodies; `message_im_event`, `app_home_opened_event`, `app_uninstalled_event`, `tokens_revoked_event`,
  `url_verification` -> JSON bodies; `post_signed(url, body, secret, content_type=None, ts=None, retry_num=None,
  retry_reason=None, signature=None)` -> (status, text, seconds), able to send stale timestamps, forged
  signatures and Slack's retry headers. Default ids: `TEAM_ID`, `APP_ID`, `BOT_USER_ID`, `BOT_ID`, `LEARNER_ID`.

Wire facts from slack_sdk 3.4x this reproduces (so a fake that reads only JSON bodies would miss calls):
chat.*Message/update/postEphemeral and views.* send JSON; auth.test, chat.delete, conversations.open, files.*External,
apps.uninstall and apps.connections.open POST with the arguments in the *query string*; users.info is a GET;
oauth.v2.access is a form with HTTP Basic auth; the upload URL gets the raw bytes with no token and the client
expects `text/plain` "OK - <size>" back. Everything runs in the test's event loop: `wait_for` awaits, no threads.

What bolt 1.30 relies on (see tests/test_fake_slack.py, whose `bolt` fixture is the pattern for an adapter test):
single-team bolt calls auth.test once per app, on the first request that needs it, and treats the token as a bot
token only if it starts with `xoxb-`; then auth.test `user_id` becomes `bot_user_id` and `bot_id` stays `bot_id`,
which is how it drops the bot's own echoed messages. url_verification, app_uninstalled and tokens_revoked need no
auth.test. A request no listener matched gets 404. Bad or stale (> 5 min) signatures get 401 before anything runs.

Not modelled: the 5-uses / 30-minutes limit of a response_url, trigger_id expiry (3 s), Slack's own redelivery of
unacked events (send it yourself with `post_signed(..., retry_num=1)`), pagination (but conversations.members'),
and methods not listed above beyond `{"ok": true}`.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import hashlib
import hmac
import itertools
import json
import mimetypes
import time
import uuid
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from types import TracebackType
from typing import Any, Literal, Self
from urllib.parse import parse_qsl, urlencode
from zoneinfo import ZoneInfo

import aiohttp
from aiohttp import web

TEAM_ID = "T0PREPDRIP"
TEAM_NAME = "PrepDrip Dev"
TEAM_DOMAIN = "prepdrip-dev"
APP_ID = "A0PREPDRIP"
BOT_USER_ID = "U0PREPBOT"
BOT_ID = "B0PREPBOT"
BOT_NAME = "prepdrip"
LEARNER_ID = "U0LEARNER1"
BOT_TOKEN = "xoxb-fake-bot"  # short on purpose: not shaped like a real token
APP_TOKEN = "xapp-1-fake-app"
SIGNING_SECRET = "fake-signing-secret-8f14e45fceea167a"
CLIENT_ID = "1000000001.4000000004"
CLIENT_SECRET = "fake-client-secret"
VERIFICATION_TOKEN = "fakeverificationtoken"  # the deprecated `token` field Slack still puts in payloads
BOT_SCOPES = "chat:write,commands,im:history,im:read,im:write,users:read,files:write"

JSON = "application/json"
FORM = "application/x-www-form-urlencoded"

MAX_MESSAGE_BLOCKS = 50
MAX_VIEW_BLOCKS = 100
MAX_SECTION_TEXT = 3000
MAX_MESSAGE_TEXT = 40000

_NO_AUTH = frozenset({"api.test", "oauth.v2.access", "oauth.access"})
_APP_TOKEN_METHODS = frozenset({"apps.connections.open"})


def dm_channel_id(user_id: str) -> str:
    """The fake's (deterministic) DM channel with a user: `D` + user id."""
    return "D" + user_id


# --------------------------------------------------------------------------------------------------------------
# What the fake records


@dataclass(frozen=True, slots=True)
class Call:
    """One Web API call as the fake received it. `args` are as sent: strings from a query or form, typed from JSON."""

    method: str
    args: dict[str, Any]
    token: str | None
    headers: dict[str, str]
    at: float


@dataclass(frozen=True, slots=True)
class ResponsePost:
    """One body POSTed to a `response_url()` (what bolt's `respond()` sends)."""

    url: str
    body: dict[str, Any]
    at: float


@dataclass(slots=True)
class UploadedFile:
    file_id: str
    filename: str
    length: int
    upload_url: str
    alt_txt: str | None = None
    content: bytes | None = None  # None until the upload URL received the bytes
    title: str | None = None
    channel_id: str | None = None
    initial_comment: str | None = None
    thread_ts: str | None = None
    completed: bool = False
    user_id: str | None = None


@dataclass(frozen=True, slots=True)
class Identity:
    """Who a token belongs to: what auth.test answers for it."""

    team_id: str
    team: str
    url: str
    user_id: str
    user: str
    bot_id: str | None  # None for user tokens
    enterprise_id: str | None
    scopes: str
    app_id: str
    token: str
    kind: Literal["bot", "user", "app"] = "bot"


@dataclass(frozen=True, slots=True)
class Workspace:
    team_id: str
    name: str
    domain: str
    bot_user_id: str
    bot_id: str
    enterprise_id: str | None = None
    enterprise_name: str | None = None


@dataclass(frozen=True, slots=True)
class UserProfile:
    user_id: str
    real_name: str
    tz: str = "UTC"
    tz_offset: int | None = None  # seconds; None: computed from `tz` at the fake's clock
    deleted: bool = False
    is_bot: bool = False
    name: str | None = None
    team_id: str = TEAM_ID


@dataclass(frozen=True, slots=True)
class Scripted:
    """One queued answer for a method, served instead of the normal one."""

    status: int
    body: dict[str, Any] | str
    headers: dict[str, str] = field(default_factory=dict)
    content_type: str = "text/plain"  # for a str body


class _ApiError(Exception):
    def __init__(self, error: str, **extra: Any) -> None:
        super().__init__(error)
        self.error = error
        self.extra = extra


# --------------------------------------------------------------------------------------------------------------
# The server


class FakeSlack:
    """Slack's Web API, upload URLs, response_urls and Socket Mode on one loopback port. See the module docstring."""

    def __init__(
        self,
        *,
        team_id: str = TEAM_ID,
        team_name: str = TEAM_NAME,
        team_domain: str = TEAM_DOMAIN,
        enterprise_id: str | None = None,
        app_id: str = APP_ID,
        bot_user_id: str = BOT_USER_ID,
        bot_id: str = BOT_ID,
        bot_token: str = BOT_TOKEN,
        app_token: str = APP_TOKEN,
        bot_scopes: str = BOT_SCOPES,
        client_id: str = CLIENT_ID,
        client_secret: str = CLIENT_SECRET,
        unknown_methods: Literal["ok", "error"] = "ok",
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.app_id = app_id
        self.bot_token = bot_token
        self.app_token = app_token
        self.bot_scopes = bot_scopes
        self.client_id = client_id
        self.client_secret = client_secret
        self.unknown_methods = unknown_methods
        self._clock = clock

        self.workspace = Workspace(team_id, team_name, team_domain, bot_user_id, bot_id, enterprise_id)
        self.workspaces: dict[str, Workspace] = {team_id: self.workspace}
        self.users: dict[str, UserProfile] = {}
        self._tokens: dict[str, Identity] = {}
        self._revoked: set[str] = set()
        self._oauth_codes: dict[str, tuple[str, str]] = {}
        self._used_codes: set[str] = set()
        self._add_bot_identity(bot_token, self.workspace)
        self._tokens[app_token] = Identity(
            team_id=team_id,
            team=team_name,
            url=self._team_url(self.workspace),
            user_id="",
            user="",
            bot_id=None,
            enterprise_id=enterprise_id,
            scopes="connections:write",
            app_id=app_id,
            token=app_token,
            kind="app",
        )

        self._calls: list[Call] = []
        self.responses: list[ResponsePost] = []
        self._response_urls: set[str] = set()
        self._scripts: dict[str, deque[Scripted]] = {}
        self._messages: dict[str, list[dict[str, Any]]] = {}
        self.ephemerals: list[dict[str, Any]] = []
        self.views: dict[str, dict[str, Any]] = {}
        self.home_views: dict[str, dict[str, Any]] = {}
        self.files: dict[str, UploadedFile] = {}
        self._uploads: dict[str, str] = {}  # upload id -> file id
        self._open_dms: set[str] = set()
        self._ids = itertools.count(1)
        self._last_ts_micros = 0
        self._changed = asyncio.Event()

        self._sockets: list[web.WebSocketResponse] = []
        self._acks: dict[str, asyncio.Future[dict[str, Any]]] = {}
        self._tickets: set[str] = set()
        self.socket_connections = 0  # how many Socket Mode connections were ever made
        self.outside: dict[str, bool] = {}  # channels the bot is not in (True: private)
        self.channel_members: dict[str, list[str]] = {}  # conversations.members, per channel id

        self._runner: web.AppRunner | None = None
        self._root = ""
        self._handlers: dict[str, Callable[[dict[str, Any], Identity | None], dict[str, Any]]] = {
            "api.test": self._api_test,
            "auth.test": self._auth_test,
            "auth.revoke": self._auth_revoke,
            "chat.postMessage": self._chat_post_message,
            "chat.update": self._chat_update,
            "chat.postEphemeral": self._chat_post_ephemeral,
            "chat.delete": self._chat_delete,
            "conversations.open": self._conversations_open,
            "conversations.join": self._conversations_join,
            "conversations.members": self._conversations_members,
            "users.info": self._users_info,
            "views.open": self._views_open,
            "views.push": self._views_push,
            "views.update": self._views_update,
            "views.publish": self._views_publish,
            "files.getUploadURLExternal": self._files_get_upload_url_external,
            "files.completeUploadExternal": self._files_complete_upload_external,
            "oauth.v2.access": self._oauth_v2_access,
            "apps.uninstall": self._apps_uninstall,
            "apps.connections.open": self._apps_connections_open,
        }
        self.add_user(bot_user_id, real_name="PrepDrip", is_bot=True, name=BOT_NAME, tz="America/Los_Angeles")

    # ---- lifecycle

    async def start(self) -> Self:
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_route("*", "/api/{method}", self._api)
        app.router.add_post("/upload/v1/{upload_id}", self._upload)
        app.router.add_post("/response/{response_id}", self._response)
        app.router.add_get("/socket-mode/{ticket}", self._socket)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        host, port = self._runner.addresses[0][:2]
        self._root = f"http://{host}:{port}"
        return self

    async def stop(self) -> None:
        for ws in list(self._sockets):
            await ws.close()
        for pending in self._acks.values():
            pending.cancel()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> Self:
        return await self.start()

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.stop()

    @property
    def root_url(self) -> str:
        """`http://127.0.0.1:<port>` (no trailing slash)."""
        if not self._root:
            raise RuntimeError("FakeSlack is not started")
        return self._root

    @property
    def base_url(self) -> str:
        """For `AsyncWebClient(base_url=...)`: `http://127.0.0.1:<port>/api/`."""
        return self.root_url + "/api/"

    # ---- configuring

    def add_user(
        self,
        user_id: str,
        *,
        real_name: str,
        tz: str = "UTC",
        tz_offset: int | None = None,
        deleted: bool = False,
        is_bot: bool = False,
        name: str | None = None,
        team_id: str | None = None,
    ) -> UserProfile:
        """Make users.info know a user. `tz_offset` defaults to `tz`'s offset now (so DST is right)."""
        profile = UserProfile(
            user_id, real_name, tz, tz_offset, deleted, is_bot, name, team_id or self.workspace.team_id
        )
        self.users[user_id] = profile
        return profile

    def add_workspace(
        self,
        team_id: str,
        *,
        name: str,
        domain: str | None = None,
        bot_user_id: str | None = None,
        bot_id: str | None = None,
        enterprise_id: str | None = None,
        enterprise_name: str | None = None,
    ) -> Workspace:
        """Another workspace the app can be installed into with oauth.v2.access (see `oauth_code`)."""
        ws = Workspace(
            team_id,
            name,
            domain or name.lower().replace(" ", "-"),
            bot_user_id or f"U{team_id[1:]}BOT",
            bot_id or f"B{team_id[1:]}BOT",
            enterprise_id,
            enterprise_name,
        )
        self.workspaces[team_id] = ws
        return ws

    def oauth_code(self, code: str, *, team_id: str | None = None, user_id: str = LEARNER_ID) -> None:
        """Make oauth.v2.access with `code` install into `team_id`, by `user_id`. Unregistered codes install into
        the default workspace by LEARNER_ID; every code works once (then `invalid_code`), as on Slack."""
        self._oauth_codes[code] = (team_id or self.workspace.team_id, user_id)

    def seed_message(
        self,
        channel: str,
        text: str = "",
        *,
        blocks: list[dict[str, Any]] | None = None,
        user: str | None = None,
        ts: str | None = None,
    ) -> str:
        """Put a message in a channel as if it had been posted earlier (by the bot unless `user` is given), so a
        `block_actions` on it can be answered with chat.update. Returns its ts."""
        ts = ts or self._next_ts()
        by_bot = user is None or user == self.workspace.bot_user_id
        author = user or self.workspace.bot_user_id
        message: dict[str, Any] = {"type": "message", "text": text, "user": author, "ts": ts}
        if by_bot:
            message |= {"bot_id": self.workspace.bot_id, "app_id": self.app_id}
        if blocks is not None:
            message["blocks"] = blocks
        self._messages.setdefault(channel, []).append(message)
        return ts

    def dm_channel(self, user_id: str) -> str:
        return dm_channel_id(user_id)

    # ---- faults

    def script(
        self,
        method: str,
        *,
        status: int = 200,
        body: dict[str, Any] | str,
        headers: dict[str, str] | None = None,
        content_type: str = "text/plain",
        times: int = 1,
    ) -> None:
        """Queue `times` copies of an arbitrary answer for `method` (also "upload" for the upload URL). A dict body
        goes as JSON, a str one with `content_type`."""
        queue = self._scripts.setdefault(method, deque())
        for _ in range(times):
            queue.append(Scripted(status, body, dict(headers or {}), content_type))

    def fail(self, method: str, error: str, *, times: int = 1, **extra: Any) -> None:
        """The next `times` calls of `method` answer 200 `{"ok": false, "error": error, **extra}`."""
        self.script(method, body={"ok": False, "error": error, **extra}, times=times)

    def rate_limit(self, method: str, *, retry_after: int = 1, times: int = 1) -> None:
        """The next `times` calls answer 429 with `Retry-After` and `{"ok": false, "error": "ratelimited"}`."""
        self.script(
            method,
            status=429,
            body={"ok": False, "error": "ratelimited"},
            headers={"Retry-After": str(retry_after)},
            times=times,
        )

    def fail_http(
        self, method: str, *, status: int = 500, body: str = "<html>Server Error</html>", times: int = 1
    ) -> None:
        """The next `times` calls answer a bare HTTP error page (text/html, no JSON), as a load balancer would.
        slack_sdk raises SlackApiError with `response.status_code == status` and empty `response.data`."""
        self.script(method, status=status, body=body, content_type="text/html", times=times)

    # ---- reading what happened

    def calls(self, method: str | None = None) -> list[Call]:
        return [c for c in self._calls if method is None or c.method == method]

    def messages(self, channel: str) -> list[dict[str, Any]]:
        """The channel's messages, oldest first (updates applied, deletions removed)."""
        return list(self._messages.get(channel, []))

    def response_url(self, label: str = "") -> str:
        """A fresh response_url on this fake; what is POSTed to it lands in `responses`."""
        rid = f"{self.workspace.team_id}-{next(self._ids)}{'-' + label if label else ''}"
        url = f"{self.root_url}/response/{rid}"
        self._response_urls.add(rid)
        return url

    async def wait_for(self, method: str, n: int = 1, timeout: float = 5.0) -> list[Call]:  # noqa: ASYNC109
        """Wait until `n` calls of `method` have arrived; returns all of them (there may be more than `n`)."""
        await self._wait_until(lambda: len(self.calls(method)) >= n, timeout, f"{n} x {method}")
        return self.calls(method)

    async def wait_for_responses(self, n: int = 1, timeout: float = 5.0) -> list[ResponsePost]:  # noqa: ASYNC109
        await self._wait_until(lambda: len(self.responses) >= n, timeout, f"{n} response_url POST(s)")
        return list(self.responses)

    async def wait_until(self, done: Callable[[], bool], timeout: float = 5.0, what: str = "a condition") -> None:  # noqa: ASYNC109
        """Wait until `done()` holds, re-checking after every call the fake receives."""
        await self._wait_until(done, timeout, what)

    async def _wait_until(self, done: Callable[[], bool], timeout: float, what: str) -> None:  # noqa: ASYNC109
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while not done():
            remaining = deadline - loop.time()
            if remaining <= 0:
                seen = [c.method for c in self._calls]
                raise TimeoutError(f"FakeSlack: waited {timeout}s for {what}; calls so far: {seen}")
            self._changed.clear()
            try:
                await asyncio.wait_for(self._changed.wait(), remaining)
            except TimeoutError:
                pass

    def _notify(self) -> None:
        self._changed.set()

    # ---- HTTP plumbing

    async def _api(self, request: web.Request) -> web.StreamResponse:
        method = request.match_info["method"]
        headers = dict(request.headers)
        bad_json = False
        try:
            args = await _read_args(request)
        except ValueError:
            args, bad_json = dict(request.query), True
        token = _take_token(request, args)
        self._calls.append(Call(method, args, token, headers, self._clock()))
        self._notify()

        queue = self._scripts.get(method)
        if queue:
            return _render(queue.popleft())
        if bad_json:
            return web.json_response({"ok": False, "error": "invalid_json"})
        handler = self._handlers.get(method)
        if handler is None and self.unknown_methods == "error":
            return web.json_response({"ok": False, "error": "unknown_method", "req_method": method})

        who: Identity | None = None
        try:
            if method not in _NO_AUTH:
                who = self._authenticate(token, method)
            body = handler(args, who) if handler is not None else {"ok": True}
        except _ApiError as e:
            body = {"ok": False, "error": e.error, **e.extra}
        out_headers = {"x-oauth-scopes": who.scopes} if who is not None else {}
        return web.json_response(body, headers=out_headers)

    def _authenticate(self, token: str | None, method: str) -> Identity:
        if not token:
            raise _ApiError("not_authed")
        if token in self._revoked:
            raise _ApiError("token_revoked")
        who = self._tokens.get(token)
        if who is None:
            raise _ApiError("invalid_auth")
        if (who.kind == "app") != (method in _APP_TOKEN_METHODS):
            raise _ApiError("not_allowed_token_type")
        return who

    async def _upload(self, request: web.Request) -> web.StreamResponse:
        data = await request.read()
        file_id = self._uploads.get(request.match_info["upload_id"])
        args = {"file_id": file_id, "bytes": data}
        self._calls.append(Call("upload", args, None, dict(request.headers), self._clock()))
        self._notify()
        queue = self._scripts.get("upload")
        if queue:
            return _render(queue.popleft())
        if file_id is None:
            return web.Response(status=404, text="upload_url_not_found", content_type="text/plain")
        self.files[file_id].content = data
        return web.Response(text=f"OK - {len(data)}", content_type="text/plain")

    async def _response(self, request: web.Request) -> web.StreamResponse:
        rid = request.match_info["response_id"]
        if rid not in self._response_urls:
            return web.Response(status=404, text="no_active_hooks", content_type="text/plain")
        try:
            body = json.loads(await request.read())
        except ValueError:
            return web.Response(status=400, text="invalid_payload", content_type="text/plain")
        self.responses.append(ResponsePost(str(request.url), body, self._clock()))
        self._notify()
        return web.Response(text="ok", content_type="text/plain")

    # ---- identities, ids, time

    def _team_url(self, ws: Workspace) -> str:
        return f"https://{ws.domain}.slack.com/"

    def _add_bot_identity(self, token: str, ws: Workspace) -> Identity:
        who = Identity(
            team_id=ws.team_id,
            team=ws.name,
            url=self._team_url(ws),
            user_id=ws.bot_user_id,
            user=BOT_NAME,
            bot_id=ws.bot_id,
            enterprise_id=ws.enterprise_id,
            scopes=self.bot_scopes,
            app_id=self.app_id,
            token=token,
        )
        self._tokens[token] = who
        return who

    def _next_ts(self) -> str:
        micros = max(int(self._clock() * 1_000_000), self._last_ts_micros + 1)
        self._last_ts_micros = micros
        return f"{micros // 1_000_000}.{micros % 1_000_000:06d}"

    def _find_message(self, channel: str, ts: str) -> dict[str, Any]:
        for message in self._messages.get(channel, []):
            if message["ts"] == ts:
                return message
        raise _ApiError("message_not_found")

    # ---- Web API methods

    def _api_test(self, args: dict[str, Any], who: Identity | None) -> dict[str, Any]:
        if args.get("error"):
            raise _ApiError(str(args["error"]), args=args)
        return {"ok": True, "args": args}

    def _auth_test(self, args: dict[str, Any], who: Identity | None) -> dict[str, Any]:
        assert who is not None
        body: dict[str, Any] = {
            "ok": True,
            "url": who.url,
            "team": who.team,
            "user": who.user,
            "team_id": who.team_id,
            "user_id": who.user_id,
            "is_enterprise_install": False,
        }
        if who.bot_id is not None:
            body["bot_id"] = who.bot_id
        if who.enterprise_id is not None:
            body["enterprise_id"] = who.enterprise_id
        return body

    def _auth_revoke(self, args: dict[str, Any], who: Identity | None) -> dict[str, Any]:
        assert who is not None
        if str(args.get("test", "")) not in ("1", "true", "True"):
            self._revoked.add(who.token)
        return {"ok": True, "revoked": True}

    def _resolve_channel(self, args: dict[str, Any], who: Identity) -> str:
        channel = str(args.get("channel") or "")
        if not channel:
            raise _ApiError("channel_not_found")
        if channel[0] in "UW":  # posting to a user id goes to the DM with them
            profile = self.users.get(channel)
            if channel == who.user_id or (profile is not None and profile.is_bot):
                raise _ApiError("cannot_dm_bot")
            return dm_channel_id(channel)
        return channel

    def _message_content(self, args: dict[str, Any], *, required: bool) -> dict[str, Any]:
        text = args.get("text")
        blocks = _json_arg(args, "blocks")
        attachments = _json_arg(args, "attachments")
        if required and not text and not blocks and not attachments:
            raise _ApiError("no_text")
        if text is not None and len(str(text)) > MAX_MESSAGE_TEXT:
            raise _ApiError("msg_too_long")
        content: dict[str, Any] = {}
        if text is not None:
            content["text"] = str(text)
        if blocks is not None:
            _check_blocks(blocks, MAX_MESSAGE_BLOCKS, "invalid_blocks")
            content["blocks"] = blocks
        if attachments is not None:
            content["attachments"] = attachments
        metadata = _json_arg(args, "metadata")
        if metadata is not None:
            content["metadata"] = metadata
        return content

    def bot_not_in(self, channel: str, *, private: bool = False) -> None:
        """A channel the bot is not a member of: posting there fails with `not_in_channel` until it
        joins (conversations.join, public channels only; a private one needs an /invite)."""
        self.outside[channel] = private

    def _conversations_members(self, args: dict[str, Any], who: Identity | None) -> dict[str, Any]:
        """Paged like Slack: `limit` (default 100, at most 1000), an opaque `cursor`, `next_cursor` ""
        on the last page. Needs channels:read (public, C…) or groups:read (private, G…) ->
        `missing_scope` with `needed` and `provided`; a channel not in `channel_members` ->
        `channel_not_found`."""
        assert who is not None
        channel = str(args.get("channel") or "")
        needed = "groups:read" if channel.startswith("G") else "channels:read"
        if needed not in who.scopes.split(","):
            raise _ApiError("missing_scope", needed=needed, provided=who.scopes)
        if channel not in self.channel_members:
            raise _ApiError("channel_not_found")
        members = self.channel_members[channel]
        try:
            limit = min(max(int(args.get("limit") or 100), 1), 1000)
            start = int(base64.b64decode(str(args["cursor"])).decode().split(":", 1)[1]) if args.get("cursor") else 0
        except (ValueError, IndexError, binascii.Error) as e:
            raise _ApiError("invalid_cursor") from e
        page, rest = members[start : start + limit], members[start + limit :]
        cursor = base64.b64encode(f"offset:{start + limit}".encode()).decode() if rest else ""
        return {"ok": True, "members": page, "response_metadata": {"next_cursor": cursor}}

    def _conversations_join(self, args: dict[str, Any], who: Identity | None) -> dict[str, Any]:
        assert who is not None
        channel = str(args.get("channel") or "")
        if not channel:
            raise _ApiError("channel_not_found")
        if self.outside.get(channel):
            raise _ApiError("method_not_supported_for_channel_type")
        self.outside.pop(channel, None)
        return {"ok": True, "channel": {"id": channel, "is_channel": True, "is_member": True}}

    def _chat_post_message(self, args: dict[str, Any], who: Identity | None) -> dict[str, Any]:
        assert who is not None
        channel = self._resolve_channel(args, who)
        if channel in self.outside:
            raise _ApiError("not_in_channel")
        content = self._message_content(args, required=True)
        ts = self._next_ts()
        message: dict[str, Any] = {"type": "message", "text": "", **content, "user": who.user_id, "ts": ts}
        if who.bot_id is not None:
            message |= {"bot_id": who.bot_id, "app_id": who.app_id}
        message["team"] = who.team_id
        if args.get("thread_ts"):
            message["thread_ts"] = str(args["thread_ts"])
        self._messages.setdefault(channel, []).append(message)
        return {"ok": True, "channel": channel, "ts": ts, "message": dict(message)}

    def _chat_update(self, args: dict[str, Any], who: Identity | None) -> dict[str, Any]:
        assert who is not None
        channel, ts = str(args.get("channel") or ""), str(args.get("ts") or "")
        if not channel:
            raise _ApiError("channel_not_found")
        message = self._find_message(channel, ts)
        if message.get("user") != who.user_id:
            raise _ApiError("cant_update_message")
        content = self._message_content(args, required=False)
        message.update(content)
        message["edited"] = {"user": who.user_id, "ts": self._next_ts()}
        return {"ok": True, "channel": channel, "ts": ts, "text": message.get("text", ""), "message": dict(message)}

    def _chat_post_ephemeral(self, args: dict[str, Any], who: Identity | None) -> dict[str, Any]:
        assert who is not None
        channel = self._resolve_channel(args, who)
        user = str(args.get("user") or "")
        if not user:
            raise _ApiError("user_not_in_channel")
        content = self._message_content(args, required=True)
        ts = self._next_ts()
        self.ephemerals.append({"channel": channel, "user": user, "message_ts": ts, **content})
        return {"ok": True, "message_ts": ts}

    def _chat_delete(self, args: dict[str, Any], who: Identity | None) -> dict[str, Any]:
        assert who is not None
        channel, ts = str(args.get("channel") or ""), str(args.get("ts") or "")
        message = self._find_message(channel, ts)
        if message.get("user") != who.user_id:
            raise _ApiError("cant_delete_message")
        self._messages[channel].remove(message)
        return {"ok": True, "channel": channel, "ts": ts}

    def _conversations_open(self, args: dict[str, Any], who: Identity | None) -> dict[str, Any]:
        if args.get("channel"):
            return {"ok": True, "channel": {"id": str(args["channel"])}}
        users = [u for u in str(args.get("users") or "").split(",") if u]
        if not users:
            raise _ApiError("users_list_not_supplied")
        if len(users) == 1:
            channel_id = dm_channel_id(users[0])
        else:
            channel_id = "G" + hashlib.sha1(",".join(sorted(users)).encode()).hexdigest()[:9].upper()
        already = channel_id in self._open_dms
        self._open_dms.add(channel_id)
        channel: dict[str, Any] = {"id": channel_id}
        if str(args.get("return_im", "")) in ("1", "true", "True") and len(users) == 1:
            channel |= {"is_im": True, "user": users[0], "created": int(self._clock()), "is_open": True}
        body: dict[str, Any] = {"ok": True, "channel": channel}
        if already:
            body |= {"no_op": True, "already_open": True}
        return body

    def _users_info(self, args: dict[str, Any], who: Identity | None) -> dict[str, Any]:
        profile = self.users.get(str(args.get("user") or ""))
        if profile is None:
            raise _ApiError("user_not_found")
        zone = ZoneInfo(profile.tz)
        now = datetime.fromtimestamp(self._clock(), UTC).astimezone(zone)
        offset = profile.tz_offset
        if offset is None:
            delta = now.utcoffset()
            offset = int(delta.total_seconds()) if delta is not None else 0
        name = profile.name or profile.real_name.lower().replace(" ", ".")
        user: dict[str, Any] = {
            "id": profile.user_id,
            "team_id": profile.team_id,
            "name": name,
            "deleted": profile.deleted,
            "color": "9f69e7",
            "real_name": profile.real_name,
            "tz": profile.tz,
            "tz_label": now.tzname() or profile.tz,
            "tz_offset": offset,
            "profile": {
                "real_name": profile.real_name,
                "real_name_normalized": profile.real_name,
                "display_name": name,
                "display_name_normalized": name,
                "team": profile.team_id,
            },
            "is_admin": False,
            "is_owner": False,
            "is_bot": profile.is_bot,
            "is_app_user": False,
            "updated": int(self._clock()),
        }
        if profile.is_bot and profile.user_id == self.workspace.bot_user_id:
            user["profile"]["bot_id"] = self.workspace.bot_id
        return {"ok": True, "user": user}

    def _view_object(self, view: Any, who: Identity, *, view_id: str, root: str | None, previous: str | None) -> dict:
        if not isinstance(view, dict) or view.get("type") not in ("modal", "home"):
            raise _ApiError("invalid_arguments", response_metadata={"messages": ["[ERROR] invalid `view`"]})
        blocks = view.get("blocks", [])
        _check_blocks(blocks, MAX_VIEW_BLOCKS, "invalid_arguments")
        return {
            "id": view_id,
            "team_id": who.team_id,
            "type": view["type"],
            "title": view.get("title"),
            "submit": view.get("submit"),
            "close": view.get("close"),
            "blocks": blocks,
            "private_metadata": view.get("private_metadata", ""),
            "callback_id": view.get("callback_id", ""),
            "external_id": view.get("external_id", ""),
            "state": {"values": {}},
            "hash": f"{int(self._clock())}.{uuid.uuid4().hex[:8]}",
            "clear_on_close": bool(view.get("clear_on_close", False)),
            "notify_on_close": bool(view.get("notify_on_close", False)),
            "root_view_id": root or view_id,
            "previous_view_id": previous,
            "app_id": who.app_id,
            "app_installed_team_id": who.team_id,
            "bot_id": who.bot_id,
        }

    def _new_view_id(self) -> str:
        return f"V{next(self._ids):08d}"

    def _views_open(self, args: dict[str, Any], who: Identity | None) -> dict[str, Any]:
        assert who is not None
        if not args.get("trigger_id") and not args.get("interactivity_pointer"):
            raise _ApiError("invalid_arguments")
        view_id = self._new_view_id()
        view = self._view_object(_json_arg(args, "view"), who, view_id=view_id, root=None, previous=None)
        self.views[view_id] = view
        return {"ok": True, "view": view}

    def _views_push(self, args: dict[str, Any], who: Identity | None) -> dict[str, Any]:
        assert who is not None
        if not args.get("trigger_id") and not args.get("interactivity_pointer"):
            raise _ApiError("invalid_arguments")
        view_id = self._new_view_id()
        previous = next(reversed(self.views), None)
        root = self.views[previous]["root_view_id"] if previous else None
        view = self._view_object(_json_arg(args, "view"), who, view_id=view_id, root=root, previous=previous)
        self.views[view_id] = view
        return {"ok": True, "view": view}

    def _views_update(self, args: dict[str, Any], who: Identity | None) -> dict[str, Any]:
        assert who is not None
        view_id = str(args.get("view_id") or "")
        if not view_id and args.get("external_id"):
            view_id = next((k for k, v in self.views.items() if v["external_id"] == args["external_id"]), "")
        old = self.views.get(view_id)
        if old is None:
            raise _ApiError("not_found")
        if args.get("hash") and args["hash"] != old["hash"]:
            raise _ApiError("hash_conflict")
        view = self._view_object(
            _json_arg(args, "view"), who, view_id=view_id, root=old["root_view_id"], previous=old["previous_view_id"]
        )
        self.views[view_id] = view
        return {"ok": True, "view": view}

    def _views_publish(self, args: dict[str, Any], who: Identity | None) -> dict[str, Any]:
        assert who is not None
        user_id = str(args.get("user_id") or "")
        if not user_id:
            raise _ApiError("invalid_arguments")
        old = self.home_views.get(user_id)
        if old is not None and args.get("hash") and args["hash"] != old["hash"]:
            raise _ApiError("hash_conflict")
        view_id = old["id"] if old is not None else self._new_view_id()
        view = self._view_object(_json_arg(args, "view"), who, view_id=view_id, root=None, previous=None)
        if view["type"] != "home":
            raise _ApiError("invalid_arguments", response_metadata={"messages": ["[ERROR] view type must be home"]})
        self.home_views[user_id] = view
        return {"ok": True, "view": view}

    def _files_get_upload_url_external(self, args: dict[str, Any], who: Identity | None) -> dict[str, Any]:
        assert who is not None
        filename = str(args.get("filename") or "")
        try:
            length = int(args.get("length", ""))
        except ValueError:
            raise _ApiError("invalid_arguments")
        if not filename or length <= 0:
            raise _ApiError("invalid_arguments")
        file_id = f"F{next(self._ids):010d}"
        upload_id = uuid.uuid4().hex
        url = f"{self.root_url}/upload/v1/{upload_id}"
        self._uploads[upload_id] = file_id
        alt = args.get("alt_txt")
        self.files[file_id] = UploadedFile(file_id, filename, length, url, None if alt is None else str(alt))
        self.files[file_id].user_id = who.user_id
        return {"ok": True, "upload_url": url, "file_id": file_id}

    def _files_complete_upload_external(self, args: dict[str, Any], who: Identity | None) -> dict[str, Any]:
        assert who is not None
        entries = _json_arg(args, "files")
        if not isinstance(entries, list) or not entries:
            raise _ApiError("invalid_arguments")
        channel_id = args.get("channel_id") or (str(args.get("channels") or "").split(",")[0] or None)
        if channel_id in self.outside:  # sharing a file needs membership (chat:write.public does not cover it)
            raise _ApiError("not_in_channel")
        comment = args.get("initial_comment")
        uploads: list[UploadedFile] = []
        for entry in entries:
            upload = self.files.get(str(entry.get("id")))
            if upload is None or upload.content is None:
                raise _ApiError("file_not_found")
            upload.title = entry.get("title") or upload.filename
            upload.channel_id = None if channel_id is None else str(channel_id)
            upload.initial_comment = None if comment is None else str(comment)
            upload.thread_ts = None if args.get("thread_ts") is None else str(args["thread_ts"])
            upload.completed = True
            uploads.append(upload)
        shown = [self._file_object(u) for u in uploads]
        if channel_id:
            message: dict[str, Any] = {
                "type": "message",
                "text": "" if comment is None else str(comment),
                "files": shown,
                "upload": True,
                "user": who.user_id,
                "ts": self._next_ts(),
            }
            if who.bot_id is not None:
                message |= {"bot_id": who.bot_id, "app_id": who.app_id}
            self._messages.setdefault(str(channel_id), []).append(message)
        return {"ok": True, "files": shown}

    def _file_object(self, upload: UploadedFile) -> dict[str, Any]:
        mimetype = mimetypes.guess_type(upload.filename)[0] or "application/octet-stream"
        now = int(self._clock())
        return {
            "id": upload.file_id,
            "created": now,
            "timestamp": now,
            "name": upload.filename,
            "title": upload.title,
            "mimetype": mimetype,
            "filetype": upload.filename.rsplit(".", 1)[-1].lower() if "." in upload.filename else "binary",
            "user": upload.user_id,
            "size": len(upload.content or b""),
            "alt_txt": upload.alt_txt,
            "is_external": False,
            "url_private": f"{self.root_url}/files-pri/{upload.file_id}/{upload.filename}",
            "permalink": f"https://{self.workspace.domain}.slack.com/files/{upload.user_id}/{upload.file_id}",
            "shares": {},
            "channels": [],
        }

    def _check_client(self, args: dict[str, Any]) -> None:
        if args.get("client_id") != self.client_id:
            raise _ApiError("invalid_client_id")
        if args.get("client_secret") != self.client_secret:
            raise _ApiError("bad_client_secret")

    def _oauth_v2_access(self, args: dict[str, Any], who: Identity | None) -> dict[str, Any]:
        self._check_client(args)
        code = str(args.get("code") or "")
        if not code or code in self._used_codes:
            raise _ApiError("invalid_code")
        self._used_codes.add(code)
        team_id, installer = self._oauth_codes.get(code, (self.workspace.team_id, LEARNER_ID))
        ws = self.workspaces[team_id]
        n = next(self._ids)
        bot_token = f"xoxb-{ws.team_id}-{n}-{uuid.uuid4().hex[:24]}"
        self._add_bot_identity(bot_token, ws)
        return {
            "ok": True,
            "app_id": self.app_id,
            "authed_user": {"id": installer},
            "scope": self.bot_scopes,
            "token_type": "bot",
            "access_token": bot_token,
            "bot_user_id": ws.bot_user_id,
            "team": {"id": ws.team_id, "name": ws.name},
            "enterprise": None if ws.enterprise_id is None else {"id": ws.enterprise_id, "name": ws.enterprise_name},
            "is_enterprise_install": False,
        }

    def _apps_uninstall(self, args: dict[str, Any], who: Identity | None) -> dict[str, Any]:
        assert who is not None
        self._check_client(args)
        for token, other in self._tokens.items():
            if other.team_id == who.team_id and other.kind != "app":
                self._revoked.add(token)
        return {"ok": True}

    def _apps_connections_open(self, args: dict[str, Any], who: Identity | None) -> dict[str, Any]:
        ticket = uuid.uuid4().hex
        self._tickets.add(ticket)
        ws_root = self.root_url.replace("http://", "ws://", 1)
        return {"ok": True, "url": f"{ws_root}/socket-mode/{ticket}?app_id={self.app_id}"}

    # ---- Socket Mode

    async def _socket(self, request: web.Request) -> web.StreamResponse:
        ticket = request.match_info["ticket"]
        if ticket not in self._tickets:
            return web.Response(status=401, text="invalid ticket")
        self._tickets.discard(ticket)  # a wss URL is good for one connection
        ws = web.WebSocketResponse(autoping=True)
        await ws.prepare(request)
        self._sockets.append(ws)
        self.socket_connections += 1
        await ws.send_json(
            {
                "type": "hello",
                "num_connections": len(self._sockets),
                "debug_info": {"host": "applink-fake", "build_number": 1, "approximate_connection_time": 18060},
                "connection_info": {"app_id": self.app_id},
            }
        )
        self._notify()
        try:
            async for frame in ws:
                if frame.type != aiohttp.WSMsgType.TEXT:
                    continue
                try:
                    ack = json.loads(frame.data)
                except ValueError:
                    continue
                pending = self._acks.pop(str(ack.get("envelope_id")), None)
                if pending is not None and not pending.done():
                    pending.set_result(ack)
        finally:
            self._sockets.remove(ws)
            self._notify()
        return ws

    async def wait_for_socket(self, connections: int = 1, timeout: float = 5.0) -> None:  # noqa: ASYNC109
        """Wait until a Socket Mode client is connected (and has been sent `hello`), and `connections` connections
        have been made in all (2 to see a reconnect)."""
        await self._wait_until(
            lambda: bool(self._sockets) and self.socket_connections >= connections,
            timeout,
            f"Socket Mode connection #{connections}",
        )

    async def socket_send(
        self,
        body: bytes | dict[str, Any],
        *,
        envelope_type: str | None = None,
        retry_attempt: int = 0,
        retry_reason: str = "",
        timeout: float = 3.0,  # noqa: ASYNC109
    ) -> dict[str, Any]:
        """Send one envelope to the newest connection and return the client's ack (Slack gives it 3 s).

        `body` is what a builder returns (the envelope type is picked from it) or a payload dict with
        `envelope_type` given."""
        payload, kind = _socket_payload(body)
        kind = envelope_type or kind
        if not self._sockets:
            raise RuntimeError("FakeSlack: no Socket Mode connection")
        envelope_id = str(uuid.uuid4())
        envelope: dict[str, Any] = {
            "envelope_id": envelope_id,
            "payload": payload,
            "type": kind,
            "accepts_response_payload": kind == "slash_commands"
            or (kind == "interactive" and payload.get("type") == "view_submission"),
        }
        if kind == "events_api":
            envelope |= {"retry_attempt": retry_attempt, "retry_reason": retry_reason}
        pending: asyncio.Future[dict[str, Any]] = asyncio.get_running_loop().create_future()
        self._acks[envelope_id] = pending
        await self._sockets[-1].send_json(envelope)
        try:
            return await asyncio.wait_for(pending, timeout)
        finally:
            self._acks.pop(envelope_id, None)

    async def socket_disconnect(self, reason: str = "refresh_requested") -> None:
        """Ask the connected clients to reconnect, as Slack does every few hours."""
        for ws in list(self._sockets):
            await ws.send_json({"type": "disconnect", "reason": reason, "debug_info": {"host": "applink-fake"}})


# --------------------------------------------------------------------------------------------------------------
# Request parsing helpers


async def _read_args(request: web.Request) -> dict[str, Any]:
    """Query string, then form/multipart, then JSON body, later ones winning. Raises ValueError on bad JSON."""
    args: dict[str, Any] = dict(request.query)
    if not request.can_read_body:
        return args
    if request.content_type == "application/json":
        raw = await request.read()
        parsed = json.loads(raw) if raw.strip() else {}
        if not isinstance(parsed, dict):
            raise ValueError("JSON body is not an object")
        args.update(parsed)
    elif request.content_type in (FORM, "multipart/form-data"):
        form = await request.post()
        for key, value in form.items():
            args[key] = value.file.read() if isinstance(value, web.FileField) else value
    return args


def _take_token(request: web.Request, args: dict[str, Any]) -> str | None:
    """Bearer header (or a `token` argument, which is dropped from args); Basic auth -> client_id/client_secret."""
    arg_token = args.pop("token", None)
    auth = request.headers.get("Authorization", "")
    scheme, _, value = auth.partition(" ")
    if scheme.lower() == "bearer" and value.strip():
        return value.strip()
    if scheme.lower() == "basic":
        try:
            client_id, _, secret = base64.b64decode(value).decode().partition(":")
        except (binascii.Error, UnicodeDecodeError):
            client_id, secret = "", ""
        args.setdefault("client_id", client_id)
        args.setdefault("client_secret", secret)
    return None if arg_token is None else str(arg_token)


def _json_arg(args: dict[str, Any], key: str) -> Any:
    """A structured argument: as sent in a JSON body, or JSON text from a query string or form."""
    value = args.get(key)
    if isinstance(value, str | bytes):
        try:
            return json.loads(value)
        except ValueError:
            raise _ApiError("invalid_arguments", response_metadata={"messages": [f"[ERROR] `{key}` is not JSON"]})
    return value


def _check_blocks(blocks: Any, limit: int, error: str) -> None:
    problems: list[str] = []
    if not isinstance(blocks, list):
        problems.append("blocks must be an array")
    else:
        if len(blocks) > limit:
            problems.append(f"no more than {limit} items allowed [json-pointer:/blocks]")
        for i, block in enumerate(blocks):
            if not isinstance(block, dict) or "type" not in block:
                problems.append(f"missing required field: type [json-pointer:/blocks/{i}]")
                continue
            text = block.get("text")
            if block["type"] == "section" and isinstance(text, dict) and len(str(text.get("text", ""))) > 3000:
                problems.append(f"must be less than {MAX_SECTION_TEXT} characters [json-pointer:/blocks/{i}/text]")
    if problems:
        raise _ApiError(error, errors=problems, response_metadata={"messages": [f"[ERROR] {p}" for p in problems]})


def _render(answer: Scripted) -> web.Response:
    if isinstance(answer.body, dict):
        return web.json_response(answer.body, status=answer.status, headers=answer.headers)
    return web.Response(
        status=answer.status, text=answer.body, headers=answer.headers, content_type=answer.content_type
    )


def _socket_payload(body: bytes | dict[str, Any]) -> tuple[dict[str, Any], str]:
    """A builder's body as a Socket Mode payload and envelope type."""
    if isinstance(body, dict):
        kind = "events_api" if body.get("type") == "event_callback" else "interactive"
        return body, ("slash_commands" if "command" in body else kind)
    if body.lstrip().startswith(b"{"):
        return json.loads(body), "events_api"
    fields = dict(parse_qsl(body.decode(), keep_blank_values=True))
    if "payload" in fields:
        return json.loads(fields["payload"]), "interactive"
    return fields, "slash_commands"


# --------------------------------------------------------------------------------------------------------------
# Signed requests: what Slack sends to the app


def sign(body: bytes, secret: str, timestamp: int) -> dict[str, str]:
    """Slack's request signature: `v0=` + hex HMAC-SHA256 of `v0:{timestamp}:{body}` with the signing secret."""
    base = b"v0:" + str(timestamp).encode() + b":" + body
    digest = hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()
    return {"X-Slack-Request-Timestamp": str(timestamp), "X-Slack-Signature": f"v0={digest}"}


def _now_ts() -> str:
    micros = time.time_ns() // 1000
    return f"{micros // 1_000_000}.{micros % 1_000_000:06d}"


def _trigger_id() -> str:
    return f"{time.time_ns() // 1000}.{1000000001}.{uuid.uuid4().hex}"


def _event_id() -> str:
    return "Ev" + uuid.uuid4().hex[:10].upper()


def slash_command(
    command: str = "/coach",
    text: str = "",
    user_id: str = LEARNER_ID,
    team_id: str = TEAM_ID,
    channel_id: str | None = None,
    channel_name: str = "directmessage",
    response_url: str = "http://127.0.0.1:9/commands/unset",
    trigger_id: str | None = None,
    *,
    user_name: str = "learner",
    team_domain: str = TEAM_DOMAIN,
    enterprise_id: str | None = None,
    enterprise_name: str | None = None,
    api_app_id: str = APP_ID,
    is_enterprise_install: bool = False,
    token: str = VERIFICATION_TOKEN,
) -> bytes:
    """A slash command as Slack POSTs it (form-encoded). `channel_id` defaults to the DM with the user when
    `channel_name` is "directmessage", else C0GENERAL. Pass `response_url=fake.response_url()` to see `respond()`."""
    if channel_id is None:
        channel_id = dm_channel_id(user_id) if channel_name == "directmessage" else "C0GENERAL"
    fields: list[tuple[str, str]] = [("token", token), ("team_id", team_id), ("team_domain", team_domain)]
    if enterprise_id is not None:
        fields += [("enterprise_id", enterprise_id), ("enterprise_name", enterprise_name or "")]
    fields += [
        ("channel_id", channel_id),
        ("channel_name", channel_name),
        ("user_id", user_id),
        ("user_name", user_name),
        ("command", command),
        ("text", text),
        ("api_app_id", api_app_id),
        ("is_enterprise_install", "true" if is_enterprise_install else "false"),
        ("response_url", response_url),
        ("trigger_id", trigger_id or _trigger_id()),
    ]
    return urlencode(fields).encode()


def event_callback(
    event: dict[str, Any],
    *,
    team: str = TEAM_ID,
    event_id: str | None = None,
    event_time: int | None = None,
    api_app_id: str = APP_ID,
    authorized_user: str = BOT_USER_ID,
    enterprise_id: str | None = None,
    token: str = VERIFICATION_TOKEN,
) -> dict[str, Any]:
    """The Events API envelope around one event (as a dict; the *_event builders return it as JSON bytes)."""
    return {
        "token": token,
        "team_id": team,
        "context_team_id": team,
        "context_enterprise_id": enterprise_id,
        "api_app_id": api_app_id,
        "event": event,
        "type": "event_callback",
        "event_id": event_id or _event_id(),
        "event_time": event_time if event_time is not None else int(time.time()),
        "authorizations": [
            {
                "enterprise_id": enterprise_id,
                "team_id": team,
                "user_id": authorized_user,
                "is_bot": True,
                "is_enterprise_install": False,
            }
        ],
        "is_ext_shared_channel": False,
        "event_context": "4-" + uuid.uuid4().hex,
    }


def _dumps(payload: dict[str, Any]) -> bytes:
    return json.dumps(payload, separators=(",", ":")).encode()


def message_im_event(
    user: str = LEARNER_ID,
    text: str = "",
    channel: str | None = None,
    team: str = TEAM_ID,
    ts: str | None = None,
    event_id: str | None = None,
    bot_id: str | None = None,
    *,
    subtype: str | None = None,
    thread_ts: str | None = None,
    api_app_id: str = APP_ID,
    authorized_user: str = BOT_USER_ID,
    files: list[str] | None = None,
) -> bytes:
    """A `message.im` event. `files`: names of files the user attached (a `file_share`, with Slack's file
    objects in `files`). With `bot_id` it is a bot's message (as Slack echoes the bot's own posts: `user` is the
    bot user, plus `bot_id`, `app_id` and `bot_profile`); otherwise a person's, with `client_msg_id` and blocks.
    `subtype="bot_message"` gives the older shape with no `user` at all (webhook-style posts): only `bot_id` says
    whose it is."""
    ts = ts or _now_ts()
    event: dict[str, Any] = {"type": "message", "text": text, "user": user, "ts": ts}
    if subtype is not None:
        event["subtype"] = subtype
    if subtype == "bot_message":
        del event["user"]
    if bot_id is not None:
        event |= {
            "bot_id": bot_id,
            "app_id": api_app_id,
            "bot_profile": {"id": bot_id, "app_id": api_app_id, "name": BOT_NAME, "deleted": False, "team_id": team},
        }
    else:
        event["client_msg_id"] = str(uuid.uuid4())
        event["blocks"] = [
            {
                "type": "rich_text",
                "block_id": uuid.uuid4().hex[:5],
                "elements": [{"type": "rich_text_section", "elements": [{"type": "text", "text": text}]}],
            }
        ]
    event |= {"team": team, "channel": channel or dm_channel_id(user), "event_ts": ts, "channel_type": "im"}
    if thread_ts is not None:
        event["thread_ts"] = thread_ts
    if files:
        event |= {"subtype": "file_share", "upload": False, "display_as_bot": False}
        event["files"] = [_shared_file(name, user) for name in files]
    envelope = event_callback(
        event,
        team=team,
        event_id=event_id,
        api_app_id=api_app_id,
        authorized_user=authorized_user,
        event_time=int(float(ts)),
    )
    return _dumps(envelope)


def message_changed_event(
    user: str = LEARNER_ID,
    before: str = "",
    after: str = "",
    *,
    ts: str,
    channel: str | None = None,
    team: str = TEAM_ID,
    event_id: str | None = None,
    unfurl: bool = False,
) -> bytes:
    """A `message_changed` in the DM, as Slack sends it under `message.im`: the whole message as it is now
    in `message` (with `edited` when the person edited it), as it was in `previous_message`, and no `user`
    at the top. `unfurl=True` is the other common cause, a link preview added: same text, no `edited`."""
    now = _now_ts()

    def shaped(text: str) -> dict[str, Any]:
        return {
            "type": "message",
            "user": user,
            "text": text,
            "client_msg_id": str(uuid.uuid5(uuid.NAMESPACE_URL, ts)),
            "ts": ts,
            "team": team,
            "blocks": [
                {
                    "type": "rich_text",
                    "block_id": uuid.uuid4().hex[:5],
                    "elements": [{"type": "rich_text_section", "elements": [{"type": "text", "text": text}]}],
                }
            ],
        }

    message = shaped(before if unfurl else after)
    if unfurl:
        message["attachments"] = [{"from_url": "https://example.com", "title": "Example", "id": 1}]
    else:
        message["edited"] = {"user": user, "ts": now}
    event: dict[str, Any] = {
        "type": "message",
        "subtype": "message_changed",
        "hidden": True,
        "message": message,
        "previous_message": shaped(before),
        "channel": channel or dm_channel_id(user),
        "channel_type": "im",
        "ts": now,
        "event_ts": now,
    }
    envelope = event_callback(event, team=team, event_id=event_id, event_time=int(float(now)))
    return _dumps(envelope)


def _shared_file(name: str, user: str) -> dict[str, Any]:
    file_id = "F" + uuid.uuid4().hex[:10].upper()
    return {
        "id": file_id,
        "created": int(time.time()),
        "name": name,
        "title": name,
        "mimetype": mimetypes.guess_type(name)[0] or "application/octet-stream",
        "filetype": name.rsplit(".", 1)[-1].lower() if "." in name else "binary",
        "user": user,
        "size": 1234,
        "mode": "hosted",
        "is_external": False,
        "url_private": f"https://files.slack.com/files-pri/{TEAM_ID}-{file_id}/{name}",
        "url_private_download": f"https://files.slack.com/files-pri/{TEAM_ID}-{file_id}/download/{name}",
    }


def app_home_opened_event(
    user: str = LEARNER_ID,
    channel: str | None = None,
    team: str = TEAM_ID,
    tab: str = "home",
    view: dict[str, Any] | None = None,
    event_id: str | None = None,
) -> bytes:
    """`app_home_opened`; Slack includes the `view` only when one was published for this user before."""
    event: dict[str, Any] = {
        "type": "app_home_opened",
        "user": user,
        "channel": channel or dm_channel_id(user),
        "tab": tab,
        "event_ts": _now_ts(),
    }
    if view is not None:
        event["view"] = view
    return _dumps(event_callback(event, team=team, event_id=event_id))


def app_uninstalled_event(team: str = TEAM_ID, event_id: str | None = None) -> bytes:
    return _dumps(event_callback({"type": "app_uninstalled", "event_ts": _now_ts()}, team=team, event_id=event_id))


def tokens_revoked_event(
    team: str = TEAM_ID,
    oauth: list[str] | None = None,
    bot: list[str] | None = None,
    event_id: str | None = None,
) -> bytes:
    """`tokens_revoked`: lists the user ids whose user (`oauth`) and bot tokens were revoked."""
    event = {
        "type": "tokens_revoked",
        "tokens": {"oauth": oauth or [], "bot": [BOT_USER_ID] if bot is None else bot},
        "event_ts": _now_ts(),
    }
    return _dumps(event_callback(event, team=team, event_id=event_id))


def url_verification(challenge: str, token: str = VERIFICATION_TOKEN) -> bytes:
    return _dumps({"token": token, "challenge": challenge, "type": "url_verification"})


def _interaction_user(user: str, team: str) -> dict[str, str]:
    return {"id": user, "username": "learner", "name": "learner", "team_id": team}


def _form_payload(payload: dict[str, Any]) -> bytes:
    return urlencode({"payload": json.dumps(payload, separators=(",", ":"))}).encode()


def block_actions(
    user: str = LEARNER_ID,
    team: str = TEAM_ID,
    action_id: str = "answer",
    value: str = "",
    block_id: str | None = None,
    message_ts: str | None = None,
    channel: str | None = None,
    response_url: str = "http://127.0.0.1:9/actions/unset",
    trigger_id: str | None = None,
    container: Literal["message", "view"] | dict[str, Any] = "message",
    *,
    view_id: str | None = None,
    message: dict[str, Any] | None = None,
    action_type: str = "button",
    api_app_id: str = APP_ID,
    token: str = VERIFICATION_TOKEN,
) -> bytes:
    """A button click, form-encoded as `payload=<json>`. On a message (the default: in the DM with `user`), with
    `channel`, `message` and `response_url`; on a view (`container="view"`, e.g. App Home), with `view` instead.
    `block_id` defaults, as Slack's is, to the id of the block in `message` that holds the button."""
    if block_id is None:
        holders = [
            b
            for b in (message or {}).get("blocks") or []
            if any(isinstance(e, dict) and e.get("action_id") == action_id for e in b.get("elements") or [])
        ]
        block_id = str(holders[0].get("block_id") or "actions") if holders else "actions"
    action = {
        "action_id": action_id,
        "block_id": block_id,
        "text": {"type": "plain_text", "text": value or action_id, "emoji": True},
        "value": value,
        "type": action_type,
        "action_ts": _now_ts(),
    }
    payload: dict[str, Any] = {
        "type": "block_actions",
        "user": _interaction_user(user, team),
        "api_app_id": api_app_id,
        "token": token,
        "trigger_id": trigger_id or _trigger_id(),
        "team": {"id": team, "domain": TEAM_DOMAIN},
        "enterprise": None,
        "is_enterprise_install": False,
    }
    kind = container if isinstance(container, str) else str(container.get("type"))
    if kind == "view":
        view_id = view_id or (container.get("view_id") if isinstance(container, dict) else None) or "V00000000"
        payload["container"] = container if isinstance(container, dict) else {"type": "view", "view_id": view_id}
        payload["view"] = {"id": view_id, "type": "home", "team_id": team, "blocks": [], "state": {"values": {}}}
    else:
        channel = channel or dm_channel_id(user)
        message_ts = message_ts or _now_ts()
        payload["container"] = (
            container
            if isinstance(container, dict)
            else {"type": "message", "message_ts": message_ts, "channel_id": channel, "is_ephemeral": False}
        )
        payload["channel"] = {"id": channel, "name": "directmessage" if channel.startswith("D") else "general"}
        payload["message"] = message or {
            "type": "message",
            "user": BOT_USER_ID,
            "bot_id": BOT_ID,
            "app_id": api_app_id,
            "ts": message_ts,
            "text": "",
            "team": team,
            "blocks": [],
        }
        payload["response_url"] = response_url
    payload["state"] = {"values": {}}
    payload["actions"] = [action]
    return _form_payload(payload)


def view_submission(
    user: str = LEARNER_ID,
    team: str = TEAM_ID,
    callback_id: str = "",
    private_metadata: str = "",
    state_values: dict[str, Any] | None = None,
    view_id: str = "V00000001",
    *,
    trigger_id: str | None = None,
    view_hash: str = "1700000000.abcdef12",
    api_app_id: str = APP_ID,
    token: str = VERIFICATION_TOKEN,
) -> bytes:
    """A modal's submit, form-encoded as `payload=<json>`. `state_values` is `view.state.values`:
    `{block_id: {action_id: {"type": "plain_text_input", "value": "..."}}}`."""
    payload = {
        "type": "view_submission",
        "team": {"id": team, "domain": TEAM_DOMAIN},
        "user": _interaction_user(user, team),
        "api_app_id": api_app_id,
        "token": token,
        "trigger_id": trigger_id or _trigger_id(),
        "view": {
            "id": view_id,
            "team_id": team,
            "type": "modal",
            "blocks": [],
            "private_metadata": private_metadata,
            "callback_id": callback_id,
            "state": {"values": state_values or {}},
            "hash": view_hash,
            "title": {"type": "plain_text", "text": "PrepDrip", "emoji": True},
            "clear_on_close": False,
            "notify_on_close": False,
            "close": None,
            "submit": {"type": "plain_text", "text": "Submit", "emoji": True},
            "previous_view_id": None,
            "root_view_id": view_id,
            "app_id": api_app_id,
            "external_id": "",
            "app_installed_team_id": team,
            "bot_id": BOT_ID,
        },
        "response_urls": [],
        "is_enterprise_install": False,
        "enterprise": None,
    }
    return _form_payload(payload)


async def post_signed(
    url: str,
    body: bytes,
    secret: str = SIGNING_SECRET,
    content_type: str | None = None,
    ts: int | None = None,
    retry_num: int | None = None,
    retry_reason: str | None = None,
    *,
    signature: str | None = None,
    timeout: float = 10.0,  # noqa: ASYNC109
) -> tuple[int, str, float]:
    """POST `body` signed as Slack would; returns (status, response text, seconds until the response).

    `content_type` defaults to JSON for a body starting with `{`, else form. `ts` (unix seconds) defaults to now:
    pass `now - 600` for a stale request. `signature` replaces the computed one (a forgery); `retry_num` adds
    `X-Slack-Retry-Num` and `X-Slack-Retry-Reason` (default `http_timeout`) as Slack's redeliveries carry."""
    ts = int(time.time()) if ts is None else ts
    headers = {
        "Content-Type": content_type or (JSON if body.lstrip().startswith(b"{") else FORM),
        "User-Agent": "Slackbot 1.0 (+https://api.slack.com/robots)",
        **sign(body, secret, ts),
    }
    if signature is not None:
        headers["X-Slack-Signature"] = signature
    if retry_num is not None:
        headers["X-Slack-Retry-Num"] = str(retry_num)
        headers["X-Slack-Retry-Reason"] = retry_reason or "http_timeout"
    started = time.perf_counter()
    async with (
        aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=timeout)) as session,
        session.post(url, data=body, headers=headers) as resp,
    ):
        text = await resp.text()
        return resp.status, text, time.perf_counter() - started


__all__ = [
    "APP_ID",
    "APP_TOKEN",
    "BOT_ID",
    "BOT_TOKEN",
    "BOT_USER_ID",
    "CLIENT_ID",
    "CLIENT_SECRET",
    "FORM",
    "JSON",
    "LEARNER_ID",
    "SIGNING_SECRET",
    "TEAM_ID",
    "Call",
    "FakeSlack",
    "Identity",
    "ResponsePost",
    "UploadedFile",
    "UserProfile",
    "Workspace",
    "app_home_opened_event",
    "app_uninstalled_event",
    "block_actions",
    "dm_channel_id",
    "event_callback",
    "message_im_event",
    "post_signed",
    "sign",
    "slash_command",
    "tokens_revoked_event",
    "url_verification",
    "view_submission",
]
