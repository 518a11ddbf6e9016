"""Peer mocks: Phase 4 members in their final two weeks opt in and are paired within their group,
never twice with the same partner, the nearest timezone first; an odd one out waits; both hear of it
in their DM with the rubric; a partner's rating confirms the other's mock in /readiness."""

from __future__ import annotations

from bot.adapters.console import ConsoleAdapter
from tests.conftest import onboard, texts

SOON = "2026-12-05"  # ten days after the test clock's start


async def candidate(coach, clock, user: str, tz: str = "Europe/Berlin", group: str = "ml-study", **kw):  # type: ignore[no-untyped-def]
    c = ConsoleAdapter(coach, clock, user=user, group=group)
    await onboard(c, answers=kw.pop("answers", "yyyy"), interview=kw.pop("interview", SOON), tz=tz)
    await c.say("/coach group join")
    return c


async def dm(coach, clock, who: ConsoleAdapter) -> str:  # type: ignore[no-untyped-def]
    """What reached this learner's DM through the outbox since last asked."""
    return texts(await coach.due(clock.now(), only=who.ref))


async def test_two_members_are_paired_and_both_get_the_rubric(coach, clock) -> None:
    ada = await candidate(coach, clock, "ada")
    first = texts(await ada.say("/coach mock pair"))
    assert "on the peer-mock list" in first and "Nobody else is waiting" in first
    assert "on the list" in texts(await ada.say("/coach mock pair"))  # asking again changes nothing
    bob = await candidate(coach, clock, "bob", tz="America/New_York")
    paired = texts(await bob.say("/coach mock pair"))
    assert "paired with *ada* (Europe/Berlin, 6 h apart)" in paired
    assert "the six steps" in paired and "STAR" in paired and "What strong looks like" in paired
    told = await dm(coach, clock, ada)
    assert "paired with *bob* (America/New_York, 6 h apart)" in told and "Scoring, 1–4 each" in told
    assert "paired with *ada*" in texts(await bob.say("/coach mock pair"))  # the open pair, not a new one


async def test_odd_numbers_wait_and_partners_never_repeat_and_the_nearest_timezone_wins(coach, clock) -> None:
    ada = await candidate(coach, clock, "ada", tz="Europe/Berlin")
    cy = await candidate(coach, clock, "cy", tz="Asia/Tokyo")
    await ada.say("/coach mock pair")
    assert "paired with *ada*" in texts(await cy.say("/coach mock pair"))
    # both rate, so both may pair again; they wait, since they may not pair with each other again
    await ada.say("/coach mock rate 3 3 3")
    await cy.say("/coach mock rate 4 4 4")
    assert "on the peer-mock list" in texts(await ada.say("/coach mock pair"))
    assert "on the peer-mock list" in texts(await cy.say("/coach mock pair"))
    # a third member in Paris: paired with Berlin (0 h apart), not Tokyo; Tokyo, the odd one out, waits
    dee = await candidate(coach, clock, "dee", tz="Europe/Paris")
    assert "paired with *ada* (Europe/Berlin, the same timezone)" in texts(await dee.say("/coach mock pair"))
    assert "paired with *dee*" in await dm(coach, clock, ada)
    assert "paired" not in await dm(coach, clock, cy)
    # another group's member is never paired with this one's
    eve = await candidate(coach, clock, "eve", tz="Asia/Tokyo", group="other-team")
    assert "on the peer-mock list" in texts(await eve.say("/coach mock pair"))


async def test_a_partners_rating_confirms_the_mock(coach, clock) -> None:
    ada = await candidate(coach, clock, "ada")
    bob = await candidate(coach, clock, "bob")
    await ada.say("/coach mock pair")
    await bob.say("/coach mock pair")
    assert "mock done (self-reported)" not in texts(await ada.say("/readiness"))
    assert "three scores from 1 to 4" in texts(await bob.say("/coach mock rate 5 4"))
    rated = texts(await bob.say("/coach mock rate 3 4 3 clear steps, go deeper on serving"))
    assert "confirms ada's mock" in rated and "Yours is confirmed when your partner rates you" in rated
    told = await dm(coach, clock, ada)
    assert "*bob* rated your peer mock: structure 3/4, depth 4/4, communication 3/4" in told
    assert "> clear steps, go deeper on serving" in told
    report = texts(await ada.say("/readiness"))
    assert "mock done (confirmed by your peer-mock partner)" in report
    assert "mock done (self-reported)" not in texts(await bob.say("/readiness"))  # bob's isn't confirmed yet
    assert "no peer mock to rate" in texts(await bob.say("/coach mock rate 3 3 3"))  # rated already


async def test_a_no_show_confirms_nothing(coach, clock) -> None:
    ada = await candidate(coach, clock, "ada")
    bob = await candidate(coach, clock, "bob")
    await ada.say("/coach mock pair")
    await bob.say("/coach mock pair")
    assert "didn't happen" in texts(await bob.say("/coach mock rate no-show"))
    assert "confirmed by your peer-mock partner" not in texts(await ada.say("/readiness"))


async def test_who_may_opt_in(coach, clock) -> None:
    early = await candidate(coach, clock, "early", answers="nnnn")
    assert "for Phase 4" in texts(await early.say("/coach mock pair"))
    later = await candidate(coach, clock, "later", interview="2027-03-01")
    assert "open in your final two weeks: from" in texts(await later.say("/coach mock pair"))
    loner = ConsoleAdapter(coach, clock, user="loner")
    await onboard(loner, answers="yyyy", interview=SOON)
    assert "`/coach group join`" in texts(await loner.say("/coach mock pair"))
    ada = await candidate(coach, clock, "ada")
    await ada.say("/coach mock pair")
    assert "off the peer-mock list" in texts(await ada.say("/coach mock pair cancel"))
    assert "no peer mock to rate" in texts(await ada.say("/coach mock rate 3 3 3"))


async def test_who_leaves_the_group_while_waiting_is_never_paired_from_it(coach, clock) -> None:
    """ada opted in, then left the group; bob, opting in, was paired with ada all the same."""
    ada = await candidate(coach, clock, "ada")
    await ada.say("/coach mock pair")
    assert "off its peer-mock list too" in texts(await ada.say("/coach group leave"))
    bob = await candidate(coach, clock, "bob")
    assert "on the peer-mock list" in texts(await bob.say("/coach mock pair"))
    assert "paired" not in await dm(coach, clock, ada)


async def test_a_rating_after_the_partner_said_no_show_confirms_nobody(coach, clock) -> None:
    """bob said the mock didn't happen; ada's rating then confirmed bob's mock in his /readiness."""
    ada = await candidate(coach, clock, "ada")
    bob = await candidate(coach, clock, "bob")
    await ada.say("/coach mock pair")
    await bob.say("/coach mock pair")
    await bob.say("/coach mock rate no-show")
    rated = texts(await ada.say("/coach mock rate 4 4 4 great"))
    assert "bob told me this mock didn't happen" in rated and "confirms bob's mock" not in rated
    assert "confirmed by your peer-mock partner" not in texts(await bob.say("/readiness"))
    assert "rated your peer mock" not in await dm(coach, clock, bob)


async def test_a_no_show_after_the_partner_rated_sets_their_rating_aside(coach, clock) -> None:
    """bob rated ada, which confirmed ada's mock and gave her its points; ada then said it didn't happen,
    and her mock stayed confirmed with its points. One side's word against the other's confirms nobody,
    whichever came first."""
    ada = await candidate(coach, clock, "ada")
    bob = await candidate(coach, clock, "bob")
    await ada.say("/coach mock pair")
    await bob.say("/coach mock pair")
    await bob.say("/coach mock rate 3 3 3")
    assert "confirmed by your peer-mock partner" in texts(await ada.say("/readiness"))
    said = texts(await ada.say("/coach mock rate no-show"))
    assert "didn't happen" in said and "rating of you is set aside" in said and "points are taken back" in said
    report = texts(await ada.say("/readiness"))
    assert "confirmed by your peer-mock partner" not in report and "no mock yet" in report


async def test_a_no_show_after_a_self_reported_mock_keeps_it_self_reported(coach, clock) -> None:
    ada = await candidate(coach, clock, "ada")
    bob = await candidate(coach, clock, "bob")
    await ada.say("/coach mock done")
    await ada.say("/coach mock pair")
    await bob.say("/coach mock pair")
    await bob.say("/coach mock rate 3 3 3")
    said = texts(await ada.say("/coach mock rate no-show"))
    assert "set aside" in said and "points are taken back" not in said
    report = texts(await ada.say("/readiness"))
    assert "mock done (self-reported)" in report and "confirmed by your peer-mock partner" not in report


async def test_after_the_interview_a_pair_request_asks_for_the_next_date(coach, clock) -> None:
    ada = await candidate(coach, clock, "ada")
    clock.advance(days=12)  # SOON was two days ago
    said = texts(await ada.say("/coach mock pair"))
    assert "has passed" in said and "interview=YYYY-MM-DD" in said and "on the peer-mock list" not in said
