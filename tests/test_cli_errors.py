"""What an operator sees when a `prepdrip` command cannot do its job: a database that is down, missing or
not a database URL, an unknown prompt id, a learner who is not there, output piped into `head`. One
sentence that says what to check and an exit status; never a traceback or the database password."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import main
from tests.cli_support import prepdrip
from tests.conftest import PG_URL

ROOT = Path(__file__).resolve().parents[1]
ONBOARD = "/coach start\nno\nno\nno\nno\n2027-06-30\nEurope/Berlin\n08:30\nsenior\n"


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.mark.parametrize("command", [["migrate"], ["outbox"], ["console"], ["grade-disputes"], ["drip", "--now"]])
def test_a_postgresql_that_is_down_is_one_sentence_without_the_password(
    command: list[str], data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DATABASE_URL", f"postgresql+asyncpg://prep:s3cret-pw@127.0.0.1:{closed_port()}/prepdrip")
    status, out, err = prepdrip(monkeypatch, capsys, *command)
    assert status == 1 and out == ""
    assert err.startswith("Cannot reach the database at postgresql+asyncpg://prep:***@127.0.0.1:")
    assert "Is PostgreSQL running" in err and "s3cret-pw" not in err and len(err.splitlines()) == 1


@pytest.mark.parametrize(
    ("url", "said"),
    [
        ("not a url at all:s3cret-pw", "DATABASE_URL is not a database URL. Use postgresql+asyncpg://"),
        ("mysql://prep:s3cret-pw@db/prepdrip", "DATABASE_URL names a database PrepDrip cannot use (mysql://prep:***@"),
        ("sqlite+aiosqlite:////no/such/directory/prepdrip.db", "the directory /no/such/directory does not exist"),
    ],
)
def test_a_database_url_it_cannot_use_is_named_with_what_to_use_instead(
    url: str, said: str, data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DATABASE_URL", url)
    for command in (["migrate"], ["outbox"], ["backup", str(data_dir / "copy.db")]):
        status, _, err = prepdrip(monkeypatch, capsys, *command)
        assert "s3cret-pw" not in err and "Traceback" not in err, (command, err)
        if command[0] == "backup" and not url.startswith("not"):  # it reads no database: its own answers
            assert status in (1, 2) and ("There is no database" in err or "copies a SQLite database" in err)
            continue
        assert status == 1 and said in err, (command, err)


@pytest.mark.skipif(not PG_URL, reason="TEST_DATABASE_URL not set")
def test_a_postgresql_database_that_does_not_exist_says_so(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from sqlalchemy.engine import make_url

    assert PG_URL
    monkeypatch.setenv("DATABASE_URL", make_url(PG_URL).set(database="prepdrip_no_such_db").render_as_string(False))
    status, _, err = prepdrip(monkeypatch, capsys, "migrate")
    assert status == 1 and 'database "prepdrip_no_such_db" does not exist' in err and "Check DATABASE_URL" in err


def test_grade_an_unknown_prompt_suggests_the_close_ids_and_an_empty_answer_is_refused(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = prepdrip(monkeypatch, capsys, "grade", "th-bv-1", stdin="Bias is underfitting.")
    assert status == 2 and out == "" and "No prompt 'th-bv-1'. Did you mean th-bv-01" in err
    status, _, err = prepdrip(monkeypatch, capsys, "grade", "sd-fraud", stdin="x")
    assert status == 2 and err.strip() == "No prompt 'sd-fraud'. Did you mean sd-fraud-01?"
    status, _, err = prepdrip(monkeypatch, capsys, "grade", "zzzz", stdin="x")
    assert status == 2 and "Ids look like th-bv-01" in err
    status, out, err = prepdrip(monkeypatch, capsys, "grade", "th-bv-01", stdin="  \n")
    assert status == 2 and out == "" and "No answer to grade" in err and "< answer.txt" in err
    status, out, err = prepdrip(monkeypatch, capsys, "grade", "sd-fraud-01", "--follow-up", stdin="Metric: PR AUC.")
    assert status == 2 and out == "" and "sd-fraud-01 is a system design prompt: only theory prompts" in err


def test_drip_for_a_learner_who_is_not_there_or_not_onboarded_says_so(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("CODE_RUNNER", "off")
    status, _, err = prepdrip(monkeypatch, capsys, "drip", "--now", "--user", "console:local:ghost")
    assert status == 1 and "No learner console:local:ghost." in err
    assert prepdrip(monkeypatch, capsys, "console", "--user", "bob", stdin="/coach start\nyes\n")[0] == 0
    status, _, err = prepdrip(monkeypatch, capsys, "drip", "--now", "--dry-run", "--user", "console:local:bob")
    assert status == 1 and "has not finished onboarding" in err
    assert prepdrip(monkeypatch, capsys, "console", "--user", "ada", stdin=ONBOARD + "/coach pause\n")[0] == 0
    status, _, err = prepdrip(monkeypatch, capsys, "drip", "--now", "--user", "console:local:ada")
    assert status == 1 and "paused" in err and "/coach resume" in err
    assert prepdrip(monkeypatch, capsys, "console", "--user", "ada", stdin="/coach resume\n")[0] == 0
    status, out, _ = prepdrip(monkeypatch, capsys, "drip", "--now", "--dry-run", "--user", "console:local:ada")
    assert status == 0 and "1 learner(s)" in out
    assert prepdrip(monkeypatch, capsys, "drip", "--now", "--user", "console:local:ada")[0] == 0
    status, out, _ = prepdrip(monkeypatch, capsys, "drip", "--now", "--dry-run", "--user", "console:local:ada")
    assert status == 0 and "0 message(s)" not in out  # read as if the drip were broken
    assert "Dry run: nothing new: every active learner you named has had today's drip. Nothing sent." in out


def test_operators_data_commands_check_a_ref_before_opening_a_database_and_probe_no_sandbox(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    status, _, err = prepdrip(monkeypatch, capsys, "export", "--user", "ada")
    assert status == 2 and "--user needs platform:workspace:user" in err
    assert not (data_dir / "prepdrip.db").exists()  # nothing created for a command that was mistyped
    monkeypatch.setenv("PATH", "")  # no bwrap to find: a command that runs no drill must not warn about it
    monkeypatch.setenv("CODE_RUNNER", "sandbox")
    for command in (["outbox"], ["purge", "--dry-run"], ["export", "--user", "console:local:ada"]):
        _, _, err = prepdrip(monkeypatch, capsys, *command)
        assert "bubblewrap" not in err, command


def test_output_piped_into_head_ends_quietly() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "DISCORD_", "DATABASE_URL"))}
    done = subprocess.run(
        f"{sys.executable} -m bot.cli content export | head -c 10 >/dev/null; echo $? ${{PIPESTATUS[0]}}",
        shell=True,
        executable="/bin/bash",
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "Traceback" not in done.stderr and "BrokenPipeError" not in done.stderr, done.stderr
    assert done.stderr == "" and done.stdout.split() == ["0", "141"]


def test_grade_disputes_limit_is_a_positive_number(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for wrong in ("0", "-1", "ten"):
        with pytest.raises(SystemExit) as stop:  # argparse's usage error: status 2, nothing read
            prepdrip(monkeypatch, capsys, "grade-disputes", "--limit", wrong)
        assert stop.value.code == 2
        assert f"--limit: a whole number from 1 up, not '{wrong}'" in capsys.readouterr().err
    assert prepdrip(monkeypatch, capsys, "grade-disputes", "--limit", "5")[1] == "No grade disputes yet.\n"


def test_a_discord_that_cannot_be_reached_is_one_sentence_and_voice_is_not_mentioned(tmp_path: Path) -> None:
    closed = closed_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "DISCORD_", "DATABASE_URL"))}
    env |= {
        "XDG_DATA_HOME": str(tmp_path / "xdg"),
        "CHARTS": "false",
        "DISCORD_TOKEN": "not-a-real-token",
        "DISCORD_API_URL": f"http://127.0.0.1:{closed}/api/v10",
        "DISCORD_GATEWAY_URL": f"ws://127.0.0.1:{closed}/",
        "METRICS_PORT": str(closed_port()),
        "CODE_RUNNER": "off",  # no "bubblewrap is not installed" warning before the sentence on a bare machine
    }
    for command in (["run"], ["discord", "invite"]):
        done = subprocess.run(
            [sys.executable, "-m", "bot.cli", *command],
            cwd=ROOT,
            env=env,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 1 and done.stdout == "", command
        assert done.stderr.startswith(f"Cannot reach Discord at http://127.0.0.1:{closed}/api/v10 ("), done.stderr
        assert "Traceback" not in done.stderr and "voice" not in done.stderr and "not-a-real-token" not in done.stderr


def test_slack_manifest_refuses_oauth_without_a_url_and_a_url_slack_cannot_post_to(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["slack", "manifest", "--oauth"]) == 2  # it printed a Socket Mode manifest without OAuth
    assert "--oauth needs --url" in capsys.readouterr().err
    for url in ("bot.example.com", "http://bot.example.com"):  # "url: bot.example.com/slack/events"
        assert main(["slack", "manifest", "--url", url]) == 2
        out, err = capsys.readouterr()
        assert out == "" and "--url is the bot's public HTTPS address" in err
    assert main(["slack", "manifest", "--url", "https://bot.example.com/", "--oauth"]) == 0
    assert "url: https://bot.example.com/slack/events" in capsys.readouterr().out


def test_a_data_directory_that_cannot_be_created_says_which_and_what_to_set(
    tmp_path: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    monkeypatch.setenv("DATA_DIR", str(blocker / "prepdrip"))  # below a file: no one can create it
    for command in (["console"], ["migrate"], ["backup", str(tmp_path / "copy.db")]):
        status, out, err = prepdrip(monkeypatch, capsys, *command)
        assert status == 1 and out == "" and "Traceback" not in err, command
        assert err.startswith(f"Cannot create the data directory {blocker / 'prepdrip'} (") and "set DATA_DIR" in err


def test_a_setting_the_bot_cannot_use_is_named_with_its_value_not_a_pydantic_traceback(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("PORT", "abc")
    monkeypatch.setenv("DESIRED_RETENTION", "2")
    monkeypatch.setenv("DISCORD_GROUPS", "guild")
    monkeypatch.setenv("CODE_RUNNER", "bwrap")  # was logged at INFO only: drills silently self-checked
    status, out, err = prepdrip(monkeypatch, capsys, "run")
    assert status == 2 and out == "" and "ValidationError" not in err and "pydantic" not in err
    assert err.startswith("Not starting: a setting is wrong")
    assert "  - PORT: Input should be a valid integer" in err and "(it is 'abc')" in err
    assert "  - DESIRED_RETENTION: DESIRED_RETENTION must be between 0.70 and 0.99 (it is '2')" in err
    assert "  - DISCORD_GROUPS: Input should be 'server' or 'channel' (it is 'guild')" in err
    assert "  - CODE_RUNNER: CODE_RUNNER is one of auto, sandbox, remote, local, off (it is 'bwrap')" in err


def test_outbox_says_why_rows_were_skipped(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`prepdrip outbox` counted "skipped 3" without a reason; the log was the only place that said why."""
    import sqlite3

    from bot.core.delivery import SKIPPED_LATE, SKIPPED_PAUSED

    assert prepdrip(monkeypatch, capsys, "console", "--user", "ada", stdin=ONBOARD)[0] == 0
    db = sqlite3.connect(data_dir / "prepdrip.db")
    (learner,) = db.execute("SELECT id FROM learners").fetchone()
    for seq, reason in enumerate((SKIPPED_LATE, SKIPPED_LATE, SKIPPED_PAUSED)):
        db.execute(
            "INSERT INTO outbox (learner_id, platform, workspace_id, user_id, kind, local_day, seq, payload,"
            " state, attempts, created_at, next_attempt_at, error) VALUES (?, 'console', 'local', 'ada',"
            " 'drip', '2026-12-01', ?, '{}', 'skipped', 1, '2026-12-01 08:00:00', '2026-12-01 08:00:00', ?)",
            (learner, seq, reason),
        )
    db.commit()
    status, out, _ = prepdrip(monkeypatch, capsys, "outbox")
    assert status == 0 and "skipped 3" in out
    assert f"  2 {SKIPPED_LATE}" in out and f"  1 {SKIPPED_PAUSED}" in out
