"""Operators' data commands, run as `prepdrip …` would run them (in this process, on a database in a
temporary data directory): export and delete a learner or a workspace, purge, and backup."""

from __future__ import annotations

import json
import sqlite3
import threading
from pathlib import Path

import pytest

from tests.cli_support import prepdrip

SESSION = "/coach start\nno\nno\nno\nno\n2027-06-30\nEurope/Berlin\n08:30\nsenior\n/coach practice th-bv-01\n" + (
    "Bias is systematic error from a model too simple; variance is sensitivity to the training sample.\ngood\n"
)


def test_export_and_delete_a_learner(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for user in ("ada", "bob"):
        assert prepdrip(monkeypatch, capsys, "console", "--user", user, stdin=SESSION)[0] == 0

    status, out, _ = prepdrip(monkeypatch, capsys, "export", "--user", "console:local:ada")
    paths = [Path(p) for p in out.split()]
    assert status == 0 and [p.suffix for p in paths] == [".json", ".md"] and paths[0].parent == data_dir / "exports"
    assert json.loads(paths[0].read_text())["answers"][0]["self_rating"] == "Good"

    status, _, err = prepdrip(monkeypatch, capsys, "delete", "--user", "console:local:ada", stdin="no\n")
    assert status == 1 and "Cancelled: nothing was deleted" in err and "Type yes" in err
    status, out, _ = prepdrip(monkeypatch, capsys, "delete", "--user", "console:local:ada", stdin="yes\n")
    assert status == 0 and "learners 1" in out and "attempts 1" in out
    status, _, err = prepdrip(monkeypatch, capsys, "export", "--user", "console:local:ada")
    assert status == 1 and "No learner console:local:ada" in err

    status, out, err = prepdrip(
        monkeypatch, capsys, "export", "--workspace", "console:local", "--out", str(data_dir / "x")
    )
    assert status == 0 and len(out.split()) == 2 and "Exported 1 learner(s)" in err  # bob's
    status, out, _ = prepdrip(monkeypatch, capsys, "delete", "--workspace", "console:local", "--yes")
    assert status == 0 and "learners 1" in out

    assert prepdrip(monkeypatch, capsys, "export", "--user", "nope")[0] == 2
    assert "Nothing to delete" in prepdrip(monkeypatch, capsys, "purge", "--dry-run")[1]


def test_backup_copies_sqlite_while_it_is_written_and_never_overwrites_by_accident(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert prepdrip(monkeypatch, capsys, "console", "--user", "ada", stdin=SESSION)[0] == 0
    db = data_dir / "prepdrip.db"
    stop = threading.Event()

    def write() -> None:  # another process's writes meanwhile: the backup is still consistent
        conn = sqlite3.connect(db, timeout=30)
        conn.execute("CREATE TABLE IF NOT EXISTS scratch (x TEXT)")
        while not stop.is_set():
            with conn:
                conn.execute("INSERT INTO scratch VALUES (?)", ("x" * 2000,))
        conn.close()

    writer = threading.Thread(target=write)
    writer.start()
    try:
        status, out, _ = prepdrip(monkeypatch, capsys, "backup", str(tmp_path / "b" / "copy.db"))
    finally:
        stop.set()
        writer.join()
    assert status == 0 and "1 learner(s)" in out
    copy = sqlite3.connect(tmp_path / "b" / "copy.db")
    assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert copy.execute("SELECT user_id FROM learners").fetchall() == [("ada",)]
    copy.close()

    status, _, err = prepdrip(monkeypatch, capsys, "backup", str(tmp_path / "b" / "copy.db"))
    assert status == 2 and "--force" in err
    assert prepdrip(monkeypatch, capsys, "backup", str(tmp_path / "b" / "copy.db"), "--force")[0] == 0
    assert prepdrip(monkeypatch, capsys, "backup", str(db))[0] == 2  # never over the database itself


def test_backup_on_postgresql_prints_pg_dump_without_the_password(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DATABASE_URL", "postgresql+asyncpg://prep:s3cret-pw@db.internal:5433/prepdrip")
    status, out, _ = prepdrip(monkeypatch, capsys, "backup", "/backups/prepdrip.dump")
    assert status == 0 and "s3cret-pw" not in out
    assert (
        "pg_dump --format=custom --no-owner --file /backups/prepdrip.dump 'postgresql://prep@db.internal:5433/prepdrip'"
        in out
    )
    assert "pg_restore" in out


def test_export_and_backup_to_a_path_that_cannot_be_written_say_so_without_a_traceback(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert prepdrip(monkeypatch, capsys, "console", "--user", "ada", stdin=SESSION)[0] == 0
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")  # unwritable below it whoever runs the test, root included
    status, out, err = prepdrip(monkeypatch, capsys, "export", "--user", "console:local:ada", "--out", str(blocker))
    assert status == 1 and out == "" and err.startswith(f"Cannot write the export to {blocker}: ")
    assert "Give another --out" in err
    status, out, err = prepdrip(monkeypatch, capsys, "backup", str(blocker / "copy.db"))
    assert status == 1 and out == "" and err.startswith(f"Cannot write the backup to {blocker / 'copy.db'}: ")
    assert not list(tmp_path.glob("**/.copy.db.partial"))
    for force in ([], ["--force"]):  # a directory is never "overwritten", and --force is no way out
        status, _, err = prepdrip(monkeypatch, capsys, "backup", str(tmp_path), *force)
        assert status == 2 and f"{tmp_path} is a directory; give the backup's file name" in err
    assert not list(tmp_path.parent.glob(".*.partial"))
