"""A button under a prompt acts on that prompt: an old message's Skip or rating, pressed after the
learner has moved on, must not skip or rate the prompt open now (``bot/core/flows/bound.py``)."""

from __future__ import annotations

from bot.core.flows.bound import unbind
from tests.conftest import onboard, texts
from tests.test_tripped_over import STRONG_BV


def value(replies, label: str) -> str:  # type: ignore[no-untyped-def]
    return next(b.value for r in replies for b in r.buttons if b.label == label)


async def test_an_old_skip_does_not_skip_the_prompt_open_now(console) -> None:
    await onboard(console, answers="nnnn")
    old_skip = value(await console.say("/coach practice th-bv-01"), "Skip")
    assert old_skip == "/coach skip #th-bv-01"
    await console.say("/coach skip")
    now_open = (await console.say("/coach practice th-reg-01"))[0]
    assert "th-reg-01" in now_open.text
    r = texts(await console.say(old_skip))
    assert "That button was for `th-bv-01`, which is finished" in r and "`th-reg-01`" in r
    assert "Skipped" not in r
    r = texts(await console.say(value([now_open], "Skip")))  # its own Skip still works
    assert "Skipped `th-reg-01`" in r


async def test_an_old_rating_button_neither_rates_nor_answers_the_next_prompt(console) -> None:
    await onboard(console, answers="nnnn")
    await console.say("/coach practice th-bv-01")
    feedback = await console.say(STRONG_BV)
    good = value(feedback, "Good")
    assert good == "good #th-bv-01"
    await console.say("easy")  # rated by typing: th-bv-01 is done
    await console.say("/coach practice th-reg-01")
    r = texts(await console.say(good))
    assert "which is finished" in r and "Feedback" not in r
    assert "Answer first" not in r
    r = texts(await console.say("/coach history"))
    assert r.count("th-reg-01") == 0  # nothing was recorded against the prompt open now


async def test_the_bound_words_can_be_typed_too_and_act_on_the_open_prompt(console) -> None:
    await onboard(console, answers="nnnn")
    await console.say("/coach practice th-bv-01")
    r = texts(await console.say("/coach skip #th-bv-01"))
    assert "Skipped `th-bv-01`" in r


def test_only_a_button_word_and_a_known_prompt_are_read_as_bound() -> None:
    known = {"th-bv-01"}
    assert unbind("give up #th-bv-01", known) == ("give up", "th-bv-01")
    assert unbind("covered 2 #th-bv-01", known) == ("covered 2", "th-bv-01")
    for text in ("my answer #th-bv-01", "good #th-zz-99", "/coach today #th-bv-01", "#th-bv-01"):
        assert unbind(text, known) == (text, None)


async def test_a_snoozed_drips_rating_buttons_are_tied_to_their_prompt(coach, clock) -> None:  # type: ignore[no-untyped-def]
    """The drip is bound to its prompt; the snoozed drip bringing it back was not: its rating buttons,
    pressed after the learner had moved on, rated whatever was open then."""
    from tests.test_drip import at, setup

    ada = await setup(coach, clock, "UTC", "08:00", at("UTC", 2026, 12, 3, 7, 0))
    clock.set(at("UTC", 2026, 12, 3, 8, 0))
    [drip] = [r for r in await coach.due(clock.now()) if r.kind == "drip"]
    prompt = drip.meta["prompt_id"]
    await ada.say("/coach later")
    await ada.say(STRONG_BV if prompt == "th-bv-01" else "I would use cross-validation and regularisation.")
    clock.set(at("UTC", 2026, 12, 3, 10, 0))
    [back] = await coach.due(clock.now())
    assert back.kind == "reminder" and "Rate your last answer" in back.text
    assert value([back], "Good") == f"good #{prompt}"
