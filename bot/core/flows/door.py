"""A door closed: the platform refused a learner's DM for good (Slack ``cannot_dm_bot``, a deactivated
user; Discord error 50007). Their drip is paused, and the reason is said once, wherever they write next
(``router.py``), so a learner whose drills stopped arriving hears why instead of wondering."""

from __future__ import annotations

from bot.core.messages import LearnerRef
from bot.core.ports import ConcurrentUpdate, UnitOfWorkFactory
from bot.core.state import Conversation


async def closed(uow_factory: UnitOfWorkFactory, who: LearnerRef, reason: str, retries: int) -> None:
    for _attempt in range(retries):
        try:
            async with uow_factory() as uow:
                learner = await uow.get_learner(who)
                if learner is None:
                    return
                conv = Conversation.load(learner.state)
                conv.door_closed = reason[:200]
                learner.state = conv.dump()
                learner.paused = True
                await uow.save_learner(learner)
                await uow.commit()
                return
        except ConcurrentUpdate:
            continue
