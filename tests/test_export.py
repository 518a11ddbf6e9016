"""`/coach export`: the learner's answers, stories, ratings, plan and progress as a JSON file and the same
as Markdown. The console writes both to its data directory and prints their paths; Slack and Discord
deliver them to the DM (tests/test_data_platforms.py)."""

from __future__ import annotations

import io
import json
import re
import stat
from pathlib import Path

from bot.adapters.console import ConsoleAdapter
from bot.core.delivery import from_payload, to_payload
from bot.core.messages import Attachment, LearnerRef, Reply
from tests.conftest import onboard, texts

STRONG = (
    "Bias is systematic error from a model too simple for the data: it misses the same way whatever sample "
    "you train on. Variance is sensitivity to the particular training sample: retrain on a fresh sample and "
    "a flexible model changes a lot. More capacity lowers bias and raises variance; more data and "
    "regularization reduce variance but not bias. ```not a fence```"
)
STORY = (
    "Situation: our fraud model's precision fell 20% after a holiday launch. Task: I owned the fix. Action: I "
    "built a drift dashboard, retrained on the last four weeks, and added a shadow deployment. Result: "
    "precision recovered to 0.91 within a week and false declines fell by 35%, saving about $40k a month."
)


async def practise(console: ConsoleAdapter) -> None:
    await onboard(console)
    await console.say("/coach practice th-bv-01")
    await console.say(STRONG)
    await console.say("good")
    await console.say("/coach practice bh-lim-01")
    await console.say(STORY)
    await console.say("hard")


async def test_console_export_writes_json_and_markdown_and_prints_their_paths(console, tmp_path: Path) -> None:
    await practise(console)
    console.files_dir = tmp_path / "exports"
    out = io.StringIO()
    console._out = out
    assert await console.run_piped(io.StringIO("/coach export\n")) == 0
    printed = out.getvalue()
    paths = [Path(p) for p in re.findall(r"^Saved: (.+)$", printed, re.M)]
    assert [p.suffix for p in paths] == [".json", ".md"] and all(p.parent == tmp_path / "exports" for p in paths)
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in paths)  # personal data: only its owner reads it

    data = json.loads(paths[0].read_text(encoding="utf-8"))
    assert data["format"] == "prepdrip-export/1" and data["profile"]["ref"] == "console:local:ada"
    theory = next(a for a in data["answers"] if a["prompt_id"] == "th-bv-01")
    assert theory["text"] == STRONG and theory["self_rating"] == "Good" and theory["score"] > 0.5
    assert theory["covered"] and "points" in theory["grade"]
    assert [r["rating"] for r in data["ratings"]] == ["Good", "Hard"]
    assert data["stories"][0]["text"] == STORY
    assert data["plan"]["windows"] and data["progress"]["readiness"] and data["progress"]["exit_criteria"]
    assert data["points"] and data["study_groups"] == [] and data["reviews"]

    md = paths[1].read_text(encoding="utf-8")
    assert STRONG in md and STORY in md and "## Plan" in md and "self-rating: Good" in md
    assert "````\n" + STRONG in md  # the answer's own ``` cannot close its block


async def test_a_second_export_never_overwrites_the_first(console, tmp_path: Path) -> None:
    await onboard(console)
    console.files_dir = tmp_path / "out"
    console._out = io.StringIO()
    await console.run_piped(io.StringIO("/coach export\n/coach export\n"))  # the same second: the same names
    assert len(list((tmp_path / "out").iterdir())) == 4


async def test_export_before_onboarding_still_gives_what_is_kept(console, tmp_path: Path) -> None:
    [reply] = await console.say("/coach export")
    assert reply.dm and len(reply.files) == 2
    data = json.loads(reply.files[0].content)
    assert data["answers"] == [] and "plan" not in data


def test_files_survive_the_outbox_payload() -> None:
    reply = Reply("here", files=(Attachment("a.json", b"\x00{}\xff", "application/json", "A"),))
    back = from_payload(to_payload(reply), LearnerRef("slack", "T1", "U1"))
    assert back.files == reply.files


async def test_export_text_is_in_the_reply_list(console) -> None:
    await onboard(console)
    assert "JSON" in texts(await console.say("/coach export"))
