"""The coach in Slack: a slack-bolt ``AsyncApp`` whose listeners only translate.

Slack in: a slash command, a DM (``message.im``), a button press, a modal's submit, a Home tab opened.
Each is acked first (Slack's 3-second clock stops there), then turned into the text the console would
type (``/coach today``, ``yes``, ``good``, an answer) and handed to ``Coach.handle``; the replies go out
through ``SlackPoster``. Errors after the ack are caught and logged: bolt would otherwise drop the ack.

Where replies go: prompts, onboarding and anything ``Reply.dm`` to the user's DM; a private command
typed in a channel answers ephemerally; ``/readiness`` and ``/leaderboard`` in a channel are posted
there for everyone (the user chose to share; ``/readiness private`` stays ephemeral).
"""

from __future__ import annotations

import asyncio
import functools
import logging
import re
import shlex
import weakref
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from slack_bolt.async_app import AsyncApp
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.adapters.slack.slack_render import (
    LONG_ANSWER_ACTION,
    LONG_ANSWER_CALLBACK,
    REPLY_ACTION,
    answered_blocks,
    escape,
    fallback_text,
    from_slack,
    home_view,
    long_answer_modal,
    modal_answer,
    modal_prompt,
    pressed_blocks,
    reply_blocks,
)
from bot.adapters.slack.slack_sender import PLATFORM, SlackPoster
from bot.adapters.slack.slack_store import SlackLedger
from bot.core.clock import Clock
from bot.core.commands import COMMANDS, Command
from bot.core.engine import Coach, Notify
from bot.core.messages import Inbound, LearnerRef, Reply
from bot.core.router import resolve

log = logging.getLogger(__name__)

#: the slash commands Slack knows: the command table's top-level names
SLASH_COMMANDS = tuple(dict.fromkeys("/" + c.path[0] for c in COMMANDS))
PRIVATE_WORD = "private"
#: buttons that answer without closing the question their message asks: the rest of the feedback
#: ("More") and "I covered it"; the rating is still to give, so the rating buttons stay
KEEPS_OPEN = re.compile(r"^(?:more|covered \d+)$")
#: a file in the DM: the bot has no files:read scope, so it says so rather than grade an empty answer
FILE_ONLY = (
    "📎 I can't open attached files, only text. Paste your answer or code into the message box (code "
    "between ``` keeps its line breaks), or press *Write a longer answer* under the prompt."
)
FILE_NOT_READ = "📎 I read your message's text; I can't open the attached file."
STALE_CHECK_SECONDS = 1.5  # of Slack's 3 s to answer a modal's submit
SENT_TO_DM = "📬 Sent to our DM: you'll find me under *Apps* in the sidebar."


@dataclass(frozen=True, slots=True)
class Profile:
    display_name: str | None
    tz: str | None


Respond = Callable[..., Awaitable[Any]]


class SlackCoach:
    """The listeners. One per process; holds no learner state (that is the core's), only caches of
    Slack ids (DM channels, profiles) and per-learner locks that keep one learner's messages in order."""

    def __init__(self, coach: Coach, clock: Clock, ledger: SlackLedger, poster: SlackPoster | None = None) -> None:
        self.coach = coach
        self.clock = clock
        self.ledger = ledger
        self.poster = poster or SlackPoster()
        self._profiles: dict[tuple[str, str], Profile] = {}
        self._locks: weakref.WeakValueDictionary[tuple[str, str], asyncio.Lock] = weakref.WeakValueDictionary()

    # ---- wiring

    def register(self, app: AsyncApp) -> None:
        for name in SLASH_COMMANDS:
            app.command(name)(self.on_command)
        app.event("message")(self.on_message)
        app.action(re.compile(rf"^{REPLY_ACTION}_\d+$"))(self.on_button)
        app.action(LONG_ANSWER_ACTION)(self.on_long_answer_button)
        app.view(LONG_ANSWER_CALLBACK)(self.on_long_answer_submit)
        app.event("app_home_opened")(self.on_home_opened)
        app.event("app_uninstalled")(self.on_uninstalled)
        app.event("tokens_revoked")(self.on_tokens_revoked)
        app.error(self.on_error)

    async def first_delivery(self, body: dict[str, Any]) -> bool:
        """An event Slack re-sends (it thought the first was not acked) is processed once, also across
        processes: its ``event_id`` is claimed in the database. A retry whose original never arrived
        claims it first, and is processed. Claimed after bolt's automatic ack, so no ack ever waits for
        the database."""
        event_id = body.get("event_id")
        if event_id and not await self.ledger.claim(f"event:{event_id}", self.clock.now()):
            log.info("event %s already processed; this is Slack's retry", event_id)
            return False
        return True

    async def on_error(self, error: Exception, body: dict[str, Any]) -> None:
        log.error("Slack listener failed on %s: %r", body.get("type"), error, exc_info=error)

    # ---- slash commands

    async def on_command(
        self,
        ack: Callable[..., Awaitable[None]],
        command: dict[str, Any],
        respond: Respond,
        client: AsyncWebClient,
        context: dict[str, Any],
    ) -> None:
        await ack()
        try:
            await self._command(command, respond, client, _workspace(context, command))
        except Exception:
            log.exception("/%s failed after the ack", command.get("command"))

    async def _command(self, command: dict[str, Any], respond: Respond, client: AsyncWebClient, team: str) -> None:
        name = str(command["command"]).lstrip("/")
        words = from_slack(str(command.get("text") or "")).strip()
        private_asked = False
        if name != "coach" and words.split(" ", 1)[0].lower() == PRIVATE_WORD:
            private_asked, words = True, words[len(PRIVATE_WORD) :].strip()
        text = f"/{name} {words}".strip()
        channel = str(command.get("channel_id") or "")
        in_dm = command.get("channel_name") == "directmessage" or channel.startswith("D")
        who = LearnerRef(PLATFORM, team, str(command["user_id"]))
        cmd = _command_for(text)
        shared = cmd is not None and not cmd.private and not private_asked and not in_dm
        async with self._lock(who):
            group = None if in_dm else channel
            user_name = command.get("user_name")
            replies = await self._handle(client, who, text, in_dm=in_dm, group=group, via="command", name=user_name)
            to_dm = [r for r in replies if in_dm or r.dm]
            if to_dm:
                told = any("DM" in r.text for r in replies if not (in_dm or r.dm))
                await self._to_dm(client, who, to_dm, respond, typed_in=channel, told=told)
            for reply in replies:
                if in_dm or reply.dm:
                    continue
                if shared:
                    await respond(response_type="in_channel", text=fallback_text(reply), blocks=reply_blocks(reply))
                    if reply.image:
                        await self.poster.upload_chart(client, channel, reply)
                else:
                    await respond(response_type="ephemeral", text=fallback_text(reply), blocks=reply_blocks(reply))

    async def _to_dm(
        self,
        client: AsyncWebClient,
        who: LearnerRef,
        replies: list[Reply],
        respond: Respond,
        *,
        typed_in: str,
        told: bool,
    ) -> None:
        """A command's answers that belong in our DM (all of them, typed in a DM; a prompt or an export,
        typed in a channel). Typed anywhere else (a channel, a DM with a colleague), the user is shown,
        only them, where the answer went (``told``: the core's own replies already say so), or why it
        could not go there."""
        try:
            dm = await self.poster.dm_channel(client, who)
            await self._post_all(client, dm, replies)
        except SlackApiError as e:
            reason = str((e.response.data or {}).get("error") or e.response.status_code)
            log.warning("a DM to %s after a command failed: %s", who, reason)
            note = f"⚠️ I couldn't post to our DM (Slack said `{escape(reason)}`). Please try again in a minute."
            await respond(response_type="ephemeral", text=note)
            return
        if typed_in != dm and not told:
            await respond(response_type="ephemeral", text=SENT_TO_DM)

    # ---- the DM

    async def on_message(
        self, event: dict[str, Any], body: dict[str, Any], client: AsyncWebClient, context: dict[str, Any]
    ) -> None:
        """A message in the DM with the bot. Bolt has already dropped the bot's own echoed posts."""
        if event.get("channel_type") != "im" or event.get("bot_id") or not event.get("user"):
            return
        if event.get("subtype") not in (None, "file_share", "thread_broadcast"):
            return  # edits, deletions, joins: not answers
        if not await self.first_delivery(body):
            return
        who = LearnerRef(PLATFORM, _workspace(context, event), str(event["user"]))
        text = from_slack(str(event.get("text") or ""))
        channel = str(event["channel"])
        thread = str(event["thread_ts"]) if event.get("thread_ts") else None  # answered where it was written
        attached = bool(event.get("files"))
        try:
            async with self._lock(who):
                if not (attached and not text.strip()):  # a file alone is not an empty answer
                    await self._converse(client, who, text, channel, thread=thread)
                if attached:
                    note = FILE_NOT_READ if text.strip() else FILE_ONLY
                    await self.poster.post(client, channel, Reply(note), interactive=False, thread=thread)
        except Exception:
            log.exception("a DM from %s failed", who)

    # ---- buttons

    async def on_button(
        self,
        ack: Callable[..., Awaitable[None]],
        body: dict[str, Any],
        action: dict[str, Any],
        respond: Respond,
        client: AsyncWebClient,
        context: dict[str, Any],
    ) -> None:
        """A button's value is exactly what the user could have typed. The pressed message loses its
        buttons first (claimed in the database, so a double press, or two processes, act once); a button
        that leaves the question open ("More", "I covered 2") loses only itself."""
        await ack()
        try:
            await self._button(body, action, respond, client, _workspace(context, body))
        except Exception:
            log.exception("a button press failed after the ack")

    async def _button(
        self, body: dict[str, Any], action: dict[str, Any], respond: Respond, client: AsyncWebClient, team: str
    ) -> None:
        who = LearnerRef(PLATFORM, team, str(body["user"]["id"]))
        value = str(action.get("value") or "")
        container = body.get("container") or {}
        label = _label(body.get("message") or {}, action) or value
        ephemeral = bool(container.get("is_ephemeral"))
        if container.get("type") == "message":
            channel, ts = str(container.get("channel_id")), str(container.get("message_ts"))
            keeps_open = bool(KEEPS_OPEN.match(value))
            if not await self._claim_press(f"press:{team}:{channel}:{ts}", value if keeps_open else None):
                return  # already answered (a double click, or a retry)
            message = body.get("message") or {}
            old_blocks = list(message.get("blocks") or [])
            if keeps_open:
                blocks = pressed_blocks(old_blocks, str(action.get("action_id")), label)
            else:
                blocks = answered_blocks(old_blocks, label)
            try:
                if ephemeral:
                    await respond(replace_original=True, text=label, blocks=blocks)
                else:
                    fallback = str(message.get("text") or label)
                    await client.chat_update(channel=channel, ts=ts, text=fallback, blocks=blocks)
            except SlackApiError as e:  # the press is claimed: it is still answered, only the old buttons stay
                log.warning("the pressed message %s was not updated: %s", ts, e.response.get("error"))
        async with self._lock(who):
            # a press is a private exchange with the bot, like a DM, wherever the message was shown
            replies = await self._handle(client, who, value, in_dm=True, via="button")
            if ephemeral:
                for reply in replies:
                    await respond(response_type="ephemeral", text=fallback_text(reply), blocks=reply_blocks(reply))
            else:
                dm = await self.poster.dm_channel(client, who)
                pressed_in = body.get("message") or {}
                thread = pressed_in.get("thread_ts") if container.get("channel_id") == dm else None
                await self._post_all(client, dm, replies, thread=str(thread) if thread else None)

    async def _claim_press(self, message_key: str, kept_open_value: str | None) -> bool:
        """A press closes its message once; a button that keeps it open (``kept_open_value``) can be
        pressed once, and only while no other press has closed the message."""
        now = self.clock.now()
        if kept_open_value is None:
            return await self.ledger.claim(message_key, now)
        if await self.ledger.seen(message_key):
            return False
        return await self.ledger.claim(f"{message_key}:{kept_open_value}", now)

    async def on_long_answer_button(
        self, ack: Callable[..., Awaitable[None]], body: dict[str, Any], action: dict[str, Any], client: AsyncWebClient
    ) -> None:
        await ack()
        channel = str((body.get("container") or {}).get("channel_id") or (body.get("channel") or {}).get("id") or "")
        try:
            await client.views_open(
                trigger_id=body["trigger_id"], view=long_answer_modal(str(action.get("value") or ""), channel)
            )
        except SlackApiError:
            log.exception("the long-answer modal did not open")

    async def on_long_answer_submit(
        self,
        ack: Callable[..., Awaitable[None]],
        body: dict[str, Any],
        view: dict[str, Any],
        client: AsyncWebClient,
        context: dict[str, Any],
    ) -> None:
        """The modal's parts as one typed answer, unless the prompt it was opened from is no longer the
        open one (the button stays on every old prompt): then the modal stays open, text and all, and
        says so, rather than grade the answer against another question."""
        text = modal_answer(view.get("state", {}).get("values", {}))
        if not text.strip():
            await ack(response_action="errors", errors={"part_1": "Write your answer here, or close this and type it."})
            return
        who = LearnerRef(PLATFORM, _workspace(context, body), str(body["user"]["id"]))
        stale = await self._stale_prompt(who, modal_prompt(view))
        if stale:
            await ack(response_action="errors", errors={"part_1": stale})
            return
        await ack()
        try:
            async with self._lock(who):
                await self._converse(client, who, text, await self.poster.dm_channel(client, who))
        except Exception:
            log.exception("a long answer from %s failed after the ack", who)

    async def _stale_prompt(self, who: LearnerRef, written_for: str | None) -> str | None:
        """Why an answer written for ``written_for`` cannot be graded now, or None. Asked before an ack,
        so bounded: a database too slow to say lets the answer through, as before."""
        if not written_for:
            return None
        try:
            open_now = await asyncio.wait_for(self.coach.open_prompt(who), timeout=STALE_CHECK_SECONDS)
        except Exception:
            log.warning("could not check the open prompt of %s; the long answer goes through", who)
            return None
        if open_now == written_for:
            return None
        where = f" (`{open_now}` is)" if open_now else ""
        return (
            f"`{written_for}` isn't open any more{where}, so I won't grade this against it. Copy your text, "
            f"close this, send `/coach practice {written_for}`, then paste it."
        )

    # ---- App Home, uninstall

    async def on_home_opened(
        self, event: dict[str, Any], body: dict[str, Any], client: AsyncWebClient, context: dict[str, Any]
    ) -> None:
        if event.get("tab") != "home" or not await self.first_delivery(body):
            return
        who = LearnerRef(PLATFORM, _workspace(context, event), str(event["user"]))
        try:
            await client.views_publish(user_id=who.user_id, view=await self.home(client, who))
        except Exception:
            log.exception("App Home for %s failed", who)

    async def home(self, client: AsyncWebClient, who: LearnerRef) -> dict[str, Any]:
        """The learner's phase, today's status, plan and readiness, in the core's own words."""
        async with self.coach.uow() as uow:
            learner = await uow.get_learner(who)
        if learner is None or not learner.onboarded:
            welcome = (
                "*Welcome to PrepDrip.* A daily drill in your DM gets you ready for an ML engineer interview "
                "loop: theory screen, coding, ML system design and behavioral. Press Start, or send "
                "`/coach start`: four yes/no questions decide where you begin."
            )
            return home_view([welcome], onboarded=False)
        async with self._lock(who):
            sections = []
            for text in ("/coach settings", "/coach plan", "/readiness"):
                sections += [r.text for r in await self._handle(client, who, text, in_dm=True, via="command")]
        return home_view(sections, onboarded=True)

    async def on_uninstalled(self, context: dict[str, Any], body: dict[str, Any]) -> None:
        await self._workspace_gone(_workspace(context, body))

    async def on_tokens_revoked(self, event: dict[str, Any], context: dict[str, Any], body: dict[str, Any]) -> None:
        if (event.get("tokens") or {}).get("bot"):
            await self._workspace_gone(_workspace(context, body))  # idempotent: no dedupe needed

    #: called with the team id after uninstall (the OAuth store's clean-up, set in build_slack_app)
    on_workspace_gone: Callable[[str], Awaitable[None]] | None = None

    async def _workspace_gone(self, team: str) -> None:
        """The app is gone from a workspace: its learners' drip stops, its tokens are forgotten, and its
        data is deleted after the retention period unless it is installed again meanwhile."""
        try:
            paused = await self.ledger.pause_workspace(team)
            log.warning("Slack workspace %s removed the app: drip paused for %d learner(s)", team, paused)
            await self.coach.workspace_left(PLATFORM, team, self.clock.now())
            if self.on_workspace_gone is not None:
                await self.on_workspace_gone(team)
        except Exception:
            log.exception("handling the uninstall of %s failed", team)

    # ---- shared

    async def _handle(
        self,
        client: AsyncWebClient,
        who: LearnerRef,
        text: str,
        *,
        in_dm: bool,
        via: str,
        group: str | None = None,
        name: str | None = None,
        notify: Notify | None = None,
    ) -> list[Reply]:
        """``name``: the request's own idea of the user's name, for when users.info is unavailable.
        ``notify``: where a reply that must not wait goes at once ("⏳ Running your tests…")."""
        profile = await self.profile(client, who)
        shown = profile.display_name or name or None
        at = {"group_id": group, "channel_id": group, "profile_tz": profile.tz}
        msg = Inbound(who, text, in_dm=in_dm, display_name=shown, via=via, **at)
        replies = await self.coach.handle(msg, self.clock.now(), notify=notify)
        if any(r.meta.get("erased") for r in replies):  # they deleted their data: forget what we cached too
            self._profiles.pop((who.workspace_id, who.user_id), None)
        return replies

    async def _converse(
        self, client: AsyncWebClient, who: LearnerRef, text: str, dm: str, *, thread: str | None = None
    ) -> None:
        """Typed text in the DM: a reply that must not wait ("⏳ Running your tests…") first, the rest after;
        in the ``thread`` it was typed in, if any."""
        notify = functools.partial(self._post_all, client, dm, thread=thread)
        replies = await self._handle(client, who, text, in_dm=True, via="text", notify=notify)
        await self._post_all(client, dm, replies, thread=thread)

    async def _post_all(
        self, client: AsyncWebClient, channel: str, replies: list[Reply], *, thread: str | None = None
    ) -> None:
        for reply in replies:
            await self.poster.post(client, channel, reply, thread=thread)

    async def profile(self, client: AsyncWebClient, who: LearnerRef) -> Profile:
        """The user's display name and timezone from users.info, once per process and user."""
        key = (who.workspace_id, who.user_id)
        if key not in self._profiles:
            try:
                user = (await client.users_info(user=who.user_id))["user"]
            except SlackApiError as e:
                log.info("users.info for %s failed: %s", who, e.response.get("error"))
                if e.response.status_code == 429 or e.response.status_code >= 500:
                    return Profile(None, None)  # passing: ask again next time
                user = {}  # no users:read, a deleted user: not again in this process
            except Exception as e:  # the network: the message still goes to the coach
                log.info("users.info for %s failed: %r", who, e)
                return Profile(None, None)
            shown = (user.get("profile") or {}).get("display_name") or user.get("real_name") or user.get("name")
            self._profiles[key] = Profile(str(shown) if shown else None, user.get("tz"))
            if len(self._profiles) > 10_000:
                self._profiles.pop(next(iter(self._profiles)))
        return self._profiles[key]

    def _lock(self, who: LearnerRef) -> asyncio.Lock:
        key = (who.workspace_id, who.user_id)
        lock = self._locks.get(key)
        if lock is None:
            lock = asyncio.Lock()
            self._locks[key] = lock
        return lock


def _workspace(context: Any, body: dict[str, Any]) -> str:
    """The workspace a request belongs to: bolt's context, else the payload's team (org-wide installs
    may have only an enterprise id)."""
    team = body.get("team")
    for source in (context.get("team_id"), body.get("team_id"), team.get("id") if isinstance(team, dict) else team):
        if source:
            return str(source)
    return str(context.get("enterprise_id") or body.get("enterprise_id") or "unknown")


def _label(message: dict[str, Any], action: dict[str, Any]) -> str:
    """The pressed button's label as we rendered it (the payload's copy may be shortened)."""
    for block in message.get("blocks") or []:
        for element in block.get("elements") or []:
            if isinstance(element, dict) and element.get("action_id") == action.get("action_id"):
                return str((element.get("text") or {}).get("text") or "")
    return str((action.get("text") or {}).get("text") or "")


def _command_for(text: str) -> Command | None:
    try:
        words = shlex.split(text[1:])
    except ValueError:
        words = text[1:].split()
    if not words:
        return None
    return resolve(words)[0]
