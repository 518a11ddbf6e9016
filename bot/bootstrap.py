"""Wiring, done once per process: settings -> store (migrated) -> curriculum -> coach."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from bot.charts import MatplotlibCharts
from bot.core.context import CoachSettings
from bot.core.curriculum import Curriculum, load_curriculum
from bot.core.engine import Coach
from bot.core.matcher import Matcher
from bot.core.srs import Repetition
from bot.grader_llm import OpenAICompatibleJudge, build_judge
from bot.logs import configure_logging
from bot.metrics import Metrics
from bot.runner.choose import choose_runner
from bot.settings import Settings
from bot.store.db import make_engine, migrate
from bot.store.outbox import SqlOutbox
from bot.store.retention import SqlWorkspaces
from bot.store.uow import SqlStore


@dataclass
class App:
    settings: Settings
    store: SqlStore
    curriculum: Curriculum
    coach: Coach
    outbox: SqlOutbox
    runner_note: str = ""  # which code runner drills use, and why
    judge: OpenAICompatibleJudge | None = None  # the optional LLM judge (GRADER_LLM_URL)
    metrics: Metrics = field(default_factory=Metrics)  # this app's counters, for /metrics

    async def close(self) -> None:
        if self.judge is not None:
            await self.judge.close()
        await self.store.dispose()


async def bootstrap(
    settings: Settings | None = None,
    *,
    curriculum: Curriculum | None = None,
    console: bool = False,
    code_runner: bool = True,
) -> App:
    """``console``: this process serves the console only, where a local run is an acceptable
    fallback for drill code (the user's own); platform processes never run code unsandboxed.
    ``code_runner=False``: an operator's command that runs no drill (export, delete, outbox) neither
    probes for a sandbox nor warns that there is none."""
    settings = settings or Settings()
    configure_logging(settings.log_level, settings.log_format, settings.secrets())
    engine = make_engine(settings.resolved_database_url())
    try:
        await migrate(engine)
        cur = curriculum or load_curriculum(settings.content_paths())
    except BaseException:  # a database it cannot use, a broken curriculum: the caller says so, nothing left open
        await engine.dispose()
        raise
    store = SqlStore(engine)
    charts = MatplotlibCharts(settings.resolved_data_dir() / "charts") if settings.charts else None
    outbox = SqlOutbox(engine)
    runner, runner_note = None, "not needed by this command"
    if code_runner:
        runner, runner_note = await choose_runner(
            settings.code_runner, settings.code_runner_url, settings.code_runner_concurrency, console=console
        )
    logging.getLogger(__name__).info("code runner: %s", runner_note)
    judge = build_judge(
        settings.grader_llm_url,
        settings.grader_llm_model,
        settings.grader_llm_api_key,
        settings.grader_llm_timeout,
        settings.grader_llm_trust,
    )
    if judge is not None:
        logging.getLogger(__name__).info("LLM judge: %s at %s", judge.model, judge.host)
    metrics = Metrics()
    coach = Coach(
        cur,
        store,
        Matcher(),
        Repetition(settings.desired_retention),
        charts,
        CoachSettings(mock_links=settings.mock_link_list()),
        outbox=outbox,
        runner=runner,
        judge=judge,
        workspaces=SqlWorkspaces(engine, settings.retention_days),
        telemetry=metrics,
    )
    return App(settings, store, cur, coach, outbox, runner_note, judge, metrics)
