"""`/coach history`: past answers newest first, with the date in the learner's timezone, the grade, the
self-rating and a short, neutralized excerpt; and how coverage moved from the first answer to the latest."""

from __future__ import annotations

from tests.conftest import onboard, texts

WEAK = "Bias is error. @everyone variance is when it varies <https://evil.example|click>."
STRONG = (
    "Bias is systematic error from a model too simple for the data: it misses the same way whatever sample "
    "you train on. Variance is sensitivity to the particular training sample: retrain on a fresh sample and "
    "a flexible model changes a lot. More capacity lowers bias and raises variance; more data and "
    "regularization reduce variance but not bias."
)


async def answer(console, prompt: str, text: str, rating: str) -> None:  # type: ignore[no-untyped-def]
    await console.say(f"/coach practice {prompt}")
    await console.say(text)
    await console.say(rating)


async def test_history_is_newest_first_with_local_dates_ratings_and_safe_excerpts(console, clock) -> None:
    await onboard(console, tz="America/Los_Angeles")
    clock.set(clock.now().replace(hour=5, minute=30))  # 21:30 the day before in Los Angeles
    await answer(console, "th-bv-01", WEAK, "hard")
    clock.advance(days=2)
    await answer(console, "th-bv-01", STRONG, "good")
    t = texts(await console.say("/coach history"))
    lines = t.splitlines()
    first, second = [i for i, line in enumerate(lines) if "`th-bv-01` (Theory)" in line]
    assert "Good" in lines[first] and "Hard" in lines[second]  # newest first
    assert "Tue 2026-11-24" in lines[second]  # the UTC date is the 25th; Los Angeles is still on the 24th
    assert "@everyone" not in t and "https://" not in t and "@\u200beveryone" in t
    assert "How your coverage moved" in t
    move = next(line for line in lines if line.startswith("• `th-bv-01`"))
    low, high = (int(x.strip().rstrip("%")) for x in move.split(":", 1)[1].split("over")[0].split("→"))
    assert low < high


async def test_history_filters_by_topic_or_round_and_pages(console, clock) -> None:
    await onboard(console)
    for _ in range(9):
        await answer(console, "th-bv-01", STRONG, "easy")
        clock.advance(hours=1)
    t = texts(await console.say("/coach history bias-variance"))
    assert "page 1 of 2" in t and t.count("`th-bv-01`") >= 8 and "/coach history bias-variance 2" in t
    page2 = texts(await console.say("/coach history bias-variance 2"))
    assert "page 2 of 2" in page2 and page2.count("• ") == 1
    assert "9 answers" in texts(await console.say("/coach history theory"))
    nothing = texts(await console.say("/coach history coding"))
    assert "No answers on `coding` yet" in nothing and "`bias-variance`" in nothing
    assert "pages" in texts(await console.say("/coach history 7")).lower()


async def test_history_before_any_answer_says_how_to_start(console) -> None:
    await onboard(console)
    assert "No answers yet" in texts(await console.say("/coach history"))


async def test_a_passed_drill_keeps_its_code_for_history(console, clock) -> None:
    await onboard(console)
    await console.say("/coach practice cd-gdlinreg-01")
    clock.advance(minutes=5)
    from bot.core.curriculum import CodingPrompt

    p = console.coach.cur.prompts["cd-gdlinreg-01"]
    assert isinstance(p, CodingPrompt)
    replies = await console.say(p.solution)
    assert "Passed" in texts(replies), texts(replies)
    await console.say("good")
    t = texts(await console.say("/coach history coding"))
    assert "passed" in t and "def " in t


async def test_an_unrated_answer_says_not_rated_yet(console) -> None:
    await onboard(console)
    await console.say("/coach practice th-bv-01")
    await console.say(WEAK)
    t = texts(await console.say("/coach history"))
    assert "not rated yet" in t and "rated not rated" not in t
