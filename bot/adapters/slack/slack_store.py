"""Slack's state in our database: the event-dedupe ledger, slack-sdk's OAuth installation and state
stores, and pausing a workspace's drip when the app is uninstalled. The tables come from the Alembic
migration ``0004_slack``."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta

from slack_sdk.oauth.installation_store import Installation
from slack_sdk.oauth.installation_store.sqlalchemy import AsyncSQLAlchemyInstallationStore
from slack_sdk.oauth.state_store.sqlalchemy import AsyncSQLAlchemyOAuthStateStore
from sqlalchemy import Boolean, Column, DateTime, Integer, MetaData, String, Table, delete, false, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.core.clock import ensure_utc

PLATFORM = "slack"

_meta = MetaData()
SEEN = Table(
    "slack_seen_events",
    _meta,
    Column("key", String(200), primary_key=True),
    Column("seen_at", DateTime(timezone=True), nullable=False),
)
# only the columns pausing needs; the table is bot.store's
_LEARNERS = Table(
    "learners",
    MetaData(),
    Column("id", Integer, primary_key=True),
    Column("platform", String(32)),
    Column("workspace_id", String(128)),
    Column("paused", Boolean),
    Column("version", Integer),
)


class SlackLedger:
    """Things that must happen once, also when several processes serve the same app: an event Slack
    re-sent (``X-Slack-Retry-Num``) and a button pressed twice. The first ``claim`` of a key wins."""

    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine

    async def claim(self, key: str, now: datetime) -> bool:
        now = ensure_utc(now)
        at = now.replace(tzinfo=None) if self.engine.dialect.name == "sqlite" else now
        insert = pg_insert if self.engine.dialect.name == "postgresql" else sqlite_insert
        stmt = insert(SEEN).values(key=key[:200], seen_at=at).on_conflict_do_nothing(index_elements=["key"])
        async with self.engine.begin() as conn:
            result = await conn.execute(stmt)
        return bool(result.rowcount)

    async def seen(self, key: str) -> bool:
        async with self.engine.connect() as conn:
            return (await conn.execute(select(SEEN.c.key).where(SEEN.c.key == key[:200]))).first() is not None

    async def forget(self, key: str) -> None:
        """Let a key be claimed again (its work failed before anything was done)."""
        async with self.engine.begin() as conn:
            await conn.execute(delete(SEEN).where(SEEN.c.key == key[:200]))

    async def prune(self, now: datetime, keep: timedelta = timedelta(days=2)) -> int:
        """Slack retries for at most about an hour; two days of keys is plenty."""
        cutoff = ensure_utc(now) - keep
        at = cutoff.replace(tzinfo=None) if self.engine.dialect.name == "sqlite" else cutoff
        async with self.engine.begin() as conn:
            result = await conn.execute(delete(SEEN).where(SEEN.c.seen_at < at))
        return int(result.rowcount or 0)

    async def pause_workspace(self, team_id: str) -> int:
        """Stop the drip for every learner of an uninstalled workspace (they resume with /coach resume
        once the app is back). Bumps each row's version, so a concurrent save of a learner retries."""
        stmt = (
            update(_LEARNERS)
            .where(
                _LEARNERS.c.platform == PLATFORM,
                _LEARNERS.c.workspace_id == team_id,
                _LEARNERS.c.paused == false(),
            )
            .values(paused=True, version=_LEARNERS.c.version + 1)
        )
        async with self.engine.begin() as conn:
            result = await conn.execute(stmt)
        return int(result.rowcount or 0)


class InstallationStore(AsyncSQLAlchemyInstallationStore):
    """slack-sdk's store, telling ``on_installed`` about each workspace that installs the app (one that
    had removed it is back: its data is no longer due for deletion)."""

    on_installed: Callable[[str], Awaitable[None]] | None = None

    async def async_save(self, installation: Installation) -> None:
        await super().async_save(installation)
        if self.on_installed is not None and installation.team_id:
            await self.on_installed(installation.team_id)


def installation_store(engine: AsyncEngine, client_id: str) -> InstallationStore:
    """slack-sdk's store on our engine; its tables are created by our migration, not by it."""
    return InstallationStore(client_id=client_id, engine=engine)


def oauth_state_store(engine: AsyncEngine, expiration_seconds: int = 600) -> AsyncSQLAlchemyOAuthStateStore:
    return AsyncSQLAlchemyOAuthStateStore(expiration_seconds=expiration_seconds, engine=engine)
