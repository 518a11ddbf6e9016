"""The LLM judge (the grader's third layer) inside ``bench.accuracy``: ``--llm`` grades every theory
answer as the coach does when ``GRADER_LLM_URL`` is set (``grade_judged``: the local grade, then the
judge's quoted verdicts merged in), so the layer is measured on the same labelled sets as the rest.

The endpoint, model, key and time-out come from the same settings as the bot's (``GRADER_LLM_URL``,
``GRADER_LLM_MODEL``, ``GRADER_LLM_API_KEY``, ``GRADER_LLM_TIMEOUT``). Replies are kept in a JSON-lines
file per model (``--llm-cache``), so a second run, or a run with another merge rule, asks nothing
again; a reply that could not be read is not kept, and its answer keeps the local grade.

    GRADER_LLM_URL=http://127.0.0.1:8080/v1 GRADER_LLM_MODEL=qwen GRADER_LLM_TIMEOUT=300 \\
        python -m bench.accuracy --llm tests/labelled/wrong_own3.yaml
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bot.core.curriculum import Curriculum, TheoryPrompt
from bot.core.grading import Grade
from bot.core.grading_llm import grade_judged
from bot.core.matcher import Matcher
from bot.grader_llm import OpenAICompatibleJudge, build_judge
from bot.settings import Settings

DEFAULT_CACHE = Path(".cache/llm_judge.jsonl")

Grader = Callable[[Curriculum, Matcher, dict[str, Any]], tuple[Grade, set[str]]]


class FileJudgeCache:
    """``JudgeCache`` over a JSON-lines file: one line per readable reply, keyed by the model too."""

    def __init__(self, path: Path, model: str) -> None:
        self.path = path
        self.model = model
        self._rows: dict[tuple[str, str, str], list[dict[str, Any]]] = {}
        if path.exists():
            for line in path.read_text().splitlines():
                row = json.loads(line)
                if row["model"] == model:
                    self._rows[(row["prompt"], row["version"], row["answer"])] = row["verdicts"]

    def __len__(self) -> int:
        return len(self._rows)

    async def get(self, prompt_id: str, version: str, answer_hash: str) -> list[dict[str, Any]] | None:
        return self._rows.get((prompt_id, version, answer_hash))

    async def put(
        self, prompt_id: str, version: str, answer_hash: str, model: str, verdicts: list[dict[str, Any]], now: datetime
    ) -> None:
        self._rows[(prompt_id, version, answer_hash)] = verdicts
        self.path.parent.mkdir(parents=True, exist_ok=True)
        row = {"model": model, "prompt": prompt_id, "version": version, "answer": answer_hash, "verdicts": verdicts}
        with self.path.open("a") as f:
            f.write(json.dumps(row) + "\n")


class JudgedGrader:
    """A ``bench.accuracy`` grader that asks the configured judge about theory answers (design and
    behavioral answers, which the judge does not see in the coach either, keep the local grade).
    Holds one event loop for the judge's HTTP session; ``close`` ends both."""

    def __init__(self, judge: OpenAICompatibleJudge, cache: FileJudgeCache, fallback: Grader) -> None:
        self.judge = judge
        self.cache = cache
        self.fallback = fallback
        self.asked = 0
        self.failed: list[str] = []
        self._runner = asyncio.Runner()

    def __call__(self, cur: Curriculum, m: Matcher, item: dict[str, Any]) -> tuple[Grade, set[str]]:
        p = cur.prompts[item["prompt_id"]]
        if not isinstance(p, TheoryPrompt):
            return self.fallback(cur, m, item)
        g = self._runner.run(
            grade_judged(
                m,
                self.judge,
                p,
                item.get("answer") or "",
                follow_up=bool(item.get("follow_up")),
                cache=self.cache,
                now=datetime.now(UTC),
            )
        )
        note = str(g.detail.get("llm", ""))
        if note and "(cached)" not in note:
            self.asked += 1
        if "verdicts used" not in note and note:
            self.failed.append(f"{item['id']}: {note}")
        return g, {pt.id for pt in g.points}

    def close(self) -> None:
        self._runner.run(self.judge.close())
        self._runner.close()

    def summary(self) -> str:
        return (
            f"LLM judge {self.judge.model} at {self.judge.host} (trust: {self.judge.trust}): "
            f"{self.asked} answers asked, "
            f"{len(self.cache)} replies cached, {len(self.failed)} left with the local grade (time-out, error, shape)"
        )


def judged_grader(fallback: Grader, cache_path: Path = DEFAULT_CACHE) -> JudgedGrader:
    """The judge the settings configure; SystemExit with a clear message when none is."""
    s = Settings()
    judge = build_judge(
        s.grader_llm_url, s.grader_llm_model, s.grader_llm_api_key, s.grader_llm_timeout, s.grader_llm_trust
    )
    if judge is None:
        raise SystemExit("--llm needs GRADER_LLM_URL (an OpenAI-compatible endpoint) and GRADER_LLM_MODEL")
    return JudgedGrader(judge, FileJudgeCache(cache_path, judge.model), fallback)
