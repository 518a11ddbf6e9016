"""`prepdrip …` run in this process, as the operators' commands are tested (on a database in the temporary
data directory of the ``data_dir`` fixture, in conftest.py)."""

from __future__ import annotations

import io

import pytest

from bot.cli import main


def prepdrip(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *args: str, stdin: str = ""
) -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    capsys.readouterr()
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err
