"""Configuration from the environment and ``.env`` (see ``.env.example`` for every variable)."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from platformdirs import user_data_path
from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


def default_data_dir() -> Path:
    # platformdirs follows XDG_DATA_HOME on Linux
    return user_data_path("prepdrip", appauthor=False)


class Settings(BaseSettings):
    # an empty value (`DISCORD_DEV_GUILD=` as in .env.example, or an empty variable in a container) is unset
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore", env_ignore_empty=True)

    database_url: str | None = Field(default=None, description="SQLAlchemy URL; default SQLite in the data dir")
    data_dir: Path | None = None
    content_dirs: str = Field(default="", description="extra content packs, separated by ':'")
    desired_retention: float = 0.9
    log_level: str = "WARNING"
    log_format: Literal["text", "json"] = "text"
    charts: bool = True

    slack_bot_token: str | None = None
    slack_app_token: str | None = None
    slack_signing_secret: str | None = None
    slack_api_url: str = "https://slack.com/api/"
    slack_client_id: str | None = None
    slack_client_secret: str | None = None
    slack_redirect_uri: str | None = None
    discord_token: str | None = None
    discord_api_url: str | None = None
    discord_gateway_url: str | None = None
    discord_dev_guild: int | None = Field(default=None, description="register commands in this server only")
    discord_shards: str | None = Field(default=None, description="a shard count, or auto")
    discord_shard_ids: str | None = Field(default=None, description="shards this process runs: 0-3 or 0,2")
    discord_groups: Literal["server", "channel"] = "server"
    discord_members_intent: bool = Field(
        default=False,
        description="ask for the privileged GUILD_MEMBERS intent (enable it in the Developer Portal first), "
        "so a member who leaves a server leaves its study groups at once",
    )
    port: int = 3000
    metrics_port: int = 9108  # /healthz and /metrics, whatever the platforms
    tick_seconds: int = 60
    mock_links: str = Field(default="", description="where to book a mock interview, separated by ' | '")
    dispatch_seconds: float = 2.0
    dispatch_batch: int = 200  # messages claimed per round
    dispatch_concurrency: int = 32  # sends in flight at once
    dispatch_lease_seconds: float = 120.0  # a claimed message is reclaimable after this (crash recovery)
    slack_messages_per_second: float = 20.0
    # where drill code runs (bot/runner/choose.py): auto | sandbox | remote | local | off
    code_runner: str = "auto"
    code_runner_url: str | None = Field(
        default=None, description="a Piston-compatible service, e.g. http://piston:2000"
    )
    code_runner_concurrency: int = 4  # runs at once in this process; the rest queue
    discord_messages_per_second: float = 45.0
    # the optional LLM judge (bot/grader_llm.py): nothing is sent anywhere unless the URL is set
    grader_llm_url: str | None = Field(
        default=None, description="an OpenAI-compatible endpoint, e.g. https://api.openai.com/v1"
    )
    grader_llm_model: str = "gpt-4o-mini"
    grader_llm_api_key: str | None = None
    grader_llm_timeout: float = 8.0  # seconds; on a time-out the local grade stands
    # all: the judge's quoted verdicts replace the local ones; contradictions: it may only add a contradiction
    grader_llm_trust: Literal["all", "contradictions"] = "all"
    retention_days: int = Field(default=30, ge=0, description="days a removed workspace's data is kept")

    @field_validator("code_runner")
    @classmethod
    def _code_runner(cls, v: str) -> str:
        from bot.runner.choose import CHOICES  # a typo here was logged at INFO only: drills silently self-checked

        if v.strip().lower() not in CHOICES:
            raise ValueError(f"CODE_RUNNER is one of {', '.join(CHOICES)}")
        return v.strip().lower()

    @field_validator("desired_retention")
    @classmethod
    def _retention(cls, v: float) -> float:
        if not 0.7 <= v <= 0.99:
            raise ValueError("DESIRED_RETENTION must be between 0.70 and 0.99")
        return v

    def resolved_data_dir(self) -> Path:
        return self.data_dir or default_data_dir()

    def resolved_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        d = self.resolved_data_dir()
        try:
            d.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            from bot.store.db import DatabaseUnavailable

            raise DatabaseUnavailable(
                f"Cannot create the data directory {d} ({e.strerror or e}), where the SQLite database lives: "
                "set DATA_DIR to a directory this user may write, or DATABASE_URL."
            ) from None
        return f"sqlite+aiosqlite:///{d / 'prepdrip.db'}"

    def content_paths(self) -> list[Path]:
        from bot.core.curriculum import default_content_dir

        extra = [Path(p) for p in self.content_dirs.split(":") if p.strip()]
        return [default_content_dir(), *extra]

    def mock_link_list(self) -> tuple[str, ...]:
        return tuple(x.strip() for x in self.mock_links.split("|") if x.strip())

    def platform_problems(self) -> list[str]:
        """What is missing from a half-configured platform, one friendly line each."""
        out = []
        oauth = self.slack_client_id or self.slack_client_secret
        slack_any = self.slack_bot_token or self.slack_app_token or self.slack_signing_secret or oauth
        if oauth:
            if not self.slack_client_id:
                out.append("Slack: SLACK_CLIENT_ID is missing (Basic Information → App Credentials).")
            if not self.slack_client_secret:
                out.append("Slack: SLACK_CLIENT_SECRET is missing (Basic Information → App Credentials).")
            if not self.slack_signing_secret:
                out.append(
                    "Slack: SLACK_SIGNING_SECRET is missing: installing into several workspaces (OAuth) needs "
                    "HTTP mode, which verifies every request with it (Basic Information → App Credentials)."
                )
        elif slack_any and not self.slack_bot_token:
            out.append("Slack: SLACK_BOT_TOKEN is missing (the bot token, xoxb-…, from OAuth & Permissions).")
        elif self.slack_bot_token and not (self.slack_app_token or self.slack_signing_secret):
            out.append(
                "Slack: SLACK_BOT_TOKEN is set, but Slack also needs SLACK_APP_TOKEN (xapp-…, for Socket Mode) "
                "or SLACK_SIGNING_SECRET (for HTTP mode)."
            )
        if (self.discord_api_url or self.discord_gateway_url) and not self.discord_token:
            out.append("Discord: DISCORD_TOKEN is missing (the bot token from the Developer Portal's Bot page).")
        shards = (self.discord_shards or "").strip().lower()
        if shards and shards != "auto" and not shards.isdigit():
            out.append(f"Discord: DISCORD_SHARDS is a number of shards or `auto`, not {self.discord_shards!r}.")
        if self.discord_shard_ids and not shards.isdigit():
            out.append("Discord: DISCORD_SHARD_IDS needs DISCORD_SHARDS set to the total number of shards.")
        elif self.discord_shard_ids:
            try:
                ids = self.discord_shard_id_list() or []
                if any(i >= int(shards) for i in ids):
                    out.append(f"Discord: DISCORD_SHARD_IDS names shards beyond DISCORD_SHARDS={shards}.")
            except ValueError:
                out.append(f"Discord: DISCORD_SHARD_IDS is like 0-3 or 0,2, not {self.discord_shard_ids!r}.")
        return out

    def slack_oauth(self) -> bool:
        """Several workspaces: bolt's OAuth flow with the installations in our database."""
        return bool(self.slack_client_id and self.slack_client_secret and self.slack_signing_secret)

    def discord_shard_id_list(self) -> list[int] | None:
        """``DISCORD_SHARD_IDS`` as a list: ``0-3``, ``4,5,7`` or ``0-1,4``; None when unset."""
        text = self.discord_shard_ids
        if not text or not text.strip():
            return None
        out: list[int] = []
        for part in text.split(","):
            lo, _, hi = part.strip().partition("-")
            out += range(int(lo), int(hi or lo) + 1)
        return sorted(set(out))

    def secrets(self) -> list[str]:
        """Values that must never reach a log line: tokens, secrets, the LLM judge's API key, the database password."""
        from sqlalchemy.engine import make_url

        values = [self.slack_bot_token, self.slack_app_token, self.slack_signing_secret, self.slack_client_secret]
        values += [self.discord_token, self.grader_llm_api_key]
        if self.database_url:
            try:
                values.append(make_url(self.database_url).password)  # type: ignore[arg-type]
            except Exception:  # not a URL SQLAlchemy reads: the engine will say so
                pass
        return [v for v in values if v]

    def platforms(self) -> list[str]:
        out = []
        if self.slack_oauth() or (self.slack_bot_token and (self.slack_app_token or self.slack_signing_secret)):
            out.append("slack")
        if self.discord_token:
            out.append("discord")
        return out
