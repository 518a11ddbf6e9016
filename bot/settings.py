"""Configuration from the environment and ``.env`` (see ``.env.example`` for every variable)."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_data_path
from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


def default_data_dir() -> Path:
    # platformdirs follows XDG_DATA_HOME on Linux
    return user_data_path("prepdrip", appauthor=False)


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    database_url: str | None = Field(default=None, description="SQLAlchemy URL; default SQLite in the data dir")
    data_dir: Path | None = None
    content_dirs: str = Field(default="", description="extra content packs, separated by ':'")
    desired_retention: float = 0.9
    log_level: str = "WARNING"
    charts: bool = True

    slack_bot_token: str | None = None
    slack_app_token: str | None = None
    slack_signing_secret: str | None = None
    slack_api_url: str = "https://slack.com/api/"
    discord_token: str | None = None
    discord_api_url: str | None = None
    discord_gateway_url: str | None = None
    port: int = 3000
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
        d.mkdir(parents=True, exist_ok=True)
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
        slack_any = self.slack_bot_token or self.slack_app_token or self.slack_signing_secret
        if slack_any and not self.slack_bot_token:
            out.append("Slack: SLACK_BOT_TOKEN is missing (the bot token, xoxb-…, from OAuth & Permissions).")
        elif self.slack_bot_token and not (self.slack_app_token or self.slack_signing_secret):
            out.append(
                "Slack: SLACK_BOT_TOKEN is set, but Slack also needs SLACK_APP_TOKEN (xapp-…, for Socket Mode) "
                "or SLACK_SIGNING_SECRET (for HTTP mode)."
            )
        if (self.discord_api_url or self.discord_gateway_url) and not self.discord_token:
            out.append("Discord: DISCORD_TOKEN is missing (the bot token from the Developer Portal's Bot page).")
        return out

    def platforms(self) -> list[str]:
        out = []
        if self.slack_bot_token and (self.slack_app_token or self.slack_signing_secret):
            out.append("slack")
        if self.discord_token:
            out.append("discord")
        return out
