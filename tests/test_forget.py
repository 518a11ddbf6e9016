"""`/coach delete-my-data`: confirmation by the exact phrase, cancellation said plainly, and afterwards
nothing of the learner left in any table; their next message meets the coach as a newcomer's would.
`tests/test_personal_data.py` checks the store's side table by table."""

from __future__ import annotations

from sqlalchemy import text

from bot.core.messages import LearnerRef
from tests.conftest import onboard, texts
from tests.test_export import practise

ADA = LearnerRef("console", "local", "ada")


async def rows_of(store, learner_id: int) -> dict[str, int]:  # type: ignore[no-untyped-def]
    counts = {}
    async with store.engine.connect() as conn:
        for table in ("attempts", "stories", "cards", "point_events", "memberships", "outbox", "deliveries"):
            n = (
                await conn.execute(text(f"SELECT count(*) FROM {table} WHERE learner_id = :i"), {"i": learner_id})
            ).scalar()
            counts[table] = int(n or 0)
        counts["learners"] = int(
            (await conn.execute(text("SELECT count(*) FROM learners WHERE id = :i"), {"i": learner_id})).scalar() or 0
        )
    return counts


async def learner_id(console) -> int:  # type: ignore[no-untyped-def]
    async with console.coach.uow() as uow:
        learner = await uow.get_learner(ADA)
    assert learner is not None and learner.id is not None
    return learner.id


async def test_delete_my_data_asks_then_deletes_everything_and_the_next_message_starts_afresh(
    console, sqlite_store, clock
) -> None:
    await practise(console)
    await console.say("/coach group join")
    await console.coach.due(clock.advance(days=1, hours=1))  # a drip in the outbox, and its ledger row
    old = await learner_id(console)
    before = await rows_of(sqlite_store, old)
    assert all(before[t] for t in ("attempts", "stories", "cards", "point_events", "memberships", "outbox"))

    charts = console.coach.svc.charts.out_dir
    await console.say("/readiness")
    assert list(charts.glob("readiness-*.png"))

    [ask] = await console.say("/coach delete-my-data")
    assert "type `delete my data`" in ask.text and ask.dm and [b.value for b in ask.buttons] == ["cancel"]
    assert await rows_of(sqlite_store, old) == before  # asking deletes nothing

    [done] = await console.say("Delete my data.")
    assert "Done" in done.text and "2 answers" in done.text and "1 story" in done.text
    assert set((await rows_of(sqlite_store, old)).values()) == {0}
    assert not list(charts.glob("readiness-*.png"))  # the readiness chart drawn from their answers too

    again = texts(await console.say("/coach plan"))
    assert "set you up first" in again
    fresh = await rows_of(sqlite_store, await learner_id(console))  # SQLite may hand out the same id again
    assert fresh["learners"] == 1 and sum(fresh.values()) == 1
    assert "Question 1 of 4" in texts(await console.say("/coach start"))
    assert "No answers yet" in texts(await onboard(console) and await console.say("/coach history"))


async def test_anything_else_cancels_and_says_so(console) -> None:
    await onboard(console)
    await console.say("/coach delete-my-data")
    [cancelled] = await console.say("delete my stuff")
    assert "Cancelled: nothing was deleted" in cancelled.text
    assert "Your plan" in texts(await console.say("/coach plan"))  # still there
    [again] = await console.say("delete my data")  # too late: the request was cancelled
    assert "Done" not in again.text


async def test_a_command_instead_of_the_phrase_cancels_and_still_runs(console) -> None:
    await onboard(console)
    await console.say("/coach delete-my-data")
    replies = await console.say("/coach plan")
    assert "Cancelled" in replies[0].text and "Your plan" in replies[1].text


async def test_the_cancel_button_and_an_expired_request(console, clock) -> None:
    await onboard(console)
    await console.say("/coach delete-my-data")
    assert "Cancelled" in texts(await console.say("cancel"))
    await console.say("/coach delete-my-data")
    clock.advance(minutes=11)
    t = texts(await console.say("delete my data"))
    assert "over 10 minutes old" in t and "nothing was deleted" in t
    assert "Your plan" in texts(await console.say("/coach plan"))


async def test_another_learner_is_untouched(coach, clock, sqlite_store) -> None:
    from bot.adapters.console import ConsoleAdapter

    ada = ConsoleAdapter(coach, clock, user="ada", group="g")
    bob = ConsoleAdapter(coach, clock, user="bob", group="g")
    await practise(ada)
    await practise(bob)
    await bob.say("/coach group join")
    await ada.say("/coach group join")
    await ada.say("/coach delete-my-data")
    await ada.say("delete my data")
    board = texts(await bob.say("/leaderboard"))
    assert "bob" in board and "ada" not in board
    assert "2 answers" in texts(await bob.say("/coach history"))


async def test_in_the_console_the_typed_history_goes_too(console, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import io

    history = tmp_path / "console_history"
    history.write_text("\n# 2026-11-25\n+my secret answer\n", encoding="utf-8")
    console.history_file = history
    console._out = io.StringIO()
    await onboard(console)
    await console.run_piped(io.StringIO("/coach delete-my-data\ndelete my data\n"))
    assert history.read_text() == "" and "input history" in console._out.getvalue()
