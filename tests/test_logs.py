"""Structured logs: `prepdrip run` with LOG_FORMAT=json at DEBUG, a full exchange over the fake Slack
and over the fake Discord (onboarding, a prompt, a typed answer): every line is one JSON object, lines
of a request carry its platform, workspace and request id, and neither a token, a secret nor the
learner's answer appears anywhere in what the process wrote."""

from __future__ import annotations

import asyncio
import io
import json
import logging
import signal
from collections.abc import AsyncIterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from bot.logs import REDACTED, ContextFilter, JsonFormatter, Redactor, set_context
from tests.fakes.discord_fake import FakeDiscord, running_fake_discord
from tests.fakes.slack import BOT_TOKEN, SIGNING_SECRET, FakeSlack
from tests.processes import bot_env, free_port, healthy, launch
from tests.slack_support import SlackBot
from tests.test_slack_app import THEORY_ANSWER, onboard

MARKER = "quokkafrost"  # a word no log line has a reason to contain, inside the learner's answer
ANSWER = THEORY_ANSWER + f" I once saw this on the {MARKER} ranking model."


def run_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    return (
        bot_env(tmp_path, drop=("LOG_",), LOG_LEVEL="DEBUG", LOG_FORMAT="json", METRICS_PORT=str(free_port())) | extra
    )


async def stop(process: asyncio.subprocess.Process, log: Path) -> str:
    if process.returncode is None:
        process.send_signal(signal.SIGTERM)
    await asyncio.wait_for(process.wait(), 30)
    written = await asyncio.to_thread(log.read_text)
    assert process.returncode == 0, written[-3000:]
    return written


def json_lines(written: str) -> list[dict[str, Any]]:
    """Every log line parsed; the only other lines are the start-up notices `prepdrip run` prints."""
    lines = []
    for line in written.splitlines():
        if line.startswith("PrepDrip is on"):
            continue
        lines.append(json.loads(line))  # fails on any line that is not one JSON object
    return lines


def assert_nothing_secret(written: str, *secrets: str) -> None:
    for secret in (*secrets, MARKER):
        assert secret not in written, f"{secret!r} was logged"


async def test_slack_exchange_logs_json_with_context_and_no_token_or_answer(slack: FakeSlack, tmp_path: Path) -> None:
    port = free_port()
    env = run_env(
        tmp_path,
        SLACK_BOT_TOKEN=BOT_TOKEN,
        SLACK_SIGNING_SECRET=SIGNING_SECRET,
        SLACK_API_URL=slack.base_url,
        PORT=str(port),
    )
    process = await launch(env, log=tmp_path / "bot.log")
    try:
        await healthy(f"http://127.0.0.1:{port}/healthz", process)
        bot = SlackBot(slack, SimpleNamespace(url=f"http://127.0.0.1:{port}"), [])  # type: ignore[arg-type]
        await onboard(bot)
        await bot.command("today")
        await bot.wait_dm("*Theory*")
        await bot.say(ANSWER)
        await bot.wait_dm("*Feedback*")
    finally:
        written = await stop(process, tmp_path / "bot.log")

    assert_nothing_secret(written, BOT_TOKEN, SIGNING_SECRET)
    lines = json_lines(written)
    assert len(lines) > 20 and {"ts", "level", "logger", "message"} <= set(lines[0])
    assert {line["level"] for line in lines} >= {"DEBUG", "INFO"}
    tagged = [line for line in lines if line.get("platform") == "slack"]
    assert tagged and all(line.get("workspace") and line.get("request_id") for line in tagged)
    assert any(line["request_id"].startswith("Ev") for line in tagged)  # Slack's event id


@pytest.fixture
async def fake() -> AsyncIterator[FakeDiscord]:
    async with running_fake_discord(heartbeat_interval=1.0) as fake:
        yield fake


async def test_discord_exchange_logs_json_with_context_and_no_token_or_answer(
    fake: FakeDiscord, tmp_path: Path
) -> None:
    ada = fake.add_user("ada")
    env = run_env(
        tmp_path, DISCORD_TOKEN=fake.token, DISCORD_API_URL=fake.api_url, DISCORD_GATEWAY_URL=fake.gateway_url
    )
    process = await launch(env, log=tmp_path / "bot.log")
    dm = fake.dm_channel(ada)

    async def say(text: str, expect: str) -> None:
        seen = len(fake.messages(dm))
        await fake.message_create(ada, text)
        await fake.wait_until(
            lambda: any(expect in m["content"] for m in fake.messages(dm)[seen:]), 30.0, f"a reply with {expect!r}"
        )

    try:
        await fake.wait_until(lambda: bool(fake.commands()), 60.0, "the bot to connect and sync")
        await fake.wait_for_frame(t="READY", timeout=30.0)
        await say("/coach start", "Question 1 of 4")
        for n in (2, 3, 4):
            await say("no", f"Question {n} of 4")
        await say("no", "When is your interview")
        await say("none", "Which timezone")
        await say("Europe/Berlin", "What time")
        await say("08:30", "level")
        await say("senior", "All set")
        await say("/coach today", "Theory")
        await say(ANSWER, "Feedback")
    finally:
        written = await stop(process, tmp_path / "bot.log")

    assert_nothing_secret(written, fake.token)
    lines = json_lines(written)
    tagged = [line for line in lines if line.get("platform") == "discord"]
    assert tagged and all(line.get("request_id") for line in tagged)
    assert any(line["logger"].startswith("discord") for line in lines)  # the library's lines come through too


# ---- the pieces ------------------------------------------------------------------------------------


def test_redactor_hides_configured_secrets_and_anything_token_shaped() -> None:
    redact = Redactor(["s3cret-signing-value", None, ""])
    shaped = "xoxb-" + "1234-5678-abcd"  # assembled here so this file holds no token-shaped literal
    line = redact(f"posting with {shaped} and s3cret-signing-value to postgresql://bot:hunter22@db/x")
    assert line == f"posting with {REDACTED} and {REDACTED} to postgresql://{REDACTED}@db/x"
    assert redact("Authorization: Bot " + "a" * 30) == f"Authorization: Bot {REDACTED}"
    assert redact("/coach today for U0LEARNER") == "/coach today for U0LEARNER"  # ids are not secrets


def test_settings_name_their_secrets_the_database_password_included() -> None:
    from bot.settings import Settings

    settings = Settings(  # type: ignore[call-arg]
        _env_file=None,
        slack_bot_token="xoxb-test-not-a-token",
        slack_signing_secret="signing-not-real",
        discord_token="discord-not-real",
        database_url="postgresql+asyncpg://bot:pg-pass-not-real@db:5432/prepdrip",
        grader_llm_api_key="llm-key-not-real",
    )
    assert set(settings.secrets()) == {
        "xoxb-test-not-a-token",
        "signing-not-real",
        "discord-not-real",
        "pg-pass-not-real",
        "llm-key-not-real",
    }


async def test_each_task_logs_its_own_context() -> None:
    """The pieces `configure_logging` puts on the root logger, here on a logger of the test's own (the
    root's handlers and levels are the whole process's; the subprocess tests above cover the rest)."""
    stream = io.StringIO()
    redact = Redactor(["s3cret-value"])
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter(redact))
    handler.addFilter(ContextFilter(redact))
    log = logging.getLogger("prepdrip.test.context")
    log.propagate, log.level = False, logging.INFO
    log.addHandler(handler)

    async def request(n: int) -> None:
        set_context("slack", f"T{n}", f"req-{n}")
        await asyncio.sleep(0)
        log.info("handled %s with s3cret-value", n)

    try:
        await asyncio.gather(request(1), request(2))
        log.info("outside any request")
    finally:
        log.removeHandler(handler)
    lines = [json.loads(x) for x in stream.getvalue().splitlines()]
    by_id = {line.get("request_id"): line for line in lines}
    assert by_id["req-1"]["workspace"] == "T1" and by_id["req-2"]["workspace"] == "T2"
    assert by_id["req-1"]["message"] == f"handled 1 with {REDACTED}"
    assert "request_id" not in by_id[None] and by_id[None]["message"] == "outside any request"
