"""``/metrics`` and ``/healthz`` beside Slack's requests: a learner's exchange and a drip over the fake
Slack on loopback move the counters a Prometheus scrape sees (commands, replies, grading, the drip, a
rate limit and a refused DM), and the outbox gauges come from the database at scrape time."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass

import pytest

from bot.adapters.slack.slack_server import build_slack_app, start_slack
from bot.core.clock import FakeClock
from bot.core.curriculum import Curriculum
from bot.core.engine import Coach
from bot.core.matcher import Matcher
from bot.core.srs import Repetition
from bot.metrics import Metrics
from bot.ops_http import Ops
from bot.store.outbox import SqlOutbox
from bot.store.uow import SqlStore
from jobs.dispatcher import Dispatcher
from jobs.scheduler import drip_tick
from tests.fakes.slack import FakeSlack
from tests.metrics_support import health, scrape, value
from tests.slack_support import ACK_LATENCIES, SlackBot, settings_for
from tests.test_slack_app import THEORY_ANSWER, onboard


@dataclass
class Observed:
    bot: SlackBot
    coach: Coach
    metrics: Metrics
    ops: Ops


@pytest.fixture
async def observed(
    slack: FakeSlack,
    curriculum: Curriculum,
    matcher: Matcher,
    sqlite_store: SqlStore,
    clock: FakeClock,
    request: pytest.FixtureRequest,
) -> AsyncIterator[Observed]:
    """The Slack app as `prepdrip run` wires it: one Metrics for the coach and the dispatcher, its
    /healthz and /metrics on Slack's own port."""
    metrics = Metrics()
    outbox = SqlOutbox(sqlite_store.engine)
    coach = Coach(curriculum, sqlite_store, matcher, Repetition(), None, outbox=outbox, telemetry=metrics)
    ops = Ops(metrics, outbox, sqlite_store.engine, clock)
    runtime = build_slack_app(coach, clock, settings_for(slack), sqlite_store.engine)
    runtime.ops = ops
    running = await start_slack(runtime, host="127.0.0.1", port=0)
    ops.platforms["slack"] = runtime.ready.is_set
    try:
        yield Observed(SlackBot(slack, running, request.config.stash[ACK_LATENCIES]), coach, metrics, ops)
    finally:
        await running.stop()


async def test_healthz_is_503_until_ready_then_200_with_database_and_slack(observed: Observed) -> None:
    url = observed.bot.running.url
    status, body = await health(url)
    assert status == 503 and body == {"ok": False, "ready": False, "database": True, "platforms": {"slack": True}}
    observed.ops.ready.set()
    status, body = await health(url)
    assert status == 200 and body == {"ok": True, "ready": True, "database": True, "platforms": {"slack": True}}


async def test_an_exchange_and_a_drip_move_the_counters_on_slacks_port(
    slack: FakeSlack, observed: Observed, clock: FakeClock
) -> None:
    bot, url = observed.bot, observed.bot.running.url
    before = await scrape(url)
    assert value(before, "prepdrip_commands_handled_total", platform="slack", command="/coach today") == 0

    await onboard(bot)
    await bot.command("today")
    await bot.wait_dm("*Theory*")
    await bot.say(THEORY_ANSWER)
    await bot.wait_dm("*Feedback*")
    during = await scrape(url)

    assert value(during, "prepdrip_commands_handled_total", platform="slack", command="/coach start") == 1
    assert value(during, "prepdrip_commands_handled_total", platform="slack", command="/coach today") == 1
    assert value(during, "prepdrip_command_seconds_count", platform="slack", command="/coach today") == 1
    typed = value(during, "prepdrip_commands_handled_total", platform="slack", command="text")
    pressed = value(during, "prepdrip_commands_handled_total", platform="slack", command="button")
    assert (typed, pressed) == (7, 2)  # onboarding: 3 answers + date, zone, time typed; Q1 and level pressed
    assert value(during, "prepdrip_grader_seconds_count", kind="theory") == 1
    assert value(during, "prepdrip_grader_seconds_sum", kind="theory") > 0
    assert value(during, "prepdrip_messages_sent_total", platform="slack", kind="reply") >= 12
    assert value(during, "prepdrip_outbox_messages", state="pending") == 0

    # the next morning's drip: the first send meets two 429s (slack_sdk waits out one), the retry goes out
    clock.advance(days=1, minutes=31)
    assert observed.coach.outbox is not None
    dispatcher = Dispatcher(observed.coach.outbox, {"slack": bot.runtime.sender}, clock, telemetry=observed.metrics)
    slack.rate_limit("chat.postMessage", retry_after=1, times=2)
    first = await drip_tick(observed.coach, dispatcher, clock)
    assert first.retried == 1
    waiting = await scrape(url)
    assert value(waiting, "prepdrip_outbox_messages", state="pending") == 1
    assert value(waiting, "prepdrip_rate_limit_waits_total", platform="slack", source="platform") == 1
    assert (
        value(waiting, "prepdrip_delivery_failures_total", platform="slack", reason="ratelimited", final="false") == 1
    )
    clock.advance(seconds=90)
    assert value(await scrape(url), "prepdrip_drip_lag_seconds") >= 88  # ready since its Retry-After
    second = await dispatcher.drain()
    after = await scrape(url)

    assert second.sent == 1
    assert value(after, "prepdrip_messages_sent_total", platform="slack", kind="drip") == 1
    assert value(after, "prepdrip_outbox_messages", state="sent") == 1
    assert value(after, "prepdrip_outbox_messages", state="pending") == 0
    assert value(after, "prepdrip_drip_lag_seconds") == 0
    assert value(after, "prepdrip_database_up") == 1
    assert value(after, "prepdrip_platform_connected", platform="slack") == 1


def test_each_app_has_its_own_registry_and_none_uses_the_global_one() -> None:
    from prometheus_client import REGISTRY

    a, b = Metrics(), Metrics()
    a.sent("slack", "drip")
    assert a.messages_sent.labels("slack", "drip")._value.get() == 1
    assert b.messages_sent.labels("slack", "drip")._value.get() == 0
    assert not [m for m in REGISTRY.collect() if m.name.startswith("prepdrip")]
