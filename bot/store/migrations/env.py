"""Alembic environment: the connection is handed in by ``bot.store.db.migrate``."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from bot.store.models import Base

config = context.config
target_metadata = Base.metadata


def run() -> None:
    conn = config.attributes.get("connection")
    if conn is None:  # plain `alembic` CLI use: make a sync engine from the URL
        url = config.get_main_option("sqlalchemy.url") or ""
        url = url.replace("+aiosqlite", "").replace("+asyncpg", "+psycopg")
        with create_engine(url).connect() as c:
            context.configure(connection=c, target_metadata=target_metadata, render_as_batch=True)
            with context.begin_transaction():
                context.run_migrations()
        return
    context.configure(connection=conn, target_metadata=target_metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


run()
