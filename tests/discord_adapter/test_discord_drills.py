"""A coding drill in Discord, end to end over the gateway: the submission typed in the DM is run
against the drill's tests, "⏳ Running your tests…" arrives first, then the judge's report; only
code that passes its tests passes the drill."""

from __future__ import annotations

from tests import solutions as s
from tests.discord_adapter.conftest import Discord, onboard
from tests.fakes.discord_fake import FakeDiscord, FakeGuild, FakeUser


async def test_a_drill_is_passed_only_by_code_that_passes_its_tests(
    fake: FakeDiscord, discord_env: Discord, bot: object, ada: FakeUser, guild: FakeGuild
) -> None:
    dm = fake.dm_channel(ada)
    await onboard(discord_env, ada, answers="yynn")
    await fake.message_create(ada, "/coach practice cd-kfold-01")
    prompt = await discord_env.said(dm, "kfold_indices")

    await fake.message_create(ada, f"```python\n{s.KFOLD_WRONG}\n```")
    running = await discord_env.said(dm, "Running your tests", after=prompt)
    report = await discord_env.said(dm, r"Tests: 4 of 5 passed", after=prompt)
    assert int(running["id"]) < int(report["id"])
    later = [m["content"] for m in fake.messages() if int(m["id"]) >= int(report["id"])]
    assert not any("def kfold_indices" in c for c in later), "the reference solution was revealed"

    await fake.message_create(ada, f"```python\n{s.KFOLD_RIGHT}\n```")
    passed = await discord_env.said(dm, r"Tests: 5 of 5 passed", after=report)
    assert "submission 2" in passed["content"]
