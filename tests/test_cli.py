"""The `prepdrip` command as a user runs it: piped console sessions, state across runs, grading."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.solutions import KFOLD_RIGHT

DONE_WHEN = "/coach start\nyes\nyes\nno\nno\n2027-06-30\nEurope/Berlin\n08:30\nsenior\n/coach plan\n/readiness\n"


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    e = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "DISCORD_", "DATABASE_URL"))}
    e["XDG_DATA_HOME"] = str(tmp_path / "xdg")
    e["MPLBACKEND"] = "Agg"
    return e


def prepdrip(env: dict[str, str], *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=Path(__file__).resolve().parents[1],
    )


def test_done_when_transcript(env: dict[str, str], tmp_path: Path) -> None:
    r = prepdrip(env, "console", "--user", "ada", stdin=DONE_WHEN)
    assert r.returncode == 0, r.stderr
    out = r.stdout
    for n in range(1, 5):
        assert f"Question {n} of 4" in out
    assert "You start in Phase 2" in out and "Why:" in out
    assert "Phase 3: ML system design" in out and "2027" in out  # a plan with dates
    assert "Next 7 drills (Europe/Berlin)" in out
    assert (
        "Readiness — ada" in out
        and "*" not in out.split("Readiness — ada")[0][-3:]
        and "Behavioral + mock" in out
        and "Ready-to-interview checklist" in out
    )
    chart = next(line for line in out.splitlines() if line.startswith("Chart: ")).removeprefix("Chart: ")
    assert Path(chart).is_file() and Path(chart).read_bytes()[:4] == b"\x89PNG"
    assert (tmp_path / "xdg" / "prepdrip" / "prepdrip.db").is_file()  # the embedded SQLite default


def test_state_persists_between_runs(env: dict[str, str]) -> None:
    prepdrip(env, "console", "--user", "ada", stdin=DONE_WHEN)
    r = prepdrip(env, "console", "--user", "ada", stdin="/coach settings\n")
    assert "Europe/Berlin" in r.stdout and "2027-06-30" in r.stdout
    r = prepdrip(env, "console", "--user", "bob", stdin="/coach plan\n")
    assert "/coach start" in r.stdout  # another user starts fresh


def test_fenced_block_is_one_message_and_the_drill_is_run(env: dict[str, str]) -> None:
    script = (
        "/coach start\nyes\nno\nno\nno\nnone\nUTC\n09:00\njunior\n/coach practice cd-kfold-01\n"
        f"```\n{KFOLD_RIGHT}```\nmore\ngood\n"
    )
    r = prepdrip(env, "console", stdin=script)
    assert r.returncode == 0, r.stderr
    assert "Running your tests" in r.stdout and "Tests: 5 of 5 passed" in r.stdout
    assert "Reference solution" in r.stdout and "✅ Passed" in r.stdout


def test_grade_json(env: dict[str, str]) -> None:
    r = prepdrip(env, "grade", "th-bv-01", "--json", stdin="Bias is underfitting, variance is overfitting.")
    assert r.returncode == 0, r.stderr
    g = json.loads(r.stdout)
    assert g["prompt_id"] == "th-bv-01" and g["kind"] == "theory"
    assert set(g) >= {"covered", "missed", "score"} and 0 <= g["score"] <= 1
    r = prepdrip(env, "grade", "sd-fraud-01", "--json", stdin="Metric: PR AUC. Baseline: logistic regression.")
    g = json.loads(r.stdout)
    assert "check:metric" in g["covered"] and "check:rollback" in g["missed"]
    r = prepdrip(env, "grade", "bh-fail-01", "--json", stdin="We fixed it.")
    assert "ownership" in json.loads(r.stdout)["missed"]
    r = prepdrip(env, "grade", "no-such-prompt")
    assert r.returncode == 2 and "No prompt" in r.stderr


def test_run_without_tokens_or_a_terminal_names_the_variables_and_console_still_reads_a_pipe(
    env: dict[str, str],
) -> None:
    r = prepdrip(env, "run", stdin="/coach help\n")  # a container: no token, no terminal
    assert r.returncode == 2 and r.stdout == ""
    for variable in ("SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "SLACK_SIGNING_SECRET", "DISCORD_TOKEN"):
        assert variable in r.stderr
    assert "prepdrip console" in r.stderr and "Traceback" not in r.stderr
    r = prepdrip(env, "console", stdin="/coach help\n")
    assert r.returncode == 0 and "PrepDrip commands" in r.stdout


def test_console_markup_is_plain_when_piped_and_code_is_untouched() -> None:
    from bot.adapters.console import format_markup

    assert format_markup("*Phase 2* and _why_", ansi=False) == "Phase 2 and why"
    assert "\033[1mPhase 2\033[0m" in format_markup("*Phase 2*", ansi=True)
    code = "```\ndef f(*args, **kw):\n    snake_case_x = 2 * 3\n```"
    assert format_markup(code, ansi=False) == code


def test_runner_says_where_drill_code_runs_and_checks_it(env: dict[str, str]) -> None:
    r = prepdrip(env, "runner", "--console")
    assert r.returncode == 0, r.stdout + r.stderr
    assert "Tests: 5 of 5 passed" in r.stdout and ("bubblewrap sandbox" in r.stdout or "locally" in r.stdout)
    assert "*Tests" not in r.stdout  # the chat's *bold* markup is plain text in a terminal or a pipe
    r = prepdrip({**env, "CODE_RUNNER": "off"}, "runner")
    assert r.returncode == 1 and "drills are self-checked" in r.stdout


def test_drip_now_for_a_named_learner_says_why_none_goes(env: dict[str, str]) -> None:
    r = prepdrip(env, "drip", "--now", "--user", "console:local:ghost")  # nobody by that name
    assert r.returncode == 1 and "No learner console:local:ghost" in r.stderr
    assert "has had today's drip" not in r.stdout
    prepdrip(env, "console", "--user", "ada", stdin=DONE_WHEN + "/coach pause\n")
    r = prepdrip(env, "drip", "--now", "--user", "console:local:ada")
    assert r.returncode == 1 and "paused" in r.stderr
    prepdrip(env, "console", "--user", "ada", stdin="/coach resume\n")
    r = prepdrip(env, "drip", "--now", "--user", "console:local:ada")
    assert r.returncode == 0 and "── to ada (drip) ──" in r.stdout
