"""Buttons and the long-answer form.

A button's ``custom_id`` carries its value (``pd:v:<index>:<value>``, the value being exactly what the
user could type instead), so any process of the bot can answer a press: the items are discord.py
``DynamicItem``s, registered once in ``setup_hook``, and a press on a message sent before a restart
lands like any other. A pressed message's buttons are disabled in the same response that acknowledges
the press; a button that leaves the message's question open ("More", "I covered 2": the rating is
still to give) disables only itself. Prompts also get a "Long answer" button: it opens a form with up
to three parts of 4,000 characters each (Discord's limit for one text input), for answers longer than a
chat message.
"""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING, Any

import discord

from bot.core.flows.bound import word
from bot.core.messages import Button

if TYPE_CHECKING:
    from bot.adapters.discord.discord_dialogue import Dialogue

log = logging.getLogger(__name__)

VALUE_PREFIX = "pd:v:"
LONG_ANSWER_ID = "pd:long"
PROMPT_ID = re.compile(r"[\w.-]{1,80}")  # a prompt id a Long answer button can carry
MAX_TITLE = 45  # Discord's limit for a form's title
ANSWER_FORM_ID = "pd:answer"
MAX_CUSTOM_ID = 100
FORM_PARTS = 3
PART_CHARS = 4000  # Discord's limit for one text input

_STYLES = {
    "yes": discord.ButtonStyle.success,
    "no": discord.ButtonStyle.secondary,
    "again": discord.ButtonStyle.danger,
    "hard": discord.ButtonStyle.secondary,
    "good": discord.ButtonStyle.success,
    "easy": discord.ButtonStyle.primary,
    "more": discord.ButtonStyle.secondary,
}


def dialogue_of(interaction: discord.Interaction[Any]) -> Dialogue:
    client: Any = interaction.client
    dialogue: Dialogue = client.dialogue  # every PrepDrip client has one (discord_client.py)
    return dialogue


class ValueButton(discord.ui.DynamicItem[discord.ui.Button[Any]], template=r"^pd:v:(?P<index>\d+):(?P<value>.+)$"):
    """A button whose press means the user typed ``value``."""

    def __init__(self, value: str, *, index: int = 0, label: str | None = None, disabled: bool = False) -> None:
        super().__init__(
            discord.ui.Button(
                label=(label or value)[:80],
                custom_id=f"{VALUE_PREFIX}{index}:{value}",
                style=_STYLES.get(word(value).lower(), discord.ButtonStyle.secondary),
                disabled=disabled,
            )
        )
        self.value = value

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction[Any], item: discord.ui.Item[Any], match: Any, /
    ) -> ValueButton:
        label = item.label if isinstance(item, discord.ui.Button) else None
        return cls(match["value"], index=int(match["index"]), label=label)

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        await dialogue_of(interaction).on_button(interaction, self.value)


class LongAnswerButton(
    discord.ui.DynamicItem[discord.ui.Button[Any]], template=r"^pd:long(?::(?P<prompt>[\w.-]{1,80}))?$"
):
    """Opens the answer form; stays enabled, since a form can be closed without sending. Its
    ``custom_id`` names the prompt it is under (``pd:long:th-bv-01``), so an answer is graded against
    that prompt or not at all (discord_long_answer.py); a bare ``pd:long``, on a message sent before
    prompts were named, opens the form for whatever prompt is open, as it did."""

    def __init__(self, prompt_id: str | None = None) -> None:
        prompt_id = prompt_id if prompt_id and PROMPT_ID.fullmatch(prompt_id) else None
        super().__init__(
            discord.ui.Button(
                label="Long answer",
                emoji="✍️",
                custom_id=f"{LONG_ANSWER_ID}:{prompt_id}" if prompt_id else LONG_ANSWER_ID,
                style=discord.ButtonStyle.primary,
            )
        )
        self.prompt_id = prompt_id

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction[Any], item: discord.ui.Item[Any], match: Any, /
    ) -> LongAnswerButton:
        return cls(match["prompt"])

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        await dialogue_of(interaction).on_long_button(interaction, self.prompt_id)


class AnswerForm(discord.ui.Modal):
    """Up to three parts of 4,000 characters; they are joined with a line break into one answer.

    discord.py keeps one modal per ``custom_id`` (not per user) and forgets it after its first submit,
    so a second learner's open form, or one opened before a restart, would be discarded on submit
    ("Something went wrong" in the form, the answer unsendable). The form is therefore registered at
    start-up (``setup_hook``), never stops listening, and reads each submission's text from that
    submission's own data."""

    def __init__(self, prompt_id: str | None = None) -> None:
        title = f"Your answer to {prompt_id}" if prompt_id else "Your answer"
        super().__init__(title=title[:MAX_TITLE], custom_id=ANSWER_FORM_ID, timeout=None)
        self.parts: list[discord.ui.TextInput[AnswerForm]] = []
        for i in range(FORM_PARTS):
            part: discord.ui.TextInput[AnswerForm] = discord.ui.TextInput(
                label="Your answer" if i == 0 else f"Part {i + 1} (optional, if it is longer)",
                style=discord.TextStyle.long,
                custom_id=f"part{i + 1}",
                max_length=PART_CHARS,
                required=i == 0,
            )
            self.parts.append(part)
            self.add_item(part)

    def stop(self) -> None:
        """Keep listening: the next submission, by anyone, lands here too."""

    async def on_submit(self, interaction: discord.Interaction[Any]) -> None:  # type: ignore[override]
        await dialogue_of(interaction).on_long_answer(interaction, form_text(interaction.data or {}))

    async def on_error(self, interaction: discord.Interaction[Any], error: Exception) -> None:  # type: ignore[override]
        log.error("the answer form of user %s failed: %r", interaction.user.id, error)


def form_text(data: Any) -> str:
    """The parts of a submitted form, in order, joined with a line break (empty parts left out)."""
    values: dict[str, str] = {}

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if node.get("type") == 4 and isinstance(node.get("custom_id"), str):
                values[node["custom_id"]] = str(node.get("value") or "")
            for child in (*node.get("components", ()), node.get("component")):
                walk(child)

    for component in data.get("components", ()):
        walk(component)
    parts = (values.get(f"part{i + 1}", "") for i in range(FORM_PARTS))
    return "\n".join(p for p in parts if p.strip())


def buttons_view(
    buttons: tuple[Button, ...], *, long_answer: bool = False, prompt_id: str | None = None
) -> discord.ui.View | None:
    """A persistent view (no timeout) of dynamic items; None when there is nothing to press. A value
    too long for a ``custom_id`` gets no button: the text says what to type instead. ``prompt_id``:
    the prompt the long-answer form answers."""
    items: list[discord.ui.Item[Any]] = []
    for i, b in enumerate(buttons[:24]):
        if len(f"{VALUE_PREFIX}{i}:{b.value}") > MAX_CUSTOM_ID:
            log.warning("no button for a %d-character value: a custom_id holds 100", len(b.value))
            continue
        items.append(ValueButton(b.value, index=i, label=b.label))
    if long_answer:
        items.append(LongAnswerButton(prompt_id))
    if not items:
        return None
    view = discord.ui.View(timeout=None)
    for item in items:
        view.add_item(item)
    return view


def used_view(message: discord.Message, pressed: str | None, *, close: bool = True) -> discord.ui.View:
    """The message's buttons, disabled, the pressed one (by custom_id) keeping its colour and the
    others greyed; with ``close`` false only the pressed one is disabled, the rest stay as they are.
    The view is stopped before it is sent, so discord.py does not keep it listening: presses are
    answered by the dynamic items."""
    view = discord.ui.View.from_message(message, timeout=None)
    for item in view.children:
        if isinstance(item, discord.ui.Button):
            if not close:
                item.disabled = item.disabled or item.custom_id == pressed
                continue
            item.disabled = True
            if item.custom_id != pressed and item.style is not discord.ButtonStyle.link:
                item.style = discord.ButtonStyle.secondary
    view.stop()
    return view
