"""Logging for a bot process: plain lines, or with ``LOG_FORMAT=json`` one JSON object a line, each with
the platform, workspace and request id of the work it belongs to.

What is never written, whatever the level: the configured secrets (tokens, signing and client secrets,
the database password) and anything shaped like a Slack or Discord token or a password in a URL, all
replaced by ``[redacted]``; and what users write. Our own lines never carry message text; the libraries'
DEBUG lines carry whole requests and gateway frames (users' answers, the coach's replies, SQL parameters),
so those loggers stay at INFO or above even when ``LOG_LEVEL=DEBUG`` (SQLAlchemy, whose INFO has the
statements' parameters, at WARNING).

The request context lives in ``contextvars``: set where a request or a scheduled send starts, it follows
that task and the tasks it creates, and no other.
"""

from __future__ import annotations

import json
import logging
import re
import sys
from collections.abc import Iterable
from contextvars import ContextVar
from datetime import UTC, datetime
from typing import IO, Any
from uuid import uuid4

REDACTED = "[redacted]"
#: libraries whose DEBUG output holds request bodies, gateway frames or message payloads: INFO at most
WIRE_LOGGERS = ("slack_bolt", "slack_sdk", "discord", "aiohttp", "asyncio", "apscheduler", "urllib3")
#: database drivers log statements with their parameters (answers, installations' tokens): WARNING at most
QUIET_LOGGERS = ("sqlalchemy", "aiosqlite", "asyncpg")
FIELDS = ("platform", "workspace", "request_id")
HANDLER_NAME = "prepdrip"

TOKEN_SHAPES = re.compile(
    r"xox[a-z]-[A-Za-z0-9-]+"  # Slack bot, user, refresh tokens
    r"|xapp-[A-Za-z0-9-]+"  # Slack app-level tokens
    r"|[A-Za-z0-9_-]{23,28}\.[A-Za-z0-9_-]{6,7}\.[A-Za-z0-9_-]{27,}"  # Discord bot tokens
    r"|(?<=Bot )[A-Za-z0-9._-]{20,}|(?<=Bearer )[A-Za-z0-9._~+/=-]{12,}"  # Authorization headers
    r"|(?<=://)[^/:@\s]+:[^/@\s]+(?=@)"  # user:password@ in a URL
)

_platform: ContextVar[str | None] = ContextVar("prepdrip_platform", default=None)
_workspace: ContextVar[str | None] = ContextVar("prepdrip_workspace", default=None)
_request_id: ContextVar[str | None] = ContextVar("prepdrip_request_id", default=None)


def set_context(platform: str | None = None, workspace: str | None = None, request_id: str | None = None) -> str:
    """Tag what this task logs from here on (a new request id when none is given); returns the id.
    Set at the start of a task that is one request: a copy of the context is that task's own."""
    rid = request_id or uuid4().hex[:12]
    _platform.set(platform)
    _workspace.set(workspace)
    _request_id.set(rid)
    return rid


def context() -> dict[str, str]:
    values = {"platform": _platform.get(), "workspace": _workspace.get(), "request_id": _request_id.get()}
    return {k: v for k, v in values.items() if v}


class Redactor:
    """Replaces the given secrets and anything token-shaped."""

    def __init__(self, secrets: Iterable[str | None] = ()) -> None:
        # longest first, so a secret containing another is replaced whole; short values would hit words
        self.secrets = sorted({s for s in secrets if s and len(s) >= 6}, key=len, reverse=True)

    def __call__(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, REDACTED)
        return TOKEN_SHAPES.sub(REDACTED, text)


class ContextFilter(logging.Filter):
    """Adds the request context to each record and redacts its message (args included)."""

    def __init__(self, redact: Redactor) -> None:
        super().__init__()
        self.redact = redact

    def filter(self, record: logging.LogRecord) -> bool:
        for key, value in context().items():
            setattr(record, key, value)
        try:
            message = record.getMessage()
        except Exception:  # a bad format string: keep what there is
            message = str(record.msg)
        record.msg, record.args = self.redact(message), None
        return True


class JsonFormatter(logging.Formatter):
    """One JSON object a line: ts (UTC), level, logger, message, the context, and exc for tracebacks."""

    def __init__(self, redact: Redactor) -> None:
        super().__init__()
        self.redact = redact

    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, Any] = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": self.redact(record.getMessage()),
        }
        for key in FIELDS:
            if getattr(record, key, None):
                line[key] = getattr(record, key)
        if record.exc_info:
            line["exc"] = self.redact(self.formatException(record.exc_info))
        return json.dumps(line, ensure_ascii=False)


class TextFormatter(logging.Formatter):
    def __init__(self, redact: Redactor) -> None:
        super().__init__("%(asctime)s %(levelname)s %(name)s%(where)s: %(message)s")
        self.redact = redact

    def format(self, record: logging.LogRecord) -> str:
        tags = " ".join(f"{k}={getattr(record, k)}" for k in FIELDS if getattr(record, k, None))
        record.where = f" [{tags}]" if tags else ""
        return self.redact(super().format(record))


def configure_logging(
    level: str = "WARNING", fmt: str = "text", secrets: Iterable[str | None] = (), stream: IO[str] | None = None
) -> logging.Handler:
    """One handler on ``stream`` (standard error) for the root logger, replacing the one an earlier call
    installed (handlers others added, such as pytest's, stay). Returns the handler."""
    redact = Redactor(secrets)
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(JsonFormatter(redact) if fmt == "json" else TextFormatter(redact))
    handler.addFilter(ContextFilter(redact))
    handler.set_name(HANDLER_NAME)
    root = logging.getLogger()
    for old in [h for h in root.handlers if h.get_name() == HANDLER_NAME]:
        root.removeHandler(old)
    root.addHandler(handler)
    logging.captureWarnings(True)  # Python's warnings as log lines too (one JSON object a line)
    numeric = logging.getLevelName(level.upper())
    root.setLevel(numeric if isinstance(numeric, int) else logging.WARNING)
    for name in WIRE_LOGGERS:
        logging.getLogger(name).setLevel(max(root.level, logging.INFO))
    for name in QUIET_LOGGERS:
        logging.getLogger(name).setLevel(max(root.level, logging.WARNING))
    return handler
