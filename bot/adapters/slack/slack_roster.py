"""Who is still in a study group's Slack channel, for the core's ``Roster`` port
(``bot/core/flows/roster.py``).

Slack tells an app that someone left a channel (``member_left_channel``, handled in ``slack_app.py``)
and lists a channel's members (``conversations.members``) only with the ``channels:read``/``groups:read``
scopes. The manifest asks for them; a workspace that installed the app before they were added has them
only once it reinstalls. So:

- with those scopes, ``conversations.members``, paged, says who is in the channel and who isn't;
- without them (Slack answers ``missing_scope``), ``users.info`` (``users:read``) says who has left the
  workspace: a deactivated account (``deleted``) is gone; anyone else is "don't know", as Slack won't
  say whether they are still in the channel. An unknown user (``user_not_found``) is "don't know" too:
  Slack deactivates accounts rather than deleting them, and it is what users.info answers about a
  member from another organisation in a Slack Connect channel, who is still there.

Any other error is "don't know" too."""

from __future__ import annotations

import logging
from collections.abc import Sequence

import aiohttp
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.adapters.slack.slack_sender import ClientFor
from bot.core.model import StudyGroup

log = logging.getLogger(__name__)

PAGE = 200  # conversations.members' own advice: no more than 200 a page
MAX_PAGES = 25  # a channel of more than 5,000: ask about the people instead


class SlackRoster:
    platform = "slack"

    def __init__(self, client_for: ClientFor) -> None:
        self._client_for = client_for

    async def present(self, group: StudyGroup, user_ids: Sequence[str]) -> dict[str, bool]:
        try:
            client = await self._client_for(group.workspace_id)
            if client is None:  # the app isn't installed there (any more)
                return {}
            channel = group.channel or group.group_id.upper()  # group ids are case-folded channel ids
            in_channel = await self._channel_members(client, channel)
            if in_channel is not None:
                return {u: u in in_channel for u in user_ids}
            return await self._in_workspace(client, user_ids)
        except (TimeoutError, aiohttp.ClientError) as e:
            log.warning("asking Slack who is in %s failed: %r", group.group_id, e)
            return {}

    async def _channel_members(self, client: AsyncWebClient, channel: str) -> set[str] | None:
        """Everyone in the channel; None when Slack won't list them (no scope, a private channel the app
        isn't in, a channel too large to page through)."""
        members: set[str] = set()
        cursor = None
        for _page in range(MAX_PAGES):
            try:
                answer = await client.conversations_members(channel=channel, limit=PAGE, cursor=cursor)
            except SlackApiError as e:
                if _error(e) != "missing_scope":  # the usual answer, with the app's scopes
                    log.info("conversations.members %s: %s", channel, _error(e))
                return None
            if not isinstance(answer.get("members"), list):
                return None  # not Slack's answer: better "don't know" than "everyone left"
            members.update(str(u) for u in answer["members"])
            cursor = (answer.get("response_metadata") or {}).get("next_cursor")
            if not cursor:
                return members
        return None

    async def _in_workspace(self, client: AsyncWebClient, user_ids: Sequence[str]) -> dict[str, bool]:
        """Who has left the workspace: a deactivated account. Not someone it doesn't know (Slack Connect)."""
        gone: dict[str, bool] = {}
        for user_id in user_ids:
            try:
                answer = await client.users_info(user=user_id)
            except SlackApiError as e:
                if _error(e) == "user_not_found":  # another organisation's member, most likely: don't know
                    continue
                log.info("users.info %s: %s", user_id, _error(e))
                break
            if (answer.get("user") or {}).get("deleted"):
                gone[user_id] = False
        return gone


def _error(e: SlackApiError) -> str:
    data = getattr(e.response, "data", None)
    return str(data.get("error") or "unknown") if isinstance(data, dict) else "unknown"
