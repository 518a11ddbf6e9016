"""The optional LLM judge against a fake OpenAI-compatible endpoint on loopback, through the real
aiohttp client and the real database cache: quoted verdicts are used, a verdict whose quote is not in
the answer is dropped, a malformed reply, an error or a time-out leaves the local grade, the same
answer is sent once, and nothing is sent when no judge is configured or the learner opted out."""

from __future__ import annotations

import asyncio
import json
import os
import sys
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from bot.adapters.console import ConsoleAdapter
from bot.core.curriculum import Curriculum, TheoryPrompt
from bot.core.engine import Coach
from bot.core.grading import grade
from bot.core.grading_llm import grade_judged, quoted, rubric_for
from bot.core.matcher import Matcher
from bot.grader_llm import OpenAICompatibleJudge, build_judge
from bot.store.judgements import SqlJudgeCache
from bot.store.uow import SqlStore
from tests.conftest import START, onboard, texts
from tests.fakes.llm import FakeLLM, rubric_ids

WEAK = "L1 adds up the absolute values of the weights and L2 adds up their squares, so both shrink them."
KEY = "sk-test-not-a-key"


@pytest.fixture
async def llm() -> AsyncIterator[FakeLLM]:
    fake = FakeLLM()
    await fake.start()
    yield fake
    await fake.stop()


@pytest.fixture
async def judge(llm: FakeLLM, store: SqlStore) -> AsyncIterator[OpenAICompatibleJudge]:
    j = OpenAICompatibleJudge(llm.url, "fake-judge", KEY, timeout=2.0)
    yield j
    await j.close()


@pytest.fixture
def reg(curriculum: Curriculum) -> TheoryPrompt:
    p = curriculum.prompts["th-reg-01"]
    assert isinstance(p, TheoryPrompt)
    return p


def verdicts(*points: tuple[str, str, str]) -> Any:
    return lambda body: json.dumps({"points": [{"id": i, "verdict": v, "quote": q} for i, v, q in points]})


async def test_quoted_verdicts_are_used_and_the_rubric_is_sent(llm, judge, reg, matcher) -> None:
    local = grade(matcher, reg, WEAK)
    assert local.point("gradient-view").verdict != "covered"  # type: ignore[union-attr]
    llm.reply = verdicts(
        ("penalty-definitions", "covered", "L1 adds up the absolute values of the weights"),
        ("gradient-view", "partly", "both  SHRINK them"),  # whitespace and case aside, the answer's words
        ("geometry", "missed", ""),
    )
    g = await grade_judged(matcher, judge, reg, WEAK)
    assert g.point("penalty-definitions").verdict == "covered"  # type: ignore[union-attr]
    gv = g.point("gradient-view")
    assert gv is not None and gv.verdict == "partly" and gv.span == "both  SHRINK them"
    assert ("local", local.point("gradient-view").verdict) in gv.layers  # type: ignore[union-attr]
    assert ("llm", "partly “both  SHRINK them”") in gv.layers
    assert g.point("threshold-condition").verdict == local.point("threshold-condition").verdict  # type: ignore[union-attr]
    # what went out: the question, every key point and wrong belief, the answer; the key as a bearer token
    [body] = llm.requests
    sent = body["messages"][-1]["content"]
    assert reg.question in sent and WEAK in sent and rubric_ids(body) == [k.id for k in reg.key_points]
    asked = {k.id for k in reg.key_points}  # the main question's points: the follow-up's beliefs wait for it
    assert all(m.belief in sent for m in reg.misconceptions if m.key_point in asked)
    assert body["model"] == "fake-judge" and body["response_format"] == {"type": "json_object"}
    assert llm.auth == [f"Bearer {KEY}"]


async def test_a_verdict_whose_quote_is_not_in_the_answer_is_dropped(llm, judge, reg, matcher) -> None:
    local = grade(matcher, reg, WEAK)
    llm.reply = verdicts(
        ("gradient-view", "covered", "L1's pull has constant size, so it pushes small weights to exactly zero"),
        ("penalty-definitions", "covered", "L2 adds up their squares"),
    )
    g = await grade_judged(matcher, judge, reg, WEAK)
    gv = g.point("gradient-view")
    assert gv is not None and gv.verdict == local.point("gradient-view").verdict  # type: ignore[union-attr]
    assert any(layer == "llm" and "not in the answer" in said for layer, said in gv.layers)
    assert g.point("penalty-definitions").verdict == "covered"  # type: ignore[union-attr]
    assert "1 of 4 verdicts used" in g.detail["llm"]


async def test_a_contradiction_with_a_quote_leads_with_the_correction(llm, judge, reg, matcher) -> None:
    answer = "Ridge is the one that kills features; lasso only shrinks them a bit."
    llm.reply = lambda body: json.dumps(
        {
            "points": [
                {
                    "id": "gradient-view",
                    "verdict": "contradicted",
                    "quote": "Ridge is the one that kills features",
                    "misconception": "l2-makes-zeros",
                }
            ]
        }
    )
    g = await grade_judged(matcher, judge, reg, answer)
    assert g.contradicted == ["gradient-view"]
    [c] = g.corrections
    assert c.misconception == "l2-makes-zeros" and c.span == "Ridge is the one that kills features"


async def test_a_judge_trusted_with_contradictions_only_adds_them_and_changes_nothing_else(llm, reg, matcher) -> None:
    """GRADER_LLM_TRUST=contradictions: a quoted contradiction the local grader missed is added; the
    judge's covered, partly and missed verdicts are shown but not used, and it cannot clear a local one."""
    answer = "L1 sums |w| and L2 sums w^2. Ridge is the one that kills features; lasso only shrinks them a bit."
    local = grade(matcher, reg, answer)
    llm.reply = lambda body: json.dumps(
        {
            "points": [
                {"id": "penalty-definitions", "verdict": "missed", "quote": ""},
                {"id": "gradient-view", "verdict": "contradicted", "quote": "Ridge is the one that kills features"},
                {"id": "geometry", "verdict": "covered", "quote": "lasso only shrinks them"},
            ]
        }
    )
    wary = OpenAICompatibleJudge(llm.url, "fake-judge", timeout=2.0, trust="contradictions")
    try:
        g = await grade_judged(matcher, wary, reg, answer)
    finally:
        await wary.close()
    assert g.contradicted == ["gradient-view"] and g.corrections[0].span == "Ridge is the one that kills features"
    for pid in ("penalty-definitions", "geometry", "threshold-condition"):
        assert g.point(pid).verdict == local.point(pid).verdict, pid  # type: ignore[union-attr]
    geo = g.point("geometry")
    assert geo is not None and ("llm", "covered: not used (only its contradictions are)") in geo.layers
    assert g.score <= local.score


async def test_a_judge_trusted_with_contradictions_cannot_clear_a_local_one(llm, reg, matcher) -> None:
    answer = "L2 regularisation drives weights to exactly zero, L1 only shrinks them."
    local = grade(matcher, reg, answer)
    assert local.contradicted, "the local grader catches this swap"
    llm.reply = lambda body: json.dumps(
        {"points": [{"id": pid, "verdict": "covered", "quote": "L1 only shrinks them"} for pid in local.contradicted]}
    )
    wary = OpenAICompatibleJudge(llm.url, "fake-judge", timeout=2.0, trust="contradictions")
    try:
        g = await grade_judged(matcher, wary, reg, answer)
    finally:
        await wary.close()
    assert g.contradicted == local.contradicted and g.score == local.score


def test_an_unknown_trust_level_is_refused_with_the_choices() -> None:
    with pytest.raises(ValueError, match="all, contradictions"):
        OpenAICompatibleJudge("http://127.0.0.1:9/v1", "m", trust="some")


@pytest.mark.parametrize(
    "reply", ["Sure! gradient-view is covered.", '{"points": [{"id": "gradient-view", "verdict": "great"}]}', "{}"]
)
async def test_a_malformed_reply_leaves_the_local_grade(llm, judge, reg, matcher, reply: str) -> None:
    llm.reply = lambda body: reply
    local = grade(matcher, reg, WEAK)
    g = await grade_judged(matcher, judge, reg, WEAK)
    assert [(p.id, p.verdict) for p in g.points] == [(p.id, p.verdict) for p in local.points]
    assert "unreadable" in g.detail["llm"]


async def test_a_time_out_or_an_error_leaves_the_local_grade(llm, store, reg, matcher) -> None:
    local = [(p.id, p.verdict) for p in grade(matcher, reg, WEAK).points]
    slow = OpenAICompatibleJudge(llm.url, "fake-judge", timeout=0.2)
    llm.delay = 1.0
    g = await grade_judged(matcher, slow, reg, WEAK)
    assert [(p.id, p.verdict) for p in g.points] == local and "within 0.2 s" in g.detail["llm"]
    llm.delay, llm.status = 0.0, 500
    g = await grade_judged(matcher, slow, reg, WEAK)
    assert [(p.id, p.verdict) for p in g.points] == local and "HTTP 500" in g.detail["llm"]
    down = OpenAICompatibleJudge("http://127.0.0.1:9/v1", "fake-judge", timeout=2.0)  # nothing listens there
    g = await grade_judged(matcher, down, reg, WEAK)
    assert [(p.id, p.verdict) for p in g.points] == local and "failed" in g.detail["llm"]
    await asyncio.gather(slow.close(), down.close())


async def test_the_same_answer_is_sent_once(llm, judge, store, reg, matcher) -> None:
    cached = {"cache": SqlJudgeCache(store.engine), "now": START}
    first = await grade_judged(matcher, judge, reg, WEAK, **cached)
    again = await grade_judged(matcher, judge, reg, "  " + WEAK.replace(" ", "\n", 1) + " ", **cached)
    assert len(llm.requests) == 1 and "(cached)" in again.detail["llm"]
    assert [(p.id, p.verdict) for p in again.points] == [(p.id, p.verdict) for p in first.points]
    # a second process with its own client shares the cache through the database (here, a unit of work)
    other = OpenAICompatibleJudge(llm.url, "fake-judge", timeout=2.0)
    async with store() as uow:
        await grade_judged(matcher, other, reg, WEAK, cache=uow.judgements, now=START)
    assert len(llm.requests) == 1
    await other.close()
    # another answer, the follow-up, or changed content is judged afresh
    await grade_judged(matcher, judge, reg, WEAK + " Lasso zeroes some.", **cached)
    await grade_judged(matcher, judge, reg, WEAK, follow_up=True, **cached)
    changed = reg.model_copy(update={"question": reg.question + " Use a picture."})
    assert rubric_for(changed).version != rubric_for(reg).version
    await grade_judged(matcher, judge, changed, WEAK, **cached)
    assert len(llm.requests) == 4
    # an unreadable reply is not cached: the next grade asks again
    llm.reply = lambda body: "not json"
    await grade_judged(matcher, judge, reg, WEAK + " Ridge shrinks.", **cached)
    await grade_judged(matcher, judge, reg, WEAK + " Ridge shrinks.", **cached)
    assert len(llm.requests) == 6


def test_quotes_are_compared_without_whitespace_and_case() -> None:
    assert quoted("the L1  pull\nis CONSTANT", "So the l1 pull is constant, which …")
    assert quoted("L1 pull … is constant", "the L1 pull, they say, is constant")
    assert not quoted("L2 pull is constant", "the L1 pull is constant")
    assert not quoted("", "anything")


async def test_nothing_is_sent_without_a_configured_judge(tmp_path: Path, llm: FakeLLM) -> None:
    from bot.bootstrap import bootstrap
    from bot.settings import Settings

    url = f"sqlite+aiosqlite:///{tmp_path / 'a.db'}"
    app = await bootstrap(Settings(database_url=url, charts=False, grader_llm_url=None))
    assert app.judge is None and app.coach.svc.judge is None
    await app.close()
    assert build_judge("", "m", None, 8.0) is None
    app = await bootstrap(Settings(database_url=url, charts=False, grader_llm_url=llm.url, grader_llm_timeout=3))
    assert app.judge is not None and app.coach.svc.judge is app.judge and app.judge.host == llm.url.split("/")[2]
    await app.close()
    assert llm.requests == []


async def test_learners_are_told_where_answers_go_and_can_opt_out(llm, judge, curriculum, sqlite_store, clock) -> None:
    coach = Coach(curriculum, sqlite_store, Matcher(), judge=judge)
    ada = ConsoleAdapter(coach, clock, user="ada")
    host = llm.url.split("/")[2]
    done = texts(await onboard(ada, answers="nnnn"))
    assert f"sent to an LLM at {host}" in done and "/coach privacy llm off" in done
    assert f"go to an LLM at {host}" in texts(await ada.say("/coach privacy llm"))
    await ada.say("/coach practice th-reg-01")
    await ada.say(WEAK)
    assert len(llm.requests) == 1
    assert "no longer sent" in texts(await ada.say("/coach privacy llm off"))
    assert "you opted out" in texts(await ada.say("/coach privacy llm"))
    await ada.say("again")
    await ada.say("/coach practice th-reg-01")
    await ada.say(WEAK + " Also, lasso gives exact zeros.")
    assert len(llm.requests) == 1  # opted out: graded locally only
    await ada.say("/coach privacy llm on")
    await ada.say("again")
    await ada.say("/coach practice th-reg-01")
    await ada.say(WEAK + " Ridge never does.")
    assert len(llm.requests) == 2


async def test_without_a_judge_privacy_says_answers_stay_here(console) -> None:
    await onboard(console, answers="nnnn")
    assert "no LLM judge is configured" in texts(await console.say("/coach privacy llm"))


async def test_prepdrip_grade_explain_shows_each_layer(llm: FakeLLM, tmp_path: Path) -> None:
    env = {
        **os.environ,
        "GRADER_LLM_URL": llm.url,
        "GRADER_LLM_MODEL": "fake-judge",
        "DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / 'cli.db'}",
    }

    async def run(*args: str) -> str:
        proc = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot.cli", "grade", "th-reg-01", *args,
            stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE, env=env,
        )  # fmt: skip
        out, _ = await proc.communicate(WEAK.encode())
        assert proc.returncode == 0
        return out.decode()

    text = await run("--explain")
    assert "LLM judge: fake-judge at 127.0.0.1" in text and "llm: covered “L1 adds up the absolute" in text
    assert "local: " in text and "cues: " in text
    data = json.loads(await run("--json", "--explain"))
    assert "(cached)" in data["detail"]["llm"] and "llm" in data["layers"]["gradient-view"]
    assert len(llm.requests) == 1


async def test_the_judge_is_asked_with_no_transaction_open(llm, judge, curriculum, sqlite_store, clock) -> None:
    """On SQLite one open transaction holds up everyone: while the judge thinks about ada's answer,
    bob is served; ada's feedback then carries the judge's verdicts, asked once."""
    coach = Coach(curriculum, sqlite_store, Matcher(), judge=judge)
    ada, bob = ConsoleAdapter(coach, clock, user="ada"), ConsoleAdapter(coach, clock, user="bob")
    await onboard(ada, answers="nnnn")
    await onboard(bob, answers="nnnn")
    await ada.say("/coach practice th-reg-01")
    llm.delay = 1.5
    llm.reply = verdicts(("gradient-view", "covered", "both shrink them"))
    answering = asyncio.create_task(ada.say(WEAK))
    await asyncio.sleep(0.3)  # the judge has the answer now
    started = asyncio.get_running_loop().time()
    plan = texts(await asyncio.wait_for(bob.say("/coach plan"), 1.0))
    assert "Phase 1" in plan and asyncio.get_running_loop().time() - started < 1.0
    assert not answering.done()
    feedback = texts(await answering)
    assert len(llm.requests) == 1 and "Feedback" in feedback
    async with sqlite_store() as uow:
        learner = await uow.get_learner(ada.ref)
        assert learner is not None and learner.id is not None
        [attempt] = await uow.attempts(learner.id)
    assert "1 of" in attempt.detail["llm"] and "verdicts used" in attempt.detail["llm"]
    [gv] = [x for x in attempt.detail["points"] if x["id"] == "gradient-view"]
    assert gv["verdict"] == "covered"
