"""The core's markup as Discord markdown, and long replies cut into Discord-sized messages."""

from __future__ import annotations

from bot.adapters.discord.discord_render import MAX_CONTENT, render, split_content, to_markdown
from bot.core.messages import Button, Reply, neutralize


def test_bold_becomes_double_stars_and_code_is_untouched() -> None:
    text = "*Phase 2* and _why_, with `a*b_c` and\n```\nx_y = 2 * z  # ~~no~~\n```"
    assert to_markdown(text) == "**Phase 2** and _why_, with `a*b_c` and\n```\nx_y = 2 * z  # ~~no~~\n```"


def test_markdown_the_core_did_not_mean_is_escaped() -> None:
    assert to_markdown("# not a heading\n> not a quote\n-# not small") == (
        "\\# not a heading\n\\> not a quote\n\\-# not small"
    )
    assert to_markdown("~~strike~~ ||spoiler|| [x](y) 2 * 3 snake_case") == (
        "\\~\\~strike\\~\\~ \\|\\|spoiler\\|\\| \\[x\\](y) 2 \\* 3 snake\\_case"
    )
    assert to_markdown("*Readiness — a_b*") == "**Readiness — a\\_b**"


def test_links_the_core_wrote_stay_links() -> None:
    assert to_markdown("See https://example.com/a_b_c.") == "See https://example.com/a_b_c."


def test_user_text_cannot_carry_a_link_or_a_ping() -> None:
    shown = to_markdown(neutralize("Bob [click](https://evil.example) <@123> @here"))
    assert "https://" not in shown and "](" not in shown.replace("\\](", "")
    assert "<@123>" not in shown and "@here" not in shown


def test_a_long_reply_is_cut_at_lines_and_a_cut_code_block_is_reopened() -> None:
    code = "\n".join(f"    step_{i} = compute({i})" for i in range(120))
    text = "Intro line\n```python\n" + code + "\n```\nAfter the code."
    parts = split_content(text)
    assert len(parts) >= 2 and all(len(p) <= MAX_CONTENT for p in parts)
    assert all(p.count("```") % 2 == 0 for p in parts)  # every part's blocks are closed
    assert parts[1].startswith("```python\n")
    rejoined = "\n".join(p.removesuffix("\n```") if i < len(parts) - 1 else p for i, p in enumerate(parts))
    assert rejoined.replace("\n```python\n", "\n", 1).count("step_") == 120


def test_a_line_longer_than_a_message_is_wrapped() -> None:
    parts = split_content("word " * 1000)
    assert len(parts) == 3 and all(len(p) <= MAX_CONTENT for p in parts)
    assert " ".join(p.strip() for p in parts).split() == ["word"] * 1000


def test_buttons_and_the_answer_form_go_on_the_last_part() -> None:
    reply = Reply("x" * 2500 + "\n" + "y" * 100, buttons=(Button("Skip", "/coach skip"),), kind="prompt")
    first, last = render(reply)
    assert first.buttons == () and not first.long_answer
    assert last.buttons == reply.buttons and last.long_answer
