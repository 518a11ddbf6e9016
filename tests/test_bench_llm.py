"""``python -m bench.accuracy --llm`` measures the LLM judge as the coach uses it: theory answers go to
the configured endpoint (a fake OpenAI-compatible server on loopback, through the real aiohttp client),
its quoted contradictions count as flags, its replies are cached per model so a second run asks
nothing, and without ``GRADER_LLM_URL`` the option says what it needs instead of grading locally."""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from bench.accuracy import main
from tests.fakes.llm import FakeLLM, answer_of, rubric_ids

WRONG = "Ridge (L2) is the one that sets weights to exactly zero, lasso only shrinks them a little."
RIGHT = "L1's gradient keeps a constant pull of lambda even near zero, so weights hit exactly zero; L2's pull fades."


def contradict_wrong(body: dict[str, Any]) -> str:
    """A judge that calls the first key point contradicted in the wrong answer, quoting it."""
    answer, ids = answer_of(body), rubric_ids(body)
    if answer == WRONG:
        pts = [{"id": ids[0], "verdict": "contradicted", "quote": "sets weights to exactly zero"}]
    else:
        pts = [{"id": ids[0], "verdict": "covered", "quote": "weights hit exactly zero"}]
    return json.dumps({"points": pts + [{"id": i, "verdict": "missed", "quote": ""} for i in ids[1:]]})


@pytest.fixture
def fake_llm() -> Iterator[FakeLLM]:
    """The fake endpoint on its own loop in a thread: the bench is synchronous and runs its own loop."""
    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()
    fake = FakeLLM(reply=contradict_wrong)
    asyncio.run_coroutine_threadsafe(fake.start(), loop).result(10)
    yield fake
    asyncio.run_coroutine_threadsafe(fake.stop(), loop).result(10)
    loop.call_soon_threadsafe(loop.stop)
    thread.join(10)


@pytest.fixture
def labelled(tmp_path: Path) -> Path:
    path = tmp_path / "wrong_bench_llm.yaml"
    rows = [
        {"id": "b-1", "prompt_id": "th-reg-01", "label": "wrong", "answer": WRONG, "contradicted": []},
        {"id": "b-2", "prompt_id": "th-reg-01", "label": "right", "answer": RIGHT},
    ]
    path.write_text(yaml.safe_dump({"answers": rows}))
    return path


def test_the_judges_quoted_contradiction_is_measured_and_cached(
    fake_llm: FakeLLM,
    labelled: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from bot.core.curriculum import TheoryPrompt, default_content_dir, load_curriculum

    p = load_curriculum([default_content_dir()]).prompts["th-reg-01"]
    assert isinstance(p, TheoryPrompt)
    rows = yaml.safe_load(labelled.read_text())
    rows["answers"][0]["contradicted"] = [p.key_points[0].id]
    labelled.write_text(yaml.safe_dump(rows))
    monkeypatch.setenv("GRADER_LLM_URL", fake_llm.url)
    monkeypatch.setenv("GRADER_LLM_MODEL", "fake-judge")
    cache = tmp_path / "replies.jsonl"

    assert main(["--llm", "--llm-cache", str(cache), "--json", str(labelled)]) == 0
    out = capsys.readouterr()
    [fig] = json.loads(out.out)
    assert fig["wrong_caught_right_belief"] == "1/1" and fig["right_false_careful"] == "0/1", fig
    assert len(fake_llm.requests) == 2 and "2 answers asked" in out.err
    assert len(cache.read_text().splitlines()) == 2

    assert main(["--llm", "--llm-cache", str(cache), "--json", str(labelled)]) == 0
    out = capsys.readouterr()
    assert len(fake_llm.requests) == 2, "a second run is answered from the cache"
    [again] = json.loads(out.out)
    assert "0 answers asked" in out.err
    same = {k: v for k, v in fig.items() if "latency" not in k}
    assert {k: v for k, v in again.items() if "latency" not in k} == same


def test_without_an_endpoint_the_option_says_what_it_needs(labelled: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("GRADER_LLM_URL", raising=False)
    monkeypatch.chdir(labelled.parent)  # no .env here
    with pytest.raises(SystemExit, match="GRADER_LLM_URL"):
        main(["--llm", str(labelled)])
