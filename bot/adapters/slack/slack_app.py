"""The coach in Slack: a slack-bolt ``AsyncApp`` whose listeners only translate.

Slack in: a slash command, a DM (``message.im``), a button press, a modal's submit, a Home tab opened.
Each is acked first (Slack's 3-second clock stops there), then turned into the text the console would
type (``/coach today``, ``yes``, ``good``, an answer) and handed to ``Coach.handle``; the replies go out
through ``SlackPoster``. Errors after the ack are caught and logged: bolt would otherwise drop the ack.
Button presses are ``slack_buttons.Presses``, the long-answer modal ``slack_long_answer.LongAnswers``;
both hand what the user said to these listeners.

Where replies go: prompts, onboarding and anything ``Reply.dm`` to the user's DM; a private command
typed in a channel answers ephemerally; ``/readiness`` and ``/leaderboard`` in a channel are posted
there for everyone (the user chose to share; ``/readiness private`` stays ephemeral).
"""

from __future__ import annotations

import asyncio
import functools
import logging
import shlex
import weakref
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from slack_bolt.async_app import AsyncApp
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.adapters.slack.slack_buttons import Presses
from bot.adapters.slack.slack_long_answer import LongAnswers
from bot.adapters.slack.slack_render import (
    escape,
    fallback_text,
    from_slack,
    home_view,
    reply_blocks,
    workspace_of,
)
from bot.adapters.slack.slack_sender import PLATFORM, SlackPoster
from bot.adapters.slack.slack_store import SlackLedger
from bot.core import edits, peek
from bot.core.clock import Clock
from bot.core.commands import COMMANDS, Command
from bot.core.engine import Coach, Notify
from bot.core.messages import Inbound, LearnerRef, Reply
from bot.core.router import resolve

log = logging.getLogger(__name__)

#: the slash commands Slack knows: the command table's top-level names
SLASH_COMMANDS = tuple(dict.fromkeys("/" + c.path[0] for c in COMMANDS))
PRIVATE_WORD = "private"
#: a file in the DM: the bot has no files:read scope, so it says so rather than grade an empty answer
FILE_ONLY = (
    "📎 I can't open attached files, only text. Paste your answer or code into the message box (code "
    "between ``` keeps its line breaks), or press *Write a longer answer* under the prompt."
)
FILE_NOT_READ = "📎 I read your message's text; I can't open the attached file."
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
        Presses(self).register(app)
        LongAnswers(self).register(app)
        app.event("app_home_opened")(self.on_home_opened)
        app.event("app_uninstalled")(self.on_uninstalled)
        app.event("tokens_revoked")(self.on_tokens_revoked)
        app.event("member_left_channel")(self.on_member_left)
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
            await self._command(command, respond, client, workspace_of(context, command))
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
        async with self.lock(who):
            group = None if in_dm else channel
            user_name = command.get("user_name")
            replies = await self.handle(client, who, text, in_dm=in_dm, group=group, via="command", name=user_name)
            to_dm = [r for r in replies if in_dm or r.dm]
            if to_dm:
                told = any("DM" in r.text for r in replies if not (in_dm or r.dm))
                await self._to_dm(client, who, to_dm, respond, typed_in=channel, told=told)
            for reply in replies:
                if in_dm or reply.dm:
                    continue
                if shared and not reply.private:
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
            await self.post_all(client, dm, replies)
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
        if event.get("channel_type") == "im" and event.get("subtype") == "message_changed":
            await self.on_edit(event, body, client, context)
            return
        if event.get("channel_type") != "im" or event.get("bot_id") or not event.get("user"):
            return
        if event.get("subtype") not in (None, "file_share", "thread_broadcast"):
            return  # edits, deletions, joins: not answers
        if not await self.first_delivery(body):
            return
        who = LearnerRef(PLATFORM, workspace_of(context, event), str(event["user"]))
        text = from_slack(str(event.get("text") or ""))
        channel = str(event["channel"])
        thread = str(event["thread_ts"]) if event.get("thread_ts") else None  # answered where it was written
        attached = bool(event.get("files"))
        try:
            async with self.lock(who):
                if not (attached and not text.strip()):  # a file alone is not an empty answer
                    await self.converse(client, who, text, channel, thread=thread)
                if attached:
                    note = FILE_NOT_READ if text.strip() else FILE_ONLY
                    await self.poster.post(client, channel, Reply(note), interactive=False, thread=thread)
        except Exception:
            log.exception("a DM from %s failed", who)

    async def on_edit(
        self, event: dict[str, Any], body: dict[str, Any], client: AsyncWebClient, context: dict[str, Any]
    ) -> None:
        """The learner edited a message in the DM: nothing is read again, and they are told so in its
        thread. A link preview Slack adds (no ``edited``, same text) and the bot's own updates of its
        buttons are ``message_changed`` too, and are ignored. So is a second ``message_changed`` for the
        same edit (``edited.ts``): a preview or a thread reply (our note!) added to an edited message
        whose ``previous_message`` Slack left out would otherwise be answered again, and again."""
        message, before = event.get("message") or {}, event.get("previous_message") or {}
        edited = message.get("edited") or {}
        if message.get("bot_id") or not message.get("user") or not edited:
            return
        if message.get("text") == before.get("text") or not await self.first_delivery(body):
            return
        who = LearnerRef(PLATFORM, workspace_of(context, event), str(message["user"]))
        channel = str(event["channel"])
        thread = str(message.get("thread_ts") or message.get("ts") or "") or None
        this_edit = f"slack:{channel}:{message.get('ts')}:{edited.get('ts')}"
        try:
            async with self.lock(who):  # after the reply to a message still being answered, in its words
                note = await edits.edited_once(
                    self.coach, who, self.clock.now(), edit=this_edit, typed=from_slack(str(message.get("text") or ""))
                )
                if note is not None:
                    await self.poster.post(client, channel, note, interactive=False, thread=thread)
        except Exception:
            log.exception("answering an edit from %s failed", who)

    async def on_member_left(self, event: dict[str, Any], context: dict[str, Any], body: dict[str, Any]) -> None:
        """Someone left a channel the bot is in: out of the study group of that channel at once (a
        group's id is its channel's, case-folded). Idempotent, so Slack's retries need no dedupe."""
        user, channel = event.get("user"), event.get("channel")
        if user and channel:
            who = LearnerRef(PLATFORM, workspace_of(context, event), str(user))
            await self.coach.member_left(who, str(channel).casefold())

    # ---- App Home, uninstall

    async def on_home_opened(
        self, event: dict[str, Any], body: dict[str, Any], client: AsyncWebClient, context: dict[str, Any]
    ) -> None:
        if event.get("tab") != "home" or not await self.first_delivery(body):
            return
        who = LearnerRef(PLATFORM, workspace_of(context, event), str(event["user"]))
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
        profile = await self.profile(client, who)
        sections = []
        for text in ("/coach settings", "/coach plan", "/readiness"):
            msg = Inbound(who, text, in_dm=True, display_name=profile.display_name, via="home", profile_tz=profile.tz)
            sections += [r.text for r in await peek.show(self.coach, msg, self.clock.now())]
        return home_view(sections, onboarded=True)

    async def on_uninstalled(self, context: dict[str, Any], body: dict[str, Any]) -> None:
        await self._workspace_gone(workspace_of(context, body))

    async def on_tokens_revoked(self, event: dict[str, Any], context: dict[str, Any], body: dict[str, Any]) -> None:
        if (event.get("tokens") or {}).get("bot"):
            await self._workspace_gone(workspace_of(context, body))  # idempotent: no dedupe needed

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

    async def handle(
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

    async def converse(
        self, client: AsyncWebClient, who: LearnerRef, text: str, dm: str, *, thread: str | None = None
    ) -> None:
        """Typed text in the DM: a reply that must not wait ("⏳ Running your tests…") first, the rest after;
        in the ``thread`` it was typed in, if any."""
        notify = functools.partial(self.post_all, client, dm, thread=thread)
        replies = await self.handle(client, who, text, in_dm=True, via="text", notify=notify)
        await self.post_all(client, dm, replies, thread=thread)

    async def post_all(
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

    def lock(self, who: LearnerRef) -> asyncio.Lock:
        key = (who.workspace_id, who.user_id)
        lock = self._locks.get(key)
        if lock is None:
            lock = asyncio.Lock()
            self._locks[key] = lock
        return lock


def _command_for(text: str) -> Command | None:
    try:
        words = shlex.split(text[1:])
    except ValueError:
        words = text[1:].split()
    if not words:
        return None
    return resolve(words)[0]
