"""Where a message goes: a command to its handler (from the one command table), a reply to the
conversation the learner is in, anything else to a friendly pointer."""

from __future__ import annotations

import shlex

from bot.core.commands import COMMANDS, ROOT, ROOT_ALIASES, Command, by_path, cmd_help, subcommands
from bot.core.context import Ctx, oops, say
from bot.core.flows import answers, forget, onboarding, snooze
from bot.core.messages import PRIVATE, Reply, neutralize

#: words that run a command when typed without the slash in an idle DM
BARE_WORDS = ("help", "start", "today", "plan", "topics", "stories", "readiness", "leaderboard", "more")


async def route(ctx: Ctx, text: str) -> list[Reply]:
    conv = ctx.conv
    conv.heard_from_learner()
    if conv.erase_asked_at is not None:  # `/coach delete-my-data` waits for its confirmation
        replies, used = await forget.pending_confirmation(ctx, text)
        return replies if used else [*replies, *await _route(ctx, text)]
    if conv.door_closed:  # a DM bounced: say so once, wherever they write next
        notice = say(
            f"I couldn't send you a direct message ({conv.door_closed}), so I've paused your daily drill. "
            "Open your DMs with me, then send `/coach resume`.",
            meta={PRIVATE: "1"},
        )
        conv.door_closed = None
        return [notice, *await _route(ctx, text)]
    return await _route(ctx, text)


async def _route(ctx: Ctx, text: str) -> list[Reply]:
    if text.startswith("/"):
        return await run_command(ctx, text)
    if not ctx.msg.in_dm:
        return []  # channel chatter is not for us
    conv = ctx.conv
    if conv.onboarding:
        return await onboarding.answer(ctx, text)
    if conv.pending:
        return await answers.pending_answer(ctx, text)
    if not text:
        return [oops("That message was empty. Send `/coach today` for today's prompt, or `/coach help`.")]
    bare = text.lower().strip(" !?.")
    if bare in snooze.WORDS and ctx.learner.onboarded:
        return await run_command(ctx, f"/{ROOT} later")
    if bare in BARE_WORDS:
        return await run_command(ctx, f"/{ROOT} {bare}")
    if not ctx.learner.onboarded:
        return [
            say(
                "Hi! I'm PrepDrip, your ML interview coach. Send `/coach start` to begin: four "
                "yes/no questions decide where your prep starts."
            )
        ]
    return [
        say(
            "I'm not waiting for an answer right now. `/coach today` sends today's prompt, "
            "`/coach practice TOPIC` gives you one on demand, `/coach help` lists everything."
        )
    ]


def resolve(words: list[str]) -> tuple[Command | None, list[str], str | None]:
    """The command a list of words names, its arguments, or a friendly error."""
    table = by_path()
    tops = {c.path[0] for c in COMMANDS}
    head = words[0].lower()
    if head in ROOT_ALIASES:
        head = ROOT
    rest = words[1:]
    if head != ROOT:
        if (head,) in table:
            return table[(head,)], rest, None
        if any(True for _ in subcommands((ROOT, head))) or (ROOT, head) in table:
            rest = [head, *rest]  # "/today" is "/coach today"
        else:
            known = ", ".join(f"`/{t}`" for t in sorted(tops))
            return None, [], f"I don't know `/{neutralize(head, 40)}`. I answer {known}; `/coach help` lists the rest."
    if not rest:
        return table[(ROOT, "help")], [], None
    sub = rest[0].lower()
    if (sub,) in table and (ROOT, sub) not in table:
        return table[(sub,)], rest[1:], None  # "/coach readiness" is "/readiness"
    if len(rest) > 1 and (ROOT, sub, rest[1].lower()) in table:
        return table[(ROOT, sub, rest[1].lower())], rest[2:], None
    if (ROOT, sub) in table:
        return table[(ROOT, sub)], rest[1:], None
    group = [c for c in subcommands((ROOT, sub))]
    if group:
        return None, [], f"`/coach {sub}` needs one of: " + ", ".join(f"`{c.usage}`" for c in group) + "."
    names = sorted({c.path[1] for c in subcommands((ROOT,))} | {t for t in tops if t != ROOT})
    return (
        None,
        [],
        f"`/coach {neutralize(sub, 40)}` isn't a command I know. Try one of: "
        + ", ".join(f"`{n}`" for n in names)
        + ".",
    )


async def run_command(ctx: Ctx, text: str) -> list[Reply]:
    try:
        words = shlex.split(text[1:])
    except ValueError:
        words = text[1:].split()
    if not words:
        return await cmd_help(ctx, [])
    cmd, args, problem = resolve(words)
    if cmd is None:
        return [oops(problem or "I don't know that command; `/coach help` lists them.")]
    if cmd.needs_profile and not ctx.learner.onboarded:
        if ctx.conv.onboarding:
            return [say("Let's finish setting you up first."), *onboarding.question(ctx)]
        return [
            say(
                "Let's set you up first: send `/coach start` (four yes/no questions, then your "
                "interview date, timezone, daily time and level)."
            )
        ]
    return await cmd.handler(ctx, args)
