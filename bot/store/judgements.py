"""The LLM judge's cache: its verdicts per (prompt, content version, answer hash), in the database so
every process shares it and the same answer is never sent to the endpoint twice.

``SqlJudgements`` works inside a message's unit of work (``uow.judgements``: one connection, which
SQLite needs); ``SqlJudgeCache`` opens its own short sessions, for ``prepdrip grade``."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from bot.store.models import LlmJudgementRow

KEYS = ["prompt_id", "content_version", "answer_hash"]


class SqlJudgements:
    def __init__(self, session: AsyncSession, insert: Callable[[Any], Any]) -> None:
        self.s = session
        self._insert = insert

    async def get(self, prompt_id: str, version: str, answer_hash: str) -> list[dict[str, Any]] | None:
        row = (
            await self.s.execute(
                select(LlmJudgementRow.verdicts).where(
                    LlmJudgementRow.prompt_id == prompt_id,
                    LlmJudgementRow.content_version == version,
                    LlmJudgementRow.answer_hash == answer_hash,
                )
            )
        ).scalar_one_or_none()
        return list(row) if row is not None else None

    async def put(
        self, prompt_id: str, version: str, answer_hash: str, model: str, verdicts: list[dict[str, Any]], now: datetime
    ) -> None:
        ins = self._insert(LlmJudgementRow.__table__).values(
            prompt_id=prompt_id,
            content_version=version,
            answer_hash=answer_hash,
            model=model,
            verdicts=verdicts,
            created_at=now,
        )
        # another process may have judged the same answer meanwhile: the first verdicts stand
        await self.s.execute(ins.on_conflict_do_nothing(index_elements=KEYS))


class SqlJudgeCache:
    """The same cache with a short session per call."""

    def __init__(self, engine: AsyncEngine) -> None:
        self._sessions = async_sessionmaker(engine, expire_on_commit=False)
        self._dialect = engine.dialect.name

    def _judgements(self, s: AsyncSession) -> SqlJudgements:
        return SqlJudgements(s, pg_insert if self._dialect == "postgresql" else sqlite_insert)

    async def get(self, prompt_id: str, version: str, answer_hash: str) -> list[dict[str, Any]] | None:
        async with self._sessions() as s:
            return await self._judgements(s).get(prompt_id, version, answer_hash)

    async def put(
        self, prompt_id: str, version: str, answer_hash: str, model: str, verdicts: list[dict[str, Any]], now: datetime
    ) -> None:
        async with self._sessions() as s:
            await self._judgements(s).put(prompt_id, version, answer_hash, model, verdicts, now)
            await s.commit()
