"""The code in a drill submission as people paste it in chat: bare, or in a Markdown code block
(```python … ``` on Discord, ```…``` inline on Slack, whose composer puts the fences on the code's
own first and last lines), with or without a line of prose around it ("here's mine:")."""

from __future__ import annotations

import re

#: a language tag on a fence's first line, as Discord and Markdown editors write it
_TAG = r"(?:python3?|py|numpy|text|txt)?[ \t]*\n"
_BLOCK = re.compile(rf"```(?:{_TAG})?(.*?)```", re.S | re.I)


def code_of(text: str) -> str:
    """The code of a submission: the contents of its code blocks joined, or the whole text when it has
    none (an unclosed fence is dropped, as a chat client would show the rest as code)."""
    blocks = [b.strip("\n") for b in _BLOCK.findall(text)]
    blocks = [b for b in blocks if b.strip()]
    if blocks:
        return "\n\n".join(blocks) + "\n"
    if text.lstrip().startswith("```"):
        return re.sub(rf"^\s*```(?:{_TAG})?", "", text, count=1, flags=re.I)
    return text
