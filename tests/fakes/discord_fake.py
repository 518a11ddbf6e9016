"""A fake Discord, REST and gateway, on 127.0.0.1, that the real discord.py client runs against.

Why: the Discord adapter is only as good as what it does on the wire. Mocking discord.py would prove
that we called discord.py; this proves that discord.py, driven by our adapter, said the right things to
something that answers the way Discord does (2.7's wire format, read from its source: `discord/http.py`,
`gateway.py`, `interactions.py`, `webhook/async_.py`, `state.py`). Like bolt's mock web API server, it
binds port 0, so tests run in parallel.

Use it
------
    async with running_fake_discord(heartbeat_interval=0.5) as fake:   # starts, points discord.py at it
        ada = fake.add_user("ada")
        guild = fake.add_guild("ml-study", members=[ada])                # before the client connects
        client = discord.Client(intents=..., guild_ready_timeout=0.05)
        task = asyncio.create_task(client.start(fake.token))
        ...wait for on_ready...
        await fake.message_create(ada, "hello")                          # a DM from ada to the bot
        [call] = await fake.wait_for("POST /channels/*/messages")        # what the bot sent back
        it = await fake.slash_command("coach today", user=ada)           # needs tree.sync() first
        await it.wait_callback()                                          # {"type": 5, ...}
        await client.close()
    # on exit: Route.BASE and DEFAULT_GATEWAY restored, server closed, and the test fails if the fake
    # saw something it does not model (`fake.problems`), e.g. a REST route it has no handler for.

`running_fake_discord(**kwargs)` wraps `FakeDiscord(**kwargs)`: `start()`, `patch_discord()` (sets
`discord.http.Route.BASE = fake.api_url`, which webhooks and interaction callbacks build on too, and
`DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(fake.gateway_url)`), then `close()`.

World (ids are deterministic snowflakes per FakeDiscord; the bot user's id is the application id):
    fake.bot                                    FakeUser of the bot
    fake.add_user(username, *, global_name=None, bot=False, dms_open=True) -> FakeUser
    fake.add_guild(name, *, channels=("general",), members=()) -> FakeGuild   (before connecting)
    fake.dm_channel(user) -> FakeChannel        the one DM channel between the bot and `user`
    fake.add_message(channel, *, content="", components=(), embeds=(), author=None) -> dict
                                                a stored message nobody was told about (e.g. sent by an
                                                earlier run of the bot), for persistent views
    fake.messages(channel=None) / fake.message(id) / fake.commands(guild=None)

Events (async; each returns what it dispatched):
    await fake.member_leaves(guild, user) -> int    off the guild's members (GET /guilds/*/members/* then
                                                answers 404 10007) and GUILD_MEMBER_REMOVE, sent only
                                                with the GUILD_MEMBERS intent
    await fake.dispatch(event, data) -> int     any event to every session that would get it: routed
                                                to the right shard (guild_id >> 22) % count, DMs to shard
                                                0, filtered by intents, content blanked without the
                                                message content intent, buffered for resumable sessions
    await fake.message_create(author, content, *, channel=None) -> dict      DM unless `channel`
    await fake.slash_command("coach today", {"topic": "ml"}, user=ada, channel=None) -> FakeInteraction
                                                looks the command up in what the bot synced (guild
                                                first, then global), fills option types, checks choices,
                                                required options and contexts as Discord's client would
    await fake.autocomplete("coach topic", {"name": "tr"}, focused="name", user=ada)
    await fake.press_button(message, custom_id, *, user) / fake.select_menu(message, custom_id, values, user=)
    await fake.submit_modal(values, *, user, custom_id=None)   the modal the bot opened for `user`
    await fake.interaction_create(type, data, *, user, channel=None, message=None)   the raw form

    FakeInteraction: .id .token .payload .callback ({"type", "data"} once answered)
        await it.wait_callback() -> dict;  await it.wait_followups(n) -> [message];  it.original -> message

Records:
    fake.calls: list[Call]                      every REST request: Call(method, path, json, query,
                                                headers, files, route, status, response); `path` is
                                                relative to the API base, `json` is `payload_json` for
                                                multipart requests
    fake.calls_to(match) / await fake.wait_for(match, n=1, timeout=5.0) -> list[Call]
        match: "POST /channels/*/messages" (fnmatch on the path, method optional), a re.Pattern
        (searched in "METHOD /path"), or a predicate on Call
    fake.frames: list[GatewayFrame]             every gateway payload, both ways
    fake.identifies -> list[dict]               IDENTIFY payloads (`d`)
    await fake.wait_for_frame(op=..., t=..., direction="in"|"out", n=1, timeout=5.0)
    fake.problems: list[str]                    protocol violations and unmodelled requests
    fake.connections: list[GatewayConnection]   sockets in order: .path, .query, .heartbeats, .closed_code
    await fake.wait_until(condition, timeout=5.0, what="...")   wakes on every request, frame, callback

Faults:
    fake.rate_limit(match, retry_after=0.5, times=1, *, global_=False, scope="user", cloudflare=False)
    fake.fail(match=None, status=403, code=50007, message=None, times=1, errors=None)
    await fake.disconnect(code=4000, *, resumable=None)     server closes every gateway socket
    await fake.request_reconnect()                          op 7
    await fake.invalidate_session(resumable=False)          op 9
    fake.expire(interaction)                                its token is past 15 minutes (50027)
    FakeUser(dms_open=False)                                sends to its DM channel get 403 50007
    fake.reply_delay = 0.3                                  each REST answer leaves 0.3 s after the request
                                                            was carried out (a send in flight at a signal)

Fidelity, each from Discord's documented behaviour, so that a bug in the adapter shows here too:
- REST bodies are JSON with `Content-Type: application/json` exactly (discord.py compares the header
  with `==`); success responses carry X-RateLimit-* headers; a 429 carries `Via` and `retry_after`.
- Auth: REST needs `Authorization: Bot <token>` (401 otherwise) except webhook and interaction
  callback routes, which use the interaction token; IDENTIFY with a bad token closes with 4004.
- Messages: 2000 characters, 10 embeds, 5 action rows of 5, custom_id ≤ 100 and unique; an empty
  message is 50006; `enforce_nonce` returns the earlier message for the same author and nonce within
  `nonce_window` seconds; `allowed_mentions` decides `mentions`; the bot's own messages come back as
  MESSAGE_CREATE (`echo_own_messages`), as on Discord, so a bot must ignore itself.
- Interactions: one callback (40060 after), within `interaction_ack_deadline` seconds (10062 after);
  follow-ups only after the callback (10015 before) and within `interaction_token_lifetime` (50027);
  the first follow-up after a type-5 deferral fills the "thinking" message instead of adding one;
  callbacks with `with_response` answer 200 `{"interaction": {...}, "resource": {...}}`, else 204.
- Application commands: bulk overwrite keeps ids by (type, name) and checks names, lengths, counts.
- Gateway: HELLO → IDENTIFY → READY (+ GUILD_CREATE per guild on the shard) or RESUME → replay →
  RESUMED; zlib-stream (one compressobj per socket, Z_SYNC_FLUSH) and zstd-stream when a zstd module
  is importable (`zstd_available()`; discord.py asks for zstd-stream whenever it can import one);
  privileged intents not enabled close with 4014; client close codes 1000/1001 end the session, any
  other drop leaves it resumable at `resume_gateway_url`.

Not modelled (a test that needs them gets a 404 and a problem, not a silent pass): threads, forums,
roles beyond @everyone, permissions beyond a fixed grant, reactions beyond "add own", voice.
"""

from __future__ import annotations

import asyncio
import contextlib
import copy
import fnmatch
import hashlib
import itertools
import json
import math
import re
import secrets
import time
import zlib
from collections.abc import AsyncIterator, Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from aiohttp import WSMsgType, web
from multidict import CIMultiDict, CIMultiDictProxy

API_VERSION = 10
DISCORD_EPOCH_MS = 1_420_070_400_000
_FIXED_ID_MS = 1_700_000_000_000  # entities (users, guilds, channels) get ids from this instant

# Gateway intents (https://discord.com/developers/docs/events/gateway#list-of-intents)
GUILDS = 1 << 0
GUILD_MEMBERS = 1 << 1
GUILD_PRESENCES = 1 << 8
GUILD_MESSAGES = 1 << 9
GUILD_MESSAGE_REACTIONS = 1 << 10
GUILD_MESSAGE_TYPING = 1 << 11
DIRECT_MESSAGES = 1 << 12
DIRECT_MESSAGE_REACTIONS = 1 << 13
DIRECT_MESSAGE_TYPING = 1 << 14
MESSAGE_CONTENT = 1 << 15
PRIVILEGED_INTENTS = GUILD_MEMBERS | GUILD_PRESENCES | MESSAGE_CONTENT

# Which intent an event needs: (in a guild, in a DM). Events not listed are always sent.
_EVENT_INTENTS: dict[str, tuple[int, int]] = {
    "GUILD_CREATE": (GUILDS, GUILDS),
    "GUILD_UPDATE": (GUILDS, GUILDS),
    "GUILD_DELETE": (GUILDS, GUILDS),
    "CHANNEL_CREATE": (GUILDS, GUILDS),
    "CHANNEL_UPDATE": (GUILDS, GUILDS),
    "CHANNEL_DELETE": (GUILDS, GUILDS),
    "GUILD_MEMBER_ADD": (GUILD_MEMBERS, GUILD_MEMBERS),
    "GUILD_MEMBER_UPDATE": (GUILD_MEMBERS, GUILD_MEMBERS),
    "GUILD_MEMBER_REMOVE": (GUILD_MEMBERS, GUILD_MEMBERS),
    "PRESENCE_UPDATE": (GUILD_PRESENCES, GUILD_PRESENCES),
    "MESSAGE_CREATE": (GUILD_MESSAGES, DIRECT_MESSAGES),
    "MESSAGE_UPDATE": (GUILD_MESSAGES, DIRECT_MESSAGES),
    "MESSAGE_DELETE": (GUILD_MESSAGES, DIRECT_MESSAGES),
    "MESSAGE_DELETE_BULK": (GUILD_MESSAGES, DIRECT_MESSAGES),
    "MESSAGE_REACTION_ADD": (GUILD_MESSAGE_REACTIONS, DIRECT_MESSAGE_REACTIONS),
    "MESSAGE_REACTION_REMOVE": (GUILD_MESSAGE_REACTIONS, DIRECT_MESSAGE_REACTIONS),
    "TYPING_START": (GUILD_MESSAGE_TYPING, DIRECT_MESSAGE_TYPING),
}

# Gateway opcodes
OP_DISPATCH, OP_HEARTBEAT, OP_IDENTIFY, OP_PRESENCE, OP_VOICE_STATE = 0, 1, 2, 3, 4
OP_RESUME, OP_RECONNECT, OP_REQUEST_MEMBERS, OP_INVALID_SESSION, OP_HELLO, OP_HEARTBEAT_ACK = 6, 7, 8, 9, 10, 11

# Interaction types and callback types
PING, APPLICATION_COMMAND, MESSAGE_COMPONENT, AUTOCOMPLETE, MODAL_SUBMIT = 1, 2, 3, 4, 5
CB_PONG, CB_MESSAGE, CB_DEFERRED_MESSAGE, CB_DEFERRED_UPDATE, CB_UPDATE_MESSAGE = 1, 4, 5, 6, 7
CB_AUTOCOMPLETE, CB_MODAL = 8, 9

# Message flags
EPHEMERAL = 1 << 6
LOADING = 1 << 7

# Permissions granted to the bot everywhere (view, send, embed, attach, history, reactions, app commands)
_APP_PERMISSIONS = str((1 << 10) | (1 << 11) | (1 << 14) | (1 << 15) | (1 << 16) | (1 << 6) | (1 << 31))
_MEMBER_PERMISSIONS = _APP_PERMISSIONS

ERROR_MESSAGES: dict[int, str] = {
    0: "404: Not Found",
    10003: "Unknown Channel",
    10004: "Unknown Guild",
    10007: "Unknown Member",
    10008: "Unknown Message",
    10013: "Unknown User",
    10015: "Unknown Webhook",
    10062: "Unknown interaction",
    40060: "Interaction has already been acknowledged.",
    50001: "Missing Access",
    50003: "Cannot execute action on a DM channel",
    50005: "Cannot edit a message authored by another user",
    50006: "Cannot send an empty message",
    50007: "Cannot send messages to this user",
    50013: "Missing Permissions",
    50027: "Invalid Webhook Token",
    50033: "Invalid Recipient(s)",
    50035: "Invalid Form Body",
}

_COMMAND_NAME = re.compile(r"^[-_'\w]{1,32}$")  # Discord's is wider (other scripts); this covers ours


def _now_iso() -> str:
    return datetime.now(UTC).isoformat()


def _snowflake(ms: int, increment: int) -> int:
    return ((ms - DISCORD_EPOCH_MS) << 22) | (1 << 17) | (increment & 0xFFF)


class FakeDiscordUsageError(AssertionError):
    """The test asked for something Discord would never send (a press on a disabled button, a slash
    command that was never synced, a choice that is not offered): a bug in the test, not the bot."""


class DiscordError(Exception):
    """An error response in Discord's shape: `{"code", "message", "errors"?}`."""

    def __init__(
        self, status: int, code: int, message: str | None = None, errors: Mapping[str, Any] | None = None
    ) -> None:
        self.status = status
        self.code = code
        self.message = message if message is not None else ERROR_MESSAGES.get(code, "Error")
        self.errors = errors
        super().__init__(f"{status} {code} {self.message}")

    def body(self) -> dict[str, Any]:
        out: dict[str, Any] = {"message": self.message, "code": self.code}
        if self.errors:
            out["errors"] = self.errors
        return out


def _form_error(problems: Sequence[tuple[Sequence[str | int], str, str]]) -> DiscordError:
    """50035 with Discord's nested `errors` ({"content": {"_errors": [{"code", "message"}]}})."""
    errors: dict[str, Any] = {}
    for path, code, message in problems:
        node = errors
        for part in path:
            node = node.setdefault(str(part), {})
        node.setdefault("_errors", []).append({"code": code, "message": message})
    return DiscordError(400, 50035, "Invalid Form Body", errors)


# ---------------------------------------------------------------------------------------------------
# Records
# ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class UploadedFile:
    field: str  # "files[0]"
    filename: str
    content_type: str
    data: bytes


@dataclass(frozen=True, slots=True)
class Call:
    """One REST request as the fake received it, and what it answered."""

    method: str
    path: str  # relative to the API base: "/channels/123/messages"
    json: Any  # the JSON body (for multipart: the parsed `payload_json`), or None
    query: Mapping[str, str]
    headers: CIMultiDictProxy[str]
    files: tuple[UploadedFile, ...] = ()
    route: str = ""  # "POST /channels/{channel_id}/messages", "" when no route matched
    status: int = 0
    response: Any = None


@dataclass(frozen=True, slots=True)
class GatewayFrame:
    connection: int
    direction: str  # "in" (client → fake) or "out"
    op: int
    t: str | None
    s: int | None
    d: Any


Match = str | re.Pattern[str] | Callable[[Call], bool]


def _matcher(match: Match | None) -> Callable[[Call], bool]:
    if match is None:
        return lambda call: True
    if isinstance(match, re.Pattern):
        pattern = match
        return lambda call: pattern.search(f"{call.method} {call.path}") is not None
    if isinstance(match, str):
        method, _, glob = match.partition(" ") if " " in match else ("", "", match)
        method = method.upper()
        return lambda call: (not method or call.method == method) and fnmatch.fnmatchcase(call.path, glob)
    return match


# ---------------------------------------------------------------------------------------------------
# World
# ---------------------------------------------------------------------------------------------------


@dataclass(slots=True)
class FakeUser:
    id: int
    username: str
    global_name: str | None = None
    bot: bool = False
    dms_open: bool = True

    def payload(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": str(self.id),
            "username": self.username,
            "discriminator": "0",
            "global_name": self.global_name,
            "avatar": None,
            "public_flags": 0,
            "flags": 0,
            "banner": None,
            "accent_color": None,
            "avatar_decoration_data": None,
            "collectibles": None,
            "primary_guild": None,
        }
        if self.bot:
            out["bot"] = True
        return out


@dataclass(slots=True)
class FakeChannel:
    id: int
    type: int  # 0 guild text, 1 DM
    name: str | None = None
    guild_id: int | None = None
    recipient: FakeUser | None = None
    position: int = 0
    last_message_id: int | None = None

    @property
    def is_dm(self) -> bool:
        return self.type == 1

    def payload(self) -> dict[str, Any]:
        if self.is_dm:
            assert self.recipient is not None
            return {
                "id": str(self.id),
                "type": 1,
                "last_message_id": str(self.last_message_id) if self.last_message_id else None,
                "flags": 0,
                "recipients": [self.recipient.payload()],
            }
        return {
            "id": str(self.id),
            "type": self.type,
            "guild_id": str(self.guild_id),
            "name": self.name,
            "position": self.position,
            "parent_id": None,
            "topic": None,
            "nsfw": False,
            "rate_limit_per_user": 0,
            "last_message_id": str(self.last_message_id) if self.last_message_id else None,
            "permission_overwrites": [],
            "flags": 0,
        }


@dataclass(slots=True)
class FakeGuild:
    id: int
    name: str
    owner_id: int
    channels: list[FakeChannel] = field(default_factory=list)
    members: list[FakeUser] = field(default_factory=list)
    joined_at: str = field(default_factory=_now_iso)

    def channel(self, name: str) -> FakeChannel:
        for channel in self.channels:
            if channel.name == name:
                return channel
        raise KeyError(name)

    def everyone_role(self) -> dict[str, Any]:
        return {
            "id": str(self.id),
            "name": "@everyone",
            "permissions": _MEMBER_PERMISSIONS,
            "position": 0,
            "color": 0,
            "colors": {"primary_color": 0, "secondary_color": None, "tertiary_color": None},
            "hoist": False,
            "managed": False,
            "mentionable": False,
            "icon": None,
            "unicode_emoji": None,
            "flags": 0,
        }

    def member_payload(self, user: FakeUser, *, with_user: bool = True) -> dict[str, Any]:
        out: dict[str, Any] = {
            "roles": [],
            "joined_at": self.joined_at,
            "premium_since": None,
            "deaf": False,
            "mute": False,
            "flags": 0,
            "pending": False,
            "nick": None,
            "avatar": None,
            "communication_disabled_until": None,
        }
        if with_user:
            out["user"] = user.payload()
        return out

    def payload(self) -> dict[str, Any]:
        return {
            "id": str(self.id),
            "name": self.name,
            "icon": None,
            "splash": None,
            "discovery_splash": None,
            "banner": None,
            "description": None,
            "owner_id": str(self.owner_id),
            "region": None,
            "afk_channel_id": None,
            "afk_timeout": 300,
            "verification_level": 0,
            "default_message_notifications": 0,
            "explicit_content_filter": 0,
            "features": [],
            "mfa_level": 0,
            "application_id": None,
            "system_channel_id": None,
            "system_channel_flags": 0,
            "rules_channel_id": None,
            "vanity_url_code": None,
            "premium_tier": 0,
            "premium_subscription_count": 0,
            "preferred_locale": "en-US",
            "public_updates_channel_id": None,
            "nsfw_level": 0,
            "premium_progress_bar_enabled": False,
            "roles": [self.everyone_role()],
            "emojis": [],
            "stickers": [],
            # GUILD_CREATE extras
            "joined_at": self.joined_at,
            "large": False,
            "unavailable": False,
            "member_count": len(self.members),
            "voice_states": [],
            "members": [self.member_payload(u) for u in self.members],
            "channels": [{k: v for k, v in c.payload().items() if k != "guild_id"} for c in self.channels],
            "threads": [],
            "presences": [],
            "stage_instances": [],
            "guild_scheduled_events": [],
            "soundboard_sounds": [],
        }


# ---------------------------------------------------------------------------------------------------
# Faults
# ---------------------------------------------------------------------------------------------------


@dataclass(slots=True)
class Fault:
    """An injected error for matching requests; `times=None` means every time."""

    matches: Callable[[Call], bool]
    status: int
    body: Any
    headers: dict[str, str]
    times: int | None
    hits: int = 0
    content_type: str = "application/json"

    def take(self) -> bool:
        if self.times is not None and self.hits >= self.times:
            return False
        self.hits += 1
        return True


# ---------------------------------------------------------------------------------------------------
# Interactions
# ---------------------------------------------------------------------------------------------------


@dataclass(eq=False)
class FakeInteraction:
    """A handle on one interaction the fake dispatched, to see how the bot answered it."""

    fake: FakeDiscord = field(repr=False)
    id: int
    token: str
    type: int
    payload: dict[str, Any] = field(repr=False)
    user: FakeUser
    channel: FakeChannel
    message_id: int | None  # the component's message, for component interactions
    dispatched_at: float
    callback: dict[str, Any] | None = None  # {"type": 4, "data": {...}} once answered
    original_message_id: int | None = None
    followup_ids: list[int] = field(default_factory=list)
    expired: bool = False
    opened_modal: dict[str, Any] | None = field(default=None, repr=False)

    @property
    def original(self) -> dict[str, Any] | None:
        if self.original_message_id is None:
            return None
        return self.fake._messages.get(self.original_message_id)

    @property
    def followups(self) -> list[dict[str, Any]]:
        return [self.fake._messages[m] for m in self.followup_ids if m in self.fake._messages]

    async def wait_callback(self, timeout: float = 5.0) -> dict[str, Any]:  # noqa: ASYNC109
        await self.fake.wait_until(lambda: self.callback is not None, timeout, f"a callback for {self!r}")
        assert self.callback is not None
        return self.callback

    async def wait_followups(self, n: int = 1, timeout: float = 5.0) -> list[dict[str, Any]]:  # noqa: ASYNC109
        """Follow-up messages, counting a type-5 deferral's message once a follow-up filled it."""
        await self.fake.wait_until(lambda: len(self.followup_ids) >= n, timeout, f"{n} follow-ups for {self!r}")
        return self.followups


# ---------------------------------------------------------------------------------------------------
# Gateway sessions and sockets
# ---------------------------------------------------------------------------------------------------


class _Compressor:
    """zlib-stream: one compressobj per socket, each payload flushed with Z_SYNC_FLUSH (ends 00 00 ff ff).
    zstd-stream: one streaming context per socket, each payload flushed as a block."""

    def __init__(self, kind: str | None) -> None:
        self.kind = kind
        self._zlib = zlib.compressobj() if kind == "zlib-stream" else None
        self._zstd: Any = None
        if kind == "zstd-stream":
            self._zstd = _zstd_compressor()

    def encode(self, text: str) -> bytes | str:
        raw = text.encode()
        if self._zlib is not None:
            return self._zlib.compress(raw) + self._zlib.flush(zlib.Z_SYNC_FLUSH)
        if self._zstd is not None:
            return bytes(self._zstd(raw))
        return text


def zstd_available() -> bool:
    return _zstd_compressor() is not None


def _zstd_compressor() -> Callable[[bytes], bytes] | None:
    """A block-flushing zstd stream from `zstandard` or `compression.zstd` (3.14), whichever discord.py
    would have found; None when neither is importable."""
    try:
        import zstandard  # type: ignore[import-not-found]

        cobj = zstandard.ZstdCompressor().compressobj()
        return lambda raw: cobj.compress(raw) + cobj.flush(zstandard.COMPRESSOBJ_FLUSH_BLOCK)
    except ImportError:
        pass
    try:
        from compression import zstd  # type: ignore[import-not-found]

        comp = zstd.ZstdCompressor()
        return lambda raw: comp.compress(raw, mode=zstd.ZstdCompressor.FLUSH_BLOCK)
    except ImportError:
        return None


@dataclass(eq=False)
class _Session:
    session_id: str
    shard: tuple[int, int]
    intents: int
    sharded: bool
    seq: int = 0
    sent: list[dict[str, Any]] = field(default_factory=list)
    connection: GatewayConnection | None = None
    resumable: bool = True
    ended: bool = False


@dataclass(eq=False)
class GatewayConnection:
    """One gateway socket, in connection order (`fake.connections`); `path` is "/" or "/resume"."""

    number: int
    ws: web.WebSocketResponse
    path: str
    query: Mapping[str, str]
    compressor: _Compressor
    session: _Session | None = None
    heartbeats: int = 0
    closed_code: int | None = None  # the code of the client's close frame, if it sent one
    server_close: tuple[int, bool] | None = None  # (code, resumable) when the fake closed it
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)


# ---------------------------------------------------------------------------------------------------
# The fake
# ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Request:
    method: str
    path: str
    params: dict[str, str]
    query: Mapping[str, str]
    json: Any
    files: tuple[UploadedFile, ...]


_Handler = Callable[[_Request], Any]


class FakeDiscord:
    def __init__(
        self,
        *,
        token: str = "fake-bot-token.prepdrip",
        bot_name: str = "PrepDrip",
        heartbeat_interval: float = 41.25,
        recommended_shards: int = 1,
        privileged_intents: int = PRIVILEGED_INTENTS,
        interaction_ack_deadline: float | None = 3.0,
        interaction_token_lifetime: float = 15 * 60.0,
        nonce_window: float = 300.0,
        echo_own_messages: bool = True,
    ) -> None:
        self.token = token
        self.heartbeat_interval = heartbeat_interval
        self.recommended_shards = recommended_shards
        self.privileged_intents = privileged_intents
        self.interaction_ack_deadline = interaction_ack_deadline
        self.interaction_token_lifetime = interaction_token_lifetime
        self.nonce_window = nonce_window
        self.echo_own_messages = echo_own_messages
        self.reply_delay = 0.0  # seconds each REST answer waits after the request was carried out (a slow link)

        self._fixed_ids = itertools.count(1)
        self._last_ms = 0
        self._increment = 0
        self.bot = FakeUser(self._fixed_id(), bot_name, None, bot=True)
        self.application_id = self.bot.id
        self.owner = FakeUser(self._fixed_id(), "prepdrip-owner")

        self.users: dict[int, FakeUser] = {self.bot.id: self.bot, self.owner.id: self.owner}
        self.guilds: dict[int, FakeGuild] = {}
        self._channels: dict[int, FakeChannel] = {}
        self._dm_by_user: dict[int, FakeChannel] = {}
        self._messages: dict[int, dict[str, Any]] = {}
        self._nonces: dict[tuple[int, str], tuple[float, int]] = {}
        self._commands: dict[int | None, list[dict[str, Any]]] = {}
        self._command_ids: dict[tuple[int | None, int, str], int] = {}
        self._interactions: dict[int, FakeInteraction] = {}
        self._open_modals: dict[tuple[int, str], FakeInteraction] = {}
        self._files: dict[int, UploadedFile] = {}  # attachment id -> what was uploaded, served at its url

        self.calls: list[Call] = []
        self.frames: list[GatewayFrame] = []
        self.problems: list[str] = []
        self.faults: list[Fault] = []
        self._sessions: list[_Session] = []
        self.connections: list[GatewayConnection] = []
        self._connection_numbers = itertools.count(1)
        self._changed = asyncio.Event()
        self._routes = self._build_routes()

        self._runner: web.AppRunner | None = None
        self.port = 0

    # -- lifecycle -----------------------------------------------------------------------------------

    async def start(self) -> None:
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_route("*", "/api/v{version:\\d+}/{tail:.*}", self._handle_http)
        app.router.add_get("/", self._handle_ws)
        app.router.add_get("/resume", self._handle_ws)
        app.router.add_get("/attachments/{channel_id}/{attachment_id}/{filename}", self._handle_attachment)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=1.0)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = self._runner.addresses[0][1]

    async def close(self) -> None:
        for conn in list(self.connections):
            if not conn.ws.closed:
                with contextlib.suppress(Exception):
                    await asyncio.wait_for(conn.ws.close(code=1001, message=b"fake discord closing"), 2.0)
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> FakeDiscord:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/v{API_VERSION}"

    @property
    def gateway_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/"

    @property
    def resume_gateway_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/resume"

    @contextlib.contextmanager
    def patch_discord(self) -> Iterator[None]:
        """Point discord.py's REST base (webhooks and interaction callbacks use the same `Route`) and
        its default gateway at the fake; put them back afterwards."""
        import yarl
        from discord.gateway import DiscordWebSocket
        from discord.http import Route

        old_base, old_gateway = Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY
        Route.BASE = self.api_url
        DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(self.gateway_url)
        try:
            yield
        finally:
            Route.BASE = old_base
            DiscordWebSocket.DEFAULT_GATEWAY = old_gateway

    # -- ids -----------------------------------------------------------------------------------------

    def _fixed_id(self) -> int:
        n = next(self._fixed_ids)
        return _snowflake(_FIXED_ID_MS + n, n)

    def _new_id(self) -> int:
        """A snowflake of now, strictly increasing, so `created_at` is right and ids sort by time."""
        ms = int(time.time() * 1000)
        if ms <= self._last_ms:
            ms = self._last_ms
            self._increment += 1
            if self._increment > 0xFFF:
                ms, self._increment = ms + 1, 0
        else:
            self._increment = 0
        self._last_ms = ms
        return _snowflake(ms, self._increment)

    # -- world ---------------------------------------------------------------------------------------

    def add_user(
        self, username: str, *, global_name: str | None = None, bot: bool = False, dms_open: bool = True
    ) -> FakeUser:
        user = FakeUser(self._fixed_id(), username, global_name if global_name is not None else username.title())
        user.bot, user.dms_open = bot, dms_open
        self.users[user.id] = user
        return user

    def add_guild(
        self, name: str, *, channels: Sequence[str] = ("general",), members: Iterable[FakeUser] = ()
    ) -> FakeGuild:
        if self._sessions:
            raise FakeDiscordUsageError("add guilds before the client connects (GUILD_CREATE follows READY)")
        guild = FakeGuild(self._fixed_id(), name, owner_id=self.owner.id)
        guild.members = [self.bot, self.owner, *members]
        for position, channel_name in enumerate(channels):
            channel = FakeChannel(self._fixed_id(), 0, channel_name, guild.id, position=position)
            guild.channels.append(channel)
            self._channels[channel.id] = channel
        self.guilds[guild.id] = guild
        return guild

    def dm_channel(self, user: FakeUser) -> FakeChannel:
        channel = self._dm_by_user.get(user.id)
        if channel is None:
            channel = FakeChannel(self._fixed_id(), 1, recipient=user)
            self._dm_by_user[user.id] = channel
            self._channels[channel.id] = channel
        return channel

    def channel(self, channel_id: int) -> FakeChannel:
        return self._channels[channel_id]

    def add_message(
        self,
        channel: FakeChannel | int,
        *,
        content: str = "",
        components: Sequence[Mapping[str, Any]] = (),
        embeds: Sequence[Mapping[str, Any]] = (),
        author: FakeUser | None = None,
    ) -> dict[str, Any]:
        """Store a message without telling any client, e.g. one a previous run of the bot sent."""
        ch = self._resolve_channel(channel)
        body = {"content": content, "components": list(components), "embeds": list(embeds)}
        return self._store_message(ch, author or self.bot, body)

    def messages(self, channel: FakeChannel | int | None = None) -> list[dict[str, Any]]:
        channel_id = None if channel is None else self._resolve_channel(channel).id
        return [m for m in self._messages.values() if channel_id is None or int(m["channel_id"]) == channel_id]

    def message(self, message_id: int) -> dict[str, Any]:
        return self._messages[message_id]

    def commands(self, guild: FakeGuild | int | None = None) -> list[dict[str, Any]]:
        guild_id = guild.id if isinstance(guild, FakeGuild) else guild
        return self._commands.get(guild_id, [])

    def _resolve_channel(self, channel: FakeChannel | int) -> FakeChannel:
        channel_id = channel.id if isinstance(channel, FakeChannel) else int(channel)
        try:
            return self._channels[channel_id]
        except KeyError:
            raise FakeDiscordUsageError(f"unknown channel {channel_id}") from None

    def _guild_of(self, channel: FakeChannel) -> FakeGuild | None:
        return None if channel.guild_id is None else self.guilds[channel.guild_id]

    # -- records and waiting -------------------------------------------------------------------------

    def _notify(self) -> None:
        self._changed.set()
        self._changed = asyncio.Event()

    async def wait_until(self, done: Callable[[], bool], timeout: float = 5.0, what: str = "condition") -> None:  # noqa: ASYNC109
        """Wake on every change the fake sees (a request, a frame, a callback) until `done()` holds."""
        deadline = asyncio.get_running_loop().time() + timeout
        while not done():
            remaining = deadline - asyncio.get_running_loop().time()
            if remaining <= 0:
                raise TimeoutError(f"fake discord: no {what} within {timeout}s; problems: {self.problems}")
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._changed.wait(), remaining)

    def calls_to(self, match: Match | None = None) -> list[Call]:
        matches = _matcher(match)
        return [c for c in self.calls if matches(c)]

    async def wait_for(self, match: Match | None = None, n: int = 1, timeout: float = 5.0) -> list[Call]:  # noqa: ASYNC109
        """Every matching call so far, once there are at least `n`."""
        await self.wait_until(lambda: len(self.calls_to(match)) >= n, timeout, f"{n} calls to {match!r}")
        return self.calls_to(match)

    @property
    def identifies(self) -> list[dict[str, Any]]:
        return [f.d for f in self.frames if f.direction == "in" and f.op == OP_IDENTIFY]

    def frames_where(
        self, *, op: int | None = None, t: str | None = None, direction: str | None = None
    ) -> list[GatewayFrame]:
        return [
            f
            for f in self.frames
            if (op is None or f.op == op)
            and (t is None or f.t == t)
            and (direction is None or f.direction == direction)
        ]

    async def wait_for_frame(
        self,
        *,
        op: int | None = None,
        t: str | None = None,
        direction: str | None = None,
        n: int = 1,
        timeout: float = 5.0,  # noqa: ASYNC109
    ) -> list[GatewayFrame]:
        def enough() -> bool:
            return len(self.frames_where(op=op, t=t, direction=direction)) >= n

        await self.wait_until(enough, timeout, f"{n} gateway frames op={op} t={t} direction={direction}")
        return self.frames_where(op=op, t=t, direction=direction)

    def _problem(self, text: str) -> None:
        self.problems.append(text)
        self._notify()

    # -- faults --------------------------------------------------------------------------------------

    def rate_limit(
        self,
        match: Match,
        retry_after: float = 0.5,
        times: int | None = 1,
        *,
        global_: bool = False,
        scope: str = "user",
        cloudflare: bool = False,
    ) -> Fault:
        """Answer matching requests with a 429. discord.py retries only when the response has a `Via`
        header and a JSON body with `retry_after`; `cloudflare=True` leaves both out (an HTML ban page),
        which discord.py raises as HTTPException."""
        if cloudflare:
            fault = Fault(
                _matcher(match), 429, "<html><body>Error 1015: You are being rate limited.</body></html>", {}, times
            )
            fault.content_type = "text/html"
        else:
            headers = {
                "Via": "1.1 google",
                "Retry-After": str(math.ceil(retry_after)),
                "X-RateLimit-Limit": "5",
                "X-RateLimit-Remaining": "0",
                "X-RateLimit-Reset": f"{time.time() + retry_after:.3f}",
                "X-RateLimit-Reset-After": f"{retry_after:.3f}",
                "X-RateLimit-Scope": scope,
            }
            if global_:
                headers["X-RateLimit-Global"] = "true"
            body = {"message": "You are being rate limited.", "retry_after": retry_after, "global": global_}
            fault = Fault(_matcher(match), 429, body, headers, times)
        self.faults.append(fault)
        return fault

    def fail(
        self,
        match: Match | None = None,
        status: int = 403,
        code: int = 50007,
        message: str | None = None,
        times: int | None = 1,
        errors: Mapping[str, Any] | None = None,
    ) -> Fault:
        """Answer matching requests (all requests when `match` is None) with a Discord error body."""
        error = DiscordError(status, code, message, errors)
        fault = Fault(_matcher(match), status, error.body(), {}, times)
        self.faults.append(fault)
        return fault

    # -- HTTP ----------------------------------------------------------------------------------------

    def _build_routes(self) -> list[tuple[str, re.Pattern[str], str, _Handler, bool]]:
        table: list[tuple[str, str, _Handler, bool]] = [
            ("GET", "/users/@me", self._get_me, True),
            ("GET", "/users/{user_id}", self._get_user, True),
            ("GET", "/oauth2/applications/@me", self._get_application, True),
            ("GET", "/applications/@me", self._get_application, True),
            ("GET", "/gateway", self._get_gateway, False),
            ("GET", "/gateway/bot", self._get_gateway_bot, True),
            ("POST", "/users/@me/channels", self._create_dm, True),
            ("GET", "/guilds/{guild_id}/members/{user_id}", self._get_member, True),
            ("GET", "/channels/{channel_id}", self._get_channel, True),
            ("GET", "/channels/{channel_id}/messages", self._get_history, True),
            ("POST", "/channels/{channel_id}/messages", self._post_message, True),
            ("GET", "/channels/{channel_id}/messages/{message_id}", self._get_message, True),
            ("PATCH", "/channels/{channel_id}/messages/{message_id}", self._patch_message, True),
            ("DELETE", "/channels/{channel_id}/messages/{message_id}", self._delete_message, True),
            ("POST", "/channels/{channel_id}/typing", self._typing, True),
            ("PUT", "/channels/{channel_id}/messages/{message_id}/reactions/{emoji}/@me", self._react, True),
            ("GET", "/applications/{application_id}/commands", self._get_commands, True),
            ("PUT", "/applications/{application_id}/commands", self._put_commands, True),
            ("GET", "/applications/{application_id}/guilds/{guild_id}/commands", self._get_commands, True),
            ("PUT", "/applications/{application_id}/guilds/{guild_id}/commands", self._put_commands, True),
            ("POST", "/interactions/{interaction_id}/{token}/callback", self._interaction_callback, False),
            ("POST", "/webhooks/{application_id}/{token}", self._execute_webhook, False),
            ("GET", "/webhooks/{application_id}/{token}/messages/{message_id}", self._get_webhook_message, False),
            ("PATCH", "/webhooks/{application_id}/{token}/messages/{message_id}", self._edit_webhook_message, False),
            ("DELETE", "/webhooks/{application_id}/{token}/messages/{message_id}", self._delete_webhook_message, False),
        ]
        routes = []
        for method, template, handler, auth in table:
            regex = "^" + re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(template)) + "$"
            routes.append((method, re.compile(regex), f"{method} {template}", handler, auth))
        return routes

    async def _handle_http(self, request: web.Request) -> web.StreamResponse:
        version = request.match_info["version"]
        path = "/" + request.match_info["tail"]
        query = dict(request.query)
        try:
            body, files = await self._read_body(request)
        except ValueError as error:  # Discord answers a body it cannot parse with 50109
            body, files = None, ()
            self._problem(f"{request.method} {path}: unreadable body ({error})")
        headers = CIMultiDictProxy(CIMultiDict(request.headers))
        call = Call(request.method, path, body, query, headers, files)

        status, payload, extra_headers, route, content_type = 200, None, {}, "", "application/json"
        try:
            if version != str(API_VERSION):
                raise DiscordError(404, 0, f"API v{version} is not the fake's v{API_VERSION}")
            matched = self._route(request.method, path)
            if matched is None:
                self._problem(f"no route for {request.method} {path}")
                raise DiscordError(404, 0, "404: Not Found")
            route, handler, auth, params = matched
            if auth and request.headers.get("Authorization") != f"Bot {self.token}":
                raise DiscordError(401, 0, "401: Unauthorized")
            for fault in self.faults:
                if fault.matches(call) and fault.take():
                    status, payload, extra_headers = fault.status, fault.body, fault.headers
                    content_type = fault.content_type
                    break
            else:
                result = handler(_Request(request.method, path, params, query, body, files))
                if asyncio.iscoroutine(result):
                    result = await result
                extra_headers = self._ratelimit_headers(route)
                if result is None:
                    status = 204
                else:
                    payload = result
        except DiscordError as error:
            status, payload = error.status, error.body()
        except (ValueError, KeyError, TypeError) as error:
            # A malformed id or field; never a 500, which discord.py retries five times with sleeps.
            self._problem(f"{request.method} {path}: {error!r}")
            status, payload = 400, _form_error([((), "BASE_TYPE_INVALID", repr(error))]).body()

        self.calls.append(
            Call(call.method, path, body, query, headers, files, route=route, status=status, response=payload)
        )
        self._notify()
        if self.reply_delay:  # done on Discord's side; the client has not heard yet
            await asyncio.sleep(self.reply_delay)
        if status == 204:
            return web.Response(status=204, headers=extra_headers)
        if isinstance(payload, str):
            data = payload.encode()
        else:
            data = json.dumps(payload).encode()
        # Exactly "application/json": discord.py's json_or_text compares the header with ==.
        return web.Response(status=status, body=data, headers={**extra_headers, "Content-Type": content_type})

    def _route(self, method: str, path: str) -> tuple[str, _Handler, bool, dict[str, str]] | None:
        for route_method, regex, route, handler, auth in self._routes:
            if route_method == method:
                found = regex.match(path)
                if found:
                    return route, handler, auth, found.groupdict()
        return None

    @staticmethod
    def _ratelimit_headers(route: str) -> dict[str, str]:
        bucket = hashlib.sha1(route.encode()).hexdigest()[:16]
        return {
            "X-RateLimit-Bucket": bucket,
            "X-RateLimit-Limit": "5",
            "X-RateLimit-Remaining": "4",
            "X-RateLimit-Reset": f"{time.time() + 1:.3f}",
            "X-RateLimit-Reset-After": "1.000",
        }

    async def _read_body(self, request: web.Request) -> tuple[Any, tuple[UploadedFile, ...]]:
        if not request.can_read_body:
            return None, ()
        content_type = request.content_type
        if content_type == "multipart/form-data":
            body: Any = None
            files: list[UploadedFile] = []
            reader = await request.multipart()
            async for part in reader:
                if not hasattr(part, "read"):
                    continue
                name = part.name or ""
                data = await part.read(decode=False)
                if name == "payload_json":
                    body = json.loads(data)
                else:
                    files.append(
                        UploadedFile(name, part.filename or "", part.headers.get("Content-Type", ""), bytes(data))
                    )
            return body, tuple(files)
        raw = await request.read()
        if not raw:
            return None, ()
        if content_type != "application/json":
            self._problem(f"{request.method} {request.path} sent a body as {content_type!r}")
            return raw.decode(errors="replace"), ()
        return json.loads(raw), ()

    # -- REST: users, application, gateway -------------------------------------------------------------

    def _get_me(self, req: _Request) -> dict[str, Any]:
        return {**self.bot.payload(), "verified": True, "mfa_enabled": False, "email": None, "locale": "en-US"}

    def _get_user(self, req: _Request) -> dict[str, Any]:
        user = self.users.get(int(req.params["user_id"]))
        if user is None:
            raise DiscordError(404, 10013)
        return user.payload()

    def _get_member(self, req: _Request) -> dict[str, Any]:
        """A server's member (no intent needed): 10004 for a server the bot isn't in, 10007 for a user
        who isn't (or is no longer) a member."""
        guild = self.guilds.get(int(req.params["guild_id"]))
        if guild is None:
            raise DiscordError(404, 10004)
        user = next((u for u in guild.members if u.id == int(req.params["user_id"])), None)
        if user is None:
            raise DiscordError(404, 10007)
        return guild.member_payload(user)

    def _application_flags(self) -> int:
        flags = 0
        if self.privileged_intents & GUILD_PRESENCES:
            flags |= 1 << 12
        if self.privileged_intents & GUILD_MEMBERS:
            flags |= 1 << 14
        if self.privileged_intents & MESSAGE_CONTENT:
            flags |= 1 << 18
        return flags

    def _get_application(self, req: _Request) -> dict[str, Any]:
        return {
            "id": str(self.application_id),
            "name": self.bot.username,
            "icon": None,
            "description": "",
            "summary": "",
            "type": None,
            "bot_public": True,
            "bot_require_code_grant": False,
            "verify_key": "0" * 64,
            "owner": self.owner.payload(),
            "team": None,
            "flags": self._application_flags(),
            "bot": self.bot.payload(),
            "interactions_endpoint_url": None,
            "redirect_uris": [],
            "approximate_guild_count": len(self.guilds),
            "integration_types_config": {"0": {}},
        }

    def _get_gateway(self, req: _Request) -> dict[str, Any]:
        return {"url": self.gateway_url.rstrip("/")}

    def _get_gateway_bot(self, req: _Request) -> dict[str, Any]:
        return {
            "url": self.gateway_url.rstrip("/"),
            "shards": self.recommended_shards,
            "session_start_limit": {"total": 1000, "remaining": 999, "reset_after": 14_400_000, "max_concurrency": 1},
        }

    def _create_dm(self, req: _Request) -> dict[str, Any]:
        body = req.json or {}
        try:
            user = self.users[int(body["recipient_id"])]
        except (KeyError, ValueError, TypeError):
            raise DiscordError(400, 50033) from None
        return self.dm_channel(user).payload()

    def _get_channel(self, req: _Request) -> dict[str, Any]:
        return self._channel_or_404(req).payload()

    def _channel_or_404(self, req: _Request) -> FakeChannel:
        channel = self._channels.get(int(req.params["channel_id"]))
        if channel is None:
            raise DiscordError(404, 10003)
        return channel

    # -- REST: messages -----------------------------------------------------------------------------------

    def _message_or_404(self, channel: FakeChannel, message_id: str) -> dict[str, Any]:
        message = self._messages.get(int(message_id))
        if message is None or int(message["channel_id"]) != channel.id:
            raise DiscordError(404, 10008)
        return message

    def _get_history(self, req: _Request) -> list[dict[str, Any]]:
        channel = self._channel_or_404(req)
        limit = int(req.query.get("limit", "50"))
        newest_first = sorted(self.messages(channel), key=lambda m: int(m["id"]), reverse=True)
        return copy.deepcopy(newest_first[:limit])

    async def _post_message(self, req: _Request) -> dict[str, Any]:
        channel = self._channel_or_404(req)
        body = dict(req.json or {})
        if channel.is_dm and channel.recipient is not None and not channel.recipient.dms_open:
            raise DiscordError(403, 50007)
        _validate_message(body, req.files, require_something=True)
        nonce = body.get("nonce")
        if nonce is not None and body.get("enforce_nonce"):
            earlier = self._nonces.get((self.bot.id, str(nonce)))
            if earlier is not None and time.monotonic() - earlier[0] < self.nonce_window:
                if earlier[1] in self._messages:
                    return copy.deepcopy(self._messages[earlier[1]])
        message = self._store_message(channel, self.bot, body, files=req.files)
        if nonce is not None and body.get("enforce_nonce"):
            self._nonces[(self.bot.id, str(nonce))] = (time.monotonic(), int(message["id"]))
        await self._echo("MESSAGE_CREATE", message)
        return copy.deepcopy(message)

    def _get_message(self, req: _Request) -> dict[str, Any]:
        return copy.deepcopy(self._message_or_404(self._channel_or_404(req), req.params["message_id"]))

    async def _patch_message(self, req: _Request) -> dict[str, Any]:
        channel = self._channel_or_404(req)
        message = self._message_or_404(channel, req.params["message_id"])
        if int(message["author"]["id"]) != self.bot.id:
            raise DiscordError(403, 50005)
        self._update_message(message, dict(req.json or {}), req.files)
        await self._echo("MESSAGE_UPDATE", message)
        return copy.deepcopy(message)

    async def _delete_message(self, req: _Request) -> None:
        channel = self._channel_or_404(req)
        message = self._message_or_404(channel, req.params["message_id"])
        if channel.is_dm and int(message["author"]["id"]) != self.bot.id:
            raise DiscordError(403, 50003)
        await self._remove_message(message)

    async def _remove_message(self, message: dict[str, Any]) -> None:
        del self._messages[int(message["id"])]
        event = {"id": message["id"], "channel_id": message["channel_id"]}
        if "guild_id" in message:
            event["guild_id"] = message["guild_id"]
        if not message["flags"] & EPHEMERAL:
            await self._echo("MESSAGE_DELETE", event)

    def _typing(self, req: _Request) -> None:
        self._channel_or_404(req)

    def _react(self, req: _Request) -> None:
        self._message_or_404(self._channel_or_404(req), req.params["message_id"])

    def _store_message(
        self,
        channel: FakeChannel,
        author: FakeUser,
        body: Mapping[str, Any],
        *,
        files: Sequence[UploadedFile] = (),
        extra: Mapping[str, Any] | None = None,
    ) -> dict[str, Any]:
        message_id = self._new_id()
        message: dict[str, Any] = {
            "id": str(message_id),
            "type": 0,
            "channel_id": str(channel.id),
            "author": author.payload(),
            "content": "",
            "timestamp": _now_iso(),
            "edited_timestamp": None,
            "tts": bool(body.get("tts", False)),
            "mention_everyone": False,
            "mentions": [],
            "mention_roles": [],
            "attachments": [],
            "embeds": [],
            "components": [],
            "pinned": False,
            "flags": 0,
        }
        if channel.guild_id is not None:
            message["guild_id"] = str(channel.guild_id)
        if "nonce" in body and body["nonce"] is not None:
            message["nonce"] = body["nonce"]
        reference = body.get("message_reference")
        if reference:
            message["type"] = 19
            ref_id = int(reference.get("message_id", 0))
            message["message_reference"] = {"type": 0, "channel_id": str(channel.id), "message_id": str(ref_id)}
            message["referenced_message"] = copy.deepcopy(self._messages.get(ref_id))
        if extra:
            message.update(extra)
        self._update_message(message, body, files, edited=False)
        self._messages[message_id] = message
        channel.last_message_id = message_id
        return message

    def _update_message(
        self, message: dict[str, Any], body: Mapping[str, Any], files: Sequence[UploadedFile], *, edited: bool = True
    ) -> None:
        _validate_message(body, files, require_something=False)
        if "content" in body:
            message["content"] = body["content"] or ""
        if "embeds" in body:
            message["embeds"] = [_embed_out(e) for e in body["embeds"] or []]
        if "components" in body:
            message["components"] = _numbered_components(body["components"] or [])
        if "flags" in body and body["flags"] is not None:
            kept = message["flags"] & (EPHEMERAL | LOADING)
            message["flags"] = (int(body["flags"]) & ~LOADING) | (kept & EPHEMERAL)
        if "attachments" in body or files:
            message["attachments"] = self._attachments(message, body.get("attachments") or [], files)
        if "content" in body or "allowed_mentions" in body:
            message["mentions"], message["mention_everyone"] = self._mentions(
                message["content"], body.get("allowed_mentions")
            )
        if edited:
            message["edited_timestamp"] = _now_iso()

    def _attachments(
        self, message: Mapping[str, Any], declared: Sequence[Mapping[str, Any]], files: Sequence[UploadedFile]
    ) -> list[dict[str, Any]]:
        kept = {a["id"]: a for a in message.get("attachments", [])}
        out: list[dict[str, Any]] = []
        by_index = {f"files[{i}]": f for i, f in enumerate(files)}
        for item in declared:
            if str(item.get("id")) in kept:
                out.append(kept[str(item["id"])])
                continue
            upload = by_index.pop(f"files[{item.get('id')}]", None)
            if upload is not None:
                out.append(self._attachment(message, upload, item.get("filename") or upload.filename))
        for upload in by_index.values():
            out.append(self._attachment(message, upload, upload.filename))
        return out

    def _attachment(self, message: Mapping[str, Any], upload: UploadedFile, filename: str) -> dict[str, Any]:
        attachment_id = self._new_id()
        self._files[attachment_id] = upload
        url = f"http://127.0.0.1:{self.port}/attachments/{message['channel_id']}/{attachment_id}/{filename}"
        return {
            "id": str(attachment_id),
            "filename": filename,
            "size": len(upload.data),
            "url": url,
            "proxy_url": url,
            "content_type": upload.content_type or "application/octet-stream",
        }

    async def _handle_attachment(self, request: web.Request) -> web.StreamResponse:
        """The CDN: an attachment's bytes at its `url` (no auth, as Discord's CDN links)."""
        upload = self._files.get(int(request.match_info["attachment_id"]))
        if upload is None:
            self._problem(f"GET {request.path}: no such attachment")
            return web.Response(status=404)
        return web.Response(
            body=upload.data, content_type=(upload.content_type or "application/octet-stream").split(";")[0]
        )

    def _mentions(self, content: str, allowed: Mapping[str, Any] | None) -> tuple[list[dict[str, Any]], bool]:
        """Whom a message pings: Discord parses everything unless `allowed_mentions` narrows it."""
        parse = {"users", "roles", "everyone"} if allowed is None else set(allowed.get("parse", []))
        allowed_users = set() if allowed is None else {int(u) for u in allowed.get("users", [])}
        mentioned: list[dict[str, Any]] = []
        for raw in dict.fromkeys(re.findall(r"<@!?(\d+)>", content)):
            user = self.users.get(int(raw))
            if user is not None and ("users" in parse or user.id in allowed_users):
                mentioned.append(user.payload())
        everyone = "everyone" in parse and ("@everyone" in content or "@here" in content)
        return mentioned, everyone

    async def _echo(self, event: str, message: Mapping[str, Any]) -> None:
        """What Discord tells connected clients about a message the bot made or changed."""
        if not self.echo_own_messages or not self._live_sessions() or message.get("flags", 0) & EPHEMERAL:
            return
        data = copy.deepcopy(dict(message))
        if event != "MESSAGE_DELETE" and "guild_id" in data:
            guild = self.guilds[int(data["guild_id"])]
            author = self.users.get(int(data["author"]["id"]))
            if author is not None:
                data["member"] = guild.member_payload(author, with_user=False)
        await self.dispatch(event, data)

    # -- REST: application commands ----------------------------------------------------------------------

    def _check_application(self, req: _Request) -> None:
        if int(req.params["application_id"]) != self.application_id:
            raise DiscordError(403, 50001)

    def _get_commands(self, req: _Request) -> list[dict[str, Any]]:
        self._check_application(req)
        guild_id = int(req.params["guild_id"]) if "guild_id" in req.params else None
        return copy.deepcopy(self._commands.get(guild_id, []))

    def _put_commands(self, req: _Request) -> list[dict[str, Any]]:
        self._check_application(req)
        guild_id = int(req.params["guild_id"]) if "guild_id" in req.params else None
        if guild_id is not None and guild_id not in self.guilds:
            raise DiscordError(403, 50001)
        body = req.json
        if not isinstance(body, list):
            raise _form_error([((), "LIST_TYPE_CONVERT", "Only iterables may be used in a ListType")])
        _validate_commands(body)
        stored = []
        for command in body:
            kind = int(command.get("type", 1))
            key = (guild_id, kind, command["name"])
            command_id = self._command_ids.setdefault(key, self._new_id())
            out = {
                "id": str(command_id),
                "application_id": str(self.application_id),
                "version": str(self._new_id()),
                "type": kind,
                "default_member_permissions": None,
                "nsfw": False,
                **copy.deepcopy(command),
            }
            out["type"] = kind
            if guild_id is not None:
                out["guild_id"] = str(guild_id)
            else:
                out.setdefault("contexts", None)
                out.setdefault("integration_types", [0])
            out.setdefault("description", "")
            stored.append(out)
        self._commands[guild_id] = stored
        return copy.deepcopy(stored)

    def _find_command(self, name: str, channel: FakeChannel, kind: int = 1) -> dict[str, Any]:
        if channel.guild_id is not None:
            for command in self._commands.get(channel.guild_id, []):
                if command["name"] == name and command["type"] == kind:
                    return command
        for command in self._commands.get(None, []):
            if command["name"] == name and command["type"] == kind:
                contexts = command.get("contexts")
                context = 1 if channel.is_dm else 0
                if contexts is not None and context not in contexts:
                    raise FakeDiscordUsageError(f"/{name} is not offered in context {context} (contexts={contexts})")
                if channel.is_dm and command.get("dm_permission") is False:
                    raise FakeDiscordUsageError(f"/{name} has dm_permission false")
                return command
        where = "this guild or globally" if channel.guild_id is not None else "globally (DMs see only global commands)"
        raise FakeDiscordUsageError(f"/{name} is not registered {where}: did the bot sync its command tree?")

    # -- REST: interactions ------------------------------------------------------------------------------

    def _interaction_by_token(self, req: _Request) -> FakeInteraction:
        if int(req.params["application_id"]) != self.application_id:
            raise DiscordError(404, 10015)
        for interaction in self._interactions.values():
            if interaction.token == req.params["token"]:
                if interaction.callback is None:
                    raise DiscordError(404, 10015)  # not acknowledged yet: the webhook does not exist
                expired = time.monotonic() - interaction.dispatched_at > self.interaction_token_lifetime
                if expired or interaction.expired:
                    raise DiscordError(401, 50027)
                return interaction
        raise DiscordError(404, 10015)

    def expire(self, interaction: FakeInteraction) -> None:
        """Make the interaction's token too old for follow-ups, as after 15 minutes."""
        interaction.expired = True

    async def _interaction_callback(self, req: _Request) -> dict[str, Any] | None:
        interaction = self._interactions.get(int(req.params["interaction_id"]))
        if interaction is None or interaction.token != req.params["token"]:
            raise DiscordError(404, 10062)
        if interaction.callback is not None:
            raise DiscordError(400, 40060)
        late = self.interaction_ack_deadline is not None and (
            time.monotonic() - interaction.dispatched_at > self.interaction_ack_deadline
        )
        if late:
            raise DiscordError(404, 10062)
        body = dict(req.json or {})
        kind = body.get("type")
        data = body.get("data") or {}
        allowed = {
            APPLICATION_COMMAND: {CB_MESSAGE, CB_DEFERRED_MESSAGE, CB_MODAL},
            MESSAGE_COMPONENT: {CB_MESSAGE, CB_DEFERRED_MESSAGE, CB_DEFERRED_UPDATE, CB_UPDATE_MESSAGE, CB_MODAL},
            AUTOCOMPLETE: {CB_AUTOCOMPLETE},
            MODAL_SUBMIT: {CB_MESSAGE, CB_DEFERRED_MESSAGE},
        }[interaction.type]
        if interaction.type == MODAL_SUBMIT and interaction.message_id is not None:
            allowed = allowed | {CB_DEFERRED_UPDATE, CB_UPDATE_MESSAGE}
        if kind not in allowed:
            raise _form_error(
                [(("type",), "INTERACTION_RESPONSE_TYPE_INVALID", f"Type {kind} is not valid for this interaction")]
            )

        message: dict[str, Any] | None = None
        loading = False
        if kind in (CB_MESSAGE, CB_DEFERRED_MESSAGE):
            flags = int(data.get("flags") or 0)
            if kind == CB_DEFERRED_MESSAGE:
                loading = True
                body_for_message: dict[str, Any] = {}
            else:
                body_for_message = dict(data)
                _validate_message(body_for_message, req.files, require_something=True)
            message = self._store_message(
                interaction.channel,
                self.bot,
                {k: v for k, v in body_for_message.items() if k != "flags"},
                files=req.files,
                extra=self._interaction_message_extra(interaction),
            )
            message["flags"] = (flags & (EPHEMERAL | (1 << 2) | (1 << 12) | (1 << 15))) | (LOADING if loading else 0)
            interaction.original_message_id = int(message["id"])
            await self._echo("MESSAGE_CREATE", message)
        elif kind in (CB_DEFERRED_UPDATE, CB_UPDATE_MESSAGE):
            assert interaction.message_id is not None
            message = self._messages.get(interaction.message_id)
            if message is None:
                raise DiscordError(404, 10008)
            interaction.original_message_id = interaction.message_id
            if kind == CB_UPDATE_MESSAGE:
                self._update_message(message, data, req.files)
                await self._echo("MESSAGE_UPDATE", message)
        elif kind == CB_AUTOCOMPLETE:
            choices = data.get("choices", [])
            if len(choices) > 25:
                raise _form_error([(("data", "choices"), "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.")])
        elif kind == CB_MODAL:
            _validate_modal(data)
            interaction.opened_modal = copy.deepcopy(data)
            self._open_modals[(interaction.user.id, data["custom_id"])] = interaction

        interaction.callback = {"type": kind, "data": copy.deepcopy(data)}
        self._notify()
        if req.query.get("with_response", "").lower() not in ("1", "true"):
            return None
        answer: dict[str, Any] = {"interaction": {"id": str(interaction.id), "type": interaction.type}}
        if message is not None:
            answer["interaction"].update(
                {
                    "response_message_id": message["id"],
                    "response_message_loading": loading,
                    "response_message_ephemeral": bool(message["flags"] & EPHEMERAL),
                }
            )
            if kind != CB_DEFERRED_UPDATE:
                answer["resource"] = {"type": kind, "message": copy.deepcopy(message)}
        return answer

    def _interaction_message_extra(self, interaction: FakeInteraction) -> dict[str, Any]:
        metadata: dict[str, Any] = {
            "id": str(interaction.id),
            "type": interaction.type,
            "user": interaction.user.payload(),
            "authorizing_integration_owners": interaction.payload["authorizing_integration_owners"],
        }
        if interaction.type == APPLICATION_COMMAND:
            metadata["name"] = interaction.payload["data"]["name"]
        return {
            "type": 20 if interaction.type == APPLICATION_COMMAND else 0,
            "webhook_id": str(self.application_id),
            "application_id": str(self.application_id),
            "interaction_metadata": metadata,
        }

    async def _execute_webhook(self, req: _Request) -> dict[str, Any] | None:
        interaction = self._interaction_by_token(req)
        body = dict(req.json or {})
        _validate_message(body, req.files, require_something=True)
        original = interaction.original
        if original is not None and original["flags"] & LOADING:
            # The first follow-up after a type-5 deferral fills the "thinking" message.
            self._update_message(original, {k: v for k, v in body.items() if k != "flags"}, req.files, edited=False)
            original["flags"] &= ~LOADING
            message = original
            interaction.followup_ids.append(int(original["id"]))
            await self._echo("MESSAGE_UPDATE", message)
        else:
            flags = int(body.get("flags") or 0)
            message = self._store_message(
                interaction.channel,
                self.bot,
                {k: v for k, v in body.items() if k != "flags"},
                files=req.files,
                extra=self._interaction_message_extra(interaction) | {"type": 0},
            )
            message["flags"] = flags & (EPHEMERAL | (1 << 2) | (1 << 12) | (1 << 15))
            interaction.followup_ids.append(int(message["id"]))
            await self._echo("MESSAGE_CREATE", message)
        self._notify()
        if req.query.get("wait", "").lower() in ("1", "true"):
            return copy.deepcopy(message)
        return None

    def _webhook_message(self, interaction: FakeInteraction, message_id: str) -> dict[str, Any]:
        if message_id == "@original":
            if interaction.original is None:
                raise DiscordError(404, 10008)
            return interaction.original
        wanted = int(message_id)
        if wanted not in interaction.followup_ids and wanted != interaction.original_message_id:
            raise DiscordError(404, 10008)
        message = self._messages.get(wanted)
        if message is None:
            raise DiscordError(404, 10008)
        return message

    def _get_webhook_message(self, req: _Request) -> dict[str, Any]:
        interaction = self._interaction_by_token(req)
        return copy.deepcopy(self._webhook_message(interaction, req.params["message_id"]))

    async def _edit_webhook_message(self, req: _Request) -> dict[str, Any]:
        interaction = self._interaction_by_token(req)
        message = self._webhook_message(interaction, req.params["message_id"])
        was_loading = bool(message["flags"] & LOADING)
        self._update_message(message, dict(req.json or {}), req.files, edited=not was_loading)
        message["flags"] &= ~LOADING  # editing the deferral fills it: later follow-ups are new messages
        await self._echo("MESSAGE_UPDATE", message)
        self._notify()
        return copy.deepcopy(message)

    async def _delete_webhook_message(self, req: _Request) -> None:
        interaction = self._interaction_by_token(req)
        await self._remove_message(self._webhook_message(interaction, req.params["message_id"]))

    # -- gateway: sockets ---------------------------------------------------------------------------------

    async def _handle_ws(self, request: web.Request) -> web.StreamResponse:
        compress = request.query.get("compress")
        encoding = request.query.get("encoding", "json")
        if encoding != "json":
            self._problem(f"gateway asked for encoding={encoding!r}; the fake speaks json only")
            return web.Response(status=400, text="encoding must be json")
        if compress not in (None, "zlib-stream", "zstd-stream"):
            self._problem(f"gateway asked for compress={compress!r}")
            return web.Response(status=400, text="compress must be zlib-stream or zstd-stream")
        if compress == "zstd-stream" and _zstd_compressor() is None:
            self._problem("gateway asked for zstd-stream but no zstd module is importable")
            return web.Response(status=400, text="zstd-stream is not available")

        ws = web.WebSocketResponse(autoping=True, compress=False, max_msg_size=0, timeout=5.0)
        await ws.prepare(request)
        conn = GatewayConnection(
            next(self._connection_numbers), ws, request.path, dict(request.query), _Compressor(compress)
        )
        self.connections.append(conn)
        await self._send(conn, {"op": OP_HELLO, "d": {"heartbeat_interval": int(self.heartbeat_interval * 1000)}})
        try:
            async for msg in ws:
                if msg.type is WSMsgType.TEXT:
                    await self._on_frame(conn, msg.data)
                elif msg.type is WSMsgType.BINARY:
                    await self._close(conn, 4002, "binary frames are not expected from a client")
        finally:
            conn.closed_code = ws.close_code
            self._on_socket_closed(conn)
        return ws

    def _on_socket_closed(self, conn: GatewayConnection) -> None:
        session = conn.session
        if session is not None and session.connection is conn:
            session.connection = None
            if conn.server_close is not None:
                session.resumable = session.resumable and conn.server_close[1]
            elif conn.closed_code in (1000, 1001):
                session.resumable = False  # the client ended the session
            if not session.resumable:
                session.ended = True
        self._notify()

    async def _send(self, conn: GatewayConnection, payload: dict[str, Any]) -> None:
        self.frames.append(
            GatewayFrame(conn.number, "out", payload["op"], payload.get("t"), payload.get("s"), payload.get("d"))
        )
        self._notify()
        async with conn.lock:
            if conn.ws.closed:
                return
            data = conn.compressor.encode(json.dumps(payload))
            with contextlib.suppress(ConnectionResetError):
                if isinstance(data, bytes):
                    await conn.ws.send_bytes(data)
                else:
                    await conn.ws.send_str(data)

    async def _close(self, conn: GatewayConnection, code: int, reason: str, *, resumable: bool = False) -> None:
        conn.server_close = (code, resumable)
        if code in (4001, 4002, 4003, 4005):  # the client broke the protocol
            self._problem(f"gateway closed connection {conn.number} with {code}: {reason}")
        await conn.ws.close(code=code, message=reason.encode()[:120])

    async def _on_frame(self, conn: GatewayConnection, text: str) -> None:
        try:
            payload = json.loads(text)
            op = payload["op"]
        except (ValueError, KeyError, TypeError):
            await self._close(conn, 4002, "decode error")
            return
        data = payload.get("d")
        self.frames.append(GatewayFrame(conn.number, "in", op, None, None, data))
        self._notify()
        if op == OP_HEARTBEAT:
            conn.heartbeats += 1
            await self._send(conn, {"op": OP_HEARTBEAT_ACK})
        elif op == OP_IDENTIFY:
            await self._identify(conn, data or {})
        elif op == OP_RESUME:
            await self._resume(conn, data or {})
        elif conn.session is None:
            await self._close(conn, 4003, "not authenticated")
        elif op == OP_REQUEST_MEMBERS:
            await self._request_members(conn, data or {})
        elif op in (OP_PRESENCE, OP_VOICE_STATE):
            pass  # recorded in frames; nothing to answer
        else:
            await self._close(conn, 4001, f"unknown opcode {op}")

    async def _identify(self, conn: GatewayConnection, data: Mapping[str, Any]) -> None:
        if conn.session is not None:
            await self._close(conn, 4005, "already authenticated")
            return
        if data.get("token") != self.token:
            await self._close(conn, 4004, "authentication failed")
            return
        intents = data.get("intents")
        if not isinstance(intents, int) or intents < 0 or intents >= (1 << 26):
            await self._close(conn, 4013, "invalid intent(s)")
            return
        if intents & PRIVILEGED_INTENTS & ~self.privileged_intents:
            await self._close(conn, 4014, "disallowed intent(s)")
            return
        shard = data.get("shard")
        sharded = shard is not None
        shard_id, shard_count = (shard[0], shard[1]) if sharded else (0, 1)
        if not (isinstance(shard_id, int) and isinstance(shard_count, int) and 0 <= shard_id < shard_count):
            await self._close(conn, 4010, "invalid shard")
            return
        session = _Session(secrets.token_hex(16), (shard_id, shard_count), intents, sharded)
        session.connection = conn
        conn.session = session
        self._sessions.append(session)
        guilds = [g for g in self.guilds.values() if (g.id >> 22) % shard_count == shard_id]
        ready: dict[str, Any] = {
            "v": API_VERSION,
            "user": {**self.bot.payload(), "verified": True, "mfa_enabled": False},
            "guilds": [{"id": str(g.id), "unavailable": True} for g in guilds],
            "session_id": session.session_id,
            "session_type": "normal",
            "resume_gateway_url": self.resume_gateway_url.rstrip("/"),
            "application": {"id": str(self.application_id), "flags": self._application_flags()},
            "private_channels": [],
            "relationships": [],
            "presences": [],
            "guild_join_requests": [],
            "geo_ordered_rtc_regions": [],
            "user_settings": {},
            "_trace": ["fake-discord"],
        }
        if sharded:
            ready["shard"] = [shard_id, shard_count]
        await self._dispatch_to(session, "READY", ready)
        for guild in guilds:
            if intents & GUILDS:
                await self._dispatch_to(session, "GUILD_CREATE", guild.payload())

    async def _resume(self, conn: GatewayConnection, data: Mapping[str, Any]) -> None:
        session = next((s for s in self._sessions if s.session_id == data.get("session_id")), None)
        if data.get("token") != self.token:
            await self._close(conn, 4004, "authentication failed")
            return
        if session is None or session.ended or not session.resumable:
            await self._send(conn, {"op": OP_INVALID_SESSION, "d": False})
            return
        if session.connection is not None:  # the old socket's end has not been seen yet: this one wins
            session.connection.session = None
        seq = data.get("seq") or 0
        if seq > session.seq:
            await self._close(conn, 4007, "invalid seq")
            return
        session.connection = conn
        conn.session = session
        for frame in [f for f in session.sent if f["s"] > seq]:
            await self._send(conn, frame)
        # discord.py writes into RESUMED's `d` (`data['__shard_id__'] = ...`): it must be an object.
        await self._dispatch_to(session, "RESUMED", {"_trace": ["fake-discord"]})

    async def _request_members(self, conn: GatewayConnection, data: Mapping[str, Any]) -> None:
        guild = self.guilds.get(int(data.get("guild_id", 0)))
        if guild is None or conn.session is None:
            return
        members = list(guild.members)
        if data.get("user_ids"):
            wanted = {int(u) for u in data["user_ids"]}
            members = [u for u in members if u.id in wanted]
        elif data.get("query"):
            members = [u for u in members if u.username.startswith(str(data["query"]))]
        limit = data.get("limit") or 0
        if limit:
            members = members[:limit]
        chunk: dict[str, Any] = {
            "guild_id": str(guild.id),
            "members": [guild.member_payload(u) for u in members],
            "chunk_index": 0,
            "chunk_count": 1,
            "not_found": [],
        }
        if data.get("nonce"):
            chunk["nonce"] = data["nonce"]
        await self._dispatch_to(conn.session, "GUILD_MEMBERS_CHUNK", chunk)

    async def _dispatch_to(self, session: _Session, event: str, data: Any) -> None:
        session.seq += 1
        frame = {"op": OP_DISPATCH, "t": event, "s": session.seq, "d": data}
        session.sent.append(frame)
        if session.connection is not None:
            await self._send(session.connection, frame)
        else:
            self._notify()

    # -- gateway: controls ---------------------------------------------------------------------------------

    def _live_sessions(self) -> list[_Session]:
        return [s for s in self._sessions if not s.ended]

    async def disconnect(self, code: int = 4000, *, resumable: bool | None = None) -> int:
        """Close every gateway socket from the server side. 4000 (unknown error) leaves the sessions
        resumable; 4007/4009 do not; fatal codes (4004, 4010-4014) make discord.py stop."""
        if resumable is None:
            resumable = code not in (4004, 4007, 4009, 4010, 4011, 4012, 4013, 4014)
        sockets = [c for c in self.connections if not c.ws.closed]
        for conn in sockets:
            conn.server_close = (code, resumable)
            await conn.ws.close(code=code, message=b"fake discord disconnect")
        return len(sockets)

    async def request_reconnect(self) -> None:
        """op 7: the client should close and RESUME."""
        for session in self._live_sessions():
            if session.connection is not None:
                session.connection.server_close = (4000, True)
                await self._send(session.connection, {"op": OP_RECONNECT, "d": None})

    async def invalidate_session(self, *, resumable: bool = False) -> None:
        """op 9: `resumable=False` ends the sessions, so the client must IDENTIFY again."""
        for session in self._live_sessions():
            conn = session.connection
            if conn is None:
                continue
            if not resumable:
                session.resumable = False
                session.ended = True
            conn.server_close = (4000, resumable)
            await self._send(conn, {"op": OP_INVALID_SESSION, "d": resumable})

    # -- events --------------------------------------------------------------------------------------------

    async def dispatch(self, event: str, data: Mapping[str, Any]) -> int:
        """Send a DISPATCH to every live session that Discord would send it to; returns how many.
        A session whose socket dropped but can resume gets it on RESUME."""
        sessions = self._live_sessions()
        if not sessions:
            raise FakeDiscordUsageError(f"no gateway session to dispatch {event} to: wait for on_ready first")
        delivered = 0
        for session in sessions:
            payload = self._for_session(session, event, data)
            if payload is not None:
                await self._dispatch_to(session, event, payload)
                delivered += 1
        return delivered

    def _for_session(self, session: _Session, event: str, data: Mapping[str, Any]) -> dict[str, Any] | None:
        guild_id = data.get("guild_id") or (data.get("id") if event.startswith("GUILD_") else None)
        shard_id, shard_count = session.shard
        if guild_id is not None:
            if (int(guild_id) >> 22) % shard_count != shard_id:
                return None
        elif shard_id != 0:
            return None  # DMs and other guild-less events go to shard 0
        needed = _EVENT_INTENTS.get(event)
        if needed is not None and not session.intents & needed[0 if guild_id is not None else 1]:
            return None
        payload = copy.deepcopy(dict(data))
        if event in ("MESSAGE_CREATE", "MESSAGE_UPDATE") and not session.intents & MESSAGE_CONTENT:
            author_id = int(payload.get("author", {}).get("id", 0))
            mentioned = f"<@{self.bot.id}>" in payload.get("content", "") or (
                f"<@!{self.bot.id}>" in payload.get("content", "")
            )
            if guild_id is not None and author_id != self.bot.id and not mentioned:
                payload.update(content="", embeds=[], attachments=[], components=[])
                payload.pop("poll", None)
        return payload

    async def member_leaves(self, guild: FakeGuild, user: FakeUser) -> int:
        """``user`` leaves ``guild`` (or is kicked): off its members, so the member route answers 10007,
        and GUILD_MEMBER_REMOVE to the sessions with the GUILD_MEMBERS intent; returns how many."""
        if user not in guild.members:
            raise FakeDiscordUsageError(f"{user.username} is not a member of {guild.name}")
        guild.members.remove(user)
        if not self._live_sessions():
            return 0
        return await self.dispatch("GUILD_MEMBER_REMOVE", {"guild_id": str(guild.id), "user": user.payload()})

    async def message_create(
        self,
        author: FakeUser,
        content: str,
        *,
        channel: FakeChannel | int | None = None,
        embeds: Sequence[Mapping[str, Any]] = (),
        files: Sequence[tuple[str, bytes, str]] = (),
    ) -> dict[str, Any]:
        """A user's message: in the DM between `author` and the bot unless `channel` is a guild channel.
        `files` are (filename, data, content type) attachments, e.g. the `message.txt` Discord's client
        makes of a paste longer than a message may be."""
        target = self.dm_channel(author) if channel is None else self._resolve_channel(channel)
        if target.is_dm and target.recipient is not None and target.recipient.id != author.id:
            raise FakeDiscordUsageError(f"{author.username} is not in the DM with {target.recipient.username}")
        guild = self._guild_of(target)
        if guild is not None and author not in guild.members:
            raise FakeDiscordUsageError(f"{author.username} is not a member of {guild.name}")
        uploads = tuple(UploadedFile(f"files[{i}]", name, kind, data) for i, (name, data, kind) in enumerate(files))
        message = self._store_message(target, author, {"content": content, "embeds": list(embeds)}, files=uploads)
        data = copy.deepcopy(message)
        if guild is not None:
            data["member"] = guild.member_payload(author, with_user=False)
        await self.dispatch("MESSAGE_CREATE", data)
        return message

    async def message_update(
        self, message: Mapping[str, Any], content: str | None = None, *, embed: bool = False
    ) -> None:
        """A user's edit of their message (``content``; ``edited_timestamp`` set), or, with ``embed``, the
        update Discord sends when it adds a link's embed: same text, ``edited_timestamp`` unchanged."""
        stored = self._messages[int(message["id"])]
        if embed:
            stored["embeds"] = [*stored["embeds"], {"type": "link", "url": "https://example.com", "title": "Example"}]
        else:
            self._update_message(stored, {"content": content}, ())
        data = copy.deepcopy(stored)
        guild = self._guild_of(self._resolve_channel(int(stored["channel_id"])))
        author = self.users.get(int(stored["author"]["id"]))
        if guild is not None and author is not None:
            data["member"] = guild.member_payload(author, with_user=False)
        await self.dispatch("MESSAGE_UPDATE", data)

    async def interaction_create(
        self,
        type: int,
        data: Mapping[str, Any],
        *,
        user: FakeUser,
        channel: FakeChannel | int | None = None,
        message: Mapping[str, Any] | None = None,
    ) -> FakeInteraction:
        """The raw form: an INTERACTION_CREATE of `type` with `data`, from `user`, in `channel` (the DM
        with the bot by default), with the payload fields discord.py 2.7 reads."""
        target = self.dm_channel(user) if channel is None else self._resolve_channel(channel)
        guild = self._guild_of(target)
        interaction_id = self._new_id()
        token = "aW50ZXJhY3Rpb246" + secrets.token_urlsafe(48)
        channel_payload = target.payload()
        payload: dict[str, Any] = {
            "id": str(interaction_id),
            "application_id": str(self.application_id),
            "type": type,
            "data": copy.deepcopy(dict(data)),
            "token": token,
            "version": 1,
            "channel_id": str(target.id),
            "channel": channel_payload,
            "app_permissions": _APP_PERMISSIONS,
            "locale": "en-US",
            "entitlements": [],
            "entitlement_sku_ids": [],
            "attachment_size_limit": 10 * 1024 * 1024,
        }
        if guild is not None:
            if user not in guild.members:
                raise FakeDiscordUsageError(f"{user.username} is not a member of {guild.name}")
            channel_payload["permissions"] = _MEMBER_PERMISSIONS
            payload.update(
                guild_id=str(guild.id),
                guild_locale="en-US",
                guild={"id": str(guild.id), "locale": "en-US", "features": []},
                member={**guild.member_payload(user), "permissions": _MEMBER_PERMISSIONS},
                context=0,
                authorizing_integration_owners={"0": str(guild.id)},
            )
        else:
            payload.update(user=user.payload(), context=1, authorizing_integration_owners={"0": "0"})
        if message is not None:
            payload["message"] = copy.deepcopy(dict(message))
        handle = FakeInteraction(
            self,
            interaction_id,
            token,
            type,
            payload,
            user,
            target,
            int(message["id"]) if message is not None else None,
            time.monotonic(),
        )
        self._interactions[interaction_id] = handle
        await self.dispatch("INTERACTION_CREATE", payload)
        return handle

    async def slash_command(
        self,
        command: str,
        options: Mapping[str, Any] | None = None,
        *,
        user: FakeUser,
        channel: FakeChannel | int | None = None,
    ) -> FakeInteraction:
        """`/coach today` with `options` by name; the fake takes types, choices and ids from what the
        bot registered, as Discord's client does, and refuses input a user could not type."""
        target = self.dm_channel(user) if channel is None else self._resolve_channel(channel)
        data = self._command_data(command, options or {}, target, focused=None)
        return await self.interaction_create(APPLICATION_COMMAND, data, user=user, channel=target)

    async def autocomplete(
        self,
        command: str,
        options: Mapping[str, Any],
        *,
        focused: str,
        user: FakeUser,
        channel: FakeChannel | int | None = None,
    ) -> FakeInteraction:
        target = self.dm_channel(user) if channel is None else self._resolve_channel(channel)
        data = self._command_data(command, options, target, focused=focused)
        return await self.interaction_create(AUTOCOMPLETE, data, user=user, channel=target)

    def _command_data(
        self, command: str, options: Mapping[str, Any], channel: FakeChannel, *, focused: str | None
    ) -> dict[str, Any]:
        root, *path = command.lstrip("/").split()
        registered = self._find_command(root, channel)
        schema: list[dict[str, Any]] = registered.get("options") or []
        chain: list[tuple[str, int]] = []
        for part in path:
            sub = next((o for o in schema if o["name"] == part and o["type"] in (1, 2)), None)
            if sub is None:
                raise FakeDiscordUsageError(f"/{root} has no sub-command {part!r} at {' '.join([root, *path])!r}")
            chain.append((part, sub["type"]))
            schema = sub.get("options") or []
        if any(o["type"] in (1, 2) for o in schema):
            names = [o["name"] for o in schema if o["type"] in (1, 2)]
            raise FakeDiscordUsageError(f"/{command.lstrip('/')} needs a sub-command: one of {names}")
        if chain and chain[-1][1] == 2:
            raise FakeDiscordUsageError(f"/{command.lstrip('/')} names a group, not a sub-command")
        resolved: dict[str, dict[str, Any]] = {}
        built = [
            self._option_value(name, value, schema, channel, resolved, focused=(name == focused))
            for name, value in options.items()
        ]
        if focused is not None and focused not in options:
            raise FakeDiscordUsageError(f"the focused option {focused!r} needs a (partial) value")
        if focused is None:
            missing = [o["name"] for o in schema if o.get("required") and o["name"] not in options]
            if missing:
                raise FakeDiscordUsageError(f"/{command.lstrip('/')} requires {missing}")
        nested: list[dict[str, Any]] = built
        for name, kind in reversed(chain):
            nested = [{"name": name, "type": kind, "options": nested}]
        data: dict[str, Any] = {"id": registered["id"], "name": root, "type": 1}
        if nested:
            data["options"] = nested
        if "guild_id" in registered:
            data["guild_id"] = registered["guild_id"]
        if resolved:
            data["resolved"] = resolved
        return data

    def _option_value(
        self,
        name: str,
        value: Any,
        schema: Sequence[Mapping[str, Any]],
        channel: FakeChannel,
        resolved: dict[str, dict[str, Any]],
        *,
        focused: bool,
    ) -> dict[str, Any]:
        spec = next((o for o in schema if o["name"] == name), None)
        if spec is None:
            raise FakeDiscordUsageError(f"no option {name!r}; the command has {[o['name'] for o in schema]}")
        kind = spec["type"]
        if focused:
            if not spec.get("autocomplete"):
                raise FakeDiscordUsageError(f"option {name!r} does not autocomplete")
            return {"name": name, "type": kind, "value": str(value), "focused": True}
        if kind == 3:
            if not isinstance(value, str):
                raise FakeDiscordUsageError(f"{name} takes text, not {value!r}")
            if not spec.get("min_length", 0) <= len(value) <= spec.get("max_length", 6000):
                raise FakeDiscordUsageError(f"{name}: {len(value)} characters is outside Discord's limits")
        elif kind == 4:
            if isinstance(value, bool) or not isinstance(value, int):
                raise FakeDiscordUsageError(f"{name} takes an integer, not {value!r}")
        elif kind == 10:
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise FakeDiscordUsageError(f"{name} takes a number, not {value!r}")
        elif kind == 5:
            if not isinstance(value, bool):
                raise FakeDiscordUsageError(f"{name} takes a boolean, not {value!r}")
        elif kind == 6:
            user = value if isinstance(value, FakeUser) else self.users.get(int(value))
            if user is None:
                raise FakeDiscordUsageError(f"{name}: unknown user {value!r}")
            resolved.setdefault("users", {})[str(user.id)] = user.payload()
            guild = self._guild_of(channel)
            if guild is not None and user in guild.members:
                member = guild.member_payload(user, with_user=False)
                resolved.setdefault("members", {})[str(user.id)] = {**member, "permissions": _MEMBER_PERMISSIONS}
            value = str(user.id)
        elif kind == 7:
            picked = value if isinstance(value, FakeChannel) else self._resolve_channel(value)
            resolved.setdefault("channels", {})[str(picked.id)] = {**picked.payload(), "permissions": _APP_PERMISSIONS}
            value = str(picked.id)
        else:
            raise FakeDiscordUsageError(f"option type {kind} ({name}) is not modelled by the fake")
        if kind in (4, 10):
            low, high = spec.get("min_value"), spec.get("max_value")
            if (low is not None and value < low) or (high is not None and value > high):
                raise FakeDiscordUsageError(f"{name}={value} is outside [{low}, {high}]")
        choices = spec.get("choices")
        if choices and value not in [c["value"] for c in choices]:
            raise FakeDiscordUsageError(f"{name}={value!r} is not one of {[c['value'] for c in choices]}")
        return {"name": name, "type": kind, "value": value}

    def _find_component(self, message: Mapping[str, Any], custom_id: str) -> dict[str, Any]:
        for component in _walk_components(message.get("components", [])):
            if component.get("custom_id") == custom_id:
                return component
        ids = [c.get("custom_id") for c in _walk_components(message.get("components", [])) if "custom_id" in c]
        raise FakeDiscordUsageError(f"message {message['id']} has no component {custom_id!r} (it has {ids})")

    def _stored(self, message: Mapping[str, Any] | int) -> dict[str, Any]:
        message_id = int(message) if isinstance(message, int) else int(message["id"])
        try:
            return self._messages[message_id]
        except KeyError:
            raise FakeDiscordUsageError(f"message {message_id} is not stored (deleted, or never sent)") from None

    async def press_button(
        self, message: Mapping[str, Any] | int, custom_id: str, *, user: FakeUser
    ) -> FakeInteraction:
        """A click on a button of a stored message, as the message is now (disabled buttons can't be
        pressed, link buttons send nothing)."""
        stored = self._stored(message)
        button = self._find_component(stored, custom_id)
        if button.get("type") != 2 or button.get("disabled") or button.get("style") in (5, 6):
            raise FakeDiscordUsageError(f"{custom_id!r} cannot be pressed: {button}")
        data = {"custom_id": custom_id, "component_type": 2, "id": button.get("id")}
        return await self.interaction_create(
            MESSAGE_COMPONENT, data, user=user, channel=int(stored["channel_id"]), message=stored
        )

    async def select_menu(
        self, message: Mapping[str, Any] | int, custom_id: str, values: Sequence[str], *, user: FakeUser
    ) -> FakeInteraction:
        stored = self._stored(message)
        menu = self._find_component(stored, custom_id)
        if menu.get("type") not in (3, 5, 6, 7, 8) or menu.get("disabled"):
            raise FakeDiscordUsageError(f"{custom_id!r} is not an enabled select menu: {menu}")
        if menu.get("type") == 3:
            offered = [o["value"] for o in menu.get("options", [])]
            if any(v not in offered for v in values):
                raise FakeDiscordUsageError(f"{list(values)} not all in {offered}")
        if not menu.get("min_values", 1) <= len(values) <= menu.get("max_values", 1):
            raise FakeDiscordUsageError(f"{len(values)} values is outside the menu's min/max")
        data = {"custom_id": custom_id, "component_type": menu["type"], "values": list(values), "id": menu.get("id")}
        return await self.interaction_create(
            MESSAGE_COMPONENT, data, user=user, channel=int(stored["channel_id"]), message=stored
        )

    async def submit_modal(
        self, values: Mapping[str, str], *, user: FakeUser, custom_id: str | None = None
    ) -> FakeInteraction:
        """Submit the modal the bot opened for `user` (the latest, or the one with `custom_id`), with
        text by input custom_id; inputs left out are sent empty."""
        opened = [(cid, it) for (uid, cid), it in self._open_modals.items() if uid == user.id]
        if custom_id is not None:
            opened = [(cid, it) for cid, it in opened if cid == custom_id]
        if not opened:
            raise FakeDiscordUsageError(f"no modal is open for {user.username} (custom_id={custom_id!r})")
        modal_id, opener = opened[-1]
        modal = opener.opened_modal
        assert modal is not None
        inputs = {c["custom_id"]: c for c in _walk_components(modal["components"]) if c.get("type") == 4}
        unknown = set(values) - set(inputs)
        if unknown:
            raise FakeDiscordUsageError(f"the modal has no inputs {sorted(unknown)}; it has {sorted(inputs)}")
        for input_id, spec in inputs.items():
            text = values.get(input_id, "")
            if spec.get("required", True) and not text:
                raise FakeDiscordUsageError(f"{input_id!r} is required")
            if text and not spec.get("min_length", 0) <= len(text) <= spec.get("max_length", 4000):
                raise FakeDiscordUsageError(f"{input_id!r}: {len(text)} characters is outside its min/max length")

        def submitted(component: Mapping[str, Any]) -> dict[str, Any]:
            if component["type"] == 1:
                return {
                    "type": 1,
                    "id": component.get("id"),
                    "components": [submitted(c) for c in component["components"]],
                }
            if component["type"] == 18:
                return {"type": 18, "id": component.get("id"), "component": submitted(component["component"])}
            if component["type"] == 4:
                return {
                    "type": 4,
                    "id": component.get("id"),
                    "custom_id": component["custom_id"],
                    "value": values.get(component["custom_id"], ""),
                }
            return {"type": component["type"], "id": component.get("id")}

        data = {"custom_id": modal_id, "components": [submitted(c) for c in _numbered_components(modal["components"])]}
        del self._open_modals[(user.id, modal_id)]
        message = self._messages.get(opener.message_id) if opener.message_id is not None else None
        return await self.interaction_create(MODAL_SUBMIT, data, user=user, channel=opener.channel, message=message)


# ---------------------------------------------------------------------------------------------------
# Validation, as Discord answers it
# ---------------------------------------------------------------------------------------------------


def _walk_components(components: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """Every component, depth first: action rows' children, v2 containers, sections' accessories and
    labels' inner component."""
    for component in components:
        yield component
        yield from _walk_components(component.get("components") or [])
        for key in ("accessory", "component"):
            inner = component.get(key)
            if inner:
                yield from _walk_components([inner])


def _numbered_components(components: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Discord gives every component a numeric `id` (unique in the message) when the sender did not."""
    out = copy.deepcopy([dict(c) for c in components])
    taken = {c["id"] for c in _walk_components(out) if c.get("id") is not None}
    counter = itertools.count(1)
    for component in _walk_components(out):
        if component.get("id") is None:
            component["id"] = next(n for n in counter if n not in taken)
    return out


def _embed_out(embed: Mapping[str, Any]) -> dict[str, Any]:
    out = {"type": "rich", **copy.deepcopy(dict(embed))}
    for field_ in out.get("fields", []):
        field_.setdefault("inline", False)
    return out


def _validate_message(body: Mapping[str, Any], files: Sequence[UploadedFile], *, require_something: bool) -> None:
    problems: list[tuple[Sequence[str | int], str, str]] = []
    content = body.get("content")
    if content is not None and len(content) > 2000:
        problems.append((("content",), "BASE_TYPE_MAX_LENGTH", "Must be 2000 or fewer in length."))
    embeds = body.get("embeds") or []
    if len(embeds) > 10:
        problems.append((("embeds",), "BASE_TYPE_MAX_LENGTH", "Must be 10 or fewer in length."))
    total = 0
    for i, embed in enumerate(embeds):
        for key, limit in (("title", 256), ("description", 4096)):
            text = embed.get(key) or ""
            total += len(text)
            if len(text) > limit:
                problems.append((("embeds", i, key), "BASE_TYPE_MAX_LENGTH", f"Must be {limit} or fewer in length."))
        fields = embed.get("fields") or []
        if len(fields) > 25:
            problems.append((("embeds", i, "fields"), "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length."))
        for j, field_ in enumerate(fields):
            for key, limit in (("name", 256), ("value", 1024)):
                text = str(field_.get(key) or "")
                total += len(text)
                if not text or len(text) > limit:
                    problems.append(
                        (("embeds", i, "fields", j, key), "BASE_TYPE_BAD_LENGTH", f"Must be between 1 and {limit}.")
                    )
        footer = (embed.get("footer") or {}).get("text") or ""
        total += len(footer) + len((embed.get("author") or {}).get("name") or "")
    if total > 6000:
        problems.append((("embeds",), "MAX_EMBED_SIZE_EXCEEDED", "Embed size exceeds maximum size of 6000"))
    components = body.get("components") or []
    flags = int(body.get("flags") or 0)
    if not flags & (1 << 15):  # classic layout: up to 5 action rows of up to 5 buttons or 1 select
        if len(components) > 5:
            problems.append((("components",), "BASE_TYPE_MAX_LENGTH", "Must be 5 or fewer in length."))
        for i, row in enumerate(components):
            children = row.get("components") or []
            if row.get("type") != 1:
                problems.append(
                    (("components", i, "type"), "COMPONENT_LAYOUT_WIDTH_EXCEEDED", "Expected an action row")
                )
            elif not 1 <= len(children) <= 5:
                problems.append((("components", i, "components"), "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 5."))
    seen: set[str] = set()
    for component in _walk_components(components):
        custom_id = component.get("custom_id")
        if custom_id is None:
            if component.get("type") == 2 and component.get("style") not in (5, 6):
                problems.append((("components",), "BASE_TYPE_REQUIRED", "A button needs a custom_id"))
            continue
        if not 1 <= len(custom_id) <= 100:
            problems.append((("components",), "BASE_TYPE_BAD_LENGTH", "custom_id must be between 1 and 100."))
        if custom_id in seen:
            problems.append(
                (("components",), "COMPONENT_CUSTOM_ID_DUPLICATED", "Component custom id cannot be duplicated")
            )
        seen.add(custom_id)
        if component.get("type") == 2 and len(component.get("label") or "") > 80:
            problems.append((("components",), "BASE_TYPE_MAX_LENGTH", "label must be 80 or fewer in length."))
    nonce = body.get("nonce")
    if nonce is not None and len(str(nonce)) > 25:
        problems.append((("nonce",), "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length."))
    if problems:
        raise _form_error(problems)
    if require_something and not (
        content or embeds or components or files or body.get("sticker_ids") or body.get("poll")
    ):
        raise DiscordError(400, 50006)


def _validate_modal(data: Mapping[str, Any]) -> None:
    problems: list[tuple[Sequence[str | int], str, str]] = []
    if not 1 <= len(data.get("title") or "") <= 45:
        problems.append((("data", "title"), "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 45 in length."))
    if not 1 <= len(data.get("custom_id") or "") <= 100:
        problems.append((("data", "custom_id"), "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length."))
    components = data.get("components") or []
    if not 1 <= len(components) <= 5:
        problems.append((("data", "components"), "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 5 in length."))
    for i, top in enumerate(components):
        if top.get("type") == 18 and not 1 <= len(top.get("label") or "") <= 45:
            problems.append((("data", "components", i, "label"), "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 45."))
    for text_input in (c for c in _walk_components(components) if c.get("type") == 4):
        where = ("data", "components", text_input.get("custom_id", "?"))
        if "label" in text_input and not 1 <= len(text_input["label"] or "") <= 45:
            problems.append(((*where, "label"), "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 45 in length."))
        if not 0 <= int(text_input.get("min_length", 0)) <= 4000:
            problems.append(((*where, "min_length"), "NUMBER_TYPE_MAX", "Must be between 0 and 4000."))
        if not 1 <= int(text_input.get("max_length", 4000)) <= 4000:
            problems.append(((*where, "max_length"), "NUMBER_TYPE_MAX", "Must be between 1 and 4000."))
        if len(text_input.get("value") or "") > 4000 or len(text_input.get("placeholder") or "") > 100:
            problems.append((where, "BASE_TYPE_MAX_LENGTH", "value ≤ 4000, placeholder ≤ 100"))
    if problems:
        raise _form_error(problems)


def _validate_commands(commands: Sequence[Mapping[str, Any]]) -> None:
    problems: list[tuple[Sequence[str | int], str, str]] = []
    if sum(1 for c in commands if c.get("type", 1) == 1) > 100:
        problems.append(((), "BASE_TYPE_MAX_LENGTH", "Must be 100 or fewer chat input commands."))
    names: set[tuple[int, str]] = set()
    for i, command in enumerate(commands):
        kind = int(command.get("type", 1))
        name = command.get("name") or ""
        if (kind, name) in names:
            problems.append(((i, "name"), "APPLICATION_COMMANDS_DUPLICATE_NAME", f"Duplicate name {name!r}"))
        names.add((kind, name))
        if kind == 1:
            _check_named(problems, (i,), command)
            _check_options(problems, (i, "options"), command.get("options") or [], depth=0)
        elif not 1 <= len(name) <= 32:
            problems.append(((i, "name"), "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 32 in length."))
    if problems:
        raise _form_error(problems)


def _check_named(
    problems: list[tuple[Sequence[str | int], str, str]], at: tuple[str | int, ...], item: Mapping[str, Any]
) -> None:
    name = item.get("name") or ""
    if not _COMMAND_NAME.match(name) or name != name.lower():
        problems.append(((*at, "name"), "APPLICATION_COMMAND_INVALID_NAME", f"Command name {name!r} is invalid"))
    if not 1 <= len(item.get("description") or "") <= 100:
        problems.append(((*at, "description"), "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length."))


def _check_options(
    problems: list[tuple[Sequence[str | int], str, str]],
    at: tuple[str | int, ...],
    options: Sequence[Mapping[str, Any]],
    *,
    depth: int,
) -> None:
    if len(options) > 25:
        problems.append((at, "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length."))
    seen_optional = False
    names: set[str] = set()
    for j, option in enumerate(options):
        where = (*at, j)
        _check_named(problems, where, option)
        if option.get("name") in names:
            problems.append(((*where, "name"), "APPLICATION_COMMAND_OPTIONS_NAME_ALREADY_EXISTS", "Duplicate option"))
        names.add(option.get("name") or "")
        kind = option.get("type")
        if kind in (1, 2):
            if (kind == 2 and depth > 0) or depth > 1:
                problems.append(
                    ((*where, "type"), "APPLICATION_COMMAND_OPTIONS_TYPE_INVALID", "Sub-commands nest 2 deep")
                )
            _check_options(problems, (*where, "options"), option.get("options") or [], depth=depth + 1)
            continue
        if kind not in range(3, 12):
            problems.append(((*where, "type"), "BASE_TYPE_CHOICES", f"Unknown option type {kind}"))
        if option.get("required"):
            if seen_optional:
                problems.append(
                    (
                        (*where, "required"),
                        "APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID",
                        "Required options must be placed before non-required options",
                    )
                )
        else:
            seen_optional = True
        choices = option.get("choices") or []
        if len(choices) > 25:
            problems.append(((*where, "choices"), "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length."))
        if choices and option.get("autocomplete"):
            problems.append(
                (
                    (*where, "autocomplete"),
                    "APPLICATION_COMMAND_OPTIONS_AUTOCOMPLETE_CHOICES",
                    "Autocomplete and choices are exclusive",
                )
            )
        for k, choice in enumerate(choices):
            if not 1 <= len(choice.get("name") or "") <= 100:
                problems.append(
                    ((*where, "choices", k, "name"), "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length.")
                )
            if isinstance(choice.get("value"), str) and len(choice["value"]) > 100:
                problems.append(
                    ((*where, "choices", k, "value"), "BASE_TYPE_MAX_LENGTH", "Must be 100 or fewer in length.")
                )


# ---------------------------------------------------------------------------------------------------
# Test wiring
# ---------------------------------------------------------------------------------------------------


@contextlib.asynccontextmanager
async def running_fake_discord(*, allow_problems: bool = False, **kwargs: Any) -> AsyncIterator[FakeDiscord]:
    """Start a fake, point discord.py at it, and on exit put discord.py back, stop the fake, and fail
    if the fake saw something it does not model (unless `allow_problems`)."""
    fake = FakeDiscord(**kwargs)
    await fake.start()
    try:
        with fake.patch_discord():
            yield fake
    finally:
        await fake.close()
    if fake.problems and not allow_problems:
        raise AssertionError("fake discord saw problems:\n" + "\n".join(fake.problems))
