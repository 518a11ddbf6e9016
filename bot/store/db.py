"""Engines and migrations. Nothing here runs at import time: ``bootstrap`` calls these."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import event
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

MIGRATIONS = Path(__file__).parent / "migrations"


def make_engine(url: str, **kwargs: Any) -> AsyncEngine:
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


def migrate_sync(url: str) -> None:
    async def _run() -> None:
        eng = make_engine(url)
        try:
            await migrate(eng)
        finally:
            await eng.dispose()

    asyncio.run(_run())
