"""Members who left the server or channel of their study group: found out when the core is about to
show them on a board or pair them for a peer mock, by asking the platform (the ``Roster`` port, here a
test double of it) about those few people; taken out of the group and off its peer-mock list; "don't
know" changes nothing. On SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

import pytest

from bot.adapters.console import ConsoleAdapter
from bot.core.curriculum import Curriculum
from bot.core.engine import Coach
from bot.core.matcher import Matcher
from bot.core.messages import LearnerRef
from bot.core.model import StudyGroup
from bot.core.srs import Repetition
from bot.store.outbox import SqlOutbox
from bot.store.uow import SqlStore
from tests.conftest import texts
from tests.test_board_post import MON_0900_BERLIN, posted
from tests.test_groups import member
from tests.test_peer_mocks import candidate, dm


class FakeRoster:
    """The port, as a platform would answer it: ``left`` are gone, ``unsure`` get no answer."""

    def __init__(self) -> None:
        self.left: set[str] = set()
        self.unsure: set[str] = set()
        self.asked: list[tuple[str, list[str]]] = []
        self.fails: BaseException | None = None
        self.delay = 0.0

    async def present(self, group: StudyGroup, user_ids: Sequence[str]) -> dict[str, bool]:
        self.asked.append((group.group_id, list(user_ids)))
        if self.delay:
            await asyncio.sleep(self.delay)
        if self.fails is not None:
            raise self.fails
        return {u: u not in self.left for u in user_ids if u not in self.unsure}

    def asked_about(self) -> set[str]:
        return {u for _g, users in self.asked for u in users}


@pytest.fixture
def coach(curriculum: Curriculum, store: SqlStore, matcher: Matcher) -> Coach:
    """The coach on each backend (``store``), with the console's roster a test double."""
    return Coach(curriculum, store, matcher, Repetition(), None, outbox=SqlOutbox(store.engine))


@pytest.fixture
def roster(coach: Coach) -> FakeRoster:
    r = FakeRoster()
    coach.use_roster("console", r)
    return r


async def members_of(store: SqlStore, group: str) -> list[str]:
    async with store() as uow:
        return [m.ref.user_id for m in await uow.groups.members("console", "local", group)]


def board_names(text: str) -> list[str]:
    return [line.split(". ", 1)[1].split(" — ")[0] for line in text.splitlines() if line[:1].isdigit()]


async def test_who_left_is_off_the_leaderboard_and_out_of_the_group(coach, clock, store, roster) -> None:
    ada = await member(coach, clock, "ada", "ml-study")
    await member(coach, clock, "bob", "ml-study")
    await member(coach, clock, "cy", "ml-study")
    roster.left.add("bob")
    board = texts(await ada.say("/leaderboard"))
    assert "bob" not in board and board_names(board) == ["ada", "cy", "ada", "cy"]
    assert "ada" not in roster.asked_about()  # the one asking is here
    assert await members_of(store, "ml-study") == ["ada", "cy"]
    roster.asked.clear()
    await ada.say("/leaderboard")
    assert roster.asked_about() == {"cy"}  # bob is out: not asked about again


@pytest.mark.parametrize("how", ["no answer", "error", "slow"])
async def test_dont_know_changes_nothing(coach, clock, store, roster, how, monkeypatch) -> None:
    ada = await member(coach, clock, "ada", "ml-study")
    await member(coach, clock, "bob", "ml-study")
    roster.left.add("bob")
    if how == "no answer":
        roster.unsure.add("bob")
    elif how == "error":
        roster.fails = ConnectionError("platform down")
    else:
        monkeypatch.setattr("bot.core.flows.roster.ASK_SECONDS", 0.05)
        roster.delay = 1.0
    board = texts(await ada.say("/leaderboard"))
    assert "bob" in board and "went wrong" not in board
    assert await members_of(store, "ml-study") == ["ada", "bob"]


async def test_only_the_people_about_to_be_shown_are_asked(coach, clock, store, roster) -> None:
    """Twelve others, ten rows: the two below the top ten aren't asked about, until one above leaves."""
    ada = await member(coach, clock, "ada", "ml-study")
    others = [f"m{i:02d}" for i in range(12)]
    for name in others:
        await member(coach, clock, name, "ml-study")
    await ada.say("/leaderboard")
    assert roster.asked_about() == set(others[:9])  # ada is on the board too, and not asked about
    roster.asked.clear()
    roster.left.add("m03")
    board = texts(await ada.say("/leaderboard"))
    assert "m03" not in board and "m09" in board and "m10" not in board
    assert roster.asked_about() == {*others[:9], "m09"}


async def test_who_left_is_off_the_weekly_board(coach, clock, store, roster) -> None:
    ada = await member(coach, clock, "ada", "ml-study")
    await member(coach, clock, "bob", "ml-study")
    await member(coach, clock, "cy", "ml-study")
    await ada.say("/coach group post mon 09:00")
    roster.left.add("cy")
    clock.set(MON_0900_BERLIN)
    [post] = await posted(coach, clock)
    assert board_names(post.reply.text) == ["ada", "bob"] and "Phase 1 ×2" in post.reply.text
    assert await members_of(store, "ml-study") == ["ada", "bob"]
    roster.asked.clear()
    clock.advance(minutes=1)
    assert await posted(coach, clock) == []
    assert roster.asked == []  # a board already posted isn't built again, nor the platform asked


async def test_a_waiting_member_who_left_is_not_paired_and_leaves_the_list(coach, clock, store, roster) -> None:
    ada = await candidate(coach, clock, "ada")
    assert "on the peer-mock list" in texts(await ada.say("/coach mock pair"))
    roster.left.add("ada")
    bob = await candidate(coach, clock, "bob")
    said = texts(await bob.say("/coach mock pair"))
    assert "on the peer-mock list" in said and "ada" not in said
    assert "paired" not in await dm(coach, clock, ada)
    assert await members_of(store, "ml-study") == ["bob"]
    async with store() as uow:
        assert await uow.mocks.waiting("console", "local", "ml-study") == [(2, clock.now())]
    cy = await candidate(coach, clock, "cy")
    assert "paired with *bob*" in texts(await cy.say("/coach mock pair"))


async def test_the_nearest_partner_who_left_makes_way_for_the_next(coach, clock, store, roster) -> None:
    ada = await candidate(coach, clock, "ada", tz="Europe/Berlin")
    cy = await candidate(coach, clock, "cy", tz="Asia/Tokyo")
    await ada.say("/coach mock pair")
    await cy.say("/coach mock pair")
    await ada.say("/coach mock rate 3 3 3")
    await cy.say("/coach mock rate 3 3 3")
    await ada.say("/coach mock pair")  # both wait again: they never pair twice
    await cy.say("/coach mock pair")
    roster.left.add("ada")
    dee = await candidate(coach, clock, "dee", tz="Europe/Paris")
    assert "paired with *cy*" in texts(await dee.say("/coach mock pair"))
    assert await members_of(store, "ml-study") == ["cy", "dee"]


async def test_a_partner_who_left_after_pairing_is_a_no_show(coach, clock, store, roster) -> None:
    ada = await candidate(coach, clock, "ada")
    bob = await candidate(coach, clock, "bob")
    await ada.say("/coach mock pair")
    await bob.say("/coach mock pair")
    roster.left.add("bob")
    said = texts(await ada.say("/coach mock pair"))
    assert "paired with *bob*" in said and "has left the group" in said and "mock rate no-show" in said
    assert "didn't happen" in texts(await ada.say("/coach mock rate no-show"))
    assert "on the peer-mock list" in texts(await ada.say("/coach mock pair"))
    assert await members_of(store, "ml-study") == ["ada"]


async def test_the_one_who_left_can_join_again(coach, clock, store, roster) -> None:
    ada = await member(coach, clock, "ada", "ml-study")
    bob = await candidate(coach, clock, "bob")
    roster.left.add("bob")
    await ada.say("/leaderboard")
    assert await members_of(store, "ml-study") == ["ada"]
    in_dm = ConsoleAdapter(coach, clock, user="bob")
    assert "`/coach group join` in its channel first" in texts(await in_dm.say("/coach mock pair"))
    assert "Join the group first" in texts(await bob.say("/coach group post mon 09:00"))
    roster.left.clear()  # back in the server
    assert "You're in *ml-study*" in texts(await bob.say("/coach group join"))
    assert "bob" in texts(await ada.say("/leaderboard"))


async def test_a_member_the_platform_says_left_a_server_leaves_its_groups(coach, clock, store) -> None:
    """Discord's member-remove event: the server's group and its channels' groups, no other server's."""
    for group in ("g1", "g1/c2", "g10"):
        await member(coach, clock, "ada", group)
        await member(coach, clock, "bob", group)
    assert await coach.member_left(LearnerRef("console", "local", "ada"), "g1") == 2
    assert [await members_of(store, g) for g in ("g1", "g1/c2", "g10")] == [["bob"], ["bob"], ["ada", "bob"]]
    assert await coach.member_left(LearnerRef("console", "local", "nobody"), "g1") == 0


async def test_the_console_has_no_roster_and_everyone_stays(coach, clock, store) -> None:
    ada = await member(coach, clock, "ada", "ml-study")
    await member(coach, clock, "bob", "ml-study")
    assert "bob" in texts(await ada.say("/leaderboard"))
    assert await members_of(store, "ml-study") == ["ada", "bob"]
