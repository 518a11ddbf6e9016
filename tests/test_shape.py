"""The code's shape: small modules and classes, so changing one behaviour means opening one file."""

from __future__ import annotations

import ast
from pathlib import Path

BOT = Path(__file__).resolve().parents[1] / "bot"


def _sources() -> list[Path]:
    return [p for p in BOT.rglob("*.py") if "migrations" not in p.parts]


def test_no_module_in_bot_is_above_500_lines() -> None:
    big = {str(p.relative_to(BOT)): n for p in _sources() if (n := len(p.read_text().splitlines())) > 500}
    assert not big, big


def test_no_class_is_above_300_lines() -> None:
    big = {}
    for p in _sources():
        for node in ast.walk(ast.parse(p.read_text())):
            if isinstance(node, ast.ClassDef) and node.end_lineno and node.end_lineno - node.lineno + 1 > 300:
                big[f"{p.relative_to(BOT)}:{node.name}"] = node.end_lineno - node.lineno + 1
    assert not big, big


def test_the_core_imports_no_platform_database_or_scheduler() -> None:
    banned = ("slack_bolt", "slack_sdk", "discord", "sqlalchemy", "apscheduler", "prompt_toolkit", "prometheus_client")
    for p in (BOT / "core").rglob("*.py"):
        for node in ast.walk(ast.parse(p.read_text())):
            if isinstance(node, ast.Import | ast.ImportFrom):
                names = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""]
                assert not any(n.split(".")[0] in banned for n in names), f"{p}: {names}"
