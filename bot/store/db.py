"""Engines and migrations. Nothing here runs at import time: ``bootstrap`` calls these."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import event, exc
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

MIGRATIONS = Path(__file__).parent / "migrations"
SUPPORTED = "postgresql+asyncpg://USER:PASSWORD@HOST:5432/DB or sqlite+aiosqlite:///PATH"


class DatabaseUnavailable(Exception):
    """The database of ``DATABASE_URL`` cannot be used: its message is one or two sentences for the
    operator (the URL without its password, what went wrong, what to check), shown instead of a traceback."""


def shown_url(url: str) -> str:
    """The URL as an operator may see it: no password."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except exc.ArgumentError:
        return "(not a URL)"


def make_engine(url: str, **kwargs: Any) -> AsyncEngine:
    """The engine for ``url``; ``DatabaseUnavailable`` when it names no database PrepDrip can use."""
    try:
        return _make_engine(url, **kwargs)
    except exc.ArgumentError:  # its text may quote the URL, password and all
        raise DatabaseUnavailable(f"DATABASE_URL is not a database URL. Use {SUPPORTED}.") from None
    except (exc.NoSuchModuleError, ImportError) as e:
        raise DatabaseUnavailable(
            f"DATABASE_URL names a database PrepDrip cannot use ({shown_url(url)}: {e}). Use {SUPPORTED}."
        ) from None


def _make_engine(url: str, **kwargs: Any) -> AsyncEngine:
    if url.startswith("sqlite"):
        if "+aiosqlite" not in url:
            url = url.replace("sqlite://", "sqlite+aiosqlite://", 1)
        # one connection per process: SQLite has one writer anyway, and queueing in the pool is
        # first-come first-served, where SQLite's own busy handler sleeps with back-off
        kwargs.setdefault("pool_size", 1)
        kwargs.setdefault("max_overflow", 0)
        kwargs.setdefault("pool_timeout", 60)
        engine = create_async_engine(url, connect_args={"timeout": 30}, **kwargs)

        @event.listens_for(engine.sync_engine, "connect")
        def _pragmas(dbapi_conn: Any, _record: Any) -> None:
            # WAL lets a scheduler process read while a bot process writes; the busy timeout makes
            # two writers queue instead of failing
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA busy_timeout=30000")
            cur.close()

        return engine
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        url = "postgresql+asyncpg://" + url.split("://", 1)[1]
    return create_async_engine(url, pool_pre_ping=True, **kwargs)


def alembic_config(url: str) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def _upgrade(conn: Connection, url: str) -> None:
    cfg = alembic_config(url)
    cfg.attributes["connection"] = conn
    command.upgrade(cfg, "head")


async def migrate(engine: AsyncEngine) -> None:
    """Bring the schema to head. Safe to call from several processes: PostgreSQL serialises the
    upgrades with an advisory lock."""
    from sqlalchemy import text

    await _reachable(engine)
    if engine.dialect.name == "sqlite":
        # A batch migration on SQLite copies a table, drops it and renames the copy; with foreign keys
        # on, dropping `learners` would cascade-delete every row that refers to a learner. Alembic's
        # advice: foreign keys off while migrating (set outside a transaction), checked afterwards.
        async with engine.connect() as conn:
            await conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
            await conn.commit()
            try:
                await conn.run_sync(_upgrade, str(engine.url))
                await conn.commit()
                broken = (await conn.exec_driver_sql("PRAGMA foreign_key_check")).all()
                if broken:
                    raise RuntimeError(f"the migration left rows pointing nowhere: {broken[:5]}")
            finally:
                await conn.rollback()
                await conn.exec_driver_sql("PRAGMA foreign_keys=ON")
                await conn.commit()
        return
    async with engine.begin() as conn:
        if engine.dialect.name == "postgresql":
            await conn.execute(text("SELECT pg_advisory_xact_lock(727274)"))
        await conn.run_sync(_upgrade, str(engine.url))


async def _reachable(engine: AsyncEngine) -> None:
    """Connect once, so that a database that is down, missing or refusing us is one clear sentence."""
    url = engine.url.render_as_string(hide_password=True)
    file = engine.url.database if engine.dialect.name == "sqlite" else None
    if file and file != ":memory:" and not file.startswith("file:") and not Path(file).parent.is_dir():
        raise DatabaseUnavailable(
            f"Cannot open the database at {url}: the directory {Path(file).parent} does not exist. "
            "Create it, or fix DATA_DIR or DATABASE_URL."
        )
    try:
        async with engine.connect() as conn:
            await conn.exec_driver_sql("SELECT 1")
    except exc.DBAPIError as e:
        why = str(e.orig).strip().splitlines()[0] if e.orig is not None else type(e).__name__
        if engine.dialect.name == "sqlite":
            hint = "Does its directory exist, and may this user write there? (DATA_DIR or DATABASE_URL)"
        else:
            hint = "Check DATABASE_URL: the database, user and password must exist on that server."
        raise DatabaseUnavailable(f"Cannot open the database at {url}: {why}. {hint}") from None
    except (OSError, TimeoutError) as e:  # refused, unknown host, unreachable: no server to talk to
        why = e.strerror or str(e) or type(e).__name__
        raise DatabaseUnavailable(
            f"Cannot reach the database at {url}: {why}. Is PostgreSQL running and listening there?"
        ) from None


def migrate_sync(url: str) -> None:
    async def _run() -> None:
        eng = make_engine(url)
        try:
            await migrate(eng)
        finally:
            await eng.dispose()

    asyncio.run(_run())
