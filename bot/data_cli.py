"""Operators' data commands: `prepdrip export`, `delete`, `purge` and `backup`.

- ``export --user platform:workspace:user`` writes the learner's JSON and Markdown export (what
  `/coach export` sends them) and prints the paths; ``--workspace platform:workspace`` does it for each
  learner there.
- ``delete --user REF`` / ``--workspace REF`` deletes everything of a learner or a workspace, after a
  typed ``yes`` (or ``--yes``).
- ``purge [--dry-run]`` deletes the data of workspaces that removed the app more than
  ``RETENTION_DAYS`` ago (the hourly job does the same), and lists the ones still waiting.
- ``backup PATH [--force]`` copies a SQLite database with SQLite's online backup API (consistent while
  the bot writes to it); for PostgreSQL it prints the ``pg_dump`` command to use.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sqlite3
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bot.bootstrap import App
    from bot.core.messages import LearnerRef
    from bot.settings import Settings

COMMANDS = ("export", "delete", "purge", "backup")
SHOWN = ("learners", "attempts", "stories", "outbox", "memberships", "study_groups", "slack_installations")


def add_parsers(sub: Any) -> None:
    for name, what in (("export", "write a learner's data export"), ("delete", "delete a learner's data")):
        p = sub.add_parser(name, help=f"{what} (or every learner's in a workspace)")
        who = p.add_mutually_exclusive_group(required=True)
        who.add_argument("--user", help="platform:workspace:user, e.g. slack:T0123:U0456 or console:local:ada")
        who.add_argument("--workspace", help="platform:workspace, e.g. slack:T0123 or discord:<server id>")
        if name == "export":
            p.add_argument("--out", type=Path, default=None, help="directory (default: DATA_DIR/exports)")
        else:
            p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    pg = sub.add_parser("purge", help="delete the data of workspaces that removed the app RETENTION_DAYS ago")
    pg.add_argument("--dry-run", action="store_true", help="list what would be deleted; delete nothing")
    b = sub.add_parser("backup", help="copy the SQLite database safely while the bot runs (PostgreSQL: pg_dump)")
    b.add_argument("path", type=Path, help="the file to write, e.g. backups/prepdrip-2026-12-05.db")
    b.add_argument("--force", action="store_true", help="overwrite PATH if it exists")


def run(settings: Settings, args: argparse.Namespace) -> int:
    if args.cmd == "backup":
        return backup(settings.resolved_database_url(), args.path, force=args.force)
    if args.cmd in ("export", "delete"):
        problem = _target(args)[2]
        if problem:  # before opening (or creating) any database
            print(problem, file=sys.stderr)
            return 2
    if args.cmd == "export":
        return asyncio.run(_with_app(settings, _export, args))
    if args.cmd == "delete":
        return asyncio.run(_with_app(settings, _delete, args))
    return asyncio.run(_with_app(settings, _purge, args))


async def _with_app(settings: Settings, job: Any, args: argparse.Namespace) -> int:
    from bot.bootstrap import bootstrap

    app = await bootstrap(settings, code_runner=False)
    try:
        return int(await job(app, args))
    finally:
        await app.close()


def _parse(text: str, parts: int) -> list[str] | None:
    out = text.split(":", parts - 1)
    return out if len(out) == parts and all(out) else None


def _target(args: argparse.Namespace) -> tuple[LearnerRef | None, tuple[str, str] | None, str | None]:
    from bot.core.messages import LearnerRef

    if args.user:
        ref = _parse(args.user, 3)
        if ref is None:
            return None, None, f"--user needs platform:workspace:user, like console:local:ada (got {args.user!r})."
        return LearnerRef(*ref), None, None
    ws = _parse(args.workspace, 2)
    if ws is None:
        return None, None, f"--workspace needs platform:workspace, like slack:T0123 (got {args.workspace!r})."
    return None, (ws[0], ws[1]), None


async def _export(app: App, args: argparse.Namespace) -> int:
    from bot.adapters.console import save_attachments
    from bot.core.clock import SystemClock

    ref, ws, problem = _target(args)
    if problem:
        print(problem, file=sys.stderr)
        return 2
    out_dir: Path = args.out or app.settings.resolved_data_dir() / "exports"
    refs = [ref] if ref is not None else await _workspace(app).learners_in(*ws) if ws else []
    if ws is not None:
        out_dir = out_dir / f"{ws[0]}-{ws[1]}".replace("/", "_")
    written = 0
    for who in refs:
        files = await app.coach.export(who, SystemClock().now())
        if files is None:
            print(f"No learner {who}.", file=sys.stderr)
            return 1
        try:
            paths = save_attachments(files, out_dir)
        except OSError as e:
            print(f"Cannot write the export to {out_dir}: {e.strerror or e}. Give another --out.", file=sys.stderr)
            return 1
        for path in paths:
            print(path)
        written += 1
    if ws is not None:
        print(f"Exported {written} learner(s) of {ws[0]}:{ws[1]}.", file=sys.stderr)
    return 0


async def _delete(app: App, args: argparse.Namespace) -> int:
    ref, ws, problem = _target(args)
    if problem:
        print(problem, file=sys.stderr)
        return 2
    what = f"learner {ref}" if ref is not None else f"workspace {ws[0]}:{ws[1]}" if ws else ""
    if ws is not None:
        n = len(await _workspace(app).learners_in(*ws))
        what += f" ({n} learner(s), its study groups" + (" and Slack installation)" if ws[0] == "slack" else ")")
    if not args.yes and not _confirmed(f"Delete everything of {what}? This cannot be undone. Type yes: "):
        print("Cancelled: nothing was deleted.", file=sys.stderr)
        return 1
    if ref is not None:
        counts = await app.coach.erase(ref)
        if counts is None:
            print(f"No learner {ref}.", file=sys.stderr)
            return 1
    else:
        assert ws is not None
        counts = await _workspace(app).forget(*ws)
    rows = ", ".join(f"{k} {counts[k]}" for k in SHOWN if counts.get(k)) or "nothing was stored"
    print(f"Deleted {what}: {rows}")
    return 0


def _confirmed(question: str) -> bool:
    print(question, end="", file=sys.stderr, flush=True)
    answer = sys.stdin.readline()
    return answer.strip().lower() == "yes"


async def _purge(app: App, args: argparse.Namespace) -> int:
    from bot.core.clock import SystemClock

    workspaces = _workspace(app)
    now = SystemClock().now()
    done = await workspaces.purge_due(now, dry_run=args.dry_run)
    verb = "Would delete" if args.dry_run else "Deleted"
    for d in done:
        print(f"{verb} {d.platform}:{d.workspace_id} (removed the app {d.left_at.date().isoformat()})")
    days = workspaces.retention_days
    waiting = [d for d in await workspaces.departures() if d.purged_at is None and d not in done]
    for d in waiting:
        left = days - (now - d.left_at).days
        since = d.left_at.date().isoformat()
        print(f"Waiting: {d.platform}:{d.workspace_id} (removed the app {since}; {left} day(s) left)")
    if not done and not waiting:
        print(f"Nothing to delete: no workspace has removed the app (RETENTION_DAYS={days}).")
    return 0


def _workspace(app: App) -> Any:
    assert app.coach.workspaces is not None
    return app.coach.workspaces


def backup(url: str, path: Path, *, force: bool = False) -> int:
    """SQLite: a consistent copy through the online backup API, written beside PATH and renamed into
    place, so PATH is never half written. PostgreSQL: the pg_dump command (without the password)."""
    from sqlalchemy.engine import URL, make_url
    from sqlalchemy.exc import ArgumentError

    from bot.store.db import SUPPORTED, DatabaseUnavailable

    try:
        u = make_url(url)
    except ArgumentError:
        raise DatabaseUnavailable(f"DATABASE_URL is not a database URL. Use {SUPPORTED}.") from None
    if u.get_backend_name() == "postgresql":
        bare = URL.create("postgresql", username=u.username, host=u.host, port=u.port, database=u.database)
        target = bare.render_as_string(hide_password=False)
        print("PostgreSQL is backed up with its own tools; run (the password from PGPASSWORD or ~/.pgpass):")
        print(f"  pg_dump --format=custom --no-owner --file {path} '{target}'")
        print(f"Restore into an empty database with:\n  pg_restore --no-owner --dbname '{target}' {path}")
        return 0
    if u.get_backend_name() != "sqlite" or not u.database or u.database == ":memory:":
        print(
            f"prepdrip backup copies a SQLite database file; DATABASE_URL is {u.get_backend_name()}.", file=sys.stderr
        )
        return 2
    source = Path(u.database)
    if not source.is_file():
        print(f"There is no database at {source} yet.", file=sys.stderr)
        return 1
    if path.is_dir():
        print(
            f"{path} is a directory; give the backup's file name, like {path / 'prepdrip-backup.db'}.", file=sys.stderr
        )
        return 2
    if path.exists() and not force:
        print(f"{path} exists; give another path, or --force to overwrite it.", file=sys.stderr)
        return 2
    if path.resolve() == source.resolve():
        print("The backup cannot be the database itself.", file=sys.stderr)
        return 2
    partial = path.with_name(f".{path.name}.partial")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial.unlink(missing_ok=True)
        dst = sqlite3.connect(partial)
    except (OSError, sqlite3.Error) as e:
        why = e.strerror if isinstance(e, OSError) and e.strerror else str(e)
        print(f"Cannot write the backup to {path}: {why}. Give a path in a directory you can write.", file=sys.stderr)
        return 1
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        with dst:
            src.backup(dst, pages=256)  # in steps: the bot keeps writing between them
        ok = dst.execute("PRAGMA integrity_check").fetchone()[0]
        learners = dst.execute("SELECT count(*) FROM learners").fetchone()[0]
    finally:
        dst.close()
        src.close()
    if ok != "ok":
        partial.unlink(missing_ok=True)
        print(f"The copy failed its integrity check ({ok}); nothing was written to {path}.", file=sys.stderr)
        return 1
    partial.chmod(0o600)
    os.replace(partial, path)
    print(f"Backed up {source} to {path} ({path.stat().st_size:,} bytes, {learners} learner(s)).")
    return 0
