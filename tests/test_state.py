"""Conversation state is typed: rows written before the types load, unknown keys survive a save."""

from __future__ import annotations

from bot.core.state import Conversation, Onboarding, Pending, Queue

OLD_ROW = {
    "onboarding": {"step": "tz", "answers": [True, False, False, False], "phase": 1, "interview": None},
    "pending": {
        "prompt_id": "th-bv-01",
        "kind": "theory",
        "stage": "followup_or_rate",
        "sent_at": "2026-11-25T07:00:00+00:00",
        "source": "review",
        "buffer": [],
        "hints": 0,
        "attempt_id": 7,
    },
    "queue": {"day": "2026-11-25", "items": ["th-reg-01"], "reviews": []},
    "skipped": ["sd-feed-01"],
    "sent": 3,
    "groups": ["ml-study"],
}


def test_a_row_from_before_the_types_loads() -> None:
    conv = Conversation.load(OLD_ROW)
    assert conv.onboarding == Onboarding(step="tz", answers=[True, False, False, False], phase=1)
    assert (
        isinstance(conv.pending, Pending) and conv.pending.attempt_id == 7 and conv.pending.stage == "followup_or_rate"
    )
    assert conv.pending.sent.isoformat() == "2026-11-25T07:00:00+00:00"
    assert conv.queue == Queue("2026-11-25", ["th-reg-01"], [])
    assert conv.skipped == ["sd-feed-01"] and conv.sent == 3 and conv.groups == ["ml-study"]
    assert Conversation.load(conv.dump()) == conv


def test_unknown_keys_survive_and_broken_parts_are_dropped() -> None:
    conv = Conversation.load({"future": {"x": 1}, "pending": {"kind": "theory"}, "queue": "garbage"})
    assert conv.pending is None and conv.queue is None  # unusable parts: dropped, not a crash
    assert conv.dump() == {"future": {"x": 1}}


def test_an_empty_state_dumps_to_nothing() -> None:
    assert Conversation.load(None).dump() == {}
    assert Conversation.load({}).dump() == {}
