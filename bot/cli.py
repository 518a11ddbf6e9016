"""The ``prepdrip`` command."""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import sys
import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported when a command runs, so a Ctrl-C during start-up is caught by main()
    from bot.settings import Settings


#: `prepdrip run` with no platform token and no terminal (a container, a service): nothing to serve
NO_PLATFORM = """Not starting: no platform is configured, and there is no terminal for the console.
Set the variables of one platform (in the environment or .env; see .env.example):
  - Slack: SLACK_BOT_TOKEN, and SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP mode);
    for several workspaces SLACK_CLIENT_ID, SLACK_CLIENT_SECRET and SLACK_SIGNING_SECRET instead
  - Discord: DISCORD_TOKEN
To talk to the coach through a pipe, run `prepdrip console`."""


def main(argv: list[str] | None = None) -> int:
    """The `prepdrip` command. A Ctrl-C anywhere, start-up included, ends it quietly with status 130; a
    database it cannot use is one sentence and status 1; output piped into `head` stops quietly."""
    try:
        return _main(argv)
    except KeyboardInterrupt:
        print(file=sys.stderr)
        return 130
    except BrokenPipeError:  # `prepdrip content export | head`: the reader left, nothing more to say
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # so that the interpreter's final flush does not fail again
        return 141
    except Exception as e:
        from bot.store.db import DatabaseUnavailable

        if not isinstance(e, DatabaseUnavailable):
            raise
        print(e, file=sys.stderr)
        return 1


def _positive(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"a whole number from 1 up, not {text!r}")
    return n


def _main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="prepdrip", description="PrepDrip: a daily ML-interview prep coach.")
    sub = ap.add_subparsers(dest="cmd")
    sub.add_parser("run", help="run on every platform with tokens set, else the console")
    c = sub.add_parser("console", help="chat with the coach in the terminal")
    c.add_argument("--user", default=None, help="who you are (default: your login name)")
    c.add_argument("--group", default=None, help="a study group whose channel this is (join: /coach group join)")
    ct = sub.add_parser("content", help="curriculum tools")
    ct.add_argument(
        "action",
        choices=["validate", "stats", "export"],
        help="validate: schema, ids and every drill's reference solution; stats: breadth per topic and level; "
        "export: the whole curriculum as JSON",
    )
    ct.add_argument("--json", action="store_true", help="stats: the figures as JSON instead of the breadth table")
    g = sub.add_parser("grade", help="grade an answer read from stdin")
    g.add_argument("prompt_id", help="a theory, design or behavioral prompt id, like th-bv-01")
    g.add_argument("--json", action="store_true", help="machine-readable output")
    g.add_argument("--follow-up", action="store_true", help="grade it as an answer to the follow-up")
    g.add_argument("--explain", action="store_true", help="show what each layer of the grader said per point")
    gd = sub.add_parser("grade-disputes", help='the latest "I covered it" replies, for improving the content')
    gd.add_argument("--limit", type=_positive, default=50, help="how many of the latest (default 50)")
    gd.add_argument("--json", action="store_true", help="machine-readable output")
    sub.add_parser("migrate", help="apply database migrations and exit")
    dr = sub.add_parser("drip", help="send today's drip now to every active learner who hasn't had it")
    dr.add_argument("--now", action="store_true", required=True, help="whatever their drip time")
    dr.add_argument("--dry-run", action="store_true", help="print who would get what; send nothing")
    dr.add_argument("--user", default=None, help="only this learner: platform:workspace:user, e.g. console:local:me")
    sub.add_parser("outbox", help="scheduled messages by state, and the latest failures")
    dc = sub.add_parser("discord", help="Discord tools")
    dc.add_argument("action", choices=["invite"], help="print the URL that adds the bot to a server")
    dc.add_argument("--client-id", type=int, default=None, help="application id (default: asked with DISCORD_TOKEN)")
    rn = sub.add_parser("runner", help="where drill code runs here, checked with a reference solution")
    rn.add_argument("--console", action="store_true", help="as the console would choose (a local run allowed)")
    cm = sub.add_parser("commands", help="the command table (what /coach help and the README show)")
    cm.add_argument("--markdown", action="store_true", help="as the README's Markdown table")
    sl = sub.add_parser("slack", help="Slack tools")
    sl.add_argument("action", choices=["manifest"])
    sl.add_argument("--url", default=None, help="HTTP mode: the public base URL (default: a Socket Mode manifest)")
    sl.add_argument("--oauth", action="store_true", help="with --url: add the OAuth redirect for several workspaces")
    from bot import data_cli

    data_cli.add_parsers(sub)  # export, delete, purge, backup
    args = ap.parse_args(argv)
    if args.cmd is None:
        ap.print_help()
        return 0
    if args.cmd == "commands":
        from bot.core.commands import help_text, markdown_table

        print(markdown_table() if args.markdown else help_text())
        return 0
    if args.cmd == "slack":
        from bot.adapters.slack.slack_manifest import manifest_yaml

        if args.oauth and not args.url:
            print(
                "--oauth needs --url: several workspaces install over HTTP mode only, e.g. "
                "prepdrip slack manifest --url https://bot.example.com --oauth",
                file=sys.stderr,
            )
            return 2
        if args.url and not args.url.lower().startswith("https://"):
            print(
                f"--url is the bot's public HTTPS address, like https://bot.example.com (Slack posts only to "
                f"https), not {args.url!r}.",
                file=sys.stderr,
            )
            return 2
        print(manifest_yaml(args.url, oauth=args.oauth), end="")
        return 0
    settings = _settings()
    if settings is None:
        return 2
    if args.cmd == "content":
        return _content(settings, args.action, as_json=args.json)
    if args.cmd == "grade":
        from bot.grade_cli import run_grade

        return run_grade(settings, args.prompt_id, as_json=args.json, follow_up=args.follow_up, explain=args.explain)
    if args.cmd == "grade-disputes":
        from bot.grade_cli import run_disputes

        return run_disputes(settings, args.limit, args.json)
    if args.cmd in data_cli.COMMANDS:
        return data_cli.run(settings, args)
    if args.cmd == "drip":
        return asyncio.run(_drip(settings, args.dry_run, args.user))
    if args.cmd == "outbox":
        return asyncio.run(_outbox(settings))
    if args.cmd == "discord":
        return asyncio.run(_discord_invite(settings, args.client_id))
    if args.cmd == "runner":
        return asyncio.run(_runner(settings, args.console))
    if args.cmd == "migrate":
        from bot.store.db import migrate_sync

        migrate_sync(settings.resolved_database_url())
        print("database is at the latest schema")
        return 0
    if args.cmd == "run":
        problems = settings.platform_problems()
        if problems:
            print("Not starting: a platform is only half configured.", file=sys.stderr)
            for p in problems:
                print(f"  - {p}", file=sys.stderr)
            print(
                "Set the missing variables (see .env.example), or unset the others to use the console.", file=sys.stderr
            )
            return 2
        platforms = settings.platforms()
        if platforms:
            return asyncio.run(_serve(settings, platforms))
        if sys.stdin is None or not sys.stdin.isatty():
            print(NO_PLATFORM, file=sys.stderr)
            return 2
        return asyncio.run(_console(settings, None, None))
    return asyncio.run(_console(settings, args.user, args.group))


def _settings() -> Settings | None:
    """The settings, or None after saying which variables are wrong (a value the bot cannot use)."""
    from pydantic import ValidationError

    from bot.settings import Settings

    try:
        return Settings()
    except ValidationError as e:
        print("Not starting: a setting is wrong (in the environment or .env; see .env.example):", file=sys.stderr)
        for err in e.errors():
            name = "_".join(str(part) for part in err["loc"]).upper()
            said = str(err["msg"]).removeprefix("Value error, ")
            value = err.get("input")
            shown = "" if not isinstance(value, str) or re.search("TOKEN|SECRET|KEY|PASSWORD|URL", name) else value
            print(f"  - {name}: {said}" + (f" (it is {shown!r})" if shown else ""), file=sys.stderr)
        return None


async def _serve(settings: Settings, platforms: list[str]) -> int:
    """Every platform with tokens, in one process on one coach, until SIGTERM (0), Ctrl-C (130) or a
    platform failing (1). The scheduler writes due messages to the outbox and one dispatcher sends them
    through each platform's Sender."""
    from bot.serve import serve

    return await serve(settings, platforms)


async def _discord_invite(settings: Settings, client_id: int | None) -> int:
    from bot.adapters.discord import application_id, invite_url

    if client_id is None:
        if not settings.discord_token:
            print("Give --client-id (the Developer Portal's Application ID), or set DISCORD_TOKEN.", file=sys.stderr)
            return 2
        import aiohttp
        import discord

        from bot.serve import REFUSED, unreachable_discord

        try:
            client_id = await application_id(settings)
        except discord.LoginFailure:
            print(REFUSED, file=sys.stderr)
            return 1
        except (aiohttp.ClientError, OSError, discord.HTTPException) as e:
            print(unreachable_discord(settings, e) + " Or give --client-id.", file=sys.stderr)
            return 1
    print(invite_url(client_id))
    return 0


def _load(settings: Settings):  # type: ignore[no-untyped-def]
    from bot.core.curriculum import ContentError, load_curriculum

    try:
        return load_curriculum(settings.content_paths())
    except ContentError as e:
        print(f"The curriculum has {len(e.problems)} problem(s):", file=sys.stderr)
        for p in e.problems:
            print(f"  - {p}", file=sys.stderr)
        return None


def _content(settings: Settings, action: str, as_json: bool = False) -> int:
    t0 = time.perf_counter()
    cur = _load(settings)
    if cur is None:
        return 1
    if action == "export":
        json.dump(cur.export(), sys.stdout, indent=2, ensure_ascii=False)
        print()
        return 0
    if action == "stats":
        from bot.core.breadth import breadth, render_breadth

        b = breadth(cur)
        print(json.dumps(cur.stats() | {"breadth": b.as_dict()}, indent=2) if as_json else render_breadth(b))
        return 0
    from bot.core.curriculum import CodingPrompt
    from bot.core.drills import run_drill_tests

    failed = []
    for p in cur.prompts.values():
        if isinstance(p, CodingPrompt):
            failed += [f"{p.id}: {o.name}: {o.error}" for o in run_drill_tests(p) if not o.passed]
    if failed:
        print("Reference solutions failing their own tests:", file=sys.stderr)
        for f in failed:
            print(f"  - {f}", file=sys.stderr)
        return 1
    s = cur.stats()
    print(
        f"content OK: {s['prompts']} prompts ({', '.join(f'{k} {v}' for k, v in s['by_kind'].items())}), "
        f"{s['key_points']} key points, {s['coding_tests']} drill tests passing, "
        f"from {len(settings.content_paths())} director{'y' if len(settings.content_paths()) == 1 else 'ies'} "
        f"in {time.perf_counter() - t0:.2f}s"
    )
    return 0


def _ref(text: str):  # type: ignore[no-untyped-def]
    from bot.core.messages import LearnerRef

    parts = text.split(":")
    if len(parts) != 3 or not all(parts):
        return None
    return LearnerRef(*parts)


async def _drip(settings: Settings, dry_run: bool, user: str | None) -> int:
    from bot.adapters.console import ConsoleSender
    from bot.bootstrap import bootstrap
    from bot.core.clock import SystemClock
    from jobs.dispatcher import Dispatcher

    only = _ref(user) if user else None
    if user and only is None:
        print(f"--user needs platform:workspace:user, like console:local:me (got {user!r}).", file=sys.stderr)
        return 2
    app = await bootstrap(settings)
    try:
        if only is not None and (problem := await _no_drip_for(app, only)):
            print(problem, file=sys.stderr)
            return 1
        clock = SystemClock()
        done = await app.coach.enqueue_due(clock.now(), limit=10_000_000, force=True, only=only, dry_run=dry_run)
        nothing_new = "Nothing new: every active learner" + (" you named" if only else "") + " has had today's drip."
        if dry_run:
            for ref, kind, first in done.preview:
                print(f"{ref}  {kind:<8} {first[:100]}")
            who = len(dict.fromkeys(r for r, _, _ in done.preview))
            if not done.messages:  # it said "0 message(s) for 0 learner(s)", as if the drip were broken
                print(f"Dry run: {nothing_new[0].lower()}{nothing_new[1:]} Nothing sent.")
            else:
                print(f"Dry run: {done.messages} message(s) for {who} learner(s); nothing sent.")
            return 0
        if not done.messages:
            print(nothing_new)
        else:
            print(f"Queued {done.messages} message(s) for {done.learners} learner(s).")
        if done.boards:
            print(f"Queued {done.boards} weekly board(s) for their groups' channels.")
        senders = {"console": ConsoleSender()}
        dispatcher = Dispatcher(
            app.outbox,
            senders,
            clock,
            door_closed=app.coach.door_closed,
            batch=settings.dispatch_batch,
            concurrency=settings.dispatch_concurrency,
            lease_seconds=settings.dispatch_lease_seconds,
        )
        stats = await dispatcher.drain(only=only)
        counts = await app.outbox.counts()
        print(
            f"Sent {stats.sent} now, {stats.failed} failed, {stats.retried} to retry; "
            f"{counts.get('pending', 0)} waiting for their platform's bot process."
        )
        return 0
    finally:
        await app.close()


async def _no_drip_for(app, ref) -> str | None:  # type: ignore[no-untyped-def]
    """Why `drip --now --user REF` can send this learner nothing, or None when it can."""
    async with app.store() as uow:
        learner = await uow.get_learner(ref)
    if learner is None:
        return f"No learner {ref}. A ref is platform:workspace:user, like console:local:ada or slack:T0123:U0456."
    if not learner.onboarded:
        return f"{ref} has not finished onboarding (/coach start), so they have no drip yet."
    if learner.paused:
        return f"{ref} has paused their drip; it restarts when they send /coach resume."
    return None


RUNNER_CHECK_DRILL = "cd-kfold-01"


async def _runner(settings: Settings, console: bool) -> int:
    """Exit 0 when drills are judged by running here (a reference solution passed), 1 when they would
    be self-checked or the check failed."""
    from bot.adapters.console import format_markup
    from bot.core.curriculum import CodingPrompt
    from bot.core.flows.judge_view import render_report
    from bot.runner.choose import choose_runner

    cur = _load(settings)
    if cur is None:
        return 1
    runner, why = await choose_runner(
        settings.code_runner, settings.code_runner_url, settings.code_runner_concurrency, console=console
    )
    print(why[0].upper() + why[1:] + ".")
    if runner is None:
        return 1
    drills = [p for p in cur.prompts.values() if isinstance(p, CodingPrompt)]
    drill = next((p for p in drills if p.id == RUNNER_CHECK_DRILL), drills[0])  # a quick one, whatever the file order
    report = await runner.run(drill, drill.solution)
    view = format_markup(render_report(drill, report, runner.limits), ansi=sys.stdout.isatty())
    print(f"Check: the reference solution of {drill.id}:\n" + view)
    return 0 if report.passed else 1


async def _outbox(settings: Settings) -> int:
    from bot.bootstrap import bootstrap
    from bot.core.clock import SystemClock

    app = await bootstrap(settings, code_runner=False)
    try:
        counts = await app.outbox.counts()
        print("Outbox: " + (", ".join(f"{k} {v}" for k, v in sorted(counts.items())) or "empty"))
        oldest = await app.outbox.oldest_ready(SystemClock().now())
        if oldest is not None:
            lag = (SystemClock().now() - oldest).total_seconds()
            print(f"Oldest message ready to send: {oldest.isoformat()} ({lag:.0f} s ago)")
        for reason, n in sorted((await app.outbox.skipped()).items()):
            print(f"  {n} {reason}")  # under the counts: why the skipped rows were not sent
        failures = await app.outbox.failures(10)
        if failures:
            print("Latest failures:")
            for f in failures:
                print(f"  #{f.key} {f.to} {f.kind}: {f.reason}")
        return 0
    finally:
        await app.close()


async def _console(settings: Settings, user: str | None, group: str | None) -> int:
    """Exit status 0 at end of input, 130 after Ctrl-C, with no traceback: ConsoleAdapter.run handles
    Ctrl-C while the console is up; before and after it, asyncio.run cancels this task."""
    import getpass

    from bot.adapters.console import INTERRUPTED, ConsoleAdapter
    from bot.bootstrap import bootstrap
    from bot.core.clock import SystemClock
    from bot.core.curriculum import ContentError

    try:
        try:
            app = await bootstrap(settings, console=True)
        except ContentError as e:
            print("The curriculum failed to load:\n" + "\n".join(f"  - {p}" for p in e.problems), file=sys.stderr)
            return 1
        try:
            name = user or getpass.getuser() or "me"
            history = settings.resolved_data_dir() / "console_history"
            exports = settings.resolved_data_dir() / "exports"
            console = ConsoleAdapter(
                app.coach, SystemClock(), user=name, group=group, history_file=history, files_dir=exports
            )
            return await console.run()
        finally:
            await app.close()
    except asyncio.CancelledError:  # Ctrl-C before or after run(): nothing in flight worth finishing
        return INTERRUPTED


if __name__ == "__main__":
    raise SystemExit(main())
