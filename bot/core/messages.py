"""Platform-neutral messages: what an adapter hands the core, and what it gets back."""

from __future__ import annotations

import re
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class LearnerRef:
    """Who: a user on one platform, in one workspace (Slack team, Discord guild, console)."""

    platform: str
    workspace_id: str
    user_id: str

    def __str__(self) -> str:
        return f"{self.platform}:{self.workspace_id}:{self.user_id}"


@dataclass(frozen=True, slots=True)
class Inbound:
    """One message in: a typed answer, a button's value, or a command such as ``/coach today``.

    ``group_id`` names the study group (channel or server) the message came from, if any, and
    ``group_name`` is how to show it when the id is not readable (a Discord server's snowflake);
    ``in_dm`` says whether it was a private conversation with the bot."""

    who: LearnerRef
    text: str
    in_dm: bool = True
    group_id: str | None = None
    display_name: str | None = None
    via: str = "text"  # "text" | "button" | "command": informational, the text decides
    profile_tz: str | None = None  # the timezone in the user's platform profile (Slack's users.info), if known
    group_name: str | None = None
    #: the platform's address of the channel the message came from (a Slack channel id, a Discord
    #: channel id, the console's group): where the group's weekly board is posted
    channel_id: str | None = None


@dataclass(frozen=True, slots=True)
class Button:
    label: str
    value: str  # exactly what the user could type instead


@dataclass(frozen=True, slots=True)
class Attachment:
    """A file that goes with a reply (a learner's export): the console writes it to the data directory,
    Slack uploads it (files_upload_v2), Discord attaches it (``discord.File``)."""

    filename: str
    content: bytes
    mime: str = "application/octet-stream"
    title: str | None = None


PRIVATE = "private"  # a Reply.meta key: see Reply


@dataclass(frozen=True, slots=True)
class Reply:
    """One message out. ``to`` is set for replies the core pushes on its own (the daily drip);
    ``dm`` asks the adapter to deliver privately rather than where the command was typed.
    ``meta[PRIVATE] == "1"``: an aside about the learner (a paused drip, a cancelled deletion) that a
    command shared in a channel (``/readiness``) shows only to them, though it is said where they are."""

    text: str
    buttons: tuple[Button, ...] = ()
    image: str | None = None  # path of a PNG; adapters that cannot show images ignore it
    to: LearnerRef | None = None
    dm: bool = False
    kind: str = "message"  # "message" | "prompt" | "feedback" | "error" | "drip" | "reminder"
    alt_text: str | None = None  # text fallback for the image
    meta: dict[str, str] = field(default_factory=dict)
    files: tuple[Attachment, ...] = ()

    @property
    def opens_prompt(self) -> bool:
        """It presents a prompt waiting for an answer (a prompt, or the drip that carries one):
        adapters add "skip" and a long-answer form to it."""
        return self.kind == "prompt" or (self.kind == "drip" and "prompt_id" in self.meta)


_MASS_MENTION = re.compile(r"@(everyone|here|channel|all)\b", re.IGNORECASE)
_SLACK_SPECIAL = re.compile(r"<[!@#][^>]*>")
_DISCORD_MENTION = re.compile(r"<(@[!&]?|#)\d+>")
_LINK_SCHEME = re.compile(r"\b([a-z][a-z0-9+.-]*):(?=//)", re.IGNORECASE)


def neutralize(user_text: str, limit: int = 300) -> str:
    """Make user-written text safe to echo into a channel: no mass mentions, no user, role or
    channel pings, no platform control sequences, no clickable links, bounded length."""
    t = _SLACK_SPECIAL.sub(lambda m: m.group(0).replace("<", "‹").replace(">", "›"), user_text)
    t = _DISCORD_MENTION.sub(lambda m: m.group(0).replace("<", "‹").replace(">", "›"), t)
    t = _MASS_MENTION.sub(lambda m: "@\u200b" + m.group(1), t)
    t = _LINK_SCHEME.sub(lambda m: m.group(1) + ":\u200b", t)  # "https:\u200b//…" is not autolinked
    t = t.replace("`", "'")
    if len(t) > limit:
        t = t[: limit - 1] + "…"
    return t
