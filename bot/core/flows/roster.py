"""Members who left the server or channel of their study group.

A learner who leaves the Discord server (or the Slack channel) of a group stays a member in our
database until something says otherwise, and platforms say so late or not at all: Discord only with a
privileged intent, Slack only with scopes the app doesn't ask for. Left alone, they would stay on the
leaderboard and the weekly board for ever, and be paired for a peer mock with someone who can no
longer reach them.

So before the core shows people on a board or pairs someone, it asks the platform (the ``Roster``
port) about those few people, and only those. Whoever the platform says has left is taken out of the
group and off its peer-mock list, quietly: the others simply don't see them any more, and nobody is
told. "Don't know" (no roster, as on the console; an error; a slow answer) changes nothing. A learner
taken out can `/coach group join` again in the group's channel, as anyone can.

A pair made before the partner left stays made: the one who stayed is pointed at `/coach mock rate
no-show`, which frees them to pair again."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Mapping, Sequence

from bot.core.context import Ctx
from bot.core.messages import LearnerRef
from bot.core.model import Learner, StudyGroup
from bot.core.ports import Roster, UnitOfWork, UnitOfWorkFactory

log = logging.getLogger(__name__)

#: how long the platform may take to answer before the answer is "don't know"
ASK_SECONDS = 5.0
#: peer-mock candidates asked about at once, nearest first: usually the first is still there
ASK_AT_ONCE = 5
#: a board asks about the people it names, then about those who moved up into a leaver's place, and so on
BOARD_ROUNDS = 3

Rosters = Mapping[str, Roster]


async def gone_from(rosters: Rosters, group: StudyGroup, people: Sequence[Learner]) -> set[int]:
    """The ids of those of ``people`` the platform says have left ``group``; empty when it can't say."""
    roster = rosters.get(group.platform)
    asked = {p.ref.user_id: p.id for p in people if p.id is not None and p.ref.platform == group.platform}
    if roster is None or not asked:
        return set()
    try:
        async with asyncio.timeout(ASK_SECONDS):
            answer = await roster.present(group, list(asked))
    except Exception:  # a roster is a courtesy: a board or a pairing never fails for it
        log.warning("asking %s who is still in group %s failed", group.platform, group.group_id, exc_info=True)
        return set()
    return {i for user_id, i in asked.items() if i is not None and answer.get(user_id) is False}


async def take_out(uow: UnitOfWork, where: tuple[str, str, str], learner_ids: set[int]) -> None:
    """Out of the group and, if they wait there, off its peer-mock list."""
    for learner_id in sorted(learner_ids):
        await uow.groups.leave(*where, learner_id)
        if await uow.mocks.waits_in(learner_id) == where[2]:
            await uow.mocks.take(learner_id)
    if learner_ids:
        log.info("%d member(s) left %s group %s: taken out", len(learner_ids), where[0], where[2])


async def still_here(uow: UnitOfWork, rosters: Rosters, group: StudyGroup, people: Sequence[Learner]) -> list[Learner]:
    """``people`` less those who have left ``group`` (who are taken out of it)."""
    gone = await gone_from(rosters, group, people)
    await take_out(uow, (group.platform, group.workspace_id, group.group_id), gone)
    return [p for p in people if p.id not in gone]


async def board_members(
    uow: UnitOfWork,
    rosters: Rosters,
    group: StudyGroup,
    members: list[Learner],
    named: Callable[[list[Learner]], list[Learner]],
) -> list[Learner]:
    """``members`` less those who have left, of the ones the board would name (``named``): asked in a
    few rounds, since a leaver taken off the top ten makes room for someone not asked about yet."""
    asked: set[int | None] = set()
    for _ in range(BOARD_ROUNDS):
        new = [m for m in named(members) if m.id not in asked]
        if not new:
            break
        asked.update(m.id for m in new)
        gone = await gone_from(rosters, group, new)
        if not gone:
            break
        await take_out(uow, (group.platform, group.workspace_id, group.group_id), gone)
        members = [m for m in members if m.id not in gone]
    return members


async def groups_still_in(ctx: Ctx) -> list[str]:
    """The learner's own list of their groups, less those they were taken out of since (whoever took
    them out didn't touch their row): a learner who left isn't paired or posting in that group."""
    assert ctx.learner.id is not None
    if ctx.conv.groups:
        mine = {
            m.group_id
            for m in await ctx.uow.personal.memberships(ctx.learner.id)
            if (m.platform, m.workspace_id) == (ctx.msg.who.platform, ctx.msg.who.workspace_id)
        }
        ctx.conv.groups = [g for g in ctx.conv.groups if g in mine]
    return ctx.conv.groups


async def member_left_now(uow_factory: UnitOfWorkFactory, who: LearnerRef, within: str) -> int:
    """``member_left`` in a unit of work of its own; a failure is logged (the next board asks again)."""
    try:
        async with uow_factory() as uow:
            left = await member_left(uow, who, within)
            await uow.commit()
            return left
    except Exception:
        log.exception("taking %s out of the groups in %s failed", who, within)
        return 0


async def member_left(uow: UnitOfWork, who: LearnerRef, within: str) -> int:
    """The platform said ``who`` left ``within`` (Discord's member-remove event for a server): out of
    every group of theirs there, the group ``within`` itself and its channels (``within/…``). The
    number of groups they were taken out of."""
    learner = await uow.get_learner(who)
    if learner is None or learner.id is None:
        return 0
    left = [
        m
        for m in await uow.personal.memberships(learner.id)
        if (m.platform, m.workspace_id) == (who.platform, who.workspace_id)
        and (m.group_id == within or m.group_id.startswith(within + "/"))
    ]
    for m in left:
        await take_out(uow, (m.platform, m.workspace_id, m.group_id), {learner.id})
    return len(left)
